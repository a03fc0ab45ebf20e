"""Importing a personnel roster: refused rows, the preview (never a phone number), the import."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from commandpost.gui import file_chooser, i18n
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import problem_text
from commandpost.gui.dialogs.import_views import ProblemsModel
from commandpost.gui.strength import roster_dialog
from commandpost.gui.strength.roster_dialog import RosterImportDialog
from commandpost.store import personnel, units
from commandpost.store.changelog import ChangeError
from commandpost.tabular import Msg as TableMsg
from tests import fixtures_store
from tests.fixtures_store import ACTOR
from tests.helpers import dump

kibin_template = fixtures_store.kibin_template
kibin_path = fixtures_store.kibin_path
kibin_db = fixtures_store.kibin_db

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "cases"
C14 = CASES / "C14-roster-pam-tps.xlsx"
OFFICER = "Bripka Andi Saputra"
REFUSED = [("PAM TPS", 7), ("PAM TPS", 8), ("PERSONEL", 5), ("PERSONEL", 6)]


@pytest.fixture
def contoh_db(kibin_db):
    """The C14 workbook's units all known: Polres Contoh added as an officer would."""
    units.add_unit(
        kibin_db, name="Polres Contoh", kind="polres", parent="Polda Banten", actor=ACTOR
    )
    return kibin_db


@pytest.fixture
def questions(monkeypatch):
    """Yes/no questions the dialog asked (answered from ``answers``, Yes by default)."""
    asked: list[tuple[str, str]] = []
    answers: list[bool] = []

    def ask(_parent, title, text):
        asked.append((title, text))
        return answers.pop(0) if answers else True

    monkeypatch.setattr(roster_dialog, "ask_question", ask)
    return asked, answers


def fixed(tmp_path: Path) -> Path:
    """C14 with the cells its README refuses corrected as the officer would."""
    book = openpyxl.load_workbook(C14)
    for (sheet, cell), value in {
        ("PAM TPS", "E7"): "AIPDA/85011299",
        ("PAM TPS", "H7"): "14",
        ("PAM TPS", "H8"): "15-17",
        ("PERSONEL", "D5"): "01020346",
        ("PERSONEL", "D6"): "198501012010012001",
    }.items():
        book[sheet][cell] = value
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def make_dialog(qtbot, db, **kwargs) -> RosterImportDialog:
    cfg.set_operator_name(OFFICER)
    dlg = RosterImportDialog(db, **kwargs)
    qtbot.addWidget(dlg)
    dlg.resize(1100, 680)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def table(view) -> list[list[str]]:
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(view) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def refused_places(dlg) -> list[tuple[str, int]]:
    model = dlg.problems_model
    return sorted(
        {
            (
                model.index(r, ProblemsModel.SHEET).data(),
                int(model.index(r, ProblemsModel.ROW).data()),
            )
            for r in range(model.rowCount())
        }
    )


def assert_fits_a_laptop(dlg) -> None:
    for hint in (dlg.sizeHint(), dlg.minimumSizeHint()):
        assert hint.width() <= 1366 and hint.height() <= 700, hint
    assert dlg.width() <= 1366 and dlg.height() <= 700


# --- a refused file ----------------------------------------------------------------------


def test_c14_as_is_lists_the_four_refused_rows_and_imports_nothing(
    qtbot, contoh_db, kibin_path, monkeypatch
):
    before = dump(kibin_path)
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(C14) is False

    assert dlg.pages.currentWidget() is dlg.problems_page
    assert refused_places(dlg) == REFUSED
    view = dlg.problems_view
    assert not view.isColumnHidden(ProblemsModel.SHEET)  # the sheet, as the file names it
    assert view.isColumnHidden(ProblemsModel.FILE)  # named once, above the list
    rows = table(view)
    places = {(r[ProblemsModel.SHEET], r[ProblemsModel.ROW], r[ProblemsModel.FIELD]) for r in rows}
    assert places == {
        ("PAM TPS", "7", "PANGKAT/NRP"),
        ("PAM TPS", "7", "TPS"),
        ("PAM TPS", "8", "TPS"),
        ("PERSONEL", "5", "NRP/NIP"),
        ("PERSONEL", "6", "NRP/NIP"),
    }
    # Each message in the interface language, as problem_text gives it.
    problems = dlg.problems_model.problems()
    assert [r[ProblemsModel.MESSAGE] for r in rows] == [problem_text(p) for p in problems]
    assert "4" in dlg.problems_headline.text()
    assert dlg.problems_headline.isVisible() and dlg.problems_note.isVisible()
    # Nothing can be imported; another file can be chosen.
    assert not dlg.import_button.isEnabled()
    assert dlg.choose_another_button.isVisible() and dlg.choose_another_button.isEnabled()
    # Enter on the focused button chooses another file (here: the officer cancels it).
    chosen: list[str] = []
    monkeypatch.setattr(
        file_chooser, "get_open_file_name", lambda *args: chosen.append(args[1]) or ("", "")
    )
    qtbot.keyClick(dlg.choose_another_button, Qt.Key.Key_Return)
    qtbot.keyClick(dlg, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(chosen) == 1
    assert dlg.isVisible() and dlg.change is None
    assert dlg.pages.currentWidget() is dlg.problems_page
    assert dump(kibin_path) == before


def test_the_lost_leading_zero_hint_is_readable_in_full(qtbot, contoh_db):
    dlg = make_dialog(qtbot, contoh_db)
    dlg.load_file(C14)
    problems = dlg.problems_model.problems()
    row = next(i for i, p in enumerate(problems) if (p.sheet, p.row) == ("PERSONEL", 5))
    assert problems[row].template == TableMsg.NRP_ZERO_LOST
    hint = problem_text(problems[row])
    assert "1020346" in hint and len(hint) > 100
    # In the table: the row is as tall as its wrapped text.
    view = dlg.problems_view
    width = view.columnWidth(ProblemsModel.MESSAGE)
    needed = view.fontMetrics().boundingRect(
        QRect(0, 0, width - 8, 10_000), Qt.TextFlag.TextWordWrap, hint
    )
    assert view.wordWrap() and view.rowHeight(row) >= needed.height()
    # And in full below it, with where it is, when the row is selected.
    view.selectRow(row)
    detail = dlg.detail_label
    assert detail.isVisible() and detail.wordWrap()
    assert hint in detail.text() and "PERSONEL" in detail.text() and "NRP/NIP" in detail.text()


def test_an_unknown_unit_is_refused_on_every_row_that_names_it(qtbot, kibin_db, kibin_path):
    before = dump(kibin_path)
    dlg = make_dialog(qtbot, kibin_db, path=C14)  # given a path, it is read at once
    assert dlg.pages.currentWidget() is dlg.problems_page
    assert refused_places(dlg) == sorted(
        [*REFUSED, ("PERSONEL", 3), ("PERSONEL", 4), ("PERSONEL", 10)]
    )
    units_refused = [p for p in dlg.problems_model.problems() if p.field == "SATKER"]
    assert {p.row for p in units_refused} == {3, 4, 5, 6, 10}
    assert all("POLRES CONTOH" in problem_text(p) for p in units_refused)
    assert "7" in dlg.problems_headline.text()
    assert not dlg.import_button.isEnabled()
    assert dump(kibin_path) == before


# --- a good file: the preview, then the import ---------------------------------------------


def test_corrected_c14_preview_then_enter_imports_the_people(qtbot, contoh_db, tmp_path):
    path = fixed(tmp_path)
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(path) is True
    assert dlg.pages.currentWidget() is dlg.preview_page

    counts = dlg.counts()
    assert counts is not None
    assert (counts.people, counts.new, counts.updated, counts.bko, counts.assignments) == (
        15,
        15,
        0,
        2,
        7,
    )
    assert counts.sheets == ("PAM TPS", "PERSONEL")
    summary = dlg.summary_label.text()
    for shown in ("<b>15</b>", "<b>2</b>", "<b>7</b>", "PAM TPS, PERSONEL"):
        assert shown in summary

    people = {row[0]: row for row in table(dlg.people_view)}
    assert len(people) == 15
    assert len(headers(dlg.people_view)) == 6
    # NRP, rank as printed, name, home unit, BKO to, post.
    assert people["02030456"] == [
        "02030456",
        "Bharada",
        "DEDI CONTOH",
        "Sat Brimob",
        "Polsek Kibin",
        "Tambak TPS 901-904",
    ]
    assert people["85011234"][1:] == [
        "Bripka",
        "AGUS CONTOH",
        "Polsek Kibin",
        "",
        "Tambak TPS 1-5, 7",
    ]
    assert people["198501012010012001"][1] == "Penata Tk. I"
    assert people["70010123"][1] == people["71050678"][1] == "Kombes Pol"
    # The reader's notes: the title row skipped, the NO columns not used.
    notes = dlg.notes_model.problems()
    assert TableMsg.SKIPPED_TITLE in {p.template for p in notes}
    assert {(p.sheet, p.field) for p in notes if p.template == TableMsg.NOT_USED} == {
        ("PAM TPS", "NO"),
        ("PERSONEL", "NO"),
    }
    assert dlg.import_button.isEnabled() and dlg.import_button.isDefault()

    with qtbot.waitSignal(dlg.accepted):
        qtbot.keyClick(dlg, Qt.Key.Key_Return)
    assert dlg.change is not None and dlg.change.op == "import_roster"
    assert {"15", "2", "7", "roster.xlsx"} <= set(
        dlg.summary.replace("(", " ").replace(",", " ").split()
    )
    everyone = {p.nrp: p for p in personnel.people(contoh_db)}
    assert set(everyone) == set(people)
    assert everyone["02030456"].bko_unit_name == "Polsek Kibin"
    assert everyone["85011234"].post_name == "Tambak TPS 1-5, 7"


def test_the_preview_never_shows_a_phone_number(qtbot, contoh_db, tmp_path):
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(fixed(tmp_path))
    phones = [p.phone for p in dlg.plan.people if p.phone]
    assert len(phones) == 7  # the PAM TPS sheet has them; the import keeps them
    for tab in range(dlg.tabs.count()):  # every tab of the preview shown once
        dlg.tabs.setCurrentIndex(tab)
    shown: list[str] = []
    for view in dlg.findChildren(QAbstractItemView):
        shown += [str(h) for h in headers(view)]
        shown += [str(cell) for row in table(view) for cell in row]
        model = view.model()
        shown += [
            str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
    shown += [label.text() for label in dlg.findChildren(QLabel)]
    text = "\n".join(shown).lower()
    titles = [str(h).lower() for view in dlg.findChildren(QAbstractItemView) for h in headers(view)]
    assert not set(titles) & {"hp", "no. hp", "no hp", "phone", "telepon", "no. telepon"}
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "\n")
    for phone in phones:
        assert phone.lower() not in text
        assert "".join(ch for ch in phone if ch.isdigit()) not in digits


def test_ctrl_enter_imports_in_the_background_with_a_summary_for_the_status_bar(
    qtbot, contoh_db, tmp_path, monkeypatch
):
    i18n.apply_language("en")
    work: dict = {}
    real_apply = roster_dialog.apply_roster_import

    def apply(db, plan, *, actor, progress=None):
        work.update(actor=actor, worker=threading.current_thread() is not threading.main_thread())
        progress(0.5, "people")  # reported to the bar in the dialog
        return real_apply(db, plan, actor=actor, progress=progress)

    monkeypatch.setattr(roster_dialog, "apply_roster_import", apply)
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(fixed(tmp_path))
    formats: list[str] = []
    dlg.progress_bar.valueChanged.connect(lambda _v: formats.append(dlg.progress_bar.format()))
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    with qtbot.waitSignal(dlg.accepted):
        qtbot.keyClick(dlg.people_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dlg.summary == "15 people (2 BKO), 7 assignments from roster.xlsx"
    assert work == {"actor": OFFICER, "worker": True}
    assert "Saving the people… %p%" in formats
    assert not dlg.progress_bar.isVisible()
    assert dlg.result() == RosterImportDialog.DialogCode.Accepted
    assert len(personnel.people(contoh_db)) == 15


def test_a_failed_import_says_so_and_changes_nothing(
    qtbot, contoh_db, kibin_path, tmp_path, monkeypatch
):
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(fixed(tmp_path))
    before = dump(kibin_path)
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(roster_dialog, "show_warning", lambda _p, t, x: warned.append((t, x)))

    def fail(*_args, **_kwargs):
        raise ChangeError("person 85011234: unknown unit polsek-kibin")

    monkeypatch.setattr(roster_dialog, "apply_roster_import", fail)
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1 and "unknown unit polsek-kibin" in warned[0][1]
    assert dlg.isVisible() and dlg.change is None and dlg.import_button.isEnabled()
    assert not dlg.progress_bar.isVisible()
    assert dump(kibin_path) == before


# --- choosing a file, the encoding question, the keyboard, the size ------------------------


def test_the_last_folder_is_remembered(qtbot, contoh_db, tmp_path, monkeypatch):
    path = fixed(tmp_path)
    asked: list[str] = []

    def choose(_parent, _title, folder, _filters):
        asked.append(folder)
        return str(path), ""

    monkeypatch.setattr(file_chooser, "get_open_file_name", choose)
    dlg = make_dialog(qtbot, contoh_db)
    qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    assert dlg.pages.currentWidget() is dlg.preview_page
    qtbot.mouseClick(dlg.choose_another_button, Qt.MouseButton.LeftButton)
    assert asked == ["", str(tmp_path)]
    assert cfg.settings().value(roster_dialog.LAST_FOLDER) == str(tmp_path)


def test_a_windows_1252_csv_is_read_so_only_when_the_officer_says_so(
    qtbot, contoh_db, tmp_path, questions
):
    asked, answers = questions
    path = tmp_path / "pam.csv"
    path.write_bytes(
        "nama;pangkat;nrp;satuan\r\nMa’ruf Contoh;Bripka;85019999;Polsek Kibin\r\n".encode("cp1252")
    )
    dlg = make_dialog(qtbot, contoh_db)
    answers.append(False)
    assert dlg.load_file(path) is False
    assert len(asked) == 1 and "pam.csv" in asked[0][1]
    assert dlg.problems_model.problems()[0].template == TableMsg.PROBABLY_CP1252
    assert not dlg.import_button.isEnabled()

    assert dlg.load_file(path) is True  # Yes this time
    assert len(asked) == 2
    assert [row[2] for row in table(dlg.people_view)] == ["Ma’ruf Contoh"]
    assert "pam.csv" not in dlg.summary_label.text()  # a CSV has no sheets to name


def test_esc_cancels_and_imports_nothing(qtbot, contoh_db, kibin_path, tmp_path):
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(fixed(tmp_path))
    before = dump(kibin_path)
    with qtbot.waitSignal(dlg.rejected):
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert dlg.change is None and dlg.summary == ""
    assert dump(kibin_path) == before


def test_tab_reaches_the_list_and_the_buttons(qtbot, contoh_db, tmp_path):
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(fixed(tmp_path))
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    assert QApplication.focusWidget() is dlg.import_button
    seen = []
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    for widget in (
        dlg.tabs.tabBar(),
        dlg.people_view,
        dlg.choose_another_button,
        dlg.import_button,
        dlg.cancel_button,
    ):
        assert widget in seen, widget.objectName()


def test_the_dialog_fits_a_1366x768_laptop(qtbot, contoh_db, tmp_path):
    dlg = make_dialog(qtbot, contoh_db)
    dlg.resize(dlg.sizeHint())
    assert_fits_a_laptop(dlg)
    dlg.load_file(C14)
    assert_fits_a_laptop(dlg)
    dlg.load_file(fixed(tmp_path))
    assert_fits_a_laptop(dlg)
    # In the preview at the laptop's size, every column header can be read.
    dlg.resize(1366, 700)
    QApplication.processEvents()
    header = dlg.people_view.horizontalHeader()
    metrics = header.fontMetrics()
    for column, title in enumerate(headers(dlg.people_view)):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title


def test_the_dialog_follows_the_interface_language(qtbot, contoh_db, tmp_path):
    dlg = make_dialog(qtbot, contoh_db)
    assert dlg.load_file(fixed(tmp_path))
    assert dlg.windowTitle() == "Impor daftar personel"
    i18n.apply_language("en")
    # Qt delivers the language change as an event.
    qtbot.waitUntil(lambda: dlg.windowTitle() == "Import a personnel roster")
    assert dlg.tabs.tabText(0) == "&People (15)"
    assert headers(dlg.people_view) == ["NRP/NIP", "Rank", "Name", "Unit", "BKO to", "Post"]
