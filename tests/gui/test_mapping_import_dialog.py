"""Importing a vulnerability mapping: preview of real changes, apply as one update, problems."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy.exc import OperationalError

from commandpost.gui import file_chooser, i18n
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs import mapping_import_dialog
from commandpost.gui.dialogs.import_views import ProblemsModel
from commandpost.gui.dialogs.mapping_import_dialog import ChangesModel, MappingImportDialog
from commandpost.store import queries, threats
from commandpost.tabular import Problem
from tests.helpers import add_tps, dump

T1, T2, T3 = (f"36.02.01.2002.00{n}" for n in (1, 2, 3))
GOOD = (
    "kode_desa;no_tps;kelas;banjir;rawan_bencana\n"
    "36.02.01.2002;1;rawan;;ya\n"
    "36.02.01.2002;2;sangat rawan;tinggi;\n"
    "36.02.01.2002;3;rawan;;tidak\n"
)
OFFICER = "Bripka Andi Saputra"


@pytest.fixture
def db(banten_db):
    """Banten with T3 already rawan and a low flood threat at T2: the file repeats one."""
    threats.set_tps_class(banten_db, [T3], "rawan", reason="awal", actor="uji")
    threats.set_threat(banten_db, [T2], "banjir", 1, reason="awal", actor="uji")
    return banten_db


@pytest.fixture
def dialog(qtbot, db):
    cfg.set_operator_name(OFFICER)
    dlg = MappingImportDialog(db)
    qtbot.addWidget(dlg)
    dlg.resize(900, 640)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


@pytest.fixture
def warnings(monkeypatch):
    """Warnings the dialog would have shown, without blocking the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        mapping_import_dialog,
        "show_warning",
        lambda _parent, title, text: shown.append((title, text)),
    )
    return shown


def write(tmp_path, body: str, name: str = "bawaslu.csv"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def table(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def problem_rows(view) -> list[list[str]]:
    """What the officer reads in a problems table: file, row, column, kind, problem."""
    keep = (ProblemsModel.FILE, ProblemsModel.ROW, ProblemsModel.FIELD)
    keep += (ProblemsModel.SEVERITY, ProblemsModel.MESSAGE)
    return [[r[c] for c in keep] for r in table(view)]


def on_page(dlg, name: str) -> bool:
    return dlg.ui.pages.currentWidget() is getattr(dlg.ui, name)


def test_preview_lists_only_real_changes_with_their_labels(dialog, tmp_path):
    assert on_page(dialog, "startPage")
    assert not dialog.ui.applyButton.isVisible()

    assert dialog.load_file(write(tmp_path, GOOD)) is True

    assert on_page(dialog, "previewPage")
    rows = table(dialog.ui.changesView)
    assert [r[0] for r in rows] == [T1, T1, T1, T2, T2]
    assert all("Malingping" in r[1] or "Lebak" in r[1] for r in rows), rows
    assert rows[0][2].endswith("Kurang rawan → Rawan")
    assert rows[1][2].startswith("Lokasi TPS") and rows[1][2].endswith("Tidak ada → Sedang")
    # Bawaslu's "rawan bencana" also marks the TPS disaster-prone.
    assert rows[2][2].startswith("Rawan bencana (jenis belum dirinci)")
    assert rows[3][2].endswith("Kurang rawan → Sangat rawan")
    assert rows[4][2].startswith("Banjir") and rows[4][2].endswith("Rendah → Tinggi")
    model = dialog.ui.changesView.model()
    assert not model.index(0, ChangesModel.CHANGE).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(1, ChangesModel.CHANGE).data(Qt.ItemDataRole.DecorationRole) is None
    assert "bawaslu.csv" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.limitNote.isVisible()
    assert dialog.ui.sourceCombo.currentText() == "Pemetaan Bawaslu"
    assert dialog.plan is not None and dialog.plan.rows == 3
    dialog.ui.observedEdit.setDateTime(QDateTime.currentDateTime().addDays(1))
    assert dialog.ui.observedEdit.dateTime() <= QDateTime.currentDateTime(), "never in the future"


def test_apply_needs_a_reason_and_records_everything_in_one_update(qtbot, dialog, db, tmp_path):
    dialog.load_file(write(tmp_path, GOOD))
    apply_button = dialog.ui.applyButton
    assert apply_button.isVisible() and not apply_button.isEnabled()
    assert dialog.ui.hintLabel.text()
    reason = "Pemetaan TPS rawan Bawaslu 12 Nov"
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(days=1, hours=2)
    dialog.ui.observedEdit.setDateTime(QDateTime(when))

    qtbot.keyClicks(dialog.ui.reasonEdit, "   ")
    assert not apply_button.isEnabled(), "blank is no reason"
    qtbot.keyClicks(dialog.ui.reasonEdit, reason)
    assert apply_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(apply_button, Qt.MouseButton.LeftButton)

    assert queries.node(db, T1).tps_class == "rawan"
    assert queries.node(db, T2).tps_class == "sangat_rawan"
    assert queries.node(db, T3).tps_class == "rawan"
    [flood] = threats.threats_of(db, T2)
    assert (flood.category, flood.level, flood.source) == ("banjir", 3, "bawaslu")
    assert (flood.actor, flood.reason) == (OFFICER, reason)
    assert datetime.fromisoformat(flood.observed_at) == when.astimezone()
    assert [(t.category, t.level) for t in threats.threats_of(db, T1)] == [
        ("bencana_lain", 2),
        ("lokasi_tps", 2),
    ]
    assert threats.threats_of(db, T3) == []

    assert dialog.changed_codes == [T1, T2]
    assert [e.entity for e in dialog.applied_edits] == ["tps", "threat"]
    first, second = (e.change for e in dialog.applied_edits)
    assert second.seq == first.seq + 1 and second.prev_hash == first.hash
    threats.compensate_all(db, dialog.applied_edits, actor="uji", reason="batal")
    assert queries.node(db, T1).tps_class == "kurang_rawan"
    assert [(t.category, t.level) for t in threats.threats_of(db, T2)] == [("banjir", 1)]
    assert threats.rollup_mismatches(db) == []


def test_a_new_source_typed_in_the_list_is_added(qtbot, dialog, db, tmp_path):
    dialog.load_file(write(tmp_path, GOOD))
    combo = dialog.ui.sourceCombo
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Rapat Forkopimda Lebak")
    qtbot.keyClicks(dialog.ui.reasonEdit, "hasil rapat")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)

    [added] = [s for s in threats.sources(db) if s.label.id == "Rapat Forkopimda Lebak"]
    assert not added.shipped
    [flood] = threats.threats_of(db, T2)
    assert flood.source == added.key


def test_a_source_named_in_english_is_the_listed_source(qtbot, dialog, db, tmp_path):
    dialog.load_file(write(tmp_path, GOOD))
    combo = dialog.ui.sourceCombo
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Bawaslu mapping")
    qtbot.keyClicks(dialog.ui.reasonEdit, "pemetaan")
    before = [s.key for s in threats.sources(db, include_hidden=True)]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)
    assert [s.key for s in threats.sources(db, include_hidden=True)] == before
    [flood] = threats.threats_of(db, T2)
    assert flood.source == "bawaslu"


def test_a_locked_database_warns_keeps_the_dialog_and_changes_nothing(
    qtbot, dialog, db, banten_path, tmp_path, warnings, monkeypatch
):
    dialog.load_file(write(tmp_path, GOOD))
    before = dump(banten_path)

    def locked(*_args, **_kwargs):
        # What SQLite says when another program holds the write lock past the busy timeout.
        raise OperationalError("COMMIT", {}, Exception("database is locked"))

    monkeypatch.setattr(mapping_import_dialog, "apply_mapping", locked)
    qtbot.keyClicks(dialog.ui.reasonEdit, "pemetaan")
    qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)

    [(_title, text)] = warnings
    assert "database is locked" in text
    assert dialog.isVisible() and on_page(dialog, "previewPage")
    assert dialog.applied_edits == [] and dialog.changed_codes == []
    assert dump(banten_path) == before


BAD_FILES = [
    pytest.param(
        GOOD + "36.02.01.2002;9;rawan;;\n",
        5,
        "no_tps",
        "TPS 36.02.01.2002.009 tidak ada di basis data",
        id="unknown-tps",
    ),
    pytest.param(
        "kode_desa;no_tps;banjir\n36.02.01.2002;1;parah\n", 2, "banjir", "parah", id="bad-level"
    ),
    pytest.param(
        "kode_desa;kelas\n36.02.01.2002;rawan\n", 1, "", "kolom tidak ada: nomor TPS", id="column"
    ),
]


@pytest.mark.parametrize(("body", "row", "column", "words"), BAD_FILES)
def test_bad_file_lists_its_problems_and_imports_nothing(
    qtbot, dialog, banten_path, tmp_path, body, row, column, words
):
    before = dump(banten_path)
    assert dialog.load_file(write(tmp_path, body, "peta.csv")) is False

    assert on_page(dialog, "problemsPage")
    assert not dialog.ui.applyButton.isVisible()
    assert dialog.ui.chooseAnotherButton.isVisible()
    assert dialog.plan is None and dialog.problems
    assert "peta.csv" in dialog.ui.problemsHeadline.text()
    rows = problem_rows(dialog.ui.problemsView)
    assert any(
        r[:4] == ["peta.csv", str(row), column, "kesalahan"] and words in r[4] for r in rows
    ), rows
    assert dialog.ui.problemsView.isColumnHidden(ProblemsModel.SHEET), "a CSV has no sheets"
    assert dump(banten_path) == before


def test_unreadable_file_is_shown_as_a_problem(dialog, tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)

    def refuse(_db, p, **_answers):
        raise PermissionError(13, "Permission denied", str(p))

    monkeypatch.setattr(mapping_import_dialog, "plan_mapping", refuse)
    assert dialog.load_file(path) is False
    assert on_page(dialog, "problemsPage")
    [[name, row, column, _kind, message]] = problem_rows(dialog.ui.problemsView)
    assert (name, row, column) == ("bawaslu.csv", "", "")
    assert "Permission denied" in message


def test_file_that_changes_nothing_cannot_be_applied(qtbot, dialog, tmp_path):
    body = "kode_desa;no_tps;kelas;banjir\n36.02.01.2002;3;rawan;\n36.02.01.2002;2;;rendah\n"
    assert dialog.load_file(write(tmp_path, body)) is True

    assert on_page(dialog, "previewPage")
    assert dialog.plan is not None and dialog.plan.empty
    assert dialog.ui.changesView.model().rowCount() == 0
    assert not dialog.ui.reasonEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.reasonEdit, "coba")
    assert not dialog.ui.applyButton.isEnabled()
    assert dialog.ui.hintLabel.text()


def test_choose_file_and_choose_another(qtbot, dialog, tmp_path, monkeypatch):
    good = write(tmp_path, GOOD)
    bad = write(tmp_path, "kode_desa;no_tps;banjir\n36.02.01.2002;1;parah\n", "salah.csv")
    answers = [str(bad), "", str(good)]
    monkeypatch.setattr(
        file_chooser, "get_open_file_name", lambda *_args, **_kw: (answers.pop(0), "")
    )

    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert on_page(dialog, "problemsPage")
    assert problem_rows(dialog.ui.problemsView)[0][2] == "banjir"
    qtbot.mouseClick(dialog.ui.chooseAnotherButton, Qt.MouseButton.LeftButton)
    assert on_page(dialog, "problemsPage"), "cancelling the file dialog keeps the page"
    qtbot.mouseClick(dialog.ui.chooseAnotherButton, Qt.MouseButton.LeftButton)
    assert on_page(dialog, "previewPage")
    assert dialog.problems == [] and len(table(dialog.ui.changesView)) == 5
    assert dialog.ui.chooseAnotherButton.isVisible()


def test_xlsx_mapping(dialog, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kode Desa", "No TPS", "Kelas", "Politik Uang"])
    sheet.append(["36.02.01.2002", 1, "Sangat Rawan", "tinggi"])
    path = tmp_path / "pemetaan.xlsx"
    book.save(path)

    assert dialog.load_file(path) is True
    rows = table(dialog.ui.changesView)
    assert [r[0] for r in rows] == [T1, T1]
    assert rows[0][2].endswith("Kurang rawan → Sangat rawan")
    assert rows[1][2].startswith("Politik uang") and rows[1][2].endswith("Tidak ada → Tinggi")


def test_long_preview_is_cut_but_everything_is_applied(qtbot, dialog, db, tmp_path, monkeypatch):
    monkeypatch.setattr(mapping_import_dialog, "MAX_SHOWN", 2)
    dialog.load_file(write(tmp_path, GOOD))
    assert len(table(dialog.ui.changesView)) == 2
    assert dialog.ui.limitNote.isVisible()
    qtbot.keyClicks(dialog.ui.reasonEdit, "pemetaan")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ui.applyButton, Qt.MouseButton.LeftButton)
    assert queries.node(db, T2).tps_class == "sangat_rawan"
    assert [t.level for t in threats.threats_of(db, T2)] == [3]


def test_labels_follow_the_interface_language(qapp, dialog, tmp_path):
    dialog.load_file(write(tmp_path, GOOD))
    i18n.apply_language("en")
    qapp.processEvents()
    rows = table(dialog.ui.changesView)
    assert rows[0][2].endswith("Less vulnerable → Vulnerable")
    assert rows[4][2].startswith("Flood") and rows[4][2].endswith("Low → High")
    assert dialog.ui.sourceCombo.currentText() == "Bawaslu mapping"


def test_models_pass_the_model_tester(qtmodeltester, dialog, tmp_path):
    qtmodeltester.check(ChangesModel())
    qtmodeltester.check(ProblemsModel())
    dialog.load_file(write(tmp_path, GOOD))
    qtmodeltester.check(dialog.changes_model)
    problems = ProblemsModel()
    problems.set_problems(
        [Problem("a.csv", 3, "banjir", "unknown threat level"), Problem("a.csv", None, None, "x")]
    )
    qtmodeltester.check(problems)
    assert problems.index(0, 0).data(Qt.ItemDataRole.UserRole) is None
    assert problems.data(QModelIndex()) is None


def test_every_import_problem_has_a_translatable_text():
    """Both import dialogs list every problem text of the reader and the importers."""
    from commandpost.gui.dialogs.import_texts import PROBLEM_TEXTS
    from commandpost.store.mapping_import import MappingMsg
    from commandpost.store.roster_import import RosterMsg
    from commandpost.store.stage_import import StageMsg
    from commandpost.store.tps_import import Msg
    from commandpost.tabular import Msg as TableMsg

    templates = set(TableMsg.all()) | set(Msg.all())
    templates |= {v for k, v in vars(MappingMsg).items() if k.isupper() and isinstance(v, str)}
    templates |= set(StageMsg.all())
    templates |= set(RosterMsg.all())
    assert sorted(set(PROBLEM_TEXTS)) == sorted(templates)
    assert len(PROBLEM_TEXTS) == len(set(PROBLEM_TEXTS))


def test_problems_are_shown_in_indonesian(qtbot, banten_db, tmp_path):
    from commandpost.gui.dialogs.mapping_import_dialog import MappingImportDialog

    bad = tmp_path / "salah.csv"
    bad.write_text("kode_desa,no_tps,kelas\n36.02.01.2002,1,sedikit\n", encoding="utf-8")
    dialog = MappingImportDialog(banten_db)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(bad)
    text = dialog.problems_model.index(0, ProblemsModel.MESSAGE).data()
    assert text.startswith("kelas TPS 'sedikit' tidak dikenal")


# --- questions: unknown columns and "T" ---------------------------------------------------

C08 = Path(__file__).parents[1] / "cases" / "C08-tps-rawan-mixed.csv"


@pytest.fixture
def c08_dialog(qtbot, banten_db):
    """The dialog on a database that has every TPS C08 names."""
    add_tps(banten_db, [("36.01.31.2005", n, "", 200) for n in range(1, 7)])
    add_tps(banten_db, [("36.01.31.2001", 1, "", 200)])
    dlg = MappingImportDialog(banten_db)
    qtbot.addWidget(dlg)
    dlg.resize(900, 640)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_unknown_column_and_t_are_asked_nothing_is_guessed(qtbot, c08_dialog):
    dialog = c08_dialog
    assert dialog.load_file(C08) is False

    assert on_page(dialog, "questionPage")
    assert "C08-tps-rawan-mixed.csv" in dialog.ui.questionHeadline.text()
    combo = dialog.findChild(QComboBox, "mapColumn_jaringan_internet")
    assert combo is not None and combo.isVisible()
    assert combo.currentIndex() == -1 and combo.placeholderText() == "— pilih —"
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[0] == "Abaikan kolom ini"
    assert "Gangguan jaringan internet (Listrik dan internet)" in items
    assert dialog.ui.tGroup.isVisible() and "baris 3" in dialog.ui.tNote.text()
    assert not dialog.ui.tNoRadio.isChecked() and not dialog.ui.tYesRadio.isChecked()
    continue_button = dialog.ui.continueButton
    assert continue_button.isVisible() and not continue_button.isEnabled()
    assert not dialog.ui.applyButton.isVisible()

    # Keyboard only: the column first, then T.
    dialog.activateWindow()
    qtbot.waitUntil(combo.hasFocus)  # the first question has the focus
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Abaikan kolom ini"
    assert not continue_button.isEnabled(), "T is still unanswered"
    qtbot.keyClick(combo, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # T = &tidak
    qtbot.waitUntil(dialog.ui.tNoRadio.isChecked)  # a mnemonic clicks after a short flash
    assert continue_button.isEnabled()

    qtbot.keyClick(dialog.ui.tNoRadio, Qt.Key.Key_Return)  # Lanjutkan is the default button
    # The answers are taken; rows 6 and 7 are still wrong, and only they.
    assert on_page(dialog, "problemsPage")
    rows = problem_rows(dialog.ui.problemsView)
    assert [(r[1], r[2]) for r in rows] == [("6", "kategori"), ("7", "politik_uang")], rows
    assert "cukup rawan" in rows[0][4] and "'4'" in rows[1][4]
    assert dialog.column_map == {"jaringan_internet": ""} and dialog.t_means == "tidak"


def test_a_column_mapped_to_an_indicator_is_imported_and_noted(qtbot, dialog, tmp_path):
    body = "kode_desa;no_tps;kelas;jaringan\n36.02.01.2002;1;rawan;ya\n"
    assert dialog.load_file(write(tmp_path, body)) is False
    combo = dialog.findChild(QComboBox, "mapColumn_jaringan")
    assert not dialog.ui.tGroup.isVisible()
    combo.setCurrentIndex(combo.findData("internet"))
    assert dialog.ui.continueButton.isEnabled()
    qtbot.mouseClick(dialog.ui.continueButton, Qt.MouseButton.LeftButton)

    assert on_page(dialog, "previewPage")
    rows = table(dialog.ui.changesView)
    assert [r[2].split(":")[0] for r in rows] == ["Kelas", "Listrik dan internet"]
    notes = problem_rows(dialog.ui.notesView)
    assert [n[2:] for n in notes] == [
        ["jaringan", "catatan", "kolom dipetakan ke indikator internet"]
    ]
    assert dialog.ui.previewTabs.tabText(1) == "&Catatan (1)"


# A completer's list is a popup, which the offscreen platform cannot raise or give the
# keyboard to; it says so (this replaces the conftest's own ignore).
@pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)
def test_typing_a_word_of_the_indicator_finds_it(qtbot, dialog, tmp_path):
    """The officer types "internet": the list offers "Gangguan jaringan internet", although
    its name starts otherwise; Down and Enter take it."""
    body = "kode_desa;no_tps;kelas;jaringan\n36.02.01.2002;1;rawan;ya\n"
    assert dialog.load_file(write(tmp_path, body)) is False
    combo = dialog.findChild(QComboBox, "mapColumn_jaringan")
    dialog.activateWindow()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo.lineEdit(), "internet")
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    # The category's name has the word as well, so both its indicators are offered.
    assert offered == [
        "Gangguan listrik (Listrik dan internet)",
        "Gangguan jaringan internet (Listrik dan internet)",
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.currentData() == "internet"
    assert dialog.ui.continueButton.isEnabled()


def test_esc_after_answering_asks_before_throwing_the_answers_away(qtbot, banten_db, qapp):
    from commandpost.gui import dialog_keys
    from tests.gui.util import check_handled, on_next_dialog

    dialog_keys.install(qapp)
    try:
        add_tps(banten_db, [("36.01.31.2005", n, "", 200) for n in range(1, 7)])
        add_tps(banten_db, [("36.01.31.2001", 1, "", 200)])
        dlg = MappingImportDialog(banten_db)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert dlg.load_file(C08) is False
        combo = dlg.findChild(QComboBox, "mapColumn_jaringan_internet")
        combo.setCurrentIndex(0)  # "Abaikan kolom ini"
        seen = on_next_dialog(qtbot, lambda box: box.defaultButton().click())  # Kembali
        qtbot.keyClick(dlg.ui.tNoRadio, Qt.Key.Key_Escape)
        assert check_handled(seen).objectName() == "discardQuestion"
        assert dlg.isVisible() and combo.currentIndex() == 0
        seen = on_next_dialog(
            qtbot, lambda box: next(b for b in box.buttons() if b.text() == "Buang").click()
        )
        qtbot.keyClick(dlg.ui.tNoRadio, Qt.Key.Key_Escape)
        check_handled(seen)
        assert not dlg.isVisible()
    finally:
        dialog_keys.uninstall(qapp)
