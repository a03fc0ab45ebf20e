"""Long work off the GUI thread: the window keeps painting and a progress dialog shows.

``run_in_background`` reads like a plain call (it returns the result or raises the error), but
runs the function in a QThread and waits in a local event loop that paints but takes no user
input, so nothing can be clicked half-way. Store calls are safe there: each opens its own
SQLite connection from the engine's pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class _Runner(QThread):
    def __init__(self, func: Callable[[], Any]) -> None:
        super().__init__()
        self.func = func
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.func()
        except BaseException as exc:  # handed back to the caller's thread
            self.error = exc


def run_in_background(parent: QWidget | None, text: str, func: Callable[[], Any]) -> Any:
    """Run ``func`` in a worker thread behind a busy dialog (shown after a moment); return its
    result or raise its error in the caller's thread."""
    runner = _Runner(func)
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowTitle("CommandPost")
    dialog.hide()
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(dialog.show)
    loop = QEventLoop()
    runner.finished.connect(loop.quit)
    shower.start(SHOW_AFTER_MS)
    runner.start()
    # Clicks and keys wait until the work is done; painting and timers go on.
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    runner.wait()
    shower.stop()
    dialog.close()
    dialog.deleteLater()
    error, result = runner.error, runner.result
    # The error's traceback holds this frame, and the frame holds the thread, the loop and
    # the dialog: left in that cycle they would be freed by a later garbage collection, in the
    # middle of another wait, which crashes Qt. So the thread lets go of the error, and the
    # frame lets go of it once it is raised.
    runner.error = runner.result = None
    if error is not None:
        try:
            raise error
        finally:
            del error
    return result
