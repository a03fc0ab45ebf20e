"""Starting the window: application, translations, database, main window.

Start-up is measured against a bare PySide6 window with a tree view (`commandpost bench`).
Until the window's first paint nothing may import the :data:`HEAVY_MODULES` (pyqtgraph,
Alembic, openpyxl, the SQLAlchemy ORM...; tests/gui/test_startup.py checks), and the window
asks the store only for its header and the tree's top level, never for whole-database counts.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The store (SQLAlchemy Core, plain Python) is imported BEFORE PySide6 on purpose: once
# PySide6.QtCore is loaded, its __feature__ import hook reads the source of every Python
# module imported after it, which costs SQLAlchemy's hundred-odd modules 0.03-0.05 s more
# (0.09 s with the ORM). These are the store modules the main window needs at once.
from commandpost.store import database, incidents, queries, threats, units  # noqa: F401

# isort: split
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QTreeView, QWidget

from commandpost.gui import dialog_keys, i18n
from commandpost.gui import settings as cfg
from commandpost.paths import RESOURCES

log = logging.getLogger(__name__)
qt_log = logging.getLogger("commandpost.qt")

ICON = RESOURCES / "icons" / "commandpost.svg"
# Modules that must not be loaded before the window first shows (`commandpost bench` lists
# any that were): each costs a noticeable part of the start-up.
HEAVY_MODULES = (
    "alembic",
    "openpyxl",
    "pyqtgraph",
    "numpy",
    "sqlalchemy.orm",
    "commandpost.store.models",
)
EXIT_OK = 0
EXIT_DB = 2

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_previous_handler = None
_handler_installed = False


def _qt_message_handler(mode, context, message) -> None:
    level = _QT_LEVELS.get(mode, logging.WARNING)
    if "platform plugin" in message or "xcb-cursor0" in message:
        # Qt is about to abort and its guess ("xcb-cursor0 is needed") is often wrong: the
        # console gets which system library is really missing, the log file gets both.
        from commandpost.gui.platform_check import explain

        qt_log.log(level, "%s", message, extra={"file_only": True})
        text = explain(message)
        if text is not None:
            log.critical("%s", text, extra={"file_only": True})
            sys.stderr.write(text + "\n")
            sys.stderr.flush()
        return
    qt_log.log(level, "%s", message)
    if _previous_handler is not None:
        _previous_handler(mode, context, message)


def install_qt_message_handler() -> None:
    """Send Qt's own warnings to Python logging (and on to any handler installed before)."""
    global _previous_handler, _handler_installed
    if _handler_installed:
        return
    _previous_handler = qInstallMessageHandler(_qt_message_handler)
    _handler_installed = True


_excepthook_installed = False


def install_excepthook() -> None:
    """An error that escapes a button's handler is said in a message box, never lost on a
    console nobody reads: a database or disk problem by its cause (disk full, read-only,
    damaged, locked), anything else as an unexpected error whose traceback is in the log."""
    global _excepthook_installed
    if _excepthook_installed:
        return
    previous = sys.excepthook

    def hook(kind, error, trace) -> None:
        if not isinstance(error, Exception) or QApplication.instance() is None:
            previous(kind, error, trace)
            return
        from PySide6.QtWidgets import QMessageBox

        from commandpost.gui.errors import failure_text
        from commandpost.store.failures import classify

        known = classify(error, "")
        if known is not None:
            log.warning("not saved: %s", known)
            QMessageBox.critical(
                QApplication.activeWindow(),
                QCoreApplication.translate("StoreError", "Not saved"),
                failure_text(known),
            )
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("StoreError", "Unexpected error"),
            QCoreApplication.translate(
                "StoreError",
                "Something went wrong that CommandPost did not expect; what you were doing "
                "may not have been saved. The details are in commandpost.log in the data "
                "folder.",
            ),
        )

    sys.excepthook = hook
    _excepthook_installed = True


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(cfg.ORGANIZATION)
    QCoreApplication.setApplicationName(cfg.APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    # Ctrl+Enter saves and Esc asks before discarding, in every dialog (gui/dialog_keys.py).
    dialog_keys.install(app)
    return app


def run_gui(db_path: Path, *, bench_startup: bool = False) -> int:
    """Open the window on ``db_path``; return the process exit code."""
    from commandpost.gui.errors import open_or_ask

    install_qt_message_handler()  # before the QApplication: it reports a plugin that fails
    app = application()
    i18n.apply_saved_language()

    db = open_or_ask(None, db_path)
    if db is None:
        log.error("cannot open %s", db_path)
        return EXIT_DB
    install_excepthook()

    from commandpost.gui.main_window import MainWindow

    window = _first_window(MainWindow, db, db_path)
    if window is None:
        return EXIT_DB
    if bench_startup:
        tree = window.findChild(QTreeView, "regionTree")
        FirstPaint(tree.viewport() if tree is not None else window, lambda: _report_ready(app))
    window.show()
    if not bench_startup:
        # Also when the session ends without closing the window first.
        app.aboutToQuit.connect(window.save_settings)
        # Nobody on duty in this database yet: ask who before anything can be recorded.
        window.duty.ask = True
        window.after_first_paint(window.duty.ask_when_nobody)
    try:
        code = app.exec()
    finally:
        window.close_database()
    return code


def _first_window(window_class, db, db_path: Path):
    """The main window on ``db``; when the file is too damaged even to show its first screen
    (its region pages are unreadable), say so and offer the newest backups instead of a
    crash. None when nothing could be opened."""
    from commandpost.gui.errors import open_or_ask, show_store_error
    from commandpost.gui.safety.feature import offer_restore
    from commandpost.store.failures import StoreErrorKind, classify

    for _attempt in range(2):
        try:
            return window_class(db)
        except Exception as exc:
            error = classify(exc, db_path)
            if error is None:
                raise
            db.close()
            log.error("cannot show %s: %s", db_path, error)
            if error.kind is not StoreErrorKind.DAMAGED or not offer_restore(None, db_path):
                show_store_error(None, error, path=db_path)
                return None
            db = open_or_ask(None, db_path)
            if db is None:
                return None
    return None


class FirstPaint(QObject):
    """Calls ``done`` once, after ``widget`` has been painted for the first time: its paint
    event has been handled and the event loop has come round again, so the frame is on screen.

    This is what "shown" means to `commandpost bench`, for CommandPost (the region tree's
    viewport) and for the bare PySide6 window it is compared with (its tree view's viewport;
    :data:`commandpost.bench.BARE_WINDOW` spells the same filter out). It also lets a part of
    the window that needs a slow import (the timeline's pyqtgraph chart) fill in after the
    window has shown.
    """

    def __init__(self, widget: QWidget, done: Callable[[], object]) -> None:
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._done is not None:
            done, self._done = self._done, None
            watched.removeEventFilter(self)
            # Tied to this object: nothing is called for a window closed in the meantime.
            QTimer.singleShot(0, self, done)
        return False


def loaded_heavy_modules() -> list[str]:
    """Which of :data:`HEAVY_MODULES` this process has imported so far."""
    return [name for name in HEAVY_MODULES if name in sys.modules]


def _report_ready(app: QApplication) -> None:
    line = {
        "t": time.time(),
        "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "heavy": loaded_heavy_modules(),
    }
    sys.stdout.write(f"CP_READY {json.dumps(line)}\n")
    sys.stdout.flush()
    app.quit()
