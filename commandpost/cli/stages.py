"""`commandpost stage list|add|set|delete|import|clock`: the operation's stages (tahapan)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from commandpost.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    _actor,
    _database,
    _print_json_or_table,
)

DbOption = Callable[[argparse.ArgumentParser], None]


def _date(value: str | None) -> dt.date | None:
    """A date as officers write it (27 November 2024, 27/11/2024, 2024-11-27); '-' for none."""
    from commandpost.tabular import CellProblem
    from commandpost.tabular.dates import parse_date

    if value is None or value.strip() in ("", "-"):
        return None
    try:
        return parse_date(value)
    except CellProblem as exc:
        raise ValueError(str(exc)) from None


def _moment(value: str, zone: str) -> dt.datetime:
    """A date and time of the post (``26/11/2024 23.30``, ``2024-11-26T23:30``) → aware."""
    from commandpost.core.stages import zone as zone_of

    text = value.strip().replace("T", " ")
    day, _, time = text.rpartition(" ")
    if not day:
        raise ValueError(f"{value!r} is not a date and time like '26/11/2024 23.30'")
    from commandpost.tabular import CellProblem
    from commandpost.tabular.dates import parse_time

    try:
        clock = parse_time(time)
    except CellProblem as exc:
        raise ValueError(str(exc)) from None
    found = _date(day)
    assert found is not None
    return dt.datetime.combine(found, clock, zone_of(zone))


def _risk_note(count: int) -> None:
    print(
        f"note: {count} risk-register lines have lost their stage; give them one with "
        "`commandpost risk set ID --stage STAGE`"
    )


def _print_relink(db, plan) -> None:
    """What replacing the stages did to the risk register (store.stage_relink): the lines
    moved to the new stage of their kind, per stage, and each line left without a stage."""
    from commandpost.store import risks

    if plan.moved:
        print(f"{plan.moved} risk-register lines moved to the new stage of the same kind:")
        for old, new, count in plan.by_stage():
            print(f"  {old} → {new}: {count}")
    if plan.left:
        print(
            f"{plan.left_count} risk-register lines left without a stage "
            "(no new stage of their kind):"
        )
        for line in plan.left:
            item = risks.get_risk(db, line.id)
            what = item.threat_label if item else line.threat
            if item and item.node_code:
                what += f" · {item.node_name} ({item.node_code})"
            print(f"  {line.id[:8]}  {line.stage_name} ({line.kind}): {what}")
        print("note: give them a stage with `commandpost risk set ID --stage STAGE`")


def _risk_lines(db, stage_ids: set[str]) -> int:
    """Lines of the risk register tied to these stages."""
    from commandpost.store import risks

    return sum(1 for r in risks.list_risks(db) if r.stage_id in stage_ids)


def find_stage(db, ref: str):
    """A stage by id, by name (any case), by the start of its id as `stage list` shows it
    (8 characters or more), or by the unique start of its name."""
    from commandpost.store.changelog import ChangeError
    from commandpost.store.stages import list_stages

    stages = list_stages(db)
    key = " ".join(ref.split()).lower()
    for test in (
        lambda s: s.id == ref,
        lambda s: s.name.lower() == key,
        lambda s: len(ref) >= 8 and s.id.startswith(ref.strip()),
        lambda s: s.name.lower().startswith(key),
    ):
        found = [s for s in stages if test(s)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            names = ", ".join(repr(s.name) for s in found[:5])
            raise ChangeError(f"{ref!r} fits several stages ({names}); give more of the name")
    raise ChangeError(f"no stage {ref!r} (see `commandpost stage list`)")


def _rows(db) -> list[dict]:
    from commandpost.core.stages import depth, span
    from commandpost.store.stages import list_stages

    stages = list_stages(db)
    rows = []
    for s in stages:
        sp = span(s, stages)
        rows.append(
            {
                "id": s.id,
                "name": s.name,
                "start": sp[0].isoformat() if sp else None,
                "end": sp[1].isoformat() if sp else None,
                "dated": s.start is not None,
                "kind": s.kind,
                "parent_id": s.parent_id,
                "depth": depth(s, stages),
                "threats": list(s.threats),
            }
        )
    return rows


def cmd_list(args: argparse.Namespace) -> int:
    with _database(args) as db:
        rows = _rows(db)
    if not args.json:
        for row in rows:
            row["name"] = "  " * row["depth"] + row["name"]
            row["id"] = row["id"][:8]
            row["start"], row["end"] = row["start"] or "-", row["end"] or "-"
    _print_json_or_table(rows, args.json, ["id", "start", "end", "kind", "name"])
    return EXIT_OK


def cmd_clock(args: argparse.Namespace) -> int:
    import json

    from commandpost.core.stages import DEMO_MOMENT, stage_clock
    from commandpost.store.duty import post_zone
    from commandpost.store.queries import operation
    from commandpost.store.stages import list_stages

    with _database(args) as db:
        stages, op, own_zone = list_stages(db), operation(db), post_zone(db)
    zone = args.zone or own_zone
    if args.date:
        when: dt.date | dt.datetime = _date(args.date)
    elif args.at:
        when = _moment(args.at, zone)
    else:
        when = DEMO_MOMENT if op is not None and op.is_demo else dt.datetime.now(dt.UTC)
    clock = stage_clock(stages, op.voting_day if op else None, when, zone)
    if args.json:
        print(
            json.dumps(
                {
                    "day": clock.day.isoformat(),
                    "stage": clock.stage.name if clock.stage else None,
                    "current": [s.name for s in clock.current],
                    "h": clock.h,
                    "day_offset": clock.day_offset,
                    "next": clock.next_stage.name if clock.next_stage else None,
                    "text": clock.text(),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(clock.text())
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from commandpost.store import stages

    with _database(args) as db:
        parent = find_stage(db, args.parent).id if args.parent else None
        edit = stages.add_stage(
            db,
            name=args.name,
            start=_date(args.start),
            end=_date(args.end),
            parent_id=parent,
            kind=stages.parse_kind(args.kind),
            threats=tuple(args.threat or ()),
            actor=_actor(args),
        )
    print(f"stage added: {args.name} ({edit.change.entity_id})")
    return EXIT_OK


def cmd_set(args: argparse.Namespace) -> int:
    from commandpost.store import stages

    fields: dict = {}
    if args.name is not None:
        fields["name"] = args.name
    if args.start is not None:
        fields["start"] = _date(args.start)
    if args.end is not None:
        fields["end"] = _date(args.end)
    if args.kind is not None:
        fields["kind"] = stages.parse_kind(args.kind)
    if args.threat is not None:
        fields["threats"] = tuple(args.threat)
    with _database(args) as db:
        stage = find_stage(db, args.stage)
        if args.parent is not None:
            fields["parent_id"] = None if args.parent == "-" else find_stage(db, args.parent).id
        if not fields:
            print("error: nothing to change (give --name, --start, --end, ...)", file=sys.stderr)
            return EXIT_BAD_INPUT
        edit = stages.set_stage(db, stage.id, actor=_actor(args), **fields)
    print(f"stage changed: {stage.name}" if edit else f"no change: {stage.name}")
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    from commandpost.store import stages

    with _database(args) as db:
        stage = find_stage(db, args.stage)
        from commandpost.core.stages import subtree

        gone = subtree(stages.list_stages(db), [stage.id])
        tied = _risk_lines(db, gone)
        stages.delete_stage(db, stage.id, actor=_actor(args), reason=args.reason)
    print(f"stage deleted (with its sub-stages): {stage.name}")
    if tied:
        _risk_note(tied)
    return EXIT_OK


def cmd_template(args: argparse.Namespace) -> int:
    from commandpost.store import stages

    with _database(args) as db:
        if stages.list_stages(db) and not args.replace:
            print(
                "error: the operation already has stages; add --replace to replace them",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        plan = stages.relink_plan(db, args.template)
        edits = stages.take_template(db, args.template, actor=_actor(args))
        count = len(stages.list_stages(db))
        print(f"{count} stages from template {args.template}")
        if any(e.entity == "operation" for e in edits):
            print(f"voting day set to {stages.template(args.template).voting_day.isoformat()}")
        _print_relink(db, plan)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from commandpost.cli.imports import _encoding_hint
    from commandpost.store.stage_import import apply_stage_import, plan_stage_import
    from commandpost.tabular import EncodingQuestion

    try:
        plan = plan_stage_import(
            Path(args.file), encoding=args.encoding, skip_bad_rows=args.skip_bad_rows
        )
    except EncodingQuestion as exc:
        return _encoding_hint(exc)
    for problem in plan.rejected:
        print(f"  refused: {problem}", file=sys.stderr)
    for problem in plan.notes:
        print(f"  {problem}", file=sys.stderr)
    if args.dry_run:
        print(f"{len(plan.stages)} stages would be imported; nothing changed (--dry-run)")
        return EXIT_OK
    with _database(args) as db:
        from commandpost.store.stages import list_stages, schedule_relink_plan

        if list_stages(db) and not (args.replace or args.add):
            print(
                "error: the operation already has stages; add --replace to replace them, or "
                "--add to add these beside them",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        relink = schedule_relink_plan(db, plan.stages) if args.replace else None
        apply_stage_import(db, plan, actor=_actor(args), replace_existing=args.replace)
        skipped = f", {len(plan.rejected)} rows refused and left out" if plan.rejected else ""
        print(f"{len(plan.stages)} stages imported from {plan.file}{skipped}")
        if relink is not None:
            _print_relink(db, relink)
    return EXIT_OK


def add_parsers(sub, db_option: DbOption) -> None:
    """Register `commandpost stage ...`."""
    p = sub.add_parser(
        "stage",
        help="the operation's stages (tahapan)",
        description="List, add, change, delete or import the operation's stages. Dates are "
        "local days written as 27 November 2024, 27/11/2024 or 2024-11-27; the end is "
        "included.",
    )
    stage_sub = p.add_subparsers(dest="stage_command", required=True, metavar="ACTION")

    q = stage_sub.add_parser("list", help="list the stages", description="List the stages.")
    db_option(q)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)

    q = stage_sub.add_parser(
        "clock",
        help="the stage clock (Kampanye, H-12)",
        description="Print the stage under way and the day counted from voting day.",
    )
    db_option(q)
    when = q.add_mutually_exclusive_group()
    when.add_argument("--date", help="the day to ask about (default: today; a demo: its day)")
    when.add_argument("--at", help="a moment of the post, e.g. '26/11/2024 23.30'")
    q.add_argument(
        "--zone",
        choices=("WIB", "WITA", "WIT"),
        help="the post's zone (default: the operation's province's zone)",
    )
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_clock)

    def fields(q: argparse.ArgumentParser, required: bool) -> None:
        q.add_argument("--name", required=required, help="the stage's name")
        q.add_argument("--start", help="first day ('-' for none: a group of sub-stages)")
        q.add_argument("--end", help="last day, included ('-' for none)")
        q.add_argument("--parent", help="the stage this one belongs to (name or id; '-': none)")
        q.add_argument(
            "--kind",
            default="other" if required else None,
            help="what the stage is: campaign, quiet, voting, counting, recapitulation, ...",
        )
        q.add_argument(
            "--threat",
            action="append",
            metavar="CATEGORY",
            help="a threat category that belongs to the stage (repeat for more)",
        )
        q.add_argument("--actor", help="who (default: the officer on duty)")

    q = stage_sub.add_parser("add", help="add a stage", description="Add a stage.")
    db_option(q)
    fields(q, True)
    q.set_defaults(func=cmd_add)

    q = stage_sub.add_parser(
        "set", help="rename, re-date or move a stage", description="Change a stage."
    )
    db_option(q)
    q.add_argument("stage", help="the stage (name, start of the name, or id)")
    fields(q, False)
    q.set_defaults(func=cmd_set)

    q = stage_sub.add_parser(
        "delete",
        help="delete a stage and its sub-stages",
        description="Delete a stage and its sub-stages (kept in the change log; undo-able).",
    )
    db_option(q)
    q.add_argument("stage", help="the stage (name, start of the name, or id)")
    q.add_argument("--reason", required=True, help="why")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_delete)

    q = stage_sub.add_parser(
        "template",
        help="take the stages of a shipped template",
        description="Give the operation the stages of a shipped template. Replacing the "
        "stages moves each risk-register line to the new stage of the same kind; lines "
        "whose kind the template lacks are listed and keep no stage.",
    )
    db_option(q)
    q.add_argument("template", choices=("pilkada_2024", "pemilu_2024"))
    q.add_argument(
        "--replace",
        action="store_true",
        help="replace the current stages (risk-register lines move to the new stage of their kind)",
    )
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_template)

    q = stage_sub.add_parser(
        "import",
        help="import a stage schedule (CSV/XLSX)",
        description="Import a schedule: columns for the name, start, end (Indonesian dates), "
        "and optionally an id and a parent id for sub-stages. A file with a bad row is "
        "refused whole unless --skip-bad-rows.",
    )
    db_option(q)
    q.add_argument("file", help="the schedule, .csv or .xlsx")
    q.add_argument("--encoding", help="read a CSV in this encoding (e.g. cp1252)")
    q.add_argument("--skip-bad-rows", action="store_true", help="leave bad rows out")
    mode = q.add_mutually_exclusive_group()
    mode.add_argument(
        "--replace",
        action="store_true",
        help="replace the current stages (risk-register lines move to the new stage of their kind)",
    )
    mode.add_argument("--add", action="store_true", help="add beside the current stages")
    q.add_argument("--dry-run", action="store_true", help="check only; change nothing")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_import)
