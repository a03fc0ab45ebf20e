"""A save that finds the file locked by another program waits, saying so, until it can save
or the officer cancels; what was typed stays in its dialog either way."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget

from commandpost.store.database import Database

# Below this a wait is not worth a dialog (a checkpoint, another window's quick save).
SHOW_AFTER_S = 0.5


class LockWaitDialog(QObject):
    """The window's :class:`commandpost.store.database.LockWaiter`: after half a second of
    waiting a modal dialog says who holds the file ("Menunggu impor selesai…") with a
    Cancel button; cancelling makes the save fail with StoreError LOCKED. In a worker thread
    (a long save already behind a progress dialog) it waits up to ``db.lock_wait_s``."""

    def __init__(self, parent: QWidget, db: Database) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.db = db
        self.dialog: QProgressDialog | None = None
        self.cancelled = False

    def waiting(self, waited_s: float, holders: list[str]) -> bool:
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return waited_s < self.db.lock_wait_s
        if waited_s < SHOW_AFTER_S:
            return True
        if self.dialog is None:
            self.cancelled = False
            self.dialog = self._make_dialog(holders)
            self.dialog.show()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return not (self.cancelled or self.dialog.wasCanceled())

    def done(self, acquired: bool) -> None:  # the dialog closes either way
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _make_dialog(self, holders: list[str]) -> QProgressDialog:
        from commandpost.store.failures import is_import

        if is_import(holders):
            text = self.tr("Waiting for the import to finish…")
        else:
            text = self.tr("Waiting for another program to finish writing…")
        if holders:
            text += "\n" + self.tr("The file is being written by: %1").replace(
                "%1", ", ".join(holders)
            )
        text += "\n" + self.tr("Your entries are kept; they are saved as soon as the file is free.")
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setObjectName("lockWaitDialog")
        dialog.setWindowTitle(self.tr("CommandPost — waiting to save"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel)
        return dialog

    def _cancel(self) -> None:
        self.cancelled = True
