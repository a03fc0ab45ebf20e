"""The audit trail says what changed where, and the window shows what the file holds.

- A region's history names the TPS and areas each change touched; undo rows say undo or redo.
- A class set from a terminal (a second process on the same file), an import there, or an
  undo that meets a value changed since: the tree, its ancestors' counts, the details pane
  and the history show the database after the window looks again (activation or its timer).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt

from commandpost.gui.models.region_tree import COL_CLASS, ClassRole, NodeInfoRole
from commandpost.gui.widgets.history import COL_WHAT
from commandpost.store import queries
from commandpost.store.database import open_database
from tests.gui.util import check_handled, make_window, on_next_dialog
from tests.helpers import add_tps

ROOT = Path(__file__).resolve().parents[2]
DISTRICT = "36.02.01"  # Kecamatan Malingping
CILANGKAHAN, PAGELARAN = "36.02.01.2002", "36.02.01.2003"
TPS1 = f"{CILANGKAHAN}.001"
SIX = [f"{CILANGKAHAN}.00{n}" for n in (1, 2, 3)] + [f"{PAGELARAN}.00{n}" for n in (1, 2, 3)]
SIX_NAMES = [
    "TPS 001 Cilangkahan",
    "TPS 002 Cilangkahan",
    "TPS 003 Cilangkahan",
    "TPS 001 Pagelaran",
    "TPS 002 Pagelaran",
    "TPS 003 Pagelaran",
]


@pytest.fixture
def six_window(qtbot, banten_path):
    """Malingping with three TPS in Cilangkahan and three in Pagelaran."""
    db = open_database(banten_path)
    add_tps(db, [(PAGELARAN, n, f"Jl. Pagelaran {n}", 200) for n in (1, 2, 3)])
    db.close()
    window = make_window(qtbot, banten_path)
    yield window
    window.close()
    window.close_database()


# The TPS lists that brought the six TPS, newest first (the fixture's own, then the test
# database's), as a region's history names them.
IMPORTS = (
    "Daftar TPS: 3 TPS ditambahkan — Desa Pagelaran",
    "Daftar TPS: 3 TPS ditambahkan — Desa Cilangkahan",
)


def select(window, *codes: str) -> None:
    tree = window.ui.regionTree
    assert window.select_code(codes[0])
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for code in codes[1:]:
        tree.selectionModel().select(window.model.reveal(code), flags)


def save_update(qtbot, window, *codes, tps_class=None, levels=None, reason="uji") -> None:
    """Select ``codes`` and save an update through the dialog (Ctrl+E)."""
    select(window, *codes)

    def answer(dialog):
        if tps_class is not None:
            dialog.ui.classCombo.setCurrentIndex(dialog.ui.classCombo.findData(tps_class))
        for key, level in (levels or {}).items():
            combo = dialog.level_combos[key]
            combo.setCurrentIndex(combo.findData(level))
        dialog.ui.reasonEdit.setPlainText(reason)
        dialog.save()

    seen = on_next_dialog(qtbot, answer)
    assert window.update_status()
    check_handled(seen)


def history_rows(window, code: str) -> list[str]:
    """The history tab of ``code`` as the officer reads it, newest first."""
    window.select_code(code)
    window.ui.detailsTabs.setCurrentWidget(window.ui.historyPanel)
    model = window.ui.historyPanel.model
    return [model.index(r, COL_WHAT).data() for r in range(model.rowCount())]


def first_line(text: str) -> str:
    return text.split("\n")[0]


def cli(db_path: Path, *argv: str) -> None:
    """The command line, in a process of its own, on the window's file."""
    done = subprocess.run(
        [sys.executable, "-m", "commandpost", *argv, "--db", str(db_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def cell(window, code: str, column: int = 0, role=Qt.ItemDataRole.DisplayRole):
    return window.model.index_of(code, column).data(role)


def activate(window) -> None:
    """The officer comes back to the window (from the terminal)."""
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


# --- history names what changed where ------------------------------------------------------


def test_a_districts_history_names_each_tps_and_area_it_changed(qtbot, six_window):
    window = six_window
    save_update(qtbot, window, DISTRICT, tps_class="khusus", reason="lapas")
    save_update(qtbot, window, DISTRICT, CILANGKAHAN, levels={"banjir": 3}, reason="banjir")

    rows = history_rows(window, DISTRICT)
    assert [first_line(r) for r in rows] == [
        "Banjir: Tinggi — Kecamatan Malingping, Desa Cilangkahan",
        "Kelas: Khusus — " + ", ".join(SIX_NAMES[:4]) + " + 2 lainnya",
        *IMPORTS,
    ]
    # The tooltip names every one of them, one a line.
    tip = window.ui.historyPanel.model.index(1, COL_WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.split("\n")[:7] == ["Kelas: Khusus (di 6 tempat)", *SIX_NAMES]
    assert "Alasan: lapas" in tip

    # One village's history names only its own TPS; a TPS's own history needs no names.
    rows = history_rows(window, PAGELARAN)
    assert first_line(rows[0]) == "Kelas: Khusus — " + ", ".join(SIX_NAMES[3:])
    assert first_line(history_rows(window, f"{PAGELARAN}.002")[0]) == "Kelas: Khusus"


def test_undo_and_redo_rows_say_which_and_what_they_took_back(qtbot, six_window):
    window = six_window
    save_update(qtbot, window, DISTRICT, tps_class="sangat_rawan", reason="pemetaan")
    save_update(qtbot, window, CILANGKAHAN, levels={"banjir": 2}, reason="sungai")
    window.undo()  # the flood level
    window.undo()  # the class
    window.redo()  # the class again
    assert window.statusBar().currentMessage().startswith("Ulangi: ")

    names = ", ".join(SIX_NAMES[:4]) + " + 2 lainnya"
    assert [first_line(r) for r in history_rows(window, DISTRICT)] == [
        "Ulangi: Kelas → Sangat rawan — " + names,
        "Urungkan: Kelas → Kurang rawan — " + names,
        "Urungkan: Banjir → Tidak ada — Desa Cilangkahan",
        "Banjir: Sedang — Desa Cilangkahan",
        "Kelas: Sangat rawan — " + names,
        *IMPORTS,
    ]
    # At the TPS itself the row says the same without naming it.
    assert [first_line(r) for r in history_rows(window, TPS1)][:2] == [
        "Ulangi: Kelas → Sangat rawan",
        "Urungkan: Kelas → Kurang rawan",
    ]


# --- the window follows what another program wrote ------------------------------------------


def test_a_class_set_from_a_terminal_shows_in_tree_details_and_history(qtbot, window):
    path = window.db.path
    window.select_code(TPS1)
    window.ui.detailsTabs.setCurrentWidget(window.ui.historyPanel)
    tree = window.ui.regionTree
    scroll = tree.verticalScrollBar().value()
    assert cell(window, TPS1, COL_CLASS) == "Kurang rawan"

    cli(path, "threat", "set", "--node", TPS1, "--class", "khusus", "--reason", "lapas",
        "--actor", "Iptu Rina")  # fmt: skip
    assert cell(window, TPS1, COL_CLASS) == "Kurang rawan"  # not looked yet
    activate(window)

    # The row, its ancestors' counts and class, the details pane and the history.
    assert cell(window, TPS1, COL_CLASS) == "Khusus"
    assert cell(window, TPS1, 0, ClassRole) == "khusus"
    for code in (CILANGKAHAN, DISTRICT, "36.02", "36"):
        assert cell(window, code, 0, NodeInfoRole).n_khusus == 1
        assert cell(window, code, 0, ClassRole) == "khusus"
    assert window.ui.detailsPane.values["tps_class"].text() == "Khusus"
    [entry] = window.ui.historyPanel.entries()
    assert (entry.actor, entry.reason) == ("Iptu Rina", "lapas")
    assert history_rows(window, TPS1) == ["Kelas: Khusus\nAlasan: lapas"]
    assert window.statusBar().currentMessage() == "Diperbarui dari perubahan lain: 1 TPS"
    # Nothing else moved: the same row is current, its village open, the view not scrolled.
    assert window.current_code() == TPS1
    assert tree.isExpanded(window.model.index_of(CILANGKAHAN))
    assert tree.verticalScrollBar().value() == scroll
    # Looking again finds nothing new.
    assert not window.freshness.check()


def test_the_timer_notices_a_threat_set_elsewhere_on_a_region(qtbot, window):
    path = window.db.path
    window.select_code(DISTRICT)
    assert cell(window, DISTRICT, 0, NodeInfoRole).worst_level == 0
    window.freshness._timer.setInterval(20)
    cli(path, "threat", "set", "--node", DISTRICT, "--category", "banjir", "--level", "tinggi",
        "--reason", "sungai meluap")  # fmt: skip
    qtbot.waitUntil(lambda: cell(window, DISTRICT, 0, NodeInfoRole).worst_level == 3)
    assert cell(window, "36.02", 0, NodeInfoRole).worst_level == 3
    assert "Banjir" in window.ui.detailsPane.threats_list.text()
    assert window.statusBar().currentMessage() == "Diperbarui dari perubahan lain: 1 wilayah"


def test_an_incident_logged_from_a_terminal_shows_in_the_list_and_the_count(qtbot, window):
    path = window.db.path
    window.select_code(TPS1)
    assert window.incident_button.text() == "Kejadian terbuka: 0"
    cli(path, "incident", "add", "--node", TPS1, "--type", "bentrok", "--description",
        "Bentrok kecil antar pendukung", "--actor", "Aipda Rudi")  # fmt: skip
    activate(window)
    assert window.incident_button.text() == "Kejadian terbuka: 1"
    [shown] = window.ui.incidentPanel.incidents()
    assert shown.description == "Bentrok kecil antar pendukung"
    assert window.ui.detailsPane.values["incidents"].text() == "1 terbuka"
    assert window.statusBar().currentMessage() == "Diperbarui dari perubahan lain: 1 TPS"


def test_a_second_window_on_the_same_file_follows_the_first(qtbot, window):
    other = make_window(qtbot, window.db.path)
    other.select_code(TPS1)
    save_update(qtbot, window, TPS1, tps_class="sangat_rawan", reason="intimidasi")
    # It looks when it is activated (closing the dialog may do it) or its timer fires.
    other.freshness.check()
    assert cell(other, TPS1, COL_CLASS) == "Sangat rawan"
    assert cell(other, "36.02", 0, NodeInfoRole).n_sangat_rawan == 1
    assert other.ui.detailsPane.values["tps_class"].text() == "Sangat rawan"
    assert other.statusBar().currentMessage() == "Diperbarui dari perubahan lain: 1 TPS"
    # The first window wrote it and showed it: it announces nothing.
    window.freshness.check()
    assert window.statusBar().currentMessage().startswith("Tersimpan: ")
    other.close()
    other.close_database()


def test_the_officers_own_save_is_not_announced_as_from_elsewhere(qtbot, window):
    save_update(qtbot, window, TPS1, tps_class="rawan", reason="r")
    assert window.statusBar().currentMessage().startswith("Tersimpan: ")
    assert window.freshness.check()  # our own commit moved the data version...
    assert window.freshness.catch_up() == 0  # ...but there was nothing from elsewhere
    assert window.statusBar().currentMessage().startswith("Tersimpan: ")
    assert cell(window, TPS1, COL_CLASS) == "Rawan"


def test_tps_imported_elsewhere_appear_in_the_open_village(qtbot, qtmodeltester, window):
    path = window.db.path
    window.select_code(f"{CILANGKAHAN}.002")
    village = window.model.index_of(CILANGKAHAN)
    assert window.model.rowCount(village) == 3
    qtmodeltester.check(window.model)  # and it keeps watching the rows that come
    code = (
        "import sys; from pathlib import Path; from commandpost.store.database import "
        "open_database; from tests.helpers import add_tps; db = open_database(Path(sys.argv[1]));"
        f" add_tps(db, [('{CILANGKAHAN}', 4, 'Jl. Baru', 300), ('{PAGELARAN}', 1, 'Jl. P', 9)]);"
        " db.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, check=True, timeout=120)
    activate(window)

    village = window.model.index_of(CILANGKAHAN)
    assert [
        window.model.index(r, 0, village).data() for r in range(window.model.rowCount(village))
    ] == ["TPS 001", "TPS 002", "TPS 003", "TPS 004"]
    assert window.ui.regionTree.isExpanded(village)
    assert window.current_code() == f"{CILANGKAHAN}.002"
    assert cell(window, CILANGKAHAN, 0, NodeInfoRole).tps_count == 4
    # A village never opened learns its count; its rows load when it is opened.
    pagelaran = window.model.index_of(PAGELARAN)
    assert window.model.hasChildren(pagelaran)
    assert cell(window, DISTRICT, 0, NodeInfoRole).tps_count == 5


def test_an_undo_that_meets_a_change_from_elsewhere_shows_what_the_file_holds(
    qtbot, window, monkeypatch
):
    path = window.db.path
    save_update(qtbot, window, TPS1, tps_class="rawan", reason="r")
    window.ui.detailsTabs.setCurrentWidget(window.ui.historyPanel)
    cli(path, "threat", "set", "--node", TPS1, "--class", "khusus", "--reason", "lapas",
        "--actor", "Iptu Rina")  # fmt: skip
    warnings = []
    monkeypatch.setattr(
        "commandpost.gui.main_window.QMessageBox.warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    window.undo()  # before the window looked: it still showed Rawan
    assert len(warnings) == 1
    assert queries.node(window.db, TPS1).tps_class == "khusus"
    assert cell(window, TPS1, COL_CLASS) == "Khusus"
    assert cell(window, CILANGKAHAN, 0, NodeInfoRole).n_rawan == 0
    assert cell(window, CILANGKAHAN, 0, NodeInfoRole).n_khusus == 1
    assert window.ui.detailsPane.values["tps_class"].text() == "Khusus"
    assert window.ui.historyPanel.entries()[0].actor == "Iptu Rina"
    assert window.statusBar().currentMessage() == "Diperbarui dari perubahan lain: 1 TPS"


def test_the_watch_connection_closes_with_the_window(qtbot, banten_path):
    window = make_window(qtbot, banten_path)
    feature = window.freshness
    assert feature._probe is not None and feature._timer.isActive()
    window.close()
    assert feature._probe is None and not feature._timer.isActive()
    window.close_database()


def test_rows_that_went_leave_the_open_village_and_the_rest_keep_their_place(
    qtbot, qtmodeltester, window
):
    """No program of ours deletes a TPS yet; a merge or a future import might. The model
    takes rows away without a reset (the tester watches), keeping the current row."""
    import sqlite3

    window.select_code(f"{CILANGKAHAN}.003")
    qtmodeltester.check(window.model)
    with sqlite3.connect(window.db.path) as conn:
        conn.execute("DELETE FROM tps WHERE code = ?", (f"{CILANGKAHAN}.002",))
        conn.execute("DELETE FROM node WHERE code = ?", (f"{CILANGKAHAN}.002",))
        conn.execute("UPDATE node SET child_count = 2 WHERE code = ?", (CILANGKAHAN,))
    conn.close()
    assert window.model.sync_children([CILANGKAHAN]) == [CILANGKAHAN]
    village = window.model.index_of(CILANGKAHAN)
    assert [window.model.index(r, 0, village).data() for r in range(2)] == ["TPS 001", "TPS 003"]
    assert window.model.rowCount(village) == 2
    assert not window.model.index_of(f"{CILANGKAHAN}.002").isValid()
    assert window.current_code() == f"{CILANGKAHAN}.003"
    assert window.ui.regionTree.currentIndex().data() == "TPS 003"
