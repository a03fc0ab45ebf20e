"""The risk register panel as an officer uses it: the demo's register, filters, a line added
with the keyboard alone, marked done, deleted after a question, undone; and the dialog.

Our own interface texts may not be translated yet, so expectations built from them go through
the same translation (``tr``) the panel uses; data labels (Masa tenang, Politik uang, Polri)
are read as they are.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog

from commandpost.gui.risks import RiskDialog, RiskRegisterPanel, RiskTableModel
from commandpost.gui.risks import panel as panel_module
from commandpost.gui.risks.model import (
    COL_AGENCY,
    COL_AREA,
    COL_DUE,
    COL_LEVEL,
    COL_MITIGATION,
    COL_STAGE,
    COL_STATUS,
    COL_THREAT,
    OverdueRole,
    RiskIdRole,
    StatusRole,
)
from commandpost.store import risks
from commandpost.store.database import open_database
from commandpost.store.demo import build_demo
from commandpost.store.threats import compensate_all
from tests.helpers import copy_db

D = dt.date
TODAY = D(2024, 11, 25)  # the quiet period: registration and campaign lines are due
OFFICER = "Bripka Uji"


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(scope="module")
def register_demo(tmp_path_factory):
    """The real Banten demo, with its stages and register (the GUI folder's own demo
    fixture is a small one without stages)."""
    return build_demo(tmp_path_factory.mktemp("risk-demo") / "demo.sqlite")


@pytest.fixture
def db(register_demo, tmp_path):
    database = open_database(copy_db(register_demo, tmp_path / "demo.sqlite"))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def refusals(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(panel_module, "warn", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def panel(qtbot, db, monkeypatch):
    widget = RiskRegisterPanel(lambda: db, lambda: OFFICER)
    monkeypatch.setattr(widget, "today", lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1366, 400)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drive(qtbot, monkeypatch, panel, fill):
    """Run the panel's dialog without a modal loop: show it, let ``fill`` act as the
    officer, and cancel it if it is still open."""
    seen: list[RiskDialog] = []

    def exec_dialog(dialog: QDialog) -> bool:
        seen.append(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        fill(dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "exec_dialog", exec_dialog)
    return seen


def cell(panel, row: int, column: int):
    return panel.model.index(row, column).data()


def column(panel, col: int) -> list[str]:
    return [cell(panel, row, col) for row in range(panel.model.rowCount())]


def row_of(panel, stage: str, area: str, threat: str) -> int:
    for row in range(panel.model.rowCount()):
        if (cell(panel, row, COL_STAGE), cell(panel, row, COL_THREAT)) == (stage, threat) and (
            cell(panel, row, COL_AREA).startswith(area)
        ):
            return row
    raise AssertionError(f"no row {stage} / {area} / {threat}")


def focus(qtbot):
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot, text: str) -> None:
    qtbot.keyClicks(focus(qtbot), text)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(qtbot), key, modifier)


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


# --- showing the register -------------------------------------------------------------------


def test_the_demo_register_is_shown_with_overdue_lines_marked(panel, db):
    every = risks.list_risks(db, today=TODAY)
    assert panel.model.rowCount() == len(every)
    assert panel.stack.currentWidget() is panel.table
    headers = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == [
        tr("RiskTableModel", t)
        for t in ("Stage", "Area", "Threat", "Level", "Mitigation", "Agency", "Status", "Due")
    ]
    row = row_of(panel, "Kampanye", "Kabupaten Serang", "Benturan antar pendukung")
    assert cell(panel, row, COL_LEVEL) == "Tinggi"
    assert cell(panel, row, COL_AGENCY) == "Polri"
    assert cell(panel, row, COL_STATUS) == tr("RiskTableModel", "In progress")
    overdue = tr("RiskTableModel", "%1 · overdue").replace("%1", "15 Okt 2024")
    assert cell(panel, row, COL_DUE) == overdue
    index = panel.model.index(row, COL_DUE)
    assert index.data(OverdueRole) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert index.data(Qt.ItemDataRole.FontRole).bold()
    done = row_of(
        panel, "Pendaftaran pasangan calon", "Kota Serang", "Konflik antar kelompok massa"
    )
    assert cell(panel, done, COL_DUE) == "26 Agu 2024"  # done: never overdue
    assert panel.model.index(done, COL_DUE).data(OverdueRole) is False
    late = sum(r.overdue for r in every)
    expected = tr("RiskRegisterPanel", "%2 risks, %1 overdue")
    assert panel.countLabel.text() == expected.replace("%2", str(len(every))).replace(
        "%1", str(late)
    )
    # A TPS is named with its village; the tooltip gives the whole place and code.
    flood = row_of(panel, "Pemungutan suara", "TPS", "Banjir")
    assert " · " in cell(panel, flood, COL_AREA)
    tip = panel.model.index(flood, COL_AREA).data(Qt.ItemDataRole.ToolTipRole)
    assert "Kabupaten Lebak" in tip and "36.02." in tip


def test_the_model_passes_the_model_tester(qtmodeltester, db):
    model = RiskTableModel()
    found = risks.list_risks(db, today=TODAY)
    model.set_risks(found, {})
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data(RiskIdRole) == found[0].id
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 99) is None


def test_filters_by_stage_agency_status_and_overdue(qtbot, panel, db):
    stages = {s.name: s.id for s in risks.list_stages(db)}
    panel.set_stage_filter(stages["Kampanye"])
    assert panel.stageFilter.currentData() == stages["Kampanye"]
    assert set(column(panel, COL_STAGE)) == {"Kampanye"}
    # A parent stage shows its sub-stages' lines (the timeline may click either).
    panel.set_stage_filter(stages["Penghitungan dan rekapitulasi suara"])
    assert set(column(panel, COL_STAGE)) == {"Rekapitulasi di PPK (kecamatan)"}
    panel.set_stage_filter(None)
    assert panel.model.rowCount() == len(risks.list_risks(db))

    choose(panel.agencyFilter, "bpbd")
    assert set(column(panel, COL_AGENCY)) == {"BPBD"}
    choose(panel.agencyFilter, "all")
    choose(panel.statusFilter, "done")
    assert set(column(panel, COL_STATUS)) == {tr("RiskTableModel", "Done")}
    choose(panel.statusFilter, "open")
    assert tr("RiskTableModel", "Done") not in set(column(panel, COL_STATUS))
    choose(panel.statusFilter, "all")

    qtbot.mouseClick(panel.overdueCheck, Qt.MouseButton.LeftButton)
    assert panel.overdueCheck.isChecked()
    rows = panel.risks()
    assert rows and all(r.overdue for r in rows)
    assert len(rows) == len(risks.list_risks(db, overdue_on=TODAY))
    panel.set_stage_filter(stages["Pemungutan suara"])  # nothing due there yet
    assert panel.model.rowCount() == 0
    assert panel.stack.currentWidget() is panel.emptyLabel
    assert panel.emptyLabel.text() == tr("RiskRegisterPanel", "No risks match these filters.")


def test_no_database_shows_a_message_and_offers_nothing(qtbot):
    widget = RiskRegisterPanel(lambda: None)
    qtbot.addWidget(widget)
    assert widget.stack.currentWidget() is widget.emptyLabel
    assert widget.emptyLabel.text() == tr("RiskRegisterPanel", "No database is open.")
    assert not widget.addButton.isEnabled() and not widget.stageFilter.isEnabled()
    assert widget.add_risk() is None


# --- adding with the keyboard alone ---------------------------------------------------------


def test_a_line_is_added_with_the_keyboard_alone(qtbot, panel, db, monkeypatch):
    before = {r.id for r in risks.list_risks(db)}
    seen_state = {}

    def fill(dialog: RiskDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.stageCombo, timeout=2000)
        type_keys(qtbot, "Masa")
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, "36.02.01")
        seen_state["place"] = dialog.placeLabel.text()
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, "Intim")
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, "Tinggi")
        press(qtbot, Qt.Key.Key_Tab)
        seen_state["save_before"] = dialog.buttons.buttons()[0].isEnabled()
        type_keys(qtbot, "Patroli subuh dan siaga Bhabinkamtibmas di Malingping")
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, "Baw")
        press(qtbot, Qt.Key.Key_Tab)
        type_keys(qtbot, tr("RiskTableModel", "In progress")[:2])
        press(qtbot, Qt.Key.Key_Tab)
        assert focus(qtbot) is dialog.dueCheck
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
        assert focus(qtbot) is dialog.dueEdit
        press(qtbot, Qt.Key.Key_Tab)  # a date field is one stop (widgets/date_field.py)
        assert focus(qtbot) is dialog.noteEdit
        type_keys(qtbot, "laporan warga")
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    seen = drive(qtbot, monkeypatch, panel, fill)
    panel.table.setFocus()
    with qtbot.waitSignal(panel.edited, timeout=2000) as signal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    assert seen_state["place"].startswith("Malingping")
    assert seen_state["save_before"] is False

    [new] = [r for r in risks.list_risks(db, today=TODAY) if r.id not in before]
    assert (new.stage_name, new.node_code, new.threat, new.level) == (
        "Masa tenang",
        "36.02.01",
        "intimidasi",
        3,
    )
    assert new.mitigation == "Patroli subuh dan siaga Bhabinkamtibmas di Malingping"
    assert (new.agency, new.status, new.note) == ("bawaslu", "in_progress", "laporan warga")
    assert new.due == D(2024, 11, 23)  # the day before the stage starts, as offered
    edits, text = signal.args
    assert [e.change.entity_id for e in edits] == [new.id]
    assert text == tr("RiskRegisterPanel", "Add risk: %1").replace("%1", "Intimidasi · Malingping")
    assert panel.current_risk().id == new.id  # listed and selected


def test_a_new_line_starts_in_the_filtered_stage_with_its_threat(qtbot, panel, db, monkeypatch):
    stages = {s.name: s.id for s in risks.list_stages(db)}
    panel.set_stage_filter(stages["Pemungutan suara"])
    seen = drive(qtbot, monkeypatch, panel, lambda dialog: None)
    assert panel.add_risk() is None  # cancelled
    dialog = seen[0]
    assert dialog.stageCombo.currentData() == stages["Pemungutan suara"]
    assert dialog.threatCombo.currentData() == "keamanan"  # the stage's first threat
    assert dialog.statusCombo.currentData() == "planned"


def test_the_dialog_refuses_an_unknown_area_and_stays_open(qtbot, panel, db, monkeypatch):
    before = len(risks.list_risks(db))

    def fill(dialog: RiskDialog) -> None:
        qtbot.keyClicks(dialog.areaEdit, "36.99")
        qtbot.keyClicks(dialog.mitigationEdit, "Patroli")
        qtbot.keyClick(
            dialog.mitigationEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )
        assert dialog.isVisible()
        assert dialog.errorLabel.isVisible()
        assert "36.99" in dialog.errorLabel.text()

    drive(qtbot, monkeypatch, panel, fill)
    assert panel.add_risk() is None
    assert len(risks.list_risks(db)) == before


def test_an_area_can_be_chosen_by_name(qtbot, db):
    dialog = RiskDialog(db, actor=OFFICER)
    qtbot.addWidget(dialog)
    dialog.areaEdit.setText("Kasemen")  # the kecamatan, not the kelurahan of that name
    assert dialog.area_code() == ("36.73.02", True)
    assert dialog.placeLabel.text() == "Kasemen · Kota Serang"
    dialog.areaEdit.setText("Kota Serang (36.73)")
    assert dialog.area_code() == ("36.73", True)
    dialog.areaEdit.setText("")
    assert dialog.area_code() == (None, True)
    assert dialog.placeLabel.text() == tr("RiskDialog", "Whole operation area")
    dialog.areaEdit.setText("Atlantis")
    assert dialog.area_code() == (None, False)


# --- changing, done, delete, undo -----------------------------------------------------------


def test_enter_opens_the_selected_line_and_ctrl_enter_saves_the_change(
    qtbot, panel, db, monkeypatch
):
    row = row_of(panel, "Masa tenang", "Kabupaten Lebak", "Politik uang")
    risk_id = panel.model.index(row, 0).data(RiskIdRole)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, COL_MITIGATION))

    def fill(dialog: RiskDialog) -> None:
        assert dialog.risk.id == risk_id
        assert dialog.mitigationEdit.toPlainText().startswith("Patroli dini hari")
        assert dialog.agencyCombo.currentData() == "polri"
        qtbot.keyClick(dialog.mitigationEdit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.mitigationEdit, " Tambah 2 regu Samapta.")
        qtbot.keyClick(
            dialog.mitigationEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    drive(qtbot, monkeypatch, panel, fill)
    with qtbot.waitSignal(panel.edited, timeout=2000) as signal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    [edit] = signal.args[0]
    assert set(edit.change.values) == {"mitigation"}
    assert risks.get_risk(db, risk_id).mitigation.endswith("Tambah 2 regu Samapta.")
    assert panel.current_risk().id == risk_id


def test_mark_done_then_undo(qtbot, panel, db):
    row = row_of(panel, "Kampanye", "Kabupaten Serang", "Benturan antar pendukung")
    risk_id = panel.model.index(row, 0).data(RiskIdRole)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    assert panel.doneButton.isEnabled()
    with qtbot.waitSignal(panel.edited, timeout=1000) as signal:
        qtbot.mouseClick(panel.doneButton, Qt.MouseButton.LeftButton)
    edits, text = signal.args
    assert text == tr("RiskRegisterPanel", "Mark risk done: %1").replace(
        "%1", "Benturan antar pendukung · Kabupaten Serang"
    )
    row = panel.model.row_of(risk_id)
    assert panel.model.index(row, 0).data(StatusRole) == "done"
    assert panel.model.index(row, COL_DUE).data(OverdueRole) is False
    assert cell(panel, row, COL_DUE) == "15 Okt 2024"
    assert not panel.doneButton.isEnabled()

    compensate_all(db, edits, actor=OFFICER, reason="batal")
    panel.reload()
    row = panel.model.row_of(risk_id)
    assert panel.model.index(row, 0).data(StatusRole) == "in_progress"
    assert panel.model.index(row, COL_DUE).data(OverdueRole) is True
    assert panel.current_risk().id == risk_id


def test_ctrl_d_marks_done(qtbot, panel, db):
    row = row_of(panel, "Kampanye", "Kota Cilegon", "Politisasi SARA dan ujaran kebencian")
    risk_id = panel.model.index(row, 0).data(RiskIdRole)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    with qtbot.waitSignal(panel.edited, timeout=1000):
        qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert risks.get_risk(db, risk_id).status == "done"


def test_delete_asks_first_and_undo_brings_the_line_back(qtbot, panel, db, monkeypatch):
    row = row_of(panel, "Pemungutan suara", "TPS", "Tanah longsor")
    risk_id = panel.model.index(row, 0).data(RiskIdRole)
    count = panel.model.rowCount()
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    questions: list[str] = []
    answer = {"yes": False}

    def confirm(_title: str, text: str) -> bool:
        questions.append(text)
        return answer["yes"]

    monkeypatch.setattr(panel, "confirm", confirm)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and "Tanah longsor" in questions[0]
    assert risks.get_risk(db, risk_id) is not None  # "no": nothing changed

    answer["yes"] = True
    with qtbot.waitSignal(panel.edited, timeout=1000) as signal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert risks.get_risk(db, risk_id) is None
    assert panel.model.rowCount() == count - 1 and panel.model.row_of(risk_id) < 0

    compensate_all(db, signal.args[0], actor=OFFICER, reason="batal hapus")
    panel.reload()
    assert panel.model.rowCount() == count and panel.model.row_of(risk_id) >= 0


def test_a_line_deleted_elsewhere_is_reported_not_crashed(qtbot, panel, db, refusals):
    row = row_of(panel, "Kampanye", "Kota Cilegon", "Politisasi SARA dan ujaran kebencian")
    risk_id = panel.model.index(row, 0).data(RiskIdRole)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    risks.delete_risk(db, risk_id, actor="Ipda Lain")  # another officer, meanwhile
    assert panel.mark_selected_done() is None
    assert len(refusals) == 1 and "no risk" in refusals[0]
    assert panel.model.row_of(risk_id) < 0  # the list shows the register as it is now


# --- the dialog's size ----------------------------------------------------------------------


def test_the_dialog_fits_a_1366_by_768_screen(qtbot, panel, db):
    row = row_of(panel, "Kampanye", "Kabupaten Serang", "Benturan antar pendukung")
    dialog = RiskDialog(db, actor=OFFICER, risk=panel.model.risk(row), parent=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for size in (dialog.sizeHint(), dialog.size()):
        assert size.width() <= 1366 and size.height() <= 700, size
    assert dialog.width() >= dialog.minimumSizeHint().width()
    assert dialog.windowTitle() == tr("RiskDialog", "Change risk")


def test_the_register_filters_by_a_units_jurisdiction(panel):
    """Polres Lebak sees the lines in Lebak only (its jurisdiction, not the whole Polda)."""
    everything = panel.risks()
    lebak = panel.unitFilter.findText("Polres Lebak", Qt.MatchFlag.MatchContains)
    assert lebak > 0
    panel.unitFilter.setCurrentIndex(lebak)
    shown = panel.risks()
    assert shown and len(shown) < len(everything)
    assert all(r.node_code and r.node_code.startswith("36.02") for r in shown)
    panel.unitFilter.setCurrentIndex(0)
    assert len(panel.risks()) == len(everything)
