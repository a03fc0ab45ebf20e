"""Verified backups: taken while the database is in use, checked, pruned, restored."""

import errno
import os
import shutil
import sqlite3
from collections import namedtuple
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from commandpost.store import backup, changelog
from commandpost.store.backup import (
    BackupError,
    BackupErrorKind,
    BackupInfo,
    BackupSchedule,
    file_problems,
    last_good_backup,
    list_backups,
    make_backup,
    restore,
)
from commandpost.store.database import open_database
from tests.helpers import dump, file_digest

TPS = "36.02.01.2002.001"
T0 = datetime(2024, 11, 27, 3, 15, 0, tzinfo=UTC)  # 10:15 WIB on voting day
WIB = timezone(timedelta(hours=7))


# -- helpers shared with tests/cli/test_backup_cli.py ------------------------------------------


def set_dpt(path: Path, dpt: int) -> None:
    """One committed change through the normal write path; the database is closed after."""
    db = open_database(path)
    try:
        changelog.record(
            db, actor="uji", entity="tps", entity_id=TPS, op="set", values={"dpt": dpt}
        )
    finally:
        db.close()


def read_one(path: Path, sql: str):
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql).fetchone()
    finally:
        conn.close()


def damage_page(path: Path) -> None:
    """Change a code in a leaf page in the middle of the ``node`` table, so that the table
    and its indexes disagree: damage ``PRAGMA integrity_check`` reports row by row."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [
            p
            for (p,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'node' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    finally:
        conn.close()
    start = (pages[len(pages) // 2] - 1) * page_size
    data = bytearray(path.read_bytes())
    at = data.index(b"36.", start + page_size // 2, start + page_size)
    data[at : at + 3] = b"37."
    path.write_bytes(bytes(data))


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- taking a backup ---------------------------------------------------------------------------


def test_backup_while_another_connection_writes_holds_only_committed_data(banten_path, tmp_path):
    set_dpt(banten_path, 400)
    writer = sqlite3.connect(banten_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("INSERT INTO cp_meta (key, value) VALUES ('uncommitted', 'yes')")
        writer.execute("UPDATE tps SET dpt = 999 WHERE code = ?", (TPS,))

        result = make_backup(banten_path, tmp_path / "backups", now=T0)

        writer.execute("COMMIT")  # the writer was never blocked
    finally:
        writer.close()
    assert result.failed == []
    [made] = result.made
    assert read_one(made.path, f"SELECT dpt FROM tps WHERE code = '{TPS}'") == (400,)
    assert read_one(made.path, "SELECT count(*) FROM cp_meta WHERE key = 'uncommitted'") == (0,)
    assert read_one(banten_path, f"SELECT dpt FROM tps WHERE code = '{TPS}'") == (999,)


def test_a_backup_is_one_checked_file_named_by_utc_time(banten_path, tmp_path):
    db = open_database(banten_path)  # the window has it open
    try:
        result = make_backup(banten_path, tmp_path / "backups", now=T0.astimezone(WIB))
    finally:
        db.close()
    [made] = result.made
    assert made == BackupInfo(
        tmp_path / "backups" / "banten-20241127-031500.sqlite", T0, made.path.stat().st_size
    )
    assert folder_names(tmp_path / "backups") == ["banten-20241127-031500.sqlite"]
    header = made.path.read_bytes()[:100]
    assert (header[18], header[19]) == (1, 1), "rollback-journal mode: no -wal/-shm needed"
    assert file_problems(made.path) == []
    assert folder_names(tmp_path / "backups") == ["banten-20241127-031500.sqlite"]
    assert dump(made.path) == dump(banten_path)


def test_two_backups_in_one_second_get_distinct_names(banten_path, tmp_path):
    folder = tmp_path / "backups"
    first = make_backup(banten_path, folder, now=T0).made[0]
    second = make_backup(banten_path, folder, now=T0).made[0]
    assert (first.path.name, second.path.name) == (
        "banten-20241127-031500.sqlite",
        "banten-20241127-031500-2.sqlite",
    )
    assert [i.path for i in list_backups(banten_path, [folder])] == [second.path, first.path]
    assert folder_names(banten_path.parent) == ["backups", "banten.sqlite"], "no -wal/-shm left"


def test_both_destinations_hold_the_same_snapshot(banten_path, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    result = make_backup(banten_path, tmp_path / "backups", usb, now=T0)
    assert [i.path.parent for i in result.made] == [tmp_path / "backups", usb]
    assert result.failed == []
    assert dump(result.made[0].path) == dump(result.made[1].path) == dump(banten_path)


def test_pruning_keeps_the_newest_n_of_this_database_only(banten_path, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    other = folder / "kibin-20240101-000000.sqlite"
    notes = folder / "banten-catatan.txt"
    other.write_bytes(b"another database's backup")
    notes.write_text("catatan")
    made = []
    for minute in range(4):
        result = make_backup(banten_path, folder, keep=2, now=T0 + timedelta(minutes=minute))
        made.append(result.made[0].path)
    assert result.pruned == [made[1]]
    assert folder_names(folder) == sorted([made[2].name, made[3].name, other.name, notes.name])


def test_the_new_backup_is_kept_even_if_older_ones_carry_later_times(banten_path, tmp_path):
    folder = tmp_path / "backups"
    ahead = make_backup(banten_path, folder, now=T0 + timedelta(days=365)).made[0]
    result = make_backup(banten_path, folder, keep=1, now=T0)
    assert result.pruned == [ahead.path]
    assert folder_names(folder) == ["banten-20241127-031500.sqlite"]


def test_keep_below_one_is_refused(banten_path, tmp_path):
    with pytest.raises(ValueError, match="keep must be at least 1"):
        make_backup(banten_path, tmp_path / "backups", keep=0)
    assert not (tmp_path / "backups").exists()


def test_a_second_destination_that_is_a_file_does_not_lose_the_first(banten_path, tmp_path):
    usb = tmp_path / "usb"
    usb.write_text("not a folder")
    result = make_backup(banten_path, tmp_path / "backups", usb, now=T0)
    [made] = result.made
    assert made.path == tmp_path / "backups" / "banten-20241127-031500.sqlite"
    assert file_problems(made.path) == []
    assert result.failed == [(usb, f"cannot write backups to {usb}: it is a file, not a folder")]
    assert usb.read_text() == "not a folder"


def test_an_unplugged_stick_is_reported_and_no_folder_is_made_for_it(banten_path, tmp_path):
    usb = tmp_path / "media" / "USB" / "posko"
    result = make_backup(banten_path, tmp_path / "backups", usb, now=T0)
    assert len(result.made) == 1
    assert result.failed == [
        (usb, f"cannot write backups to {usb}: it does not exist (is the drive plugged in?)")
    ]
    assert not (tmp_path / "media").exists()


def test_a_full_disk_says_how_much_is_free_and_needed(banten_path, tmp_path, monkeypatch):
    def full(_src, target):
        Path(target).write_bytes(b"SQLite format 3\x00 half written")
        raise sqlite3.OperationalError("database or disk is full")

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(backup, "_copy_database", full)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9 - 2500, 2500))
    folder = tmp_path / "backups"
    result = make_backup(banten_path, folder, now=T0)
    size = backup.human_bytes(banten_path.stat().st_size)
    assert result.made == []
    assert result.failed == [
        (folder, f"{folder}: the disk is full (2.5 kB free, about {size} needed)")
    ]
    assert folder_names(folder) == [], "no partial file is left behind"


def test_a_missing_database_is_refused_before_any_folder_is_made(tmp_path):
    missing = tmp_path / "hilang.sqlite"
    with pytest.raises(BackupError, match="no such database") as info:
        make_backup(missing, tmp_path / "backups")
    assert info.value.kind is BackupErrorKind.MISSING and info.value.path == missing
    assert str(missing) in str(info.value)
    assert not (tmp_path / "backups").exists()
    assert not missing.exists()


def test_a_damaged_database_gives_no_backup(banten_path, tmp_path):
    damage_page(banten_path)
    folder = tmp_path / "backups"
    result = make_backup(banten_path, folder, now=T0)
    assert result.made == []
    [(where, reason)] = result.failed
    assert where == folder
    assert reason.startswith(
        f"the backup {folder / 'banten-20241127-031500.sqlite'} failed its check, so it was "
        "not kept (the database itself may be damaged): integrity: row "
    )
    assert folder_names(folder) == []


# -- checking ----------------------------------------------------------------------------------


def test_checking_changes_nothing_and_makes_no_side_files(banten_path):
    before = file_digest(banten_path)
    assert file_problems(banten_path) == []
    assert file_digest(banten_path) == before
    assert folder_names(banten_path.parent) == ["banten.sqlite"]


def test_a_live_database_with_its_wal_is_checked_too(banten_db, banten_path):
    changelog.record(
        banten_db, actor="uji", entity="tps", entity_id=TPS, op="set", values={"dpt": 300}
    )
    assert banten_path.with_name("banten.sqlite-wal").exists()
    assert file_problems(banten_path) == []


def test_a_damaged_page_is_reported_row_by_row(banten_path, tmp_path):
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(banten_path, copy)
    damage_page(copy)
    problems = file_problems(copy)
    assert problems and all(p.startswith("integrity: ") for p in problems)
    assert any("missing from index" in p for p in problems)


def test_an_altered_change_breaks_the_chain(banten_path):
    conn = sqlite3.connect(banten_path)
    station = conn.execute("SELECT station_id FROM change_log WHERE seq = 2").fetchone()[0]
    conn.execute("UPDATE change_log SET reason = 'diubah' WHERE seq = 2")
    conn.commit()
    conn.close()
    assert file_problems(banten_path) == [
        f"station {station}: seq 2: content was altered after it was recorded"
    ]


def test_a_missing_change_is_reported_with_table_and_row(banten_path):
    conn = sqlite3.connect(banten_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO change_node (change_id, node_code) VALUES ('hilang', '36')")
    rowid = conn.execute("SELECT rowid FROM change_node WHERE change_id = 'hilang'").fetchone()[0]
    conn.commit()
    conn.close()
    assert file_problems(banten_path) == [
        f"change_node row {rowid} refers to a missing change_log row"
    ]


def test_files_that_are_no_commandpost_database_are_problems_not_errors(tmp_path):
    text = tmp_path / "catatan.sqlite"
    text.write_text("kode_desa,no_tps\n" * 50)
    other = tmp_path / "kontak.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE kontak (nama TEXT)")
    conn.commit()
    conn.close()
    assert file_problems(text) == ["cannot be read: file is not a database"]
    assert file_problems(other) == ["there is no change_log table: not a CommandPost database"]
    assert file_problems(tmp_path / "hilang.sqlite") == ["the file does not exist"]


# -- listing -----------------------------------------------------------------------------------


def test_list_is_newest_first_over_folders_and_last_good_skips_damaged(banten_path, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    old = make_backup(banten_path, tmp_path / "backups", usb, now=T0).made
    newer = make_backup(banten_path, tmp_path / "backups", now=T0 + timedelta(hours=1)).made[0]
    damage_page(newer.path)
    folders = [tmp_path / "backups", usb, tmp_path / "not-there"]
    listed = list_backups(banten_path, folders)
    assert [i.path for i in listed] == [newer.path, old[0].path, old[1].path]
    assert [i.taken_at for i in listed] == [T0 + timedelta(hours=1), T0, T0]
    assert last_good_backup(banten_path, folders) == old[0]
    assert last_good_backup(banten_path, [tmp_path / "not-there"]) is None


def test_the_default_folder_is_backups_in_the_data_dir(banten_path, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMANDPOST_DATA_DIR", str(tmp_path / "data"))
    made = make_backup(banten_path, now=T0).made[0]
    assert made.path == tmp_path / "data" / "backups" / "banten-20241127-031500.sqlite"
    assert list_backups(banten_path) == [made]


def test_backup_info_reads_the_time_from_the_name_or_the_file(tmp_path):
    named = tmp_path / "lain-20241127-031500-3.sqlite"
    plain = tmp_path / "salinan.sqlite"
    for path in (named, plain):
        path.write_bytes(b"x" * 1500)
    os.utime(plain, (T0.timestamp(), T0.timestamp() + 60))
    assert backup.backup_info(named) == BackupInfo(named, T0, 1500)
    assert backup.backup_info(plain) == BackupInfo(plain, T0 + timedelta(minutes=1), 1500)
    assert [backup.human_bytes(n) for n in (812, 1500, 12_345_678, 2 * 10**9)] == [
        "812 bytes",
        "1.5 kB",
        "12.3 MB",
        "2.0 GB",
    ]


# -- restoring ---------------------------------------------------------------------------------


def _crashed_copy(source: Path, target: Path) -> None:
    """``target`` as a crash leaves it: a committed change still in its -wal, and a -shm."""
    live = sqlite3.connect(source, isolation_level=None)
    try:
        live.execute("INSERT INTO cp_meta (key, value) VALUES ('in_wal', 'yes')")
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    finally:
        live.close()


def test_restore_keeps_the_previous_files_aside_byte_identical(banten_path, tmp_path):
    taken = make_backup(banten_path, tmp_path / "backups", now=T0).made[0]
    wanted = dump(taken.path)
    live = tmp_path / "posko" / "banten.sqlite"
    live.parent.mkdir()
    scratch = tmp_path / "scratch.sqlite"
    shutil.copyfile(banten_path, scratch)
    _crashed_copy(scratch, live)
    digests = {s: file_digest(Path(f"{live}{s}")) for s in ("", "-wal", "-shm")}

    result = restore(live, taken.path, now=T0 + timedelta(hours=2))

    aside = live.parent / "banten.before-restore-20241127-051500.sqlite"
    assert result == backup.RestoreResult(live, aside, taken.path)
    assert folder_names(live.parent) == sorted(
        ["banten.sqlite", aside.name, f"{aside.name}-wal", f"{aside.name}-shm"]
    )
    assert {s: file_digest(Path(f"{aside}{s}")) for s in digests} == digests
    conn = sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)  # reads its own -wal
    try:
        assert conn.execute("SELECT value FROM cp_meta WHERE key = 'in_wal'").fetchone() == ("yes",)
    finally:
        conn.close()
    assert dump(live) == wanted
    assert file_problems(live) == []
    db = open_database(live)
    db.close()


def test_a_damaged_backup_is_refused_and_the_database_is_untouched(banten_path, tmp_path):
    bad = make_backup(banten_path, tmp_path / "backups", now=T0).made[0].path
    damage_page(bad)
    set_dpt(banten_path, 321)
    before = file_digest(banten_path)
    with pytest.raises(BackupError) as info:
        restore(banten_path, bad)
    assert info.value.kind is BackupErrorKind.DAMAGED
    assert str(info.value).startswith(f"{bad} is damaged and cannot be restored: integrity: row ")
    assert "\n" not in str(info.value)
    assert file_digest(banten_path) == before
    assert folder_names(banten_path.parent) == ["backups", "banten.sqlite"]


def test_a_missing_backup_is_refused(banten_path, tmp_path):
    missing = tmp_path / "backups" / "banten-20241127-031500.sqlite"
    with pytest.raises(BackupError, match="no such backup") as info:
        restore(banten_path, missing)
    assert info.value.kind is BackupErrorKind.MISSING and str(missing) in str(info.value)


def test_restoring_the_database_onto_itself_is_refused(banten_path):
    before = file_digest(banten_path)
    with pytest.raises(BackupError, match="is the database itself"):
        restore(banten_path, banten_path)
    assert file_digest(banten_path) == before


def test_a_full_disk_during_restore_leaves_the_database_in_place(
    banten_path, tmp_path, monkeypatch
):
    taken = make_backup(banten_path, tmp_path / "backups", now=T0).made[0]
    before = file_digest(banten_path)

    def full(_src, target):
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(backup, "_copy_database", full)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage(10**9, 10**9, 0))
    with pytest.raises(BackupError) as info:
        restore(banten_path, taken.path)
    needed = backup.human_bytes(taken.size_bytes)
    assert str(info.value) == (
        f"{banten_path.parent}: the disk is full (0 bytes free, about {needed} needed)"
    )
    assert (info.value.free_bytes, info.value.needed_bytes) == (0, taken.size_bytes)
    assert file_digest(banten_path) == before
    assert folder_names(banten_path.parent) == ["backups", "banten.sqlite"]


def test_restore_where_there_is_no_database_yet(banten_path, tmp_path):
    taken = make_backup(banten_path, tmp_path / "backups", now=T0).made[0]
    target = tmp_path / "baru" / "posko.sqlite"
    result = restore(target, taken.path)
    assert result.aside is None
    assert dump(target) == dump(taken.path)
    assert folder_names(target.parent) == ["posko.sqlite"]


# -- when to back up ---------------------------------------------------------------------------


def test_schedule_waits_for_activity_and_the_interval():
    schedule = BackupSchedule(every_minutes=10)
    assert not schedule.due(T0 + timedelta(hours=5)), "an idle post makes no backups"
    schedule.note_activity(T0)
    schedule.note_activity(T0 + timedelta(minutes=4))
    assert not schedule.due(T0 + timedelta(minutes=9, seconds=59))
    assert schedule.due(T0 + timedelta(minutes=10))
    schedule.done(T0 + timedelta(minutes=10))
    assert not schedule.due(T0 + timedelta(hours=3)), "nothing changed since"


def test_schedule_after_a_quiet_spell_backs_up_the_first_change_soon():
    schedule = BackupSchedule(every_minutes=10, last_backup=T0)
    schedule.note_activity(T0 + timedelta(minutes=3))
    assert not schedule.due(T0 + timedelta(minutes=9))
    assert schedule.due(T0 + timedelta(minutes=10))
    later = BackupSchedule(every_minutes=10, last_backup=T0)
    later.note_activity(T0 + timedelta(hours=2))
    assert later.due(T0 + timedelta(hours=2))


def test_schedule_keeps_changes_made_while_a_backup_was_written():
    schedule = BackupSchedule(every_minutes=10)
    schedule.note_activity(T0)
    started = T0 + timedelta(minutes=10)
    schedule.note_activity(started + timedelta(seconds=5))  # during the backup
    schedule.done(started)
    assert schedule.pending
    assert not schedule.due(started + timedelta(minutes=9))
    assert schedule.due(started + timedelta(minutes=10))


def test_schedule_after_a_failure_waits_one_interval():
    schedule = BackupSchedule(every_minutes=10)
    schedule.note_activity(T0)
    schedule.failed(T0 + timedelta(minutes=10))
    assert schedule.pending
    assert not schedule.due(T0 + timedelta(minutes=19))
    assert schedule.due(T0 + timedelta(minutes=20))


def test_schedule_when_the_clock_goes_back():
    schedule = BackupSchedule(every_minutes=10, last_backup=T0)
    schedule.note_activity(T0 + timedelta(minutes=1))
    assert schedule.due(T0 - timedelta(hours=1))
    with pytest.raises(ValueError, match="every_minutes must be positive"):
        BackupSchedule(every_minutes=0)


def test_a_backup_that_this_version_must_not_open_is_refused(banten_path, tmp_path):
    newer = make_backup(banten_path, tmp_path / "backups", now=T0).made[0].path
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = 'zzzz_from_the_future'")
    conn.commit()
    conn.close()
    other = tmp_path / "kontak.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE kontak (nama TEXT)")
    conn.commit()
    conn.close()
    before = file_digest(banten_path)
    with pytest.raises(BackupError) as info:
        restore(banten_path, newer)
    assert info.value.kind is BackupErrorKind.INVALID
    assert str(info.value) == (
        f"{newer} was made by a newer version of CommandPost (schema zzzz_from_the_future); "
        "it cannot be restored"
    )
    with pytest.raises(BackupError) as info:
        restore(banten_path, other)
    assert str(info.value) == (
        f"{other} is a database, but not a CommandPost database; it cannot be restored"
    )
    assert file_digest(banten_path) == before
    assert folder_names(banten_path.parent) == ["backups", "banten.sqlite", "kontak.sqlite"]


def test_a_restore_is_refused_while_another_program_has_the_file_open(banten_path, tmp_path):
    import subprocess
    import sys

    made = make_backup(banten_path, tmp_path / "b").made[0]
    before = banten_path.read_bytes()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sqlite3, sys; c = sqlite3.connect({str(banten_path)!r}); "
            "c.execute('SELECT 1 FROM cp_meta').fetchall(); print('open', flush=True); "
            "sys.stdin.readline()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(BackupError) as info:
            restore(banten_path, made.path)
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    assert info.value.kind is BackupErrorKind.IN_USE
    assert f"(pid {holder.pid})" in str(info.value)
    assert "close it there first" in str(info.value)
    assert banten_path.read_bytes() == before
    assert not list(banten_path.parent.glob("*.before-restore-*"))


def test_a_station_row_that_no_longer_ends_the_chain_is_a_problem(banten_path):
    conn = sqlite3.connect(banten_path)
    conn.execute("UPDATE station SET last_hash = ?", ("0" * 64,))
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    problems = file_problems(banten_path)
    assert len(problems) == 1
    assert "the station row says seq" in problems[0]
    assert "the next change would not follow the chain" in problems[0]


def test_a_file_that_cannot_be_written_is_still_backed_up(banten_path, tmp_path, monkeypatch):
    from commandpost.store import failures
    from commandpost.store.failures import ReadOnlyReason

    monkeypatch.setattr(backup, "read_only_reason", lambda _p: ReadOnlyReason.MEDIUM)
    assert failures.read_only_reason is not backup.read_only_reason
    result = make_backup(banten_path, tmp_path / "b")
    assert [i.path.parent for i in result.made] == [tmp_path / "b"]
    assert file_problems(result.made[0].path) == []
    beside = sorted(p.name for p in banten_path.parent.iterdir() if p.name.startswith("banten"))
    assert beside == ["banten.sqlite"], "no -wal or -shm made beside a read-only file"
