"""The file chooser never drops the open database's locks.

On Linux a process's POSIX locks on a file fall when it closes ANY handle on that file. Qt's
file dialog named each file's type by sniffing its first bytes, so browsing the database's
folder dropped the window's SQLite locks; a command-line run then deleted the WAL under the
window and the file ended up damaged (a new user's trial). gui/file_chooser.py names types
by extension only.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QFileSystemModel

from commandpost.gui import file_chooser

LOCKS = Path("/proc/locks")
pytestmark = pytest.mark.skipif(
    not LOCKS.exists(),
    reason="POSIX locks are listed in /proc/locks on Linux only, the one system where "
    "closing another handle drops them",
)


def held_locks(db) -> int:
    """This process's POSIX locks on the database and its -wal and -shm files (other
    tests' databases may still be open in the same process)."""
    inodes = {
        os.stat(f"{db.path}{suffix}").st_ino
        for suffix in ("", "-wal", "-shm")
        if os.path.exists(f"{db.path}{suffix}")
    }
    pid = str(os.getpid())
    count = 0
    for line in LOCKS.read_text().splitlines():
        fields = line.split()
        # "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128" (a blocked one has "->")
        fields = [f for f in fields if f != "->"]
        if len(fields) > 5 and fields[4] == pid and int(fields[5].rsplit(":", 1)[1]) in inodes:
            count += 1
    return count


def open_reader(db) -> None:
    """The window's connection, as it stands between reads: WAL locks held."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM node").scalar()


def side_files(db) -> list[QFileInfo]:
    return [QFileInfo(str(db.path) + suffix) for suffix in ("", "-wal", "-shm")]


def test_browsing_the_databases_folder_keeps_its_locks(qtbot, banten_db):
    open_reader(banten_db)
    before = held_locks(banten_db)
    assert before > 0
    folder = str(Path(banten_db.path).parent)
    dialog = file_chooser.make_dialog(
        None,
        "Pilih daftar TPS",
        folder,
        "CSV (*.csv);;Semua berkas (*)",
        mode=QFileDialog.FileMode.ExistingFile,
    )
    qtbot.addWidget(dialog)
    dialog.selectNameFilter("Semua berkas (*)")  # the database files listed too
    model = dialog.findChild(QFileSystemModel)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        dialog.show()
    root = model.index(folder)
    qtbot.waitUntil(lambda: model.rowCount(root) >= 3)
    # Every row's type, as the list's Type column shows it.
    types = {
        model.index(r, 0, root).data(): model.index(r, 2, root).data()
        for r in range(model.rowCount(root))
    }
    assert Path(banten_db.path).name in types
    for info in side_files(banten_db):
        file_chooser.provider().type(info)
        # Under a desktop's window system (xcb) Qt also picked icons by sniffed MIME type.
        assert not file_chooser.provider().icon(info).isNull()
    assert held_locks(banten_db) == before
    dialog.reject()


def test_qts_own_type_names_would_drop_them(banten_db):
    """Why the module exists: Qt's own provider opens the files and the locks fall."""
    open_reader(banten_db)
    assert held_locks(banten_db) > 0
    plain = QFileIconProvider()
    for info in side_files(banten_db):
        plain.type(info)
    assert held_locks(banten_db) == 0
