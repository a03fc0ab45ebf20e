"""The stage dialog laid out in Designer (ui/stage_dialog.ui) as an officer meets it: its
fields in Indonesian with their names and tab order, Ctrl+Enter saving once, Esc asking
before typed text is lost, the refusals in the officer's words, and a dialog that fits a
1366×768 laptop with its buttons in reach; and the schedule import saying what replacing
does to the risk register."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from commandpost.gui import dialog_keys
from commandpost.gui.timeline.stage_dialog import StageDialog
from commandpost.store import risks, stages
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from tests.gui.util import check_handled, on_next_dialog
from tests.helpers import CASES, copy_db

OFFICER = "Bripka Uji"
NAMES = ("stageName", "stageDated", "stageStart", "stageEnd", "stageParent", "stageKind")


@pytest.fixture(scope="module")
def pilkada_template(tmp_path_factory):
    return create_operation_database(
        tmp_path_factory.mktemp("stagedialog") / "pilkada.sqlite",
        station="Posko Uji",
        province="36",
        operation="Pilkada Uji",
        kind="pilkada",
        actor="uji",
    )


@pytest.fixture
def db(pilkada_template, tmp_path):
    database = open_database(copy_db(pilkada_template, tmp_path / "pilkada.sqlite"))
    yield database
    database.close()


@pytest.fixture
def keys(qapp):
    """The application's dialog keys (Ctrl+Enter, Esc asks), as the window installs them;
    yields the dialogs opened, closed at the end without a question."""
    dialog_keys.install(qapp)
    opened: list = []
    yield opened
    for dialog in opened:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.done(0)
    dialog_keys.uninstall(qapp)


def _stage(db, name: str):
    return next(s for s in stages.list_stages(db) if s.name == name)


def _dialog(db, stage=None, opened=None, **kwargs) -> StageDialog:
    dialog = StageDialog(stages.list_stages(db), stage, **kwargs)
    if opened is not None:
        opened.append(dialog)
    return dialog


def _show(qtbot, dialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_the_form_shows_its_fields_in_indonesian(qtbot, db):
    kampanye = _stage(db, "Kampanye")
    dialog = _dialog(db, kampanye)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "stageDialog"
    named = {n: getattr(dialog.ui, n) for n in NAMES}
    assert all(w.objectName() == n for n, w in named.items())
    assert dialog.windowTitle() == "Ubah tahapan"
    labels = (dialog.ui.nameLabel, dialog.ui.fromLabel, dialog.ui.parentLabel, dialog.ui.kindLabel)
    assert [label.text() for label in labels] == ["&Nama:", "&Tanggal:", "&Bagian dari:", "&Jenis:"]
    # Alt+N, Alt+T, Alt+B, Alt+J reach their fields.
    assert [label.buddy() for label in labels] == [
        dialog.name_edit,
        dialog.start_edit,
        dialog.parent_combo,
        dialog.kind_combo,
    ]
    assert dialog.dated_check.text() == "&Punya tanggal sendiri"
    assert dialog.to_label.text() == "s.d."
    assert dialog.save_button().text() == "&Simpan"
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Batal"
    assert dialog.parent_combo.itemText(0) == "(tidak ada: tahapan utama)"
    assert dialog.kind_combo.currentText() == "Kampanye"
    assert dialog.start_edit.text() == "25 Sep 2024" and dialog.end_edit.text() == "23 Nov 2024"
    assert dialog.name_edit.maxLength() == 200
    assert not dialog.error_label.isVisibleTo(dialog)

    new = _dialog(db, parent_id=kampanye.id, near=dt.date(2024, 10, 1))
    qtbot.addWidget(new)
    assert new.windowTitle() == "Tahapan baru"
    assert new.parent_combo.currentData() == kampanye.id
    assert new.kind_combo.currentText() == "Lainnya"
    assert new.dated_check.isChecked() and new.start_edit.date() == QDate(2024, 10, 1)


def test_tab_goes_through_the_fields_in_order_then_the_buttons(qtbot, db):
    dialog = _dialog(db, _stage(db, "Kampanye"))
    qtbot.addWidget(dialog)
    chain, widget = [], dialog.name_edit
    wanted = {getattr(dialog.ui, n) for n in NAMES} | set(dialog.ui.buttonBox.buttons())
    for _ in range(200):
        if widget in wanted and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.name_edit:
            break
    assert [w.objectName() for w in chain[: len(NAMES)]] == list(NAMES)
    assert sorted(b.text() for b in chain[len(NAMES) :]) == ["&Simpan", "Batal"]


def test_ctrl_enter_saves_once_from_the_name_field(qtbot, db, keys):
    saved: list = []
    dialog = _dialog(db, opened=keys, save=saved.append, near=dt.date(2024, 10, 1))
    _show(qtbot, dialog)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Debat publik")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved == [
        {
            "name": "Debat publik",
            "start": dt.date(2024, 10, 1),
            "end": dt.date(2024, 10, 1),
            "parent_id": None,
            "kind": "other",
        }
    ]


def test_enter_in_a_date_saves_too(qtbot, db, keys):
    saved: list = []
    dialog = _dialog(db, _stage(db, "Kampanye"), opened=keys, save=saved.append)
    _show(qtbot, dialog)
    dialog.end_edit.setFocus()
    qtbot.keyClick(dialog.end_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(saved) == 1 and saved[0]["end"] == dt.date(2024, 11, 23)


def test_esc_after_typing_asks_and_back_keeps_the_text(qtbot, db, keys):
    dialog = _dialog(db, opened=keys, save=lambda values: None)
    _show(qtbot, dialog)
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Pengamanan debat")
    seen = on_next_dialog(qtbot, lambda box: box.defaultButton().click())
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    box: QMessageBox = check_handled(seen)
    assert box.text() == "Buang isian yang belum disimpan?"
    assert dialog.isVisible() and dialog.name_edit.text() == "Pengamanan debat"


def _save_into(db, stage_id: str | None):
    def save(values: dict):
        if stage_id is None:
            return stages.add_stage(db, actor=OFFICER, **values)
        return stages.set_stage(db, stage_id, actor=OFFICER, **values)

    return save


@pytest.mark.parametrize(
    ("fill", "words"),
    [
        (lambda d, db: d.name_edit.clear(), "Tahapan perlu nama."),
        (
            lambda d, db: d.end_edit.setDate(QDate(2024, 9, 1)),
            "Tahapan berakhir sebelum dimulai. Periksa tanggalnya.",
        ),
        (
            lambda d, db: d.name_edit.setText("masa  TENANG"),
            "Sudah ada tahapan dengan nama ini di sini; beri nama lain.",
        ),
        (
            lambda d, db: d.parent_combo.setCurrentIndex(
                d.parent_combo.findData(_stage(db, "Masa tenang").id)
            ),
            "Subtahapan harus berada dalam rentang tanggal tahapan induknya (Masa tenang).",
        ),
    ],
    ids=["no name", "end before start", "same name", "outside parent"],
)
def test_refusals_are_said_in_the_dialog_which_stays_open(qtbot, db, fill, words):
    kampanye = _stage(db, "Kampanye")
    dialog = _dialog(db, kampanye, save=_save_into(db, kampanye.id))
    qtbot.addWidget(dialog)
    fill(dialog, db)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == words
    assert stages.get_stage(db, kampanye.id) == kampanye


@pytest.mark.parametrize("mode", ["add", "edit"])
def test_the_dialog_fits_the_laptop_with_its_buttons_in_reach(qtbot, db, mode):
    # The longest name in the parent list widens the dialog most.
    longest = max(stages.list_stages(db), key=lambda s: len(s.name))
    stage = None if mode == "add" else longest
    dialog = _dialog(db, stage, parent_id=longest.id if mode == "add" else None)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728  # 768 less the panel
    dialog.resize(hint)
    _show(qtbot, dialog)
    dialog.show_error(
        "Subtahapan harus berada dalam rentang tanggal tahapan induknya "
        "(Penghitungan dan rekapitulasi suara)."
    )
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.height() <= 728)
    inside = QRect(0, 0, dialog.width(), dialog.height())
    for button in dialog.ui.buttonBox.buttons():
        assert button.isVisible()
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert inside.contains(button.mapTo(dialog, button.rect().topLeft()))
        assert inside.contains(corner)
    # The error wraps instead of widening the dialog past the screen.
    assert dialog.width() <= 1366 and dialog.error_label.isVisible()
    # The combo shows the whole longest name.
    combo = dialog.parent_combo
    assert combo.view().sizeHintForColumn(0) <= 1366


def test_the_import_says_how_many_risk_lines_move_and_which_are_left(qtbot, db):
    from commandpost.gui.timeline.import_dialog import StageImportDialog

    for name, threat in (
        ("Kampanye", "bentrok_pendukung"),
        ("Pendaftaran pasangan calon", "konflik_massa"),
        ("Masa tenang", "politik_uang"),
    ):
        risks.add_risk(
            db,
            stage_id=_stage(db, name).id,
            node_code="36.02",
            threat=threat,
            level=2,
            mitigation="Patroli gabungan",
            agency="polri",
            actor=OFFICER,
        )
    dialog = StageImportDialog(db)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Impor jadwal tahapan"
    assert dialog.file_label.text() == "Belum ada berkas yang dipilih."
    assert dialog.risk_note.isVisibleTo(dialog)
    assert dialog.risk_note.text() == (
        "Penggantian memindahkan 3 baris register risiko ke tahapan baru yang sejenis, "
        "bila jadwal memilikinya."
    )
    dialog.skip_check.setChecked(True)
    assert dialog.load_file(CASES / "C11-tahapan-dates-messy.csv")
    assert dialog.risk_note.text() == (
        "Penggantian memindahkan 2 baris register risiko ke tahapan baru yang sejenis. "
        "1 baris tidak punya tahapan sejenis di jadwal ini (Masa tenang) dan akan tampil "
        "“(tahapan dihapus)” sampai Anda memberinya tahapan lagi."
    )
    dialog.replace_check.setChecked(False)
    assert not dialog.risk_note.isVisibleTo(dialog)
    dialog.replace_check.setChecked(True)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    shown = {r.threat: r.stage_name for r in risks.list_risks(db)}
    assert shown == {
        "bentrok_pendukung": "KAMPANYE",
        "konflik_massa": "PENDAFTARAN PASANGAN CALON, TERMASUK PERBAIKAN",
        "politik_uang": "",
    }
