"""The unit editor: units as a tree, their jurisdiction as ticks, every save one undoable
change, nothing ticked or typed thrown away without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from commandpost.gui import settings as cfg
from commandpost.gui.strength.area_tree import MISSING, TWICE, AreaTree
from commandpost.gui.strength.unit_dialog import IdRole, UnitEditorDialog, UnitForm
from commandpost.gui.undo import UndoHistory
from commandpost.store import queries, units
from tests import fixtures_store
from tests.fixtures_store import ACTOR
from tests.gui.util import check_handled, on_next_dialog
from tests.helpers import dump, load_province

kibin_template = fixtures_store.kibin_template
kibin_path = fixtures_store.kibin_path
kibin_db = fixtures_store.kibin_db
pemilu_template = fixtures_store.pemilu_template
pemilu_path = fixtures_store.pemilu_path
pemilu_db = fixtures_store.pemilu_db

KIBIN = "36.04.16"
CARENANG = "36.04.17"
SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel
EXACT = Qt.MatchFlag.MatchExactly


class Recorder:
    """The window's side: what the dialog recorded (each call one step of undo)."""

    def __init__(self) -> None:
        self.calls: list[tuple[list, str]] = []

    def __call__(self, edits, text) -> None:
        self.calls.append((list(edits), text))


def discard(_name: str) -> QMessageBox.StandardButton:
    return DISCARD


def make_dialog(qtbot, db, record=None, undo=None) -> UnitEditorDialog:
    cfg.set_operator_name(ACTOR)
    dialog = UnitEditorDialog(db, record or Recorder(), undo=undo)
    # Closed at the end of the test, a failed one too: unsaved ticks must not ask then.
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "ask_unsaved", discard))
    dialog.resize(1100, 680)
    with qtbot.waitExposed(dialog):
        dialog.show()
    activate(qtbot, dialog)
    return dialog


def activate(qtbot, dialog: UnitEditorDialog) -> None:
    """Its keys are shortcuts of the active window. (The offscreen platform does not give
    activation back when a message box or form closes, as a desktop does.)"""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def answered(qtbot, dialog: UnitEditorDialog, seen: list):
    """The form or question that :func:`on_next_dialog` answered; the editor active again."""
    handled = check_handled(seen)
    activate(qtbot, dialog)
    return handled


def select(qtbot, dialog: UnitEditorDialog, name: str) -> None:
    """Type the unit's name in the tree (type-ahead), as an officer would. (Typed again
    at once, it would continue the first search: then use :func:`click`.)"""
    dialog.unitTree.setFocus()
    qtbot.keyClicks(dialog.unitTree, name)
    unit = dialog.current_unit()
    assert unit is not None and unit.name == name


def click(qtbot, dialog: UnitEditorDialog, name: str) -> None:
    """Click the unit's row."""
    tree = dialog.unitTree
    item = tree.findItems(name, EXACT | Qt.MatchFlag.MatchRecursive)[0]
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.current_unit().name == name


def tick(qtbot, tree: AreaTree, code: str) -> None:
    """Move to the area and press Space."""
    item = tree.item(code)
    assert item is not None
    tree.scrollToItem(item)
    tree.setCurrentItem(item)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def status(dialog: UnitEditorDialog) -> str:
    return dialog.statusLabel.text()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def test_fits_a_small_laptop_screen(qtbot, kibin_db):
    dialog = make_dialog(qtbot, kibin_db)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.minimumSizeHint().boundedTo(QSize(1366, 700)) == dialog.minimumSizeHint()
    # The region list scrolls instead of growing.
    dialog.areaTree.expandAll()
    qtbot.waitUntil(lambda: dialog.areaTree.verticalScrollBar().maximum() > 0)
    assert dialog.size().height() <= 700


def test_add_a_polsek_under_polres_serang_and_give_it_two_kecamatan(qtbot, kibin_db, recorder):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Polres Serang")

    def fill(form: UnitForm) -> None:
        assert form.values()["parent"] == "polres-serang"  # the selected unit
        assert form.values()["kind"] == "polsek"
        form.parentCombo.setCurrentIndex(form.parentCombo.findData("polda-banten"))
        assert form.values()["kind"] == "polres"  # the kind follows the place offered
        form.parentCombo.setCurrentIndex(form.parentCombo.findData("polres-serang"))
        qtbot.keyClicks(form.nameEdit, "Polsek Baru")
        qtbot.keyClick(form.nameEdit, Qt.Key.Key_Return)

    seen = on_next_dialog(qtbot, fill)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Insert)
    answered(qtbot, dialog, seen)
    added = units.find_unit(kibin_db, "Polsek Baru")
    assert (added.kind, added.parent_id, added.areas) == ("polsek", "polres-serang", ())
    assert dialog.current_unit() == added
    assert "Polsek Baru" in status(dialog)
    assert "Polsek Baru" in dialog.areaTitle.text()

    tick(qtbot, dialog.areaTree, "36.04.18")
    tick(qtbot, dialog.areaTree, "36.04.15")
    assert dialog.applyButton.isEnabled() and dialog.unsavedLabel.isVisible()
    qtbot.keyClick(dialog.areaTree, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert units.find_unit(kibin_db, "Polsek Baru").areas == ("36.04.15", "36.04.18")
    assert not dialog.applyButton.isEnabled() and not dialog.unsavedLabel.isVisible()
    assert "Polsek Baru" in status(dialog)
    assert [len(edits) for edits, _text in recorder.calls] == [1, 1]
    assert dialog.unitTree.currentItem().text(2) == "2"


def test_a_refused_name_stays_in_the_form(qtbot, kibin_db, recorder):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Polres Serang")
    shown: list[str] = []

    def fill(form: UnitForm) -> None:
        qtbot.keyClicks(form.nameEdit, "Polsek Kibin")
        qtbot.keyClick(form.nameEdit, Qt.Key.Key_Return)
        assert form.isVisible() and form.errorLabel.isVisible()
        shown.append(form.errorLabel.text())
        assert form.nameEdit.text() == "Polsek Kibin"
        qtbot.keyClicks(form.nameEdit, " Timur")
        qtbot.mouseClick(form.okButton, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, fill)
    dialog.addButton.click()
    answered(qtbot, dialog, seen)
    assert "satuan bernama 'Polsek Kibin' sudah ada" in shown[0]
    assert units.find_unit(kibin_db, "Polsek Kibin Timur").parent_id == "polres-serang"
    assert len(recorder.calls) == 1


def test_ticking_every_kecamatan_of_a_kota_stores_the_kota(qtbot, kibin_db, recorder):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Sat Brimob")
    kota = dialog.areaTree.item("36.73")  # Kota Serang
    kota.setExpanded(True)
    for i in range(kota.childCount()):
        kota.child(i).setCheckState(0, Qt.CheckState.Checked)
    assert kota.checkState(0) == Qt.CheckState.Checked
    assert dialog.areaTree.areas() == ["36.73"]
    dialog.applyButton.click()
    assert units.find_unit(kibin_db, "Sat Brimob").areas == ("36.73",)
    # A partly ticked kabupaten stands for its ticked kecamatan.
    kota.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    assert kota.checkState(0) == Qt.CheckState.PartiallyChecked
    dialog.applyButton.click()
    stored = units.find_unit(kibin_db, "Sat Brimob").areas
    assert len(stored) == kota.childCount() - 1 and all(a.startswith("36.73.") for a in stored)
    assert [len(edits) for edits, _text in recorder.calls] == [1, 1]


def test_other_units_and_gaps_are_shown_beside_each_area(qtbot, kibin_db):
    units.set_jurisdiction(kibin_db, "Sat Brimob", [CARENANG], actor=ACTOR)  # twice
    serang = units.find_unit(kibin_db, "Polres Serang")
    units.set_jurisdiction(
        kibin_db, "Polres Serang", [a for a in serang.areas if a != KIBIN], actor=ACTOR
    )
    units.set_jurisdiction(kibin_db, "Polsek Kibin", [], actor=ACTOR)  # no one
    dialog = make_dialog(qtbot, kibin_db)
    select(qtbot, dialog, "Polsek Kramatwatu")
    tree = dialog.areaTree
    assert tree.item("36.04.05").checkState(0) == Qt.CheckState.Checked
    assert tree.item("36.04.05").text(1) == "Polres Cilegon"  # another unit, not itself
    assert tree.item("36.72").text(1) == "Polres Cilegon"  # the whole kota
    assert tree.item(KIBIN).foreground(1).color() == MISSING
    assert "⚠" in tree.item(KIBIN).text(1)
    assert tree.item(CARENANG).foreground(1).color() == TWICE
    assert "Polsek Carenang" in tree.item(CARENANG).text(1)
    assert "Sat Brimob" in tree.item(CARENANG).text(1)
    assert "⚠" in tree.item("36.04").text(1)  # the kabupaten holding them says so


def test_rename_with_f2(qtbot, kibin_db, recorder):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Polsek Kibin")

    def fill(form: UnitForm) -> None:
        assert form.nameEdit.text() == "Polsek Kibin"
        qtbot.keyClicks(form.nameEdit, "Polsek Kibin Raya")  # replaces the selected name
        qtbot.keyClick(form.nameEdit, Qt.Key.Key_Return)

    seen = on_next_dialog(qtbot, fill)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_F2)
    answered(qtbot, dialog, seen)
    renamed = units.find_unit(kibin_db, "polsek-kibin")
    assert renamed.name == "Polsek Kibin Raya" and renamed.areas == (KIBIN,)
    assert dialog.unitTree.currentItem().text(0) == "Polsek Kibin Raya"
    assert "Polsek Kibin Raya" in status(dialog)
    assert len(recorder.calls) == 1 and len(recorder.calls[0][0]) == 1


def test_a_move_under_its_own_unit_is_refused_and_the_chooser_stays(
    qtbot, kibin_db, kibin_path, recorder
):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Polres Serang")
    before = dump(kibin_path)
    refusals: list[str] = []

    def choose(chooser: UnitForm) -> None:
        combo = chooser.parentCombo
        assert combo.currentText().strip() == "Polda Banten"  # where it stands now
        assert not chooser.nameEdit.isVisible()
        combo.setCurrentIndex(combo.findData("polsek-kibin"))  # a unit below it
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        assert chooser.isVisible() and chooser.errorLabel.isVisible()
        refusals.append(chooser.errorLabel.text())
        combo.setCurrentIndex(combo.findData("polda-metro-jaya"))
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    seen = on_next_dialog(qtbot, choose)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    answered(qtbot, dialog, seen)
    assert "Polres Serang" in refusals[0] and "di bawah dirinya sendiri" in refusals[0]
    assert dump(kibin_path) != before
    assert units.find_unit(kibin_db, "Polres Serang").parent_id == "polda-metro-jaya"
    assert dialog.current_unit().name == "Polres Serang"
    assert dialog.unitTree.currentItem().parent().text(0) == "Polda Metro Jaya"
    assert len(recorder.calls) == 1


def test_retire_asks_naming_the_unit_then_restore(qtbot, kibin_db, recorder):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Polsek Kibin")
    asked: list[str] = []

    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    seen = on_next_dialog(qtbot, confirm)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Delete)
    answered(qtbot, dialog, seen)
    assert "Polsek Kibin" in asked[0]
    assert not units.find_unit(kibin_db, "polsek-kibin", retired=True).active
    assert not dialog.unitTree.findItems("Polsek Kibin", EXACT | Qt.MatchFlag.MatchRecursive)
    assert dialog.current_unit().name == "Polres Serang"  # where it stood

    qtbot.mouseClick(dialog.retiredCheck, Qt.MouseButton.LeftButton)
    click(qtbot, dialog, "Polsek Kibin")
    item = dialog.unitTree.currentItem()
    assert item.font(0).italic() and not dialog.areaTree.isEnabled()
    assert dialog.restoreButton.isEnabled() and not dialog.retireButton.isEnabled()
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert units.find_unit(kibin_db, "polsek-kibin").areas == (KIBIN,)
    assert not dialog.unitTree.currentItem().font(0).italic() and dialog.areaTree.isEnabled()
    assert [len(edits) for edits, _text in recorder.calls] == [1, 1]


def test_retire_can_be_called_off(qtbot, kibin_db, kibin_path, recorder, monkeypatch):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Sat Samapta")
    before = dump(kibin_path)
    monkeypatch.setattr(dialog, "confirm_retire", lambda unit, below: False)
    dialog.retireButton.click()
    assert dump(kibin_path) == before and not recorder.calls
    assert dialog.current_unit().name == "Sat Samapta"


def test_unsaved_ticks_then_another_unit_asks(qtbot, kibin_db, kibin_path, recorder, monkeypatch):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Sat Brimob")
    answers = [CANCEL, DISCARD, SAVE]
    asked: list[str] = []

    def ask(name: str):
        asked.append(name)
        return answers.pop(0)

    monkeypatch.setattr(dialog, "ask_unsaved", ask)
    before = dump(kibin_path)
    dialog.areaTree.item(KIBIN).setCheckState(0, Qt.CheckState.Checked)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Down)  # Cancel: stays, ticks kept
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == ["Sat Brimob"]
    assert dialog.current_unit().name == "Sat Brimob"
    assert dialog.areaTree.areas() == [KIBIN] and dialog.unsavedLabel.isVisible()

    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Down)  # Discard: moves on, nothing saved
    qtbot.waitUntil(lambda: dialog.current_unit().name == "Sat Samapta")
    assert dialog.areaTree.areas() == [] and dump(kibin_path) == before

    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Up)  # nothing ticked: no question
    assert dialog.current_unit().name == "Sat Brimob" and len(asked) == 2
    dialog.areaTree.item(KIBIN).setCheckState(0, Qt.CheckState.Checked)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Down)  # Save: saved, then moves on
    qtbot.waitUntil(lambda: dialog.current_unit().name == "Sat Samapta")
    assert units.find_unit(kibin_db, "Sat Brimob").areas == (KIBIN,)
    assert dialog.areaTree.areas() == [] and len(recorder.calls) == 1


def test_esc_with_unsaved_ticks_asks_before_closing(qtbot, kibin_db, kibin_path, recorder):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Sat Brimob")
    before = dump(kibin_path)
    tick(qtbot, dialog.areaTree, KIBIN)

    def answer(button):
        def press(box: QMessageBox) -> None:
            assert "Sat Brimob" in box.text()
            box.button(button).click()

        return press

    seen = on_next_dialog(qtbot, answer(CANCEL))
    qtbot.keyClick(dialog.areaTree, Qt.Key.Key_Escape)
    answered(qtbot, dialog, seen)
    assert dialog.isVisible() and dialog.areaTree.areas() == [KIBIN]

    seen = on_next_dialog(qtbot, answer(DISCARD))
    qtbot.keyClick(dialog.areaTree, Qt.Key.Key_Escape)
    check_handled(seen)
    assert not dialog.isVisible()
    assert dump(kibin_path) == before and not recorder.calls


def test_esc_without_changes_just_closes(qtbot, kibin_db):
    dialog = make_dialog(qtbot, kibin_db)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_refused_area_list_is_said_in_the_status_line(qtbot, kibin_db, recorder, monkeypatch):
    dialog = make_dialog(qtbot, kibin_db, recorder)
    select(qtbot, dialog, "Sat Brimob")
    dialog.areaTree.item(KIBIN).setCheckState(0, Qt.CheckState.Checked)

    def refuse(*_args, **_kwargs):
        raise units.ChangeError("the file is read-only for this test")

    monkeypatch.setattr(units, "set_jurisdiction", refuse)
    dialog.applyButton.click()
    assert "read-only for this test" in status(dialog)
    assert dialog.areaTree.areas() == [KIBIN] and dialog.unsavedLabel.isVisible()
    assert not recorder.calls


def test_ctrl_z_undoes_through_the_window_and_reloads(qtbot, kibin_db):
    history = UndoHistory()
    dialog = make_dialog(
        qtbot,
        kibin_db,
        record=history.push,
        undo=lambda: history.undo(kibin_db, actor=ACTOR, reason="uji"),
    )
    select(qtbot, dialog, "Polsek Kibin")
    tick(qtbot, dialog.areaTree, CARENANG)
    dialog.applyButton.click()
    assert units.find_unit(kibin_db, "Polsek Kibin").areas == (KIBIN, CARENANG)
    qtbot.keyClick(dialog.unitTree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert units.find_unit(kibin_db, "Polsek Kibin").areas == (KIBIN,)
    assert dialog.areaTree.areas() == [KIBIN] and not dialog.applyButton.isEnabled()
    assert dialog.unitTree.currentItem().data(0, IdRole) == "polsek-kibin"


def test_a_province_operation_lists_its_kabupaten_on_top(qtbot, pemilu_db):
    units.load_units(pemilu_db, units.read_units_template(), actor=ACTOR, reason="uji")
    assert queries.operation(pemilu_db).province_code == "36"
    dialog = make_dialog(qtbot, pemilu_db)
    tree = dialog.areaTree
    assert tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == "36.01"
    select(qtbot, dialog, "Polres Lebak")
    assert tree.areas() == ["36.02"]
    assert tree.item("36.02.01").checkState(0) == Qt.CheckState.Checked
    assert QApplication.activeModalWidget() is None


def test_a_national_file_opens_each_province_when_needed(qtbot, kibin_db, recorder):
    load_province(kibin_db, "31")  # Jakarta beside Banten, no operation: provinces on top
    dialog = make_dialog(qtbot, kibin_db, recorder)
    tree = dialog.areaTree
    assert [tree.topLevelItem(i).text(0) for i in range(2)][1] == "Banten"
    jakarta = tree.topLevelItem(0)
    assert jakarta.childCount() == 0 and tree.item("31.71") is None  # not read yet
    select(qtbot, dialog, "Polsek Kibin")
    assert tree.item(KIBIN).checkState(0) == Qt.CheckState.Checked  # Banten read for it
    jakarta.setExpanded(True)
    assert tree.item("31.71") is not None and jakarta.childCount() > 0
    tree.item("31.71").setCheckState(0, Qt.CheckState.Checked)
    dialog.applyButton.click()
    assert units.find_unit(kibin_db, "Polsek Kibin").areas == ("31.71", KIBIN)


def test_areas_outside_the_operation_province_are_kept(qtbot, pemilu_db, recorder):
    load_province(pemilu_db, "31")
    units.load_units(pemilu_db, units.read_units_template(), actor=ACTOR, reason="uji")
    units.set_jurisdiction(pemilu_db, "Sat Brimob", ["31.71", KIBIN], actor=ACTOR)
    dialog = make_dialog(qtbot, pemilu_db, recorder)
    select(qtbot, dialog, "Sat Brimob")
    assert dialog.areaTree.areas() == [KIBIN]
    assert dialog.outsideLabel.isVisible() and "31.71" in dialog.outsideLabel.text()
    tick(qtbot, dialog.areaTree, CARENANG)
    dialog.applyButton.click()
    assert units.find_unit(pemilu_db, "Sat Brimob").areas == ("31.71", KIBIN, CARENANG)
