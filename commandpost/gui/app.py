"""Starting the window: application, translations, database, main window.

Start-up is measured against a bare PySide6 window with a tree view (`commandpost bench`).
Until the window's first paint nothing may import the :data:`HEAVY_MODULES` (SQLAlchemy,
pyqtgraph, Alembic, openpyxl...; tests/gui/test_startup.py checks): the first frame (title,
the tree's top level) is read with plain sqlite3 (store.first_screen), and the database is
opened after it is on screen. The window never asks for whole-database counts at start-up.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

# The store is imported BEFORE PySide6 on purpose: once PySide6.QtCore is loaded, its
# __feature__ import hook reads the source of every Python module imported after it. These
# are the store modules the main window needs at once; none of them imports SQLAlchemy
# (store.sql), which is loaded after the first frame (_import_database_modules).
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

from commandpost.gui import PLAIN_IMPORT, dialog_keys, i18n
from commandpost.gui import settings as cfg
from commandpost.memory import peak_rss_kb
from commandpost.paths import RESOURCES

log = logging.getLogger(__name__)
qt_log = logging.getLogger("commandpost.qt")

ICON = RESOURCES / "icons" / "commandpost.svg"
# Modules that must not be loaded before the window first shows (`commandpost bench` lists
# any that were): each costs a noticeable part of the start-up.
HEAVY_MODULES = (
    "sqlalchemy",
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
    """Open the window on ``db_path``; return the process exit code.

    A file that needs nothing but a plain read is shown before it is opened: the first frame
    comes from store.first_screen (plain sqlite3), and the database is opened (SQLAlchemy,
    about 0.15 s of imports) right after that frame is on screen. Any other file (a schema
    to upgrade, a damaged or locked one) is opened first, with its questions and messages.
    """
    from commandpost.store.first_screen import read_first_screen

    install_qt_message_handler()  # before the QApplication: it reports a plugin that fails
    app = application()
    i18n.apply_saved_language()

    first = read_first_screen(db_path)
    if first is None:
        window = _opened_window(db_path)
        if window is None:
            return EXIT_DB
    else:
        from commandpost.gui.main_window import MainWindow

        window = MainWindow(None, first=first)
    install_excepthook()
    outcome = {"code": EXIT_OK}
    tree = window.findChild(QTreeView, "regionTree")
    painted = tree.viewport() if tree is not None else window
    if bench_startup:
        # Two moments: the first frame on screen, then the opened database's tree on screen.
        def opened() -> None:
            FirstPaint(painted, lambda: _report_ready(app, "CP_OPEN", done=True))
            painted.update()

        FirstPaint(
            painted,
            lambda: _report_ready(app, "CP_READY", done=first is None),
        )
    if first is not None:

        def open_now() -> None:
            _open_into(window, db_path, app, outcome)
            if bench_startup:
                opened()

        window.after_first_paint(open_now)
    window.show()
    if not bench_startup:
        # Also when the session ends without closing the window first.
        app.aboutToQuit.connect(window.save_settings)
        # Nobody on duty in this database yet: ask who before anything can be recorded (a
        # database given after the first frame asks as it arrives: DutyFeature.set_database).
        window.duty.ask = True
        if first is None:
            window.after_first_paint(window.duty.ask_when_nobody)
    try:
        code = app.exec()
    finally:
        window.close_database()
    return outcome["code"] if outcome["code"] != EXIT_OK else code


def _opened_window(db_path: Path):
    """The main window on ``db_path`` opened the usual way (None when it cannot be)."""
    from commandpost.gui.errors import open_or_ask

    db = open_or_ask(None, db_path)
    if db is None:
        log.error("cannot open %s", db_path)
        return None
    from commandpost.gui.main_window import MainWindow

    return _first_window(MainWindow, db, db_path)


@contextlib.contextmanager
def plain_imports():
    """Python's own import function inside the block, not PySide6's (which reads every
    imported module's source: about 0.04 s more for SQLAlchemy's hundred-odd modules). Only
    for modules that use no PySide6 __feature__ option (SQLAlchemy, the store)."""
    hooked = builtins.__import__
    builtins.__import__ = PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked


def _import_database_modules() -> None:
    """SQLAlchemy Core and its SQLite dialect, which opening the database needs."""
    with plain_imports():
        import sqlalchemy.dialects.sqlite.pysqlite
        import sqlalchemy.engine  # noqa: F401


def _open_into(window, db_path: Path, app: QApplication, outcome: dict) -> None:
    """After the first frame: open ``db_path`` and give it to ``window``. A file that cannot
    be opened gets the usual message or question (gui.errors.open_or_ask) and the program
    ends with EXIT_DB; one whose pages fail as the window reads them is shown as a first
    window would be, with the offer of the newest backups (_first_window)."""
    from commandpost.gui.errors import open_or_ask
    from commandpost.store.failures import classify

    _import_database_modules()
    db = open_or_ask(window, db_path)
    if db is None:  # refused, or the officer chose not to open it: already said
        log.error("cannot open %s", db_path)
        window.hide()
        outcome["code"] = EXIT_DB
        app.exit(EXIT_DB)
        return
    try:
        window.set_database(db)
    except Exception as exc:
        if classify(exc, db_path) is None:
            raise
        db.close()
        window.db = None
        window.hide()
        replacement = _opened_window(db_path)
        window.close()
        if replacement is None:
            outcome["code"] = EXIT_DB
            app.exit(EXIT_DB)
            return
        replacement.show()
        app.aboutToQuit.connect(replacement.save_settings)
        replacement.duty.ask = True
        replacement.after_first_paint(replacement.duty.ask_when_nobody)
        return
    window.restore_selection()


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


def _report_ready(app: QApplication, mark: str = "CP_READY", *, done: bool = True) -> None:
    """Tell `commandpost bench` a moment of the start-up (``CP_READY``: the first frame is on
    screen; ``CP_OPEN``: the opened database's tree is), and end the run when ``done``."""
    line = {
        "t": time.time(),
        "rss_kb": peak_rss_kb(),
        "heavy": loaded_heavy_modules(),
    }
    sys.stdout.write(f"{mark} {json.dumps(line)}\n")
    sys.stdout.flush()
    if done:
        app.quit()
