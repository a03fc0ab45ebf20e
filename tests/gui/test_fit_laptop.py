"""Every window and dialog fits the post's laptop; Ctrl+Enter saves; Esc asks before discarding.

The laptop is 1366×768 with a task bar: 1366×728 of available geometry. A window manager adds
a title bar and frame (screen_fit.FRAME_MARGIN) around a dialog's client area, so the client
area must fit within 1366×728 less that frame. At 125 % scaling a 1920×1080 screen offers
1536×864 logical pixels: bigger than 1366×728 both ways, so 1366×728 is the stricter bound and
passing it covers that screen too (no second run at another scale).

The offscreen screen of the tests is 800×800, so ``screen_fit.available_geometry`` (what the
dialogs size themselves by) is pointed at the laptop's 1366×728 here.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMessageBox,
    QWidget,
    QWizard,
)
from sqlalchemy import text

from commandpost.gui import dialog_keys, screen_fit
from commandpost.gui import settings as cfg
from commandpost.store import queries
from tests.gui.util import check_handled, make_window, on_next_dialog

LAPTOP = QRect(0, 0, 1366, 768 - 40)  # 1366×768 less a 40 px task bar
CLIENT = QSize(LAPTOP.width(), LAPTOP.height()) - screen_fit.FRAME_MARGIN


class Recorder:
    """What a dialog hands the window to record (its undo step)."""

    def __init__(self) -> None:
        self.calls: list = []

    def __call__(self, edits, summary) -> None:
        self.calls.append((list(edits), summary))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """The demo operation (`commandpost demo`): Banten, 17.231 TPS, units, people, stages,
    risks and incidents, as an officer's practice database holds them."""
    from commandpost.store.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("fit") / "demo.sqlite", seed=2024)


@pytest.fixture
def demo_file(demo_template, tmp_path) -> Path:
    target = tmp_path / "posko.sqlite"
    shutil.copy(demo_template, target)
    return target


@pytest.fixture
def laptop(monkeypatch):
    """Dialogs size themselves for a 1366×768 laptop."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda widget=None: QRect(LAPTOP))


@pytest.fixture
def demo_window(qtbot, demo_file, laptop):
    window = make_window(qtbot, demo_file)
    window.resize(LAPTOP.size() - screen_fit.FRAME_MARGIN)
    yield window
    window.close()
    window.close_database()


def tps_codes(db, count: int) -> list[str]:
    """``count`` TPS of Kabupaten Serang, neighbours in the tree."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT code FROM node WHERE level = 4 AND code LIKE '36.04.%' "
                "ORDER BY code LIMIT :n OFFSET 300"
            ),
            {"n": count},
        )
        return [row[0] for row in rows]


def tps_nodes(db, count: int):
    return [queries.node(db, code) for code in tps_codes(db, count)]


# --- the dialogs, each filled as an officer meets it ---------------------------------------


def _status_one(window):
    from commandpost.gui.dialogs.status_dialog import StatusDialog

    return StatusDialog(window.db, tps_nodes(window.db, 1), window)


def _status_40(window):
    from commandpost.gui.dialogs.status_dialog import StatusDialog

    return StatusDialog(window.db, tps_nodes(window.db, 40), window)


def _status_region(window):
    from commandpost.gui.dialogs.status_dialog import StatusDialog

    return StatusDialog(window.db, [queries.node(window.db, "36.04")], window)


def _incident(window):
    from commandpost.gui.dialogs.incident_dialog import IncidentDialog

    return IncidentDialog(window.db, tps_nodes(window.db, 1)[0], window)


def _an_incident(db):
    from commandpost.store import incidents

    return incidents.list_incidents(db)[0]


def _incident_step(window):
    from commandpost.gui.dialogs.incident_dialog import IncidentStepDialog

    return IncidentStepDialog(window.db, _an_incident(window.db), "ditangani", window)


def _incident_correction(window):
    from commandpost.gui.dialogs.incident_correction import CORRECT, IncidentCorrectionDialog

    return IncidentCorrectionDialog(window.db, _an_incident(window.db), CORRECT, window)


def _settings(window):
    from commandpost.gui.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog(window)


def _identity(window):
    from commandpost.gui.duty.dialogs import IdentityDialog

    return IdentityDialog(window.db, window)


def _handover(window):
    from commandpost.gui.duty.dialogs import HandoverDialog

    return HandoverDialog(window.db, window)


def _operation_wizard(window):
    from commandpost.gui.operation.wizard import OperationWizard

    return OperationWizard(window)


def _sources(window):
    from commandpost.gui.dialogs.sources_dialog import SourcesDialog

    return SourcesDialog(window.db, window)


def _tps_import(window):
    from commandpost.gui.dialogs.tps_import_dialog import TpsImportDialog

    return TpsImportDialog(window.db, window)


def _mapping_import(window):
    from commandpost.gui.dialogs.mapping_import_dialog import MappingImportDialog

    return MappingImportDialog(window.db, window)


def _stage(window):
    from commandpost.gui.timeline.stage_dialog import StageDialog
    from commandpost.store import stages

    every = stages.list_stages(window.db)
    return StageDialog(every, every[len(every) // 2], parent=window)


def _stage_import(window):
    from commandpost.gui.timeline.import_dialog import StageImportDialog

    return StageImportDialog(window.db, window)


def _risk(window):
    from commandpost.gui.risks.dialog import RiskDialog

    return RiskDialog(window.db, actor="AIPTU Budi", parent=window)


def _voting_progress(window):
    from commandpost.gui.voting.dialog import ProgressDialog

    return ProgressDialog(window.db, tps_codes(window.db, 40), window)


def _voting_problem(window):
    from commandpost.gui.voting.problem_dialog import ProblemDialog

    return ProblemDialog(window.db, tps_codes(window.db, 40), "36.04", window)


def _board(window):
    from commandpost.gui.board.window import BoardWindow

    board = BoardWindow(window.db, Recorder(), window)
    board.fill_shifts()
    board.reload()
    return board


def _board_export(window):
    from commandpost.gui.board.export_dialog import ExportDialog

    return ExportDialog(window.db, None, "", window)


def _board_shift(window):
    from commandpost.gui.board.shift_dialog import ShiftDialog

    return ShiftDialog(window.db, Recorder(), window)


def _board_post_chooser(window):
    from commandpost.gui.board.post_chooser import PostChooser

    board = _board(window)
    return PostChooser(board.posts_model.board, board)


def _personnel(window):
    from commandpost.gui.strength.person_dialog import PersonnelDialog

    return PersonnelDialog(window.db, Recorder(), window)


def _new_person(window):
    from commandpost.gui.strength.person_parts import NewPersonForm
    from commandpost.store import units

    return NewPersonForm(units.units(window.db), lambda values: [], parent=window)


def _unit_editor(window):
    from commandpost.gui.strength.unit_dialog import UnitEditorDialog

    return UnitEditorDialog(window.db, Recorder(), window)


def _unit_form(window):
    from commandpost.gui.strength.unit_dialog import UnitForm
    from commandpost.store import units

    everyone = units.units(window.db)
    return UnitForm(everyone, lambda values: [], unit=everyone[-1], parent=window)


def _pattern(window):
    from commandpost.gui.strength.panel import PatternDialog

    return PatternDialog("Polres Serang", "Sangat rawan", "2 : 1 : 4", window)


def _roster_import(window):
    from commandpost.gui.strength.roster_dialog import RosterImportDialog

    return RosterImportDialog(window.db, window)


def _reports(window):
    from commandpost.gui.reports.dialog import SitrepDialog

    return SitrepDialog(window.db, None, window)


def _restore(window):
    from commandpost.gui.safety.restore_dialog import RestoreDialog

    window.safety.backup_now()
    return RestoreDialog(window.db.path, [None], window)


def _lock_wait(window):
    from commandpost.gui.safety.lock_wait import LockWaitDialog

    waiter = LockWaitDialog(window, window.db)
    return waiter._make_dialog(["commandpost import tps (pid 8121)"])


def _main_window(window):
    return window


@dataclass(frozen=True)
class Case:
    name: str
    make: object


CASES = [
    Case("main window", _main_window),
    Case("update dialog, one TPS (Ctrl+E)", _status_one),
    Case("update dialog, 40 TPS", _status_40),
    Case("update dialog, a regency", _status_region),
    Case("incident dialog", _incident),
    Case("incident step dialog", _incident_step),
    Case("incident correction dialog", _incident_correction),
    Case("settings dialog", _settings),
    Case("officer identity dialog", _identity),
    Case("handover dialog", _handover),
    Case("new operation wizard", _operation_wizard),
    Case("sources dialog", _sources),
    Case("TPS import dialog", _tps_import),
    Case("mapping import dialog", _mapping_import),
    Case("stage dialog", _stage),
    Case("stage schedule import dialog", _stage_import),
    Case("risk dialog", _risk),
    Case("voting progress dialog", _voting_progress),
    Case("voting problem dialog", _voting_problem),
    Case("personnel board window", _board),
    Case("board export dialog", _board_export),
    Case("board shift dialog", _board_shift),
    Case("board post chooser", _board_post_chooser),
    Case("personnel dialog", _personnel),
    Case("new person form", _new_person),
    Case("unit editor dialog", _unit_editor),
    Case("unit form", _unit_form),
    Case("security pattern dialog", _pattern),
    Case("roster import dialog", _roster_import),
    Case("situation report dialog", _reports),
    Case("restore dialog", _restore),
    Case("lock wait dialog", _lock_wait),
]


def reachable_buttons(widget: QWidget) -> list[QAbstractButton]:
    """The buttons shown on ``widget`` outside any scrolling area (those inside scroll into
    view): they must lie on screen."""
    found = []
    for button in widget.findChildren(QAbstractButton):
        if button.window() is not widget or not button.isVisibleTo(widget):
            continue
        parent, scrolled = button.parentWidget(), False
        while parent is not None and parent is not widget:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if not scrolled and button.width() > 0:
            found.append(button)
    return found


def dialog_buttons(widget: QWidget) -> list[QAbstractButton]:
    """The accept and cancel buttons: those of its button boxes, or its push buttons."""
    boxes = [b for b in widget.findChildren(QDialogButtonBox) if b.window() is widget]
    if boxes:
        return [b for box in boxes for b in box.buttons() if b.isVisibleTo(widget)]
    return reachable_buttons(widget)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_it_fits_the_laptop(qtbot, demo_window, case):
    widget = case.make(demo_window)
    if widget is not demo_window:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
    what = case.name

    hint = widget.minimumSizeHint()
    assert hint.width() <= CLIENT.width() and hint.height() <= CLIENT.height(), (
        f"{what}: smallest size {hint.width()}×{hint.height()} is bigger than "
        f"{CLIENT.width()}×{CLIENT.height()}"
    )
    minimum = widget.minimumSize()
    assert minimum.width() <= CLIENT.width() and minimum.height() <= CLIENT.height(), (
        f"{what}: fixed minimum {minimum.width()}×{minimum.height()}"
    )
    shown = widget.size()
    assert shown.width() <= CLIENT.width() and shown.height() <= CLIENT.height(), (
        f"{what}: opens at {shown.width()}×{shown.height()}, more than "
        f"{CLIENT.width()}×{CLIENT.height()}"
    )

    # Resized to the screen (a window manager does so), every button is on it.
    widget.resize(widget.size().boundedTo(CLIENT))
    QApplication.processEvents()
    inside = QRect(0, 0, CLIENT.width(), CLIENT.height())
    for button in reachable_buttons(widget):
        where = QRect(button.mapTo(widget, button.rect().topLeft()), button.size())
        assert inside.contains(where), f"{what}: {button.text()!r} at {where} is off screen"
    if isinstance(widget, (QDialog, QWizard)) and not isinstance(widget, QMainWindow):
        assert dialog_buttons(widget), f"{what}: no button to accept or close it"


def test_every_dialog_class_is_measured():
    """A new dialog or window class gets a case above (so it is measured too)."""
    import importlib
    import pkgutil

    import commandpost.gui as gui

    for info in pkgutil.walk_packages(gui.__path__, "commandpost.gui."):
        if ".forms" not in info.name and info.name != "commandpost.gui.build":
            importlib.import_module(info.name)
    measured = {
        "MainWindow",
        "StatusDialog",
        "IncidentDialog",
        "IncidentStepDialog",
        "IncidentCorrectionDialog",
        "SettingsDialog",
        "IdentityDialog",
        "HandoverDialog",
        "OperationWizard",
        "SourcesDialog",
        "TpsImportDialog",
        "MappingImportDialog",
        "StageDialog",
        "StageImportDialog",
        "RiskDialog",
        "ProgressDialog",
        "ProblemDialog",
        "BoardWindow",
        "ExportDialog",
        "ShiftDialog",
        "PostChooser",
        "PersonnelDialog",
        "NewPersonForm",
        "UnitEditorDialog",
        "UnitForm",
        "PatternDialog",
        "RosterImportDialog",
        "SitrepDialog",
        "RestoreDialog",
    }

    def subclasses(base):
        for kind in base.__subclasses__():
            yield kind
            yield from subclasses(kind)

    found = {
        kind.__name__
        for base in (QDialog, QMainWindow, QWizard)
        for kind in subclasses(base)
        if kind.__module__.startswith("commandpost.gui.") and ".forms." not in kind.__module__
    }
    assert found - measured == set(), "measure these in test_it_fits_the_laptop"


# --- the update dialog: scrolls, Tab reaches the buttons, names the TPS ---------------------


def show_active(qtbot, dialog, opened: list | None = None) -> None:
    """Show ``dialog`` as the window the officer types in. With ``opened`` (the ``keys``
    fixture) the dialog is closed at the end without its question, else by qtbot."""
    if opened is None:
        qtbot.addWidget(dialog)
    else:
        opened.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def test_update_dialog_tab_reaches_save_and_cancel(qtbot, demo_window):
    dialog = _status_one(demo_window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.ui.classCombo.setFocus()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    dialog.ui.reasonEdit.setPlainText("Laporan Bhabinkamtibmas: sungai naik 1 m")
    dialog.ui.classCombo.setCurrentIndex(2)  # Save is enabled now
    reached = []
    for _ in range(60):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
        if save in reached and cancel in reached:
            break
    assert save in reached and cancel in reached
    assert dialog.ui.reasonEdit in reached
    assert dialog.height() <= CLIENT.height()
    assert dialog.ui.formScroll.verticalScrollBar().maximum() > 0  # the form scrolls
    dialog.done(0)


def test_update_dialog_names_each_tps_with_its_village(qtbot, demo_window):
    dialog = _status_40(demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.ui.selectionList
    lines = [view.item(row).text() for row in range(view.count())]
    assert len(lines) == 40
    first = queries.node(demo_window.db, tps_codes(demo_window.db, 1)[0])
    lineage = queries.lineage(demo_window.db, first.code)
    village, district = lineage[-2], lineage[-3]
    assert lines[0] == f"{first.name} · {village.name}, Kec. {district.name}"
    assert "40 dipilih" in dialog.ui.targetLabel.text()
    # Long lists scroll rather than push the form off screen.
    assert view.verticalScrollBar().maximum() > 0
    assert view.height() < 10 * view.sizeHintForRow(0)
    dialog.done(0)


# --- Ctrl+Enter ---------------------------------------------------------------------------


@pytest.fixture
def keys(qapp):
    """The application's dialog keys; yields a list of dialogs the test opened, closed at
    the end without asking (a failed test may leave one filled)."""
    dialog_keys.install(qapp)
    opened: list = []
    yield opened
    for dialog in opened:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.done(0)
    dialog_keys.uninstall(qapp)


CTRL_ENTERS = [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier),
]


@pytest.mark.parametrize("key", CTRL_ENTERS, ids=["Ctrl+Return", "Ctrl+Enter (keypad)"])
def test_ctrl_enter_saves_the_update_from_the_reason_field(qtbot, demo_window, keys, key):
    cfg.settings().setValue("status_dialog/last_source", "bhabinkamtibmas")
    dialog = _status_one(demo_window)
    show_active(qtbot, dialog, keys)
    dialog.ui.classCombo.setCurrentIndex(dialog.ui.classCombo.findData("rawan"))
    dialog.ui.reasonEdit.setFocus()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Laporan Bhabinkamtibmas")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.reasonEdit, key[0], key[1])
    assert dialog.ui.reasonEdit.toPlainText() == "Laporan Bhabinkamtibmas"  # no new line
    code = dialog.codes[0]
    assert queries.node(demo_window.db, code).tps_class == "rawan"


def test_enter_in_a_list_saves_the_update(qtbot, demo_window, keys):
    dialog = _status_one(demo_window)
    show_active(qtbot, dialog, keys)
    dialog.ui.reasonEdit.setPlainText("Laporan Bhabinkamtibmas: banjir surut")
    combo = dialog.level_combos["banjir"]
    combo.setCurrentIndex(combo.findData(1))
    combo.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert dialog.summary


def test_ctrl_enter_does_nothing_while_save_is_disabled(qtbot, demo_window, keys):
    dialog = _status_one(demo_window)
    show_active(qtbot, dialog, keys)
    qtbot.keyClick(dialog.ui.classCombo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.ui.hintLabel.text()  # it says what is missing
    dialog.done(0)


def test_ctrl_enter_saves_a_new_person_from_any_field(qtbot, demo_window, keys):
    from commandpost.gui.strength.person_parts import NewPersonForm
    from commandpost.store import units

    made: list = []
    form = NewPersonForm(units.units(demo_window.db), made.append, parent=demo_window)
    show_active(qtbot, form, keys)
    qtbot.keyClicks(form.nrpEdit, "88070123")
    qtbot.keyClicks(form.nameEdit, "Budi Santoso")
    form.rankCombo.setCurrentIndex(
        max(form.rankCombo.findText("aiptu", Qt.MatchFlag.MatchFixedString), 0)
    )
    form.unitCombo.setCurrentIndex(1)
    form.phoneEdit.setFocus()
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(
            form.phoneEdit,
            Qt.Key.Key_Enter,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier,
        )
    assert made[0]["nrp"] == "88070123" and made[0]["name"] == "Budi Santoso"


def test_ctrl_enter_saves_a_unit_from_its_kind_list(qtbot, demo_window, keys):
    from commandpost.gui.strength.unit_dialog import UnitForm
    from commandpost.store import units

    everyone = units.units(demo_window.db)
    saved: list = []
    form = UnitForm(everyone, saved.append, unit=everyone[-1], parent=demo_window)
    show_active(qtbot, form, keys)
    form.nameEdit.setText("Polsek Cikeusal")
    form.kindCombo.setFocus()
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(form.kindCombo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert saved[0]["name"] == "Polsek Cikeusal"


def test_ctrl_enter_saves_an_incident_from_its_description(qtbot, demo_window, keys):
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    dialog = _incident(demo_window)
    show_active(qtbot, dialog, keys)
    edits = dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit)
    field = next(e for e in edits if e.isVisibleTo(dialog) and not e.isReadOnly())
    button = dialog_keys.accept_button(dialog)
    assert button is not None
    clicked: list = []
    button.clicked.connect(lambda: clicked.append(True))
    qtbot.keyClicks(field, "Massa berkumpul di depan TPS")
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Save is pressed (the dialog itself says what is still missing, if anything), and the
    # description gets no new line.
    assert clicked or not button.isEnabled()
    assert field.toPlainText() == "Massa berkumpul di depan TPS"
    dialog.done(0)


# --- Esc asks before discarding ---------------------------------------------------------------


def test_esc_on_a_filled_update_asks_and_back_keeps_the_text(qtbot, demo_window, keys):
    dialog = _status_one(demo_window)
    show_active(qtbot, dialog, keys)
    dialog.ui.reasonEdit.setFocus()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Air sungai naik")
    questions: list = []

    def back(box: QMessageBox) -> None:
        questions.append((box.text(), [b.text() for b in box.buttons()], box.defaultButton()))
        box.defaultButton().click()

    seen = on_next_dialog(qtbot, back)
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Escape)
    check_handled(seen)
    text_shown, buttons, default = questions[0]
    assert text_shown == "Buang isian yang belum disimpan?"
    assert sorted(buttons) == ["Buang", "Kembali ke isian"]
    assert default.text() == "Kembali ke isian"
    assert dialog.isVisible()
    assert dialog.ui.reasonEdit.toPlainText() == "Air sungai naik"

    # Batal asks too; Buang closes and nothing is saved.
    seen = on_next_dialog(qtbot, lambda box: _click(box, "Buang"))
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
    check_handled(seen)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.edits == []


def _click(box: QMessageBox, label: str) -> None:
    next(b for b in box.buttons() if b.text() == label).click()


def test_closing_a_filled_incident_dialog_asks(qtbot, demo_window, keys):
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    dialog = _incident(demo_window)
    show_active(qtbot, dialog, keys)
    edits = dialog.findChildren(QPlainTextEdit) + dialog.findChildren(QTextEdit)
    field = next(e for e in edits if e.isVisibleTo(dialog) and not e.isReadOnly())
    field.setFocus()
    qtbot.keyClicks(field, "Massa berkumpul di depan TPS")
    seen = on_next_dialog(qtbot, lambda box: box.defaultButton().click())
    dialog.close()  # the window's close button
    assert check_handled(seen).objectName() == "discardQuestion"
    assert dialog.isVisible()
    assert "Massa berkumpul di depan TPS" in field.toPlainText()
    seen = on_next_dialog(qtbot, lambda box: _click(box, "Buang"))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    check_handled(seen)
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    "make", [_status_one, _incident, _stage], ids=["update", "incident", "stage"]
)
def test_esc_on_an_untouched_dialog_closes_without_asking(qtbot, demo_window, keys, make):
    dialog = make(demo_window)
    show_active(qtbot, dialog, keys)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None


def test_the_guard_is_installed_with_the_application(qapp):
    from commandpost.gui.app import application

    application()
    assert qapp.findChild(dialog_keys.DialogKeys, "dialogKeys") is not None


# --- the status bar -------------------------------------------------------------------------


def test_a_save_confirmation_is_read_in_full_at_1366(qtbot, demo_window):
    window = demo_window
    window.resize(1366, 700)
    QApplication.processEvents()
    dialog_nodes = tps_nodes(window.db, 40)
    summary = "kelas Sangat rawan, Hak pilih tinggi, Keamanan tinggi, 2 lainnya — 40 dipilih"
    window.record_edits([], summary, [n.code for n in dialog_nodes])
    bar = window.statusBar()
    message = bar.currentMessage()
    assert message == f"Tersimpan: {summary}"
    qtbot.waitUntil(lambda: _message_room(bar) >= bar.fontMetrics().horizontalAdvance(message))
    assert window.width() <= 1366
    assert window.demo_label.isVisible()  # the warning never gives way
    bar.clearMessage()
    qtbot.waitUntil(lambda: window.path_label.isVisible() and window.station_label.isVisible())


def _message_room(bar) -> int:
    """Where QStatusBar draws its message: from x=6 to 2 px before the first visible
    permanent widget (Qt's QStatusBarPrivate::messageRect)."""
    right = bar.width() - 12
    permanent = [
        w
        for w in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible() and w.metaObject().className() != "QSizeGrip"
    ]
    if permanent:
        right = min(right, min(w.x() for w in permanent) - 2)
    return right - 6


def test_the_main_window_with_its_docks_stays_on_the_laptop(qtbot, demo_window):
    window = demo_window
    window.resize(1366 - 16, 728 - 40)
    for dock in (window.ui.filterDock, window.ui.incidentDock):
        window._show_dock(dock, True)
    QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= CLIENT.width() and hint.height() <= CLIENT.height()
    assert window.width() <= CLIENT.width() and window.height() <= CLIENT.height()


def test_long_status_labels_end_in_an_ellipsis_not_mid_word(qtbot, demo_path):
    """At 1366 px the operation and post labels do not fit whole: each ends in "…" and its
    tooltip gives the whole text, rather than being cut mid-word."""
    window = make_window(qtbot, demo_path)
    window.resize(1366, 740)
    labels = (window.operation_label, window.station_label)
    qtbot.waitUntil(lambda: all(label.isVisible() for label in labels))
    cut = [label for label in labels if label.shown_text() != label.text()]
    assert cut, [label.shown_text() for label in labels]  # the demo's names are long
    for label in cut:
        assert label.shown_text().endswith("…")
        assert label.text().startswith(label.shown_text()[:-1])
        assert label.toolTip() == label.text()
    # The file label keeps its own tooltip, the whole path.
    assert window.path_label.toolTip().endswith(demo_path.name)
    # Room again: the whole text.
    window.resize(3000, 740)
    qtbot.waitUntil(lambda: all(label.shown_text() == label.text() for label in labels))


def test_names_can_be_read_in_the_tree_on_a_laptop(qtbot, demo_path):
    """At 1366 px (first start, nothing saved) the tree's name column keeps room for names
    such as "Kabupaten Pandeglang": the police-strength column starts hidden there."""
    from commandpost.gui.models.region_tree import COL_NAME, COL_STRENGTH

    window = make_window(qtbot, demo_path)
    window.resize(1366, 740)
    tree = window.ui.regionTree
    header = tree.header()
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) > 0)
    assert header.isSectionHidden(COL_STRENGTH)
    needed = tree.fontMetrics().horizontalAdvance("Kabupaten Pandeglang") + 60  # indent, icon
    qtbot.waitUntil(lambda: header.sectionSize(COL_NAME) >= needed)
