"""Shared test helpers (no Qt)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from commandpost.store import changelog
from commandpost.store.database import Database, open_database
from commandpost.store.regions import DATASET


def load_province(db: Database, province: str = "36") -> None:
    changelog.record(
        db,
        actor="uji",
        entity="region",
        entity_id=province,
        op="load_regions",
        values={"dataset": DATASET, "province": province},
    )


def add_tps(db: Database, rows: list[tuple[str, int, str, int]]) -> None:
    changelog.record(
        db,
        actor="uji",
        entity="tps",
        entity_id="uji",
        op="import_tps",
        values={"source": "uji.csv", "sha256": "-", "rows": [list(r) for r in rows]},
    )


# The officer the test databases have on duty (store.duty): what changes recorded without
# an --actor name, as the window's first start or `commandpost duty set` would record him.
ON_DUTY = "BRIPKA Uji Coba · NRP 85010001"


def put_on_duty(
    db: Database | Path, rank: str = "Bripka", name: str = "Uji Coba", nrp: str = "85010001"
) -> str:
    """Record an officer on duty in ``db`` (a database or a closed file); return the actor
    label later changes carry."""
    from commandpost.store import duty

    if isinstance(db, Path):
        opened = open_database(db)
        try:
            return put_on_duty(opened, rank, name, nrp)
        finally:
            opened.close()
    officer = duty.check_officer(rank, name, nrp)
    duty.set_duty(db, officer)
    return officer.label


def copy_db(template: Path, target: Path) -> Path:
    """Copy a closed template database (checkpointed, so the main file is complete)."""
    shutil.copyfile(template, target)
    return target


def dump(path: Path) -> str:
    """The logical content of a database: what must be equal when "nothing changed"."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fresh(path: Path, station: str = "Posko Uji") -> Database:
    return open_database(path, station, create=True)


# Copies of ../shared/cases (files shaped like what officers receive; README.md there gives
# each one's right outcome), kept with the tests so that the suite runs from any clone.
CASES = Path(__file__).resolve().parent / "cases"


def read_only(path: Path) -> sqlite3.Connection:
    """A connection that reads ``path`` as it is and leaves no -wal or -shm behind."""
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def quick_check(path: Path) -> list[str]:
    """SQLite's own page check, as the program runs it before a write; an exception counts
    as a failed check too."""
    conn = read_only(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [f"raised: {exc}"]
    finally:
        conn.close()


def damage_root_page(path: Path, name: str = "ix_node_search", *, over_header: bool = False) -> int:
    """Overwrite 64 bytes of the root page of b-tree ``name``, as a failing disk or stick
    does, and return the page number. By default the bytes are the cell pointers right after
    the page header, so ``integrity_check`` lists what is wrong; ``over_header`` garbles the
    header itself (SQLite then cannot read the page at all). The search index of ``node`` is
    read neither by the tree nor by a class change; ``issued_report`` by no window at start.
    The file must be closed cleanly (no -wal)."""
    conn = read_only(path)
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
    if not over_header:
        start += 12 if data[start] in (0x02, 0x05) else 8  # interior pages have 4 more bytes
    data[start : start + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))
    return root


def damage_pages(path: Path, table: str = "node") -> None:
    """Garble the header of ``table``'s first b-tree page so that SQLite's own
    ``quick_check`` finds it (asserted). The region tree reads ``node`` first."""
    damage_root_page(path, table, over_header=True)
    assert quick_check(path) != ["ok"], "the damage must be one SQLite's page check finds"


_HOLDER = """\
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
    """Another process holding the write lock of ``path`` (``BEGIN IMMEDIATE``) until
    :func:`release`; ``words`` are extra arguments that show in its /proc cmdline."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), *words],
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
