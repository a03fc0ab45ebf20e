"""Voting day in the window: the tree's progress column, the panel's counts, chart and late
list, and setting progress for a selection with the keyboard only.

Texts are checked in English (the source language): the Indonesian translation of these
strings is added to the .ts file separately.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from commandpost.gui import i18n
from commandpost.gui.models.region_tree import COL_PROGRESS, RegionTreeModel
from commandpost.gui.voting import panel as panel_module
from commandpost.gui.voting.dialog import ProgressDialog
from commandpost.gui.voting.labels import PROBLEM_COLOR, state_label
from commandpost.gui.voting.panel import COL_STATE, CodeRole, ProgressListModel
from commandpost.store import changelog, progress, threats
from commandpost.store.database import open_database
from tests.gui.util import check_handled, make_window, on_next_dialog, shown_voting_panel

VILLAGE = "36.02.01.2002"
DISTRICT = "36.02.01"
T1, T2, T3 = (f"{VILLAGE}.00{n}" for n in (1, 2, 3))


def wib(hour: int, minute: int = 0) -> str:
    return f"2024-11-27T{hour:02d}:{minute:02d}+07:00"


@pytest.fixture
def english(qapp):
    i18n.apply_language("en")
    qapp.processEvents()


@pytest.fixture
def db(demo_path):
    database = open_database(demo_path)
    yield database
    database.close()


@pytest.fixture
def panel(qtbot, db, english):
    widget = shown_voting_panel(qtbot, db)
    yield widget
    widget.close()


# --- the tree ------------------------------------------------------------------------------


def test_tree_progress_column_for_a_kecamatan_and_a_tps(db, english):
    model = RegionTreeModel(db)
    assert model.headerData(COL_PROGRESS, Qt.Orientation.Horizontal) == "Progress"
    index = model.reveal(DISTRICT)
    cell = model.index(index.row(), COL_PROGRESS, index.parent())
    assert cell.data() is None  # nothing reported yet: the column stays empty
    progress.set_progress(db, [T1, T2], "opened", actor="uji", at=wib(7, 10))
    progress.set_progress(db, [T1], "finished", actor="uji", at=wib(13, 30))
    model.refresh_nodes([T1, T2])
    assert cell.data() == "opened 2 / 3"
    assert "Opened 1" in cell.data(Qt.ItemDataRole.ToolTipRole)
    tps = model.reveal(T1)
    assert model.index(tps.row(), COL_PROGRESS, tps.parent()).data() == "Finished"
    assert model.index(model.reveal(T3).row(), COL_PROGRESS, tps.parent()).data() is None
    # A problem shows in red on the row and every region above it.
    progress.set_problem(db, [T3], actor="uji")
    model.refresh_nodes([T3])
    color = cell.data(Qt.ItemDataRole.ForegroundRole)
    assert QColor(color).name() == PROBLEM_COLOR
    assert "TPS with a problem: 1" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_tree_progress_counts_opened_or_further_only(db, english):
    model = RegionTreeModel(db)
    banten = model.index(0, COL_PROGRESS)
    progress.set_progress(db, ["36"], "arrived", actor="uji", at=wib(6))
    model.refresh_nodes([T1])
    assert banten.data() == "opened 0 / 3"  # personnel there, no TPS open yet
    progress.set_progress(db, [T2], "escorted", actor="uji", at=wib(17))
    model.refresh_nodes([T2])
    assert banten.data() == "opened 1 / 3"


# --- the panel -------------------------------------------------------------------------------


def test_panel_counts_chart_and_undo(panel, db, qtbot):
    progress.set_progress(db, [VILLAGE], "arrived", actor="uji", at="2024-11-26T20:00+07:00")
    progress.set_progress(db, [T1, T2], "opened", actor="uji", at=wib(7, 5))
    late = progress.set_progress(db, [T3], "opened", actor="uji", at=wib(8, 40))
    progress.set_progress(db, [T1], "finished", actor="uji", at=wib(13, 50))
    progress.set_progress(db, [T1], "escorted", actor="uji", at=wib(17, 15))
    panel.show_node(DISTRICT)
    data = panel.chart_data()
    assert set(data) == {"opened", "finished", "escorted"}
    assert data["opened"][6:10] == [0, 2, 3, 3]
    assert data["finished"][12:15] == [0, 1, 1]
    assert data["escorted"][16:18] == [0, 1]
    assert all(len(values) == 24 for values in data.values())
    assert panel.now_counts["opened"].text() == "2"
    assert panel.bars["opened"].value() == 3 and panel.bars["opened"].maximum() == 3
    assert panel.bars["opened"].text() == "3 of 3"
    assert "District Malingping" in panel.title.text()
    assert "27 Nov 2024 (WIB)" in panel.title.text()
    assert panel._plot is not None  # the chart was made when the panel was shown

    threats.compensate_all(db, late, actor="uji", reason="batal")
    panel.reload()
    assert panel.chart_data()["opened"][6:10] == [0, 2, 2, 2]
    assert panel.bars["opened"].value() == 2


def test_late_list_at_a_time_and_reveal(panel, db, qtbot):
    progress.set_progress(db, [T1], "opened", actor="uji", at=wib(7, 10))
    progress.set_progress(db, [T2], "opened", actor="uji", at=wib(7, 50))
    panel.show_node("36.02")
    panel.set_filter("opened", 7, 30)
    assert [r.code for r in panel.list_rows()] == [T2, T3]
    assert panel.list_count.text() == "2 TPS"
    assert panel.model.index(0, COL_STATE).data() == "Opened"
    assert panel.model.index(0, 3).data() == "07.50"
    panel.set_filter("opened", 8, 0)
    assert [r.code for r in panel.list_rows()] == [T3]
    panel.filter_combo.setCurrentIndex(1)  # not finished by 14.00
    assert panel.time_edit.time().toString("HH.mm") == "14.00"
    assert [r.code for r in panel.list_rows()] == [T1, T2, T3]
    rect = panel.table.visualRect(panel.model.index(1, 0))
    with qtbot.waitSignal(panel.revealRequested, timeout=1000) as shown:
        # A double click as the window system delivers it: press, release, double click.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.args == [T2]


def _ctrl_shift():
    return Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def active(qtbot, dialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def test_set_progress_for_the_selection_with_the_keyboard(panel, db, qtbot):
    panel.show_node(DISTRICT)
    panel.set_selection([T1, T2])
    before = len(changelog.load_changes(db))

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        assert dialog.state_combo.hasFocus()
        assert dialog.chosen_state() == "arrived"  # the step after where they are
        qtbot.keyClick(dialog.state_combo, Qt.Key.Key_Down)
        assert dialog.chosen_state() == "opened"
        qtbot.keyClick(dialog.state_combo, Qt.Key.Key_Tab)
        assert dialog.time_edit.hasFocus()
        # The time typed in one go, as officers write it; the date is voting day's.
        qtbot.keyClicks(dialog.time_edit, "07.10")
        assert dialog.chosen_time().isoformat() == "2024-11-27T07:10:00+07:00"
        assert dialog.save_button.isEnabled() and dialog.hint.text() == ""
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = on_next_dialog(qtbot, answer)
    panel.set_button.setFocus()
    qtbot.waitUntil(panel.set_button.hasFocus)
    with qtbot.waitSignal(panel.edited) as signal:
        qtbot.keyClick(panel.set_button, Qt.Key.Key_P, _ctrl_shift())
    check_handled(seen)
    edits, text, codes = signal.args
    assert text == "Opened: 2 TPS" and codes == [T1, T2]
    assert {w.entity_id for e in edits for w in e.writes} == {T1, T2}
    assert len(changelog.load_changes(db)) == before + 1
    # Typed in the post's zone (Banten: WIB, UTC+7), whatever the laptop's clock is set to.
    assert [r.progress_at for r in progress.list_progress(db, T1)] == ["2024-11-27T00:10+00:00"]
    # The panel shows it at once.
    assert panel.now_counts["opened"].text() == "2"


def test_moving_back_asks_for_a_reason_first(panel, db, qtbot):
    progress.set_progress(db, [T1], "finished", actor="uji", at=wib(13))
    panel.show_node(T1)

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("opened"))
        assert not dialog.save_button.isEnabled()
        assert "1 TPS are further along" in dialog.hint.text()
        qtbot.keyClick(dialog.state_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.isVisible()  # Ctrl+Enter does not save without the reason
        dialog.reason_edit.setFocus()
        qtbot.keyClicks(dialog.reason_edit, "salah lapor")
        assert dialog.save_button.isEnabled()
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)

    seen = on_next_dialog(qtbot, answer)
    with qtbot.waitSignal(panel.edited) as signal:
        assert panel.set_progress_for_selection()
    check_handled(seen)
    [edit] = signal.args[0]
    assert edit.change.reason == "salah lapor"
    assert progress.list_progress(db, T1)[0].state == "opened"


def test_cancel_records_nothing(panel, db, qtbot):
    panel.show_node(VILLAGE)
    before = len(changelog.load_changes(db))

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        qtbot.keyClick(dialog.state_combo, Qt.Key.Key_Escape)

    seen = on_next_dialog(qtbot, answer)
    assert not panel.set_progress_for_selection()
    check_handled(seen)
    assert len(changelog.load_changes(db)) == before


def test_selected_list_rows_are_the_selection(panel, db, qtbot):
    panel.show_node(VILLAGE)
    panel.set_filter("opened", 7, 30)
    panel.table.selectRow(2)
    assert panel.selection_codes() == [T3]
    panel.table.clearSelection()
    assert panel.selection_codes() == [VILLAGE]


def test_a_large_region_is_read_in_a_worker_thread(panel, db, qtbot, monkeypatch):
    monkeypatch.setattr(panel_module, "SYNC_TPS", 0)
    progress.set_progress(db, [T1], "opened", actor="uji", at=wib(7, 10))
    with qtbot.waitSignal(panel.chartReady, timeout=10000):
        panel.show_node("36")
    assert panel.chart_data()["opened"][7] == 1
    qtbot.waitUntil(lambda: [r.code for r in panel.list_rows()] == [T2, T3], timeout=10000)
    assert panel.list_count.text() == "2 TPS"
    # An answer for a region no longer shown is dropped.
    panel.show_node("36.02")
    panel.show_node(VILLAGE)
    qtbot.waitUntil(lambda: not panel._jobs, timeout=10000)
    assert panel.current_code() == VILLAGE
    assert panel.chart_data()["opened"][7] == 1


def test_empty_panel_and_another_database(panel, db, qtbot):
    assert not panel.set_button.isEnabled()
    assert "Select a region" in panel.title.text()
    panel.show_node(VILLAGE)
    assert panel.set_button.isEnabled()
    panel.set_database(None)
    assert panel.current_code() is None and not panel.set_button.isEnabled()
    assert panel.chart_data()["opened"] == [0] * 24


def test_list_model_passes_the_model_tester(qtmodeltester, db):
    progress.set_progress(db, [T1], "opened", actor="uji", at=wib(7, 10))
    progress.set_problem(db, [T2], actor="uji")
    model = ProgressListModel()
    model.set_rows(progress.list_progress(db, VILLAGE), "WIB", dt.date(2024, 11, 27))
    qtmodeltester.check(model)
    assert model.index(0, 0).data(CodeRole) == T1
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) == QColor(PROBLEM_COLOR)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole) is None


def test_labels_follow_the_language(english, qapp):
    assert state_label("escorted") == "Ballot boxes escorted to the PPK"
    assert state_label("none") == "No report yet"
    assert state_label("unknown") == "unknown"
    assert QApplication.instance() is qapp


def test_progress_column_samples_for_sizing(db, english):
    model = RegionTreeModel(db)
    assert model.progress_samples()[0] == "opened 888.888 / 888.888"


def test_mark_a_problem_linked_to_an_incident(panel, db, qtbot):
    from commandpost.store import incidents, threats

    incident = incidents.add_incident(
        db,
        node_code=T1,
        type=threats.taxonomy().incident_types[0].key,
        description="surat suara kurang",
        actor="Bripka Uji",
        occurred_at="2024-11-27T08:00+07:00",
    )
    panel.show_node(DISTRICT)
    panel.set_selection([T1])

    def answer(dialog) -> None:
        active(qtbot, dialog)
        combo = dialog.incident_combo
        combo.setCurrentIndex(combo.findData(incident))
        assert "surat suara kurang" in combo.currentText()
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = on_next_dialog(qtbot, answer)
    with qtbot.waitSignal(panel.edited) as signal:
        panel.problem_button.click()
    check_handled(seen)
    edits, _text, codes = signal.args
    assert codes == [T1]
    assert progress.progress_counts(db, T1)["problem"] == 1
    [row] = progress.list_progress(db, T1)
    assert row.problem
    threats.compensate_all(db, edits, actor="Bripka Uji", reason="batal")
    assert progress.progress_counts(db, T1)["problem"] == 0


def test_on_a_laptop_the_progress_column_keeps_the_names_readable(qtbot, demo_path):
    # 1366×768: the progress column comes with the voting-day view; the class column gives
    # way so that "Kabupaten Pandeglang" is not cut to "Kabupaten Pand…".
    from commandpost.gui.models.region_tree import COL_CLASS, COL_NAME, COL_PROGRESS

    window = make_window(qtbot, demo_path)
    window.resize(1366, 740)
    header = window.ui.regionTree.header()
    assert header.isSectionHidden(COL_PROGRESS) and not header.isSectionHidden(COL_CLASS)
    window.stages.show_voting()
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_PROGRESS))
    assert header.isSectionHidden(COL_CLASS)
    root = window.model.index(0, 0)
    names = [window.model.index(r, 0, root).data() for r in range(8)]
    width = max(window.ui.regionTree.fontMetrics().horizontalAdvance(n) for n in names)
    assert header.sectionSize(COL_NAME) > width + 60  # indentation and swatch beside
    window.close()
    window.close_database()
