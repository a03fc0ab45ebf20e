"""Importing a TPS list: what was read how, new and changed TPS, refusals, skipping bad rows."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton

from commandpost.gui import file_chooser
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs import tps_import_dialog
from commandpost.gui.dialogs.import_views import ProblemsModel, TextTableModel
from commandpost.gui.dialogs.tps_import_dialog import TpsImportDialog
from commandpost.gui.models.region_tree import COL_DPT
from commandpost.gui.widgets.history import COL_WHAT
from commandpost.store import changelog, queries
from commandpost.store.database import open_database
from tests.gui.util import check_handled, on_next_dialog
from tests.helpers import dump, load_province

CASES = Path(__file__).parents[1] / "cases"
C01 = CASES / "C01-dpt-tps-semicolon-bom-crlf.csv"
C05 = CASES / "C05-rekap-merged-header.xlsx"
C06 = CASES / "C06-dpt-sheet-per-tps.xlsx"
C16 = CASES / "C16-cp1252-export.csv"
OFFICER = "Bripka Andi Saputra"
VILLAGE = "36.02.01.2002"  # has TPS 1-3 (DPT 251-253, "Jl. Uji n") in the test database


def table(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def problem_rows(view) -> list[list[str]]:
    """What the officer reads in a problems table: file, sheet, row, column, kind, problem."""
    return table(view)


def on_page(dlg, name: str) -> bool:
    return dlg.ui.pages.currentWidget() is getattr(dlg.ui, name)


def make_dialog(qtbot, db) -> TpsImportDialog:
    dlg = TpsImportDialog(db)
    qtbot.addWidget(dlg)
    dlg.resize(920, 640)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


@pytest.fixture
def dialog(qtbot, banten_db):
    cfg.set_operator_name(OFFICER)
    return make_dialog(qtbot, banten_db)


@pytest.fixture
def questions(monkeypatch):
    """Yes/no questions the dialog asked (answered from ``answers``, Yes by default)."""
    asked: list[tuple[str, str]] = []
    answers: list[bool] = []

    def ask(_parent, title, text):
        asked.append((title, text))
        return answers.pop(0) if answers else True

    monkeypatch.setattr(tps_import_dialog, "ask_question", ask)
    return asked, answers


def write_list(tmp_path, rows, name="daftar.csv"):
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(["kode_desa", "no_tps", "alamat", "jumlah_dpt"])
        out.writerows(rows)
    return path


def dpt_cell(window, code: str) -> str:
    index = window.model.reveal(code)
    assert index.isValid(), code
    return window.model.index(index.row(), COL_DPT, index.parent()).data()


# --- a good file: what was read how, then the import ---------------------------------------


def test_c05_recap_sheet_preview_then_import_shows_in_the_tree(qtbot, window):
    cfg.set_operator_name(OFFICER)
    assert window.select_code("36.73.01")  # the kecamatan's villages are loaded in the tree
    window.ui.regionTree.expand(window.model.index_of("36.73.01"))
    seen_preview: dict = {}

    def handle(dlg):
        assert dlg.load_file(C05) is True
        seen_preview["summary"] = dlg.ui.summaryLabel.text()
        seen_preview["columns"] = table(dlg.ui.columnsView)
        seen_preview["notes"] = problem_rows(dlg.ui.notesView)
        seen_preview["sheet_shown"] = not dlg.ui.notesView.isColumnHidden(ProblemsModel.SHEET)
        seen_preview["changes"] = table(dlg.ui.changesView)
        seen_preview["tabs"] = [dlg.ui.previewTabs.tabText(i) for i in range(4)]
        seen_preview["skipped_tab"] = dlg.ui.previewTabs.isTabVisible(3)
        seen_preview["hint"] = dlg.ui.hintLabel.text()
        with qtbot.waitSignal(dlg.accepted):
            qtbot.mouseClick(dlg.ui.applyButton, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, handle)
    assert window.import_tps_list() is True
    check_handled(seen)

    summary = seen_preview["summary"]
    assert "C05-rekap-merged-header.xlsx, lembar Rekap DPT per TPS: 6 baris dibaca" in summary
    assert "6 TPS baru, 0 berubah, 0 tidak berubah" in summary
    assert "tidak ada di berkas" not in summary
    columns = dict(map(tuple, seen_preview["columns"]))
    assert columns["KODE DESA/KEL"] == "kode desa/kelurahan"
    assert columns["TPS"] == "nomor TPS"
    assert columns["JUMLAH PEMILIH (DPT) L"] == "DPT L (laki-laki)"
    assert columns["JUMLAH PEMILIH (DPT) P"] == "DPT P (perempuan)"
    assert columns["JUMLAH PEMILIH (DPT) L+P"] == "DPT (L+P)"
    assert columns["DESA/KELURAHAN"] == "nama desa/kelurahan: hanya untuk memeriksa kode"
    assert columns["NO"] == columns["KETERANGAN"] == "tidak dipakai"
    notes = {(n[2], n[5]) for n in seen_preview["notes"]}
    assert {
        ("1", "baris judul di atas tabel dilewati"),
        ("8", "baris nomor kolom di bawah judul kolom dilewati"),
        ("16", "baris JUMLAH/TOTAL dilewati"),
        ("18", "baris di bawah tabel dilewati (blok tanda tangan, catatan)"),
    } <= notes
    assert {n[1] for n in seen_preview["notes"]} == {"Rekap DPT per TPS"}
    assert {n[4] for n in seen_preview["notes"]} == {"catatan"}
    assert seen_preview["sheet_shown"]
    changes = seen_preview["changes"]
    assert len(changes) == 6
    assert changes[0] == [
        "36.73.01.1001.001",
        "Serang › Serang › Kota Serang",
        "baru: DPT 230 (L 112, P 118); Jl. Contoh Satu No. 1",
    ]
    assert seen_preview["tabs"][:3] == [
        "&Perubahan (6)",
        "K&olom",
        f"&Catatan dan peringatan ({len(seen_preview['notes'])})",
    ]
    assert not seen_preview["skipped_tab"]
    assert (
        seen_preview["hint"]
        == "Impor mencatat 6 TPS baru dan 0 TPS berubah sebagai satu pembaruan."
    )

    # The database and the tree have the six TPS; the officer's place in the tree is kept.
    assert window.current_code() == "36.73.01"
    assert dpt_cell(window, "36.73.01") == "1.592"
    assert window.select_code("36.73.01.1001.002")
    assert queries.node(window.db, "36.73.01.1003.001").dpt == 530
    assert "6 TPS baru" in window.statusBar().currentMessage()
    [change] = [c for c in changelog.load_changes(window.db) if c.op == "import_tps"][-1:]
    assert change.actor == OFFICER and change.values["source"] == C05.name


def test_a_changed_list_shows_old_and_new_and_never_deletes(qtbot, window, tmp_path):
    cfg.set_operator_name(OFFICER)
    first = write_list(
        tmp_path,
        [[VILLAGE, n, f"Jl. Uji {n}", 250 + n] for n in (1, 2, 3)]
        + [[VILLAGE, 4, "", 240], [VILLAGE, 5, "", 245]],
        "awal.csv",
    )
    second = write_list(
        tmp_path,
        [
            [VILLAGE, 1, "Jl. Uji 1", 251],
            [VILLAGE, 2, "Jl. Uji 2", 260],
            [VILLAGE, 4, "Balai", 250],
        ],
        "perbaikan.csv",
    )
    assert window.select_code(VILLAGE)
    tree = window.ui.regionTree
    tree.expand(window.model.index_of(VILLAGE))
    assert window.model.rowCount(window.model.index_of(VILLAGE)) == 3

    def import_first(dlg):
        assert dlg.load_file(first)
        assert "2 TPS baru, 0 berubah, 3 tidak berubah" in dlg.ui.summaryLabel.text()
        with qtbot.waitSignal(dlg.accepted):
            qtbot.keyClick(dlg.ui.changesView, Qt.Key.Key_Return)  # Enter imports

    seen = on_next_dialog(qtbot, import_first)
    assert window.import_tps_list()
    check_handled(seen)
    # The open village shows its new TPS at once.
    village = window.model.index_of(VILLAGE)
    assert tree.isExpanded(village)
    assert window.model.rowCount(village) == 5
    assert window.current_code() == VILLAGE

    preview: dict = {}

    def import_second(dlg):
        assert dlg.load_file(second)
        preview["summary"] = dlg.ui.summaryLabel.text()
        preview["changes"] = table(dlg.ui.changesView)
        preview["missing"] = table(dlg.ui.missingView)
        preview["box"] = (
            dlg.ui.removeMissingCheck.isVisible(),
            dlg.ui.removeMissingCheck.isChecked(),
        )
        with qtbot.waitSignal(dlg.accepted):
            qtbot.mouseClick(dlg.ui.applyButton, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, import_second)
    assert window.import_tps_list()
    check_handled(seen)
    assert "0 TPS baru, 2 berubah, 1 tidak berubah" in preview["summary"]
    assert "2 TPS di desa-desa ini tidak ada di berkas" in preview["summary"]
    # They are listed, with what deleting would do, and kept unless the box is ticked.
    assert [(r[0], r[2]) for r in preview["missing"]] == [
        (f"{VILLAGE}.003", "dihapus"),
        (f"{VILLAGE}.005", "dihapus"),
    ]
    assert preview["box"] == (True, False)
    assert [(r[0], r[2]) for r in preview["changes"]] == [
        (f"{VILLAGE}.002", "DPT 252 → 260"),
        (f"{VILLAGE}.004", "DPT 240 → 250; alamat “” → “Balai”"),
    ]
    assert queries.node(window.db, f"{VILLAGE}.002").dpt == 260
    assert queries.node(window.db, f"{VILLAGE}.005").dpt == 245, "never deleted"
    assert dpt_cell(window, f"{VILLAGE}.004") == "250"


# --- refusals and skipping bad rows ---------------------------------------------------------


def test_c01_names_row_6_and_imports_the_good_rows_on_request(
    qtbot, dialog, banten_db, banten_path, tmp_path, monkeypatch
):
    source = shutil.copy(C01, tmp_path / C01.name)
    before = dump(banten_path)
    assert dialog.load_file(source) is False

    assert on_page(dialog, "problemsPage")
    assert dialog.ui.problemsHeadline.text() == (
        f"Tidak ada yang diimpor. Masalah yang ditemukan di {C01.name}: 1."
    )
    [row] = problem_rows(dialog.ui.problemsView)
    assert row == [
        C01.name,
        "",
        "6",
        "Total_DPT",
        "kesalahan",
        "265 tidak sama dengan DPT_L + DPT_P = 256",
    ]
    assert dialog.ui.problemsView.isColumnHidden(ProblemsModel.SHEET)
    assert not dialog.ui.moreLabel.isVisible()
    skip = dialog.ui.skipButton
    assert (
        skip.isVisible()
        and skip.text() == "Impor baris yang &benar saja, lewati 1 baris yang salah"
    )
    assert dump(banten_path) == before

    qtbot.mouseClick(skip, Qt.MouseButton.LeftButton)
    assert on_page(dialog, "previewPage")
    summary = dialog.ui.summaryLabel.text()
    assert "4 TPS baru, 0 berubah" in summary and "1 baris salah dilewati: tidak diimpor" in summary
    tabs = dialog.ui.previewTabs
    assert tabs.isTabVisible(3) and tabs.currentWidget() is dialog.ui.rejectedTab
    assert tabs.tabText(3) == "Baris &dilewati (1)"
    assert table(dialog.ui.rejectedView) == [
        ["6", "Total_DPT", "265 tidak sama dengan DPT_L + DPT_P = 256"]
    ]
    assert "ditanya di mana baris yang dilewati disimpan" in dialog.ui.hintLabel.text()

    asked: list[str] = []
    rejects = tmp_path / "tolak" / "ditolak.csv"
    rejects.parent.mkdir()

    def save_as(_parent, _title, default, _filter):
        asked.append(default)
        return (str(rejects) if len(asked) > 1 else "", "")

    monkeypatch.setattr(file_chooser, "get_save_file_name", save_as)
    qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dump(banten_path) == before, "no place chosen: nothing done"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)

    assert asked[0] == str(tmp_path / "C01-dpt-tps-semicolon-bom-crlf-ditolak.csv")
    assert dialog.rejects_path == rejects
    with rejects.open(encoding="utf-8-sig", newline="") as f:
        header, *lines = list(csv.reader(f))
    assert header[-1] == "alasan_ditolak" and "Total_DPT" in header
    [line] = lines
    assert line[header.index("no_tps")] == "2" and line[header.index("Total_DPT")] == "265"
    assert "baris 6, kolom Total_DPT: 265 tidak sama dengan DPT_L + DPT_P = 256" in line[-1]
    codes = ["36.73.01.1001.001", "36.73.01.1001.002", "36.73.01.1002.001", "36.73.01.1004.901"]
    assert [queries.node(banten_db, c).dpt for c in codes] == [230, 241, 203, 78]
    assert queries.node(banten_db, "36.73.01.1004.002") is None
    [change] = [c for c in changelog.load_changes(banten_db) if c.op == "import_tps"][-1:]
    assert change.values["rejects_file"] == "ditolak.csv"


def test_many_bad_rows_are_counted_beyond_the_list(qtbot, dialog, tmp_path):
    rows = [[VILLAGE, 10 + n, "", "banyak"] for n in range(400)]
    assert dialog.load_file(write_list(tmp_path, rows)) is False
    assert len(problem_rows(dialog.ui.problemsView)) < 400
    assert dialog.ui.moreLabel.isVisible()
    assert dialog.ui.moreLabel.text().startswith("… dan ")
    assert "Masalah yang ditemukan di daftar.csv: 400." in dialog.ui.problemsHeadline.text()
    assert "lewati semua baris yang salah" in dialog.ui.skipButton.text()


def test_tab_leaves_the_problems_table_for_the_buttons(qtbot, dialog, tmp_path):
    rows = [[VILLAGE, 10 + n, "", "banyak"] for n in range(3)]
    assert dialog.load_file(write_list(tmp_path, rows)) is False
    view = dialog.ui.problemsView
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus(), "Tab must move on to the next control, not to the next cell"


def test_c06_voter_list_is_one_clear_message(qtbot, dialog):
    assert dialog.load_file(C06) is False
    [row] = problem_rows(dialog.ui.problemsView)
    assert row[0] == C06.name and row[2:4] == ["", ""]
    assert row[5].startswith("ini tampaknya daftar pemilih (nama pemilih, 3 lembar, satu per TPS)")
    assert "bukan daftar TPS" in row[5]
    assert not dialog.ui.skipGroup.isVisible(), "skipping rows cannot help"


# --- the encoding question -----------------------------------------------------------------


@pytest.fixture
def ntt_db(tmp_path):
    """Nusa Tenggara Timur, where C16's villages are."""
    db = open_database(tmp_path / "ntt.sqlite", "Posko Uji", create=True)
    load_province(db, "53")
    yield db
    db.close()


def test_c16_windows_1252_is_read_only_when_the_officer_says_so(qtbot, ntt_db, questions):
    asked, answers = questions
    dialog = make_dialog(qtbot, ntt_db)
    answers.append(False)
    assert dialog.load_file(C16) is False
    [(title, text)] = asked
    assert title == "Bukan teks UTF-8"
    assert text == (
        f"Berkas {C16.name} bukan UTF-8; kemungkinan Windows-1252 (CSV dari Excel Windows). "
        "Baca sebagai Windows-1252?"
    )
    assert on_page(dialog, "problemsPage")
    [row] = problem_rows(dialog.ui.problemsView)
    assert row[2] == "2" and "kemungkinan Windows-1252" in row[5]
    assert not dialog.ui.skipGroup.isVisible()

    assert dialog.load_file(C16) is True  # this time: yes
    assert len(asked) == 2
    summary = dialog.ui.summaryLabel.text()
    assert "2 TPS baru" in summary and "dibaca sebagai Windows-1252" in summary
    changes = table(dialog.ui.changesView)
    assert changes[0][1].startswith("Regapu’u ›")
    assert changes[0][2] == "baru: DPT 150; Jl. Contoh Km 5 – Simpang"
    assert "\ufffd" not in "".join(c for r in changes for c in r)
    # The names in the file match the region data exactly, so no name warning.
    assert [n for n in problem_rows(dialog.ui.notesView) if n[4] != "catatan"] == []
    assert not dialog.ui.warningLabel.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)
    assert queries.tps_info(ntt_db, "53.07.01.2021.001").address == "Jl. Contoh Km 5 – Simpang"


# --- look, keyboard, language ---------------------------------------------------------------


def test_fits_a_1366x768_laptop_and_works_by_keyboard(qtbot, window, tmp_path, banten_path):
    window.resize(1366, 768)
    dlg = TpsImportDialog(window.db, window)
    qtbot.addWidget(dlg)
    for hint in (dlg.sizeHint(), dlg.minimumSizeHint(), dlg.minimumSize()):
        assert hint.width() <= 1366 and hint.height() <= 700, hint
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.frameGeometry().height() <= 768 and dlg.frameGeometry().width() <= 1366
    assert dlg.windowTitle() == "Impor daftar TPS"
    assert dlg.ui.chooseButton.text() == "&Pilih berkas…"

    for path, page in ((C01, "problemsPage"), (C05, "previewPage")):
        dlg.load_file(path)
        assert on_page(dlg, page)
        buttons = [b for b in dlg.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        for button in buttons:  # every visible button is inside the dialog, with a key
            rect = button.geometry()
            top_left = button.mapTo(dlg, rect.topLeft() - button.pos())
            assert dlg.rect().contains(top_left) and top_left.y() + rect.height() <= dlg.height()
            if button is not dlg.ui.cancelButton:
                assert "&" in button.text(), button.text()
    assert dlg.ui.applyButton.isDefault()
    before = dump(banten_path)
    with qtbot.waitSignal(dlg.rejected):
        qtbot.keyClick(dlg.ui.changesView, Qt.Key.Key_Escape)
    assert dump(banten_path) == before


def test_the_file_menu_offers_the_import(window):
    action = window.ui.actionImportTps
    assert action.text() == "Impor daftar &TPS…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert action in window.ui.menuFile.actions()


def test_choose_file_remembers_the_folder(qtbot, dialog, tmp_path, monkeypatch):
    good = write_list(tmp_path, [[VILLAGE, 4, "", 200]])
    folders: list[str] = []

    def pick(_parent, _title, folder, _filter):
        folders.append(folder)
        return (str(good), "")

    monkeypatch.setattr(file_chooser, "get_open_file_name", pick)
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert on_page(dialog, "previewPage")
    qtbot.mouseClick(dialog.ui.chooseAnotherButton, Qt.MouseButton.LeftButton)
    assert folders == ["", str(tmp_path)]


def test_language_switch_and_models(qapp, qtmodeltester, dialog):
    from commandpost.gui import i18n

    dialog.load_file(C05)
    qtmodeltester.check(dialog.changes_model)
    qtmodeltester.check(dialog.columns_model)
    qtmodeltester.check(dialog.notes_model)
    qtmodeltester.check(TextTableModel(lambda: ("a", "b")))
    assert dialog.changes_model.data(QModelIndex()) is None
    i18n.apply_language("en")
    qapp.processEvents()
    assert "6 new TPS, 0 changed, 0 unchanged" in dialog.ui.summaryLabel.text()
    assert table(dialog.ui.changesView)[0][2].startswith("new: DPT 230 (L 112, P 118)")
    assert dialog.ui.applyButton.text() == "&Import"


def test_deleting_the_tps_a_newer_list_lacks_is_chosen_confirmed_and_undone(
    qtbot, window, tmp_path, questions
):
    """The officer ticks the box, confirms, and the TPS go, except one with an incident;
    Ctrl+Z brings them back into the open village."""
    from commandpost.store import incidents

    cfg.set_operator_name(OFFICER)
    asked, _answers = questions
    incidents.add_incident(
        window.db, node_code=f"{VILLAGE}.003", type="lainnya", description="Ribut", actor="op"
    )
    newer = write_list(tmp_path, [[VILLAGE, 1, "Jl. Uji 1", 251]], "terbaru.csv")
    assert window.select_code(VILLAGE)
    window.ui.regionTree.expand(window.model.index_of(VILLAGE))
    assert window.model.rowCount(window.model.index_of(VILLAGE)) == 3
    seen_preview: dict = {}

    def delete_missing(dlg):
        assert dlg.load_file(newer)
        ui = dlg.ui
        seen_preview["missing"] = table(ui.missingView)
        seen_preview["note"] = ui.missingNote.text()
        # Nothing new or changed: Import waits for the officer's choice to delete.
        assert not ui.applyButton.isEnabled()
        assert ui.removeMissingCheck.text() == (
            "&Hapus 1 TPS desa-desa ini yang tidak ada lagi di berkas"
        )
        ui.removeMissingCheck.setFocus()
        qtbot.keyClick(ui.removeMissingCheck, Qt.Key.Key_Space)
        assert ui.applyButton.isEnabled()
        seen_preview["hint"] = ui.hintLabel.text()
        with qtbot.waitSignal(dlg.accepted):
            qtbot.mouseClick(ui.applyButton, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, delete_missing)
    assert window.import_tps_list()
    check_handled(seen)
    assert [(r[0], r[2]) for r in seen_preview["missing"]] == [
        (f"{VILLAGE}.002", "dihapus"),
        (f"{VILLAGE}.003", "tetap: ada kejadian"),
    ]
    assert "1 di antaranya tetap disimpan" in seen_preview["note"]
    assert seen_preview["hint"].startswith("Impor mencatat 0 TPS baru, 0 berubah, dan 1 dihapus")
    [(title, text)] = asked
    assert title == "Hapus TPS" and "Hapus 1 TPS yang tidak lagi tercantum di terbaru.csv" in text
    village = window.model.index_of(VILLAGE)
    assert window.model.rowCount(village) == 2
    assert queries.node(window.db, f"{VILLAGE}.002") is None
    assert queries.node(window.db, VILLAGE).tps_count == 2
    assert "1 dihapus" in window.statusBar().currentMessage()

    # Edit › Undo brings the TPS back, into the open village.
    assert window.ui.actionUndo.isEnabled()
    window.ui.actionUndo.trigger()
    assert queries.node(window.db, f"{VILLAGE}.002").dpt == 252
    village = window.model.index_of(VILLAGE)
    assert window.ui.regionTree.isExpanded(village)
    assert window.model.rowCount(village) == 3
    assert window.model.index_of(f"{VILLAGE}.002").isValid()
    # And Redo takes it away again.
    window.ui.actionRedo.trigger()
    assert window.model.rowCount(window.model.index_of(VILLAGE)) == 2


def test_undo_of_an_import_takes_its_new_tps_away(qtbot, window, tmp_path):
    cfg.set_operator_name(OFFICER)
    path = write_list(tmp_path, [[VILLAGE, 4, "Balai", 240], [VILLAGE, 5, "", 245]], "baru.csv")
    assert window.select_code(VILLAGE)
    window.ui.regionTree.expand(window.model.index_of(VILLAGE))

    def import_it(dlg):
        assert dlg.load_file(path)
        with qtbot.waitSignal(dlg.accepted):
            qtbot.mouseClick(dlg.ui.applyButton, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, import_it)
    assert window.import_tps_list()
    check_handled(seen)
    assert window.model.rowCount(window.model.index_of(VILLAGE)) == 5
    assert window.ui.actionUndo.text() == "&Urungkan impor dari baru.csv: 2 TPS baru, 0 berubah"
    assert window.ui.actionUndo.shortcut() == QKeySequence("Ctrl+Z")
    window.ui.actionUndo.trigger()
    assert window.model.rowCount(window.model.index_of(VILLAGE)) == 3
    assert queries.node(window.db, f"{VILLAGE}.004") is None
    assert queries.node(window.db, VILLAGE).tps_count == 3
    # The village's history says what the undo took away (the import itself is below it).
    assert window.select_code(VILLAGE)
    window.ui.detailsTabs.setCurrentWidget(window.ui.historyPanel)
    model = window.ui.historyPanel.model
    rows = [model.index(r, COL_WHAT).data() for r in range(model.rowCount())]
    assert rows[0].startswith("Urungkan: Daftar TPS: 2 TPS dihapus — Desa Cilangkahan")
    assert rows[1].startswith("Daftar TPS: 2 TPS ditambahkan — Desa Cilangkahan")


@pytest.fixture
def dialog_keys_on(qapp):
    """The application's Esc/Ctrl+Enter rules, as gui.app installs them."""
    from commandpost.gui import dialog_keys

    dialog_keys.install(qapp)
    yield
    dialog_keys.uninstall(qapp)


def test_esc_on_a_checked_preview_asks_before_throwing_it_away(
    qtbot, banten_db, tmp_path, dialog_keys_on
):
    cfg.set_operator_name(OFFICER)
    dlg = make_dialog(qtbot, banten_db)
    # On the first page there is nothing to lose: Esc closes at once.
    qtbot.keyClick(dlg.ui.chooseButton, Qt.Key.Key_Escape)
    assert not dlg.isVisible()

    dlg = make_dialog(qtbot, banten_db)
    assert dlg.load_file(write_list(tmp_path, [[VILLAGE, 4, "Balai", 240]], "baru.csv"))
    seen = on_next_dialog(qtbot, lambda box: box.defaultButton().click())  # Kembali
    qtbot.keyClick(dlg.ui.changesView, Qt.Key.Key_Escape)
    assert check_handled(seen).objectName() == "discardQuestion"
    assert dlg.isVisible() and dlg.plan is not None
    seen = on_next_dialog(
        qtbot, lambda box: next(b for b in box.buttons() if b.text() == "Buang").click()
    )
    qtbot.keyClick(dlg.ui.changesView, Qt.Key.Key_Escape)
    check_handled(seen)
    assert not dlg.isVisible()
    assert queries.node(banten_db, f"{VILLAGE}.004") is None
