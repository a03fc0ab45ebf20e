"""The typed date field (gui/widgets/date_field.py) as an officer uses it: every form the
command line reads, Up/Down a day, Tab leaving, F4 the calendar, an impossible date said and
never replaced; in the stage dialog, both dates typed then Ctrl+Enter saving them, and a
change of the start never moving the end; in the risk dialog, a typed due date saved."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.gui import dialog_keys
from commandpost.gui.risks import RiskDialog
from commandpost.gui.timeline.stage_dialog import StageDialog
from commandpost.gui.widgets.date_field import DateField
from commandpost.store import risks
from commandpost.store.database import open_database
from commandpost.store.demo import build_demo
from tests.helpers import copy_db

START = QDate(2024, 9, 1)


@pytest.fixture
def form(qtbot):
    """A date field then a plain line, shown and active; the field has the focus."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    field = DateField(START, host)
    after = QLineEdit(host)
    layout.addWidget(field)
    layout.addWidget(after)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    yield field, after
    host.close()  # host is held here: qtbot keeps widgets only weakly


def _type(qtbot, field: DateField, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("27/11/2024", QDate(2024, 11, 27)),
        ("27-11-2024", QDate(2024, 11, 27)),
        ("27 Nop 2024", QDate(2024, 11, 27)),
        ("27 Nov 2024", QDate(2024, 11, 27)),
        ("27 November 2024", QDate(2024, 11, 27)),
        ("2024-11-27", QDate(2024, 11, 27)),
        ("1 Des 2024", QDate(2024, 12, 1)),
        ("1 Desember 2024", QDate(2024, 12, 1)),
        ("17 Agustus 2025", QDate(2025, 8, 17)),
    ],
)
def test_every_form_the_command_line_reads_can_be_typed(qtbot, form, typed, day):
    field, _after = form
    with qtbot.waitSignal(field.dateChanged, timeout=1000) as changed:
        _type(qtbot, field, typed)
    assert changed.args == [day] and field.date() == day
    qtbot.keyClick(field, Qt.Key.Key_Return)  # written back in the house style
    assert field.text() == look_text(day) and field.problem() == ""


def look_text(day: QDate) -> str:
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    return f"{day.day()} {months[day.month() - 1]} {day.year()}"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/11/2024", "Tidak ada tanggal “31/11/2024”."),
        ("29 Feb 2023", "Tidak ada tanggal “29 Feb 2023”."),
        ("abc", "“abc” bukan tanggal. Ketik seperti 27/11/2024, 27 Nov 2024, atau 2024-11-27."),
        (
            "01122024",
            "“01122024” bukan tanggal. Ketik seperti 27/11/2024, 27 Nov 2024, atau 2024-11-27.",
        ),
        (
            "11/27/2024",
            "“11/27/2024” bukan tanggal. Ketik seperti 27/11/2024, 27 Nov 2024, atau 2024-11-27.",
        ),
        (
            "1 Jan 1800",
            "“1 Jan 1800” bukan tanggal. Ketik seperti 27/11/2024, 27 Nov 2024, atau 2024-11-27.",
        ),
    ],
)
def test_an_impossible_date_is_said_and_never_replaced(qtbot, form, typed, said):
    field, after = form
    moved: list = []
    field.dateChanged.connect(moved.append)
    _type(qtbot, field, typed)
    assert field.problem() == ""  # not said while typing
    with qtbot.waitSignal(field.problemChanged, timeout=1000) as told:
        qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field reads it
    assert told.args == [said] and field.problem() == said
    assert after.hasFocus()
    assert field.text() == typed and field.date() == START and moved == []
    assert "b71c1c" in field.styleSheet() and field.toolTip() == said
    # Typing it right clears the message and the red frame.
    field.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(field.problemChanged, timeout=1000) as cleared:
        _type(qtbot, field, "2/9/2024")
    assert cleared.args == [""] and field.styleSheet() == "" and field.date() == QDate(2024, 9, 2)


def test_a_date_outside_the_range_is_said(qtbot, form):
    field, _after = form
    field.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
    _type(qtbot, field, "1/1/1999")
    assert not field.check()
    assert (
        field.problem()
        == "1 Jan 1999 di luar rentang tanggal yang boleh di sini (1 Jan 2000 s.d. 31 Des 2100)."
    )
    assert field.date() == START and field.text() == "1/1/1999"


def test_up_and_down_change_the_day_page_keys_the_month(qtbot, form):
    field, _after = form
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2024, 9, 2) and field.text() == "2 Sep 2024"
    for _ in range(3):
        qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.date() == QDate(2024, 8, 30) and field.text() == "30 Agu 2024"
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert field.date() == QDate(2024, 9, 30)
    # Up after typing steps from the typed day.
    _type(qtbot, field, "27/11/2024")
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2024, 11, 28) and field.text() == "28 Nov 2024"


def test_tab_leaves_the_field_in_one_step(qtbot, form):
    field, after = form
    assert field.selectedText() == "1 Sep 2024"  # Tab into it selects all: typing replaces
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()


@pytest.mark.qt_log_ignore(  # the offscreen platform cannot raise a popup or grab keys
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)
def test_f4_and_alt_down_open_the_calendar_on_the_fields_day(qtbot, form):
    field, _after = form
    for key, mods in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ):
        field.setFocus()
        qtbot.keyClick(field, key, mods)
        popup = field.findChild(QCalendarWidget, "dateFieldCalendar")
        qtbot.waitUntil(popup.isVisible)
        assert popup.selectedDate() == START
        popup.clicked.emit(QDate(2024, 9, 17))  # a click on the 17th
        assert not popup.isVisible() and field.date() == QDate(2024, 9, 17)
        field.setDate(START)
    assert field.date() == START


# -- in the stage dialog ----------------------------------------------------------------------


@pytest.fixture
def keys(qapp):
    """The application's dialog keys, as the window installs them."""
    dialog_keys.install(qapp)
    opened: list = []
    yield opened
    for dialog in opened:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.done(0)
    dialog_keys.uninstall(qapp)


def _stage_dialog(qtbot, keys, saved: list) -> StageDialog:
    dialog = StageDialog([], near=dt.date(2024, 9, 1), save=saved.append)
    keys.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Debat publik")
    return dialog


def _focus() -> QWidget:
    return QApplication.focusWidget()


def test_both_dates_typed_by_keyboard_then_ctrl_enter_saves_them(qtbot, keys):
    saved: list = []
    dialog = _stage_dialog(qtbot, keys, saved)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)  # the "has its own dates" box
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is dialog.start_edit
    qtbot.keyClicks(_focus(), "27 Nop 2024")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is dialog.end_edit and dialog.start_edit.text() == "27 Nov 2024"
    qtbot.keyClicks(_focus(), "1/12/2024")
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(v["start"], v["end"]) for v in saved] == [
        (dt.date(2024, 11, 27), dt.date(2024, 12, 1))
    ]


def test_an_impossible_date_stops_the_save_and_is_said_in_the_dialog(qtbot, keys):
    saved: list = []
    dialog = _stage_dialog(qtbot, keys, saved)
    dialog.end_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.end_edit, "31/11/2024")
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted and saved == []
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Tidak ada tanggal “31/11/2024”."
    assert dialog.end_edit.text() == "31/11/2024" and _focus() is dialog.end_edit
    # Retyping it clears the line; then Enter saves.
    dialog.end_edit.selectAll()
    qtbot.keyClicks(dialog.end_edit, "30/11/2024")
    assert not dialog.error_label.isVisible()
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved[0]["end"] == dt.date(2024, 11, 30)


def test_changing_the_start_never_changes_the_end(qtbot, keys):
    saved: list = []
    dialog = _stage_dialog(qtbot, keys, saved)
    dialog.end_edit.setDate(QDate(2024, 9, 5))
    ends: list = []
    dialog.end_edit.dateChanged.connect(ends.append)
    dialog.start_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.start_edit, "1/9/2025")  # the year 2024 → 2025, past the end
    assert dialog.start_edit.date() == QDate(2025, 9, 1)
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Up)
    dialog.start_edit.setDate(QDate(2024, 9, 1))
    assert ends == [] and dialog.end_edit.date() == QDate(2024, 9, 5)
    assert dialog.end_edit.text() == "5 Sep 2024"
    # The end still takes typed digits.
    dialog.end_edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(dialog.end_edit, "7/9/2024")
    assert dialog.end_edit.date() == QDate(2024, 9, 7)


# -- in the risk register's dialog ------------------------------------------------------------


@pytest.fixture(scope="module")
def register_demo(tmp_path_factory):
    return build_demo(tmp_path_factory.mktemp("date-field-demo") / "demo.sqlite")


@pytest.fixture
def risk_db(register_demo, tmp_path):
    database = open_database(copy_db(register_demo, tmp_path / "demo.sqlite"))
    yield database
    database.close()


def test_a_typed_due_date_is_saved_and_an_impossible_one_refused(qtbot, risk_db):
    risk = risks.list_risks(risk_db)[0]
    dialog = RiskDialog(risk_db, actor="Bripka Uji", risk=risk)
    qtbot.addWidget(dialog)
    dialog.dueCheck.setChecked(True)
    dialog.dueEdit.selectAll()
    qtbot.keyClicks(dialog.dueEdit, "31/11/2024")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.errorLabel.isVisibleTo(dialog)
    assert dialog.errorLabel.text() == "Tidak ada tanggal “31/11/2024”."
    assert dialog.dueEdit.text() == "31/11/2024"
    assert risks.get_risk(risk_db, risk.id).due == risk.due  # nothing written
    dialog.dueEdit.selectAll()
    qtbot.keyClicks(dialog.dueEdit, "27 Nop 2024")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert risks.get_risk(risk_db, risk.id).due == dt.date(2024, 11, 27)


def test_a_message_said_on_save_goes_once_the_dates_are_changed(qtbot):
    """The stage dialog: "ends before it starts" said on save, then the end typed again:
    the message no longer stands over values it does not speak of."""
    import datetime as dt

    from commandpost.core.stages import Stage
    from commandpost.gui.timeline.stage_dialog import StageDialog

    stage = Stage("s1", "Kampanye", dt.date(2024, 9, 25), dt.date(2024, 11, 23), None, "campaign")
    dialog = StageDialog([stage], stage)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_error("Tahapan berakhir sebelum dimulai. Periksa tanggalnya.")
    assert dialog.error_label.isVisibleTo(dialog)
    dialog.end_edit.setDate(dialog.end_edit.date().addDays(3))
    assert not dialog.error_label.isVisibleTo(dialog)
