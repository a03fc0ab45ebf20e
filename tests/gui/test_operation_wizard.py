"""Starting a real operation without a terminal: the new-operation wizard (Berkas › Operasi
baru…), the File menu, the empty-database invitation, and no command line on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from commandpost.gui import file_chooser
from commandpost.gui.dialogs.tps_import_dialog import TpsImportDialog
from commandpost.gui.operation.wizard import OperationWizard
from commandpost.paths import RESOURCES
from commandpost.store import duty, queries, stages, units
from commandpost.store.changelog import load_changes
from commandpost.store.database import open_database
from tests.gui.util import check_handled, make_window, on_next_dialog
from tests.helpers import file_digest

POST = "Posko Pam Pilkada Polres Lebak"
OFFICER = "AIPTU Budi Santoso · NRP 78050123"


@pytest.fixture(autouse=True)
def own_data_dir(monkeypatch, tmp_path):
    """New files are offered in the data directory: each test its own."""
    monkeypatch.setenv("COMMANDPOST_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes that would have been shown; ``answers`` names the button (by its text
    without "&") to click in the next ones."""
    shown: list[dict] = []
    answers: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        shown.append(
            {
                "name": box.objectName(),
                "title": box.windowTitle(),
                "text": box.text(),
                "info": box.informativeText(),
                "buttons": buttons,
            }
        )
        if answers:
            wanted = answers.pop(0)
            for button in box.buttons():
                if button.text().replace("&", "") == wanted:
                    button.click()
                    box.done(0)
                    return 0
            raise AssertionError(f"no button {wanted!r} in {buttons}")
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown, answers


@pytest.fixture
def empty_window(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path / "kosong.sqlite", create=True)
    yield window
    window.close()
    window.close_database()


def on_dialog_of(kind: type, handle) -> list:
    """Like util.on_next_dialog, but waits for a modal dialog of class ``kind`` (other
    modal windows, such as the wizard before it, are left alone)."""
    seen: list = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog)
        try:
            handle(dialog)
        except BaseException as exc:
            seen.append(exc)
            dialog.reject()

    QTimer.singleShot(0, answer)
    return seen


def click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose_kind(qtbot, wizard: OperationWizard, kind: str) -> None:
    """Click the kind's radio button on its round indicator."""
    button = wizard.kind_page.buttons[kind]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()


def next_page(qtbot, wizard: QWizard) -> None:
    before = wizard.currentId()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == before + 1


def fill_to_file_page(qtbot, wizard: OperationWizard, path: Path, *, lebak_only: bool) -> None:
    """Kind Pilkada, its template's day, Banten, the post, the units, and ``path``."""
    assert wizard.currentId() == OperationWizard.KIND
    assert wizard.kind_page.buttons["pilkada"].isChecked()
    name = wizard.kind_page.name_edit
    name.clear()
    qtbot.keyClicks(name, "Operasi Mantap Praja Maung 2024")
    next_page(qtbot, wizard)
    assert wizard.day_page.day_edit.text() == "27 Nov 2024"
    assert wizard.day_page.template_combo.currentData() == "pilkada_2024"
    next_page(qtbot, wizard)
    area = wizard.area_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "no area chosen yet"
    qtbot.keyClicks(area.search, "bant")
    assert area.list.currentItem().text() == "Banten (36)", "the only hit is chosen"
    next_page(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "the post is needed"
    post = wizard.post_page
    qtbot.keyClicks(post.post_edit, POST)
    fields = post.officer_fields
    qtbot.keyClicks(fields.rank.lineEdit(), "Aiptu")
    qtbot.keyClicks(fields.name, "Budi  Santoso")
    qtbot.keyClicks(fields.nrp, "7805012")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == OperationWizard.POST, "a 7-digit NRP is refused"
    assert post.error.text() == "NRP terdiri dari 8 angka (NIP PNS Polri 18 angka)."
    qtbot.keyClicks(fields.nrp, "3")
    next_page(qtbot, wizard)
    page = wizard.units_page
    assert page.list.count() == 8
    assert page.count_label.text() == "Dipilih: 8 Polres, 155 Polsek, 2 Polda"
    if lebak_only:
        qtbot.mouseClick(page.none_button, Qt.MouseButton.LeftButton)
        assert page.count_label.text() == (
            "Tanpa satuan: tambahkan nanti di Sunting › Satuan dan wilayah hukum."
        )
        qtbot.keyClicks(page.search, "lebak")
        [lebak] = [
            page.list.item(r) for r in range(page.list.count()) if not page.list.item(r).isHidden()
        ]
        page.list.setCurrentItem(lebak)
        qtbot.keyClick(page.list, Qt.Key.Key_Space)
        assert page.count_label.text() == "Dipilih: 1 Polres, 28 Polsek, 1 Polda"
    next_page(qtbot, wizard)
    edit = wizard.file_page.path_edit
    assert edit.text().endswith("operasi-mantap-praja-maung-2024.sqlite")
    edit.clear()
    qtbot.keyClicks(edit, str(path))


def test_a_pilkada_for_banten_is_made_opened_and_the_tps_import_offered(
    qtbot, empty_window, tmp_path, boxes
):
    shown, answers = boxes
    window = empty_window
    target = tmp_path / "lebak.sqlite"
    summary: dict = {}

    def drive(wizard):
        assert isinstance(wizard, OperationWizard)
        assert wizard.windowTitle() == "Operasi baru"
        fill_to_file_page(qtbot, wizard, tmp_path / "lebak", lebak_only=True)
        summary["text"] = wizard.file_page.summary.text()
        assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Buat"
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    seen = on_next_dialog(qtbot, drive)
    seen_tps = on_dialog_of(TpsImportDialog, lambda dlg: dlg.reject())
    answers.append("Impor daftar TPS…")
    made = window.new_operation.new_operation()
    check_handled(seen)
    assert made is True
    qtbot.waitUntil(lambda: bool(seen_tps))
    assert isinstance(check_handled(seen_tps), TpsImportDialog), "the TPS import was offered"

    for words in (
        "Operasi Mantap Praja Maung 2024",
        "27 Nov 2024",
        "Pilkada Serentak 2024",
        "Banten",
        POST,
        OFFICER,
        "1 Polres (Polres Lebak), 28 Polsek",
    ):
        assert words in summary["text"]
    assert [box["name"] for box in shown] == ["offerTpsImportBox"]
    assert shown[0]["buttons"] == ["Impor daftar TPS…", "Tidak"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]

    # The window shows the new file.
    assert window.db.path == target
    assert window.windowTitle() == (
        f"CommandPost — Operasi Mantap Praja Maung 2024 — {POST} — lebak.sqlite"
    )
    assert window.model.rowCount() == 1 and window.model.index(0, 0).data() == "Banten"
    assert window.ui.detailsPane.title.text() == "Belum ada wilayah yang dipilih"

    # The file holds the operation, its day, the template's stages, Banten and the units.
    db = open_database(target)
    try:
        station, operation = queries.header(db)
        assert station == POST
        assert duty.officer_on_duty(db).label == OFFICER
        assert {c.actor for c in load_changes(db)} == {OFFICER}, "the set-up names the officer"
        assert (operation.name, operation.kind) == ("Operasi Mantap Praja Maung 2024", "pilkada")
        assert operation.voting_day.isoformat() == "2024-11-27"
        assert operation.province_code == "36" and not operation.is_demo
        assert [s.name for s in stages.list_stages(db)] == [
            s.name for s in stages.template("pilkada_2024").stages
        ]
        counts = queries.overview(db).counts
        assert counts == {"province": 1, "regency": 8, "district": 155, "village": 1552, "tps": 0}
        listed = units.units(db)
        assert [u.name for u in listed[:4]] == [
            "Polda Banten",
            "Polres Lebak",
            "Polsek Banjarsari",
            "Polsek Bayah",
        ]
        assert len([u for u in listed if u.kind == "polsek"]) == 28
        assert {u.name for u in listed if u.kind == "satuan"} == {"Sat Brimob", "Sat Samapta"}
        assert units.coverage(db, "36.02").uncovered == ()
    finally:
        db.close()


def test_cancel_at_any_page_leaves_no_file(qtbot, empty_window, tmp_path, boxes):
    window = empty_window
    target = tmp_path / "batal.sqlite"
    before = sorted(p.name for p in tmp_path.iterdir())

    def drive(wizard):
        fill_to_file_page(qtbot, wizard, target, lebak_only=False)
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
        assert wizard.currentId() == OperationWizard.UNITS
        click(qtbot, wizard, QWizard.WizardButton.CancelButton)

    seen = on_next_dialog(qtbot, drive)
    assert window.new_operation.new_operation() is False
    check_handled(seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").glob("*.sqlite*"))
    assert window.db.path == tmp_path / "kosong.sqlite", "the open database stays"
    assert boxes[0] == [], "nothing was asked"


def test_an_existing_file_is_replaced_only_when_the_officer_says_so(
    qtbot, empty_window, banten_path, boxes
):
    shown, answers = boxes
    before = file_digest(banten_path)
    asked: dict = {}

    def drive(wizard):
        fill_to_file_page(qtbot, wizard, banten_path, lebak_only=True)
        answers.append("Tidak")
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
        asked["first"] = dict(shown[-1])
        assert wizard.isVisible() and wizard.currentId() == OperationWizard.FILE
        assert file_digest(banten_path) == before, "No leaves the file alone"
        answers.append("Ganti")
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    seen = on_next_dialog(qtbot, drive)
    assert empty_window.new_operation.new_operation() is True
    check_handled(seen)
    first = asked["first"]
    assert first["name"] == "replaceDatabaseBox"
    assert first["title"] == "CommandPost — berkas sudah ada"
    assert first["text"] == f"Berkas ini sudah ada:\n{banten_path}"
    assert first["buttons"] == ["Ganti", "Tidak"]
    kept = [p for p in banten_path.parent.iterdir() if ".diganti-" in p.name]
    assert len(kept) == 1 and first["info"].endswith(f"sebagai {kept[0].name}.")
    assert file_digest(kept[0]) == before, "the old database is kept beside the new one"
    assert shown[-1]["name"] == "offerTpsImportBox", "then the TPS import is offered"
    db = open_database(banten_path)
    try:
        assert queries.header(db)[1].name == "Operasi Mantap Praja Maung 2024"
    finally:
        db.close()


def test_every_page_fits_a_1366x768_laptop(qtbot, empty_window, tmp_path):
    """The wizard and each of its pages fit the screen left under a 40-px task bar."""
    wizard = OperationWizard(empty_window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    sizes = []
    for page_id in range(OperationWizard.FILE + 1):
        assert wizard.currentId() == page_id
        hint, least = wizard.sizeHint(), wizard.minimumSizeHint()
        frame = wizard.frameGeometry()
        sizes.append((page_id, frame.width(), frame.height(), least.width(), least.height()))
        assert frame.width() <= 1366 and frame.height() <= 728, sizes[-1]
        assert least.width() <= 1366 and least.height() <= 728, sizes[-1]
        assert hint.width() <= 1366 and hint.height() <= 728, sizes[-1]
        if page_id == OperationWizard.AREA:
            wizard.area_page.choose("36")
        if page_id == OperationWizard.POST:
            wizard.post_page.post_edit.setText(POST)
            wizard.post_page.officer_fields.fill("AIPTU", "Budi Santoso", "78050123")
        if page_id < OperationWizard.FILE:
            next_page(qtbot, wizard)
    wizard.reject()


def test_the_day_and_stages_follow_the_kind(qtbot, empty_window):
    wizard = OperationWizard(empty_window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    choose_kind(qtbot, wizard, "pemilu")
    assert wizard.kind_page.name_edit.text() == "Pengamanan Pemilu 2024"
    next_page(qtbot, wizard)
    day = wizard.day_page
    assert day.day_edit.text() == "14 Feb 2024"
    assert day.template_combo.currentText().startswith("Pemilu 2024")
    assert day.note.text() == ""
    day.day_edit.setDate(QDate(2024, 2, 24))
    assert day.note.text() == (
        "Tahapan templat tetap memakai tanggalnya sendiri (hari pemungutan suara 14 Feb 2024); "
        "geser di panel Tahapan setelah berkas dibuat."
    )
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    choose_kind(qtbot, wizard, "psu")
    assert wizard.kind_page.name_edit.text() == "Pengamanan PSU"
    next_page(qtbot, wizard)
    assert day.template_combo.currentText() == "Tanpa tahapan (tambahkan nanti)"
    assert day.day_edit.date() == QDate.currentDate()
    next_page(qtbot, wizard)
    area = wizard.area_page
    assert area.list.count() == 39
    assert area.list.item(0).text() == "Seluruh Indonesia (38 provinsi)"
    qtbot.keyClicks(area.search, "jawa")
    shown = [area.list.item(r).text() for r in range(39) if not area.list.item(r).isHidden()]
    assert shown == ["Jawa Barat (32)", "Jawa Tengah (33)", "Jawa Timur (35)"]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_the_empty_database_invites_the_wizard_and_names_no_command(
    qtbot, empty_window, monkeypatch
):
    details = empty_window.ui.detailsPane
    assert details.title.text() == "Basis data ini belum berisi wilayah"
    text = details.subtitle.text()
    assert "Operasi baru…" in text and "(Ctrl+N)" in text
    assert not re.search(r"commandpost [a-z]|--[a-z]", text), text
    opened: list = []
    monkeypatch.setattr(
        file_chooser, "get_open_file_name", lambda *a, **k: opened.append(a) or ("", "")
    )
    details.subtitle.linkActivated.emit("open-database")
    assert len(opened) == 1, "the link opens Buka…"

    seen = on_next_dialog(qtbot, lambda dlg: dlg.reject())
    details.subtitle.linkActivated.emit("new-operation")
    assert isinstance(check_handled(seen), OperationWizard), "the link opens the wizard"


def test_no_translated_text_tells_the_officer_to_run_a_command():
    """Screen texts come from the translation; none names a terminal command or option."""
    root = ET.parse(RESOURCES / "translations" / "commandpost_id.ts").getroot()
    found = []
    for context in root:
        for message in context.findall("message"):
            shown = "".join(message.find("translation").itertext())
            if re.search(r"commandpost [a-z]|(^|\s)--[a-z]", shown):
                found.append(f"{context.findtext('name')}: {shown}")
    assert found == []


def test_the_file_menu_reads_in_working_order_with_shortcuts(empty_window):
    menu = empty_window.ui.menuFile
    entries = [(a.text(), a.shortcut().toString()) for a in menu.actions() if not a.isSeparator()]
    wanted = [
        ("&Operasi baru…", "Ctrl+N"),
        ("&Buka basis data…", "Ctrl+O"),
        ("Impor daftar &TPS…", "Ctrl+Shift+I"),
        ("&Impor pemetaan kerawanan…", "Ctrl+I"),
        (empty_window.safety.backup_action.text(), "Ctrl+Alt+B"),
        (empty_window.safety.restore_action.text(), ""),
        ("&Keluar", "Ctrl+Q"),
    ]
    assert [e for e in entries if e in wanted] == wanted, entries
    assert entries[0] == wanted[0] and entries[-1] == wanted[-1]


def test_open_on_an_empty_file_asks_and_no_leaves_it_empty(
    qtbot, empty_window, tmp_path, boxes, monkeypatch
):
    shown, answers = boxes
    empty = tmp_path / "nol.sqlite"
    empty.touch()
    monkeypatch.setattr(file_chooser, "get_open_file_name", lambda *a, **k: (str(empty), ""))
    answers.append("Tidak")
    empty_window.ui.actionOpen.trigger()
    assert [b["name"] for b in shown] == ["createDatabaseBox"]
    assert shown[0]["text"] == f"Berkas ini kosong (0 byte):\n{empty}"
    assert empty.stat().st_size == 0
    assert empty_window.db.path == tmp_path / "kosong.sqlite"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("nol.sqlite-")]
