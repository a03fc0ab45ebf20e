"""Helpers for the GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeView

from commandpost.gui.models.region_tree import CodeRole
from commandpost.store.database import open_database


def make_window(qtbot, path: Path):
    """A shown main window on the database at ``path`` (closed by qtbot at the end)."""
    from commandpost.gui.main_window import MainWindow

    window = MainWindow(open_database(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def current_code(tree: QTreeView) -> str | None:
    index = tree.currentIndex()
    return index.data(CodeRole) if index.isValid() else None
