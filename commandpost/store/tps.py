"""Adding TPS to the tree: the batch operations behind TPS imports and demo generation."""

from __future__ import annotations

from sqlalchemy import bindparam, insert, select

from commandpost.core.changes import Change
from commandpost.core.regions import Level, tps_code
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.models import Node, Tps
from commandpost.store.regions import recount

# village code, TPS number, address, DPT, and DPT L and P when the list gives them
TpsRow = tuple[str, int, str, int] | tuple[str, int, str, int, int | None, int | None]


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
    nodes, details = [], []
    for village, number, address, dpt, *by_sex in rows:
        code = tps_code(village, number)
        dpt_l, dpt_p = by_sex if by_sex else (None, None)
        nodes.append(
            {
                "code": code,
                "parent_code": village,
                "level": int(Level.TPS),
                "name": f"TPS {number:03d}",
                "name_norm": f"tps {number:03d}",
                "village_kind": None,
                "child_count": 0,
                "tps_count": 1,
                "dpt": dpt,
            }
        )
        details.append(
            {
                "code": code,
                "village_code": village,
                "number": number,
                "address": address,
                "dpt": dpt,
                "dpt_l": dpt_l,
                "dpt_p": dpt_p,
            }
        )
    step = 25_000
    total = max(1, len(nodes))
    for start in range(0, len(nodes), step):
        session.execute(insert(Node), nodes[start : start + step])
        session.execute(insert(Tps), details[start : start + step])
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
