"""Read queries. They return core dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from commandpost.core.regions import Level, NodeInfo, TpsInfo, VillageKind, ancestors_of
from commandpost.core.threats import worst_level
from commandpost.store.database import Database
from commandpost.store.sql import bindparam, text

_ROLLUP_COLUMNS = (
    "parent_code, level, name, child_count, tps_count, {n}.dpt, village_kind, "
    "n_rawan, n_sangat_rawan, n_khusus, threat_l1, threat_l2, threat_l3, "
    "{n}.p_arrived, {n}.p_opened, {n}.p_voting, {n}.p_counting, {n}.p_finished, "
    "{n}.p_escorted, {n}.p_problem, {n}.req_police, {n}.req_linmas, {n}.assigned, "
    "{n}.req_people"
)
_NODE_COLUMNS = (
    "node.code, "
    + _ROLLUP_COLUMNS.format(n="node")
    + ", (SELECT tps_class FROM tps WHERE tps.code = node.code)"
)
# The same columns for a query that joins node ``n`` with its tps row ``t``.
TPS_NODE_COLUMNS = "n.code, " + _ROLLUP_COLUMNS.format(n="n") + ", t.tps_class"


def _node(row) -> NodeInfo:
    return NodeInfo(
        code=row[0],
        parent_code=row[1],
        level=Level(row[2]),
        name=row[3],
        child_count=row[4],
        tps_count=row[5],
        dpt=row[6],
        village_kind=VillageKind(row[7]) if row[7] else None,
        n_rawan=row[8],
        n_sangat_rawan=row[9],
        n_khusus=row[10],
        worst_level=int(worst_level(row[11], row[12], row[13])),
        p_arrived=row[14],
        p_opened=row[15],
        p_voting=row[16],
        p_counting=row[17],
        p_finished=row[18],
        p_escorted=row[19],
        p_problem=row[20],
        req_police=row[21],
        req_linmas=row[22],
        assigned=row[23],
        req_people=row[24],
        tps_class=row[25],
    )


# Plain SQL too: store.first_screen runs the same statements with sqlite3.
CHILDREN_SQL = f"SELECT {_NODE_COLUMNS} FROM node WHERE parent_code = :p ORDER BY node.code"
ROOTS_SQL = f"SELECT {_NODE_COLUMNS} FROM node WHERE parent_code IS NULL ORDER BY node.code"
_CHILDREN = text(CHILDREN_SQL)
_ROOTS = text(ROOTS_SQL)
_BY_CODES = text(f"SELECT {_NODE_COLUMNS} FROM node WHERE node.code IN :codes").bindparams(
    bindparam("codes", expanding=True)
)


def area_clause(column: str, areas: list[str] | None, params: dict) -> str:
    """SQL that keeps codes at or below any of ``areas`` (everything for None, nothing for
    []), adding its parameters to ``params``. Codes sort as paths, so each area is a range."""
    if areas is None:
        return "1 = 1"
    if not areas:
        return "0 = 1"
    parts = []
    for i, area in enumerate(sorted(set(areas))):
        params[f"area_lo{i}"], params[f"area_hi{i}"] = area, area + "/"
        parts.append(f"({column} >= :area_lo{i} AND {column} < :area_hi{i})")
    return "(" + " OR ".join(parts) + ")"


def children(db: Database, parent_code: str | None) -> list[NodeInfo]:
    """The children of a node in code order; the provinces for None."""
    with db.engine.connect() as conn:
        if parent_code is None:
            rows = conn.execute(_ROOTS)
        else:
            rows = conn.execute(_CHILDREN, {"p": parent_code})
        return [_node(r) for r in rows]


_AT_LEVEL = text(
    f"SELECT {_NODE_COLUMNS} FROM node WHERE level = :level ORDER BY node.code LIMIT :limit"
)


def at_level(db: Database, level: Level, limit: int = 1000) -> list[NodeInfo]:
    """The nodes of one level in code order (at most ``limit``)."""
    with db.engine.connect() as conn:
        return [_node(r) for r in conn.execute(_AT_LEVEL, {"level": int(level), "limit": limit})]


def nodes(db: Database, codes: list[str]) -> dict[str, NodeInfo]:
    if not codes:
        return {}
    with db.engine.connect() as conn:
        return {r[0]: _node(r) for r in conn.execute(_BY_CODES, {"codes": codes})}


def node(db: Database, code: str) -> NodeInfo | None:
    return nodes(db, [code]).get(code)


def lineage(db: Database, code: str) -> list[NodeInfo]:
    """The node's ancestors from the province down, then the node itself."""
    chain = [*ancestors_of(code), code]
    found = nodes(db, chain)
    return [found[c] for c in chain if c in found]


def tps_info(db: Database, code: str) -> TpsInfo | None:
    with db.engine.connect() as conn:
        row = conn.execute(
            text("SELECT code, village_code, number, address, dpt FROM tps WHERE code = :c"),
            {"c": code},
        ).first()
    return TpsInfo(*row) if row else None


def search(db: Database, query: str, limit: int = 200) -> list[NodeInfo]:
    """Regions (and TPS, for "<village> <number>") that fit ``query``, best first: higher
    levels first, then exact names, names that start so, names with a word that starts so;
    see :mod:`commandpost.store.search`. A code (``36.02.01``) finds that node."""
    from commandpost.store.search import find

    return [hit.node for hit in find(db, query, limit, with_ancestors=False)]


@dataclass(frozen=True)
class OperationInfo:
    id: str
    name: str
    kind: str
    province_code: str | None
    voting_day: date | None
    is_demo: bool


@dataclass(frozen=True)
class Overview:
    """What the window title, status bar and `commandpost stats` show."""

    path: str
    station_id: str
    station_name: str
    operation: OperationInfo | None
    counts: dict[str, int]
    dpt: int
    changes: int


LEVEL_KEYS = {
    Level.PROVINCE: "province",
    Level.REGENCY: "regency",
    Level.DISTRICT: "district",
    Level.VILLAGE: "village",
    Level.TPS: "tps",
}


OPERATION_SQL = (
    "SELECT id, name, kind, province_code, voting_day, is_demo FROM operation WHERE id = :id"
)
STATION_NAME_SQL = "SELECT name FROM station WHERE id = :id"


def operation(db: Database) -> OperationInfo | None:
    op_id = db.meta("operation_id")
    if op_id is None:
        return None
    with db.engine.connect() as conn:
        row = conn.execute(text(OPERATION_SQL), {"id": op_id}).first()
    return operation_info(row)


def operation_info(row) -> OperationInfo | None:
    """An operation row (columns of :data:`OPERATION_SQL`) as OperationInfo."""
    if row is None:
        return None
    day = date.fromisoformat(row[4]) if row[4] else None
    return OperationInfo(row[0], row[1], row[2], row[3], day, bool(row[5]))


def overview(db: Database) -> Overview:
    with db.engine.connect() as conn:
        counts = dict.fromkeys(LEVEL_KEYS.values(), 0)
        for level, count in conn.execute(text("SELECT level, count(*) FROM node GROUP BY level")):
            counts[LEVEL_KEYS[Level(level)]] = count
        dpt = conn.execute(text("SELECT coalesce(sum(dpt), 0) FROM tps")).scalar_one()
        station_name = conn.execute(
            text("SELECT name FROM station WHERE id = :id"), {"id": db.station_id}
        ).scalar_one()
        changes = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
    return Overview(
        path=str(db.path),
        station_id=db.station_id,
        station_name=station_name,
        operation=operation(db),
        counts=counts,
        dpt=dpt,
        changes=changes,
    )


def header(db: Database) -> tuple[str, OperationInfo | None]:
    """Station name and operation: the cheap part of the overview, for start-up."""
    with db.engine.connect() as conn:
        station_name = conn.execute(text(STATION_NAME_SQL), {"id": db.station_id}).scalar_one()
    return station_name, operation(db)
