"""The strength view, the tree's police column and the details pane: a class change moves
the gap at once, a pattern is changed from the view, a proposal is accepted and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commandpost.gui.models.region_tree import COL_STRENGTH
from commandpost.store import personnel, strength, threats
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK, kibin_path, kibin_template  # noqa: F401
from tests.gui.util import make_window

KIBIN = "36.04.16"


@pytest.fixture
def win(qtbot, kibin_path):  # noqa: F811
    window = make_window(qtbot, kibin_path)
    yield window
    window.close()
    window.close_database()


def _cell(win, code: str) -> tuple[str, object]:
    index = win.model.index_of(code, COL_STRENGTH)
    return (
        win.model.data(index, Qt.ItemDataRole.DisplayRole),
        win.model.data(index, Qt.ItemDataRole.ForegroundRole),
    )


def _table(panel) -> list[list[str]]:
    t = panel.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_tree_and_details_show_the_gap_and_a_class_change_moves_it(win, qtbot):
    assert win.select_code(KIBIN_TAMBAK)
    text, ink = _cell(win, KIBIN_TAMBAK)
    assert text == "0 / 4 (\u22124)"  # 22 TPS at 2-12-24, nobody assigned
    assert ink.name() == "#b71c1c"
    shown = win.ui.detailsPane.values["strength"].text()
    assert shown == "0 ditugaskan dari kebutuhan 4 (\u22124); kebutuhan Linmas: 44"
    header = win.model.headerData(COL_STRENGTH, Qt.Orientation.Horizontal)
    assert header == "Polri"
    # Two TPS become sangat rawan: 20 × 2/12 + 2 × 2 = 7.33 → 8, at once in the tree.
    win.strength.show_strength()
    panel = win.strength.panel
    assert panel.choose_unit("polsek-kibin")
    assert _table(panel)[0][8:10] == ["4", "\u22124"]
    codes = [f"{KIBIN_TAMBAK}.001", f"{KIBIN_TAMBAK}.002"]
    edit = threats.set_tps_class(win.db, codes, "sangat_rawan", reason="r", actor=ACTOR)
    win.record_edits([edit], "kelas")
    assert _cell(win, KIBIN_TAMBAK)[0] == "0 / 8 (\u22128)"
    assert _cell(win, KIBIN)[0] == "0 / 8 (\u22128)"
    assert _table(panel)[0][8:10] == ["8", "\u22128"]  # the strength view too, at once
    win.undo()
    assert _cell(win, KIBIN_TAMBAK)[0] == "0 / 4 (\u22124)"
    assert _table(panel)[0][8:10] == ["4", "\u22124"]


def test_the_strength_view_by_keyboard_changes_a_pattern_and_accepts_a_proposal(
    win, qtbot, monkeypatch
):
    for n in (1, 2, 3):
        personnel.add_person(
            win.db,
            nrp=f"9003000{n}",
            name=f"Cadangan {n}",
            rank="Bripda",
            unit="Polda Banten",
            actor=ACTOR,
        )
        personnel.set_person(win.db, f"9003000{n}", duty="reserve", actor=ACTOR)
    assert win.select_code(KIBIN_TAMBAK)
    qtbot.keyClick(
        win, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    panel = win.strength.panel
    assert win.strength.dock.isVisible()
    assert panel.choose_unit("polsek-kibin")
    rows = _table(panel)
    assert rows[0][0].startswith("Polsek Kibin")
    assert rows[0][8] == "4" and rows[0][9] == "\u22124"
    # The pattern for kurang rawan TPS, changed in its dialog.
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])
    monkeypatch.setattr(
        "commandpost.gui.strength.panel.PatternDialog.exec",
        lambda self: (self.edit.setText("2-4-8"), next(answers))[1],
    )
    panel.patterns.setCurrentCell(0, 0)
    assert panel.change_pattern()
    assert _table(panel)[0][8] == "11"  # 22 × 2/4
    assert "2-4-8" in win.undo_history.undo_text()
    # The reserve of Polda Banten is proposed first; Enter on it assigns them.
    panel.choose_unit("polda-banten")
    first = panel.proposals.item(0, 2).text()
    assert "Polda Banten" in first
    panel.proposals.setFocus()
    panel.proposals.setCurrentCell(0, 0)
    assert panel.accept_proposal()
    assert strength.area_needs(win.db, codes=[KIBIN])[0].assigned == 3
    assert _cell(win, KIBIN)[0] == "3 / 11 (\u22128)"
    win.undo()
    assert _cell(win, KIBIN)[0] == "0 / 11 (\u221211)"
    assert strength.strength_mismatches(win.db) == []


def test_the_strength_dock_fits_the_laptop(win, qtbot):
    win.resize(1366, 740)
    win.strength.show_strength()
    qtbot.waitUntil(lambda: win.strength.dock.isVisible())
    assert win.width() <= 1366
    panel = win.strength.panel
    assert panel.minimumSizeHint().width() <= 1366


def test_choosing_a_unit_scopes_the_tree_the_filter_and_the_strength_view(win, qtbot):
    from commandpost.gui.models.region_tree import COL_NAME

    kota_tangerang, lebak = "36.71", "36.02"
    win.resize(1366, 740)  # the post's laptop: the unit chooser sits in the tool bar
    assert win.select_code(kota_tangerang) and win.select_code(lebak)
    combo = win.strength.scope_combo
    qtbot.waitUntil(lambda: combo.count() > 1)  # the units are listed after the first paint
    qtbot.keyClick(win, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert combo.hasFocus()
    combo.setCurrentIndex(combo.findData("polda-banten"))
    outside = win.model.index_of(kota_tangerang, COL_NAME)
    inside = win.model.index_of(lebak, COL_NAME)
    # Kota Tangerang belongs to Polda Metro Jaya: shown, greyed, and said to be outside.
    assert win.model.data(outside, Qt.ItemDataRole.ForegroundRole).name() == "#9e9e9e"
    tip = win.model.data(outside, Qt.ItemDataRole.ToolTipRole)
    assert "Di luar wilayah hukum Polda Banten" in tip
    assert win.model.data(inside, Qt.ItemDataRole.ForegroundRole) is None
    assert win.ui.filterPanel.area_combo.currentData() == "unit:polda-banten"
    assert "TPS" in combo.toolTip()  # the scope's figures
    win.strength.show_strength()
    assert win.strength.panel.unit_id() == "polda-banten"
    combo.setCurrentIndex(0)  # all areas again
    assert win.model.data(outside, Qt.ItemDataRole.ForegroundRole) is None


def test_the_personnel_dialog_opens_on_the_tree_selection(win, qtbot, monkeypatch):
    from commandpost.gui.strength import person_dialog

    seen = {}

    def fake_exec(self):
        seen["post"] = self.postEdit.text()
        return 0

    monkeypatch.setattr(person_dialog.PersonnelDialog, "exec", fake_exec)
    assert win.select_code(f"{KIBIN_TAMBAK}.003")
    qtbot.keyClick(
        win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert seen["post"].startswith(f"{KIBIN_TAMBAK}.003")


def test_a_post_named_after_its_unit_starts_as_that_unit(qtbot, kibin_path):  # noqa: F811
    import sqlite3

    with sqlite3.connect(kibin_path) as conn:
        conn.execute("UPDATE station SET name = 'Posko Polres Lebak'")
    window = make_window(qtbot, kibin_path)
    try:
        qtbot.waitUntil(lambda: window.strength.scope_combo.currentData() == "polres-lebak")
        assert window.model.scope()[1] == "Polres Lebak"
    finally:
        window.close()
        window.close_database()
