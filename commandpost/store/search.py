"""Finding regions and TPS by name for the search box (and the area fields of dialogs).

What an officer types and what comes back, best first:

- A code (``36.02.01``, ``36.02.01.2002.004``, or KPU's plain digits ``3602012002``) finds
  that node.
- A name finds regions (provinsi to desa/kelurahan) whose normalised name (case, accents and
  punctuation ignored, see :func:`commandpost.core.text.normalise`) matches, in this order:
  first every hit where the text starts a word of the name, higher levels first ("lebak"
  offers Kabupaten Lebak before the village Lebak in Pandeglang) and within a level the exact
  name, then the names that start so, then the names with a later word starting so; after all
  of those, names that only contain the text inside a word ("cilebak"; texts of 3 letters or
  more), again by level. The level word of a kabupaten or kota does not count: "lebak" is the
  exact name of Kabupaten Lebak; nor do spaces in a name that starts with the text:
  "lebakwangi" is the exact name of Lebak Wangi (KPU and Kemendagri spell many names with
  and without them).
- A leading level word narrows the level: "kec cimanuk", "desa lebak", "kab serang",
  "kota serang" (when nothing fits at that level the words are read as a plain name).
- A name with one number finds TPS by number within the villages so named: "hegarmanah 4"
  and "tps 4 hegarmanah" find TPS 004 of every Desa Hegarmanah. Regions whose own name holds
  the text (rare) come first, as a higher level.

Everything runs in SQLite over the partial index ``ix_node_search`` (``name_norm`` of the
nodes above TPS level): about 15 ms for a 4-letter text on the national demo tree (526,895
nodes; the old prefix-only search took 9 ms), "<village> <number>" about twice that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from commandpost.core.regions import Level, NodeInfo, ancestors_of, is_valid_code
from commandpost.core.text import normalise, prefix_upper_bound
from commandpost.store.database import Database
from commandpost.store.sql import bindparam, text

DEFAULT_LIMIT = 200
# Texts shorter than this match at word starts only: "ci" inside a word fits half the country.
MIN_INSIDE = 3
# Villages looked at for "<village name> <TPS number>".
TPS_VILLAGES = 50

LEVEL_WORDS = {
    "provinsi": Level.PROVINCE,
    "prov": Level.PROVINCE,
    "kabupaten": Level.REGENCY,
    "kab": Level.REGENCY,
    "kota": Level.REGENCY,
    "kecamatan": Level.DISTRICT,
    "kec": Level.DISTRICT,
    "desa": Level.VILLAGE,
    "ds": Level.VILLAGE,
    "kelurahan": Level.VILLAGE,
    "kel": Level.VILLAGE,
}
# How a kabupaten/kota name starts in the node table ("Kabupaten Lebak", "Kota Serang").
_REGENCY_WORDS = {"kab": "kabupaten", "kabupaten": "kabupaten", "kota": "kota"}
_DIGITS = re.compile(r"^\d+$")
_CODE_TEXT = re.compile(r"^[\d.]+$")


class Match(IntEnum):
    """How a hit's name fits the text, best first."""

    EXACT = 0
    PREFIX = 1
    WORD = 2  # a later word of the name starts with the text
    INSIDE = 3  # the text is inside a word


@dataclass(frozen=True)
class SearchHit:
    """One hit: the node, how its name fits, and its ancestors from the province down to its
    parent (empty when asked without them)."""

    node: NodeInfo
    match: Match
    ancestors: tuple[NodeInfo, ...] = ()


def code_from_text(typed: str) -> str | None:
    """``36.02.01`` as typed, or KPU's plain digits (``3602012002``, 13 for a TPS) as a code;
    None when the text is not a code."""
    typed = typed.strip()
    if not _CODE_TEXT.match(typed):
        return None
    if "." in typed:
        return typed if is_valid_code(typed) else None
    cuts = {2: (2,), 4: (2, 4), 6: (2, 4, 6), 10: (2, 4, 6, 10), 13: (2, 4, 6, 10, 13)}
    if len(typed) not in cuts:
        return None
    parts, start = [], 0
    for end in cuts[len(typed)]:
        parts.append(typed[start:end])
        start = end
    return ".".join(parts)


def find(
    db: Database, query: str, limit: int = DEFAULT_LIMIT, *, with_ancestors: bool = True
) -> list[SearchHit]:
    """The hits for ``query``, best first (see the module's docstring), at most ``limit``."""
    from commandpost.store import queries

    query = query.strip()
    if not query or limit <= 0:
        return []
    code = code_from_text(query)
    if code is not None:
        found = queries.node(db, code)
        hits = [SearchHit(found, Match.EXACT)] if found else []
        return _with_ancestors(db, hits) if with_ancestors else hits
    norm = normalise(query)
    if not norm:
        return []
    tokens = norm.split()
    with db.engine.connect() as conn:
        hits = _regions_by_words(conn, tokens, limit)
        if len(hits) < limit:
            hits += _tps(conn, tokens, limit - len(hits))
    return _with_ancestors(db, hits) if with_ancestors else hits


def _regions_by_words(conn, tokens: list[str], limit: int) -> list[SearchHit]:
    """Regions for the typed words, a leading level word narrowing the level."""
    level = LEVEL_WORDS.get(tokens[0]) if len(tokens) > 1 else None
    if level is not None:
        rest = tokens[1:]
        words = [_REGENCY_WORDS[tokens[0]], *rest] if tokens[0] in _REGENCY_WORDS else rest
        hits = _regions(conn, " ".join(words), limit, level=level)
        if not hits and tokens[0] in _REGENCY_WORDS:  # "kab lebak" also as "lebak" at level 1
            hits = _regions(conn, " ".join(rest), limit, level=level)
        if hits:
            return hits
    return _regions(conn, " ".join(tokens), limit)


def _regions(conn, norm: str, limit: int, *, level: Level | None = None) -> list[SearchHit]:
    from commandpost.store.queries import _NODE_COLUMNS, _node

    params = {
        "q": norm,
        "high": prefix_upper_bound(norm),
        "word": f"% {norm}%",
        "kab": f"kabupaten {norm}",
        "kota": f"kota {norm}",
        "kabp": f"kabupaten {norm}%",
        "kotap": f"kota {norm}%",
        "limit": limit,
    }
    # Spaces do not count at the start of a name: "lebakwangi" is "Lebak Wangi", "rawa
    # buntu" "Rawabuntu". Only names with the same first letter are joined up (the range
    # test first keeps replace() off most rows).
    params["joined"] = joined = norm.replace(" ", "")
    params["joined_prefix"] = f"{joined}%"
    params["first"], params["first_high"] = joined[0], prefix_upper_bound(joined[0])
    spaced = (
        "(name_norm >= :first AND name_norm < :first_high "
        "AND replace(name_norm, ' ', '') LIKE :joined_prefix)"
    )
    if len(norm) >= MIN_INSIDE:
        params["pattern"] = f"%{norm}%"
        fits = f"(name_norm LIKE :pattern OR {spaced})"
    else:
        fits = "((name_norm >= :q AND name_norm < :high) OR name_norm LIKE :word)"
    at_level = ""
    if level is not None:
        params["level"] = int(level)
        at_level = "AND level = :level"
    sql = text(
        f"SELECT {_NODE_COLUMNS}, "
        "CASE WHEN name_norm = :q OR (level = 1 AND name_norm IN (:kab, :kota)) "
        f"OR ({spaced} AND replace(name_norm, ' ', '') = :joined) THEN 0 "
        "WHEN (name_norm >= :q AND name_norm < :high) "
        f"OR {spaced} "
        "OR (level = 1 AND (name_norm LIKE :kabp OR name_norm LIKE :kotap)) THEN 1 "
        "WHEN name_norm LIKE :word THEN 2 ELSE 3 END AS fit "
        f"FROM node WHERE level < 4 {at_level} AND {fits} "
        "ORDER BY fit = 3, level, fit, name_norm, node.code LIMIT :limit"
    )
    return [SearchHit(_node(row), Match(row[-1])) for row in conn.execute(sql, params)]


def _tps(conn, tokens: list[str], limit: int) -> list[SearchHit]:
    """TPS by number within the villages named by the other words: "hegarmanah 4"."""
    from commandpost.store.queries import _NODE_COLUMNS, _node

    numbers = [t for t in tokens if _DIGITS.match(t)]
    if len(numbers) != 1 or not 1 <= int(numbers[0]) <= 999:
        return []
    words = [t for t in tokens if t != numbers[0] and t != "tps"]
    if words and LEVEL_WORDS.get(words[0]) == Level.VILLAGE and len(words) > 1:
        words = words[1:]
    if not words:
        return []
    villages = [
        hit
        for hit in _regions(conn, " ".join(words), TPS_VILLAGES, level=Level.VILLAGE)
        if hit.match != Match.INSIDE
    ]
    if not villages:
        return []
    number = int(numbers[0])
    codes = [f"{hit.node.code}.{number:03d}" for hit in villages]
    sql = text(f"SELECT {_NODE_COLUMNS} FROM node WHERE node.code IN :codes").bindparams(
        bindparam("codes", expanding=True)
    )
    found = {row[0]: _node(row) for row in conn.execute(sql, {"codes": codes})}
    hits = [
        SearchHit(found[code], village.match)
        for code, village in zip(codes, villages, strict=True)
        if code in found
    ]
    return hits[:limit]


def _with_ancestors(db: Database, hits: list[SearchHit]) -> list[SearchHit]:
    from commandpost.store import queries

    wanted = sorted({a for hit in hits for a in ancestors_of(hit.node.code)})
    found = queries.nodes(db, wanted)
    return [
        SearchHit(
            hit.node,
            hit.match,
            tuple(found[a] for a in ancestors_of(hit.node.code) if a in found),
        )
        for hit in hits
    ]
