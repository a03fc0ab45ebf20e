"""What the main window gets from the reports: File › Situation report… (Ctrl+Shift+L), a
dialog that prepares, previews, prints and saves the laporan situasi of the unit the main
window works as, and the printable lists (TPS rawan, every TPS, assignments, incidents,
risks) as PDF, Excel or CSV."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from commandpost.store.database import Database

SHORTCUT = "Ctrl+Shift+L"


class ReportFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self.dialog = None
        self.action = QAction(window)
        self.action.setObjectName("actionSitrep")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self.show_sitrep)
        menu = window.ui.menuFile
        menu.insertAction(window.ui.actionQuit, self.action)
        menu.insertSeparator(window.ui.actionQuit)
        window.installEventFilter(self)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.action.setEnabled(db is not None)
        dialog, self.dialog = self.dialog, None
        if dialog is not None:  # a report of the old database must not stay open
            dialog.destroyed.disconnect(self._forget)
            dialog.close()  # deletes it (WA_DeleteOnClose)

    def show_sitrep(self) -> None:
        """Open (or bring forward) the situation report dialog, for the main window's unit;
        the preview is built once the dialog shows."""
        if self.db is None:
            return
        if self.dialog is None:
            from commandpost.gui.reports.dialog import SitrepDialog

            self.dialog = SitrepDialog(self.db, self.window.strength.scope_unit, self.window)
            self.dialog.destroyed.connect(self._forget)
            self.dialog.show()
            QTimer.singleShot(0, self.dialog.refresh)
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _forget(self) -> None:
        self.dialog = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.action.setText(self.tr("&Situation report…"))
        self.action.setToolTip(
            self.tr(
                "Prepare, preview, print or save the situation report (laporan situasi) "
                "and the lists of TPS, assignments, incidents and risks"
            )
        )
