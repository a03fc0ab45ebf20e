"""Starting a real operation from the window: the new-operation wizard (Berkas › Operasi baru…)."""
