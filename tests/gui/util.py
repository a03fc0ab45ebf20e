"""Helpers for the GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeView

from commandpost.gui.models.region_tree import CodeRole
from commandpost.store.database import open_database


def make_window(qtbot, path: Path, *, create: bool = False):
    """A shown main window on the database at ``path`` (closed by qtbot at the end);
    ``create`` makes a new database there first."""
    from commandpost.gui.main_window import MainWindow

    window = MainWindow(open_database(path, create=create))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def current_code(tree: QTreeView) -> str | None:
    index = tree.currentIndex()
    return index.data(CodeRole) if index.isValid() else None


def on_next_dialog(qtbot, handle) -> list:
    """Answer the next modal dialog the window opens: ``handle(dialog)`` fills it in and
    accepts it. If ``handle`` fails, the dialog is closed (so the test cannot hang) and the
    error is re-raised by :func:`check_handled`. Returns a list that receives the dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen: list = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        except BaseException as exc:
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def check_handled(seen: list):
    """The dialog that :func:`on_next_dialog` answered; raises what its handler raised."""
    assert seen, "no dialog was opened"
    for item in seen[1:]:
        if isinstance(item, BaseException):
            raise item
    return seen[0]


def shown_voting_panel(qtbot, db):
    """A voting-day panel on ``db`` at a laptop's width, shown and active (closed by qtbot)."""
    from PySide6.QtWidgets import QApplication

    from commandpost.gui.voting.panel import VotingDayPanel

    widget = VotingDayPanel()
    qtbot.addWidget(widget)
    widget.resize(1366, 420)
    widget.set_database(db)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget
