"""The voting-day progress dialog's time: typed in one go as officers write it (06.10, 6.10),
Up/Down to change it, the post's zone beside it, an impossible time said in the dialog,
and the store's refusal of a step earlier than the TPS's earlier state shown in it.

In Indonesian, the language officers read (tests/gui/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commandpost.gui.voting import dialog as dialog_module
from commandpost.gui.voting.dialog import ProgressDialog
from commandpost.store import changelog, progress
from commandpost.store.database import open_database
from tests.gui.util import check_handled, on_next_dialog, shown_voting_panel
from tests.helpers import dump

VILLAGE = "36.02.01.2002"
DISTRICT = "36.02.01"
T1, T2, T3 = (f"{VILLAGE}.00{n}" for n in (1, 2, 3))
CTRL = Qt.KeyboardModifier.ControlModifier


def wib(hour: int, minute: int = 0) -> str:
    return f"2024-11-27T{hour:02d}:{minute:02d}+07:00"


@pytest.fixture
def db(demo_path):
    database = open_database(demo_path)
    yield database
    database.close()


@pytest.fixture
def panel(qtbot, db):
    widget = shown_voting_panel(qtbot, db)
    yield widget
    widget.close()


def active(qtbot, dialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def choose(qtbot, dialog: ProgressDialog, state: str) -> None:
    """Pick the state with the keyboard (the list has the focus), then Tab to the time."""
    combo = dialog.state_combo
    assert combo.hasFocus()
    while dialog.chosen_state() != state:
        key = Qt.Key.Key_Down if combo.currentIndex() < combo.findData(state) else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert dialog.time_edit.hasFocus()
    assert dialog.time_edit.lineEdit().selectedText() == dialog.time_edit.text()  # typed over


def progress_at(db, code: str) -> tuple[str, str]:
    [row] = progress.list_progress(db, code)
    return row.state, row.progress_at


@pytest.mark.parametrize("typed", ["06.10", "6.10", "06:10", "0610"])
def test_a_time_typed_as_officers_write_it_is_saved(panel, db, qtbot, typed):
    panel.show_node(DISTRICT)
    panel.set_selection([T1])

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        choose(qtbot, dialog, "arrived")
        qtbot.keyClicks(dialog.time_edit, typed)
        assert dialog.time_edit.text() == typed  # as typed, nothing rewritten under the cursor
        assert dialog.zone_label.text() == "WIB" and dialog.zone_label.isVisible()
        assert dialog.date_edit.date().toString("yyyy-MM-dd") == "2024-11-27"  # voting day
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)

    seen = on_next_dialog(qtbot, answer)
    with qtbot.waitSignal(panel.edited) as signal:
        assert panel.set_progress_for_selection()
    check_handled(seen)
    assert signal.args[1] == "Personel tiba: 1 TPS"
    # 06.10 WIB is 23.10 UTC the evening before.
    assert progress_at(db, T1) == ("arrived", "2024-11-26T23:10+00:00")


def test_up_and_down_change_the_hour_or_the_minutes(panel, db, qtbot):
    voting_day = dt.datetime.fromisoformat(wib(7))
    dialog = ProgressDialog(db, [T1], panel, zone="WIB", default=voting_day)
    qtbot.addWidget(dialog)
    dialog.show()
    active(qtbot, dialog)
    choose(qtbot, dialog, "arrived")
    edit = dialog.time_edit
    qtbot.keyClicks(edit, "6.10")
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.text() == "07.10"
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert edit.text() == "07.08"
    qtbot.keyClick(edit, Qt.Key.Key_PageUp)
    assert edit.text() == "07.18"
    # Tab leaves the time for the date (not the time's minutes), then the reason.
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert dialog.date_edit.hasFocus()
    qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Tab)
    assert dialog.reason_edit.hasFocus()
    assert dialog.chosen_time().isoformat() == "2024-11-27T07:18:00+07:00"
    dialog.reject()


def test_an_impossible_time_is_said_in_the_dialog_and_kept(panel, db, qtbot):
    panel.show_node(DISTRICT)
    panel.set_selection([T1])
    before = len(changelog.load_changes(db))

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        choose(qtbot, dialog, "arrived")
        qtbot.keyClicks(dialog.time_edit, "25.10")
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Tab)  # leaving it says it at once
        assert dialog.error.isVisible()
        assert dialog.error_text() == "“25.10” bukan jam yang benar: jam hanya dari 00 sampai 23"
        assert dialog.time_edit.text() == "25.10"  # not reset behind the officer's back
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return, CTRL)
        assert dialog.isVisible() and dialog.time_edit.hasFocus()  # nothing saved
        assert "Tidak tersimpan." in dialog.error.text()
        qtbot.keyClicks(dialog.time_edit, "06.75")
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)
        assert dialog.error_text().endswith("menit hanya dari 00 sampai 59")
        qtbot.keyClicks(dialog.time_edit, "6.1")
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)
        assert dialog.error_text() == (
            "“6.1” bukan jam yang benar: tulis jam dan menitnya, mis. 06.10"
        )
        qtbot.keyClicks(dialog.time_edit, "6.15")  # typed over; fixed, the message goes
        assert not dialog.error.isVisible()
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)

    seen = on_next_dialog(qtbot, answer)
    saved = panel.set_progress_for_selection()
    check_handled(seen)
    assert saved
    assert len(changelog.load_changes(db)) == before + 1
    assert progress_at(db, T1) == ("arrived", "2024-11-26T23:15+00:00")


def test_a_time_ahead_of_now_is_said_in_the_dialog(db, qtbot, monkeypatch):
    monkeypatch.setattr(dialog_module, "FUTURE_TOLERANCE_MINUTES", -120)
    dialog = ProgressDialog(db, [T1], zone="WIB")
    qtbot.addWidget(dialog)
    hour_ago = dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=7)))
    hour_ago -= dt.timedelta(hours=1)
    dialog.date_edit.setDate(hour_ago.date())
    dialog.time_edit.set_clock(hour_ago.hour, hour_ago.minute)
    problem = dialog.time_problem()
    assert f"{hour_ago:%H.%M} WIB lebih lambat dari sekarang (" in problem
    assert problem.endswith(" WIB); tahap dicatat setelah terjadi.")


def test_a_step_before_the_earlier_state_is_refused_in_the_dialog(panel, db, qtbot):
    progress.set_progress(db, [T1], "opened", actor="uji", at=wib(7, 5))
    panel.show_node(DISTRICT)
    panel.set_selection([T1])
    before = dump(db.path)
    shown: list[str] = []

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        choose(qtbot, dialog, "counting")
        qtbot.keyClicks(dialog.time_edit, "06.30")
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)
        assert dialog.isVisible()
        shown.append(dialog.error_text())
        assert dump(db.path) == before  # nothing saved
        # The time field is ready to be typed again; a later time saves.
        assert dialog.time_edit.hasFocus()
        qtbot.keyClicks(dialog.time_edit, "13.10")
        assert not dialog.error.isVisible()
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)

    seen = on_next_dialog(qtbot, answer)
    with qtbot.waitSignal(panel.edited):
        assert panel.set_progress_for_selection()
    check_handled(seen)
    assert shown == ["TPS 001 Desa Cilangkahan: penghitungan 06.30 WIB sebelum dibuka 07.05 WIB"]
    assert progress_at(db, T1) == ("counting", "2024-11-27T06:10+00:00")


def test_a_selection_refused_lists_the_tps_and_saves_none(panel, db, qtbot):
    progress.set_progress(db, [T1], "opened", actor="uji", at=wib(7, 15))
    progress.set_progress(db, [T2], "voting", actor="uji", at=wib(7, 20))
    progress.set_progress(db, [T3], "opened", actor="uji", at=wib(6, 50))
    panel.show_node(VILLAGE)
    panel.set_selection([VILLAGE])
    before = dump(db.path)
    shown: list[str] = []

    def answer(dialog: ProgressDialog) -> None:
        active(qtbot, dialog)
        choose(qtbot, dialog, "counting")
        qtbot.keyClicks(dialog.time_edit, "7.10")
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Return, CTRL)
        shown.append(dialog.error_text())
        qtbot.keyClick(dialog.time_edit, Qt.Key.Key_Escape)

    seen = on_next_dialog(qtbot, answer)
    assert not panel.set_progress_for_selection()
    check_handled(seen)
    assert shown[0].splitlines() == [
        "2 dari 3 TPS: penghitungan 07.10 WIB lebih awal dari tahap sebelumnya; "
        "tidak ada yang disimpan:",
        "• TPS 001 Desa Cilangkahan: dibuka 07.15 WIB",
        "• TPS 002 Desa Cilangkahan: pemungutan 07.20 WIB",
    ]
    assert dump(db.path) == before


def test_a_village_step_says_the_tps_further_along_are_left(db, qtbot):
    progress.set_progress(db, [T1], "voting", actor="uji", at=wib(7, 10))
    dialog = ProgressDialog(db, [VILLAGE], zone="WIB")
    qtbot.addWidget(dialog)
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("opened"))
    assert dialog.moving_back() == 0  # not a correction: no reason asked for
    assert dialog.save_button.isEnabled()
    assert dialog.hint.text() == "1 TPS sudah lebih jauh dan dibiarkan seperti adanya."
    # Only T1 chosen, the same step moves it back: a correction, with a reason.
    only = ProgressDialog(db, [T1], zone="WIB")
    qtbot.addWidget(only)
    only.state_combo.setCurrentIndex(only.state_combo.findData("opened"))
    assert only.moving_back() == 1 and not only.save_button.isEnabled()
