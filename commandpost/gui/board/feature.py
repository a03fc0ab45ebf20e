"""What the main window gets from the personnel board: Tampilan › Papan personel
(Ctrl+Shift+B), a window of its own that follows the unit the main window works as."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow

from commandpost.store.database import Database


class BoardFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self.board = None
        self.action = QAction(window)
        self.action.setObjectName("actionShowBoard")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.action.triggered.connect(self.show_board)
        window.ui.menuView.addAction(self.action)
        window.strength.scope_changed.connect(self._scope_changed)
        window.installEventFilter(self)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self.db = db
        if self.board is not None:
            self.board.close()
            self.board.deleteLater()
            self.board = None

    def show_board(self) -> None:
        """Open (or bring forward) the board, scoped to the main window's unit, on the
        shift running now; it fills the screen it opens on."""
        if self.db is None:
            return
        if self.board is None:
            from commandpost.gui.board.window import BoardWindow

            self.board = BoardWindow(
                self.db, lambda edits, text: self.window.record_edits(edits, text), self.window
            )
            self.board.fill_shifts()
            self.board.shift = self.board.running_shift()
            self.board.fill_shifts()
            screen = self.window.screen() or QGuiApplication.primaryScreen()
            self.board.setGeometry(screen.availableGeometry())
        unit = self.window.strength.scope_unit
        name = self.window.strength.scope_combo.currentText().strip() if unit else None
        self.board.set_unit(unit, name)
        self.board.say("")
        self.board.show()
        self.board.raise_()
        self.board.activateWindow()
        self.board.lanes_view.setFocus()

    def _scope_changed(self, unit_id: str | None, name: str) -> None:
        """The main window now works as another unit: an open board follows it."""
        if self.board is not None and self.board.isVisible() and unit_id != self.board.unit:
            self.board.set_unit(unit_id, name or None)

    def drop_on_region(self, nrps: list[str], code: str) -> None:
        """People dragged from the board onto a kecamatan, village or TPS of the tree: to
        that place's post (created when it has none), as if dropped on the board."""
        if self.board is not None:
            self.board.drop(nrps, "post", code)

    def after_change(self) -> None:
        if self.board is not None and self.board.isVisible():
            self.board.after_change()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("Personnel &board"))
        self.action.setToolTip(
            self.tr("Who is where, now: lanes by state, posts with their gap, shifts, check-in")
        )
