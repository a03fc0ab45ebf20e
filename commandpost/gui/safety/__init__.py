"""Keeping the officer's data safe in the window: the damage check after opening, waiting for
another program's write lock, verified backups and restoring one."""
