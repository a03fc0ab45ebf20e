"""Correcting and voiding an incident from the incident list, the field reporter on screen,
the type the officer must choose, and Edit › Undo of a correction or a void."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from commandpost.gui import settings as cfg
from commandpost.gui.dialogs import incident_dialog
from commandpost.gui.dialogs.incident_correction import CORRECT, VOID, IncidentCorrectionDialog
from commandpost.gui.dialogs.incident_dialog import IncidentDialog
from commandpost.gui.widgets.incidents import (
    COL_DESCRIPTION,
    COL_RECORDED_BY,
    COL_REPORTER,
    COL_STATUS,
    IncidentPanel,
    VoidedRole,
)
from commandpost.store import incidents, queries, units
from tests.gui.util import make_window
from tests.helpers import dump

TPS1 = "36.02.01.2002.001"
VILLAGE = "36.02.01.2002"


@pytest.fixture(autouse=True)
def officer():
    """An officer on duty: every change names who made it (a test may name another)."""
    cfg.set_operator_name("Bripka Uji")


@pytest.fixture(autouse=True)
def refusals(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(incident_dialog, "warn", lambda _parent, _title, text: shown.append(text))
    return shown


def add(db, description="Bentrok kecil antar pendukung", **kw) -> str:
    values = {
        "node_code": TPS1,
        "type": "bentrok",
        "description": description,
        "actor": "Aipda Rudi",
        "occurred_at": "2024-11-27T09:15+07:00",
    } | kw
    return incidents.add_incident(db, **values)


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
    def exec_dialog(dialog: QDialog) -> bool:
        dialog.show()
        fill(dialog)
        if dialog.isVisible():
            dialog.reject()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "exec_dialog", exec_dialog)


def cell(panel, row, column):
    return panel.model.index(row, column).data()


def test_the_dialog_has_no_type_chosen_and_refuses_to_save_without_one(
    qtbot, banten_db, banten_path, refusals
):
    cfg.set_operator_name("Aipda Rudi")
    dialog = IncidentDialog(banten_db, queries.node(banten_db, TPS1))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.typeCombo
    assert combo.currentIndex() == -1 and combo.currentText() == ""
    assert combo.placeholderText() == "Pilih jenis…"
    labels = [combo.itemText(i) for i in range(combo.count())]
    for kind in (
        "Hoaks / ujaran kebencian",
        "Kecelakaan",
        "Kebakaran",
        "Teror / ancaman bom",
        "Petugas KPPS meninggal",
    ):
        assert kind in labels
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Kotak suara terbakar")
    assert not dialog.save_button().isEnabled()
    assert dialog.ui.hintLabel.isVisible()
    assert dialog.ui.hintLabel.text() == "Pilih jenis kejadian untuk menyimpannya."
    before = dump(banten_path)
    qtbot.keyClick(
        dialog.ui.descriptionEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    dialog.accept()  # however it is asked to save: refused, nothing written
    assert dialog.isVisible() and dialog.incident_id is None
    assert dump(banten_path) == before
    combo.setCurrentIndex(combo.findData("kebakaran"))
    assert dialog.save_button().isEnabled() and not dialog.ui.hintLabel.isVisible()
    qtbot.mouseClick(dialog.save_button(), Qt.MouseButton.LeftButton)
    assert refusals == []
    assert incidents.get_incident(banten_db, dialog.incident_id).type == "kebakaran"


def test_reporter_and_who_logged_it_are_shown(qtbot, panel, banten_db):
    with_reporter = add(
        banten_db,
        reporter_name="Bripka Andi",
        reporter_unit="Polsek Cikeusal",
        reporter_contact="0812 3456 7890",
    )
    add(banten_db, description="Tanpa pelapor", occurred_at="2024-11-27T08:00+07:00")
    panel.refresh()
    assert cell(panel, 0, COL_REPORTER) == "Bripka Andi (Polsek Cikeusal, 0812 3456 7890)"
    assert cell(panel, 0, COL_RECORDED_BY) == "Aipda Rudi"
    assert cell(panel, 1, COL_REPORTER) == ""  # nothing odd for an incident without one
    assert panel.select_incident(with_reporter)
    assert (
        "Pelapor: Bripka Andi (Polsek Cikeusal, 0812 3456 7890) · dicatat oleh Aipda Rudi"
        in panel.details_text()
    )
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    assert "Dicatat oleh Aipda Rudi" in panel.details_text()
    assert "Pelapor" not in panel.details_text()


def test_correcting_from_the_list_needs_a_reason_and_shows_in_the_steps(
    qtbot, panel, banten_db, monkeypatch, refusals
):
    cfg.set_operator_name("Ipda Budi")
    incident_id = add(banten_db)
    panel.refresh()
    panel.select_incident(incident_id)
    assert panel.correctButton.isEnabled() and panel.voidButton.isEnabled()
    seen = {}

    def fill(dialog: IncidentCorrectionDialog) -> None:
        assert dialog.mode == CORRECT
        seen["title"] = dialog.windowTitle()
        assert dialog.ui.typeCombo.currentData() == "bentrok"  # as logged
        assert not dialog.ok_button().isEnabled()  # nothing changed yet
        # No place chosen in a tree: no "move it there" box, and no empty one either.
        assert not dialog.ui.moveCheck.isVisible()
        dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData("unjuk_rasa"))
        qtbot.keyClicks(dialog.ui.reporterNameEdit, "Bripka Andi")
        seen["hint"] = dialog.ui.hintLabel.text()
        assert not dialog.ok_button().isEnabled()  # the reason is still missing
        qtbot.keyClicks(dialog.ui.reasonEdit, "pelapor meralat lewat telepon")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive(monkeypatch, panel, fill)
    with qtbot.waitSignal(panel.editsRecorded, timeout=1000) as recorded:
        qtbot.mouseClick(panel.correctButton, Qt.MouseButton.LeftButton)
    edits, text = recorded.args
    assert text == "koreksi kejadian Bentrokan antar pendukung"
    assert {w.field for w in edits[0].writes} == {"type", "reporter_name"}
    assert seen == {
        "title": "Koreksi kejadian",
        "hint": "Tuliskan alasan koreksi untuk melanjutkan.",
    }
    assert refusals == []
    info = incidents.get_incident(banten_db, incident_id)
    assert (info.type, info.reporter_name) == ("unjuk_rasa", "Bripka Andi")
    assert panel.current_incident().id == incident_id
    details = panel.details_text()
    assert (
        "Dikoreksi oleh Ipda Budi: jenis Bentrokan antar pendukung → Unjuk rasa, "
        "pelapor – → Bripka Andi; alasan: pelapor meralat lewat telepon"
    ) in details
    assert "Dilaporkan · Aipda Rudi" in details  # the first step stays as it was


def test_voiding_from_the_list_greys_it_out_and_it_is_not_counted(
    qtbot, panel, banten_db, monkeypatch
):
    cfg.set_operator_name("Ipda Budi")
    kept = add(banten_db, description="Bentrok sungguhan")
    wrong = add(banten_db, description="Tercatat dua kali", occurred_at="2024-11-27T10:00+07:00")
    panel.refresh()
    assert panel.countLabel.text() == "2 kejadian, 2 terbuka"
    panel.select_incident(wrong)

    def fill(dialog: IncidentCorrectionDialog) -> None:
        assert dialog.mode == VOID
        assert dialog.windowTitle() == "Batalkan kejadian"
        assert not dialog.ui.typeCombo.isVisible()  # only the reason is asked
        assert not dialog.ok_button().isEnabled()
        qtbot.keyClicks(dialog.ui.reasonEdit, "tercatat dua kali")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive(monkeypatch, panel, fill)
    with qtbot.waitSignal(panel.incidentsChanged, timeout=1000):
        qtbot.mouseClick(panel.voidButton, Qt.MouseButton.LeftButton)
    assert incidents.get_incident(banten_db, wrong).voided
    # Hidden by default, and the count says so.
    assert [i.id for i in panel.incidents()] == [kept]
    assert panel.countLabel.text() == "1 kejadian, 1 terbuka · +1 dibatalkan"
    assert panel.countLabel.toolTip() == (
        "1 kejadian dibatalkan tidak ditampilkan (Tampilkan yang dibatalkan); tidak pernah dihitung"
    )
    assert not panel.showVoidedCheck.isChecked()

    panel.showVoidedCheck.setChecked(True)
    assert [i.id for i in panel.incidents()] == [wrong, kept]
    assert panel.countLabel.text() == "1 kejadian, 1 terbuka · 1 dibatalkan"
    row = panel.model.index(0, COL_DESCRIPTION)
    assert row.data(VoidedRole) is True
    assert row.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(panel, 0, COL_STATUS) == "Dibatalkan"
    assert panel.model.index(1, COL_DESCRIPTION).data(Qt.ItemDataRole.FontRole) is None
    panel.select_incident(wrong)
    details = panel.details_text()
    assert "Dibatalkan: tercatat dua kali. Tidak dihitung dalam angka mana pun." in details
    assert "Dibatalkan oleh Ipda Budi; alasan: tercatat dua kali" in details
    for button in (panel.correctButton, panel.voidButton, panel.handledButton):
        assert not button.isEnabled()


def test_a_void_is_undone_from_the_edit_menu(qtbot, banten_path, monkeypatch):
    cfg.set_operator_name("Ipda Budi")
    window = make_window(qtbot, banten_path)
    db = window.db
    wrong = add(db, description="Tercatat dua kali")
    panel = window.ui.incidentPanel
    panel.refresh()
    window._update_incident_count()
    assert window.incident_button.text() == "Kejadian terbuka: 1"
    panel.select_incident(wrong)

    def fill(dialog: IncidentCorrectionDialog) -> None:
        qtbot.keyClicks(dialog.ui.reasonEdit, "tercatat dua kali")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    drive(monkeypatch, panel, fill)
    qtbot.mouseClick(panel.voidButton, Qt.MouseButton.LeftButton)
    assert window.incident_button.text() == "Kejadian terbuka: 0"
    assert panel.incidents() == []
    assert window.ui.actionUndo.isEnabled()
    assert "pembatalan kejadian Bentrokan antar pendukung" in window.ui.actionUndo.text()

    window.ui.actionUndo.trigger()
    assert not incidents.get_incident(db, wrong).voided
    assert [i.id for i in panel.incidents()] == [wrong]
    assert window.incident_button.text() == "Kejadian terbuka: 1"
    panel.select_incident(wrong)
    assert "Pembatalan diurungkan oleh" in panel.details_text()


def test_the_place_history_names_the_correction_and_the_void(qtbot, banten_db):
    from commandpost.gui.widgets.history import describe
    from commandpost.store.threats import history

    incident_id = add(banten_db)
    incidents.correct_incident(
        banten_db, incident_id, actor="Ipda Budi", reason="ralat", type="unjuk_rasa"
    )
    incidents.void_incident(banten_db, incident_id, actor="Ipda Budi", reason="hoaks")
    said = [(describe(e), e.reason) for e in history(banten_db, TPS1)]
    assert said == [
        ("Kejadian dibatalkan", "hoaks"),
        ("Kejadian dikoreksi: jenis", "ralat"),
        ("Kejadian dicatat: Bentrokan antar pendukung", "kejadian dilaporkan"),
    ]
