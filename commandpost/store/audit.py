"""What the change log says happened where: the places a change touched, by name, whether a
compensating change undid or redid, and which changes are new since a window last looked.

The history list (gui/widgets/history.py) shows a region's changes with the TPS and areas they
touched named ("Kelas: Khusus — TPS 004 Hegarmanah, TPS 005 Hegarmanah, + 37 lainnya"); the
names come from one query joining ``change_node`` with ``node`` (and a TPS's village), never
from a loop over the changes. A window that shares its file with another program (the command
line, a second window) learns what that program wrote from :func:`changes_since`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from commandpost.core.regions import Level, VillageKind
from commandpost.store.database import Database
from commandpost.store.sql import bindparam, text

# Places named in a history row, and in its tooltip; the rest is a count ("+ 37 lainnya").
NAMES_SHOWN = 4
NAMES_IN_TOOLTIP = 60
# More new changes than this at once (a merge of another post's work) and a window reads
# everything again instead of following each change.
CHANGES_FOLLOWED = 2000


@dataclass(frozen=True)
class Place:
    """A node a change touched: its code, level and name; for a TPS, its village's name."""

    code: str
    level: Level
    name: str  # as stored: "TPS 004", "Hegarmanah", "Kabupaten Lebak"
    village: str = ""  # a TPS's desa/kelurahan; "" for a region
    village_kind: VillageKind | None = None


@dataclass(frozen=True)
class Places:
    """The first places a change touched in a subtree (in code order) and how many in all."""

    shown: tuple[Place, ...] = ()
    total: int = 0

    @property
    def more(self) -> int:
        """How many places are not in :attr:`shown`."""
        return self.total - len(self.shown)


_PLACES = """
SELECT change_id, node_code, level, name, village, village_kind, total FROM (
  SELECT cn.change_id, cn.node_code, n.level, n.name, p.name AS village, n.village_kind,
         row_number() OVER (PARTITION BY cn.change_id ORDER BY cn.node_code) AS rank,
         count(*) OVER (PARTITION BY cn.change_id) AS total
  FROM change_node cn
  JOIN node n ON n.code = cn.node_code
  LEFT JOIN node p ON p.code = n.parent_code AND n.level = 4
  WHERE cn.change_id IN :ids {where}
) WHERE rank <= :shown ORDER BY change_id, node_code
"""


def places_of_changes(
    db: Database,
    change_ids: list[str],
    code: str | None = None,
    *,
    below: bool = True,
    shown: int = NAMES_IN_TOOLTIP,
) -> dict[str, Places]:
    """For each change, the nodes it touched at ``code`` (and with ``below`` in its subtree;
    None: anywhere), the first ``shown`` by code with names, and how many in all.

    One query for all the changes (a window function ranks and counts per change); nodes the
    tree no longer holds are left out. Changes that touched no node are missing from the
    result.
    """
    if not change_ids:
        return {}
    where = ""
    if code is not None:
        where = "AND cn.node_code = :code"
        if below:
            where = "AND (cn.node_code = :code OR (cn.node_code > :low AND cn.node_code < :high))"
    stmt = text(_PLACES.format(where=where)).bindparams(bindparam("ids", expanding=True))
    params = {"code": code, "low": f"{code}.", "high": f"{code}/", "shown": shown}
    found: dict[str, tuple[list[Place], int]] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(change_ids), 500):
            chunk = change_ids[start : start + 500]
            for cid, node_code, level, name, village, kind, total in conn.execute(
                stmt, {**params, "ids": chunk}
            ):
                places, _ = found.setdefault(cid, ([], total))
                places.append(
                    Place(
                        node_code,
                        Level(level),
                        name,
                        village or "",
                        VillageKind(kind) if kind else None,
                    )
                )
    return {cid: Places(tuple(places), total) for cid, (places, total) in found.items()}


_CHAIN = """
WITH RECURSIVE chain(start, target, depth) AS (
  SELECT c.id, json_extract(c.[values], '$.compensates'), 1
  FROM change_log c
  WHERE c.id IN :ids AND json_extract(c.[values], '$.compensates') IS NOT NULL
  UNION ALL
  SELECT chain.start, json_extract(c.[values], '$.compensates'), chain.depth + 1
  FROM chain JOIN change_log c ON c.id = chain.target
  WHERE json_extract(c.[values], '$.compensates') IS NOT NULL AND chain.depth < 1000
)
SELECT start, max(depth) FROM chain GROUP BY start
"""


def redone(db: Database, change_ids: list[str]) -> dict[str, bool]:
    """For each compensating change among ``change_ids``: True when it is a redo, False when
    an undo.

    An undo compensates an original change; a redo compensates that undo; undoing the redo
    compensates it again, and so on: an odd length of the chain back to the original is an
    undo, an even one a redo. Changes that compensate nothing are missing from the result.
    """
    if not change_ids:
        return {}
    stmt = text(_CHAIN).bindparams(bindparam("ids", expanding=True))
    result: dict[str, bool] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(change_ids), 500):
            chunk = change_ids[start : start + 500]
            for cid, depth in conn.execute(stmt, {"ids": chunk}):
                result[cid] = depth % 2 == 0
    return result


# --- what is new since a window last looked ------------------------------------------------


@dataclass(frozen=True)
class NewChange:
    """A change recorded since a window last looked: what it wrote and where."""

    id: str
    entity: str
    op: str
    codes: tuple[str, ...] = ()  # the tree nodes it touched (change_node)


@dataclass(frozen=True)
class NewChanges:
    """The changes after a window's mark, and the mark to keep for the next look.

    ``villages``: villages whose TPS list an import changed (new TPS). ``everything``: too
    many changes, or the file was replaced under the window (its log is shorter than the
    mark): read everything again.
    """

    mark: int
    changes: tuple[NewChange, ...] = ()
    villages: tuple[str, ...] = ()
    everything: bool = False
    codes: frozenset[str] = field(default_factory=frozenset)  # all nodes of ``changes``
    skipped: tuple[str, ...] = ()  # ids of the changes left out (``skip``)


def change_mark(db: Database) -> int:
    """Where the change log ends now (its greatest rowid; 0 when empty): the mark to pass to
    :func:`changes_since`. The log is only appended to, so rowids only grow."""
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT coalesce(max(rowid), 0) FROM change_log")).scalar_one()


def changes_since(
    db: Database,
    mark: int,
    *,
    skip: frozenset[str] | set[str] = frozenset(),
    limit: int = CHANGES_FOLLOWED,
) -> NewChanges:
    """The changes recorded after ``mark`` (see :func:`change_mark`), oldest first, each with
    the tree nodes it touched, in one read transaction. Changes whose id is in ``skip`` (this
    program's own, already shown) are left out and their nodes not read.

    More than ``limit`` new changes from elsewhere, or a log that ends before ``mark``
    (another file was put in its place), give ``everything=True`` and no list.
    """
    with db.engine.connect() as conn:
        end = conn.execute(text("SELECT coalesce(max(rowid), 0) FROM change_log")).scalar_one()
        if end == mark:
            return NewChanges(mark)
        if end < mark:
            return NewChanges(end, everything=True)
        rows = conn.execute(
            text(
                "SELECT rowid, id, entity, op FROM change_log WHERE rowid > :m AND rowid <= :e "
                "ORDER BY rowid"
            ),
            {"m": mark, "e": end},
        ).all()
        skipped = tuple(r[1] for r in rows if r[1] in skip)
        rows = [r for r in rows if r[1] not in skip]
        if len(rows) > limit:
            return NewChanges(end, everything=True, skipped=skipped)
        ids = [r[1] for r in rows]
        codes: dict[str, list[str]] = {}
        villages: set[str] = set()
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for cid, code in conn.execute(_NODES_OF, {"ids": chunk}):
                codes.setdefault(cid, []).append(code)
            villages.update(
                v for v in conn.execute(_IMPORTED_VILLAGES, {"ids": chunk}).scalars() if v
            )
    changes = tuple(
        NewChange(cid, entity, op, tuple(sorted(codes.get(cid, ()))))
        for _r, cid, entity, op in rows
    )
    every = frozenset(c for change in changes for c in change.codes if c != "*")
    return NewChanges(end, changes, tuple(sorted(villages)), codes=every, skipped=skipped)


_NODES_OF = text("SELECT change_id, node_code FROM change_node WHERE change_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
# The villages whose TPS a TPS-list import added or changed (values.rows: [village, no, ...]).
_IMPORTED_VILLAGES = text(
    "SELECT DISTINCT json_extract(r.value, '$[0]') FROM change_log c, "
    "json_each(c.[values], '$.rows') r "
    "WHERE c.id IN :ids AND c.op IN ('import_tps', 'remove_tps')"
).bindparams(bindparam("ids", expanding=True))
