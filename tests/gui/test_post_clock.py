"""Every time on screen speaks the post's clock (WIB, WITA, WIT) with its label, whatever
the laptop's own zone: shown as 27 Nov 2024 08.30 WITA, typed in the post's zone and stored
as the right moment (issue 12, "Words and times")."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QLabel, QTimeEdit

from commandpost.gui import look
from commandpost.store import duty, incidents, queries
from commandpost.store.database import open_database
from tests.gui.test_fit_laptop import (  # noqa: F401 (fixtures)
    CASES,
    demo_file,
    demo_template,
    laptop,
)
from tests.gui.util import make_window

TPS1 = "36.02.01.2002.001"


@pytest.fixture
def laptop_in_new_york(monkeypatch):
    """The laptop's own clock is far from any Indonesian zone (UTC-5 in November)."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
    assert os.environ.get("TZ") != "America/New_York"


def wita(path) -> None:
    """The post keeps WITA (set in Pengaturan), though its operation is in Banten (WIB)."""
    db = open_database(path)
    try:
        duty.set_post(db, zone="WITA", actor="AIPTU Budi Santoso")
    finally:
        db.close()


def test_format_time_is_the_posts_clock_not_the_laptops(laptop_in_new_york):
    look.set_post_zone("WITA")
    assert look.format_time("2024-11-27T00:30:00+00:00") == "27 Nov 2024 08.30 WITA"
    assert look.format_time("2024-11-27T00:30") == "27 Nov 2024 08.30 WITA"  # naive = UTC
    assert look.format_time(dt.datetime(2024, 11, 27, 7, 30, tzinfo=look.zone_tz("WIB"))) == (
        "27 Nov 2024 08.30 WITA"
    )
    assert look.format_time("2024-11-27T00:30:15Z", seconds=True) == "27 Nov 2024 08.30.15 WITA"
    assert look.format_time("2024-11-27T00:30Z", "WIT") == "27 Nov 2024 09.30 WIT"
    assert look.clock_text("2024-11-27T00:30Z") == "08.30"
    assert look.format_time("") == ""
    assert look.format_time("kemarin") == "kemarin"
    look.set_post_zone("XYZ")  # not a zone of Indonesia: the capital's
    assert look.post_zone() == "WIB"


def test_a_time_typed_in_a_wita_edit_is_the_right_moment(qtbot, laptop_in_new_york):
    look.set_post_zone("WITA")
    edit = look.zone_edit(QDateTimeEdit())
    qtbot.addWidget(edit)
    edit.setDate(QDate(2024, 11, 27))
    edit.setTime(QTime(8, 30))
    assert edit.text() == "27 Nov 2024 08.30 WITA"
    assert look.iso_local(edit.dateTime()) == "2024-11-27T08:30+08:00"
    stored = dt.datetime.fromisoformat(look.iso_local(edit.dateTime()))
    assert stored.astimezone(dt.UTC).strftime("%H.%M") == "00.30"
    assert "WITA" in edit.toolTip() and "UTC+8" in edit.toolTip()


def test_an_incident_logged_at_0830_wita(qtbot, banten_path, monkeypatch, laptop_in_new_york):
    wita(banten_path)
    window = make_window(qtbot, banten_path)
    assert look.post_zone() == "WITA"
    zone_label = window.findChild(QLabel, "postZoneLabel")
    assert zone_label.text() == "Waktu: WITA"
    assert zone_label.isVisible()
    panel = window.ui.incidentPanel
    panel.set_selected_node(queries.node(window.db, TPS1))
    offered = {}

    def exec_dialog(dialog: QDialog) -> bool:
        dialog.show()
        edit = dialog.ui.occurredEdit
        offered["text"] = edit.text()
        offered["now"] = edit.dateTime()
        edit.setDate(QDate(2024, 11, 27))
        edit.setTime(QTime(8, 30))
        dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("unjuk_rasa"))
        qtbot.keyClicks(dialog.ui.descriptionEdit, "Massa berkumpul di depan TPS")
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "exec_dialog", exec_dialog)
    incident_id = panel.log_incident()
    assert incident_id is not None
    # Offered: now on the post's clock, its zone written in the field.
    assert offered["text"].endswith(" WITA")
    assert abs(offered["now"].secsTo(QDateTime.currentDateTime())) < 120
    now = dt.datetime.now(dt.UTC)
    # typed on the post's clock: 8 hours ahead of UTC, 13 ahead of this laptop's
    assert offered["text"] in {
        look.format_time(now - dt.timedelta(minutes=1), "WITA"),
        look.format_time(now, "WITA"),
    }
    [saved] = [i for i in incidents.list_incidents(window.db) if i.id == incident_id]
    moment = dt.datetime.fromisoformat(saved.occurred_at)
    assert moment.astimezone(dt.UTC) == dt.datetime(2024, 11, 27, 0, 30, tzinfo=dt.UTC)
    row = next(r for r in range(panel.model.rowCount()) if panel.incidents()[r].id == incident_id)
    from commandpost.gui.widgets.incidents import COL_TIME

    assert panel.model.index(row, COL_TIME).data() == "27 Nov 2024 08.30 WITA"
    panel.select_incident(incident_id)
    assert "27 Nov 2024 08.30 WITA" in panel.details_text()
    window.close()
    window.close_database()


@pytest.fixture
def wita_demo_window(qtbot, demo_file, laptop):  # noqa: F811
    wita(demo_file)
    window = make_window(qtbot, demo_file)
    yield window
    window.close()
    window.close_database()


def test_every_time_field_of_every_dialog_speaks_the_posts_clock(qtbot, wita_demo_window):
    """The dialogs of test_fit_laptop's list: a date-and-time field reads 27 Nov 2024 08.30
    with the post's zone written in it; a date field 27 Nov 2024; a clock 08.30."""
    window = wita_demo_window
    assert look.post_zone() == "WITA"
    walked = []
    zone_labels = {}
    for case in CASES:
        widget = case.make(window)
        if widget is not window:
            qtbot.addWidget(widget)
        zone_label = widget.findChild(QLabel, "zoneLabel")
        if zone_label is not None:  # a typed clock (gui/voting/clock.py) with the zone beside
            zone_labels[case.name] = zone_label.text()
        for edit in widget.findChildren(QDateTimeEdit):
            where = f"{case.name}: {edit.objectName() or type(edit).__name__}"
            fmt = edit.displayFormat()
            if isinstance(edit, QTimeEdit):
                assert fmt.startswith(look.CLOCK_FORMAT), where
            elif isinstance(edit, QDateEdit):
                assert fmt == look.DATE_FORMAT, f"{where}: {fmt}"
            else:
                assert fmt == f"{look.DATE_TIME_FORMAT} 'WITA'", f"{where}: {fmt}"
                assert edit.text().endswith(" WITA"), f"{where}: {edit.text()}"
                walked.append(case.name)
        if widget is not window:
            widget.close()
    assert {
        "update dialog, one TPS (Ctrl+E)",
        "incident dialog",
        "incident correction dialog",
        "mapping import dialog",
        "board shift dialog",
        "situation report dialog",
    } <= set(walked)
    assert zone_labels == {"voting progress dialog": "WITA"}


def test_the_details_pane_follows_a_change_of_the_posts_zone(qtbot, banten_path):
    """The details pane writes its texts when a node shows: after the post's zone changes
    (Pengaturan, or a change made elsewhere) it is written again on the new clock."""
    from commandpost.store import threats

    db = open_database(banten_path)
    try:
        threats.update_status(
            db,
            [TPS1],
            levels={"banjir": 3},
            reason="air naik",
            actor="AIPTU Budi Santoso",
            source="bpbd",
            observed_at="2024-11-26T19:05+07:00",
        )
    finally:
        db.close()
    window = make_window(qtbot, banten_path)
    assert window.select_code(TPS1)
    listed = window.ui.detailsPane.threats_list
    assert "26 Nov 2024 19.05 WIB" in listed.text()
    duty.set_post(window.db, zone="WITA", actor="AIPTU Budi Santoso")
    window.duty.refresh()
    assert "26 Nov 2024 20.05 WITA" in listed.text()
    window.close()
    window.close_database()
