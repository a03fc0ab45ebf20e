"""The personnel board, driven as an officer drives it: drag a card onto a post (through the
view's own drop path) and see the post's gap close, the same from the keyboard only, a
selection moved as one step of undo, a double booking refused, a shift copied to the next,
a late member checked in; every board model checked by qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from commandpost.core.stages import zone
from commandpost.gui import settings as cfg
from commandpost.gui.board.model import KEY_ROLE, KIND_ROLE, LATE_ROLE
from commandpost.gui.board.window import BoardWindow
from commandpost.store import personnel
from commandpost.store import shifts as shift_store
from tests import fixtures_store
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK
from tests.gui.util import check_handled, make_window, on_next_dialog

kibin_template = fixtures_store.kibin_template
kibin_path = fixtures_store.kibin_path
kibin_db = fixtures_store.kibin_db

CTRL = Qt.KeyboardModifier.ControlModifier
WIB = zone("WIB")
# The main window's board is a window of its own, which the offscreen platform cannot raise.
RAISE = pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
PEOPLE = (
    ("90010001", "Budi Santoso", "Brigpol", "Polsek Kibin", "0812-1111-2222"),
    ("90010002", "Agus Salim", "Bripka", "Polsek Kibin", "0813-3333-4444"),
    ("90020003", "Siti Rahmawati", "Briptu", "Polsek Kibin", ""),
    ("80010004", "Budiman Hakim", "Aiptu", "Polres Lebak", "0815-5555-6666"),
)
POST_A = f"{KIBIN_TAMBAK}:1,2,3,4,5,6"
POST_B = f"{KIBIN_TAMBAK}:7,8,9,10,11,12"


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list, str]] = []

    def __call__(self, edits, text) -> None:
        self.calls.append((list(edits), text))


def _posts(db) -> None:
    """Two TPS cluster posts in Tambak (what a PAM TPS roster import makes)."""
    from commandpost.store import changelog
    from commandpost.store.personnel import PostInfo, post_spec

    for key, numbers, name in (
        (POST_A, (1, 2, 3, 4, 5, 6), "Tambak TPS 1-6"),
        (POST_B, (7, 8, 9, 10, 11, 12), "Tambak TPS 7-12"),
    ):
        spec = post_spec(PostInfo(key, "tps", name, KIBIN_TAMBAK, numbers), ACTOR, "uji")
        changelog.record_many(db, [spec])


@pytest.fixture
def db(kibin_db):
    for nrp, name, rank, unit, phone in PEOPLE:
        personnel.add_person(
            kibin_db, nrp=nrp, name=name, rank=rank, unit=unit, phone=phone, actor=ACTOR
        )
    _posts(kibin_db)
    return kibin_db


def make_board(qtbot, db, record=None) -> BoardWindow:
    cfg.set_operator_name(ACTOR)
    board = BoardWindow(db, record or Recorder())
    qtbot.addWidget(board)
    board.resize(1300, 700)
    board.fill_shifts()
    board.reload()
    with qtbot.waitExposed(board):
        board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    return board


def post_header(board: BoardWindow, post_id: str) -> str:
    index = board.posts_model.group_index(post_id)
    assert index.isValid(), f"{post_id} is not on the board"
    return index.data(Qt.ItemDataRole.ToolTipRole)


def shown_under(model, key: str) -> list[str]:
    """The NRPs on the cards below a group's header, as the view shows them."""
    header = model.group_index(key)
    assert header.isValid(), f"{key} is not on the board"
    found = []
    for row in range(header.row() + 1, model.rowCount()):
        index = model.index(row)
        if index.data(KIND_ROLE) != "person":
            break
        found.append(index.data(KEY_ROLE))
    assert found == model.members(key) or model.is_folded(model.group_pos(header))
    return found


def lane_nrps(board: BoardWindow, lane: str) -> list[str]:
    return shown_under(board.lanes_model, lane)


def post_nrps(board: BoardWindow, post_id: str) -> list[str]:
    return shown_under(board.posts_model, post_id)


def select(view, nrps: list[str]) -> None:
    model = view.model()
    view.clearSelection()
    from PySide6.QtCore import QItemSelectionModel

    for nrp in nrps:
        view.selectionModel().select(
            model.card_index(nrp), QItemSelectionModel.SelectionFlag.Select
        )
    view.selectionModel().setCurrentIndex(
        model.card_index(nrps[-1]), QItemSelectionModel.SelectionFlag.NoUpdate
    )
    view.setFocus()


def drag_and_drop(source_view, nrps: list[str], target_view, target_index) -> None:
    """What a mouse drag delivers: the source model's data for the selected cards, entered,
    moved over and dropped on the target row through the target view's event handlers."""
    select(source_view, nrps)
    indexes = source_view.selectionModel().selectedIndexes()
    data = source_view.model().mimeData(indexes)
    target_view.scrollTo(target_index)
    rect: QRect = target_view.visualRect(target_index)
    at = rect.center()
    viewport = target_view.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(at, action, data, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted(), "the view does not take the drag"
    move = QDragMoveEvent(at, action, data, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted(), "the row does not take the drop"
    drop = QDropEvent(at.toPointF(), action, data, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()


def test_board_models_pass_the_model_tester(qtbot, qtmodeltester, db):
    personnel.assign(db, "90010001", POST_A, actor=ACTOR)
    board = make_board(qtbot, db)
    qtmodeltester.check(board.lanes_model)
    qtmodeltester.check(board.posts_model)
    board.search.setText("Bud")
    board.apply_filter()
    qtmodeltester.check(board.lanes_model)
    qtmodeltester.check(board.posts_model)


def test_people_stand_in_lanes_and_posts_show_their_gap(qtbot, db):
    personnel.assign(db, "90010001", POST_A, actor=ACTOR)
    personnel.set_person(db, "90020003", duty="reserve", actor=ACTOR)
    board = make_board(qtbot, db)
    # most senior first: Aiptu before Bripka
    assert lane_nrps(board, "available") == ["80010004", "90010002"]
    assert lane_nrps(board, "reserve") == ["90020003"]
    assert post_nrps(board, POST_A) == ["90010001"]
    assert post_nrps(board, POST_B) == []  # an empty post still shows: it is a gap
    # Tambak's six kurang rawan TPS under the default pattern need two police
    assert "wajib 1 · ada 0 · kurang 1" in post_header(board, POST_B)
    # the board scoped to Polsek Kibin leaves out Polres Lebak's man
    board.set_unit(None, None)
    assert "80010004" in lane_nrps(board, "available")
    from commandpost.store import units

    kibin = units.find_unit(db, "Polsek Kibin")
    board.set_unit(kibin.id, kibin.name)
    assert "80010004" not in lane_nrps(board, "available")
    assert "Polsek Kibin" in board.title.text()


def test_drag_a_card_onto_a_post_closes_its_gap(qtbot, db):
    recorder = Recorder()
    board = make_board(qtbot, db, recorder)
    before = board.posts_model.group_figures(
        board.posts_model.group_pos(board.posts_model.group_index(POST_B))
    )
    target = board.posts_model.group_index(POST_B)
    drag_and_drop(board.lanes_view, ["90010002"], board.posts_view, target)
    qtbot.waitUntil(lambda: post_nrps(board, POST_B) == ["90010002"])
    after = board.posts_model.group_figures(
        board.posts_model.group_pos(board.posts_model.group_index(POST_B))
    )
    assert after[0] == before[0] + 1
    # what the header says: Tambak's six kurang rawan TPS need one police officer
    assert "wajib 1 · ada 0 · kurang 1" not in post_header(board, POST_B)
    assert "wajib 1 · ada 1 · lengkap" in post_header(board, POST_B)
    assert "90010002" not in lane_nrps(board, "available")
    assert len(recorder.calls) == 1
    assert "Agus Salim" in recorder.calls[0][1]
    # the database agrees with the board
    assert personnel.person(db, "90010002").post_id == POST_B


def test_keyboard_only_assigns_with_type_ahead(qtbot, db):
    recorder = Recorder()
    board = make_board(qtbot, db, recorder)
    view = board.lanes_view
    view.setFocus()
    select(view, ["90020003"])

    def choose(chooser) -> None:
        qtbot.keyClicks(chooser.edit, "7-12")
        qtbot.keyClick(chooser.edit, Qt.Key.Key_Return)

    seen = on_next_dialog(qtbot, choose)
    qtbot.keyClick(view, Qt.Key.Key_T, CTRL)
    check_handled(seen)
    qtbot.waitUntil(lambda: "90020003" in post_nrps(board, POST_B))
    assert recorder.calls and "Tambak TPS 7-12" in recorder.calls[-1][1]


@RAISE
def test_a_selection_moves_as_one_step_and_undo_brings_it_back(qtbot, db, kibin_path):
    db.close()
    from commandpost.store.database import open_database

    database = open_database(kibin_path)
    window = make_window(qtbot, kibin_path)
    window.personnel_board.show_board()
    board = window.personnel_board.board
    qtbot.addWidget(board)
    target = board.posts_model.group_index(POST_A)
    drag_and_drop(board.lanes_view, ["90010001", "90010002"], board.posts_view, target)
    qtbot.waitUntil(lambda: len(post_nrps(board, POST_A)) == 2)
    assert window.undo_history.undo_text() is not None
    window.undo()
    qtbot.waitUntil(lambda: post_nrps(board, POST_A) == [])
    assert {"90010001", "90010002"} <= set(lane_nrps(board, "available"))
    assert personnel.person(database, "90010001").post_id is None
    database.close()


def test_a_double_booking_is_asked_about_and_refused_when_declined(qtbot, db):
    personnel.assign(db, "90010001", POST_A, actor=ACTOR)
    recorder = Recorder()
    board = make_board(qtbot, db, recorder)
    asked: list[str] = []
    board.ask_replace = lambda name, other, post, count=1: asked.append(other) or False
    board.drop(["90010001"], "post", POST_B)
    assert asked == ["Tambak TPS 1-6"]
    assert recorder.calls == []
    assert post_nrps(board, POST_A) == ["90010001"]
    assert "Tidak disimpan" in board.message.text() or "Not saved" in board.message.text()
    # answered yes: moved, the old post ended in the same step
    board.ask_replace = lambda *a, **k: True
    board.drop(["90010001"], "post", POST_B)
    assert post_nrps(board, POST_B) == ["90010001"]
    assert post_nrps(board, POST_A) == []
    assert len(recorder.calls) == 1


def test_on_leave_cannot_be_posted(qtbot, db):
    personnel.set_person(db, "90010002", duty="leave", actor=ACTOR)
    board = make_board(qtbot, db)
    assert lane_nrps(board, "unavailable") == ["90010002"]
    board.drop(["90010002"], "post", POST_A)
    assert post_nrps(board, POST_A) == []
    assert "cuti" in board.message.text().lower()


def _relay(db) -> list:
    shift_store.add_day_shifts(db, dt.date(2024, 11, 27), actor=ACTOR)
    return shift_store.list_shifts(db)


def test_copy_a_shift_to_the_next(qtbot, db):
    first, second, _third = _relay(db)
    personnel.assign(db, "90010001", POST_A, shift=first.id, actor=ACTOR)
    personnel.assign(db, "90010002", POST_B, shift=first.id, actor=ACTOR)
    recorder = Recorder()
    board = make_board(qtbot, db, recorder)
    board.choose_shift(first.id)
    board.copy_to_next()
    assert board.shift == second.id
    assert post_nrps(board, POST_A) == ["90010001"]
    assert post_nrps(board, POST_B) == ["90010002"]
    assert len(recorder.calls) == 1 and recorder.calls[0][0]


def test_a_late_member_checks_in_and_the_flag_clears(qtbot, db):
    first, *_ = _relay(db)
    personnel.assign(db, "90010001", POST_A, shift=first.id, actor=ACTOR)
    board = make_board(qtbot, db)
    board.choose_shift(first.id)
    card = lambda: board.posts_model.card_index("90010001")  # noqa: E731
    board.set_now(dt.datetime(2024, 11, 27, 6, 20, tzinfo=WIB))
    assert card().data(LATE_ROLE) is False  # 20 minutes in: not yet late
    board.set_now(dt.datetime(2024, 11, 27, 6, 45, tzinfo=WIB))
    assert card().data(LATE_ROLE) is True
    assert "1" in board.clock_label.text()
    select(board.posts_view, ["90010001"])
    qtbot.keyClick(board.posts_view, Qt.Key.Key_I, CTRL)
    assert card().data(LATE_ROLE) is False
    assert "masuk" in card().data(Qt.ItemDataRole.ToolTipRole)


def test_search_by_nrp_or_name_and_filter_by_state(qtbot, db):
    board = make_board(qtbot, db)
    qtbot.keyClick(board, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(board.search, "9001")
    board.apply_filter()
    assert sorted(lane_nrps(board, "available")) == ["90010001", "90010002"]
    board.search.clear()
    qtbot.keyClicks(board.search, "siti")
    board.apply_filter()
    assert lane_nrps(board, "available") == ["90020003"]
    assert board.posts_model.rowCount() == 0  # no post holds her


@RAISE
def test_dropping_on_a_tps_of_the_region_tree_assigns(qtbot, kibin_path, db):
    db.close()
    window = make_window(qtbot, kibin_path)
    window.personnel_board.show_board()
    board = window.personnel_board.board
    qtbot.addWidget(board)
    model = window.model
    data = board.lanes_model.mimeData([board.lanes_model.card_index("90010002")])
    # the tree's own drop path: the model is what the view asks
    index = _tree_index(window, f"{KIBIN_TAMBAK}.013")
    assert model.canDropMimeData(data, Qt.DropAction.CopyAction, -1, -1, index)
    assert model.dropMimeData(data, Qt.DropAction.CopyAction, -1, -1, index)
    qtbot.waitUntil(lambda: board.lanes_model.card_index("90010002").isValid() is False)
    assert board.posts_model.card_index("90010002").isValid()


def _tree_index(window, code: str):
    """The tree row of ``code``, loading the levels above it."""
    from commandpost.core.regions import ancestors_of

    model = window.model
    parent = model.index(0, 0).parent()
    for step in [*ancestors_of(code), code]:
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(Qt.ItemDataRole.UserRole + 1) == step:
                parent = index
                break
        else:
            raise AssertionError(f"{step} is not in the tree")
    return parent


def test_board_and_its_dialogs_fit_the_laptop(qtbot, db):
    from commandpost.gui.board.export_dialog import ExportDialog
    from commandpost.gui.board.post_chooser import PostChooser
    from commandpost.gui.board.shift_dialog import ShiftDialog

    board = make_board(qtbot, db)
    screen = QRect(0, 0, 1366, 768 - 40)  # less the task bar
    assert board.minimumSizeHint().width() <= screen.width()
    assert board.minimumSizeHint().height() <= screen.height()
    for dialog in (
        ShiftDialog(db, Recorder(), board),
        PostChooser(board.posts_model.board, board),
        ExportDialog(db, None, "", board),
    ):
        hint = dialog.sizeHint().expandedTo(dialog.size())
        assert hint.width() <= screen.width() and hint.height() <= screen.height(), dialog
        dialog.deleteLater()


def test_the_late_and_the_short_posts_can_be_shown_alone(qtbot, db):
    first, *_ = _relay(db)
    personnel.assign(db, "90010001", POST_A, shift=first.id, actor=ACTOR)
    personnel.assign(db, "90010002", POST_B, shift=first.id, actor=ACTOR)
    shift_store.check_in(
        db, "90010002", first.id, at=dt.datetime(2024, 11, 27, 5, 50, tzinfo=WIB), actor=ACTOR
    )
    board = make_board(qtbot, db)
    board.choose_shift(first.id)
    board.set_now(dt.datetime(2024, 11, 27, 7, 0, tzinfo=WIB))
    board.lane_filter.setCurrentIndex(board.lane_filter.findData("late"))
    assert board.posts_model.members(POST_A) == ["90010001"]
    assert board.posts_model.group_index(POST_B).isValid() is False  # nobody late there
    assert board.lanes_model.rowCount() == 0
    board.lane_filter.setCurrentIndex(0)
    board.choose_shift("")  # the plan: nobody on Tambak TPS 1-6, one on TPS 7-12
    personnel.assign(db, "90020003", POST_B, actor=ACTOR)
    board.reload()
    model = board.posts_model
    assert model.group_figures(model.group_pos(model.group_index(POST_B)))[0] == 1
    board.short_box.setChecked(True)
    shown = {model.group_key(p) for p in range(model.group_count())}
    assert shown == {POST_A}  # each needs one (the default pattern): only A is short


def test_the_assignment_list_exports_phones_only_when_asked(qtbot, db, tmp_path):
    import openpyxl

    from commandpost.gui.board.export_dialog import ExportDialog

    personnel.assign(db, "90010001", POST_A, actor=ACTOR)
    board = make_board(qtbot, db)
    for phone in (False, True):
        dialog = ExportDialog(db, None, "", board)
        qtbot.addWidget(dialog)
        path = tmp_path / f"daftar-{phone}.xlsx"
        dialog.path_edit.setText(str(path))
        dialog.phone_box.setChecked(phone)
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
        assert "1 penugasan" in dialog.saved
        cells = [
            str(c)
            for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)
            for c in row
            if c is not None
        ]
        assert "90010001" in cells  # the NRP as text
        assert ("0812-1111-2222" in cells) is phone
    refused = ExportDialog(db, None, "", board)
    qtbot.addWidget(refused)
    refused.path_edit.setText(str(tmp_path / "daftar.pdf"))
    refused.save()
    assert refused.result() != refused.DialogCode.Accepted
    assert ".xlsx" in refused.message.text()


def test_the_shift_dialog_adds_the_days_relay_as_one_step(qtbot, db):
    from commandpost.gui.board.shift_dialog import ShiftDialog

    recorder = Recorder()
    board = make_board(qtbot, db)
    dialog = ShiftDialog(db, recorder, board)
    qtbot.addWidget(dialog)
    dialog.day_edit.setDate(dialog.day_edit.date().fromString("2024-11-27", "yyyy-MM-dd"))
    dialog.relay_button.click()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "Sif 1 06.00–14.00",
        "Sif 2 14.00–22.00",
        "Sif 3 22.00–06.00",
    ]
    assert len(recorder.calls) == 1
    # the same again is refused, with the reason, and nothing is added
    dialog.relay_button.click()
    assert dialog.table.rowCount() == 3
    assert "Tidak disimpan" in dialog.message.text()
    board.fill_shifts()
    assert board.shift_combo.count() == 4  # the plan and three shifts


def test_outside_the_units_reach_asks_to_place_bko(qtbot, db):
    recorder = Recorder()
    board = make_board(qtbot, db, recorder)
    asked: list[tuple[str, str]] = []
    board.ask_bko = lambda name, unit, post: asked.append((name, unit)) or False
    board.drop(["80010004"], "post", POST_A)  # Polres Lebak's man, a Kibin TPS
    assert asked == [("Aiptu Budiman Hakim", "Polsek Kibin")]
    assert post_nrps(board, POST_A) == [] and recorder.calls == []
    assert "Polsek Kibin" in board.message.text()
    board.ask_bko = lambda *a: True
    board.drop(["80010004"], "post", POST_A)
    assert post_nrps(board, POST_A) == ["80010004"]
    card = board.posts_model.card_index("80010004")
    assert "BKO ke Polsek Kibin (satuan asal Polres Lebak)" in card.data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert len(recorder.calls) == 1  # the placement and the post: one step


def test_after_a_refusal_the_next_move_says_saved(qtbot, db):
    personnel.set_person(db, "90010002", duty="leave", actor=ACTOR)
    board = make_board(qtbot, db)
    board.drop(["90010002"], "post", POST_A)
    assert "Tidak disimpan" in board.message.text()
    board.drop(["90010001"], "post", POST_A)
    assert board.message.text().startswith("Tersimpan: Brigpol Budi Santoso ditempatkan")


def test_a_tps_code_dropped_goes_to_the_cluster_that_holds_it(qtbot, db):
    board = make_board(qtbot, db)
    board.drop(["90010001"], "post", f"{KIBIN_TAMBAK}.003")  # TPS 3 of Tambak TPS 1-6
    assert post_nrps(board, POST_A) == ["90010001"]
    assert "Tambak TPS 1-6" in board.message.text()
    assert personnel.person(db, "90010001").post_id == POST_A


def test_a_resting_person_is_asked_about(qtbot, db):
    personnel.set_person(db, "90010001", duty="resting", actor=ACTOR)
    recorder = Recorder()
    board = make_board(qtbot, db, recorder)
    assert lane_nrps(board, "resting") == ["90010001"]
    board.ask_resting = lambda name, post: False
    board.drop(["90010001"], "post", POST_A)
    assert post_nrps(board, POST_A) == [] and recorder.calls == []
    board.ask_resting = lambda name, post: True
    board.drop(["90010001"], "post", POST_A)
    assert post_nrps(board, POST_A) == ["90010001"]
    assert personnel.person(db, "90010001").duty == "available"
    assert len(recorder.calls) == 1  # the rest ended and the post: one step


def test_a_deleted_shift_takes_the_board_back_to_the_plan(qtbot, db):
    first, *_ = _relay(db)
    board = make_board(qtbot, db)
    board.choose_shift(first.id)
    shift_store.delete_shift(db, first.id, actor=ACTOR)
    board.after_change()
    assert board.shift == "" and board.shift_combo.currentData() == ""
    board.drop(["90010001"], "post", POST_A)
    assert post_nrps(board, POST_A) == ["90010001"]


def test_search_finds_names_in_any_word_order(qtbot, db):
    board = make_board(qtbot, db)
    board.search.setText("rahmawati siti")
    board.apply_filter()
    assert lane_nrps(board, "available") == ["90020003"]


@RAISE
def test_the_open_board_follows_the_windows_unit(qtbot, kibin_path, db):
    db.close()
    from commandpost.store import units
    from commandpost.store.database import open_database

    window = make_window(qtbot, kibin_path)
    window.personnel_board.show_board()
    board = window.personnel_board.board
    qtbot.addWidget(board)
    assert "80010004" in board.lanes_model.members("available")
    database = open_database(kibin_path)
    kibin = units.find_unit(database, "Polsek Kibin")
    database.close()
    window.strength.scope_to(kibin.id)
    assert board.unit == kibin.id
    assert "Polsek Kibin" in board.title.text()
    assert "80010004" not in board.lanes_model.members("available")


def test_the_replace_question_is_a_real_box_whose_default_is_no(qtbot, db):
    personnel.assign(db, "90010001", POST_A, actor=ACTOR)
    board = make_board(qtbot, db)

    def answer(box) -> None:
        assert box.objectName() == "replaceBox"
        assert "Tambak TPS 1-6" in box.text()
        assert box.defaultButton() is box.button(box.StandardButton.No)
        box.button(box.StandardButton.No).click()

    seen = on_next_dialog(qtbot, answer)
    board.drop(["90010001"], "post", POST_B)
    check_handled(seen)
    assert post_nrps(board, POST_A) == ["90010001"]
