"""The start-up part of `commandpost bench`: the bare PySide6 window it compares with, and the
alternating runs. Shapes only, never speeds (speed is the bench's business, not the tests')."""

from __future__ import annotations

import ast
import sys

import pytest

from commandpost import bench
from tests.fixtures_store import *  # noqa: F403  (banten_path)


def _sane_seconds(values: list[float], n: int) -> None:
    assert len(values) == n
    assert all(isinstance(v, float) and 0 < v < 120 for v in values)


def _sane_rss(values: list[float], n: int) -> None:
    assert len(values) == n
    assert all(1 < v < 4096 for v in values)  # MB: a Qt process, not a runaway


def test_bare_window_imports_nothing_but_pyside_and_the_standard_library():
    tree = ast.parse(bench.BARE_WINDOW)
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "PySide6" in imported
    assert imported - {"PySide6"} <= set(sys.stdlib_module_names)


def test_bare_window_reports_its_first_paint_in_fresh_processes():
    seconds, rss = bench.bare_window(2)
    _sane_seconds(seconds, 2)
    _sane_rss(rss, 2)


def test_start_up_alternates_commandpost_and_the_bare_window(banten_path, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # fresh window settings
    measured = bench.start_up(banten_path, 1)
    assert set(measured) == {
        "start_s",
        "open_s",
        "start_rss_mb",
        "bare_s",
        "bare_rss_mb",
        "heavy",
    }
    _sane_seconds(measured["start_s"], 1)
    _sane_seconds(measured["open_s"], 1)
    assert measured["open_s"][0] > measured["start_s"][0]  # opened after the first frame
    _sane_seconds(measured["bare_s"], 1)
    _sane_rss(measured["start_rss_mb"], 1)
    _sane_rss(measured["bare_rss_mb"], 1)
    assert "pyqtgraph" not in measured["heavy"]
    assert "alembic" not in measured["heavy"]
    assert "sqlalchemy" not in measured["heavy"]
    # Each process's own peak: not the bench's size, which Linux's ru_maxrss would carry over.
    assert measured["bare_rss_mb"][0] < measured["start_rss_mb"][0]


def test_a_failed_start_is_an_error_not_a_number(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "BARE_WINDOW", "import sys; sys.exit(3)")
    with pytest.raises(RuntimeError, match="start-up run failed"):
        bench.bare_window(1)


def test_the_start_env_caches_bytecode_even_where_writing_it_is_off():
    env = bench._start_env()
    assert env["QT_QPA_PLATFORM"]
    if sys.flags.dont_write_bytecode:
        assert "PYTHONDONTWRITEBYTECODE" not in env
        assert env["PYTHONPYCACHEPREFIX"] == str(bench.BENCH_PYCACHE)
