"""`commandpost units ...`: police units and their jurisdiction (wilayah hukum).

Every command checks everything before it writes; a refusal names the field, exits with
EXIT_BAD_INPUT and leaves the database as it was.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from commandpost.cli.common import EXIT_OK, _actor, _database

DbOption = Callable[[argparse.ArgumentParser], None]


def cmd_list(args: argparse.Namespace) -> int:
    from commandpost.store import units

    with _database(args) as db:
        listed = units.units(db, retired=args.retired)
        data = [
            {
                "key": u.id,
                "name": u.name,
                "kind": u.kind,
                "parent": u.parent_id,
                "active": u.active,
                "areas": list(u.areas),
                "all_areas": units.unit_areas(db, u.id),
            }
            for u in listed
        ]
        cover = units.coverage(db)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    depth: dict[str, int] = {}
    for row in data:
        depth[row["key"]] = depth.get(row["parent"], -1) + 1 if row["parent"] else 0
        areas = ", ".join(row["areas"]) or "(through the units below)"
        retired = " RETIRED" if not row["active"] else ""
        indent = "  " * depth[row["key"]]
        print(f"{indent}{row['name']} [{row['key']}, {row['kind']}{retired}]: {areas}")
    if cover.twice:
        print(f"covered by two units: {', '.join(cover.twice)}")
    if listed:
        # Kecamatan of the areas any unit names that no unit covers (elsewhere in the
        # country nobody is expected to).
        regions = sorted({a[:5] for u in listed for a in u.areas})
        lacking = [c for c in cover.uncovered if c[:5] in regions]
        if lacking:
            print(f"covered by no unit: {', '.join(lacking)}")
    return EXIT_OK


def cmd_load(args: argparse.Namespace) -> int:
    from commandpost.store import units

    path = Path(args.file)
    try:
        listed = units.read_units_template(path)
    except (OSError, json.JSONDecodeError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not a units file ({exc})") from None
    for number, unit in enumerate(listed, start=1):
        for field in ("key", "name", "kind", "parent", "areas"):
            if field not in unit:
                raise ValueError(f"{path}: unit {number}: field {field!r} is missing")
    with _database(args) as db:
        units.load_units(db, listed, actor=_actor(args), reason=args.reason or "units loaded")
    print(f"loaded {len(listed)} units from {path}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from commandpost.store import units

    with _database(args) as db:
        edit = units.add_unit(
            db,
            name=args.name,
            kind=args.kind,
            parent=args.parent,
            actor=_actor(args),
            reason=args.reason or "",
        )
        if args.areas:
            units.set_jurisdiction(
                db, edit.change.entity_id, _areas(args.areas), actor=_actor(args)
            )
    print(f"added {args.name} [{edit.change.entity_id}]")
    return EXIT_OK


def _areas(text: str) -> list[str]:
    return [a.strip() for a in text.replace(";", ",").split(",") if a.strip()]


def cmd_set(args: argparse.Namespace) -> int:
    from commandpost.store import units

    if not (args.name or args.kind or args.areas is not None):
        raise ValueError("say what to change: --name, --kind or --areas")
    with _database(args) as db:
        if args.name or args.kind:
            units.set_unit(
                db,
                args.unit,
                actor=_actor(args),
                name=args.name,
                kind=args.kind,
                reason=args.reason or "",
            )
        if args.areas is not None:
            before = units.find_unit(db, args.name or args.unit).areas
            units.set_jurisdiction(
                db,
                args.name or args.unit,
                _areas(args.areas),
                actor=_actor(args),
                reason=args.reason or "",
            )
            now = units.find_unit(db, args.name or args.unit).areas
            print(f"areas: {', '.join(before) or '-'} -> {', '.join(now) or '-'}")
    print(f"changed {args.unit}")
    return EXIT_OK


def cmd_move(args: argparse.Namespace) -> int:
    from commandpost.store import units

    with _database(args) as db:
        units.set_unit(
            db, args.unit, actor=_actor(args), parent=args.parent, reason=args.reason or ""
        )
    print(f"{args.unit} now under {args.parent}")
    return EXIT_OK


def cmd_retire(args: argparse.Namespace) -> int:
    from commandpost.store import units

    with _database(args) as db:
        units.set_unit(
            db, args.unit, actor=_actor(args), active=args.restore, reason=args.reason or ""
        )
    print(f"{args.unit} {'restored' if args.restore else 'retired'}")
    return EXIT_OK


def add_parsers(sub, db_option: DbOption) -> None:
    """Register `commandpost units ...`."""
    from commandpost.store.units import KINDS

    p = sub.add_parser(
        "units",
        help="police units and their jurisdiction",
        description="Police units (Polda, Polres, Polsek, Brimob and Samapta detachments) and "
        "the kabupaten/kota or kecamatan each covers.",
    )
    units_sub = p.add_subparsers(title="units commands", metavar="ACTION", required=True)
    q = units_sub.add_parser("list", help="list units", description="List units and areas.")
    db_option(q)
    q.add_argument("--retired", action="store_true", help="include retired units")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)

    q = units_sub.add_parser(
        "load",
        help="load units from a JSON file",
        description="Load units from a JSON file shaped like resources/templates/"
        'units_banten.json ({"units": [{key, name, kind, parent, areas}]}); units with the '
        "same key are replaced. One change; on any problem nothing is loaded.",
    )
    q.add_argument("file", metavar="FILE")
    db_option(q)
    q.add_argument("--reason", help="why (default: units loaded)")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_load)

    def common(q: argparse.ArgumentParser) -> None:
        db_option(q)
        q.add_argument("--reason", help="why")
        q.add_argument("--actor", help="who (default: the officer on duty)")

    q = units_sub.add_parser(
        "add",
        help="add a unit",
        description="Add a unit under another (e.g. a Polsek under its Polres).",
    )
    q.add_argument("--name", required=True, help="the unit's name, e.g. 'Polsek Kibin'")
    q.add_argument("--kind", required=True, choices=KINDS, help="what kind of unit")
    q.add_argument("--parent", help="the unit above it (name or key)")
    q.add_argument("--areas", help="kabupaten/kota or kecamatan codes it covers, comma separated")
    common(q)
    q.set_defaults(func=cmd_add)

    q = units_sub.add_parser(
        "set",
        help="rename a unit or set its jurisdiction",
        description="Rename a unit, change its kind, or set the areas it covers (the list "
        "replaces the old one; an empty text clears it).",
    )
    q.add_argument("unit", help="the unit (name or key)")
    q.add_argument("--name", help="the new name")
    q.add_argument("--kind", choices=KINDS, help="the new kind")
    q.add_argument("--areas", help="kabupaten/kota or kecamatan codes, comma separated")
    common(q)
    q.set_defaults(func=cmd_set)

    q = units_sub.add_parser(
        "move", help="place a unit under another", description="Place a unit under another."
    )
    q.add_argument("unit", help="the unit (name or key)")
    q.add_argument("--parent", required=True, help="the unit above it (name or key; - for none)")
    common(q)
    q.set_defaults(func=cmd_move)

    q = units_sub.add_parser(
        "retire",
        help="retire a unit (or --restore it)",
        description="Retire a unit that has no people left; it stays in the record.",
    )
    q.add_argument("unit", help="the unit (name or key)")
    q.add_argument("--restore", action="store_true", help="bring a retired unit back")
    common(q)
    q.set_defaults(func=cmd_retire)
