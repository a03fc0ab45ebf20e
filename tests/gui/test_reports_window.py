"""File › Situation report… (Ctrl+Shift+L): the dialog, its preview, PDF and refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from commandpost.gui import file_chooser
from commandpost.gui.reports.dialog import SitrepDialog
from commandpost.store import units
from commandpost.store.database import open_database
from tests.gui.util import make_window
from tests.helpers import copy_db

LEBAK = "Polres Lebak"
# The offscreen platform cannot raise a window; the dialog asks it to when opened.
RAISE = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")


@pytest.fixture(scope="module")
def units_template(demo_template, tmp_path_factory):
    """The demo operation's Banten database with Banten's units (Polda, Polres, Polsek)."""
    path = copy_db(demo_template, tmp_path_factory.mktemp("sitrep") / "units.sqlite")
    db = open_database(path)
    units.load_units(db, units.read_units_template(), actor="uji", reason="uji")
    db.close()
    return path


@pytest.fixture
def db_path(units_template, tmp_path):
    return copy_db(units_template, tmp_path / "sitrep.sqlite")


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def refusals(monkeypatch):
    """What would have gone to a message box: (title, text) pairs."""
    seen: list[tuple[str, str]] = []

    def warning(_parent, title, text, *_args, **_kwargs):
        seen.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


def make_dialog(qtbot, db, unit=None) -> SitrepDialog:
    dialog = SitrepDialog(db, unit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def lebak(db) -> str:
    return units.find_unit(db, LEBAK).id


@RAISE
def test_the_action_is_in_the_file_menu_and_opens_the_dialog_for_the_window_unit(qtbot, db_path):
    window = make_window(qtbot, db_path)
    try:
        action = window.reports.action
        assert action in window.ui.menuFile.actions()
        assert action.shortcut().toString() == "Ctrl+Shift+L"
        others = [
            a
            for a in window.findChildren(type(action))
            if a is not action and a.shortcut() == action.shortcut()
        ]
        assert not others, "the shortcut is taken"
        qtbot.waitUntil(lambda: window.strength.scope_combo.count() > 1)
        window.strength.scope_to(lebak(window.db))
        action.trigger()
        dialog = window.reports.dialog
        assert isinstance(dialog, SitrepDialog)
        assert dialog.unit() == lebak(window.db)
        qtbot.waitUntil(lambda: dialog.laid is not None, timeout=15000)
        assert dialog.document.title == "LAPORAN SITUASI"
        assert "Polres Lebak" in dialog.status_label.text()
        dialog.close()
        qtbot.waitUntil(lambda: window.reports.dialog is None)
    finally:
        window.close()
        window.close_database()


def test_the_preview_shows_every_page_and_the_page_number(qtbot, db, refusals):
    dialog = make_dialog(qtbot, db)
    # A demo operation: the 24 hours up to 06.00 the morning after voting day.
    assert dialog.period().local_end.replace(tzinfo=None) == dt.datetime(2024, 11, 28, 6, 0)
    assert dialog.period().hours == 24
    assert dialog.refresh()
    pages = dialog.laid.pages
    assert pages >= 2
    assert len(dialog.page_labels) == pages
    assert dialog.page_label.text().endswith(f" {pages}")
    assert dialog.page_label.text().split()[1] == "1"
    assert not refusals


def test_a_changed_classification_is_in_the_refreshed_report(qtbot, db):
    dialog = make_dialog(qtbot, db, lebak(db))
    assert dialog.refresh()
    assert dialog.document.classification == ""
    dialog.class_combo.setCurrentIndex(dialog.class_combo.findData("TERBATAS"))
    assert dialog.dirty
    dialog.status_combo.setCurrentText("kondusif")
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    qtbot.keyClick(dialog.class_combo, Qt.Key.Key_F5)
    assert not dialog.dirty
    assert dialog.document.classification == "TERBATAS"
    assert dialog.laid.document.classification == "TERBATAS"
    assert dialog.options().status == "kondusif"


def test_save_pdf_writes_the_report(qtbot, db, tmp_path, monkeypatch, refusals):
    from pypdf import PdfReader

    target = tmp_path / "lapsit"  # without the suffix: the dialog adds it
    asked: list[str] = []

    def save_name(_parent, _title, proposed, _filter, *_args, **_kwargs):
        asked.append(proposed)
        return str(target), "PDF"

    monkeypatch.setattr(file_chooser, "get_save_file_name", save_name)
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.save_button.click()  # builds the report first: nothing was previewed yet
    assert not refusals
    assert asked and asked[0].endswith(".pdf") and "polres-lebak" in asked[0]
    written = tmp_path / "lapsit.pdf"
    reader = PdfReader(written)
    assert len(reader.pages) == dialog.laid.pages
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "LAPORAN SITUASI" in text
    assert "LEBAK" in text.upper()


def test_a_period_that_ends_before_it_starts_is_refused_with_a_message(qtbot, db, refusals):
    dialog = make_dialog(qtbot, db)
    dialog.start_edit.setDateTime(dialog.end_edit.dateTime().addSecs(3600))
    assert dialog.length_label.text() == "Periode berakhir sebelum dimulai."
    assert not dialog.refresh()
    assert len(refusals) == 1
    assert "berakhir sebelum dimulai" in refusals[0][1]
    assert dialog.laid is None
    # Saving asks for nothing either: the report cannot be made.
    dialog.save_button.click()
    assert len(refusals) == 2


def test_the_dialog_fits_a_1366x768_screen(qtbot, db):
    dialog = make_dialog(qtbot, db)
    assert dialog.width() <= 1340 and dialog.height() <= 700
    hint = dialog.minimumSizeHint()
    assert hint.boundedTo(QSize(1340, 700)) == hint, hint
    dialog.resize(1340, 700)
    assert dialog.refresh()
    # the whole width of a page shows beside the form
    page = dialog.page_labels[0]
    assert page.width() <= dialog.preview.viewport().width()


def test_the_page_number_follows_the_scrolling(qtbot, db):
    dialog = make_dialog(qtbot, db)
    assert dialog.refresh()
    bar = dialog.preview.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    pages = dialog.laid.pages
    assert dialog.page_label.text().split()[1] == str(pages)
    bar.setValue(0)
    assert dialog.page_label.text().split()[1] == "1"


def test_print_sends_every_page_to_the_printer(qtbot, db, tmp_path, monkeypatch, refusals):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    target = tmp_path / "printed.pdf"

    def accept(print_dialog):
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = make_dialog(qtbot, db, lebak(db))
    assert dialog.refresh()
    qtbot.keyClick(dialog.class_combo, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not refusals
    assert target.stat().st_size > 0
    assert str(dialog.laid.pages) in dialog.status_label.text()


def test_a_saved_report_is_kept_as_issued_and_the_next_one_compares_with_it(
    qtbot, db, tmp_path, monkeypatch, refusals
):

    from commandpost.reports.document import Document
    from commandpost.store.issued_reports import issued_document, list_issued

    monkeypatch.setattr(
        file_chooser, "get_save_file_name", lambda *_a, **_k: (str(tmp_path / "a.pdf"), "PDF")
    )
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.save_button.click()
    assert not refusals
    [kept] = list_issued(db)
    assert kept.kind == "sitrep" and kept.unit_id == lebak(db)
    assert "disimpan sebagai terbitan" in dialog.status_label.text()
    _info, text = issued_document(db, kept.id)
    assert Document.from_json(text) == dialog.document
    # The next day's report says what changed since the one kept.
    dialog.end_edit.setDateTime(dialog.end_edit.dateTime().addDays(1))
    dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addDays(1))
    assert dialog.refresh()
    paragraphs = [b.text for b in dialog.document.blocks if hasattr(b, "text")]
    assert any(p.startswith("Dibanding laporan sebelumnya") for p in paragraphs)


# --- the printable lists ------------------------------------------------------------------

SITREP_ONLY = (
    "status_combo",
    "number_edit",
    "obstacles_edit",
    "outlook24_edit",
    "outlook48_edit",
    "recommendation_edit",
    "signer_post_edit",
    "signer_name_edit",
    "signer_rank_edit",
    "signer_nrp_edit",
    "place_edit",
    "charts_box",
)


def test_the_tps_rawan_list_shows_only_its_fields_and_builds(qtbot, db, refusals):
    dialog = make_dialog(qtbot, db, lebak(db))
    assert dialog.kind_combo.objectName() == "reportKind"
    assert dialog.kind() == "sitrep"
    assert all(getattr(dialog, name).isVisibleTo(dialog) for name in SITREP_ONLY)
    assert not dialog.stage_combo.isVisibleTo(dialog)
    assert not dialog.phone_box.isVisibleTo(dialog)
    assert dialog.refresh()
    dialog.kind_combo.setCurrentIndex(
        dialog.kind_combo.findText("Daftar TPS rawan dan sangat rawan")
    )
    assert dialog.kind() == "tps-rawan"
    assert dialog.dirty  # the kind is a field like any other
    assert dialog.windowTitle() == "Daftar TPS rawan dan sangat rawan"
    for name in SITREP_ONLY:
        field = getattr(dialog, name)
        assert field.isHidden() and not field.isVisibleTo(dialog), name
    for field in (dialog.start_edit, dialog.end_edit, dialog.stage_combo, dialog.phone_box):
        assert not field.isVisibleTo(dialog)
    for field in (dialog.unit_combo, dialog.class_combo, dialog.shift_combo):
        assert field.isVisibleTo(dialog)
    assert dialog.shift_combo.objectName() == "reportShift"
    assert dialog.shift_combo.currentIndex() == 0 and dialog.shift_combo.currentData() is None
    assert dialog.refresh()
    assert not refusals
    assert dialog.document.title == "DAFTAR TPS RAWAN DAN SANGAT RAWAN"
    assert dialog.laid.pages == len(dialog.page_labels) >= 1
    assert dialog.default_file_name() == "daftar-tps-rawan-polres-lebak-2024-11-28-0600.pdf"


def test_the_risk_register_defaults_to_the_stage_under_way_and_builds(qtbot, db, refusals):
    from commandpost.store.stages import take_template

    take_template(db, "pilkada_2024", actor="uji")
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("risks")
    assert dialog.stage_combo.objectName() == "reportStage"
    assert dialog.stage_combo.isVisibleTo(dialog)
    assert dialog.stage_combo.currentData() is not None  # the stage under way on 28 Nov
    assert not dialog.start_edit.isVisibleTo(dialog)
    assert dialog.refresh()
    assert not refusals
    assert dialog.document.title == "REGISTER RISIKO"
    assert dialog.stage_combo.currentText().strip() in " ".join(dialog.document.subtitle)


def test_the_assignment_list_with_phone_numbers_has_a_phone_column(qtbot, db, refusals):
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("assignments")
    assert dialog.phone_box.objectName() == "reportPhone"
    assert dialog.phone_box.isVisibleTo(dialog) and not dialog.phone_box.isChecked()
    assert dialog.refresh()
    titles = [c.title for t in dialog.document.tables() for c in t.columns]
    assert "No HP" not in titles
    dialog.phone_box.setChecked(True)
    assert dialog.dirty
    assert dialog.refresh()
    assert not refusals
    assert dialog.document.title == "DAFTAR PENUGASAN PERSONEL"
    assert all("No HP" in [c.title for c in t.columns] for t in dialog.document.tables())
    assert dialog.document.tables()


def test_save_excel_writes_the_tables_of_the_list(qtbot, db, tmp_path, monkeypatch, refusals):
    from openpyxl import load_workbook

    from commandpost.store.issued_reports import list_issued

    asked: list[tuple[str, str]] = []

    def save_name(_parent, _title, proposed, filters, *_args, **_kwargs):
        asked.append((proposed, filters))
        return str(tmp_path / "tps"), "Excel workbook (*.xlsx)"  # the suffix is added

    monkeypatch.setattr(file_chooser, "get_save_file_name", save_name)
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("tps")
    assert dialog.export_button.objectName() == "reportExport"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # for the shortcut
    qtbot.keyClick(dialog.class_combo, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not refusals
    assert asked and asked[0][0].endswith("daftar-tps-polres-lebak-2024-11-28-0600.xlsx")
    assert "*.xlsx" in asked[0][1] and "*.csv" in asked[0][1]
    written = tmp_path / "tps.xlsx"
    assert str(written) in dialog.status_label.text()
    sheet = load_workbook(written).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in values if r and r[0] == "No")
    total = next(r for r in values if r and "Jumlah seluruhnya" in [str(v) for v in r])
    assert total[header.index("Jumlah TPS")] == 3  # the three TPS of the demo in Lebak
    assert not list_issued(db)  # a list is not issued


def test_save_csv_and_a_file_that_cannot_be_written(qtbot, db, tmp_path, monkeypatch, refusals):

    target = tmp_path / "tps.csv"
    monkeypatch.setattr(
        file_chooser, "get_save_file_name", lambda *_a, **_k: (str(target), "CSV, UTF-8 (*.csv)")
    )
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("tps")
    dialog.export_button.click()
    assert not refusals
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Jumlah seluruhnya" in target.read_text(encoding="utf-8-sig")
    missing = tmp_path / "no-such-folder" / "tps.xlsx"
    monkeypatch.setattr(
        file_chooser, "get_save_file_name", lambda *_a, **_k: (str(missing), "Excel workbook")
    )
    dialog.export_button.click()
    assert len(refusals) == 1
    assert not missing.exists()


def test_the_incident_log_refuses_a_period_that_ends_before_it_starts(qtbot, db, refusals):
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("incidents")
    assert dialog.start_edit.isVisibleTo(dialog) and dialog.end_edit.isVisibleTo(dialog)
    assert not dialog.status_combo.isVisibleTo(dialog)
    assert dialog.refresh()
    assert dialog.document.title == "DAFTAR KEJADIAN DAN KEGIATAN"
    dialog.start_edit.setDateTime(dialog.end_edit.dateTime().addSecs(3600))
    assert not dialog.refresh()
    assert len(refusals) == 1
    assert "berakhir sebelum dimulai" in refusals[0][1]


def test_a_saved_list_is_not_kept_as_issued(qtbot, db, tmp_path, monkeypatch, refusals):

    from commandpost.store.issued_reports import list_issued

    monkeypatch.setattr(
        file_chooser, "get_save_file_name", lambda *_a, **_k: (str(tmp_path / "a.pdf"), "PDF")
    )
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("tps-rawan")
    dialog.save_button.click()
    assert not refusals
    assert (tmp_path / "a.pdf").stat().st_size > 0
    assert not list_issued(db)
    assert "terbitan" not in dialog.status_label.text()
    assert "a.pdf" in dialog.status_label.text()


def test_the_dialog_with_a_list_fits_a_1366x768_screen(qtbot, db):
    dialog = make_dialog(qtbot, db, lebak(db))
    dialog.choose_kind("assignments")
    hint = dialog.minimumSizeHint()
    assert hint.boundedTo(QSize(1340, 700)) == hint, hint
    dialog.resize(1340, 700)
    assert dialog.refresh()
    assert dialog.page_labels[0].width() <= dialog.preview.viewport().width()
