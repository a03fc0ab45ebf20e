"""The search box of the main window and the list of its hits."""
