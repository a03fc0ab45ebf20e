"""Police units and their jurisdiction (wilayah hukum).

A unit covers a set of areas, each a kabupaten/kota or a kecamatan, so a kabupaten can be
split between units and even between two Polda. Everything a unit counts follows its areas
and those of the units below it. Units arrive as reference data, one batch change per load.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from commandpost.core.changes import Change
from commandpost.core.regions import Level, ancestors_of, is_valid_code, level_of
from commandpost.core.units import chain, subtree
from commandpost.paths import RESOURCES
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.database import Database
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.sql import bindparam, text

if TYPE_CHECKING:
    from commandpost.store.threats import Edit

BANTEN_UNITS = RESOURCES / "templates" / "units_banten.json"
KINDS = ("polda", "polres", "polresta", "polsek", "satuan")


@dataclass(frozen=True)
class UnitInfo:
    id: str
    name: str
    kind: str
    parent_id: str | None
    areas: tuple[str, ...]  # its own areas, without those of the units below it
    active: bool = True  # False: retired (kept for the record, hidden by default)


def read_units_template(path: Path = BANTEN_UNITS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["units"]


@batch_op("load_units")
def apply_load_units(session: Executor, change: Change, _progress: Progress | None) -> None:
    """values: {"units": [{key, name, kind, parent, areas}]}; replaces units of the same key."""
    units = change.values.get("units")
    if not isinstance(units, list) or not units:
        raise ChangeError("load_units needs a non-empty 'units' list")
    keys = {u["key"] for u in units}
    seen: dict[str, str] = {}
    for unit in units:
        name = unit_key(unit["name"])
        if name in seen and seen[name] != unit["key"]:
            raise ChangeError(f"two units are named {unit['name']!r} ({seen[name]}, {unit['key']})")
        seen[name] = unit["key"]
    areas = sorted({a for u in units for a in u["areas"]})
    for unit in units:
        if unit["kind"] not in KINDS:
            raise ChangeError(f"unit {unit['key']}: unknown kind {unit['kind']!r}")
        if unit["parent"] is not None and unit["parent"] not in keys:
            known = session.execute(
                text("SELECT 1 FROM unit WHERE id = :id"), {"id": unit["parent"]}
            ).first()
            if known is None:
                raise ChangeError(f"unit {unit['key']}: unknown parent {unit['parent']!r}")
        for area in unit["areas"]:
            if level_of(area) not in (Level.REGENCY, Level.DISTRICT):
                raise ChangeError(f"unit {unit['key']}: {area} is not a kabupaten or kecamatan")
    if areas:
        found = set(
            session.execute(
                text("SELECT code FROM node WHERE code IN :c").bindparams(
                    bindparam("c", expanding=True)
                ),
                {"c": areas},
            ).scalars()
        )
        missing = [a for a in areas if a not in found]
        if missing:
            raise ChangeError(f"units cover unknown areas: {', '.join(missing[:5])}")
    session.execute(
        text("DELETE FROM jurisdiction WHERE unit_id IN :k").bindparams(
            bindparam("k", expanding=True)
        ),
        {"k": sorted(keys)},
    )
    # Parents first, so the foreign key on parent_id always finds its row.
    ordered, placed = [], set()
    pending = list(units)
    while pending:
        ready = [
            u
            for u in pending
            if u["parent"] is None or u["parent"] in placed or u["parent"] not in keys
        ]
        if not ready:
            raise ChangeError("units form a cycle of parents")
        ordered += ready
        placed.update(u["key"] for u in ready)
        pending = [u for u in pending if u["key"] not in placed]
    for unit in ordered:
        session.execute(
            text(
                "INSERT INTO unit (id, name, kind, parent_id, areas, active) "
                "VALUES (:id, :name, :kind, :parent, :areas, 1) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                "parent_id = excluded.parent_id, areas = excluded.areas, active = 1"
            ),
            {
                "id": unit["key"],
                "name": unit["name"],
                "kind": unit["kind"],
                "parent": unit["parent"],
                "areas": ",".join(sorted(set(unit["areas"]))),
            },
        )
    rows = [{"u": u["key"], "n": a} for u in units for a in u["areas"]]
    if rows:
        session.execute(text("INSERT INTO jurisdiction (unit_id, node_code) VALUES (:u, :n)"), rows)
    from commandpost.store.strength import rebuild_required  # not on the window's start-up

    rebuild_required(session)


def load_units(db: Database, units: list[dict], *, actor: str, reason: str) -> None:
    changelog.record(
        db,
        actor=actor,
        entity="unit",
        entity_id=f"{len(units)} units",
        op="load_units",
        values={"units": units},
        reason=reason,
    )


def units(db: Database, *, retired: bool = False) -> list[UnitInfo]:
    """Every active unit (and the retired ones when asked), each Polda followed by the
    units below it, in name order. A retired unit's active children still follow it."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name, kind, parent_id, active FROM unit")).all()
        areas: dict[str, list[str]] = {}
        for unit_id, code in conn.execute(
            text("SELECT unit_id, node_code FROM jurisdiction ORDER BY node_code")
        ):
            areas.setdefault(unit_id, []).append(code)
    by_parent: dict[str | None, list] = {}
    for row in rows:
        by_parent.setdefault(row[3], []).append(row)
    ordered: list[UnitInfo] = []

    def walk(parent: str | None) -> None:
        for row in sorted(by_parent.get(parent, []), key=lambda r: r[1]):
            if row[4] or retired:
                ordered.append(
                    UnitInfo(
                        row[0], row[1], row[2], row[3], tuple(areas.get(row[0], ())), bool(row[4])
                    )
                )
            walk(row[0])

    walk(None)
    return ordered


def unit_key(text_: str) -> str:
    """How a unit's name is matched: lower case, letters and digits only, "(BKO)" and the
    words Pol/Polisi after a kind dropped (``POLSEK KIBIN`` = ``Polsek Kibin``)."""
    out = re.sub(r"\(\s*bko\s*\)", " ", text_.lower())
    return " ".join(re.findall(r"[a-z0-9]+", out))


def find_unit(db: Database, name_or_key: str, *, retired: bool = False) -> UnitInfo:
    """The unit with this key or name (case and punctuation ignored); raises
    :class:`Refused` naming the closest names when there is none."""
    wanted = unit_key(name_or_key)
    listed = units(db, retired=retired)
    for unit in listed:
        if name_or_key.strip() == unit.id or wanted == unit_key(unit.name):
            return unit
    close = difflib.get_close_matches(wanted, [unit_key(u.name) for u in listed], n=3)
    names = [u.name for u in listed if unit_key(u.name) in close]
    if names:
        raise Refused(RefusalMsg.UNKNOWN_UNIT_CLOSE, name=name_or_key, close=", ".join(names))
    raise Refused(RefusalMsg.UNKNOWN_UNIT, name=name_or_key)


def _slug(name: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))[:60] or "unit"


def subtree_ids(db: Database, unit_id: str) -> set[str]:
    """The unit and every unit below it (retired ones too)."""
    with db.engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit")).all())
    return subtree(unit_id, parents)


def add_unit(
    db: Database, *, name: str, kind: str, parent: str | None, actor: str, reason: str = ""
) -> Edit:
    """Create a unit (one change; undo retires it). ``parent``: a unit's key or name.
    Raises :class:`Refused` for an empty or taken name, an unknown kind or parent."""
    from commandpost.store.threats import Edit

    name = " ".join(name.split())
    if not name:
        raise Refused(RefusalMsg.UNIT_NEEDS_NAME)
    if kind not in KINDS:
        raise Refused(RefusalMsg.UNKNOWN_UNIT_KIND, kind=kind, kinds=", ".join(KINDS))
    parent_id = find_unit(db, parent).id if parent else None
    existing = units(db, retired=True)
    if any(unit_key(u.name) == unit_key(name) and u.active for u in existing):
        raise Refused(RefusalMsg.UNIT_NAME_TAKEN, name=name)
    taken = {u.id for u in existing}
    key, n = _slug(name), 2
    base = key
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="unit",
        entity_id=key,
        op="create",
        values={"name": name, "kind": kind, "parent_id": parent_id, "active": True},
        reason=reason or "unit added",
    )
    return Edit(change, "unit", tuple(writes), name)


def set_unit(
    db: Database,
    unit: str,
    *,
    actor: str,
    name: str | None = None,
    kind: str | None = None,
    parent: str | None = None,
    active: bool | None = None,
    reason: str = "",
) -> Edit:
    """Rename, re-kind, move (``parent``: key or name, ``"-"`` for none) or retire/restore
    a unit, as one change. Refuses a move under itself or below itself, an empty or taken
    name, and retiring a unit that still has people."""
    from commandpost.store.threats import Edit

    current = find_unit(db, unit, retired=True)
    values: dict[str, object] = {}
    if name is not None:
        name = " ".join(name.split())
        if not name:
            raise Refused(RefusalMsg.UNIT_NEEDS_NAME)
        clash = [u for u in units(db) if u.id != current.id and unit_key(u.name) == unit_key(name)]
        if clash:
            raise Refused(RefusalMsg.UNIT_NAME_TAKEN, name=name)
        values["name"] = name
    if kind is not None:
        if kind not in KINDS:
            raise Refused(RefusalMsg.UNKNOWN_UNIT_KIND, kind=kind, kinds=", ".join(KINDS))
        values["kind"] = kind
    if parent is not None:
        parent_id = None if parent.strip() in ("", "-") else find_unit(db, parent).id
        if parent_id is not None and parent_id in subtree_ids(db, current.id):
            raise Refused(RefusalMsg.UNIT_UNDER_ITSELF, unit=current.name)
        values["parent_id"] = parent_id
    if active is not None:
        if not active:
            with db.engine.connect() as conn:
                people = conn.execute(
                    text(
                        "SELECT count(*) FROM person WHERE active AND "
                        "(unit_id = :u OR bko_unit_id = :u)"
                    ),
                    {"u": current.id},
                ).scalar_one()
            if people:
                raise Refused(RefusalMsg.UNIT_HAS_PEOPLE, unit=current.name, people=people)
        values["active"] = active
    if not values:
        raise Refused(RefusalMsg.NOTHING_TO_CHANGE)
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="unit",
        entity_id=current.id,
        op="set",
        values=values,
        reason=reason or "unit changed",
    )
    return Edit(change, "unit", tuple(writes), current.name)


def set_jurisdiction(
    db: Database, unit: str, areas: list[str], *, actor: str, reason: str = ""
) -> Edit:
    """Make ``areas`` (kabupaten/kota or kecamatan codes) the unit's own jurisdiction, as
    one change that undo takes back; who answers where and the required strength follow.
    A kabupaten and one of its kecamatan together are refused (the kabupaten already
    covers it), as are codes that are not kabupaten or kecamatan of the database."""
    from commandpost.store.threats import Edit

    current = find_unit(db, unit)
    cleaned = sorted({a.strip() for a in areas if a.strip()})
    for area in cleaned:
        if not is_valid_code(area) or level_of(area) not in (Level.REGENCY, Level.DISTRICT):
            raise Refused(RefusalMsg.NOT_AN_AREA, area=area)
        if level_of(area) == Level.DISTRICT and area.rpartition(".")[0] in cleaned:
            raise Refused(RefusalMsg.AREA_INSIDE_LISTED, area=area, regency=area.rpartition(".")[0])
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="unit",
        entity_id=current.id,
        op="set",
        values={"areas": ",".join(cleaned)},
        reason=reason or "jurisdiction set",
    )
    return Edit(change, "unit", tuple(writes), current.name)


@dataclass(frozen=True)
class Coverage:
    """How the kecamatan of a region are covered: by no unit, or by more than one."""

    uncovered: tuple[str, ...]
    twice: tuple[str, ...]


def coverage(db: Database, within: str | None = None) -> Coverage:
    """Kecamatan (codes, optionally only under ``within``) that no unit covers, and those
    covered by two units neither of which is above the other."""
    low, high = (within, within + "/") if within else ("", "\uffff")
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT district_code, cover_count FROM area_share "
                "WHERE district_code >= :low AND district_code < :high ORDER BY district_code"
            ),
            {"low": low, "high": high},
        ).all()
    return Coverage(
        tuple(code for code, n in rows if n == 0), tuple(code for code, n in rows if n > 1)
    )


def unit_areas(db: Database, unit_id: str) -> list[str]:
    """The areas a unit answers for: its own and those of every unit below it."""
    everything = units(db)
    below = subtree(unit_id, {u.id: u.parent_id for u in everything})
    return sorted({a for u in everything if u.id in below for a in u.areas})


def units_of(db: Database, code: str) -> list[str]:
    """Names of the units whose jurisdiction covers ``code`` or part of it, the most
    specific first: the deepest in the unit tree (a Polsek before its Polres), then the one
    naming the smaller area."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT u.id, u.name, max(length(j.node_code)) FROM jurisdiction j "
                "JOIN unit u ON u.id = j.unit_id "
                "WHERE u.active AND (j.node_code IN :up OR "
                "(j.node_code > :low AND j.node_code < :high)) GROUP BY u.id"
            ).bindparams(bindparam("up", expanding=True)),
            {"up": [*ancestors_of(code), code], "low": code + ".", "high": code + "/"},
        ).all()
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit")).all())

    def depth(row) -> int:
        return len(chain(row[0], parents))

    return [name for _id, name, _w in sorted(rows, key=lambda r: (-depth(r), -r[2], r[1]))]
