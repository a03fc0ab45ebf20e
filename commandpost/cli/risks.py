"""`commandpost risk ...`: the risk register per stage (what the Forkopimda meeting maps).

Every command checks everything before it writes; a refusal names the field, exits with
EXIT_BAD_INPUT and leaves the database as it was.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable

from commandpost.cli.common import EXIT_OK, _actor, _database

DbOption = Callable[[argparse.ArgumentParser], None]

_LEVELS = "none, rendah, sedang or tinggi (0-3)"
_STATUSES = "planned, in_progress or done (direncanakan, berjalan, selesai)"
_DATES = "27 November 2024, 27/11/2024 or 2024-11-27"


def _level(value: str) -> int:
    from commandpost.core.threats import parse_level

    try:
        return int(parse_level(value))
    except ValueError:
        raise ValueError(f"--level: {value!r} is not a level; use {_LEVELS}") from None


def _node(value: str | None) -> str | None:
    """``-``, ``none`` or an empty text: the whole operation area."""
    if value is None:
        return None
    value = value.strip()
    return None if value.lower() in ("", "-", "none") else value


def _due(value: str) -> str | None:
    return None if value.strip().lower() in ("", "-", "none") else value


def _row(item) -> dict:
    data = dataclasses.asdict(item)
    data["due"] = item.due.isoformat() if item.due else None
    return data


def _say(item) -> None:
    due = item.due.isoformat() if item.due else "-"
    late = " (OVERDUE)" if item.overdue else ""
    print(f"  {item.id}")
    print(f"  stage      {item.stage_name or '-'}")
    print(f"  area       {item.node_name or '-'} ({item.node_code or 'whole operation'})")
    print(f"  threat     {item.threat_label} ({item.threat}), level {item.level}")
    print(f"  agency     {item.agency_label}")
    print(f"  status     {item.status}, due {due}{late}")
    print(f"  mitigation {item.mitigation}")
    if item.note:
        print(f"  note       {item.note}")


def cmd_risk_add(args: argparse.Namespace) -> int:
    from commandpost.store import risks

    with _database(args) as db:
        stage = risks.find_stage(db, args.stage)
        edit = risks.add_risk(
            db,
            stage_id=stage.id,
            node_code=_node(args.node),
            threat=args.threat,
            level=_level(args.level),
            mitigation=args.mitigation,
            agency=risks.find_agency(db, args.agency).key,
            status=risks.parse_status(args.status),
            due=_due(args.due) if args.due is not None else None,
            note=args.note or "",
            actor=_actor(args),
            reason=args.reason or "risiko ditambah",
        )
        item = risks.get_risk(db, edit.change.entity_id)
    print("added to the risk register:")
    _say(item)
    return EXIT_OK


def cmd_risk_set(args: argparse.Namespace) -> int:
    from commandpost.store import risks

    with _database(args) as db:
        item = risks.find_risk(db, args.id)
        fields: dict = {}
        if args.stage is not None:
            fields["stage_id"] = risks.find_stage(db, args.stage).id
        if args.node is not None:
            fields["node_code"] = _node(args.node)
        if args.threat is not None:
            fields["threat"] = args.threat
        if args.level is not None:
            fields["level"] = _level(args.level)
        if args.mitigation is not None:
            fields["mitigation"] = args.mitigation
        if args.agency is not None:
            fields["agency"] = risks.find_agency(db, args.agency).key
        if args.status is not None:
            fields["status"] = risks.parse_status(args.status)
        if args.due is not None:
            fields["due"] = _due(args.due)
        if args.note is not None:
            fields["note"] = args.note
        if not fields:
            raise ValueError(
                "nothing to change: give --status, --due, --level, --mitigation, --agency, "
                "--stage, --node, --threat or --note"
            )
        edit = risks.set_risk(
            db, item.id, actor=_actor(args), reason=args.reason or "risiko diubah", **fields
        )
        item = risks.get_risk(db, item.id)
    print("changed:" if edit is not None else "nothing changed; the risk already reads:")
    _say(item)
    return EXIT_OK


def cmd_risk_delete(args: argparse.Namespace) -> int:
    from commandpost.store import risks

    with _database(args) as db:
        item = risks.find_risk(db, args.id)
        risks.delete_risk(db, item.id, actor=_actor(args), reason=args.reason or "")
    print(f"deleted from the risk register: {item.id} ({item.threat_label}, {item.node_name})")
    return EXIT_OK


def cmd_risk_list(args: argparse.Namespace) -> int:
    from commandpost.store import risks, units

    with _database(args) as db:
        stage_id = risks.find_stage(db, args.stage).id if args.stage else None
        areas = None
        if args.unit:
            areas = units.unit_areas(db, units.find_unit(db, args.unit).id)
        agency = risks.find_agency(db, args.agency).key if args.agency else None
        today = risks.parse_due(args.today) if args.today else _post_today(db)
        found = risks.list_risks(
            db,
            stage_id=stage_id,
            under=args.under,
            areas=areas,
            agency=agency,
            status=args.status,
            overdue_on=today if args.overdue else None,
            today=today,
        )
    if args.json:
        print(json.dumps([_row(r) for r in found], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print("no risks match", file=sys.stderr)
        return EXIT_OK
    columns = ["id", "stage", "area", "threat", "level", "agency", "status", "due"]
    rows = [
        {
            "id": r.id[:8],
            "stage": r.stage_name or "-",
            "area": f"{r.node_name} ({r.node_code})" if r.node_code else "-",
            "threat": r.threat_label,
            "level": str(r.level),
            "agency": r.agency_label,
            "status": r.status,
            "due": (r.due.isoformat() if r.due else "-") + (" !" if r.overdue else ""),
        }
        for r in found
    ]
    widths = {c: max(len(c), *(len(row[c]) for row in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns).rstrip())
    for row in rows:
        print("  ".join(row[c].ljust(widths[c]) for c in columns).rstrip())
    late = sum(r.overdue for r in found)
    print(f"{len(found)} risks, {late} overdue (! = overdue on {today.isoformat()})")
    return EXIT_OK


def cmd_risk_agencies(args: argparse.Namespace) -> int:
    from commandpost.store import risks

    with _database(args) as db:
        rename = {}
        for pair in args.rename or ():
            key, sep, label = pair.partition("=")
            if not sep:
                raise ValueError(f"--rename: write KEY=NEW NAME, not {pair!r}")
            rename[key.strip()] = label
        # All edits in one transaction: a bad key leaves the list exactly as it was.
        risks.edit_agencies(
            db,
            actor=_actor(args),
            add=args.add or (),
            rename=rename,
            hide=args.hide or (),
            show=args.show or (),
        )
        listed = risks.agencies(db, include_hidden=True)
    if args.json:
        print(json.dumps([dataclasses.asdict(a) for a in listed], indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(a.key) for a in listed)
    for agency in listed:
        print(f"{agency.key.ljust(width)}  {agency.label}{'  (hidden)' if agency.hidden else ''}")
    return EXIT_OK


def _item_options(q: argparse.ArgumentParser, *, required: bool) -> None:
    q.add_argument(
        "--stage",
        required=required,
        metavar="NAME_OR_ID",
        help="the stage (tahapan): its name, a start of it that fits one stage, or its id",
    )
    q.add_argument(
        "--node",
        required=required,
        metavar="CODE",
        help="the area or TPS code (36.02, 36.02.14.1002.001); '-' for the whole operation",
    )
    q.add_argument(
        "--threat", required=required, metavar="KEY", help="threat category key (taxonomy)"
    )
    q.add_argument("--level", required=required, help=_LEVELS)
    q.add_argument("--mitigation", required=required, metavar="TEXT", help="what is done")
    q.add_argument("--agency", required=required, metavar="KEY", help="who does it (key or name)")
    q.add_argument("--due", metavar="DATE", help=f"due date: {_DATES}; '-' for none")
    q.add_argument("--note", metavar="TEXT", help="a note")
    q.add_argument("--reason", help="why (recorded with the change)")
    q.add_argument("--actor", help="who (default: the officer on duty)")


def _post_today(db):
    """Today in the post's zone; a demo's day for a demo (as the window shows it)."""
    import datetime as dt

    from commandpost.core.stages import DEMO_MOMENT, zone
    from commandpost.store.duty import post_zone
    from commandpost.store.queries import operation

    op = operation(db)
    moment = DEMO_MOMENT if op is not None and op.is_demo else dt.datetime.now(dt.UTC)
    return moment.astimezone(zone(post_zone(db))).date()


def add_parsers(sub, db_option: DbOption) -> None:
    """Register this group's subcommands."""
    p = sub.add_parser(
        "risk",
        help="the risk register per stage",
        description="The risk register per stage (tahapan): the threat expected at an area "
        "during a stage, its mitigation, the agency, the due date and how far it has come.",
    )
    risk_sub = p.add_subparsers(title="risk commands", metavar="ACTION", required=True)

    q = risk_sub.add_parser(
        "add", help="add a risk to the register", description="Add a risk to the register."
    )
    db_option(q)
    _item_options(q, required=True)
    q.add_argument("--status", default="planned", help=f"{_STATUSES} (default planned)")
    q.set_defaults(func=cmd_risk_add)

    q = risk_sub.add_parser(
        "set",
        help="change a risk (status, due date, ...)",
        description="Change fields of one risk; only the fields given change.",
    )
    db_option(q)
    q.add_argument("id", help="the risk's id, or its first 8 characters as listed")
    _item_options(q, required=False)
    q.add_argument("--status", help=_STATUSES)
    q.set_defaults(func=cmd_risk_set)

    q = risk_sub.add_parser(
        "delete",
        help="take a risk off the register",
        description="Take a risk off the register (the change log keeps it; undo is possible "
        "from the window).",
    )
    db_option(q)
    q.add_argument("id", help="the risk's id, or its first 8 characters as listed")
    q.add_argument("--reason", help="why")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_risk_delete)

    q = risk_sub.add_parser(
        "list",
        help="list the register",
        description="List the register in stage order, worst first; filters combine.",
    )
    db_option(q)
    q.add_argument("--stage", metavar="NAME_OR_ID", help="only this stage and its sub-stages")
    q.add_argument("--under", metavar="CODE", help="only at or below this area")
    q.add_argument("--unit", metavar="NAME", help="only in this unit's jurisdiction")
    q.add_argument("--agency", metavar="KEY", help="only this agency's")
    q.add_argument(
        "--status", action="append", help=f"only these statuses (repeatable): {_STATUSES}"
    )
    q.add_argument(
        "--overdue", action="store_true", help="only risks past their due date and not done"
    )
    q.add_argument(
        "--today",
        metavar="DATE",
        help="count overdue as on this day (default: today in the post's zone; a demo: its day)",
    )
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_risk_list)

    q = risk_sub.add_parser(
        "agencies",
        help="list, add, rename, hide the agencies",
        description="The agencies mitigations are given to (Polri, TNI, BPBD, Dinkes, KPU, "
        "Bawaslu, Pemda, and the operation's own): list, add, rename, hide or show one again.",
    )
    db_option(q)
    q.add_argument("--add", action="append", metavar="NAME", help="add an agency (repeatable)")
    q.add_argument(
        "--rename", action="append", metavar="KEY=NAME", help="rename an agency (repeatable)"
    )
    q.add_argument("--hide", action="append", metavar="KEY", help="hide an agency (repeatable)")
    q.add_argument("--show", action="append", metavar="KEY", help="show a hidden agency again")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_risk_agencies)
