"""Which threat is worst at or below a node, for the tree's threat column ("Banjir: Tinggi").

The node roll-ups keep threats per level only (threat_l1..l3, moved incrementally and
checked by a full recount). Which category holds the worst level most often cannot be kept
that way in a fixed set of columns, so it is read here when the tree loads a level: one
grouped query over the threat rows below the loaded siblings. The threat table is small
(about 800 rows for the Banten demo, 19,000 for the national one, where the 38 provinces
take 0.02 s and a province's kabupaten 0.002 s). Threats at the node itself count, as in
the roll-ups.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from commandpost.store.database import Database
from commandpost.store.sql import text
from commandpost.store.threats import TPS_CODE_LENGTH, taxonomy


@dataclass(frozen=True)
class WorstThreat:
    """The worst level recorded at or below a node and the category that has it most.

    ``places``: nodes with that category at that level (``tps``: how many of them are TPS);
    ``others``: further categories recorded at that same level.
    """

    category: str
    level: int
    places: int
    tps: int
    others: int = 0


BELOW_SQL = (
    "SELECT substr(node_code, 1, :n) AS at, category, level, count(*), "
    f"sum(length(node_code) = {TPS_CODE_LENGTH}) FROM threat "
    "WHERE node_code >= :lo AND node_code < :hi AND level > 0 "
    "GROUP BY at, category, level"
)
_BELOW = text(BELOW_SQL)


def worst_threats(db: Database, codes: list[str]) -> dict[str, WorstThreat]:
    """The worst threat at or below each node in ``codes`` (nodes with none are left out).

    Codes of one length (siblings, as the tree loads them) are read in one query over the
    range they span; nodes of the tree share a code length per level.
    """
    with db.engine.connect() as conn:
        return worst_from(lambda params: conn.execute(_BELOW, params), codes)


def worst_from(read, codes: list[str]) -> dict[str, WorstThreat]:
    """:func:`worst_threats` over any connection: ``read(params)`` runs :data:`BELOW_SQL`
    with ``params`` and returns its rows (store.first_screen reads with plain sqlite3)."""
    by_length: dict[int, list[str]] = defaultdict(list)
    for code in set(codes):
        by_length[len(code)].append(code)
    order = {c.key: n for n, c in enumerate(taxonomy().categories)}
    found: dict[str, list[tuple[int, int, int, str, int]]] = defaultdict(list)
    for length, group in by_length.items():
        wanted = set(group)
        rows = read({"n": length, "lo": min(group), "hi": max(group) + "/"})
        for at, category, level, count, tps in rows:
            # The range may span codes of that length not asked for: keep the wanted.
            if at in wanted:
                found[at].append((level, count, -order.get(category, 999), category, tps))
    result = {}
    for code, entries in found.items():
        top = max(e[0] for e in entries)
        at_top = sorted((e for e in entries if e[0] == top), reverse=True)
        level, count, _order, category, tps = at_top[0]
        result[code] = WorstThreat(category, level, count, tps or 0, len(at_top) - 1)
    return result
