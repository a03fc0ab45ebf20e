"""The window (PySide6).

``PLAIN_IMPORT`` is Python's import function as it was before this package imported PySide6,
which replaces it with one that reads the source of every module imported after it (to see
whether it uses PySide6's __feature__ options); gui.app.plain_imports uses it for SQLAlchemy,
imported after the window's first frame. When PySide6 was imported before this package (a
test run), it is PySide6's function and plain_imports changes nothing.
"""

import builtins

PLAIN_IMPORT = builtins.__import__
