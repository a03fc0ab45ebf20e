"""Required strength from the TPS security patterns, kept along the region tree.

Who answers for a kecamatan is the most specific active unit whose jurisdiction covers it
(a Polsek's kecamatan before its Polres's kabupaten); the police and Linmas each TPS class
needs there come from the nearest pattern up that unit's chain, then the operation's own
(scope ``*``), then the shipped default (``resources/templates/tps_patterns.json``: the
Pemilu 2024 Polres Serang pattern, since there is no national 2024 rule).

That answer is kept per kecamatan in ``area_share``. A village's required strength is its
TPS count per class times those shares; every level above is the sum of its children. A TPS
class change adds the difference along the lineage (``changelog._tps_changed``), so the
figures stay current without a recount; :func:`rebuild_required` recomputes everything and
is what a pattern, unit or jurisdiction change calls.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from commandpost.core.regions import Level
from commandpost.core.strength import (
    SHARE_SCALE,
    Pattern,
    PatternError,
    Strength,
    deployable,
    parse_pattern,
    parse_share,
    people,
)
from commandpost.core.threats import TpsClass
from commandpost.core.units import chain, subtree
from commandpost.paths import RESOURCES
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError, Executor
from commandpost.store.database import Database
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.sql import bindparam, text

if TYPE_CHECKING:
    from commandpost.store.threats import Edit

PATTERNS_FILE = RESOURCES / "templates" / "tps_patterns.json"
CLASSES: tuple[str, ...] = tuple(c.value for c in TpsClass)
OPERATION_SCOPE = "*"


@dataclass(frozen=True)
class PatternSet:
    key: str
    label: str
    classes: dict[str, Pattern]


@cache
def pattern_sets() -> dict[str, PatternSet]:
    """The shipped patterns, by key (``polres_serang_2024``, ``national_2019``, ...)."""
    raw = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    return {
        key: PatternSet(
            key, item["label"], {c: parse_pattern(t) for c, t in item["classes"].items()}
        )
        for key, item in raw["patterns"].items()
    }


@cache
def default_patterns() -> dict[str, Pattern]:
    """The pattern per TPS class used where nothing else is set (every class present)."""
    raw = json.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    chosen = pattern_sets()[raw["default"]].classes
    missing = [c for c in CLASSES if c not in chosen]
    if missing:
        raise ValueError(f"the default TPS pattern lacks {', '.join(missing)}")
    return dict(chosen)


def active_units(session: Executor) -> dict[str, str | None]:
    """Active unit id → parent id."""
    return dict(session.execute(text("SELECT id, parent_id FROM unit WHERE active")).all())


def covering_units(session: Executor) -> dict[str, tuple[str | None, int]]:
    """Kecamatan code → (the unit that answers for it, how many units do).

    The most specific jurisdiction answers: units naming the kecamatan itself before those
    naming its kabupaten, and a unit above another (a Polres above its Polsek) gives way.
    More than one unit left, over both levels, means the kecamatan is covered twice (the
    most specific, then the first by id, answers); none means no unit covers it.
    """
    parents = active_units(session)
    by_area: dict[str, list[str]] = {}
    for unit, area in session.execute(text("SELECT unit_id, node_code FROM jurisdiction")):
        if unit in parents:
            by_area.setdefault(area, []).append(unit)
    out: dict[str, tuple[str | None, int]] = {}
    for (code,) in session.execute(
        text("SELECT code FROM node WHERE level = :l"), {"l": int(Level.DISTRICT)}
    ):
        own = by_area.get(code, [])
        whole = by_area.get(code.rpartition(".")[0], [])
        if not own and not whole:
            out[code] = (None, 0)
            continue
        # Counted over both levels: a unit naming the kabupaten and an unrelated one naming
        # the kecamatan cover it twice; a Polres's kabupaten above its own Polsek does not.
        found = set(own) | set(whole)
        above = {a for u in found for a in chain(u, parents)[1:]}
        left = sorted(u for u in found if u not in above)
        specific = sorted(u for u in set(own) if u not in above) or left
        out[code] = (specific[0], len(left))
    return out


def unit_patterns(session: Executor) -> dict[tuple[str, str], Pattern]:
    """(scope, TPS class) → the pattern set there, for every active pattern row."""
    rows = session.execute(
        text("SELECT scope, tps_class, police, tps, linmas FROM pattern WHERE active")
    )
    return {(r[0], r[1]): Pattern(r[2], r[3], r[4]) for r in rows}


def pattern_for(
    unit: str | None,
    tps_class: str,
    patterns: dict[tuple[str, str], Pattern],
    parents: dict[str, str | None],
) -> tuple[Pattern, str]:
    """The pattern that applies to ``tps_class`` at ``unit``, and where it was set: a unit
    id, ``*`` (the operation) or ``default``."""
    for scope in [*(chain(unit, parents)), OPERATION_SCOPE]:
        found = patterns.get((scope, tps_class))
        if found is not None:
            return found, scope
    return default_patterns()[tps_class], "default"


_SHARE_COLUMNS = [f"{kind}_{c}" for kind in ("police", "linmas") for c in CLASSES]


def rebuild_area_share(session: Executor) -> None:
    """Recompute who answers for each kecamatan and what its TPS need (``area_share``)."""
    parents = active_units(session)
    patterns = unit_patterns(session)
    rows = []
    for district, (unit, count) in covering_units(session).items():
        row: dict[str, object] = {"d": district, "u": unit, "n": count}
        for cls in CLASSES:
            pattern, _scope = pattern_for(unit, cls, patterns, parents)
            row[f"police_{cls}"] = pattern.police_share
            row[f"linmas_{cls}"] = pattern.linmas_share
        rows.append(row)
    session.execute(text("DELETE FROM area_share"))
    if rows:
        session.execute(
            text(
                "INSERT INTO area_share (district_code, unit_id, cover_count, "
                + ", ".join(_SHARE_COLUMNS)
                + ") VALUES (:d, :u, :n, "
                + ", ".join(f":{c}" for c in _SHARE_COLUMNS)
                + ")"
            ),
            rows,
        )


def _per_class(kind: str) -> str:
    """SQL for a village's requirement of one kind from its class counts and the shares."""
    kurang = "(node.tps_count - node.n_rawan - node.n_sangat_rawan - node.n_khusus)"
    return (
        f"{kurang} * s.{kind}_kurang_rawan + node.n_rawan * s.{kind}_rawan"
        f" + node.n_sangat_rawan * s.{kind}_sangat_rawan + node.n_khusus * s.{kind}_khusus"
    )


def village_required(session: Executor, low: str = "", high: str = "\uffff") -> None:
    """Set every village's required police and Linmas (codes in [low, high)) from its class
    counts and its kecamatan's shares. Every kecamatan has its ``area_share`` row once
    :func:`rebuild_area_share` ran (a region load runs it first), so each village is set."""
    session.execute(
        text(
            f"UPDATE node SET req_police = {_per_class('police')}, "
            f"req_linmas = {_per_class('linmas')} FROM area_share s "
            "WHERE node.level = :v AND s.district_code = node.parent_code "
            "AND node.code >= :low AND node.code < :high"
        ),
        {"low": low, "high": high, "v": int(Level.VILLAGE)},
    )


# The kecamatan, kabupaten and provinces to sum, found through area_share (one row per
# kecamatan) rather than by scanning the half a million TPS rows of the node table.
_LEVEL_CODES = {
    Level.DISTRICT: "SELECT district_code FROM area_share",
    Level.REGENCY: "SELECT DISTINCT substr(district_code, 1, 5) FROM area_share",
    Level.PROVINCE: "SELECT DISTINCT substr(district_code, 1, 2) FROM area_share",
}


_CEIL = f"(req_police + {SHARE_SCALE - 1}) / {SHARE_SCALE}"  # whole people, rounded up
_SUM_CHILDREN = "(SELECT coalesce(sum(c.{col}), 0) FROM node c WHERE c.parent_code = node.code)"


def recount_required(session: Executor) -> None:
    """Required police and Linmas of every region from scratch: villages from their class
    counts, each level above as the sum of its children; then the whole people (bench:
    about 0.3 s for the national tree)."""
    village_required(session)
    for level in (Level.DISTRICT, Level.REGENCY, Level.PROVINCE):
        session.execute(
            text(
                f"UPDATE node SET req_police = {_SUM_CHILDREN.format(col='req_police')}, "
                f"req_linmas = {_SUM_CHILDREN.format(col='req_linmas')} "
                f"WHERE code IN ({_LEVEL_CODES[level]})"
            )
        )
    session.execute(
        text(f"UPDATE node SET req_people = {_CEIL} WHERE level = :v"),
        {"v": int(Level.VILLAGE)},
    )
    session.execute(
        text(f"UPDATE node SET req_people = {_CEIL} WHERE code IN ({_LEVEL_CODES[Level.DISTRICT]})")
    )
    for level in (Level.REGENCY, Level.PROVINCE):
        session.execute(
            text(
                f"UPDATE node SET req_people = {_SUM_CHILDREN.format(col='req_people')} "
                f"WHERE code IN ({_LEVEL_CODES[level]})"
            )
        )


def people_at(session: Executor, level: Level, low: str = "", high: str = "\uffff") -> None:
    """Whole police required at one level (codes in [low, high)): a village or kecamatan
    its own need rounded up, a kabupaten/kota or province the sum of its children's."""
    bounds = {"l": int(level), "low": low, "high": high}
    where = "WHERE level = :l AND code >= :low AND code < :high"
    if level in (Level.VILLAGE, Level.DISTRICT):
        session.execute(text(f"UPDATE node SET req_people = {_CEIL} {where}"), bounds)
    elif level in (Level.REGENCY, Level.PROVINCE):
        session.execute(
            text(f"UPDATE node SET req_people = {_SUM_CHILDREN.format(col='req_people')} {where}"),
            bounds,
        )


def refresh_people(session: Executor, villages: list[str]) -> None:
    """After required strength moved in these villages: the whole people of each village,
    its kecamatan, and the sums of their kabupaten/kota and province."""
    by_level: dict[int, set[str]] = {}
    for village in villages:
        parts = village.split(".")
        for n, level in (
            (4, Level.VILLAGE),
            (3, Level.DISTRICT),
            (2, Level.REGENCY),
            (1, Level.PROVINCE),
        ):
            by_level.setdefault(int(level), set()).add(".".join(parts[:n]))
    for level in (Level.VILLAGE, Level.DISTRICT, Level.REGENCY, Level.PROVINCE):
        codes = sorted(by_level.get(int(level), ()))
        if not codes:
            continue
        value = (
            _CEIL
            if level in (Level.VILLAGE, Level.DISTRICT)
            else _SUM_CHILDREN.format(col="req_people")
        )
        session.execute(
            text(f"UPDATE node SET req_people = {value} WHERE code IN :c").bindparams(
                bindparam("c", expanding=True)
            ),
            {"c": codes},
        )


def rebuild_required(session: Executor) -> None:
    """Who answers where, and the required strength of every region, from scratch."""
    rebuild_area_share(session)
    recount_required(session)


# -- patterns, support and the strength of a unit -------------------------------------------


def set_pattern(
    db: Database,
    *,
    unit: str | None,
    tps_class: str,
    pattern: str | None,
    actor: str,
    reason: str = "",
) -> Edit:
    """Set (or with ``pattern`` None, clear) the pattern a unit (key or name; None or ``*``:
    the whole operation) uses for one TPS class, as one change. The required strength of
    every region follows in the same transaction. Raises :class:`Refused` (a ChangeError)
    for an unknown unit or class and for a pattern that cannot be read."""
    from commandpost.core.threats import parse_class
    from commandpost.store.threats import Edit
    from commandpost.store.units import find_unit

    scope = OPERATION_SCOPE if unit in (None, "", OPERATION_SCOPE) else find_unit(db, unit).id
    try:
        cls = parse_class(tps_class).value
    except ValueError:
        raise Refused(
            RefusalMsg.UNKNOWN_TPS_CLASS, tps_class=tps_class, classes=", ".join(CLASSES)
        ) from None
    key = f"{scope}|{cls}"
    with db.engine.connect() as conn:
        exists = conn.execute(text("SELECT active FROM pattern WHERE id = :i"), {"i": key}).first()
    if pattern is None:
        if exists is None or not exists[0]:
            raise Refused(RefusalMsg.NO_PATTERN_TO_CLEAR)
        values: dict[str, object] = {"active": False}
    else:
        parsed = _read_pattern(pattern)
        values = {
            "scope": scope,
            "tps_class": cls,
            "police": parsed.police,
            "tps": parsed.tps,
            "linmas": parsed.linmas,
            "active": True,
        }
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="pattern",
        entity_id=key,
        op="set" if exists is not None else "create",
        values=values,
        reason=reason or "TPS security pattern set",
    )
    return Edit(change, "pattern", tuple(writes), key)


_OUT_OF_RANGE = {
    "police": RefusalMsg.POLICE_OUT_OF_RANGE,
    "TPS": RefusalMsg.TPS_OUT_OF_RANGE,
    "Linmas": RefusalMsg.LINMAS_OUT_OF_RANGE,
}


def _read_pattern(written: str) -> Pattern:
    """:func:`parse_pattern`, a pattern it cannot read refused in words the window can
    translate."""
    try:
        return parse_pattern(written)
    except PatternError as exc:
        if exc.what is None:
            raise Refused(RefusalMsg.NOT_A_PATTERN, text=exc.text) from None
        raise Refused(
            _OUT_OF_RANGE[exc.what], text=exc.text, value=exc.value, low=exc.low, high=exc.high
        ) from None


@dataclass(frozen=True)
class PatternUse:
    """The pattern one TPS class gets at a unit, and where it was set."""

    tps_class: str
    pattern: Pattern
    scope: str  # a unit id, "*" (the operation) or "default"
    scope_name: str


def patterns_at(db: Database, unit: str | None) -> list[PatternUse]:
    """For each TPS class, the pattern that applies at ``unit`` (None: the operation)."""
    from commandpost.store.units import find_unit

    unit_id = find_unit(db, unit).id if unit not in (None, "", OPERATION_SCOPE) else None
    with db.engine.connect() as conn:
        parents = active_units(conn)
        found = unit_patterns(conn)
        names = dict(conn.execute(text("SELECT id, name FROM unit")).all())
    out = []
    for cls in CLASSES:
        pattern, scope = pattern_for(unit_id, cls, found, parents)
        name = {"*": "operation", "default": "default (Polres Serang 2024)"}.get(
            scope, names.get(scope, scope)
        )
        out.append(PatternUse(cls, pattern, scope, name))
    return out


SUPPORT_KINDS = ("tni", "linmas", "satpol_pp")


def set_support(
    db: Database, *, unit: str, kind: str, count: int, actor: str, reason: str = ""
) -> Edit:
    """Set how many TNI, Linmas or Satpol PP support a unit (people, as counts)."""
    from commandpost.store.threats import Edit
    from commandpost.store.units import find_unit

    if kind not in SUPPORT_KINDS:
        raise Refused(RefusalMsg.UNKNOWN_SUPPORT, kind=kind, kinds=", ".join(SUPPORT_KINDS))
    if not 0 <= count <= 1_000_000:
        raise Refused(RefusalMsg.NOT_PEOPLE_COUNT, count=count)
    unit_id = find_unit(db, unit).id
    key = f"{kind}|{unit_id}"
    with db.engine.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM support WHERE id = :i"), {"i": key}).first()
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="support",
        entity_id=key,
        op="set" if exists else "create",
        values={"kind": kind, "unit_id": unit_id, "count": count},
        reason=reason or "support forces set",
    )
    return Edit(change, "support", tuple(writes), key)


@dataclass(frozen=True)
class StrengthRow:
    """One line of a unit's strength table: the unit itself (``own``: its HQ, without the
    units below) or a unit below it with everything under that unit; or the total."""

    unit_id: str
    name: str
    kind: str
    own: bool
    total_row: bool
    figures: Strength
    deployable: int  # the operation's share of the strength (2/3 by default)


def unit_strength(db: Database, unit: str) -> list[StrengthRow]:
    """The strength table of ``unit`` (key or name): the total over its subtree, then its
    own HQ, then each unit directly below it (with their subtrees).

    People are counted once: at the unit that commands them for the operation (BKO, else
    home) in ``operational`` and ``reserve``; at their home unit in ``total``. Required and
    assigned are counted where the posts are, as the tree counts them: over the kecamatan
    the unit (or a unit below it) answers for, each kecamatan's need rounded up to whole
    people first. BKO in and out count moves across a row's boundary, so a BKO between two
    units below a Polda cancels in the Polda's total. ``total``, ``operational``,
    ``reserve``, ``assigned``, support and required strength of the total equal the sum of
    the own row and the rows below, always (a property test holds it).
    """
    from commandpost.store.units import find_unit

    top = find_unit(db, unit)
    with db.engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit WHERE active")).all())
        names = {
            r[0]: (r[1], r[2])
            for r in conn.execute(text("SELECT id, name, kind FROM unit WHERE active"))
        }
        groups = conn.execute(
            text(
                "SELECT p.unit_id, p.bko_unit_id, p.duty = 'reserve', "
                "EXISTS (SELECT 1 FROM assignment a WHERE a.nrp = p.nrp AND a.active "
                "        AND a.shift = ''), count(*) "
                "FROM person p WHERE p.active GROUP BY 1, 2, 3, 4"
            )
        ).all()
        support = conn.execute(text("SELECT unit_id, kind, count FROM support")).all()
        # Required and assigned by area: the kecamatan each unit answers for, each
        # kecamatan's need in whole people (so that rows add up to their total).
        required = {
            r[0]: (int(r[1] or 0), int(r[2] or 0), int(r[3] or 0))
            for r in conn.execute(
                text(
                    "SELECT s.unit_id, sum(n.req_people), sum(n.req_linmas), sum(n.assigned) "
                    "FROM area_share s JOIN node n ON n.code = s.district_code "
                    "WHERE s.unit_id IS NOT NULL GROUP BY s.unit_id"
                )
            )
        }
        share = parse_share(
            conn.execute(text("SELECT deploy_share FROM operation LIMIT 1")).scalar() or "2/3"
        )

    def figures(members: set[str]) -> Strength:
        f = {k: 0 for k in ("total", "bko_in", "bko_out", "reserve", "assigned")}
        for home, bko, reserve, _assigned, n in groups:
            at_home, placed = home in members, bko in members
            if at_home:
                f["total"] += n
                if bko is not None and not placed:
                    f["bko_out"] += n
            elif placed:
                f["bko_in"] += n
            if placed or (at_home and bko is None):
                f["reserve"] += n if reserve else 0
        forces = {k: 0 for k in SUPPORT_KINDS}
        for unit_id, kind, count in support:
            if unit_id in members and kind in forces:
                forces[kind] += count
        police = sum(required.get(u, (0, 0, 0))[0] for u in members)
        linmas = sum(required.get(u, (0, 0, 0))[1] for u in members)
        f["assigned"] = sum(required.get(u, (0, 0, 0))[2] for u in members)
        # Whole people per kecamatan, in SHARE_SCALE units as Strength keeps them.
        return Strength(**f, **forces, required_police=police * SHARE_SCALE, required_linmas=linmas)

    def row(unit_id: str, members: set[str], own: bool, total: bool) -> StrengthRow:
        name, kind = names.get(unit_id, (unit_id, ""))
        fig = figures(members)
        return StrengthRow(unit_id, name, kind, own, total, fig, deployable(fig.total, share))

    children = sorted((c for c, p in parents.items() if p == top.id), key=lambda c: names[c][0])
    rows = [row(top.id, subtree(top.id, parents), False, True)]
    rows.append(row(top.id, {top.id}, True, False))
    rows += [row(c, subtree(c, parents), False, False) for c in children]
    return rows


@dataclass(frozen=True)
class AreaNeed:
    """Required and assigned strength of one region (people; required rounded up)."""

    code: str
    name: str
    tps: int
    required_police: int
    required_linmas: int
    assigned: int

    @property
    def gap(self) -> int:
        """Assigned minus required police: below zero, people are missing."""
        return self.assigned - self.required_police


def area_needs(db: Database, parent: str | None = None, codes: list[str] | None = None):
    """Required and assigned strength of the children of ``parent`` (or of ``codes``)."""
    with db.engine.connect() as conn:
        if codes is not None:
            rows = conn.execute(
                text(
                    "SELECT code, name, tps_count, req_police, req_linmas, assigned, req_people "
                    "FROM node "
                    "WHERE code IN :c ORDER BY code"
                ).bindparams(bindparam("c", expanding=True)),
                {"c": codes},
            ).all()
        else:
            rows = conn.execute(
                text(
                    "SELECT code, name, tps_count, req_police, req_linmas, assigned, req_people "
                    "FROM node "
                    "WHERE parent_code IS :p ORDER BY code"
                ),
                {"p": parent},
            ).all()
    return [AreaNeed(r[0], r[1], r[2], r[6], people(r[4]), r[5]) for r in rows]


def strength_mismatches(db: Database) -> list[str]:
    """Nodes whose stored required and assigned strength differ from a recount done here
    in Python, apart from the SQL that keeps them (TPS classes × the kecamatan's shares;
    people on the plan at each post's node and above). Tests check it after random edits."""
    with db.engine.connect() as conn:
        stored = {
            r[0]: (r[1], r[2], r[3], r[4])
            for r in conn.execute(
                text("SELECT code, req_police, req_linmas, assigned, req_people FROM node")
            )
        }
        shares = {
            r[0]: {c: (r[1 + i], r[5 + i]) for i, c in enumerate(CLASSES)}
            for r in conn.execute(
                text("SELECT district_code, " + ", ".join(_SHARE_COLUMNS) + " FROM area_share")
            )
        }
        counted = {code: [0, 0, 0, 0] for code in stored}

        def add(code: str, i: int, value: int, below: bool) -> None:
            parts = code.split(".")
            for n in range(1, len(parts) + (0 if below else 1)):
                counted[".".join(parts[:n])][i] += value

        for code, cls in conn.execute(text("SELECT code, tps_class FROM tps")):
            police, linmas = shares.get(code[:8], {}).get(cls or "kurang_rawan", (0, 0))
            add(code, 0, police, below=True)  # the village and above; TPS rows hold 0
            add(code, 1, linmas, below=True)
        for (node,) in conn.execute(
            text(
                "SELECT p.node_code FROM assignment a JOIN post p ON p.id = a.post_id "
                "WHERE a.active AND a.shift = ''"
            )
        ):
            add(node, 2, 1, below=False)
    # Whole people: villages and kecamatan their own need rounded up, above the sum.
    for code in sorted(counted, key=lambda c: -c.count(".")):
        depth = code.count(".")
        if depth in (2, 3):
            counted[code][3] = people(counted[code][0])
        parent = code.rpartition(".")[0]
        if depth in (1, 2) and parent in counted:
            counted[parent][3] += counted[code][3]
    return [
        f"{code}: stored {values}, recount {tuple(counted[code])}"
        for code, values in sorted(stored.items())
        if values != tuple(counted[code])
    ]


@dataclass(frozen=True)
class Suggestion:
    """A way to close a gap: people from a unit's reserve, or spare people of a nearby unit
    placed BKO, proposed for the kecamatan command post where police are missing."""

    district: str  # the kecamatan short of police
    district_name: str
    short: int  # people missing there
    source: str  # "reserve" or "bko"
    unit_id: str
    unit_name: str
    spare: int  # people the unit could give (reserve, or operational and not assigned)
    distance: int  # 0 same kecamatan's unit, 1 same kabupaten, 2 same province, 3 further
    nrps: tuple[str, ...]  # the people proposed, at most ``short``


def _distance(a: str, b: str) -> int:
    """Steps up the region tree to a common area between two kecamatan codes."""
    if a == b:
        return 0
    if a[:5] == b[:5]:
        return 1
    return 2 if a[:2] == b[:2] else 3


def suggestions(db: Database, unit: str, *, limit: int = 30) -> list[Suggestion]:
    """For each kecamatan in ``unit``'s jurisdiction short of police (assigned below the
    whole people required), who could cover it, largest gap first:

    - the reserve (POH/cadangan) of the unit answering there, of a unit above it, or of a
      detachment (kind ``satuan``: Brimob, Samapta) placed directly under one of those;
    - then units with people to spare: available and not assigned, beyond what their own
      kecamatan still lack, and within the operation's deployment share (2/3 of their
      operational strength) — ranked by distance in the region tree, then by spare.

    Each person is proposed once (for the largest gap first), at most three proposals per
    kecamatan and ``limit`` in all. Nothing is changed: the officer accepts a proposal
    (assignments, BKO where the people come from outside) or ignores it."""
    from commandpost.store.units import find_unit

    top = find_unit(db, unit)
    with db.engine.connect() as conn:
        units = conn.execute(text("SELECT id, parent_id, kind, name FROM unit WHERE active")).all()
        parents = {u[0]: u[1] for u in units}
        kinds = {u[0]: u[2] for u in units}
        names = {u[0]: u[3] for u in units}
        mine = subtree(top.id, parents)
        regency = dict(conn.execute(text("SELECT code, name FROM node WHERE level = 1")).all())
        gaps = [
            (code, name, req - assigned, owner)
            for code, name, req, assigned, owner in conn.execute(
                text(
                    "SELECT n.code, n.name, n.req_people, n.assigned, s.unit_id FROM area_share s "
                    "JOIN node n ON n.code = s.district_code WHERE s.unit_id IS NOT NULL"
                )
            )
            if owner in mine and req > assigned
        ]
        # Free people per unit that commands them; each unit's operational and assigned.
        free: dict[str, dict[str, list[str]]] = {"reserve": {}, "bko": {}}
        for nrp, commander, duty in conn.execute(
            text(
                "SELECT p.nrp, coalesce(p.bko_unit_id, p.unit_id), p.duty FROM person p "
                "WHERE p.active AND p.duty IN ('available', 'reserve') AND NOT EXISTS "
                "(SELECT 1 FROM assignment a WHERE a.nrp = p.nrp AND a.active AND a.shift = '') "
                "ORDER BY p.rank, p.nrp"
            )
        ):
            free["reserve" if duty == "reserve" else "bko"].setdefault(commander, []).append(nrp)
        strength_of = {
            r[0]: (r[1], r[2])
            for r in conn.execute(
                text(
                    "SELECT coalesce(p.bko_unit_id, p.unit_id), count(*), sum(EXISTS (SELECT 1 "
                    "FROM assignment a WHERE a.nrp = p.nrp AND a.active AND a.shift = '')) "
                    "FROM person p WHERE p.active GROUP BY 1"
                )
            )
        }
        share = parse_share(
            conn.execute(text("SELECT deploy_share FROM operation LIMIT 1")).scalar() or "2/3"
        )
        answers: dict[str, list[str]] = {}
        own_short: dict[str, int] = {}  # people a unit lacks for its own kecamatan
        for district, owner, req, assigned in conn.execute(
            text(
                "SELECT s.district_code, s.unit_id, n.req_people, n.assigned FROM area_share s "
                "JOIN node n ON n.code = s.district_code WHERE s.unit_id IS NOT NULL"
            )
        ):
            answers.setdefault(owner, []).append(district)
            own_short[owner] = own_short.get(owner, 0) + max(0, req - assigned)
    detachments: dict[str, list[str]] = {}
    for u, parent in parents.items():
        if kinds.get(u) == "satuan" and parent is not None:
            detachments.setdefault(parent, []).append(u)
    spare_of: dict[str, int] = {}
    for u, people_free in free["bko"].items():
        operational, assigned = strength_of.get(u, (0, 0))
        cap = deployable(operational, share) - int(assigned or 0)
        spare_of[u] = min(len(people_free) - own_short.get(u, 0), cap)
    taken: set[str] = set()
    out: list[Suggestion] = []
    for code, name, short, owner in sorted(gaps, key=lambda g: (-g[2], g[0])):
        place = f"{name} ({regency.get(code[:5], code[:5])})"
        options: list[Suggestion] = []
        for depth, u in enumerate(chain(owner, parents)):
            for source in [u, *sorted(detachments.get(u, []))]:
                left = [n for n in free["reserve"].get(source, []) if n not in taken]
                if left:
                    options.append(
                        Suggestion(
                            code,
                            place,
                            short,
                            "reserve",
                            source,
                            names.get(source, source),
                            len(left),
                            min(depth, 3),
                            tuple(left[:short]),
                        )
                    )
        for u, people_free in free["bko"].items():
            left = [n for n in people_free if n not in taken]
            spare = min(spare_of.get(u, 0), len(left))
            if u == owner or spare <= 0:
                continue  # short itself, or at its deployment share already
            near = min((_distance(code, d) for d in answers.get(u, [])), default=3)
            options.append(
                Suggestion(
                    code,
                    place,
                    short,
                    "bko",
                    u,
                    names.get(u, u),
                    spare,
                    near,
                    tuple(left[: min(short, spare)]),
                )
            )
        options.sort(key=lambda s: (s.source != "reserve", s.distance, -s.spare, s.unit_name))
        chosen = options[:3]
        for option in chosen:
            taken.update(option.nrps)  # offered here: not offered again for a smaller gap
        out.extend(chosen)
        if len(out) >= limit:
            break
    return out[:limit]


def shortfalls(db: Database, unit: str) -> dict[str, int]:
    """Kecamatan ``unit`` (key or name) answers for, with its units below, that lack police:
    code → people missing (required in whole people minus assigned)."""
    from commandpost.store.units import find_unit

    top = find_unit(db, unit)
    with db.engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit WHERE active")).all())
        rows = conn.execute(
            text(
                "SELECT s.district_code, s.unit_id, n.req_people - n.assigned FROM area_share s "
                "JOIN node n ON n.code = s.district_code WHERE n.req_people > n.assigned"
            )
        ).all()
    mine = subtree(top.id, parents)
    return {code: short for code, owner, short in rows if owner in mine}


def accept_suggestion(db: Database, suggestion: Suggestion, *, actor: str) -> list[Edit]:
    """Assign the proposed people to the kecamatan command post (BKO where they come from
    outside its reach), each as one change; returns the edits for one undo step. Someone
    assigned elsewhere since is left out."""
    from commandpost.store.personnel import assign

    edits: list[Edit] = []
    for nrp in suggestion.nrps:
        try:
            edits += assign(
                db,
                nrp,
                suggestion.district,
                actor=actor,
                bko=True,
                reason=f"saran: jaga {suggestion.district_name}",
            )
        except ChangeError:
            continue
    if not edits:
        raise Refused(RefusalMsg.PROPOSAL_TAKEN)
    return edits
