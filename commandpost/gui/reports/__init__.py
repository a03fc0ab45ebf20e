"""Reports in the window: the situation report (Berkas › Laporan situasi…, Ctrl+Shift+L)
with its preview, printing and PDF."""
