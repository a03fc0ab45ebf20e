"""Shared test helpers (no Qt)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
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


def damage_pages(path: Path, table: str = "node") -> None:
    """Garble the start of ``table``'s first b-tree page, as a failing disk or stick does, so
    that SQLite's own ``quick_check`` finds it (asserted). The file must be closed (no -wal).
    The region tree reads ``node`` first; ``issued_report`` is read by no window at start."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            r[0]
            for r in conn.execute(
                "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            )
        ]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (roots[0] - 1) * page_size
    data[start : start + 64] = bytes((i * 37 + 11) % 256 for i in range(64))
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        verdict = [(str(exc),)]
    finally:
        conn.close()
    assert verdict != [("ok",)], "the damage must be one SQLite's page check finds"
