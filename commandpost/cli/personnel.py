"""`commandpost personnel|assign|unassign|pattern|support|strength`: the roster, who is
posted where, the TPS security patterns and the strength of a unit against them.

Every command checks everything before it writes; a refusal names the file, row and field
(imports) or the option, exits with EXIT_BAD_INPUT and leaves the database as it was.
Phone numbers are shown only by ``personnel show`` and when ``--phone`` is asked for.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from commandpost.cli.common import (
    EXIT_OK,
    ProgressPrinter,
    _actor,
    _database,
    _print_json_or_table,
)

DbOption = Callable[[argparse.ArgumentParser], None]


def cmd_import(args: argparse.Namespace) -> int:
    from commandpost.cli.imports import _encoding_hint
    from commandpost.store.roster_import import apply_roster_import, plan_roster_import
    from commandpost.tabular import EncodingQuestion

    with _database(args) as db:
        try:
            plan = plan_roster_import(db, Path(args.file), encoding=args.encoding)
        except EncodingQuestion as exc:
            return _encoding_hint(exc)
        for problem in plan.notes:
            print(f"  {problem}", file=sys.stderr)
        bko = sum(1 for p in plan.people if p.bko_unit_id)
        summary = (
            f"{len(plan.people)} people ({plan.new} new, {plan.updated} updated, {bko} BKO), "
            f"{len(plan.assignments)} assignments"
        )
        if args.dry_run:
            print(f"{summary} would be imported; nothing changed (--dry-run)")
            return EXIT_OK
        apply_roster_import(
            db,
            plan,
            actor=_actor(args),
            progress=ProgressPrinter("import") if args.progress else None,
        )
    print(f"{summary} imported from {plan.file}")
    return EXIT_OK


def _person_row(p, phone: bool) -> dict:
    row = {
        "nrp": p.nrp,
        "name": p.name,
        "rank": p.rank_short,
        "position": p.position,
        "unit": p.unit_name,
        "bko": p.bko_unit_name or "",
        "duty": p.duty,
        "post": p.post_name or "",
    }
    if phone:
        row["phone"] = p.phone
    return row


def cmd_list(args: argparse.Namespace) -> int:
    from commandpost.store import personnel

    with _database(args) as db:
        listed = personnel.people(
            db, unit=args.unit, search=args.search, phone=args.phone, limit=args.limit
        )
    columns = ["nrp", "rank", "name", "unit", "bko", "duty", "post"]
    if args.phone:
        columns.append("phone")
    _print_json_or_table([_person_row(p, args.phone) for p in listed], args.json, columns)
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from commandpost.store import personnel

    with _database(args) as db:
        p = personnel.person(db, args.nrp)
        moved = personnel.moves(db, p.nrp)
    row = _person_row(p, True)
    row["moves"] = [m.__dict__ for m in moved]
    if args.json:
        print(json.dumps(row, indent=2, ensure_ascii=False))
        return EXIT_OK
    for key in ("nrp", "name", "rank", "position", "unit", "bko", "duty", "post", "phone"):
        print(f"  {key:<9}{row[key] or '-'}")
    for m in moved:
        print(f"  {m.moved_on} {m.kind}: {m.from_unit or '-'} -> {m.to_unit or '-'} {m.note}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from commandpost.store import personnel

    with _database(args) as db:
        personnel.add_person(
            db,
            nrp=args.nrp,
            name=args.name,
            rank=args.rank,
            unit=args.unit,
            position=args.position or "",
            phone=args.phone or "",
            actor=_actor(args),
            reason=args.reason or "",
        )
    print(f"added {args.nrp} {args.name}")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from commandpost.store import personnel

    with _database(args) as db:
        personnel.set_person(
            db,
            args.nrp,
            actor=_actor(args),
            name=args.name,
            rank=args.rank,
            position=args.position,
            phone=args.phone,
            duty=args.duty,
            active=False if args.off_roster else None,
            reason=args.reason or "",
        )
    print(f"changed {args.nrp}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from commandpost.cli.shifts import _shift
    from commandpost.store import assignment_lists

    path = Path(args.file)
    kind = path.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise ValueError(f"{path}: give a file name ending in .xlsx or .csv")
    if not path.parent.is_dir():
        raise ValueError(f"{path}: the folder {path.parent} does not exist")
    with _database(args) as db:
        shift = _shift(db, args.shift)
        rows = assignment_lists.assignment_rows(db, unit=args.unit, shift=shift, phone=args.phone)
        title = assignment_lists.list_title(db, unit=args.unit, shift=shift)
    try:
        if kind == ".xlsx":
            assignment_lists.write_xlsx(rows, path, phone=args.phone, title=title)
        else:
            assignment_lists.write_csv(rows, path, phone=args.phone)
    except OSError as exc:
        raise ValueError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    print(f"{len(rows)} assignments ({title}) written to {path}")
    return EXIT_OK


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    from commandpost.tabular.dates import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise ValueError(f"--on: {text!r} is not a date like 27 November 2024") from None


def cmd_move(args: argparse.Namespace) -> int:
    from commandpost.store import personnel

    kind = "bko_end" if args.end_bko else ("bko" if args.bko else "transfer")
    if kind != "bko_end" and not args.to:
        raise ValueError("--to: say which unit the person moves to")
    with _database(args) as db:
        personnel.move_person(
            db,
            args.nrp,
            to_unit=args.to,
            kind=kind,
            on=_day(args.on),
            actor=_actor(args),
            note=args.reason or "",
        )
    print(f"{args.nrp}: {kind} {args.to or ''}".rstrip())
    return EXIT_OK


def cmd_assign(args: argparse.Namespace) -> int:
    from commandpost.cli.shifts import _shift
    from commandpost.store import personnel

    with _database(args) as db:
        personnel.assign(
            db,
            args.nrp,
            args.post,
            shift=_shift(db, args.shift),
            actor=_actor(args),
            bko=args.bko,
            replace=args.replace,
            reason=args.reason or "",
        )
        p = personnel.person(db, args.nrp)
    print(f"{p.rank_short} {p.name} ({p.nrp}) assigned to {p.post_name or args.post}")
    return EXIT_OK


def cmd_unassign(args: argparse.Namespace) -> int:
    from commandpost.cli.shifts import _shift
    from commandpost.store import personnel

    with _database(args) as db:
        personnel.unassign(db, args.nrp, shift=_shift(db, args.shift), actor=_actor(args))
    print(f"{args.nrp}: assignment ended")
    return EXIT_OK


def cmd_pattern_set(args: argparse.Namespace) -> int:
    from commandpost.store import strength

    with _database(args) as db:
        strength.set_pattern(
            db,
            unit=args.unit,
            tps_class=args.tps_class,
            pattern=None if args.clear else args.pattern,
            actor=_actor(args),
            reason=args.reason or "",
        )
    print(
        f"{args.unit or 'operation'} {args.tps_class}: {'cleared' if args.clear else args.pattern}"
    )
    return EXIT_OK


def cmd_pattern_list(args: argparse.Namespace) -> int:
    from commandpost.store import strength

    with _database(args) as db:
        uses = strength.patterns_at(db, args.unit)
    data = [{"class": u.tps_class, "pattern": u.pattern.text, "set_by": u.scope_name} for u in uses]
    _print_json_or_table(data, args.json, ["class", "pattern", "set_by"])
    return EXIT_OK


def cmd_support(args: argparse.Namespace) -> int:
    from commandpost.store import strength

    with _database(args) as db:
        strength.set_support(
            db,
            unit=args.unit,
            kind=args.kind,
            count=args.count,
            actor=_actor(args),
            reason=args.reason or "",
        )
    print(f"{args.unit}: {args.kind} {args.count}")
    return EXIT_OK


def cmd_strength(args: argparse.Namespace) -> int:
    from commandpost.core.strength import people
    from commandpost.store import strength

    with _database(args) as db:
        rows = strength.unit_strength(db, args.unit)
    data = []
    for r in rows:
        f = r.figures
        data.append(
            {
                "unit": r.name + (" (own HQ)" if r.own else "") + (" TOTAL" if r.total_row else ""),
                "key": r.unit_id,
                "row": "total" if r.total_row else ("own" if r.own else "below"),
                "strength": f.total,
                "deployable": r.deployable,
                "bko_in": f.bko_in,
                "bko_out": f.bko_out,
                "operational": f.operational,
                "reserve": f.reserve,
                "assigned": f.assigned,
                "required": people(f.required_police),
                "gap": f.gap,
                "tni": f.tni,
                "linmas": f.linmas,
                "linmas_required": people(f.required_linmas),
                "satpol_pp": f.satpol_pp,
            }
        )
    columns = [
        "unit",
        "strength",
        "deployable",
        "bko_in",
        "bko_out",
        "operational",
        "reserve",
        "assigned",
        "required",
        "gap",
        "tni",
        "linmas",
        "satpol_pp",
    ]
    _print_json_or_table(data, args.json, columns)
    return EXIT_OK


def add_parsers(sub, db_option: DbOption) -> None:
    """Register the roster, assignment, pattern, support and strength commands."""
    from commandpost.store.personnel import DUTIES
    from commandpost.store.strength import CLASSES, SUPPORT_KINDS

    def common(q: argparse.ArgumentParser) -> None:
        db_option(q)
        q.add_argument("--reason", help="why")
        q.add_argument("--actor", help="who (default: the officer on duty)")

    p = sub.add_parser(
        "personnel",
        help="the roster: import, list, show, add, change, move people",
        description="The roster of Polri personnel and civil servants (NRP or NIP, name, "
        "rank, position, home unit, BKO placement, phone).",
    )
    ps = p.add_subparsers(title="personnel commands", metavar="ACTION", required=True)

    q = ps.add_parser(
        "import",
        help="import a personnel list or PAM TPS roster (CSV/XLSX)",
        description="Import a personnel list (NAMA, PANGKAT, NRP/NIP, SATUAN, JABATAN, NO HP) "
        "or a PAM TPS roster (DESA/KEL, PANGKAT/NRP in one cell, TPS ranges like '1-5, 7'); "
        "every sheet of a workbook whose header fits is read. Any refused row refuses the "
        "whole file, listed with file, sheet, row and field; nothing changes.",
    )
    q.add_argument("file", metavar="FILE")
    q.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    q.add_argument("--encoding", choices=("cp1252",), help="read a CSV saved as Windows-1252")
    q.add_argument("--progress", action="store_true", help="show progress on stderr")
    common(q)
    q.set_defaults(func=cmd_import)

    q = ps.add_parser("list", help="list people", description="List people in name order.")
    db_option(q)
    q.add_argument("--unit", help="only those a unit commands (with the units below it)")
    q.add_argument("--search", help="part of a name, or the start of an NRP")
    q.add_argument("--phone", action="store_true", help="include phone numbers")
    q.add_argument("--limit", type=int, help="at most this many")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)

    q = ps.add_parser(
        "export",
        help="write the assignment list (XLSX or CSV)",
        description="Write the assignment list (daftar penugasan personel) of a shift: "
        "polsek, kecamatan, village, post, NRP, rank, name, units, check-in and check-out, "
        "ordered by place and rank. XLSX keeps NRPs as text; CSV is UTF-8 with a BOM.",
    )
    db_option(q)
    q.add_argument("file", metavar="FILE", help="FILE.xlsx or FILE.csv (overwritten)")
    q.add_argument("--unit", help="only the posts this unit (and those below it) answers for")
    q.add_argument("--shift", default="plan", help="a shift (default: the operation's plan)")
    q.add_argument("--phone", action="store_true", help="include phone numbers")
    q.set_defaults(func=cmd_export)

    q = ps.add_parser("show", help="one person, with moves", description="Show one person.")
    db_option(q)
    q.add_argument("nrp", help="the NRP or NIP")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_show)

    q = ps.add_parser("add", help="add a person", description="Add one person to the roster.")
    q.add_argument("--nrp", required=True, help="NRP (8 digits) or NIP (18 digits)")
    q.add_argument("--name", required=True)
    q.add_argument("--rank", required=True, help="e.g. Brigpol, Bripka, AKP, Kombes Pol")
    q.add_argument("--unit", required=True, help="home unit (name or key)")
    q.add_argument("--position", help="jabatan")
    q.add_argument("--phone")
    common(q)
    q.set_defaults(func=cmd_add)

    q = ps.add_parser(
        "set", help="change a person", description="Change a person's details or duty state."
    )
    q.add_argument("nrp")
    q.add_argument("--name")
    q.add_argument("--rank")
    q.add_argument("--position")
    q.add_argument("--phone")
    q.add_argument("--duty", choices=DUTIES, help="available, reserve, resting, leave or sick")
    q.add_argument(
        "--off-roster", action="store_true", help="take the person off the roster (ends posts)"
    )
    common(q)
    q.set_defaults(func=cmd_set)

    q = ps.add_parser(
        "move",
        help="move a person to another unit (or BKO)",
        description="Move a person, with a dated record: to another home unit, BKO to a unit "
        "for the operation (--bko), or back from BKO (--end-bko).",
    )
    q.add_argument("nrp")
    q.add_argument("--to", help="the unit (name or key)")
    q.add_argument("--bko", action="store_true", help="place BKO instead of transferring")
    q.add_argument("--end-bko", action="store_true", help="end the BKO placement")
    q.add_argument("--on", help="the day of the move (default: today)")
    common(q)
    q.set_defaults(func=cmd_move)

    q = sub.add_parser(
        "assign",
        help="assign a person to a post",
        description="Assign a person to a post: a post key, a TPS code (36.04.16.2008.001), a "
        "village code (its village post) or a kecamatan code (its command post).",
    )
    q.add_argument("--nrp", required=True)
    q.add_argument("--post", required=True, metavar="CODE")
    q.add_argument("--shift", help="a shift (id or name; default: the operation's plan)")
    q.add_argument(
        "--bko", action="store_true", help="outside the person's unit: place them BKO there"
    )
    q.add_argument(
        "--replace", action="store_true", help="end the person's other post in this shift"
    )
    common(q)
    q.set_defaults(func=cmd_assign)

    q = sub.add_parser(
        "unassign", help="end a person's assignment", description="End a person's assignment."
    )
    q.add_argument("--nrp", required=True)
    q.add_argument("--shift", help="a shift (id or name; default: the operation's plan)")
    common(q)
    q.set_defaults(func=cmd_unassign)

    p = sub.add_parser(
        "pattern",
        help="TPS security patterns (police-TPS-Linmas)",
        description="TPS security patterns per unit and TPS class, written police-TPS-Linmas "
        "(2-12-24: 2 police and 24 Linmas for 12 TPS), or '2 per TPS'.",
    )
    pts = p.add_subparsers(title="pattern commands", metavar="ACTION", required=True)
    q = pts.add_parser("set", help="set a unit's pattern", description="Set a pattern.")
    q.add_argument("--unit", help="the unit (name or key; default: the whole operation)")
    q.add_argument("--class", dest="tps_class", required=True, choices=CLASSES)
    g = q.add_mutually_exclusive_group(required=True)
    g.add_argument("--pattern", help="e.g. 2-12-24, 2-2-4, '2 per TPS'")
    g.add_argument("--clear", action="store_true", help="use the pattern from above again")
    common(q)
    q.set_defaults(func=cmd_pattern_set)
    q = pts.add_parser(
        "list", help="the patterns that apply", description="The pattern per class at a unit."
    )
    db_option(q)
    q.add_argument("--unit", help="the unit (default: the whole operation)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_pattern_list)

    q = sub.add_parser(
        "support",
        help="set support forces (TNI, Linmas, Satpol PP) of a unit",
        description="Set how many TNI, Linmas or Satpol PP support a unit (counts).",
    )
    q.add_argument("--unit", required=True)
    q.add_argument("--kind", required=True, choices=SUPPORT_KINDS)
    q.add_argument("--count", required=True, type=int)
    common(q)
    q.set_defaults(func=cmd_support)

    q = sub.add_parser(
        "strength",
        help="a unit's strength against what the patterns require",
        description="Strength, deployable share, BKO in/out, operational, reserve, assigned, "
        "required police (from the TPS patterns and classes), gap and support forces: the "
        "unit as a whole, its own HQ, and each unit directly below it. BKO counts once: at "
        "the receiving unit for the operation.",
    )
    db_option(q)
    q.add_argument("--unit", required=True, help="the unit (name or key)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_strength)
