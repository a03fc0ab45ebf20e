"""The window keeps the officer's data safe: a damaged file turns read-only and says so, a
save waits for another program's write lock (or is cancelled, keeping what was typed), an
empty file is not silently made a database, and verified backups are made and restored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from commandpost.gui import file_chooser
from commandpost.gui.errors import failure_text
from commandpost.gui.safety import feature as safety
from commandpost.gui.safety.restore_dialog import RestoreDialog
from commandpost.store import backup, threats
from commandpost.store.changelog import load_changes
from commandpost.store.database import HealthState, StoreError, StoreErrorKind
from tests.gui.util import make_window
from tests.helpers import damage_pages, dump, file_digest, lock_held, release

TPS = "36.02.01.2002.001"


def tps_class(db) -> str | None:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT tps_class FROM tps WHERE code = ?", (TPS,)).scalar()


@pytest.fixture(autouse=True)
def own_data_dir(monkeypatch, tmp_path):
    """Backups go to the data directory: each test its own."""
    monkeypatch.setenv("COMMANDPOST_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes that would have been shown (with their texts); none blocks the test.
    ``answers`` says which button (by text) to click in the next boxes."""
    shown: list[dict] = []
    answers: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(
            {
                "name": box.objectName(),
                "title": box.windowTitle(),
                "text": box.text(),
                "info": box.informativeText(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        if answers:
            wanted = answers.pop(0)
            for button in box.buttons():
                if button.text() == wanted:
                    button.click()
                    box.done(0)
                    return 0
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)

    def fake_static(*args, **_kwargs):
        shown.append({"name": "static", "title": args[1], "text": args[2]})
        return QMessageBox.StandardButton.Ok

    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, fake_static)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown, answers


def test_a_damaged_file_opens_read_only_says_so_and_offers_a_backup(qtbot, banten_path, boxes):
    shown, answers = boxes
    damage_pages(banten_path, "issued_report")
    before = file_digest(banten_path)
    answers.append("Biarkan hanya-baca")

    window = make_window(qtbot, banten_path)
    qtbot.waitUntil(lambda: window.db.health.state is HealthState.DAMAGED)
    qtbot.waitUntil(lambda: any(b["name"] == "damagedBox" for b in shown))

    [box] = [b for b in shown if b["name"] == "damagedBox"]
    assert box["title"] == "CommandPost — berkas basis data rusak"
    assert box["text"] == f"Berkas basis data rusak:\n{banten_path}"
    assert "hanya-baca" in box["info"] and "Pulihkan cadangan" in box["info"]
    assert box["buttons"][:2] == ["Pulihkan cadangan…", "Biarkan hanya-baca"]
    label = window.safety.state_label
    assert label.isVisible() and label.text() == "RUSAK — hanya baca"

    with pytest.raises(StoreError) as info:
        threats.set_tps_class(window.db, [TPS], "rawan", actor="uji", reason="uji")
    assert info.value.kind is StoreErrorKind.DAMAGED
    assert failure_text(info.value).startswith(
        "Berkas basis data rusak, sehingga CommandPost tidak menulis ke dalamnya."
    )
    assert "Perubahan terakhir TIDAK tersimpan." in failure_text(info.value)
    window.close()
    assert file_digest(banten_path) == before, "nothing may be written to a damaged file"


def test_a_healthy_file_is_checked_after_the_window_shows(qtbot, banten_path):
    window = make_window(qtbot, banten_path)
    qtbot.waitUntil(lambda: window.db.health.state is HealthState.OK)
    qtbot.waitUntil(lambda: not window.safety.state_label.isVisible())
    assert window.db.health.seconds is not None
    threats.set_tps_class(window.db, [TPS], "rawan", actor="uji", reason="uji")
    assert tps_class(window.db) == "rawan"


@pytest.fixture
def lock_holder(banten_path):
    """Another process holding the write lock until released; its command line reads like a
    CommandPost import."""
    with lock_held(banten_path, "commandpost", "import", "tps") as proc:
        yield proc, lambda: release(proc)


def _when_lock_dialog_shows(qtbot, then) -> list:
    """Call ``then(dialog)`` once the waiting dialog is on screen (the wait runs its own
    event loop, so a polling timer sees it)."""
    seen: list = []

    def poll() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QProgressDialog)
                and w.objectName() == "lockWaitDialog"
                and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            return
        timer.stop()
        seen.append({"title": dialog.windowTitle(), "text": dialog.labelText()})
        then(dialog)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    seen.append(timer)  # kept alive by the caller
    return seen


def test_a_save_waits_for_an_import_and_then_saves(qtbot, banten_path, lock_holder):
    proc, release = lock_holder
    window = make_window(qtbot, banten_path)
    qtbot.waitUntil(lambda: window.db.health.state is HealthState.OK)
    seen = _when_lock_dialog_shows(qtbot, lambda _dialog: release())

    threats.set_tps_class(window.db, [TPS], "rawan", actor="uji", reason="uji")

    [_timer, shown] = seen
    assert shown["title"] == "CommandPost — menunggu untuk menyimpan"
    assert shown["text"].startswith("Menunggu impor selesai…")
    assert f"commandpost import tps (pid {proc.pid})" in shown["text"]
    assert "Isian Anda tetap tersimpan" in shown["text"]
    assert tps_class(window.db) == "rawan"
    assert window.db.lock_waiter.dialog is None, "the dialog closes once saved"


def test_cancelling_the_wait_saves_nothing_and_says_why(qtbot, banten_path, lock_holder):
    proc, _release = lock_holder
    window = make_window(qtbot, banten_path)
    qtbot.waitUntil(lambda: window.db.health.state is HealthState.OK)
    count = len(load_changes(window.db))
    seen = _when_lock_dialog_shows(qtbot, lambda dialog: dialog.cancel())

    with pytest.raises(StoreError) as info:
        threats.set_tps_class(window.db, [TPS], "rawan", actor="uji", reason="uji")

    assert len(seen) == 2, "the waiting dialog was shown"
    assert info.value.kind is StoreErrorKind.LOCKED
    assert failure_text(info.value) == (
        f"Berkas sedang ditulis oleh commandpost import tps (pid {proc.pid}) dan penantian "
        "dibatalkan. Coba lagi setelah program itu selesai. Perubahan terakhir TIDAK tersimpan."
    )
    assert len(load_changes(window.db)) == count


def test_an_empty_file_is_made_a_database_only_when_the_officer_says_so(
    qtbot, banten_path, tmp_path, boxes
):
    shown, answers = boxes
    window = make_window(qtbot, banten_path)
    empty = tmp_path / "kosong.sqlite"
    empty.touch()

    answers.append("Tidak")
    assert not window.open_database_file(empty)
    assert shown[-1]["name"] == "createDatabaseBox"
    assert shown[-1]["text"] == f"Berkas ini kosong (0 byte):\n{empty}"
    assert shown[-1]["buttons"] == ["Buat basis data baru", "Tidak"]
    assert empty.stat().st_size == 0
    assert window.db.path == banten_path, "the open database stays"

    answers.append("Buat basis data baru")
    assert window.open_database_file(empty)
    assert window.db.path == empty and empty.stat().st_size > 0


def test_back_up_now_writes_a_verified_backup_and_shows_its_time(qtbot, banten_path):
    window = make_window(qtbot, banten_path)
    assert window.safety.backup_label.text() == "Belum ada cadangan"

    window.safety.backup_action.trigger()

    [made] = backup.list_backups(banten_path)
    assert made.path.parent == backup.default_folder()
    assert backup.file_problems(made.path) == []
    assert window.safety.backup_label.text().startswith("Cadangan terakhir: ")
    assert window.statusBar().currentMessage().startswith("Cadangan ditulis dan diperiksa: ")
    assert window.ui.menuFile.actions().count(window.safety.backup_action) == 1
    assert window.safety.backup_action.shortcut().toString() == "Ctrl+Alt+B"


def test_backups_follow_activity_and_the_window_backs_up_on_close(qtbot, banten_path):
    window = make_window(qtbot, banten_path)
    feature = window.safety
    start = datetime.now(UTC) - timedelta(minutes=30)
    feature.tick(start)
    assert feature._run is None, "no change, no backup"

    threats.set_tps_class(window.db, [TPS], "rawan", actor="uji", reason="uji")
    feature.tick(start + timedelta(minutes=1))
    assert feature._run is None, "not before the interval has passed"
    feature.tick(start + timedelta(minutes=11))
    assert feature._run is not None
    qtbot.waitUntil(lambda: feature._run is None)
    assert len(backup.list_backups(banten_path)) == 1

    threats.set_tps_class(window.db, [TPS], "sangat_rawan", actor="uji", reason="uji")
    from commandpost.gui import settings as cfg

    cfg.settings().setValue(safety.BACKUP_ON_CLOSE, True)
    window.close()
    backups = backup.list_backups(banten_path)
    assert len(backups) == 2
    newest = backups[0].path
    import sqlite3

    conn = sqlite3.connect(f"file:{newest}?mode=ro", uri=True)
    try:
        value = conn.execute("SELECT tps_class FROM tps WHERE code = ?", (TPS,)).fetchone()
    finally:
        conn.close()
    assert value == ("sangat_rawan",), "the backup on close holds the last change"


def test_restore_puts_a_backup_in_place_and_keeps_the_current_file(qtbot, banten_path, boxes):
    shown, _answers = boxes
    window = make_window(qtbot, banten_path)
    window.safety.backup_now()
    [made] = backup.list_backups(banten_path)
    threats.set_tps_class(window.db, [TPS], "khusus", actor="uji", reason="after the backup")
    after = len(load_changes(window.db))

    assert window.safety.restore(made.path)

    assert len(load_changes(window.db)) == after - 1, "the change after the backup is gone"
    asides = sorted(banten_path.parent.glob("banten.before-restore-*.sqlite"))
    assert len(asides) == 1
    assert shown[-1]["title"] == "Cadangan dipulihkan"
    assert str(asides[0]) in shown[-1]["text"]
    import sqlite3

    conn = sqlite3.connect(f"file:{asides[0]}?mode=ro", uri=True)
    try:
        kept = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    finally:
        conn.close()
    assert kept == after, "the file set aside still holds every change"


def test_the_restore_dialog_lists_backups_and_fits_the_laptop(qtbot, banten_path):
    window = make_window(qtbot, banten_path)
    window.safety.backup_now()
    dialog = RestoreDialog(banten_path, [None], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Pulihkan dari cadangan"
    assert dialog.table.rowCount() == 1
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(3)] == [
        "Waktu cadangan",
        "Ukuran",
        "Folder",
    ]
    assert dialog.restore_button.text() == "Pulihkan" and dialog.restore_button.isEnabled()
    laptop = QRect(0, 0, 1366, 768)
    assert dialog.frameGeometry().width() <= laptop.width()
    assert dialog.frameGeometry().height() <= laptop.height()
    assert dialog.minimumSizeHint().height() < 700


def test_a_file_too_damaged_to_show_is_refused_not_crashed(banten_path, boxes):
    from commandpost.gui.app import EXIT_DB, run_gui

    shown, _answers = boxes
    damage_pages(banten_path)  # the region tree's own pages
    before = file_digest(banten_path)

    assert run_gui(banten_path) == EXIT_DB

    [box] = [b for b in shown if b["name"] == "storeErrorBox"]
    assert box["title"] == "CommandPost — basis data tidak dapat dibuka"
    assert "rusak" in box["info"]
    assert file_digest(banten_path) == before


def test_a_file_too_damaged_to_show_can_be_replaced_by_its_backup(
    qtbot, banten_path, boxes, monkeypatch
):
    from commandpost.gui.app import _first_window
    from commandpost.gui.main_window import MainWindow
    from commandpost.store.database import open_database

    made = backup.make_backup(banten_path).made[0]
    damage_pages(banten_path)
    damaged = file_digest(banten_path)

    def choose_newest(dialog) -> int:
        dialog.chosen = dialog.backups[0].path
        return 1

    monkeypatch.setattr(RestoreDialog, "exec", choose_newest)
    window = _first_window(MainWindow, open_database(banten_path), banten_path)
    qtbot.addWidget(window)

    assert window is not None and window.model.rowCount() == 1
    assert dump(banten_path) == dump(made.path), "the backup's content is the database"
    [aside] = banten_path.parent.glob("banten.before-restore-*.sqlite")
    assert file_digest(aside) == damaged, "the damaged file is kept, as it was"


def test_a_second_backup_folder_gets_every_backup(qtbot, banten_path, tmp_path, monkeypatch):

    stick = tmp_path / "flashdisk"
    stick.mkdir()
    window = make_window(qtbot, banten_path)
    monkeypatch.setattr(file_chooser, "get_existing_directory", lambda *a, **k: str(stick))
    assert window.safety.second_action.text() == "Folder cadangan &kedua…"

    window.safety.second_action.trigger()
    assert window.statusBar().currentMessage() == f"Cadangan juga ditulis ke {stick}"
    window.safety.backup_now()

    [first] = backup.list_backups(banten_path)
    [second] = backup.list_backups(banten_path, [stick])
    assert first.path.name == second.path.name
    assert backup.file_problems(second.path) == []
