"""The officer on duty in the window: first start, Pengaturan, handover, the status bar, and
the actor every change carries (never the computer's login name)."""

from __future__ import annotations

import getpass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.settings_dialog import SettingsDialog
from commandpost.gui.dialogs.status_dialog import StatusDialog
from commandpost.gui.duty.dialogs import HandoverDialog, IdentityDialog
from commandpost.store import changelog, duty
from commandpost.store.database import open_database
from tests.gui.util import check_handled, make_window, on_next_dialog
from tests.helpers import ON_DUTY, add_tps, load_province

TPS1 = "36.02.01.2002.001"
BUDI = "AIPTU Budi Santoso · NRP 78050123"
RINA = "BRIPKA Rina Wati · NRP 85010002"


@pytest.fixture(autouse=True)
def no_login_name(monkeypatch):
    """Who is working never comes from the computer's login."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("the login name was asked for")

    monkeypatch.setattr(getpass, "getuser", refuse)


@pytest.fixture
def nobody_path(tmp_path):
    """A new post's database: Banten, three TPS, nobody on duty yet."""
    path = tmp_path / "baru.sqlite"
    db = open_database(path, "Posko", create=True)
    load_province(db)
    add_tps(db, [("36.02.01.2002", n, f"Jl. Uji {n}", 250 + n) for n in (1, 2, 3)])
    db.close()
    return path


def duty_label(window) -> str:
    return window.findChild(QLabel, "dutyLabel").text()


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def cancel_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)


def test_first_start_asks_who_is_on_duty_and_records_it(qtbot, nobody_path):
    cfg.set_last_officer(rank="AIPTU", name="Budi Santoso", nrp="7805012", post="", zone="")
    window = make_window(qtbot, nobody_path)
    assert duty_label(window) == "Petugas: belum ada"
    seen_errors: list[str] = []

    def answer(dialog):
        assert isinstance(dialog, IdentityDialog) and dialog.first_start
        assert dialog.windowTitle() == "Petugas jaga"
        # Filled with what this computer used last; the NRP lost a digit there.
        assert dialog.fields.rank.currentText() == "AIPTU"
        assert dialog.fields.name.text() == "Budi Santoso"
        assert ok_button(dialog).text() == "Mulai bertugas"
        assert cancel_button(dialog).text() == "Tutup CommandPost"
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not end the program
        assert dialog.isVisible()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        seen_errors.append(dialog.error.text())
        dialog.fields.nrp.clear()
        qtbot.keyClicks(dialog.fields.nrp, "78050123")
        dialog.fields.name.clear()
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        seen_errors.append(dialog.error.text())
        qtbot.keyClicks(dialog.fields.name, "Budi  Santoso ")
        dialog.post.setText("Posko Pam Pilkada Polres Lebak")
        assert dialog.zone.currentText() == "WIB"  # Banten's
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, answer)
    assert window.duty.ask_when_nobody()
    check_handled(seen)
    assert seen_errors == [
        "NRP terdiri dari 8 angka (NIP PNS Polri 18 angka).",
        "Isi nama petugas.",
    ]
    now = duty.current(window.db)
    assert (now.officer.label, now.post, now.zone) == (
        BUDI,
        "Posko Pam Pilkada Polres Lebak",
        "WIB",
    )
    assert not now.zone_set  # still the province's
    assert duty_label(window) == "Petugas: AIPTU Budi Santoso"
    assert cfg.operator_name() == BUDI
    assert cfg.last_officer()["nrp"] == "78050123"
    [change] = [c for c in changelog.load_changes(window.db) if c.entity == "station"]
    assert change.actor == BUDI
    assert "Posko Pam Pilkada Polres Lebak" in window.station_label.text()
    assert window.duty.ask_when_nobody()  # asked once: somebody is on duty now


def test_the_first_start_can_close_the_program_and_records_nothing(qtbot, nobody_path):
    window = make_window(qtbot, nobody_path)

    def answer(dialog):
        assert dialog.fields.name.text() == "" and dialog.fields.rank.currentText() == ""
        qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, answer)
    assert not window.duty.ask_when_nobody()
    check_handled(seen)
    assert not window.isVisible()
    assert duty.officer_on_duty(window.db) is None
    with pytest.raises(duty.NoOfficerOnDuty):
        cfg.operator_name()


def test_a_window_opened_on_a_post_with_an_officer_does_not_ask(qtbot, window):
    assert window.duty.ask_when_nobody()  # no dialog: it would hang here
    assert duty_label(window) == "Petugas: BRIPKA Uji Coba"
    assert "NRP 85010001" in window.findChild(QLabel, "dutyLabel").toolTip()


def test_settings_correct_the_officer_post_and_time_zone(qtbot, window):
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    assert "BRIPKA Uji Coba · NRP 85010001" in dialog.ui.officerValue.text()
    assert dialog.ui.officerButton.text() == "&Ubah…"

    def answer(identity):
        assert isinstance(identity, IdentityDialog) and not identity.first_start
        assert identity.fields.nrp.text() == "85010001"
        identity.fields.name.setText("Uji Coba Saputra")
        identity.post.setText("Posko Pam Pilkada Polres Pandeglang")
        identity.zone.setCurrentIndex(identity.zone.findData("WITA"))
        qtbot.mouseClick(ok_button(identity), Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, answer)
    qtbot.mouseClick(dialog.ui.officerButton, Qt.MouseButton.LeftButton)
    check_handled(seen)
    assert "BRIPKA Uji Coba Saputra · NRP 85010001" in dialog.ui.officerValue.text()
    assert "(WITA)" in dialog.ui.officerValue.text()
    now = duty.current(window.db)
    assert (now.post, now.zone, now.zone_set) == (
        "Posko Pam Pilkada Polres Pandeglang",
        "WITA",
        True,
    )
    assert duty_label(window) == "Petugas: BRIPKA Uji Coba Saputra"
    assert cfg.operator_name() == "BRIPKA Uji Coba Saputra · NRP 85010001"
    dialog.reject()


def do_handover(qtbot, window, rank="Bripka", name="Rina Wati", nrp="85010002", note=""):
    def answer(dialog):
        assert isinstance(dialog, HandoverDialog)
        assert ON_DUTY in dialog.findChild(QLabel, "outgoingLabel").text()
        dialog.fields.rank.setCurrentText(rank)
        qtbot.keyClicks(dialog.fields.name, name)
        qtbot.keyClicks(dialog.fields.nrp, nrp)
        if note:
            qtbot.keyClicks(dialog.note, note)
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, answer)
    qtbot.keyClick(
        window,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    return check_handled(seen)


def test_handover_is_one_recorded_change_and_the_status_bar_names_the_incoming(qtbot, window):
    before = changelog.load_changes(window.db)
    assert window.duty.handover_action.text() == "&Serah terima tugas…"
    assert window.duty.handover_action in window.ui.menuFile.actions()
    do_handover(qtbot, window, note="Situasi aman, 2 laporan terbuka")
    [change] = changelog.load_changes(window.db)[len(before) :]
    assert (change.entity, change.actor) == ("station", ON_DUTY)
    assert change.values["duty_from"] == ON_DUTY
    assert change.values["duty_note"] == "Situasi aman, 2 laporan terbuka"
    assert duty_label(window) == "Petugas: BRIPKA Rina Wati"
    assert window.statusBar().currentMessage() == "Serah terima: BRIPKA Rina Wati bertugas"
    assert cfg.operator_name() == RINA
    [last, *_] = duty.duty_log(window.db)
    assert (last.kind, last.outgoing, last.officer) == ("handover", ON_DUTY, RINA)

    # The next handover shows the first in its list of officers.
    def look(dialog):
        rows = [dialog.log.item(r, 1).text() for r in range(dialog.log.rowCount())]
        assert rows[0].startswith("Serah terima: " + ON_DUTY + " → " + RINA)
        assert rows[0].endswith("(Situasi aman, 2 laporan terbuka)")
        assert dialog.log.item(0, 1).toolTip().endswith("dicatat oleh " + ON_DUTY)
        dialog.reject()

    seen = on_next_dialog(qtbot, look)
    window.duty.handover_action.trigger()
    check_handled(seen)


def test_handover_refuses_an_incomplete_or_the_same_officer(qtbot, window):
    errors = []

    def answer(dialog):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        dialog.fields.rank.setCurrentText("Brigadir Kepala Polisi Pamong")
        qtbot.keyClicks(dialog.fields.name, "Uji")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        dialog.fields.rank.setCurrentText("bripka")
        qtbot.keyClicks(dialog.fields.nrp, "85010001")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        errors.append(dialog.error.text())
        assert dialog.isVisible()
        dialog.reject()

    count = len(changelog.load_changes(window.db))
    seen = on_next_dialog(qtbot, answer)
    window.duty.hand_over()
    check_handled(seen)
    assert errors == [
        "Isi nama petugas.",
        "Brigadir Kepala Polisi Pamong bukan pangkat Polri: pilih dari daftar.",
        "BRIPKA Uji sudah bertugas.",
    ]
    assert len(changelog.load_changes(window.db)) == count
    assert duty_label(window) == "Petugas: BRIPKA Uji Coba"


def test_a_status_update_after_the_handover_names_the_new_officer(qtbot, window):
    do_handover(qtbot, window)
    assert window.select_code(TPS1)

    def answer(dialog):
        assert isinstance(dialog, StatusDialog)
        dialog.ui.classCombo.setCurrentIndex(dialog.ui.classCombo.findData("rawan"))
        qtbot.keyClicks(dialog.ui.reasonEdit, "Laporan Bhabinkamtibmas")
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, answer)
    window.ui.actionUpdateStatus.trigger()
    check_handled(seen)
    window.ui.detailsTabs.setCurrentWidget(window.ui.historyPanel)
    [entry, *_] = window.ui.historyPanel.entries()
    assert entry.actor == RINA
    shown = window.ui.historyPanel.model.index(0, 0).data()
    assert shown.endswith(RINA)


def test_a_handover_made_on_the_command_line_shows_when_the_window_is_used(qtbot, window):
    from commandpost.cli import main

    path = str(window.db.path)
    assert (
        main(
            [
                "duty",
                "handover",
                "--db",
                path,
                "--rank",
                "AKP",
                "--name",
                "Dewi",
                "--nrp",
                "80010203",
            ]
        )
        == 0
    )
    assert cfg.operator_name() == "AKP Dewi · NRP 80010203"  # read afresh for every change
    window.duty.refresh()
    assert duty_label(window) == "Petugas: AKP Dewi"


def test_the_program_asks_who_is_on_duty_when_it_starts(qtbot, nobody_path, monkeypatch):
    """The start path (commandpost with no command): after the window's first paint the
    identity dialog comes before anything else; what it records is in the file."""
    from PySide6.QtWidgets import QApplication

    from commandpost.gui import app as app_module

    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)

    def answer(dialog):
        assert isinstance(dialog, IdentityDialog) and dialog.first_start
        dialog.fields.fill("Bripka", "Rina Wati", "85010002")
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, answer)

    def run_until_answered(_app) -> int:
        qtbot.waitUntil(lambda: bool(seen) and not seen[0].isVisible(), timeout=5000)
        for window in QApplication.topLevelWidgets():
            if window.objectName() == "MainWindow":
                window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_answered)
    assert app_module.run_gui(nobody_path) == 0
    check_handled(seen)
    db = open_database(nobody_path)
    try:
        assert duty.actor(db) == RINA
    finally:
        db.close()
