"""A file that is not a CommandPost database gets an Indonesian message and stays untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from commandpost.gui.app import EXIT_DB, run_gui


@pytest.fixture
def shown_boxes(monkeypatch):
    """Message boxes that would have been shown; none of them blocks the test."""
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_spreadsheet_is_refused_with_an_indonesian_message(tmp_path, shown_boxes):
    bad = tmp_path / "laporan.xlsx"
    bad.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    before = digest(bad)

    assert run_gui(bad) == EXIT_DB

    [box] = shown_boxes
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.windowTitle() == "CommandPost — basis data tidak dapat dibuka"
    assert box.text() == f"Berkas basis data tidak dapat dibuka:\n{bad}"
    assert "bukan berkas basis data" in box.informativeText()
    assert "Isi berkas tidak diubah sama sekali." in box.informativeText()
    assert box.button(QMessageBox.StandardButton.Ok).text() == "OK"
    assert digest(bad) == before
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name != "settings")
    assert beside == ["laporan.xlsx"]


def test_other_sqlite_database_is_refused(tmp_path, shown_boxes):
    other = tmp_path / "lain.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE catatan (id INTEGER PRIMARY KEY, isi TEXT)")
    conn.execute("INSERT INTO catatan (isi) VALUES ('jangan diubah')")
    conn.commit()
    conn.close()
    before = digest(other)

    assert run_gui(other) == EXIT_DB

    [box] = shown_boxes
    assert "bukan basis data CommandPost" in box.informativeText()
    assert str(other) in box.text()
    assert digest(other) == before


def test_damaged_database_shows_details_button_in_indonesian(
    qtbot, tmp_path, banten_path, shown_boxes
):
    data = banten_path.read_bytes()
    broken = tmp_path / "rusak.sqlite"
    broken.write_bytes(data[: len(data) // 2])
    before = digest(broken)

    assert run_gui(broken) == EXIT_DB

    [box] = shown_boxes
    assert "rusak" in box.informativeText()
    assert box.detailedText()  # the technical reason, behind the details button
    box.show()
    qtbot.addWidget(box)
    texts = [b.text() for b in box.buttons()]
    assert "Tampilkan Rincian..." in texts
    assert digest(broken) == before


def test_opening_a_bad_file_from_the_window_keeps_the_current_database(
    tmp_path, window, shown_boxes, banten_path
):
    bad = tmp_path / "catatan.txt"
    bad.write_text("bukan basis data\n", encoding="utf-8")
    assert not window.open_database_file(bad)
    [box] = shown_boxes
    assert "catatan.txt" in box.text()
    assert window.db.path == banten_path
    assert window.select_code("36.02.01")


def test_opening_another_database_from_the_window(qtbot, window, demo_path, shown_boxes):
    old_db = window.db
    assert window.open_database_file(demo_path)
    assert shown_boxes == []
    assert window.db is not old_db
    assert window.windowTitle().endswith("[DEMO]")
    assert window.ui.detailsPane.current() is None
    assert window.select_code("36.02.01.2002.001")
    assert window.ui.detailsPane.title.text() == "TPS 001"
