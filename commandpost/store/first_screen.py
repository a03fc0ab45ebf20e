"""What the window shows in its first frame, read with plain ``sqlite3`` before the database
is opened.

Opening a database through SQLAlchemy costs about 0.15 s of imports, a third of the
window's start-up. The window therefore paints its first frame (title, region tree's top
level and, for a one-province operation, its kabupaten/kota with their roll-ups and worst
threats) from this read, and opens the database with SQLAlchemy right after that paint
(gui.app.run_gui). The statements are the store's own (store.queries, store.worst), so the
first frame shows exactly what the opened database shows.

Only a file that needs nothing but a plain read qualifies: it exists, is CommandPost's, is at
the current schema and reads without error. Anything else (a schema to upgrade, a damaged
or locked file, a file that is not CommandPost's) returns None, and the window opens the
file the usual way, with its questions and messages.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from commandpost.core.regions import NodeInfo
from commandpost.store import migrate
from commandpost.store.database import StoreError, probe, read_only_uri
from commandpost.store.queries import (
    CHILDREN_SQL,
    OPERATION_SQL,
    ROOTS_SQL,
    STATION_NAME_SQL,
    OperationInfo,
    _node,
    operation_info,
)
from commandpost.store.worst import BELOW_SQL, WorstThreat, worst_from

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstScreen:
    """The first frame's data: ``roots`` (the provinces, in code order), ``children`` of a
    lone province (its kabupaten/kota: the window opens it), and the worst threat per node
    shown (store.worst)."""

    path: Path
    station_name: str
    operation: OperationInfo | None
    roots: list[NodeInfo]
    children: dict[str, list[NodeInfo]] = field(default_factory=dict)
    worst: dict[str, WorstThreat] = field(default_factory=dict)


def read_first_screen(path: Path) -> FirstScreen | None:
    """The first frame of ``path``'s window, or None when the file must be opened the usual
    way first (see the module's docstring). Never writes, and leaves no connection open: it
    runs before the database is opened, so closing its connection cannot drop another
    connection's SQLite locks in this process."""
    try:
        if probe(path).revision != migrate.HEAD:
            return None
    except (StoreError, OSError):
        return None
    wal = path.with_name(path.name + "-wal")
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=not wal.exists()), uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, path)
    except (sqlite3.Error, KeyError, ValueError, TypeError) as exc:
        log.info("first screen of %s not read (%s); opening it first", path, exc)
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, path: Path) -> FirstScreen:
    meta = dict(conn.execute("SELECT key, value FROM cp_meta").fetchall())
    (station_name,) = conn.execute(STATION_NAME_SQL, {"id": meta["station_id"]}).fetchone()
    op_id = meta.get("operation_id")
    operation = (
        operation_info(conn.execute(OPERATION_SQL, {"id": op_id}).fetchone()) if op_id else None
    )
    roots = [_node(r) for r in conn.execute(ROOTS_SQL)]
    children: dict[str, list[NodeInfo]] = {}
    if len(roots) == 1 and roots[0].child_count:
        code = roots[0].code
        children[code] = [_node(r) for r in conn.execute(CHILDREN_SQL, {"p": code})]
    shown = [*roots, *(n for kids in children.values() for n in kids)]
    threatened = [n.code for n in shown if n.worst_level]
    worst = worst_from(lambda params: conn.execute(BELOW_SQL, params), threatened)
    return FirstScreen(path, station_name, operation, roots, children, worst)
