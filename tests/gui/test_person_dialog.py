"""The personnel dialog, driven as an officer drives it: find a person by name or NRP, edit
them and save, assign them to a TPS typed by its code (with the two questions a refusal
can turn into), move them, add a new person; every save one entry of the window's undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from commandpost.gui import settings as cfg
from commandpost.gui.strength.person_dialog import PersonnelDialog
from commandpost.gui.strength.person_parts import NewPersonForm, PeopleModel
from commandpost.gui.undo import ALL_LOADED, touched_codes
from commandpost.store import personnel, shifts
from tests import fixtures_store
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK
from tests.gui.util import check_handled, on_next_dialog
from tests.helpers import dump

kibin_template = fixtures_store.kibin_template
kibin_path = fixtures_store.kibin_path
kibin_db = fixtures_store.kibin_db

TPS = [f"{KIBIN_TAMBAK}.{n:03d}" for n in range(1, 19)]
SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard
CANCEL = QMessageBox.StandardButton.Cancel
YES = QMessageBox.StandardButton.Yes
NO = QMessageBox.StandardButton.No
VOTING_DAY = dt.date(2024, 11, 27)
CTRL = Qt.KeyboardModifier.ControlModifier
# The lists of a completer are popups, which the offscreen platform cannot raise or give
# the keyboard to; it says so (the conftest's own ignore is replaced by this one).
POPUPS = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints",
    "does not support raise",
    "does not support grabbing the keyboard",
)
PEOPLE = (
    ("90010001", "Budi Santoso", "Brigpol", "Polsek Kibin", "0812-1111-2222"),
    ("90010002", "Agus Salim", "Bripka", "Polres Lebak", "0813-3333-4444"),
    ("90020003", "Siti Rahmawati", "Briptu", "Polsek Kibin", ""),
    ("80010004", "Budiman Hakim", "Aiptu", "Sat Brimob", "0815-5555-6666"),
)


class Recorder:
    """The window's side: what the dialog recorded (each call one step of undo)."""

    def __init__(self) -> None:
        self.calls: list[tuple[list, str]] = []

    def __call__(self, edits, text) -> None:
        self.calls.append((list(edits), text))


@pytest.fixture
def db(kibin_db):
    for nrp, name, rank, unit, phone in PEOPLE:
        personnel.add_person(
            kibin_db, nrp=nrp, name=name, rank=rank, unit=unit, phone=phone, actor=ACTOR
        )
    return kibin_db


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def discard(_name: str) -> QMessageBox.StandardButton:
    return DISCARD


def make_dialog(qtbot, db, record=None, **kwargs) -> PersonnelDialog:
    cfg.set_operator_name(ACTOR)
    dialog = PersonnelDialog(db, record or Recorder(), **kwargs)
    # Closed at the end of the test, a failed one too: unsaved details must not ask then.
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "ask_unsaved", discard))
    dialog.resize(1100, 680)
    with qtbot.waitExposed(dialog):
        dialog.show()
    activate(qtbot, dialog)
    return dialog


def activate(qtbot, dialog) -> None:
    """Its keys are shortcuts of the active window (the offscreen platform does not give
    activation back when a question or form closes)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def listed(dialog: PersonnelDialog) -> list[str]:
    model = dialog.peopleModel
    return [model.person_at(r).nrp for r in range(model.rowCount())]


def find(qtbot, dialog: PersonnelDialog, typed: str, expected: list[str]) -> None:
    """Type in the search field (it searches as one types) and wait for the list."""
    dialog.searchEdit.setFocus()
    dialog.searchEdit.selectAll()
    qtbot.keyClicks(dialog.searchEdit, typed)
    qtbot.waitUntil(lambda: listed(dialog) == expected)


def shown(dialog: PersonnelDialog) -> str | None:
    person = dialog.current_person()
    return person.nrp if person else None


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_fits_a_small_laptop_screen(qtbot, db):
    dialog = make_dialog(qtbot, db)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.minimumSizeHint().boundedTo(QSize(1366, 700)) == dialog.minimumSizeHint()
    dialog.resize(hint)
    assert dialog.size().height() <= 700


def test_search_by_part_of_a_name_and_by_the_start_of_an_nrp(qtbot, db):
    dialog = make_dialog(qtbot, db)
    assert listed(dialog) == ["90010002", "90010001", "80010004", "90020003"]  # name order
    find(qtbot, dialog, "budi", ["90010001", "80010004"])
    assert shown(dialog) == "90010001"  # the first found is shown
    find(qtbot, dialog, "rahma", ["90020003"])
    assert shown(dialog) == "90020003"
    find(qtbot, dialog, "9001", ["90010002", "90010001"])
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Down)  # from the field into the list
    assert shown(dialog) == "90010001" and dialog.searchEdit.hasFocus()
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Return)  # on to the details
    assert dialog.nameEdit.hasFocus() and dialog.nameEdit.text() == "Budi Santoso"
    find(qtbot, dialog, "0010", [])  # an NRP is found by its start only
    assert shown(dialog) is None and not dialog.detailsBox.isEnabled()


def test_the_unit_filter_and_its_preselection(qtbot, db):
    dialog = make_dialog(qtbot, db, unit="polsek-kibin")
    assert listed(dialog) == ["90010001", "90020003"]
    dialog.unitFilter.setCurrentIndex(0)  # all units
    assert len(listed(dialog)) == 4


def test_no_phone_number_in_the_list(qtbot, db):
    dialog = make_dialog(qtbot, db)
    model = dialog.peopleModel
    cells = [
        str(model.index(r, c).data(role))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert len(titles) == 7
    assert not any(phone and phone in cell for *_x, phone in PEOPLE for cell in cells)
    # ... but the selected person's phone is in the form.
    find(qtbot, dialog, "90010001", ["90010001"])
    assert dialog.phoneEdit.text() == "0812-1111-2222"


@POPUPS
def test_edit_rank_and_phone_and_save_with_ctrl_s(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Siti", ["90020003"])
    assert not dialog.saveButton.isEnabled()
    retype(qtbot, dialog.rankCombo.lineEdit(), "Bripka")
    retype(qtbot, dialog.phoneEdit, "0819-0000-1111")
    assert dialog.saveButton.isEnabled() and dialog.unsavedLabel.isVisible()
    qtbot.keyClick(dialog.phoneEdit, Qt.Key.Key_S, CTRL)
    saved = personnel.person(db, "90020003")
    assert (saved.rank, saved.phone) == ("bripka", "0819-0000-1111")
    assert saved.name == "Siti Rahmawati"
    assert len(recorder.calls) == 1 and len(recorder.calls[0][0]) == 1
    assert "Siti Rahmawati" in dialog.statusLabel.text()
    assert not dialog.saveButton.isEnabled() and not dialog.unsavedLabel.isVisible()
    row = dialog.peopleModel.row_of("90020003")
    assert dialog.peopleModel.index(row, PeopleModel.RANK).data() == "Bripka"


@POPUPS
def test_an_unknown_rank_is_refused_in_the_dialog(qtbot, db, kibin_path, recorder):
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Siti", ["90020003"])
    before = dump(kibin_path)
    retype(qtbot, dialog.rankCombo.lineEdit(), "Kopral")
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_S, CTRL)
    assert "pangkat 'Kopral' tidak dikenal" in dialog.statusLabel.text()
    assert dialog.rankCombo.currentText() == "Kopral"  # kept
    assert dump(kibin_path) == before and recorder.calls == []


def test_going_on_leave_ends_the_post(qtbot, db, recorder):
    personnel.assign(db, "90010001", TPS[0], actor=ACTOR)
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Budi S", ["90010001"])
    assert "Tambak TPS 1" in dialog.postBox.postLabel.text()
    dialog.dutyCombo.setCurrentIndex(dialog.dutyCombo.findData("leave"))
    qtbot.keyClick(dialog.dutyCombo, Qt.Key.Key_S, CTRL)
    saved = personnel.person(db, "90010001")
    assert (saved.duty, saved.post_id) == ("leave", None)
    assert "Tambak TPS 1" in dialog.statusLabel.text()  # says the post ended
    assert "Tambak TPS 1" not in dialog.postBox.postLabel.text()
    assert len(recorder.calls) == 1


@POPUPS
def test_assign_to_a_tps_typed_by_its_code_with_ctrl_enter(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Siti", ["90020003"])
    qtbot.keyClicks(dialog.postEdit, TPS[2])
    assert "Tambak" in dialog.postBox.postHint.text()
    popup = dialog.postBox.postCompleter.completer.popup()
    assert popup.isVisible()  # the village's TPS offered; the keys go to the list
    qtbot.keyClick(popup, Qt.Key.Key_Return, CTRL)
    assert not popup.isVisible()
    assert personnel.person(db, "90020003").post_name == "Tambak TPS 3"
    assert len(recorder.calls) == 1
    assert "Tambak TPS 3" in dialog.postBox.postLabel.text()
    row = dialog.peopleModel.row_of("90020003")
    assert dialog.peopleModel.index(row, PeopleModel.POST).data() == "Tambak TPS 3"


def test_outside_the_jurisdiction_asks_to_place_bko_there(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder, post=TPS[4])
    asked: list[tuple] = []
    dialog.ask_bko = lambda *args: asked.append(args) or True
    find(qtbot, dialog, "Agus", ["90010002"])  # Polres Lebak
    assert dialog.postEdit.text() == TPS[4]  # preselected by the window
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Return, CTRL)
    assert asked == [("Agus Salim", "Polsek Kibin", "Tambak TPS 5")]
    moved = personnel.person(db, "90010002")
    assert (moved.unit_name, moved.bko_unit_name) == ("Polres Lebak", "Polsek Kibin")
    assert moved.post_name == "Tambak TPS 5"
    [move] = personnel.moves(db, "90010002")
    assert (move.kind, move.to_unit) == ("bko", "Polsek Kibin")
    assert len(recorder.calls) == 1  # BKO and post: one step of undo
    assert dialog.moveBox.movesTree.topLevelItemCount() == 1
    assert "Polsek Kibin" in dialog.unitLabel.text()


def test_no_to_the_bko_question_saves_nothing(qtbot, db, kibin_path, recorder):
    dialog = make_dialog(qtbot, db, recorder, post=TPS[4])
    find(qtbot, dialog, "Agus", ["90010002"])
    before = dump(kibin_path)
    seen = on_next_dialog(qtbot, lambda box: box.button(NO).click())
    dialog.assignButton.click()
    box = check_handled(seen)
    assert box.objectName() == "bkoBox" and "Polsek Kibin" in box.text()
    assert "di luar wilayah hukum satuannya" in dialog.statusLabel.text()
    assert dump(kibin_path) == before and recorder.calls == []


@POPUPS
def test_already_on_another_post_asks_to_replace_it(qtbot, db, recorder):
    personnel.assign(db, "90010001", TPS[0], actor=ACTOR)
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Budi S", ["90010001"])
    qtbot.keyClicks(dialog.postEdit, TPS[1])
    texts: list[str] = []

    def answer(button):
        def press(box: QMessageBox) -> None:
            texts.append(box.text())
            box.button(button).click()

        return press

    seen = on_next_dialog(qtbot, answer(NO))
    dialog.assignButton.click()
    check_handled(seen)
    activate(qtbot, dialog)
    assert "Tambak TPS 1" in texts[0] and "Tambak TPS 2" in texts[0]
    assert personnel.person(db, "90010001").post_name == "Tambak TPS 1"
    assert "pada sif ini" in dialog.statusLabel.text() and recorder.calls == []

    seen = on_next_dialog(qtbot, answer(YES))
    dialog.assignButton.click()
    check_handled(seen)
    assert personnel.person(db, "90010001").post_name == "Tambak TPS 2"
    assert len(recorder.calls) == 1


@POPUPS
def test_a_village_chosen_by_name_from_the_list(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Siti", ["90020003"])
    qtbot.keyClicks(dialog.postEdit, "Tambak")
    popup = dialog.postBox.postCompleter.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    entries = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert any(KIBIN_TAMBAK in e and "Kibin" in e for e in entries)
    row = next(r for r, e in enumerate(entries) if KIBIN_TAMBAK in e)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.postEdit.text() == KIBIN_TAMBAK
    assert "Kibin" in dialog.postBox.postHint.text()
    qtbot.keyClick(dialog.postEdit, Qt.Key.Key_Return, CTRL)
    assert personnel.person(db, "90020003").post_name == "Pos desa Tambak"
    assert len(recorder.calls) == 1


ALT = Qt.KeyboardModifier.AltModifier


def mnemonic(text: str) -> str:
    """The Alt letter of a label or button as the interface language writes it."""
    return text[text.index("&") + 1].lower()


def buddy_text(parent, widget) -> str:
    from PySide6.QtWidgets import QLabel

    return next(label.text() for label in parent.findChildren(QLabel) if label.buddy() is widget)


@POPUPS
def test_end_assignment_and_a_transfer_with_its_day(qtbot, db, recorder):
    personnel.assign(db, "90020003", TPS[3], actor=ACTOR)
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Siti", ["90020003"])
    assert dialog.endButton.isEnabled()
    qtbot.keyClick(dialog.searchEdit, mnemonic(dialog.endButton.text()), ALT)
    qtbot.waitUntil(lambda: len(recorder.calls) == 1)  # a mnemonic clicks after a flash
    assert personnel.person(db, "90020003").post_id is None
    assert not dialog.endButton.isEnabled()
    box = dialog.moveBox
    assert box.values()["on"] == dt.date.today()  # today unless chosen
    qtbot.keyClick(dialog.searchEdit, mnemonic(buddy_text(box, box.kindCombo)), ALT)
    assert box.kindCombo.hasFocus() and box.kindCombo.currentData() == "transfer"
    qtbot.keyClick(dialog.searchEdit, mnemonic(buddy_text(box, box.moveUnit)), ALT)
    qtbot.keyClicks(box.moveUnit.lineEdit(), "Polres Serang")
    box.dateEdit.setDate(box.dateEdit.date().addDays(-3))
    box.moveButton.click()
    assert personnel.person(db, "90020003").unit_name == "Polres Serang"
    [move] = personnel.moves(db, "90020003")
    assert move.moved_on == (dt.date.today() - dt.timedelta(days=3)).isoformat()
    assert box.movesTree.topLevelItem(0).text(2) == "Polsek Kibin → Polres Serang"
    assert len(recorder.calls) == 2
    # Ending a BKO they do not have is refused, in the dialog.
    box.kindCombo.setCurrentIndex(box.kindCombo.findData("bko_end"))
    assert not box.moveUnit.isEnabled()
    box.moveButton.click()
    assert "tidak sedang di-BKO-kan" in dialog.statusLabel.text() and len(recorder.calls) == 2


@POPUPS
def test_a_new_person_with_a_lost_leading_zero_is_refused_and_kept(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder, unit="polsek-kibin")
    refusals: list[str] = []

    def fill(form: NewPersonForm) -> None:
        assert form.unitCombo.currentText() == "Polsek Kibin"  # the unit filtered by
        qtbot.keyClicks(form.nrpEdit, "9001005")
        qtbot.keyClicks(form.nameEdit, "Dewi Lestari")
        qtbot.keyClicks(form.rankCombo.lineEdit(), "Bripda")
        qtbot.keyClicks(form.phoneEdit, "0817-7777-8888")
        qtbot.keyClick(form.phoneEdit, Qt.Key.Key_Return)
        assert form.isVisible() and form.errorLabel.isVisible()
        refusals.append(form.errorLabel.text())
        assert form.values()["nrp"] == "9001005" and form.values()["name"] == "Dewi Lestari"
        retype(qtbot, form.nrpEdit, "90010001")  # taken
        qtbot.mouseClick(form.okButton, Qt.MouseButton.LeftButton)
        refusals.append(form.errorLabel.text())
        retype(qtbot, form.nrpEdit, "09001005")
        qtbot.mouseClick(form.okButton, Qt.MouseButton.LeftButton)

    seen = on_next_dialog(qtbot, fill)
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Insert)
    check_handled(seen)
    activate(qtbot, dialog)
    assert "angka nol di depan" in refusals[0]
    assert "sudah ada di daftar personel" in refusals[1]
    added = personnel.person(db, "09001005")
    assert (added.name, added.rank, added.unit_name, added.phone) == (
        "Dewi Lestari",
        "bripda",
        "Polsek Kibin",
        "0817-7777-8888",
    )
    assert shown(dialog) == "09001005" and listed(dialog) == ["09001005"]
    assert len(recorder.calls) == 1


def test_switching_person_with_unsaved_details_asks(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "budi", ["90010001", "80010004"])
    answers = [CANCEL, DISCARD, SAVE]
    asked: list[str] = []
    dialog.ask_unsaved = lambda name: asked.append(name) or answers[len(asked) - 1]

    retype(qtbot, dialog.positionEdit, "KANIT SAMAPTA")
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Down)  # Cancel: stays, edits kept
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert shown(dialog) == "90010001" and dialog.positionEdit.text() == "KANIT SAMAPTA"
    assert dialog.peopleView.currentIndex().row() == 0

    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Down)  # Discard: moves on
    qtbot.waitUntil(lambda: shown(dialog) == "80010004")
    assert personnel.person(db, "90010001").position == "" and recorder.calls == []

    retype(qtbot, dialog.positionEdit, "DANTON")
    qtbot.keyClick(dialog.searchEdit, Qt.Key.Key_Up)  # Save: saved, then moves on
    qtbot.waitUntil(lambda: shown(dialog) == "90010001")
    assert asked == ["Budi Santoso", "Budi Santoso", "Budiman Hakim"]
    assert personnel.person(db, "80010004").position == "DANTON"
    assert len(recorder.calls) == 1


def test_esc_with_unsaved_details_asks_before_closing(qtbot, db, recorder):
    dialog = make_dialog(qtbot, db, recorder)
    find(qtbot, dialog, "Agus", ["90010002"])
    retype(qtbot, dialog.nameEdit, "Agus Salim Hidayat")

    def answer(button):
        def press(box: QMessageBox) -> None:
            assert "Agus Salim" in box.text()
            box.button(button).click()

        return press

    seen = on_next_dialog(qtbot, answer(CANCEL))
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    check_handled(seen)
    activate(qtbot, dialog)
    assert dialog.isVisible() and dialog.nameEdit.text() == "Agus Salim Hidayat"

    seen = on_next_dialog(qtbot, answer(SAVE))
    qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Escape)
    check_handled(seen)
    assert not dialog.isVisible()
    assert personnel.person(db, "90010002").name == "Agus Salim Hidayat"
    assert len(recorder.calls) == 1


def posts_held(db, nrp: str) -> list[tuple[str, str]]:
    """(shift id, post name) of each assignment the person holds, the plan ('') first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.shift, p.name FROM assignment a JOIN post p ON p.id = a.post_id "
                "WHERE a.nrp = :n AND a.active ORDER BY a.shift"
            ),
            {"n": nrp},
        ).all()
    return [tuple(r) for r in rows]


def test_assign_in_a_shift_chosen_from_the_list(qtbot, db, recorder):
    personnel.assign(db, "90010001", TPS[0], actor=ACTOR)
    edits = shifts.add_day_shifts(db, VOTING_DAY, actor=ACTOR)
    ids = [e.change.entity_id for e in edits]
    dialog = make_dialog(qtbot, db, recorder, post=TPS[1])
    combo = dialog.shiftCombo
    assert not combo.isEditable()
    assert [combo.itemData(i) for i in range(combo.count())] == [shifts.PLAN, *ids]
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "Sif 1 06.00–14.00 · 27 Nov 2024",
        "Sif 2 14.00–22.00 · 27 Nov 2024",
        "Sif 3 22.00–06.00 · 27 Nov 2024",
    ]
    assert combo.currentData() == shifts.PLAN  # the plan unless chosen
    find(qtbot, dialog, "Budi S", ["90010001"])
    # Alt and the label's letter reach the list; the arrow keys choose in it.
    qtbot.keyClick(dialog.searchEdit, mnemonic(buddy_text(dialog.postBox, combo)), ALT)
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText().startswith("Sif 1") and combo.currentData() == ids[0]
    dialog.assignButton.click()
    assert posts_held(db, "90010001") == [("", "Tambak TPS 1"), (ids[0], "Tambak TPS 2")]
    assert personnel.person(db, "90010001").post_name == "Tambak TPS 1"  # the plan as it was
    assert shifts.shift_status(db, ids[0], dt.datetime(2024, 11, 27, 5, 0)).assigned == 1
    status = dialog.statusLabel.text()
    assert "Tambak TPS 2" in status and "Sif 1 06.00–14.00" in status and ids[0] not in status
    assert len(recorder.calls) == 1 and touched_codes(recorder.calls[0][0]) == [ALL_LOADED]
    # Ending the assignment in the shift leaves the plan's post.
    dialog.endButton.click()
    assert posts_held(db, "90010001") == [("", "Tambak TPS 1")]
    assert len(recorder.calls) == 2
    # Opened again, the list is read again and the shift chosen stays chosen.
    dialog.hide()
    shifts.set_shift(db, ids[0], name="Sif pagi", actor=ACTOR)
    dialog.show()
    assert combo.currentData() == ids[0] and combo.currentText() == "Sif pagi · 27 Nov 2024"


def test_shift_edits_touch_no_row_of_the_tree(db):
    edits = shifts.add_day_shifts(db, VOTING_DAY, actor=ACTOR)
    assert touched_codes(edits) == []
    renamed = shifts.set_shift(db, edits[0].change.entity_id, name="Sif pagi", actor=ACTOR)
    assert touched_codes([renamed]) == []
    # A deleted shift ends its assignments with it: those change the assigned figures.
    personnel.assign(db, "90010001", TPS[0], shift=edits[1].change.entity_id, actor=ACTOR)
    deleted = shifts.delete_shift(db, edits[1].change.entity_id, actor=ACTOR)
    assert touched_codes([deleted]) == [ALL_LOADED]
