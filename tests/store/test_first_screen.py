"""The window's first frame read with plain sqlite3 (store.first_screen) before the database is
opened: the same rows as the opened database gives, and None whenever the file needs more than
a plain read. And the store imports no SQLAlchemy until a statement runs (store.sql)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import create_engine

from commandpost.paths import PROJECT_ROOT
from commandpost.store import migrate, queries
from commandpost.store.database import open_database
from commandpost.store.first_screen import read_first_screen
from commandpost.store.worst import worst_threats
from tests.helpers import copy_db


def test_the_first_screen_is_what_the_opened_database_shows(demo_path, tmp_path):
    path = copy_db(demo_path, tmp_path / "demo.sqlite")
    first = read_first_screen(path)
    db = open_database(path)
    try:
        roots = queries.children(db, None)
        assert first.roots == roots
        assert [r.name for r in roots] == ["Banten"]
        assert first.children == {roots[0].code: queries.children(db, roots[0].code)}
        assert len(first.children[roots[0].code]) == 8  # 4 kabupaten, 4 kota
        station, operation = queries.header(db)
        assert (first.station_name, first.operation) == (station, operation)
        shown = [*roots, *first.children[roots[0].code]]
        expected = worst_threats(db, [n.code for n in shown if n.worst_level])
        assert expected  # the demo has threats: the comparison means something
        assert first.worst == expected
    finally:
        db.close()


def test_a_country_shows_its_provinces_without_opening_any(country_path):
    first = read_first_screen(country_path)
    assert len(first.roots) == 38
    assert first.children == {}


def test_files_that_need_more_than_a_read_are_left_to_the_usual_opening(banten_path, tmp_path):
    assert read_first_screen(tmp_path / "missing.sqlite") is None
    (tmp_path / "notes.sqlite").write_text("not a database")
    assert read_first_screen(tmp_path / "notes.sqlite") is None
    older = copy_db(banten_path, tmp_path / "older.sqlite")
    engine = create_engine(f"sqlite:///{older}")
    with engine.begin() as conn:
        migrate.downgrade(conn, migrate.KNOWN_REVISIONS[-2])
    engine.dispose()
    assert read_first_screen(older) is None  # a schema to upgrade: Alembic, with the window


def test_reading_the_first_screen_leaves_no_file_behind(banten_path):
    before = sorted(p.name for p in banten_path.parent.iterdir())
    assert read_first_screen(banten_path) is not None
    assert sorted(p.name for p in banten_path.parent.iterdir()) == before


STORE_WITHOUT_SQLALCHEMY = """
import sys
from pathlib import Path
from commandpost.store import database, queries, threats, incidents, units, stages, progress
import commandpost.gui.main_window
assert "sqlalchemy" not in sys.modules, "a store module imported SQLAlchemy"
db = database.open_database(Path(sys.argv[1]))
print(len(queries.children(db, None)), "sqlalchemy" in sys.modules)
db.close()
"""


def test_the_store_imports_sqlalchemy_only_when_a_statement_runs(banten_path):
    proc = subprocess.run(
        [sys.executable, "-c", STORE_WITHOUT_SQLALCHEMY, str(banten_path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "True"]
