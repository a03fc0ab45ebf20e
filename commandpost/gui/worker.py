"""Long work off the GUI thread: the window keeps painting and a progress dialog shows.

``run_in_background`` reads like a plain call (it returns the result or raises the error), but
runs the function in a QThread and waits in a local event loop. Store calls are safe there:
each opens its own SQLite connection from the engine's pool.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class _Runner(QThread):
    progressed = Signal(float, str)

    def __init__(self, func: Callable[..., Any], with_progress: bool) -> None:
        super().__init__()
        self.func = func
        self.with_progress = with_progress
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            if self.with_progress:
                self.result = self.func(lambda f, what: self.progressed.emit(float(f), what))
            else:
                self.result = self.func()
        except BaseException as exc:  # handed back to the caller's thread
            self.error = exc


def run_in_background(
    parent: QWidget | None,
    text: str,
    func: Callable[..., Any],
    *,
    with_progress: bool = False,
) -> Any:
    """Run ``func`` in a worker thread with a modal progress dialog; return its result.

    With ``with_progress`` the function gets one argument, a ``progress(fraction, what)``
    callable, and the dialog shows a percentage; otherwise it shows a busy bar.
    """
    runner = _Runner(func, with_progress)
    dialog = QProgressDialog(text, "", 0, 100 if with_progress else 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowTitle("CommandPost")
    dialog.hide()
    runner.progressed.connect(lambda f, _what: dialog.setValue(int(f * 100)))
    shower = QTimer()
    shower.setSingleShot(True)
    shower.timeout.connect(dialog.show)
    loop = QEventLoop()
    runner.finished.connect(loop.quit)
    shower.start(SHOW_AFTER_MS)
    runner.start()
    loop.exec()
    runner.wait()
    shower.stop()
    dialog.close()
    dialog.deleteLater()
    if runner.error is not None:
        raise runner.error
    return runner.result
