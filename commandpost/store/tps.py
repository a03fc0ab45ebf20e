"""Adding TPS to the tree: the batch operations behind TPS imports and demo generation."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from commandpost.core.changes import Change
from commandpost.core.regions import MAX_TPS_NUMBER, Level, tps_code
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.models import Node, Tps
from commandpost.store.regions import recount

# village code, TPS number, address, DPT, and DPT L and P when the list gives them
TpsRow = tuple[str, int, str, int] | tuple[str, int, str, int, int | None, int | None]


_INSERT_NODE = (
    "INSERT INTO node (code, parent_code, level, name, name_norm, village_kind, child_count, "
    f"tps_count, dpt) VALUES (?, ?, {int(Level.TPS)}, ?, ?, NULL, 0, 1, ?)"
)
_INSERT_TPS = (
    "INSERT INTO tps (code, village_code, number, address, dpt, dpt_l, dpt_p) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def insert_tps(session: Executor, rows: list[TpsRow], progress: Progress | None = None) -> None:
    """Insert TPS (node and detail rows) and bring the roll-ups of their provinces up to date.

    Callers validate first; this still refuses unknown villages and duplicates, so that a
    replayed change can never half-apply.
    """
    villages = {r[0] for r in rows}
    known: set[str] = set()
    village_list = sorted(villages)
    for start in range(0, len(village_list), 5000):
        chunk = village_list[start : start + 5000]
        known.update(
            session.scalars(
                select(Node.code).where(Node.level == Level.VILLAGE, Node.code.in_(chunk))
            )
        )
    missing = villages - known
    if missing:
        raise ChangeError(f"unknown village code(s): {', '.join(sorted(missing)[:5])}")
    # Plain parameter tuples per chunk: building a dict per row and letting SQLAlchemy
    # process each one cost 20 s and 600 MB on the national list (bench --import).
    conn = session.connection() if isinstance(session, Session) else session
    step = 25_000
    total = max(1, len(rows))
    for start in range(0, len(rows), step):
        nodes, details = [], []
        for village, number, address, dpt, *by_sex in rows[start : start + step]:
            if not 1 <= number <= MAX_TPS_NUMBER:
                raise ChangeError(f"TPS number must be 1..{MAX_TPS_NUMBER}, got {number}")
            code = f"{village}.{number:03d}"
            dpt_l, dpt_p = by_sex if by_sex else (None, None)
            nodes.append((code, village, f"TPS {number:03d}", f"tps {number:03d}", dpt))
            details.append((code, village, number, address, dpt, dpt_l, dpt_p))
        conn.exec_driver_sql(_INSERT_NODE, nodes)
        conn.exec_driver_sql(_INSERT_TPS, details)
        if progress:
            progress(min(1.0, (start + step) / total), "tps")
    recount(session, sorted({v.split(".")[0] for v in villages}))


def existing_tps(session: Executor, codes: list[str]) -> set[str]:
    found: set[str] = set()
    stmt = select(Tps.code).where(Tps.code.in_(bindparam("codes", expanding=True)))
    for start in range(0, len(codes), 5000):
        found.update(session.scalars(stmt, {"codes": codes[start : start + 5000]}))
    return found


def _opt(value) -> int | None:
    return None if value is None else int(value)


@batch_op("import_tps")
def apply_import_tps(session: Executor, change: Change, progress: Progress | None) -> None:
    """values: {"source": file name, "sha256": of the file, "rows": [[village, no, addr, dpt,
    dpt_l, dpt_p]] (the last two may be missing or null), and, when rows were left out,
    "rejected": [[row, field, reason]] and "rejects_file"}."""
    rows = [
        (str(r[0]), int(r[1]), str(r[2]), int(r[3]), *(_opt(x) for x in r[4:6]))
        for r in change.values["rows"]
    ]
    codes = [tps_code(r[0], r[1]) for r in rows]
    if len(set(codes)) != len(codes):
        raise ChangeError("duplicate TPS in one import")
    clash = existing_tps(session, codes)
    if clash:
        raise ChangeError(f"TPS already present: {', '.join(sorted(clash)[:5])}")
    insert_tps(session, rows, progress)
