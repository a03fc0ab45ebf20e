"""`commandpost tps-progress set|problem|list|summary`: voting-day progress of the TPS (hari H).

Counts are TPS. Times given without an offset are the laptop's local time (as for every
other command); they are stored in UTC and shown in the post's zone (WIB, WITA or WIT).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable

from commandpost.cli.common import EXIT_OK, _actor, _database, post_time

DbOption = Callable[[argparse.ArgumentParser], None]
STATE_HELP = "none, arrived, opened, voting, counting, finished or escorted"


def _print_rows(data: list[dict], as_json: bool, columns: list[str]) -> None:
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    widths = {c: max([len(c), *(len(str(row.get(c, ""))) for row in data)]) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns).rstrip())
    for row in data:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns).rstrip())


def _local(iso: str, zone_name: str) -> str:
    """A stored UTC time in the post's zone: ``2024-11-27 07:10 WIB``; "" stays ""."""
    from commandpost.core.zones import moment_text

    return moment_text(iso, zone_name)


def cmd_set(args: argparse.Namespace) -> int:
    from commandpost.store import duty, progress

    with _database(args) as db:
        at = post_time(args.at, db)
        left = progress.ahead_of(db, args.node, args.state)
        [edit] = progress.set_progress(
            db, args.node, args.state, actor=_actor(args), at=at, reason=args.reason or ""
        )
        when = next((w.new for w in edit.writes if w.field == "progress_at"), "")
        zone = duty.post_zone(db)
    state = args.state.strip().lower()
    tps = len({w.entity_id for w in edit.writes})
    print(f"{state}: recorded for {tps} TPS" + (f", at {_local(when, zone)}" if when else ""))
    if left:
        more = f" and {len(left) - 3} more" if len(left) > 3 else ""
        print(
            f"left as they were, already further along: {len(left)} TPS "
            f"({', '.join(left[:3])}{more})"
        )
    return EXIT_OK


def cmd_problem(args: argparse.Namespace) -> int:
    from commandpost.store import progress

    with _database(args) as db:
        [edit] = progress.set_problem(
            db,
            args.node,
            incident_id=args.incident,
            actor=_actor(args),
            on=not args.clear,
            reason=args.reason or "",
        )
    tps = len({w.entity_id for w in edit.writes})
    print(f"problem {'cleared' if args.clear else 'flagged'} at {tps} TPS")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from commandpost.store import duty, progress

    with _database(args) as db:
        rows = progress.list_progress(
            db,
            args.under,
            states=args.state,
            not_reached=args.not_reached,
            at=post_time(args.at, db),
            limit=args.limit,
        )
        zone = duty.post_zone(db)
    data = [
        {
            "code": r.code,
            "village": r.village,
            "number": r.number,
            "state": r.state,
            "progress_at": r.progress_at,
            "problem": r.problem,
        }
        for r in rows
    ]
    if not args.json:
        for row in data:
            row["progress_at"] = _local(row["progress_at"], zone)
            row["problem"] = "yes" if row["problem"] else ""
    _print_rows(data, args.json, ["code", "village", "number", "state", "progress_at", "problem"])
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from commandpost.core.progress import PROGRESS_STATES
    from commandpost.store import duty, progress, queries

    with _database(args) as db:
        found = progress.summary(db, args.under)
        zone = args.zone or duty.post_zone(db)
        day = None
        if args.by_hour:
            op = queries.operation(db)
            day = dt.date.fromisoformat(args.day) if args.day else (op and op.voting_day)
            if day is None:
                raise ValueError("the operation has no voting day: give --day YYYY-MM-DD")
            curve = progress.progress_by_hour(db, day, zone, args.under)
    data = {
        "code": found.code,
        "name": found.name,
        "total": found.counts["total"],
        "problem": found.counts["problem"],
        "counts": {s: found.counts[s] for s in PROGRESS_STATES},
        "reached": found.reached,
    }
    if day is not None:
        data["by_hour"] = {
            "day": day.isoformat(),
            "zone": zone,
            "hours": [{"hour": h, "reached": reached} for h, reached in curve],
        }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{found.name} ({found.code}): {data['total']:,} TPS, {data['problem']:,} with a problem")
    rows = [
        {"state": s, "TPS now": data["counts"][s], "reached": found.reached.get(s, data["total"])}
        for s in PROGRESS_STATES
    ]
    _print_rows(rows, False, ["state", "TPS now", "reached"])
    if day is not None:
        print(f"\nTPS that had reached each state by the end of each hour, {day} ({zone})")
        steps = progress.STEPS
        _print_rows(
            [{"hour": f"{h:02d}.59", **reached} for h, reached in curve], False, ["hour", *steps]
        )
    return EXIT_OK


def add_parsers(sub, db_option: DbOption) -> None:
    """Register `commandpost tps-progress ...`."""
    p = sub.add_parser(
        "tps-progress",
        help="voting-day progress of the TPS (hari H)",
        description="Record and read the voting-day progress of the TPS: personnel arrived, "
        "opened, voting, counting, finished, ballot boxes escorted to the PPK. A region "
        "stands for every TPS below it. Each command records one change (undone as one).",
    )
    act = p.add_subparsers(dest="progress_command", required=True, metavar="ACTION")

    q = act.add_parser(
        "set",
        help="record that TPS reached a state",
        description="Record that the TPS at or below each --node reached --state at --at "
        "(default now). Moving TPS back (finished -> opened) is a correction and needs "
        "--reason; TPS already in that state keep their first time unless --reason is given. "
        "A time before the time a TPS reached an earlier state (counting at 06.30 at a TPS "
        "opened at 07.05), or more than 5 minutes ahead of now, is refused: the message names "
        "the TPS, the exit status is 1 and nothing changes (for a selection: none of it).",
    )
    db_option(q)
    q.add_argument(
        "--node",
        nargs="+",
        action="extend",
        required=True,
        metavar="CODE",
        help="TPS or region codes (a region means every TPS below it)",
    )
    q.add_argument("--state", required=True, help=STATE_HELP)
    q.add_argument(
        "--at",
        metavar="TIME",
        help="when, in the post's zone (WIB, WITA or WIT, from the province): '27/11/2024 "
        "07.10', '2024-11-27 07.10' (or 07:10), or with an offset '2024-11-27T07:10+07:00' "
        "(default now)",
    )
    q.add_argument("--reason", help="why; required to move TPS back (a correction)")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_set)

    q = act.add_parser(
        "problem",
        help="flag or clear a problem at TPS",
        description="Flag a problem at the TPS at or below each --node, linked to the "
        "incident that describes it (--incident), or clear it (--clear).",
    )
    db_option(q)
    q.add_argument("--node", nargs="+", action="extend", required=True, metavar="CODE")
    q.add_argument("--incident", metavar="ID", help="the incident (see `incident list`)")
    q.add_argument("--clear", action="store_true", help="clear the flag instead")
    q.add_argument("--reason", help="why")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_problem)

    q = act.add_parser(
        "list",
        help="list TPS with their progress",
        description="List the TPS at or below --under with their current state, e.g. the TPS "
        "not opened by 07.30: --not-reached opened --at '2024-11-27 07:30'.",
    )
    db_option(q)
    q.add_argument("--under", metavar="CODE", help="only at or below this node (default: all)")
    q.add_argument(
        "--state", action="append", metavar="STATE", help=f"only TPS now in it ({STATE_HELP})"
    )
    q.add_argument(
        "--not-reached", metavar="STATE", help="only TPS that had not reached this state"
    )
    q.add_argument("--at", metavar="TIME", help="for --not-reached: by this time (default now)")
    q.add_argument("--limit", type=int, help="at most this many TPS")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)

    q = act.add_parser(
        "summary",
        help="TPS per state in a region",
        description="TPS per state at or below --under (now), and with --by-hour how many had "
        "reached each state by the end of each hour of voting day.",
    )
    db_option(q)
    q.add_argument("--under", required=True, metavar="CODE", help="region or TPS code")
    q.add_argument("--by-hour", action="store_true", help="also the curve over the day")
    q.add_argument("--day", metavar="YYYY-MM-DD", help="for --by-hour (default: voting day)")
    q.add_argument(
        "--zone", choices=("WIB", "WITA", "WIT"), help="hours in this zone (default: the post's)"
    )
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_summary)
