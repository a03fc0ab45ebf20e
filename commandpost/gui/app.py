"""Starting the window: application, translations, database, main window.

Start-up is kept short (under a second on the Banten database): nothing here imports
pyqtgraph or Alembic, and the window asks the store only for its header and the tree's top
level, never for whole-database counts.
"""

from __future__ import annotations

import json
import logging
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from commandpost.gui import i18n
from commandpost.gui import settings as cfg
from commandpost.paths import RESOURCES

log = logging.getLogger(__name__)
qt_log = logging.getLogger("commandpost.qt")

ICON = RESOURCES / "icons" / "commandpost.svg"
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
    qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)
    if _previous_handler is not None:
        _previous_handler(mode, context, message)


def install_qt_message_handler() -> None:
    """Send Qt's own warnings to Python logging (and on to any handler installed before)."""
    global _previous_handler, _handler_installed
    if _handler_installed:
        return
    _previous_handler = qInstallMessageHandler(_qt_message_handler)
    _handler_installed = True


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(cfg.ORGANIZATION)
    QCoreApplication.setApplicationName(cfg.APPLICATION)
    app.setWindowIcon(QIcon(str(ICON)))
    return app


def run_gui(db_path: Path, *, bench_startup: bool = False) -> int:
    """Open the window on ``db_path``; return the process exit code."""
    from commandpost.gui.errors import show_store_error
    from commandpost.store.database import StoreError, open_database

    app = application()
    install_qt_message_handler()
    i18n.apply_saved_language()

    try:
        db = open_database(db_path)
    except (StoreError, OSError) as error:
        log.error("cannot open %s: %s", db_path, error)
        show_store_error(None, error, path=db_path)
        return EXIT_DB

    from commandpost.gui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    if bench_startup:
        QTimer.singleShot(0, lambda: _report_ready(app))
    else:
        # Also when the session ends without closing the window first.
        app.aboutToQuit.connect(window.save_settings)
    try:
        code = app.exec()
    finally:
        window.close_database()
    return code


def _report_ready(app: QApplication) -> None:
    line = {"t": time.time(), "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    sys.stdout.write(f"CP_READY {json.dumps(line)}\n")
    sys.stdout.flush()
    app.quit()
