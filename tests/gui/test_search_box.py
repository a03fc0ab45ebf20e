"""The search box as an officer uses it: the list of hits (name, level, where), higher levels
first, the keyboard in the list, TPS by "<village> <number>", and the window's shortcuts
while the box has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDialog

from commandpost.store.database import open_database
from tests.gui.util import current_code, make_window
from tests.helpers import add_tps

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
HEGARMANAH = ("36.02.02.2017", "36.02.19.2013")


def focus_box(qtbot, window) -> None:
    window.activateWindow()
    window.focus_search()
    qtbot.waitUntil(window.ui.searchEdit.hasFocus)


def type_search(qtbot, window, text: str) -> None:
    focus_box(qtbot, window)
    qtbot.keyClicks(window.ui.searchEdit, text)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)


def test_lebak_lists_the_kabupaten_first_with_level_and_place(qtbot, window):
    type_search(qtbot, window, "lebak")
    popup = window.search.popup
    assert popup.isVisible()
    rows = window.search.popup_rows()
    assert rows[0] == ("Kabupaten Lebak", "Kabupaten", "")
    assert ("Lebak", "Desa", "Kec. Munjul · Kab. Pandeglang") in rows
    assert rows.index(("Lebak", "Desa", "Kec. Munjul · Kab. Pandeglang")) > 0
    assert ("Lebak Denok", "Kelurahan", "Kec. Citangkil · Kota Cilegon") in rows
    assert len(rows) == len(window.search_hits())
    # The first hit is shown in the tree at once, and the list sits under the box.
    assert current_code(window.ui.regionTree) == "36.02"
    edit = window.ui.searchEdit
    below = edit.mapTo(window, edit.rect().bottomLeft())
    assert popup.geometry().top() >= below.y()
    assert popup.geometry().right() <= window.width()


def test_down_and_enter_reveal_the_chosen_hit_and_escape_closes(qtbot, window):
    type_search(qtbot, window, "lebak")
    edit, popup = window.ui.searchEdit, window.search.popup
    hits = window.search_hits()
    village = next(i for i, h in enumerate(hits) if h.code == "36.01.08.2018")
    for _ in range(village):
        qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert popup.currentItem().text(0) == "Lebak"
    assert current_code(window.ui.regionTree) == "36.02"  # moving in the list shows nothing yet
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert current_code(window.ui.regionTree) == "36.01.08.2018"
    assert not popup.isVisible()
    assert window.ui.detailsPane.breadcrumb_text() == "Banten › Kabupaten Pandeglang › Munjul"
    assert window.ui.searchStatus.text() == f"{village + 1} dari {len(hits)}"
    assert edit.hasFocus()

    qtbot.keyClick(edit, Qt.Key.Key_Down)  # the list opens again at the hit shown
    assert popup.isVisible() and popup.currentItem().text(0) == "Lebak"
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert not popup.isVisible() and edit.text() == "lebak"
    assert current_code(window.ui.regionTree) == "36.01.08.2018"
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "" and window.ui.searchStatus.text() == ""


def test_a_click_on_a_row_reveals_it(qtbot, window):
    type_search(qtbot, window, "malingping")
    popup = window.search.popup
    item = popup.topLevelItem(2)
    rect = popup.visualItemRect(item)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_code(window.ui.regionTree) == window.search_hits()[2].code
    assert not popup.isVisible()


def test_hegarmanah_4_finds_tps_004_of_each_hegarmanah(qtbot, banten_path):
    db = open_database(banten_path)
    add_tps(db, [(v, n, f"Jl. {n}", 200) for v in HEGARMANAH for n in (1, 2, 3, 4)])
    db.close()
    window = make_window(qtbot, banten_path)
    try:
        type_search(qtbot, window, "hegarmanah 4")
        assert window.search.popup_rows() == [
            ("TPS 004", "TPS", "Desa Hegarmanah · Kec. Panggarangan · Kab. Lebak"),
            ("TPS 004", "TPS", "Desa Hegarmanah · Kec. Cibeber · Kab. Lebak"),
        ]
        assert current_code(window.ui.regionTree) == "36.02.02.2017.004"
        assert window.ui.detailsPane.title.text() == "TPS 004"
        window.ui.searchEdit.clear()
        type_search(qtbot, window, "tps 4 hegarmanah")
        assert [h.code for h in window.search_hits()] == [f"{v}.004" for v in HEGARMANAH]
    finally:
        window.close()
        window.close_database()


def test_not_found_shows_no_list(qtbot, window):
    type_search(qtbot, window, "zzzqx")
    assert window.ui.searchStatus.text() == "tidak ditemukan"
    assert not window.search.popup.isVisible()


# --- the window's shortcuts from the search box --------------------------------------------


class LineEditOnX11(QObject):
    """What QLineEdit does on a Linux desktop, where the keyboard scheme is X11's: it claims
    Ctrl+A/B/D/E/F/H/K/N/P/U (start and end of line, kill line, backspace, ...) by accepting
    their ShortcutOverride, so the window's shortcut never fires. The offscreen platform of
    the tests uses the Windows scheme, which claims none of them; this filter puts the Linux
    behaviour back (it lets the event go on, as QLineEdit's own handler comes after it)."""

    KEYS = (Qt.Key.Key_A, Qt.Key.Key_B, Qt.Key.Key_D, Qt.Key.Key_E, Qt.Key.Key_F)
    KEYS += (Qt.Key.Key_H, Qt.Key.Key_K, Qt.Key.Key_N, Qt.Key.Key_P, Qt.Key.Key_U)

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.modifiers() == CTRL
            and event.key() in self.KEYS
        ):
            event.accept()
        return False


def _from_box(qtbot, window, key, modifiers, text="cilangkahan") -> None:
    claims = LineEditOnX11(window)
    window.ui.searchEdit.installEventFilter(claims)
    focus_box(qtbot, window)
    window.ui.searchEdit.setText(text)
    qtbot.keyClick(window.ui.searchEdit, key, modifiers)


@pytest.mark.parametrize(
    ("key", "modifiers", "dialog_class"),
    [
        pytest.param(Qt.Key.Key_E, CTRL, "StatusDialog", id="ctrl-e"),
        pytest.param(Qt.Key.Key_I, CTRL, "MappingImportDialog", id="ctrl-i"),
        pytest.param(Qt.Key.Key_I, CTRL | SHIFT, "TpsImportDialog", id="ctrl-shift-i"),
        pytest.param(Qt.Key.Key_K, CTRL, "IncidentDialog", id="ctrl-k"),
    ],
)
def test_shortcuts_that_open_a_dialog_work_from_the_search_box(
    qtbot, window, monkeypatch, key, modifiers, dialog_class
):
    assert window.select_code("36.02.01.2002.001")
    opened: list[str] = []

    def exec_(dialog) -> int:  # the dialog the shortcut opened, answered "Cancel"
        opened.append(type(dialog).__name__)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", exec_)
    _from_box(qtbot, window, key, modifiers)
    assert opened == [dialog_class]
    assert window.ui.searchEdit.text() == "cilangkahan"  # the box kept its text


def test_dock_and_tab_shortcuts_work_from_the_search_box(qtbot, window):
    _from_box(qtbot, window, Qt.Key.Key_J, CTRL)
    assert window.ui.incidentDock.isVisible()
    _from_box(qtbot, window, Qt.Key.Key_F, CTRL | SHIFT)
    assert window.ui.filterDock.isVisible()
    _from_box(qtbot, window, Qt.Key.Key_H, CTRL)
    assert window.ui.detailsTabs.currentWidget() is window.ui.historyPanel
    # The line edit's own Emacs-style Ctrl+H (backspace) did not eat a letter.
    assert window.ui.searchEdit.text() == "cilangkahan"


def test_editing_keys_stay_the_box_and_undo_goes_to_the_typing_first(qtbot, window):
    from commandpost.store import threats

    edits = threats.set_tps_class(
        window.db, ["36.02.01.2002.001"], "rawan", reason="uji", actor="uji"
    )
    window.record_edits([edits], "Kelas: Rawan")
    assert window.ui.actionUndo.isEnabled()
    edit = window.ui.searchEdit
    edit.installEventFilter(LineEditOnX11(window))
    focus_box(qtbot, window)
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)  # select all: the box's
    assert edit.selectedText() == "abc"
    # Ctrl+Z with typing to undo: the typing goes, the update stays.
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.text() != "abc"
    assert window.ui.actionUndo.isEnabled()
    while edit.isUndoAvailable():
        qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    # Nothing left to undo in the box: Ctrl+Z undoes the officer's update.
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert not window.ui.actionUndo.isEnabled()
    assert window.ui.actionRedo.isEnabled()
    from commandpost.store import queries

    assert queries.node(window.db, "36.02.01.2002.001").tps_class == "kurang_rawan"
