"""Real failures of the file under a write: damaged pages, a full disk, another process's lock.

Each one is made for real (a damaged b-tree page, SQLite's page limit reached, a second
process in ``BEGIN IMMEDIATE``) and the test asserts what the user is told and what the data
is afterwards. The command-line side (a real full disk and read-only medium in a user
namespace, exit codes, messages) is in tests/cli/test_failures_cli.py, which reuses the
helpers below.
"""

from __future__ import annotations

import re
import subprocess
import sys

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
from tests.helpers import (  # noqa: F401  (shared with tests/cli/test_failures_cli.py)
    damage_root_page,
    file_digest,
    lock_held,
    quick_check,
    read_only,
    release,
)

TPS = "36.02.01.2002.001"
ACTOR = "Uji Coba (Bripka, 85010001)"
LINUX = sys.platform.startswith("linux")

# -- helpers --------------------------------------------------------------------------------


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
