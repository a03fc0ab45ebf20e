"""`commandpost incident ...`: log, advance, correct, void and list incidents (kejadian).

Every command checks everything before it writes; a refusal names what is wrong, exits
with EXIT_BAD_INPUT and leaves the database as it was. A correction or a void is a new
change with its reason: nothing logged is ever erased.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable

from commandpost.cli.common import (
    EXIT_OK,
    _actor,
    _database,
    _print_json_or_table,
    post_time,
)

DbOption = Callable[[argparse.ArgumentParser], None]


def cmd_add(args: argparse.Namespace) -> int:
    from commandpost.store import incidents

    with _database(args) as db:
        incident_id = incidents.add_incident(
            db,
            node_code=args.node,
            type=args.type,
            description=args.description or "",
            actor=_actor(args),
            occurred_at=post_time(args.time, db),
            people=args.people or "",
            damage=args.damage or "",
            actions=args.actions or "",
            reporter_name=args.reporter_name or "",
            reporter_unit=args.reporter_unit or "",
            reporter_contact=args.reporter_contact or "",
        )
    print(incident_id)
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from commandpost.store import incidents

    with _database(args) as db:
        incidents.advance_incident(
            db,
            args.id,
            args.status,
            actor=_actor(args),
            note=args.note or "",
            actions=args.actions or "",
        )
    print(f"incident {args.id}: {args.status}")
    return EXIT_OK


def cmd_correct(args: argparse.Namespace) -> int:
    from commandpost.store import incidents

    with _database(args) as db:
        edit = incidents.correct_incident(
            db,
            args.id,
            actor=_actor(args),
            reason=args.reason or "",
            type=args.type,
            occurred_at=post_time(args.at, db),
            node_code=args.node,
            description=args.description,
            reporter_name=args.reporter_name,
            reporter_unit=args.reporter_unit,
            reporter_contact=args.reporter_contact,
        )
    fields = ", ".join(sorted({w.field for w in edit.writes}))
    print(f"incident {args.id}: corrected ({fields})")
    return EXIT_OK


def cmd_void(args: argparse.Namespace) -> int:
    from commandpost.store import incidents

    with _database(args) as db:
        incidents.void_incident(db, args.id, actor=_actor(args), reason=args.reason or "")
    print(f"incident {args.id}: voided")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from commandpost.cli import _unit_areas
    from commandpost.store import incidents

    with _database(args) as db:
        found = incidents.list_incidents(
            db,
            since=post_time(args.since, db),
            until=post_time(args.until, db),
            under=args.under,
            types=args.type,
            statuses=args.status,
            areas=_unit_areas(db, args.unit),
            include_voided=not args.hide_voided,
        )
    data = [dataclasses.asdict(i) | {"reporter": i.reporter} for i in found]
    if not args.json:
        for row in data:
            if row["voided"]:
                row["status"] = f"{row['status']} VOIDED"
    columns = ["id", "occurred_at", "node_name", "type", "status", "reporter", "description"]
    _print_json_or_table(data, args.json, columns)
    return EXIT_OK


def _reporter_options(q: argparse.ArgumentParser) -> None:
    q.add_argument("--reporter-name", metavar="NAME", help="who reported it from the field")
    q.add_argument("--reporter-unit", metavar="UNIT", help="the reporter's unit (Polsek ...)")
    q.add_argument("--reporter-contact", metavar="PHONE", help="the reporter's phone")


def add_parsers(sub, db_option: DbOption) -> None:
    p = sub.add_parser(
        "incident",
        help="log and list incidents (kejadian)",
        description="Log, advance, correct, void and list incidents (kejadian).",
    )
    inc_sub = p.add_subparsers(title="incident commands", metavar="ACTION", required=True)
    q = inc_sub.add_parser("add", help="log an incident", description="Log an incident.")
    db_option(q)
    q.add_argument("--node", required=True, metavar="CODE", help="where it happened")
    q.add_argument("--type", required=True, help="incident type key (see the taxonomy)")
    q.add_argument("--description", help="what happened (required)")
    q.add_argument("--time", metavar="ISO", help="when it happened (default now)")
    q.add_argument("--people", help="people involved")
    q.add_argument("--damage", help="damage or losses")
    q.add_argument("--actions", help="actions taken")
    _reporter_options(q)
    q.add_argument("--actor", help="who types it in (default: the login name)")
    q.set_defaults(func=cmd_add)
    q = inc_sub.add_parser(
        "status",
        help="move an incident to handled or closed",
        description="Move an incident forward: ditangani, then selesai.",
    )
    db_option(q)
    q.add_argument("id", help="incident id")
    q.add_argument("status", choices=("ditangani", "selesai"))
    q.add_argument("--note", help="what was done (required)")
    q.add_argument("--actions", help="actions taken (replaces the recorded text)")
    q.add_argument("--actor", help="who (default: the login name)")
    q.set_defaults(func=cmd_status)
    q = inc_sub.add_parser(
        "correct",
        help="correct a wrongly logged incident",
        description="Correct an incident's type, time, place, description or reporter. "
        "One new change with the reason; the old values stay in the log.",
    )
    db_option(q)
    q.add_argument("id", help="incident id")
    q.add_argument("--reason", help="why it is corrected (required)")
    q.add_argument("--type", help="the right incident type key")
    q.add_argument("--at", metavar="ISO", help="the right time it happened")
    q.add_argument("--node", metavar="CODE", help="the right place")
    q.add_argument("--description", help="the right description")
    _reporter_options(q)
    q.add_argument("--actor", help="who (default: the login name)")
    q.set_defaults(func=cmd_correct)
    q = inc_sub.add_parser(
        "void",
        help="void (batalkan) an incident logged by mistake",
        description="Void an incident: it stays listed, marked, and is counted nowhere.",
    )
    db_option(q)
    q.add_argument("id", help="incident id")
    q.add_argument("--reason", help="why it is voided (required)")
    q.add_argument("--actor", help="who (default: the login name)")
    q.set_defaults(func=cmd_void)
    q = inc_sub.add_parser(
        "list",
        help="list incidents",
        description="List incidents, newest first; voided ones are marked VOIDED.",
    )
    db_option(q)
    q.add_argument("--since", metavar="ISO", help="from this time")
    q.add_argument("--until", metavar="ISO", help="before this time")
    q.add_argument("--under", metavar="CODE", help="only at or below this node")
    q.add_argument("--unit", metavar="NAME", help="only in this unit's jurisdiction")
    q.add_argument("--type", action="append", help="only these types (repeatable)")
    q.add_argument("--status", action="append", help="only these statuses (repeatable)")
    q.add_argument("--hide-voided", action="store_true", help="leave voided incidents out")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)
