"""Creating a database for a real operation: station, regions, operation."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commandpost.core.regions import Level
from commandpost.store import changelog
from commandpost.store.changelog import Progress
from commandpost.store.database import open_database
from commandpost.store.models import Meta
from commandpost.store.regions import DATASET, province_name, read_regions

KINDS = ("pilkada", "pemilu", "psu", "exercise")


def create_operation_database(
    path: Path,
    *,
    station: str,
    province: str | None,
    operation: str,
    kind: str = "pilkada",
    voting_day: str | None = None,
    actor: str,
    progress: Progress | None = None,
    stage_template: str | None = "auto",
    units: list[dict] | None = None,
) -> Path:
    """Build the database in a side file and move it into place only when complete.

    ``stage_template`` gives the operation its stages: a key of store.stages.TEMPLATES,
    ``"auto"`` for the template of the operation's kind (Pilkada 2024, Pemilu 2024), or None
    for no stages. A template without a voting day given brings its own. ``units``: police
    units to load with their jurisdiction (the dicts of :func:`unit_plan`, usually narrowed by
    :func:`choose_units`), or None for none. Raises FileExistsError when ``path`` exists,
    ValueError for a bad name, kind, date or province; nothing is left behind on any error.
    """
    from commandpost.store import stages

    if stage_template == "auto":
        stage_template = stages.TEMPLATE_FOR_KIND.get(kind)
    if stage_template is not None:
        tmpl = stages.template(stage_template)
        if voting_day is None:
            voting_day = tmpl.voting_day.isoformat()
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} already exists")
    if not station.strip() or not operation.strip():
        raise ValueError("station and operation names must not be empty")
    if kind not in KINDS:
        raise ValueError(f"operation kind must be one of {', '.join(KINDS)}")
    if voting_day is not None:
        try:
            voting_day = date.fromisoformat(voting_day).isoformat()
        except ValueError:
            raise ValueError(f"voting day {voting_day!r} is not a date (YYYY-MM-DD)") from None
    if province is not None and province_name(province) is None:
        raise ValueError(f"no province with code {province!r}")
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal")):
        leftover.unlink(missing_ok=True)
    db = open_database(partial, station.strip(), create=True)
    try:
        op_id = str(uuid.uuid4())
        changelog.record(
            db,
            actor=actor,
            entity="operation",
            entity_id=op_id,
            op="create",
            values={
                "name": operation.strip(),
                "kind": kind,
                "province_code": province,
                "voting_day": voting_day,
                "is_demo": False,
            },
            reason="operasi baru",
        )
        with db.session() as session, session.begin():
            session.add(Meta(key="operation_id", value=op_id))
        changelog.record(
            db,
            actor=actor,
            entity="region",
            entity_id=province or "*",
            op="load_regions",
            values={"dataset": DATASET, "province": province},
            reason="data wilayah acuan (Kemendagri)",
            progress=progress,
        )
        if stage_template is not None:
            stages.apply_template(db, stage_template, actor=actor)
        if units:
            from commandpost.store.units import load_units

            load_units(db, units, actor=actor, reason="satuan dan wilayah hukum operasi baru")
            if progress:
                progress(1.0, "units")
    except BaseException:
        db.close()
        for leftover in (partial, partial.with_name(partial.name + "-wal")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, path)
    return path


# --- what the new-operation wizard offers -------------------------------------------------

# Provinces whose police units ship as a template (real names, see its "about"); the units of
# the others are made from the region list by :func:`unit_plan`.
UNIT_TEMPLATES = {"36": "units_banten.json"}
# Where the region list's name of the province is not the Polda's.
POLDA_NAMES = {"31": "Polda Metro Jaya"}
POLRES_KINDS = ("polres", "polresta")


@dataclass(frozen=True)
class PolresChoice:
    """A Polres (or Polresta) the officer can take into a new operation."""

    key: str
    name: str
    polda: str  # the Polda's name
    polsek: int  # units below it
    areas: tuple[str, ...]  # its own areas and those of the units below it
    generated: bool  # named from the region list, not from a shipped template


def provinces() -> list[tuple[str, str]]:
    """(code, name) of every province of the region data, in code order."""
    found = []
    for code, _parent, level, name in read_regions():
        if level != Level.PROVINCE:
            break
        found.append((code, name))
    return found


def _regions_to_district(province: str | None) -> list[tuple[str, str | None, Level, str]]:
    rows = []
    for row in read_regions(province):
        if row[2] == Level.VILLAGE:
            break
        rows.append(row)
    return rows


def _short_regency(name: str) -> str:
    """ "Kabupaten Administrasi Kepulauan Seribu" -> "Kepulauan Seribu", "Kota Serang" ->
    "Kota Serang": how a Polres is named after its kabupaten/kota."""
    for prefix in ("Kabupaten Administrasi ", "Kabupaten "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name.replace("Kota Administrasi ", "Kota ", 1)


def _generated_units(province: str | None) -> list[dict]:
    """One Polda per province, one Polres per kabupaten/kota and one Polsek per kecamatan,
    named from the region list (marked "generated": the names must be checked)."""
    names: dict[str, str] = {}
    units: list[dict] = []
    for code, parent, level, name in _regions_to_district(province):
        names[code] = name
        if code in UNIT_TEMPLATES or (parent or code).split(".")[0] in UNIT_TEMPLATES:
            continue
        if level == Level.PROVINCE:
            polda = POLDA_NAMES.get(code, f"Polda {name}")
            key = "polda-metro-jaya" if code == "31" else f"polda-{code}"
            units.append({"key": key, "name": polda, "kind": "polda", "parent": None, "areas": []})
        elif level == Level.REGENCY:
            polda_key = "polda-metro-jaya" if parent == "31" else f"polda-{parent}"
            units.append(
                {
                    "key": f"polres-{code}",
                    "name": f"Polres {_short_regency(name)}",
                    "kind": "polres",
                    "parent": polda_key,
                    "areas": [code],
                    "qualifier": [names[parent]],
                }
            )
        elif level == Level.DISTRICT:
            province_name_ = names[code.split(".")[0]]
            units.append(
                {
                    "key": f"polsek-{code}",
                    "name": f"Polsek {name}",
                    "kind": "polsek",
                    "parent": f"polres-{parent}",
                    "areas": [code],
                    "qualifier": [_short_regency(names[parent]), province_name_],
                }
            )
    for unit in units:
        unit["generated"] = True
    return units


def _unique_names(units: list[dict]) -> None:
    """Qualify generated names that two units share: "Polsek Cibeber (Cianjur)", then with
    the province as well; load_units refuses two units of one name."""
    from commandpost.store.units import unit_key

    for depth in (1, 2):
        counts: dict[str, int] = {}
        for unit in units:
            counts[unit_key(unit["name"])] = counts.get(unit_key(unit["name"]), 0) + 1
        for unit in units:
            if counts[unit_key(unit["name"])] > 1 and unit.get("qualifier"):
                base = unit.get("base", unit["name"])
                unit["base"] = base
                unit["name"] = f"{base} ({', '.join(unit['qualifier'][:depth])})"
    for unit in units:
        unit.pop("qualifier", None)
        unit.pop("base", None)


def unit_plan(province: str | None) -> list[dict]:
    """Every police unit a new operation for ``province`` (None: the whole country) can
    start with, as load_units dicts (key, name, kind, parent, areas): a shipped template where
    there is one (Banten), units named from the region list elsewhere. Parents come first."""
    from commandpost.paths import RESOURCES
    from commandpost.store.units import read_units_template

    wanted = [province] if province is not None else [code for code, _name in provinces()]
    units: list[dict] = []
    for code in wanted:
        if code in UNIT_TEMPLATES:
            units += read_units_template(RESOURCES / "templates" / UNIT_TEMPLATES[code])
    units += _generated_units(province)
    by_key: dict[str, dict] = {}
    for unit in units:
        by_key.setdefault(unit["key"], unit)  # Polda Metro Jaya: template and Jakarta
    units = list(by_key.values())
    _unique_names(units)
    return units


def polres_choices(plan: list[dict]) -> list[PolresChoice]:
    """The Polres and Polresta of a :func:`unit_plan`, in its order, with what is below them."""
    by_key = {u["key"]: u for u in plan}
    children: dict[str | None, list[dict]] = {}
    for unit in plan:
        children.setdefault(unit["parent"], []).append(unit)
    choices = []
    for unit in plan:
        if unit["kind"] not in POLRES_KINDS:
            continue
        below = _below(unit["key"], children)
        polda = by_key.get(unit["parent"] or "")
        choices.append(
            PolresChoice(
                unit["key"],
                unit["name"],
                polda["name"] if polda else "",
                len(below),
                tuple(sorted({a for u in [unit, *below] for a in u["areas"]})),
                bool(unit.get("generated")),
            )
        )
    return choices


def _below(key: str, children: dict[str | None, list[dict]]) -> list[dict]:
    found, todo = [], [key]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child["key"])
    return found


def choose_units(plan: list[dict], polres: list[str]) -> list[dict]:
    """The units of ``plan`` that the chosen Polres keys bring: each Polres, every unit below
    it, the Polda above it and that Polda's own satuan (Brimob, Samapta). [] for none."""
    by_key = {u["key"]: u for u in plan}
    children: dict[str | None, list[dict]] = {}
    for unit in plan:
        children.setdefault(unit["parent"], []).append(unit)
    keep: set[str] = set()
    for key in polres:
        keep.add(key)
        keep.update(u["key"] for u in _below(key, children))
        parent = by_key[key]["parent"]
        while parent is not None and parent in by_key:
            keep.add(parent)
            keep.update(u["key"] for u in children.get(parent, []) if u["kind"] == "satuan")
            parent = by_key[parent]["parent"]
    return [u for u in plan if u["key"] in keep]
