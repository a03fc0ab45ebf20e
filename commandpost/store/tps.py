"""Adding TPS to the tree: the batch operations behind TPS imports and demo generation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commandpost.core.changes import Change
from commandpost.core.regions import MAX_TPS_NUMBER, Level, tps_code
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.models import Tps
from commandpost.store.regions import recount

# village code, TPS number, address, DPT, and DPT L and P when the list gives them
TpsRow = tuple[str, int, str, int] | tuple[str, int, str, int, int | None, int | None]


# The rows go into a temporary table first (no index to keep), then into node and tps with
# one INSERT ... SELECT each: 820,161 TPS in 4.8 s instead of 7.5 s for an executemany into
# each table (bench --import), the same rows in the same order. The node names are
# "TPS 001" and "tps 001" as before (the numbers are checked to be 1..999 first).
_NEW = "temp.import_tps_new"
_NEW_TABLE = (
    f"CREATE TABLE {_NEW} (code TEXT, village_code TEXT, number INTEGER, address TEXT, "
    "dpt INTEGER, dpt_l INTEGER, dpt_p INTEGER)"
)
_FILL_NEW = f"INSERT INTO {_NEW} VALUES (?, ?, ?, ?, ?, ?, ?)"
_INSERT_NODE = (
    "INSERT INTO node (code, parent_code, level, name, name_norm, village_kind, child_count, "
    f"tps_count, dpt) SELECT code, village_code, {int(Level.TPS)}, printf('TPS %03d', number), "
    f"printf('tps %03d', number), NULL, 0, 1, dpt FROM {_NEW} ORDER BY rowid"
)
_INSERT_TPS = (
    "INSERT INTO tps (code, village_code, number, address, dpt, dpt_l, dpt_p) "
    f"SELECT code, village_code, number, address, dpt, dpt_l, dpt_p FROM {_NEW} ORDER BY rowid"
)
_KNOWN_VILLAGES = f"SELECT code FROM node WHERE level = {int(Level.VILLAGE)} AND code IN ({{}})"
_STEP = 25_000  # rows per executemany
_SAVEPOINT = "import_tps_rows"


def _tps_row(r: Any) -> TpsRow:
    """A row as callers pass it or the log holds it ([village, no, address, DPT], or with DPT
    L and P after them, either possibly null) → a TpsRow of six. Raises ValueError or
    TypeError on a value of the wrong type or length, as replaying a damaged change must."""
    width = len(r)
    if width < 6:
        if width != 4:
            raise ValueError(f"a TPS row has 4 or 6 values, not {width}")
        dpt_l = dpt_p = None
    else:
        dpt_l, dpt_p = r[4], r[5]
        if dpt_l is not None:
            dpt_l = int(dpt_l)
        if dpt_p is not None:
            dpt_p = int(dpt_p)
    return str(r[0]), int(r[1]), str(r[2]), int(r[3]), dpt_l, dpt_p


def _connection(session: Executor):
    return session.connection() if isinstance(session, Session) else session


def _missing_villages(session: Executor, villages: set[str]) -> set[str]:
    conn = _connection(session)
    known: set[str] = set()
    ordered = sorted(villages)
    for start in range(0, len(ordered), 500):
        chunk = tuple(ordered[start : start + 500])
        sql = _KNOWN_VILLAGES.format(", ".join("?" * len(chunk)))
        known.update(code for (code,) in conn.exec_driver_sql(sql, chunk))
    return villages - known


def _refuse_clashes(session: Executor, rows: Sequence[Any]) -> None:
    """Raise ChangeError when ``rows`` list a TPS twice or one the database already holds
    (the slow path, only when something is wrong)."""
    codes = [tps_code(r[0], r[1]) for r in map(_tps_row, rows)]
    if len(set(codes)) != len(codes):
        raise ChangeError("duplicate TPS in one import")
    clash = existing_tps(session, codes)
    if clash:
        raise ChangeError(f"TPS already present: {', '.join(sorted(clash)[:5])}")


def insert_tps(session: Executor, rows: Sequence[Any], progress: Progress | None = None) -> None:
    """Insert TPS (node and detail rows) and bring the roll-ups of their provinces up to date;
    all or nothing.

    ``rows``: (village, number, address, DPT), or with DPT L and P after them (see
    :func:`_tps_row`), as tuples or as the lists a logged change holds. Callers validate
    first; this still refuses (ChangeError) unknown villages, a TPS listed twice and a TPS
    already present, so that a replayed change can never half-apply.

    The rows are never copied whole in Python: a national list of 820,161 TPS is staged in a
    temporary table 25,000 rows at a time, then copied into node and tps by SQLite (any
    exception rolls the caller's transaction back). A TPS listed twice or
    already present is caught by the tables' primary keys; what was written is then taken
    back to a savepoint (the temporary table with it) and the error says which TPS, without
    a lookup per TPS on the way in (1.2 s on the national list).
    """
    villages = {str(v) for v in {r[0] for r in rows}}
    missing = _missing_villages(session, villages)
    if missing:
        _refuse_clashes(session, rows)
        raise ChangeError(f"unknown village code(s): {', '.join(sorted(missing)[:5])}")
    # Plain parameter tuples per chunk: building a dict per row and letting SQLAlchemy
    # process each one cost 20 s and 600 MB on the national list (bench --import).
    conn = _connection(session)
    total = max(1, len(rows))
    conn.exec_driver_sql(f"SAVEPOINT {_SAVEPOINT}")
    try:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_NEW}")
        conn.exec_driver_sql(_NEW_TABLE)
        for start in range(0, len(rows), _STEP):
            details = []
            for r in rows[start : start + _STEP]:
                # _tps_row, inline: this loop runs once per TPS of the country.
                if len(r) == 6:
                    dpt_l, dpt_p = r[4], r[5]
                    if dpt_l is not None:
                        dpt_l = int(dpt_l)
                    if dpt_p is not None:
                        dpt_p = int(dpt_p)
                    village, number, address, dpt = str(r[0]), int(r[1]), str(r[2]), int(r[3])
                else:
                    village, number, address, dpt, dpt_l, dpt_p = _tps_row(r)
                if not 1 <= number <= MAX_TPS_NUMBER:
                    tps_code(village, number)  # raises ValueError
                code = f"{village}.{number:03d}"
                details.append((code, village, number, address, dpt, dpt_l, dpt_p))
            conn.exec_driver_sql(_FILL_NEW, details)
            if progress:
                progress(min(0.3, 0.3 * (start + _STEP) / total), "tps")
        conn.exec_driver_sql(_INSERT_NODE)
        if progress:
            progress(0.65, "tps")
        conn.exec_driver_sql(_INSERT_TPS)
        conn.exec_driver_sql(f"DROP TABLE {_NEW}")
        if progress:
            progress(1.0, "tps")
    except IntegrityError as exc:
        conn.exec_driver_sql(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
        conn.exec_driver_sql(f"RELEASE SAVEPOINT {_SAVEPOINT}")
        _refuse_clashes(session, rows)
        raise ChangeError(f"the TPS cannot be written: {exc.orig}") from exc
    conn.exec_driver_sql(f"RELEASE SAVEPOINT {_SAVEPOINT}")
    recount(session, sorted({v.split(".")[0] for v in villages}))


def existing_tps(session: Executor, codes: list[str]) -> set[str]:
    found: set[str] = set()
    stmt = select(Tps.code).where(Tps.code.in_(bindparam("codes", expanding=True)))
    for start in range(0, len(codes), 5000):
        found.update(session.scalars(stmt, {"codes": codes[start : start + 5000]}))
    return found


@batch_op("import_tps")
def apply_import_tps(session: Executor, change: Change, progress: Progress | None) -> None:
    """values: {"source": file name, "sha256": of the file, "rows": [[village, no, addr, dpt,
    dpt_l, dpt_p]] (the last two may be missing or null), and, when rows were left out,
    "rejected": [[row, field, reason]] and "rejects_file"}; a TPS list import also carries
    "batch" (the key its changes share) and an undo of a removal "compensates".

    The rows are written from the change's own list, a chunk at a time (no second copy of
    a national list). Refuses (ChangeError) a TPS listed twice, one already present and an
    unknown village."""
    rows = change.values["rows"]
    if not isinstance(rows, list | tuple):
        raise ChangeError("import_tps needs a 'rows' list")
    insert_tps(session, rows, progress)
    # The villages it added TPS to, so that their history (and their regions') shows the
    # import: one link per village (83,762 for a whole country), not one per TPS.
    _connection(session).exec_driver_sql(
        "INSERT OR IGNORE INTO change_node (change_id, node_code) VALUES (?, ?)",
        [(change.id, v) for v in sorted({str(r[0]) for r in rows})],
    )
