"""`commandpost shift list|add|set|delete|day|copy|status`, `commandpost checkin|checkout`:
shifts within a stage, the plan copied into a shift, and who reported at their post.

A SHIFT is its id, the start of its id (8 characters or more), its name or the unique start
of its name; ``plan`` is the operation's plan (assignments without a shift). Times are the
post's (``2024-11-27 06:10``, ``27/11/2024 06.10``) in the operation's zone (WIB, WITA or
WIT), or ISO with an offset; they are shown in that zone. Refusals exit with
EXIT_BAD_INPUT and change nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable

from commandpost.cli.common import EXIT_OK, _actor, _database, _print_json_or_table

DbOption = Callable[[argparse.ArgumentParser], None]


def _when(value: str | None, tz: dt.tzinfo, option: str) -> dt.datetime | None:
    """A time as the post writes it, in the operation's zone; ISO with an offset keeps its
    own. None stays None."""
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        from commandpost.cli.stages import _date
        from commandpost.tabular import CellProblem
        from commandpost.tabular.dates import parse_time

        day, _, clock = value.strip().replace("T", " ").rpartition(" ")
        try:
            found = _date(day) if day else None
            at = parse_time(clock)
        except (CellProblem, ValueError):
            found = None
        if found is None:
            raise ValueError(
                f"{option}: {value!r} is not a date and time like '2024-11-27 06:10'"
            ) from None
        return dt.datetime.combine(found, at, tz)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)


def _shown(moment: dt.datetime) -> str:
    """An aware moment in its own zone: ``2024-11-27 07:30 WITA`` (core.zones.moment_text)."""
    from commandpost.core.zones import moment_text

    return moment_text(moment, moment.tzname() or "WIB")


def _stage_id(db, ref: str | None) -> str | None:
    if not ref:
        return None
    from commandpost.cli.stages import find_stage

    return find_stage(db, ref).id


def cmd_list(args: argparse.Namespace) -> int:
    from commandpost.store import shifts
    from commandpost.store.stages import list_stages

    with _database(args) as db:
        listed = shifts.list_shifts(db, _stage_id(db, args.stage))
        names = {s.id: s.name for s in list_stages(db)}
        counts = {s.id: shifts.shift_status(db, s.id, s.start) for s in listed}
    data = [
        {
            "id": s.id,
            "name": s.name,
            "start": _shown(s.start),
            "end": _shown(s.end),
            "stage": names.get(s.stage_id or "", ""),
            "stage_id": s.stage_id,
            "assigned": counts[s.id].assigned,
        }
        for s in listed
    ]
    _print_json_or_table(data, args.json, ["id", "name", "start", "end", "stage", "assigned"])
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from commandpost.store import shifts

    with _database(args) as db:
        tz = shifts.operation_zone(db)
        edit = shifts.add_shift(
            db,
            name=args.name,
            start=_when(args.start, tz, "--start"),
            end=_when(args.end, tz, "--end"),
            stage_id=_stage_id(db, args.stage),
            actor=_actor(args),
            reason=args.reason or "",
        )
        shift = shifts.get_shift(db, edit.change.entity_id)
    print(f"shift added: {shift.name}, {_shown(shift.start)} to {_shown(shift.end)} ({shift.id})")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from commandpost.store import shifts

    if args.name is None and args.start is None and args.end is None:
        raise ValueError("nothing to change: give --name, --start or --end")
    with _database(args) as db:
        tz = shifts.operation_zone(db)
        shift_id = _shift(db, args.shift, plan=False)
        shifts.set_shift(
            db,
            shift_id,
            name=args.name,
            start=_when(args.start, tz, "--start"),
            end=_when(args.end, tz, "--end"),
            actor=_actor(args),
            reason=args.reason or "",
        )
        shift = shifts.get_shift(db, shift_id)
    print(f"shift changed: {shift.name}, {_shown(shift.start)} to {_shown(shift.end)}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from commandpost.store import shifts

    with _database(args) as db:
        shift_id = _shift(db, args.shift, plan=False)
        name = shifts.get_shift(db, shift_id).name
        edit = shifts.delete_shift(db, shift_id, actor=_actor(args), reason=args.reason or "")
    ended = sum(len({w.entity_id for w in more.writes}) for more in edit.more)
    print(f"shift deleted: {name}; {ended} assignments ended")
    return EXIT_OK


def cmd_day(args: argparse.Namespace) -> int:
    from commandpost.cli.stages import _date
    from commandpost.store import shifts

    day = _date(args.date)
    if day is None:
        raise ValueError("DATE: give the day, like '27 November 2024'")
    with _database(args) as db:
        edits = shifts.add_day_shifts(
            db, day, stage_id=_stage_id(db, args.stage), actor=_actor(args)
        )
        added = [shifts.get_shift(db, e.change.entity_id) for e in edits]
    for shift in added:
        print(
            f"shift added: {shift.name}, {_shown(shift.start)} to {_shown(shift.end)} ({shift.id})"
        )
    return EXIT_OK


def _shift(db, ref: str | None, *, plan: bool = True) -> str:
    """The id a SHIFT argument names ('' for the plan, when the plan may be meant)."""
    from commandpost.store import shifts
    from commandpost.store.refusals import RefusalMsg, Refused

    found = shifts.find_shift(db, ref or "")
    if found == shifts.PLAN and not plan:
        raise Refused(RefusalMsg.UNKNOWN_SHIFT, shift=ref or "")
    return found


SKIP_WORDS = {
    "already_posted": "already on a post in that shift",
    "off_roster": "no longer on the roster",
    "on_leave": "on leave",
    "sick": "sick",
}


def cmd_copy(args: argparse.Namespace) -> int:
    from commandpost.store import shifts

    with _database(args) as db:
        source = _shift(db, args.source)
        target = _shift(db, args.to)
        result = shifts.copy_plan(db, source, target, actor=_actor(args), reason=args.reason or "")
        names = shifts.shift_name(db, source), shifts.shift_name(db, target)
    print(f"{result.copied} assignments copied from {names[0]} to {names[1]}")
    if result.skipped:
        print(f"{len(result.skipped)} left out:")
        for nrp, why in result.skipped:
            print(f"  {nrp}: {SKIP_WORDS.get(why, why)}")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from commandpost.store import shifts

    with _database(args) as db:
        tz = shifts.operation_zone(db)
        shift_id = _shift(db, args.shift)
        now = _when(args.at, tz, "--at") or dt.datetime.now(dt.UTC)
        status = shifts.shift_status(db, shift_id, now)
        name = shifts.shift_name(db, shift_id)
    data = {
        "shift": name,
        "at": _shown(now.astimezone(tz)),
        "assigned": status.assigned,
        "checked_in": status.checked_in,
        "checked_out": status.checked_out,
        "late": status.late,
    }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{name} at {data['at']}")
    for key in ("assigned", "checked_in", "checked_out"):
        print(f"  {key:<12}{data[key]}")
    print(
        f"  {'late':<12}{len(status.late)}" + (": " + ", ".join(status.late) if status.late else "")
    )
    return EXIT_OK


def _check(args: argparse.Namespace, out: bool) -> int:
    from commandpost.store import shifts

    with _database(args) as db:
        tz = shifts.operation_zone(db)
        shift_id = _shift(db, args.shift)
        record = shifts.check_out if out else shifts.check_in
        edit = record(
            db,
            args.nrp,
            shift_id,
            at=_when(args.at, tz, "--at"),
            actor=_actor(args),
            reason=args.reason or "",
        )
        name = shifts.shift_name(db, shift_id)
    field = "checked_out" if out else "checked_in"
    stamp = next(w.new for w in edit.writes if w.field == field)
    moment = dt.datetime.strptime(stamp, shifts.UTC_FORMAT).replace(tzinfo=dt.UTC)
    what = field.replace("_", " ")
    print(f"{edit.label} ({args.nrp.strip()}) {what}: {name}, {_shown(moment.astimezone(tz))}")
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    return _check(args, out=False)


def cmd_checkout(args: argparse.Namespace) -> int:
    return _check(args, out=True)


def add_parsers(sub, db_option: DbOption) -> None:
    """Register the shift, checkin and checkout commands."""

    def common(q: argparse.ArgumentParser) -> None:
        db_option(q)
        q.add_argument("--reason", help="why")
        q.add_argument("--actor", help="who (default: the officer on duty)")

    time_help = "in the operation's zone, like '2024-11-27 06:00' or '27/11/2024 06.00'"
    p = sub.add_parser(
        "shift",
        help="shifts within a stage: list, add, change, delete, the day's relay, copy the plan",
        description="Shifts (sif) within a stage, in the operation's zone (WIB, WITA or WIT). "
        "A SHIFT is its id, the start of its id, its name or the start of its name; 'plan' is "
        "the operation's plan.",
    )
    ps = p.add_subparsers(title="shift commands", metavar="ACTION", required=True)

    q = ps.add_parser("list", help="list the shifts", description="List shifts by start.")
    db_option(q)
    q.add_argument("--stage", help="only the shifts of this stage")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)

    q = ps.add_parser(
        "add",
        help="add a shift",
        description="Add a shift. Refused: an end at or before the start, more than 24 "
        "hours, a start outside the stage's days, a name another shift of the stage has.",
    )
    q.add_argument("--name", required=True, help="e.g. 'Sif pagi'")
    q.add_argument("--start", required=True, help=time_help)
    q.add_argument("--end", required=True, help=time_help)
    q.add_argument("--stage", help="the stage it belongs to (default: the whole operation)")
    common(q)
    q.set_defaults(func=cmd_add)

    q = ps.add_parser("set", help="rename or re-time a shift", description="Change a shift.")
    q.add_argument("shift", metavar="SHIFT")
    q.add_argument("--name")
    q.add_argument("--start", help=time_help)
    q.add_argument("--end", help=time_help)
    common(q)
    q.set_defaults(func=cmd_set)

    q = ps.add_parser(
        "delete",
        help="delete a shift (its assignments end)",
        description="Delete a shift; its assignments end in the same change.",
    )
    q.add_argument("shift", metavar="SHIFT")
    common(q)
    q.set_defaults(func=cmd_delete)

    q = ps.add_parser(
        "day",
        help="add the day's three relay shifts (06.00, 14.00, 22.00)",
        description="Add the usual voting-day relay for a day: 06.00-14.00, 14.00-22.00 and "
        "22.00-06.00 the next morning, in one change.",
    )
    q.add_argument("date", metavar="DATE", help="e.g. '27 November 2024'")
    q.add_argument("--stage", help="the stage they belong to (e.g. 'Pemungutan suara')")
    common(q)
    q.set_defaults(func=cmd_day)

    q = ps.add_parser(
        "copy",
        help="copy the plan (or a shift) into a shift",
        description="Every assignment of --from (default: the operation's plan) becomes an "
        "assignment to the same post in --to, in one change. People already posted in --to, "
        "off the roster, on leave or sick are left out and listed.",
    )
    q.add_argument("--from", dest="source", default="plan", metavar="SHIFT", help="default: plan")
    q.add_argument("--to", required=True, metavar="SHIFT")
    common(q)
    q.set_defaults(func=cmd_copy)

    q = ps.add_parser(
        "status",
        help="who of a shift has checked in, and who is late",
        description="Assigned, checked in (on duty), checked out, and late: not checked in "
        "30 minutes after the shift started.",
    )
    db_option(q)
    q.add_argument("shift", metavar="SHIFT")
    q.add_argument("--at", metavar="TIME", help="at this time (default: now); " + time_help)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_status)

    for name, func, what in (
        ("checkin", cmd_checkin, "reported at their post"),
        ("checkout", cmd_checkout, "left their post"),
    ):
        q = sub.add_parser(
            name,
            help=f"record that a person {what} in a shift",
            description=f"Record that a person {what} in a shift (default: the plan), now or "
            "--at a time.",
        )
        q.add_argument("nrp", metavar="NRP")
        q.add_argument("--shift", default="plan", metavar="SHIFT", help="default: plan")
        q.add_argument("--at", metavar="TIME", help="default: now; " + time_help)
        common(q)
        q.set_defaults(func=func)
