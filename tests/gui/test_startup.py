"""Start-up: `run_gui(..., bench_startup=True)` in a fresh process (what `commandpost bench`
relies on), and what the process has imported by the window's first paint."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeView
from sqlalchemy import create_engine

from commandpost.gui.app import HEAVY_MODULES, FirstPaint
from commandpost.paths import PROJECT_ROOT
from commandpost.store import migrate
from tests.helpers import copy_db

SCRIPT = """
import json, sys
from pathlib import Path
from commandpost.gui.app import run_gui
code = run_gui(Path(sys.argv[1]), bench_startup=True)
print("RESULT " + json.dumps({"code": code}))
"""

# Opens the window, shows every dock (the timeline among them) and saves the settings, as an
# officer who closes the program with all docks open leaves them for the next start.
ALL_DOCKS_OPEN = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget
from commandpost.gui.app import application
from commandpost.gui.main_window import MainWindow
from commandpost.store.database import open_database

app = application()
window = MainWindow(open_database(Path(sys.argv[1])))
window.show()
app.processEvents()
for dock in window.findChildren(QDockWidget):
    dock.show()
app.processEvents()
window.save_settings()
window.close_database()
# Quit through the event loop, as the program does: pyqtgraph tidies up on aboutToQuit.
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _env(folder: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        COMMANDPOST_DATA_DIR=str(folder / "data"),
    )


def _run(script: str, db_path: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, "-c", script, str(db_path)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return proc


def _start(db_path: Path, env: dict[str, str]) -> dict:
    """Start the window; what it reported at its first paint, and its exit code; under
    "open", what it reported once the opened database's tree was painted."""
    lines = _run(SCRIPT, db_path, env).stdout.splitlines()
    ready = [line for line in lines if line.startswith("CP_READY ")]
    assert len(ready) == 1, lines
    opened = [line for line in lines if line.startswith("CP_OPEN ")]
    assert len(opened) <= 1, lines
    [result] = [line for line in lines if line.startswith("RESULT ")]
    return {
        **json.loads(ready[0].removeprefix("CP_READY ")),
        **json.loads(result.removeprefix("RESULT ")),
        "open": json.loads(opened[0].removeprefix("CP_OPEN ")) if opened else None,
    }


@pytest.fixture(scope="module")
def first_start(banten_template, tmp_path_factory) -> dict:
    """A database at the current schema, fresh settings."""
    folder = tmp_path_factory.mktemp("startup")
    return _start(copy_db(banten_template, folder / "banten.sqlite"), _env(folder))


@pytest.fixture(scope="module")
def start_with_all_docks_open(banten_template, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("startup-docks")
    env = _env(folder)
    db_path = copy_db(banten_template, folder / "banten.sqlite")
    _run(ALL_DOCKS_OPEN, db_path, env)
    return _start(db_path, env)


def test_bench_startup_reports_the_first_paint_once(first_start):
    assert set(first_start) == {"t", "rss_kb", "heavy", "code", "open"}
    assert first_start["code"] == 0
    assert first_start["rss_kb"] > 0
    assert set(first_start["heavy"]) <= set(HEAVY_MODULES)


def test_the_database_is_opened_after_the_first_frame(first_start):
    # The first frame came from plain sqlite3; the opened database's tree was painted after.
    opened = first_start["open"]
    assert opened is not None
    assert opened["t"] > first_start["t"]
    assert "sqlalchemy" in opened["heavy"]
    assert "sqlalchemy.orm" not in opened["heavy"]  # the ORM waits for the first ORM write


@pytest.mark.parametrize("module", HEAVY_MODULES)
def test_nothing_heavy_is_imported_before_the_first_paint(first_start, module):
    # Among them: SQLAlchemy (the first frame is read with plain sqlite3), Alembic (the
    # database is at the current schema, so no migration runs), pyqtgraph (the timeline
    # fills in after the window shows) and openpyxl (only imports read XLSX).
    assert module not in first_start["heavy"]


@pytest.mark.parametrize("module", ["pyqtgraph", "numpy"])
def test_docks_left_open_still_load_no_chart_before_the_first_paint(
    start_with_all_docks_open, module
):
    assert start_with_all_docks_open["code"] == 0
    assert module not in start_with_all_docks_open["heavy"]


def test_a_database_behind_the_schema_is_migrated_when_the_window_opens(banten_template, tmp_path):
    db_path = copy_db(banten_template, tmp_path / "older.sqlite")
    # Without the program's PRAGMAs: SQLite checks no foreign keys while Alembic's batch mode
    # rebuilds a table to take the newest revision's columns out again.
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        migrate.downgrade(conn, migrate.KNOWN_REVISIONS[-2])
    engine.dispose()

    started = _start(db_path, _env(tmp_path))

    assert started["code"] == 0
    assert "alembic" in started["heavy"]  # needed this time, and used
    assert started["open"] is None  # opened (and upgraded) before the first frame
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (migrate.HEAD,)
        ]
    finally:
        conn.close()


def test_first_paint_calls_back_once_after_the_widget_is_painted(qtbot):
    view = QTreeView()
    qtbot.addWidget(view)
    calls = []
    FirstPaint(view.viewport(), lambda: calls.append(view.isVisible()))
    assert calls == []
    view.show()
    qtbot.waitUntil(lambda: calls == [True])
    view.viewport().repaint()
    qtbot.wait(20)
    assert calls == [True]


def _shown_rows(window) -> list[list]:
    """Every row the tree shows (open nodes' children too), as the cells' texts."""
    from PySide6.QtCore import QModelIndex

    tree, model = window.ui.regionTree, window.ui.regionTree.model()
    rows: list[list] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            rows.append([model.index(row, c, parent).data() for c in range(model.columnCount())])
            if tree.isExpanded(index):
                walk(index)

    walk(QModelIndex())
    return rows


def test_the_first_frame_shows_what_the_opened_database_shows(qtbot, demo_path):
    from commandpost.gui.main_window import MainWindow
    from commandpost.store.database import open_database
    from commandpost.store.first_screen import read_first_screen

    window = MainWindow(None, first=read_first_screen(demo_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    first_rows = _shown_rows(window)
    first_title = window.windowTitle()
    assert len(first_rows) == 9  # Banten, opened, with its 4 kabupaten and 4 kota
    assert "Banten" in first_rows[0][0]
    assert any(cell and "(" in str(cell) for row in first_rows for cell in row)  # threats
    # Nothing can be opened further or edited before the database is there.
    assert not window.ui.regionTree.model().canFetchMore(window.ui.regionTree.model().index(1, 0))
    window.update_status()  # no database yet: nothing happens, nothing breaks

    window.set_database(open_database(demo_path))
    window.restore_selection()
    assert _shown_rows(window) == first_rows
    assert window.windowTitle() == first_title
    assert window.stages.clock_label.text()  # the stage clock, once the stages are read
    window.close()
    window.close_database()


def test_a_file_that_cannot_be_opened_after_the_first_frame_ends_the_program(
    qtbot, banten_path, monkeypatch
):
    """The first frame was read, then opening failed (another program damaged or locked it
    meanwhile, and the officer was told so): the window goes and the program ends with 2."""
    from PySide6.QtWidgets import QApplication

    from commandpost.gui import app as app_module
    from commandpost.gui import errors

    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    asked = []
    monkeypatch.setattr(errors, "open_or_ask", lambda parent, path: asked.append(path))
    windows = []

    def run(_app) -> int:
        qtbot.waitUntil(lambda: bool(asked))
        windows.extend(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
        return 0

    monkeypatch.setattr(QApplication, "exec", run)
    # The real exit would also end the test run's own event loops.
    exits = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    assert app_module.run_gui(banten_path, bench_startup=False) == app_module.EXIT_DB
    assert asked == [banten_path]
    assert exits == [app_module.EXIT_DB]
    assert windows and not any(w.isVisible() for w in windows)
    for window in windows:
        window.close()
        window.deleteLater()
