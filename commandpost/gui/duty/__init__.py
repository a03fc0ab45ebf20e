"""The officer on duty: first-start identity, Pengaturan, handover of duty, status bar."""
