"""Police units and their jurisdiction (wilayah hukum).

A unit covers a set of areas, each a kabupaten/kota or a kecamatan, so a kabupaten can be
split between units and even between two Polda. Everything a unit counts follows its areas
and those of the units below it. Units arrive as reference data, one batch change per load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, text

from commandpost.core.changes import Change
from commandpost.core.regions import Level, ancestors_of, level_of
from commandpost.paths import RESOURCES
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.database import Database

BANTEN_UNITS = RESOURCES / "templates" / "units_banten.json"
KINDS = ("polda", "polres", "polresta", "polsek", "satuan")


@dataclass(frozen=True)
class UnitInfo:
    id: str
    name: str
    kind: str
    parent_id: str | None
    areas: tuple[str, ...]  # its own areas, without those of the units below it


def read_units_template(path: Path = BANTEN_UNITS) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["units"]


@batch_op("load_units")
def apply_load_units(session: Executor, change: Change, _progress: Progress | None) -> None:
    """values: {"units": [{key, name, kind, parent, areas}]}; replaces units of the same key."""
    units = change.values.get("units")
    if not isinstance(units, list) or not units:
        raise ChangeError("load_units needs a non-empty 'units' list")
    keys = {u["key"] for u in units}
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
                "INSERT INTO unit (id, name, kind, parent_id) VALUES (:id, :name, :kind, :parent) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                "parent_id = excluded.parent_id"
            ),
            {
                "id": unit["key"],
                "name": unit["name"],
                "kind": unit["kind"],
                "parent": unit["parent"],
            },
        )
    rows = [{"u": u["key"], "n": a} for u in units for a in u["areas"]]
    if rows:
        session.execute(text("INSERT INTO jurisdiction (unit_id, node_code) VALUES (:u, :n)"), rows)


def load_units(db: Database, units: list[dict], *, actor: str, reason: str) -> None:
    from commandpost.store import changelog

    changelog.record(
        db,
        actor=actor,
        entity="unit",
        entity_id=f"{len(units)} units",
        op="load_units",
        values={"units": units},
        reason=reason,
    )


def units(db: Database) -> list[UnitInfo]:
    """Every unit, each Polda followed by the units below it, in name order."""
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name, kind, parent_id FROM unit")).all()
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
            ordered.append(UnitInfo(row[0], row[1], row[2], row[3], tuple(areas.get(row[0], ()))))
            walk(row[0])

    walk(None)
    return ordered


def find_unit(db: Database, name_or_key: str) -> UnitInfo:
    wanted = name_or_key.strip().lower()
    for unit in units(db):
        if wanted in (unit.id.lower(), unit.name.lower()):
            return unit
    raise ChangeError(f"unknown unit {name_or_key!r}")


def unit_areas(db: Database, unit_id: str) -> list[str]:
    """The areas a unit answers for: its own and those of every unit below it."""
    everything = units(db)
    below = {unit_id}
    changed = True
    while changed:
        changed = False
        for unit in everything:
            if unit.parent_id in below and unit.id not in below:
                below.add(unit.id)
                changed = True
    return sorted({a for u in everything if u.id in below for a in u.areas})


def units_of(db: Database, code: str) -> list[str]:
    """Names of the units whose jurisdiction covers ``code`` or part of it."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT DISTINCT u.name FROM jurisdiction j JOIN unit u ON u.id = j.unit_id "
                "WHERE j.node_code IN :up OR (j.node_code > :low AND j.node_code < :high) "
                "ORDER BY u.name"
            ).bindparams(bindparam("up", expanding=True)),
            {"up": [*ancestors_of(code), code], "low": code + ".", "high": code + "/"},
        ).scalars()
        return list(rows)
