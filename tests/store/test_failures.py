"""Real failures of the file under a write: damaged pages, a full disk, another process's lock.

Each one is made for real (a damaged b-tree page, SQLite's page limit reached, a second
process in ``BEGIN IMMEDIATE``) and the test asserts what the user is told and what the data
is afterwards. The command-line side (a real full disk and read-only medium in a user
namespace, exit codes, messages) is in tests/cli/test_failures_cli.py, which reuses the
helpers below.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, text

from commandpost.core.changes import verify_chain
from commandpost.store import changelog, queries, threats
from commandpost.store.backup import file_problems
from commandpost.store.database import (
    Database,
    StoreError,
    StoreErrorKind,
    is_import,
    lock_holders,
    open_database,
)
from tests.helpers import file_digest

TPS = "36.02.01.2002.001"
ACTOR = "Uji Coba (Bripka, 85010001)"
LINUX = sys.platform.startswith("linux")

# -- helpers shared with tests/cli/test_failures_cli.py -----------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def damage_root_page(path: Path, name: str = "ix_node_search") -> int:
    """Overwrite 64 bytes of the root page of b-tree ``name`` (the search index of the
    ``node`` table: neither reading the tree nor a class change reads it) and return the
    page number. The bytes are the cell pointers right after the page header: with the
    header itself gone SQLite stops its integrity_check with an error instead of listing
    what is wrong, and the damage must be one that ``check`` can name."""
    conn = _read_only(path)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,))
        root = root[0]
    finally:
        conn.close()
    assert root > 1, "page 1 holds the schema: damaging it would make the file unreadable"
    assert not path.with_name(path.name + "-wal").exists(), "the file must be closed cleanly"
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    header = 12 if data[start] in (0x02, 0x05) else 8  # interior pages have 4 more bytes
    data[start + header : start + header + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    return root


def quick_check(path: Path) -> list[str]:
    """SQLite's own page check, as the program runs it before a write; an exception counts
    as a failed check too."""
    conn = _read_only(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [f"raised: {exc}"]
    finally:
        conn.close()


HOLDER = """\
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
conn.close()
"""


@contextmanager
def lock_held(path: Path, *words: str) -> Iterator[subprocess.Popen]:
    """Another process holding the write lock of ``path`` (``BEGIN IMMEDIATE``) until a line
    reaches its stdin; ``words`` are extra arguments that show in its /proc cmdline."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), *words],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout.readline() == "held\n"
            yield holder
        finally:
            release(holder)
            assert holder.wait(timeout=30) == 0


def release(holder: subprocess.Popen) -> None:
    """Tell the holder to roll back and exit (once)."""
    if not holder.stdin.closed:
        holder.stdin.write("release\n")
        holder.stdin.close()


def state(db: Database) -> tuple:
    """What a refused write must leave exactly as it was: the log, the station's place in
    its chain, the threats and classes and their roll-ups."""
    with db.engine.connect() as conn:
        return (
            conn.execute(text("SELECT count(*) FROM change_log")).scalar_one(),
            tuple(conn.execute(text("SELECT last_seq, last_hash FROM station")).one()),
            conn.execute(text("SELECT count(*) FROM threat")).scalar_one(),
            tuple(conn.execute(text("SELECT code, tps_class FROM tps ORDER BY code")).all()),
            tuple(
                conn.execute(
                    text("SELECT sum(threat_l2), sum(n_rawan), sum(n_sangat_rawan) FROM node")
                ).one()
            ),
        )


def set_class(db: Database, tps_class: str = "sangat_rawan") -> None:
    threats.set_tps_class(db, [TPS], tps_class, reason="laporan Bhabinkamtibmas", actor=ACTOR)


# -- damaged pages -------------------------------------------------------------------------------


def test_a_damaged_file_is_read_but_never_written(banten_path):
    damage_root_page(banten_path)
    assert quick_check(banten_path) != ["ok"], "the damage must be one SQLite's check sees"
    before = file_digest(banten_path)

    db = open_database(banten_path)  # reading is allowed: the officer must see the data
    try:
        assert queries.overview(db).counts["tps"] == 3
        with pytest.raises(StoreError) as info:
            set_class(db)
        with pytest.raises(StoreError):  # and the next write too, without a second check
            threats.set_threat(db, ["36.02"], "banjir", 2, reason="BPBD", actor=ACTOR)
    finally:
        db.close()

    error = info.value
    assert (error.kind, error.writing) == (StoreErrorKind.DAMAGED, True)
    message = str(error)
    assert message.startswith(f"{banten_path} is a damaged CommandPost database")
    assert "CommandPost does not write to a damaged file" in message
    assert "restore the newest good backup" in message
    assert message.endswith("the last change was NOT saved")
    assert file_digest(banten_path) == before, "no write may reach a damaged file"
    assert not banten_path.with_name(banten_path.name + "-wal").exists()
    problems = file_problems(banten_path)
    assert problems and all(p.startswith("integrity: ") for p in problems), problems


# -- a full disk ---------------------------------------------------------------------------------


def test_a_full_disk_during_a_write_keeps_nothing_of_it(banten_path):
    db = open_database(banten_path)
    try:
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
            villages = list(conn.execute(text("SELECT code FROM node WHERE level = 3")).scalars())
        before = state(db)

        def no_room(dbapi_connection, _record) -> None:  # the file may not grow: SQLITE_FULL
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        db.engine.dispose()
        event.listen(db.engine, "connect", no_room)
        with pytest.raises(StoreError) as info:  # 1,552 new threat rows need new pages
            threats.update_status(
                db, villages, levels={"banjir": 2}, reason="banjir rob", actor=ACTOR
            )
        event.remove(db.engine, "connect", no_room)
        db.engine.dispose()

        error = info.value
        assert (error.kind, error.writing) == (StoreErrorKind.DISK_FULL, True)
        assert str(error).startswith(f"{banten_path} cannot be written: the disk is full")
        assert str(error).endswith("the last change was NOT saved")
        assert state(db) == before
        assert verify_chain(changelog.load_changes(db, db.station_id)) == []

        set_class(db)  # with room again the same file takes the next change
        assert state(db)[0] == before[0] + 1
    finally:
        db.close()
    assert file_problems(banten_path) == []


# -- another process holds the write lock ------------------------------------------------------


def test_a_write_gives_up_on_a_lock_held_too_long_and_names_the_holder(banten_db, banten_path):
    before = state(banten_db)
    banten_db.lock_wait_s = 0.5
    with lock_held(banten_path) as holder, pytest.raises(StoreError) as info:
        set_class(banten_db)
    error = info.value
    assert (error.kind, error.writing) == (StoreErrorKind.LOCKED, True)
    assert error.facts.waited_s is not None and error.facts.waited_s >= 0.5
    if LINUX:  # the holder is found in /proc
        assert [h for h in error.facts.holders if h.endswith(f"(pid {holder.pid})")]
        assert f"is being written by {error.facts.holders[0]}" in str(error)
    assert re.search(r"; waited \d+ s; the last change was NOT saved$", str(error))
    assert state(banten_db) == before


class ReleasingWaiter:
    """A LockWaiter that lets the holder go on its first call, counting what it is told."""

    def __init__(self, holder: subprocess.Popen) -> None:
        self.holder = holder
        self.calls: list[tuple[float, list[str]]] = []
        self.done_calls = 0

    def waiting(self, waited_s: float, holders: list[str]) -> bool:
        self.calls.append((waited_s, list(holders)))
        if len(self.calls) == 1:
            release(self.holder)
        return True

    def done(self, acquired: bool) -> None:
        self.done_calls += 1
        self.acquired = acquired


def test_a_write_waits_for_the_lock_and_then_saves(banten_db, banten_path):
    before = state(banten_db)
    with lock_held(banten_path) as holder:
        waiter = ReleasingWaiter(holder)
        banten_db.lock_waiter = waiter
        set_class(banten_db)
    assert waiter.calls, "the write must have waited"
    assert waiter.done_calls == 1
    if LINUX:
        assert any(h.endswith(f"(pid {holder.pid})") for h in waiter.calls[0][1])
    after = state(banten_db)
    assert after[0] == before[0] + 1
    assert (TPS, "sangat_rawan") in after[3]
    [last] = changelog.load_changes(banten_db, banten_db.station_id)[-1:]
    assert (last.entity, last.op, last.entity_id) == ("tps", "set_many", TPS)


@pytest.mark.skipif(not LINUX, reason="lock_holders reads /proc: Linux only")
def test_an_import_holding_the_lock_is_named_as_an_import(banten_db, banten_path):
    with lock_held(banten_path, "commandpost", "import", "tps") as holder:
        holders = lock_holders(banten_path)
        banten_db.lock_wait_s = 0
        with pytest.raises(StoreError) as info:
            set_class(banten_db)
    assert holders == [f"commandpost import tps (pid {holder.pid})"]
    assert is_import(holders)
    assert info.value.facts.importing
    assert f"is being written by commandpost import tps (pid {holder.pid})" in str(info.value)
