"""The incident log as an officer uses it: log, filter, move a step, find the place.

Our own interface texts have no Indonesian translation yet, so the tests read what the data
puts on screen: taxonomy labels (Dilaporkan, Unjuk rasa), place names, times and officers.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog

from commandpost.gui import i18n, look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs import incident_dialog
from commandpost.gui.dialogs.incident_dialog import IncidentDialog, IncidentStepDialog
from commandpost.gui.widgets.incidents import (
    COL_DESCRIPTION,
    COL_LOCATION,
    COL_RECORDED_BY,
    COL_REPORTER,
    COL_STATUS,
    COL_TIME,
    COL_TYPE,
    IncidentPanel,
    IncidentTableModel,
    NodeCodeRole,
)
from commandpost.store import incidents, queries, units
from tests.helpers import dump

TPS1 = "36.02.01.2002.001"
TPS1_PLACE = "TPS 001 · Cilangkahan › Malingping › Kabupaten Lebak"
MALINGPING = "36.02.01"
PANDEGLANG = "36.01"


def minutes_ago(minutes: int) -> str:
    moment = datetime.now().astimezone().replace(second=0, microsecond=0)
    return (moment - timedelta(minutes=minutes)).isoformat(timespec="minutes")


@pytest.fixture(autouse=True)
def officer():
    """An officer on duty: every change names who made it (a test may name another)."""
    cfg.set_operator_name("Bripka Uji")


@pytest.fixture(autouse=True)
def refusals(monkeypatch):
    """Messages the officer would see in a warning box (never a real modal box in tests)."""
    shown: list[str] = []
    monkeypatch.setattr(incident_dialog, "warn", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def panel(qtbot, banten_db):
    widget = IncidentPanel()
    qtbot.addWidget(widget)
    widget.resize(1300, 420)
    widget.set_database(banten_db, units.units(banten_db))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drive(monkeypatch, panel, fill):
    """Run the panel's dialogs without a modal loop: show, let ``fill`` act, give up if open."""

    def exec_dialog(dialog: QDialog) -> bool:
        dialog.show()
        fill(dialog)
        if dialog.isVisible():  # refused, or never confirmed: the officer cancels
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "exec_dialog", exec_dialog)


def cell(panel, row: int, column: int):
    return panel.model.index(row, column).data()


def column(panel, col: int) -> list[str]:
    return [cell(panel, row, col) for row in range(panel.model.rowCount())]


def click_row(qtbot, panel, row: int) -> None:
    rect = panel.table.visualRect(panel.model.index(row, COL_DESCRIPTION))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.table.currentIndex().row() == row


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def add(db, code, kind, description, minutes, actor="Bripka Andi") -> str:
    return incidents.add_incident(
        db,
        node_code=code,
        type=kind,
        description=description,
        actor=actor,
        occurred_at=minutes_ago(minutes),
    )


# --- logging --------------------------------------------------------------------------------


def test_logging_an_incident_through_the_dialog(qtbot, panel, banten_db, monkeypatch, refusals):
    cfg.set_operator_name("Bripka Andi Saputra")
    assert panel.incidents() == []
    assert panel.stack.currentWidget() is panel.emptyLabel
    assert not panel.logButton.isEnabled()  # no place chosen yet
    panel.set_selected_node(queries.node(banten_db, TPS1))
    assert panel.logButton.isEnabled()

    when = QDateTime(QDate(2024, 11, 27), QTime(9, 30), QTimeZone(7 * 3600))  # 09.30 WIB
    seen = {}

    def fill(dialog: IncidentDialog) -> None:
        seen["location"] = dialog.ui.locationValue.text()
        seen["save_before"] = dialog.save_button().isEnabled()
        dialog.ui.occurredEdit.setDateTime(when)
        choose(dialog.ui.typeCombo, "unjuk_rasa")
        qtbot.keyClicks(dialog.ui.descriptionEdit, "Massa berkumpul menolak hasil penghitungan")
        qtbot.keyClicks(dialog.ui.reporterNameEdit, "Bripka Joko")
        qtbot.keyClicks(dialog.ui.reporterUnitEdit, "Polsek Malingping")
        qtbot.keyClicks(dialog.ui.reporterContactEdit, "0812 3456 7890")
        qtbot.keyClicks(dialog.ui.peopleEdit, "Sekitar 50 orang pendukung")
        qtbot.keyClicks(dialog.ui.damageEdit, "Nihil")
        qtbot.keyClicks(dialog.ui.actionsEdit, "Negosiasi dengan koordinator massa")
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)

    drive(monkeypatch, panel, fill)
    with qtbot.waitSignal(panel.incidentsChanged, timeout=1000):
        qtbot.mouseClick(panel.logButton, Qt.MouseButton.LeftButton)

    assert "TPS 001" in seen["location"] and TPS1 in seen["location"]
    assert "Cilangkahan › Malingping › Kabupaten Lebak" in seen["location"]
    assert seen["save_before"] is False
    assert refusals == []

    [saved] = incidents.list_incidents(banten_db)
    expected_time = "2024-11-27T02:30+00:00"  # typed 09.30 on the post's clock (WIB); kept UTC
    assert dataclasses.asdict(saved) | {"id": None} == {
        "id": None,
        "node_code": TPS1,
        "node_name": "TPS 001",
        "occurred_at": expected_time,
        "type": "unjuk_rasa",
        "description": "Massa berkumpul menolak hasil penghitungan",
        "people": "Sekitar 50 orang pendukung",
        "damage": "Nihil",
        "actions": "Negosiasi dengan koordinator massa",
        "status": "dilaporkan",
        "reported_by": "Bripka Andi Saputra",
        "reporter_name": "Bripka Joko",
        "reporter_unit": "Polsek Malingping",
        "reporter_contact": "0812 3456 7890",
        "voided": False,
        "void_reason": "",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d[+-]\d\d:\d\d", saved.occurred_at)

    # The new incident is listed, selected and shown as the officer typed it.
    assert panel.stack.currentWidget() is panel.table
    assert [i.id for i in panel.incidents()] == [saved.id]
    assert panel.current_incident().id == saved.id
    assert cell(panel, 0, COL_TIME) == "27 Nov 2024 09.30 WIB"
    assert cell(panel, 0, COL_LOCATION) == TPS1_PLACE
    assert cell(panel, 0, COL_TYPE) == "Unjuk rasa"
    assert cell(panel, 0, COL_STATUS) == "Dilaporkan"
    assert cell(panel, 0, COL_DESCRIPTION) == "Massa berkumpul menolak hasil penghitungan"
    assert cell(panel, 0, COL_REPORTER) == "Bripka Joko (Polsek Malingping, 0812 3456 7890)"
    assert cell(panel, 0, COL_RECORDED_BY) == "Bripka Andi Saputra"
    details = panel.details_text()
    for text in (
        "Unjuk rasa",
        "Dilaporkan",
        "27 Nov 2024 09.30 WIB",
        TPS1_PLACE,
        "Massa berkumpul menolak hasil penghitungan",
        "Sekitar 50 orang pendukung",
        "Nihil",
        "Negosiasi dengan koordinator massa",
        "Pelapor: Bripka Joko (Polsek Malingping, 0812 3456 7890) · dicatat oleh Bripka Andi "
        "Saputra",
    ):
        assert text in details, text
    assert [n for n in re.findall(r"\d+", panel.countLabel.text())] == ["1", "1"]
    assert panel.handledButton.isEnabled()
    assert not panel.closedButton.isEnabled()
    assert panel.revealButton.isEnabled()


def test_log_incident_returns_the_id_or_none(qtbot, panel, banten_db, monkeypatch):
    malingping = queries.node(banten_db, MALINGPING)

    def fill(dialog: IncidentDialog) -> None:
        choose(dialog.ui.typeCombo, "bencana")
        qtbot.keyClicks(dialog.ui.descriptionEdit, "Banjir setinggi 40 cm")
        qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)

    drive(monkeypatch, panel, fill)
    incident_id = panel.log_incident(malingping)  # a node other than the selected one
    assert incidents.get_incident(banten_db, incident_id).node_code == MALINGPING

    drive(monkeypatch, panel, lambda dialog: None)  # opened, then cancelled
    with qtbot.assertNotEmitted(panel.incidentsChanged):
        assert panel.log_incident(malingping) is None
    assert len(incidents.list_incidents(banten_db)) == 1
    assert panel.log_incident() is None  # nothing selected in the tree: nothing to open


def test_save_needs_a_description(qtbot, banten_db, banten_path):
    dialog = IncidentDialog(banten_db, queries.node(banten_db, TPS1))
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.save_button()
    assert not save.isEnabled()
    assert dialog.ui.hintLabel.isVisible() and dialog.ui.hintLabel.text()

    qtbot.keyClicks(dialog.ui.descriptionEdit, "   ")
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.ui.peopleEdit, "50 orang")
    assert not save.isEnabled()  # other fields do not stand in for the description
    before = dump(banten_path)
    dialog.accept()  # Enter, say: refused while the description is empty
    assert dialog.isVisible()
    assert dump(banten_path) == before

    qtbot.keyClicks(dialog.ui.descriptionEdit, "Bentrok")
    assert not save.isEnabled()  # the type is still to be chosen
    assert dialog.ui.hintLabel.text() == "Pilih jenis kejadian untuk menyimpannya."
    choose(dialog.ui.typeCombo, "bentrok")
    assert save.isEnabled()
    assert not dialog.ui.hintLabel.isVisible()
    dialog.ui.descriptionEdit.clear()
    assert not save.isEnabled()
    assert dialog.ui.hintLabel.isVisible()


def test_time_defaults_to_now_and_cannot_lie_in_the_future(qtbot, banten_db):
    dialog = IncidentDialog(banten_db, queries.node(banten_db, TPS1))
    qtbot.addWidget(dialog)
    edit = dialog.ui.occurredEdit
    now = QDateTime.currentDateTime()
    assert edit.calendarPopup()
    assert edit.displayFormat() == "d MMM yyyy HH.mm 'WIB'"  # the post's zone in the field
    assert edit.maximumDateTime() <= now
    assert abs(edit.dateTime().secsTo(now)) < 120
    edit.setDateTime(now.addDays(2))
    assert edit.dateTime() <= now


def test_store_refusal_keeps_the_dialog_open_and_saves_nothing(
    qtbot, banten_db, banten_path, refusals
):
    gone = dataclasses.replace(queries.node(banten_db, TPS1), code="36.02.01.2002.999")
    dialog = IncidentDialog(banten_db, gone)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(dialog.ui.typeCombo, "perusakan")
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Perusakan kotak suara")
    before = dump(banten_path)
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert len(refusals) == 1 and "36.02.01.2002.999" in refusals[0]
    assert dialog.isVisible()
    assert dialog.incident_id is None
    assert dialog.ui.descriptionEdit.toPlainText() == "Perusakan kotak suara"  # nothing lost
    assert dump(banten_path) == before


# --- steps ----------------------------------------------------------------------------------


def test_reported_handled_closed(qtbot, panel, banten_db, monkeypatch, refusals):
    incident_id = incidents.add_incident(
        banten_db,
        node_code=TPS1,
        type="bentrok",
        description="Adu mulut antar pendukung",
        actor="Bripka Andi",
        occurred_at=minutes_ago(90),
        actions="Dilerai",
    )
    panel.refresh()
    assert panel.current_incident() is None
    assert not panel.handledButton.isEnabled() and not panel.closedButton.isEnabled()
    assert not panel.revealButton.isEnabled()
    click_row(qtbot, panel, 0)
    assert panel.handledButton.isEnabled() and not panel.closedButton.isEnabled()

    shown = {}

    def handle(dialog: IncidentStepDialog) -> None:
        ui = dialog.ui
        shown["facts"] = (ui.placeValue.text(), ui.typeValue.text(), ui.descriptionValue.text())
        shown["heading"] = ui.headingLabel.text()
        shown["actions"] = ui.actionsEdit.toPlainText()
        shown["ok_before"] = dialog.ok_button().isEnabled()
        qtbot.keyClicks(ui.noteEdit, "Massa dibubarkan")
        ui.actionsEdit.selectAll()
        qtbot.keyClicks(ui.actionsEdit, "Dilerai, mediasi dengan tokoh masyarakat")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    cfg.set_operator_name("Iptu Rina")
    drive(monkeypatch, panel, handle)
    with qtbot.waitSignal(panel.incidentsChanged, timeout=1000):
        qtbot.mouseClick(panel.handledButton, Qt.MouseButton.LeftButton)
    assert shown == {
        "facts": (TPS1_PLACE, "Bentrokan antar pendukung", "Adu mulut antar pendukung"),
        "heading": "Dilaporkan → Ditangani",
        "actions": "Dilerai",
        "ok_before": False,
    }
    handled = incidents.get_incident(banten_db, incident_id)
    assert (handled.status, handled.actions) == (
        "ditangani",
        "Dilerai, mediasi dengan tokoh masyarakat",
    )
    assert cell(panel, 0, COL_STATUS) == "Ditangani"
    assert panel.current_incident().id == incident_id  # still selected after the refresh
    assert not panel.handledButton.isEnabled() and panel.closedButton.isEnabled()

    def close(dialog: IncidentStepDialog) -> None:
        shown["heading"] = dialog.ui.headingLabel.text()
        qtbot.keyClicks(dialog.ui.noteEdit, "Situasi kondusif")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    cfg.set_operator_name("Kompol Budi")
    drive(monkeypatch, panel, close)
    with qtbot.waitSignal(panel.incidentsChanged, timeout=1000):
        qtbot.mouseClick(panel.closedButton, Qt.MouseButton.LeftButton)
    assert shown["heading"] == "Ditangani → Selesai"
    closed = incidents.get_incident(banten_db, incident_id)
    assert (closed.status, closed.actions) == ("selesai", handled.actions)
    assert cell(panel, 0, COL_STATUS) == "Selesai"
    assert not panel.handledButton.isEnabled() and not panel.closedButton.isEnabled()
    assert panel.revealButton.isEnabled()
    assert refusals == []

    steps = incidents.incident_steps(banten_db, incident_id)
    assert [(s.status, s.actor, s.note, s.actions) for s in steps[1:]] == [
        ("ditangani", "Iptu Rina", "Massa dibubarkan", "Dilerai, mediasi dengan tokoh masyarakat"),
        ("selesai", "Kompol Budi", "Situasi kondusif", ""),  # actions unchanged: not repeated
    ]
    assert (steps[0].status, steps[0].actor) == ("dilaporkan", "Bripka Andi")
    lines = panel.details_text().splitlines()
    steps_shown = [n for n, line in enumerate(lines) if re.search(r"\d\d\.\d\d WIB · \w+ · ", line)]
    assert [lines[n].split(" · ", 1)[1] for n in steps_shown] == [
        "Dilaporkan · Bripka Andi",
        "Ditangani · Iptu Rina",
        "Selesai · Kompol Budi",
    ]
    assert lines[steps_shown[0]].split(" · ")[0] == look.format_time(steps[0].recorded_at)
    assert lines[steps_shown[1] + 1] == "Massa dibubarkan"
    assert "Dilerai, mediasi dengan tokoh masyarakat" in lines[steps_shown[1] + 2]
    assert lines[steps_shown[2] + 1] == "Situasi kondusif"


def test_step_colours_differ_by_status(qtbot, panel, banten_db):
    first = add(banten_db, TPS1, "bentrok", "satu", 30)
    second = add(banten_db, TPS1, "bentrok", "dua", 20)
    third = add(banten_db, TPS1, "bentrok", "tiga", 10)
    incidents.advance_incident(banten_db, second, "ditangani", actor="x", note="n")
    for step in ("ditangani", "selesai"):
        incidents.advance_incident(banten_db, first, step, actor="x", note="n")
    panel.refresh()
    assert column(panel, COL_DESCRIPTION) == ["tiga", "dua", "satu"]  # newest first
    assert column(panel, COL_STATUS) == ["Dilaporkan", "Ditangani", "Selesai"]
    backgrounds = [
        QColor(panel.model.index(row, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole)).name()
        for row in range(3)
    ]
    assert len(set(backgrounds)) == 3
    assert panel.model.index(0, COL_DESCRIPTION).data(Qt.ItemDataRole.BackgroundRole) is None
    assert [i.id for i in panel.incidents()] == [third, second, first]
    assert [n for n in re.findall(r"\d+", panel.countLabel.text())] == ["3", "2"]


def test_a_step_out_of_order_is_refused_and_changes_nothing(
    qtbot, banten_db, banten_path, refusals
):
    incident_id = add(banten_db, TPS1, "intimidasi", "Ancaman kepada KPPS", 60)
    incident = incidents.get_incident(banten_db, incident_id)
    dialog = IncidentStepDialog(banten_db, incident, "selesai")  # skips "ditangani"
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.noteEdit, "Langsung ditutup")
    before = dump(banten_path)
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    assert len(refusals) == 1
    assert "“Dilaporkan”" in refusals[0] and "“Selesai”" in refusals[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dump(banten_path) == before
    assert incidents.get_incident(banten_db, incident_id).status == "dilaporkan"


def test_a_step_taken_elsewhere_meanwhile_is_refused(
    qtbot, panel, banten_db, banten_path, monkeypatch, refusals
):
    incident_id = add(banten_db, TPS1, "logistik", "Surat suara kurang 20 lembar", 45)
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert panel.handledButton.isEnabled()
    # Another officer (the command line, another window) handles it first.
    incidents.advance_incident(banten_db, incident_id, "ditangani", actor="Iptu Rina", note="x")

    def handle(dialog: IncidentStepDialog) -> None:
        qtbot.keyClicks(dialog.ui.noteEdit, "Dikirim tambahan")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive(monkeypatch, panel, handle)
    before = dump(banten_path)
    with qtbot.assertNotEmitted(panel.incidentsChanged):
        qtbot.mouseClick(panel.handledButton, Qt.MouseButton.LeftButton)
    assert len(refusals) == 1
    assert dump(banten_path) == before
    assert [s.actor for s in incidents.incident_steps(banten_db, incident_id)] == [
        "Bripka Andi",
        "Iptu Rina",
    ]
    # The panel now shows the incident as it really is.
    assert cell(panel, 0, COL_STATUS) == "Ditangani"
    assert not panel.handledButton.isEnabled() and panel.closedButton.isEnabled()


# --- filters --------------------------------------------------------------------------------


@pytest.fixture
def four(banten_db):
    """A (Lebak TPS, now), D (Pandeglang, 10 h), B (Malingping, 3 days), C (Pandeglang, 30 days)."""
    units.load_units(
        banten_db,
        [
            {
                "key": "polres-lebak",
                "name": "Polres Lebak",
                "kind": "polres",
                "parent": None,
                "areas": ["36.02"],
            }
        ],
        actor="uji",
        reason="uji",
    )
    a = add(banten_db, TPS1, "unjuk_rasa", "A", 0)
    b = add(banten_db, MALINGPING, "bencana", "B", 3 * 24 * 60)
    c = add(banten_db, PANDEGLANG, "politik_uang", "C", 30 * 24 * 60)
    d = add(banten_db, PANDEGLANG, "unjuk_rasa", "D", 10 * 60)
    incidents.advance_incident(banten_db, b, "ditangani", actor="x", note="n")
    for step in ("ditangani", "selesai"):
        incidents.advance_incident(banten_db, c, step, actor="x", note="n")
    return {"A": a, "B": b, "C": c, "D": d}


def shown(panel) -> list[str]:
    return [i.description for i in panel.incidents()]


def test_status_type_and_unit_filters(qtbot, panel, banten_db, four):
    panel.set_database(banten_db, units.units(banten_db))
    assert shown(panel) == ["A", "D", "B", "C"]
    assert [panel.areaCombo.itemText(i).strip() for i in range(2, panel.areaCombo.count())] == [
        "Polres Lebak"
    ]

    choose(panel.statusCombo, "open")
    assert shown(panel) == ["A", "D", "B"]
    assert set(column(panel, COL_STATUS)) == {"Dilaporkan", "Ditangani"}
    choose(panel.statusCombo, "selesai")
    assert shown(panel) == ["C"]
    choose(panel.statusCombo, "all")

    type_index = panel.typeCombo.findData("unjuk_rasa")
    assert panel.typeCombo.itemText(type_index) == "Unjuk rasa"
    panel.typeCombo.setCurrentIndex(type_index)
    assert shown(panel) == ["A", "D"]

    choose(panel.areaCombo, "unit:polres-lebak")
    assert shown(panel) == ["A"]
    choose(panel.typeCombo, "all")
    assert shown(panel) == ["A", "B"]
    assert set(column(panel, COL_LOCATION)) == {TPS1_PLACE, "Malingping · Kabupaten Lebak"}

    choose(panel.typeCombo, "kesehatan")
    assert shown(panel) == []
    assert panel.stack.currentWidget() is panel.emptyLabel
    assert panel.emptyLabel.text()
    assert [n for n in re.findall(r"\d+", panel.countLabel.text())] == ["0", "0"]


def test_area_follows_the_selected_node(qtbot, panel, banten_db, four):
    panel.refresh()
    selected = panel.areaCombo.findData("selected")
    assert not panel.areaCombo.model().item(selected).isEnabled()  # nothing chosen yet
    panel.set_selected_node(queries.node(banten_db, MALINGPING))
    assert panel.areaCombo.model().item(selected).isEnabled()
    assert "Malingping" in panel.areaCombo.itemText(selected)
    assert shown(panel) == ["A", "D", "B", "C"]  # not followed until chosen
    choose(panel.areaCombo, "selected")
    assert shown(panel) == ["A", "B"]
    panel.set_selected_node(queries.node(banten_db, TPS1))
    assert "TPS 001" in panel.areaCombo.currentText()
    assert shown(panel) == ["A"]
    panel.set_selected_node(queries.node(banten_db, PANDEGLANG))
    assert shown(panel) == ["D", "C"]
    panel.set_selected_node(None)
    assert panel.areaCombo.currentData() == "all"
    assert shown(panel) == ["A", "D", "B", "C"]


def test_period_filter(qtbot, panel, banten_db, four):
    panel.refresh()
    assert not panel.fromEdit.isEnabled() and not panel.toEdit.isEnabled()
    choose(panel.periodCombo, "24h")
    assert shown(panel) == ["A", "D"]
    choose(panel.periodCombo, "7d")
    assert shown(panel) == ["A", "D", "B"]
    choose(panel.periodCombo, "today")
    assert "A" in shown(panel) and not {"B", "C"} & set(shown(panel))
    choose(panel.periodCombo, "custom")
    assert panel.fromEdit.isEnabled() and panel.toEdit.isEnabled()
    # the post's calendar day (WIB), whatever the laptop's zone
    c_at = datetime.fromisoformat(minutes_ago(30 * 24 * 60)).astimezone(look.zone_tz("WIB"))
    day_of_c = QDate(c_at.year, c_at.month, c_at.day)
    panel.fromEdit.setDate(day_of_c.addDays(-1))
    panel.toEdit.setDate(day_of_c)
    assert shown(panel) == ["C"]
    panel.fromEdit.setDate(day_of_c.addDays(1))  # after "to": "to" moves along
    assert panel.toEdit.date() == day_of_c.addDays(1)
    assert shown(panel) == []
    choose(panel.periodCombo, "all")
    assert shown(panel) == ["A", "D", "B", "C"]
    assert not panel.fromEdit.isEnabled()


# --- finding the place ----------------------------------------------------------------------


def test_double_click_and_show_in_tree_reveal_the_place(qtbot, panel, banten_db, four):
    panel.refresh()
    rect = panel.table.visualRect(panel.model.index(2, COL_TYPE))  # B, at Malingping
    with qtbot.waitSignal(panel.revealRequested, timeout=1000) as blocker:
        # A double click as the window system delivers it: press, release, double click.
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [MALINGPING]

    click_row(qtbot, panel, 0)  # A, at the TPS
    with qtbot.waitSignal(panel.revealRequested, timeout=1000) as blocker:
        qtbot.mouseClick(panel.revealButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [TPS1]


# --- states and the model -------------------------------------------------------------------


def test_without_a_database_nothing_can_be_done(qtbot):
    panel = IncidentPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert panel.incidents() == []
    assert panel.stack.currentWidget() is panel.emptyLabel and panel.emptyLabel.text()
    assert panel.countLabel.text() == ""
    for button in (panel.logButton, panel.handledButton, panel.closedButton, panel.revealButton):
        assert not button.isEnabled()
    assert not panel.periodCombo.isEnabled()
    assert panel.log_incident() is None


def test_closing_the_database_clears_the_list(qtbot, panel, banten_db, four):
    panel.refresh()
    click_row(qtbot, panel, 0)
    assert panel.details_text()
    panel.set_database(None)
    assert panel.incidents() == []
    assert panel.details_text() == ""
    assert not panel.revealButton.isEnabled()


def test_labels_follow_the_interface_language(qtbot, panel, banten_db, four):
    panel.refresh()
    assert column(panel, COL_STATUS)[:2] == ["Dilaporkan", "Dilaporkan"]
    i18n.apply_language("en")
    type_index = panel.typeCombo.findData("unjuk_rasa")
    qtbot.waitUntil(lambda: panel.typeCombo.itemText(type_index) == "Demonstration")
    assert column(panel, COL_STATUS)[:3] == ["Reported", "Reported", "Handled"]
    assert column(panel, COL_TYPE)[0] == "Demonstration"
    assert panel.model.headerData(COL_STATUS, Qt.Orientation.Horizontal) == "Status"


def test_model_passes_the_model_tester(qtmodeltester, qtbot, panel, banten_db, four):
    qtmodeltester.check(panel.model)
    panel.refresh()
    qtmodeltester.check(panel.model)
    choose(panel.statusCombo, "open")  # resets under the tester's eyes
    choose(panel.statusCombo, "all")
    model = panel.model
    index = model.index(0, COL_STATUS)
    assert index.data(NodeCodeRole) == TPS1
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.UserRole + 99,
    ):
        assert index.data(role) is None, role
    assert model.index(0, COL_TIME).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None
    assert model.rowCount(model.index(0, 0)) == 0

    empty = IncidentTableModel()
    qtmodeltester.check(empty)
