"""`commandpost report ...`: situation reports and printable lists, without a window.

The PDF is drawn by the same renderer as the window's preview; a headless machine needs
nothing more than the offscreen platform (set when no display is given). ``.xlsx`` and
``.csv`` outputs carry the same tables.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from commandpost.cli.common import EXIT_OK, _actor, _database

DbOption = Callable[[argparse.ArgumentParser], None]
FORMATS = (".pdf", ".xlsx", ".csv")


def _cutoff(value: str) -> dt.time:
    try:
        hours, minutes = value.replace(".", ":").split(":")
        return dt.time(int(hours), int(minutes))
    except ValueError:
        raise ValueError(f"--cutoff: {value!r} is not a time of day (write 06:00)") from None


def _period(args: argparse.Namespace, db, zone: str):
    """The period the options name: --from/--to, or the 24 hours up to the last cut-off
    (before --at, before now; for a demo, before the day after its voting day)."""
    from commandpost.reports.period import ReportError, default_period, parse_moment
    from commandpost.store.queries import operation

    cutoff = _cutoff(args.cutoff)
    if args.start or args.end:
        if not (args.start and args.end):
            raise ReportError("give both --from and --to, or neither (the last 24 hours)")
        from commandpost.reports.period import Period

        return Period(
            parse_moment(args.start, zone),
            parse_moment(args.end, zone, end_of_day=True),
            zone,
        )
    if args.at:
        now = parse_moment(args.at, zone)
    else:
        from commandpost.reports.period import default_now

        op = operation(db)
        now = default_now(op.voting_day if op else None, bool(op and op.is_demo), zone, cutoff)
    return default_period(now, zone, cutoff)


def _stage_under_way(db, period) -> str:
    """The stage under way at the end of ``period``; ReportError when none is."""
    from commandpost.reports.period import ReportError, clock_at_end
    from commandpost.store.queries import operation
    from commandpost.store.stages import list_stages

    op = operation(db)
    clock = clock_at_end(list_stages(db), op.voting_day if op else None, period)
    if clock.stage is None:
        raise ReportError("no stage is under way then; name one with --stage")
    return clock.stage.id


def _write(document, out: Path) -> str:
    """Write ``document`` by the file's suffix; a file that cannot be written is bad input
    (exit 1, the reason in one line), not a crash."""
    try:
        return _write_file(document, out)
    except OSError as exc:
        raise ValueError(str(exc)) from None


def _write_file(document, out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix == ".pdf":
        from commandpost.reports.render import write_pdf

        pages = write_pdf(document, out)
        return f"{pages} page{'s' if pages != 1 else ''}"
    from commandpost.reports import export

    if suffix == ".xlsx":
        export.write_xlsx(document, out)
        return "Excel workbook"
    export.write_csv(document, out)
    return "CSV, UTF-8 with BOM"


def _out(value: str) -> Path:
    path = Path(value)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"--out: {value!r} must end in .pdf, .xlsx or .csv")
    return path


def cmd_report_sitrep(args: argparse.Namespace) -> int:
    from commandpost.reports.render import ensure_app
    from commandpost.reports.scope import scope_of
    from commandpost.reports.sitrep import (
        Signer,
        SitrepOptions,
        build_sitrep,
        issue_sitrep,
        previous_figures,
    )
    from commandpost.reports.sitrep_data import sitrep_data

    out = _out(args.out)
    with _database(args) as db:
        scope = scope_of(db, args.unit)
        period = _period(args, db, args.zone or scope.zone)
        ensure_app()
        data = sitrep_data(db, scope, period)
        unit_id = scope.unit.id if scope.unit else None
        options = SitrepOptions(
            previous=previous_figures(db, unit_id, period),
            status=args.status or "",
            classification=args.classification or "",
            number=args.number or "",
            obstacles=args.obstacles or "",
            outlook_24=args.outlook_24 or "",
            outlook_48=args.outlook_48 or "",
            recommendation=args.recommendation or "",
            place=args.place or "",
            signer=Signer(
                args.signer_post or "",
                args.signer_name or "",
                args.signer_rank or "",
                args.signer_nrp or "",
            ),
            charts=not args.no_charts,
        )
        document = build_sitrep(
            data, options, made_at=dt.datetime.now(dt.UTC), made_by=args.actor or ""
        )
        what = _write(document, out)
        kept = ""
        if args.issue:
            report_id = issue_sitrep(
                db,
                document,
                unit_id=unit_id,
                unit_name=scope.name,
                period=period,
                number=options.number,
                actor=_actor(args),
            )
            kept = f"; issued and kept as {report_id[:8]}"
    print(
        f"wrote {out} ({what}): situation report {scope.name}, "
        f"{period.local_start:%Y-%m-%d %H:%M} to {period.local_end:%Y-%m-%d %H:%M} "
        f"{period.zone}{kept}"
    )
    return EXIT_OK


def cmd_report_issued(args: argparse.Namespace) -> int:
    import json

    from commandpost.store.issued_reports import list_issued

    with _database(args) as db:
        unit_id = None
        if args.unit:
            from commandpost.reports.scope import scope_of

            scope = scope_of(db, args.unit)
            unit_id = scope.unit.id if scope.unit else None
        rows = list_issued(db, unit_id=unit_id)
        from commandpost.store.duty import post_zone

        zone = post_zone(db)
    if args.json:
        print(json.dumps([r.__dict__ for r in rows], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("no issued reports")
    for r in rows:
        print(f"{r.id[:8]}  {_local(r.issued_at, zone)}  {r.actor:<20}  {r.title}")
    return EXIT_OK


def _local(iso: str, zone: str) -> str:
    """A stored UTC time as the post reads it: ``2024-11-28 06:12 WIB``."""
    from commandpost.core.zones import moment_text

    return moment_text(iso, zone)


def cmd_report_reprint(args: argparse.Namespace) -> int:
    from commandpost.reports.document import Document
    from commandpost.reports.render import ensure_app
    from commandpost.store.issued_reports import issued_document

    out = _out(args.out)
    with _database(args) as db:
        info, text_ = issued_document(db, args.id)
    ensure_app()
    what = _write(Document.from_json(text_), out)
    print(f"wrote {out} ({what}): {info.title}, issued {info.issued_at[:16]} UTC by {info.actor}")
    return EXIT_OK


def cmd_report_list(args: argparse.Namespace) -> int:
    from commandpost.reports.lists import build_list
    from commandpost.reports.render import ensure_app
    from commandpost.reports.scope import scope_of

    out = _out(args.out)
    with _database(args) as db:
        scope = scope_of(db, args.unit)
        period = _period(args, db, args.zone or scope.zone) if args.kind == "incidents" else None
        stage = None
        if args.stage:
            from commandpost.store.risks import find_stage

            stage = find_stage(db, args.stage).id
        elif args.kind == "risks":
            stage = _stage_under_way(db, _period(args, db, args.zone or scope.zone))
        ensure_app()
        document = build_list(
            db,
            args.kind,
            scope,
            period=period,
            stage=stage,
            shift=args.shift,
            phone=args.phone,
            made_at=dt.datetime.now(dt.UTC),
            made_by=args.actor or "",
            classification=args.classification or "",
        )
        what = _write(document, out)
    print(f"wrote {out} ({what}): {args.kind} {scope.name}")
    return EXIT_OK


def _period_options(q: argparse.ArgumentParser) -> None:
    q.add_argument(
        "--from",
        dest="start",
        metavar="TIME",
        help="start of the period (2024-11-26T06:00, local time of the post)",
    )
    q.add_argument(
        "--to",
        dest="end",
        metavar="TIME",
        help="end of the period, exclusive (2024-11-27T06:00; a date alone: its end)",
    )
    q.add_argument(
        "--at",
        metavar="TIME",
        help="without --from/--to: the 24 hours up to the last cut-off before this "
        "time (default: now; a demo: the day after its voting day)",
    )
    q.add_argument(
        "--cutoff", default="06:00", help="the post's daily cut-off, local time (default 06:00)"
    )
    q.add_argument(
        "--zone",
        choices=("WIB", "WITA", "WIT"),
        help="time zone of the times given and printed (default: the operation's)",
    )


def add_parsers(sub, db_option: DbOption) -> None:
    from commandpost.reports.words import CLASSIFICATIONS

    p = sub.add_parser(
        "report",
        help="situation reports and printable lists (PDF, XLSX, CSV)",
        description="Make the situation report (laporan situasi) of a unit for a period, or a "
        "list (TPS rawan, assignments, incidents, risk register), as PDF, XLSX or CSV.",
    )
    report_sub = p.add_subparsers(title="reports", metavar="REPORT", required=True)

    q = report_sub.add_parser(
        "sitrep",
        help="the situation report of a unit for a period",
        description="The laporan situasi of a unit (Polda, Polres, Polsek; 'nasional' for "
        "every Polda) for a period, in Indonesian, A4, with a signature block.",
    )
    db_option(q)
    q.add_argument("--unit", required=True, help="the unit's name or key, or 'nasional'")
    _period_options(q)
    q.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.csv")
    q.add_argument("--status", help="the general-situation phrase (default: from the data)")
    q.add_argument(
        "--classification",
        choices=[c for c in CLASSIFICATIONS if c],
        help="marking printed at the top and foot of every page",
    )
    q.add_argument("--number", help="the document number (default: left to fill in)")
    q.add_argument("--obstacles", help="8. kendala (default: Nihil)")
    q.add_argument(
        "--outlook-24", help="9. prediction for the next 24 hours (added to the stage calendar's)"
    )
    q.add_argument("--outlook-48", help="9. prediction for the next 48 hours")
    q.add_argument("--recommendation", help="9. recommendation")
    q.add_argument("--place", help="where it is signed (default: a line to fill in)")
    q.add_argument("--signer-post", help="the signing post, e.g. 'KAPOLRES LEBAK'")
    q.add_argument("--signer-name", help="the signing officer's name")
    q.add_argument("--signer-rank", help="the signing officer's rank")
    q.add_argument("--signer-nrp", help="the signing officer's NRP")
    q.add_argument("--no-charts", action="store_true", help="leave the charts out")
    q.add_argument(
        "--issue",
        action="store_true",
        help="keep the report as issued (a change: it prints again identically "
        "with `report reprint`, and the next report says what changed since)",
    )
    q.add_argument("--actor", help="who makes it (printed at the foot of each page)")
    q.set_defaults(func=cmd_report_sitrep)

    q = report_sub.add_parser(
        "issued",
        help="list the issued reports",
        description="The reports kept as issued, newest first.",
    )
    db_option(q)
    q.add_argument("--unit", help="only this unit's")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_report_issued)

    q = report_sub.add_parser(
        "reprint",
        help="print an issued report again, exactly as issued",
        description="Write an issued report again, as it was issued, whatever the data has "
        "become since.",
    )
    db_option(q)
    q.add_argument("id", help="the report's id, or its first 8 characters as listed")
    q.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.csv")
    q.set_defaults(func=cmd_report_reprint)

    q = report_sub.add_parser(
        "list",
        help="a printable list: tps-rawan, tps, assignments, incidents, risks",
        description="A list with the report header, page numbers and totals: TPS rawan and "
        "sangat rawan per unit; every TPS of the unit with its class (tps); the assignment "
        "list per Polsek and post; the incident and activity log of a period; the risk "
        "register of a stage.",
    )
    db_option(q)
    q.add_argument("kind", choices=("tps-rawan", "tps", "assignments", "incidents", "risks"))
    q.add_argument("--unit", required=True, help="the unit's name or key, or 'nasional'")
    _period_options(q)
    q.add_argument(
        "--stage", metavar="NAME_OR_ID", help="risks: the stage (default: the stage under way)"
    )
    q.add_argument(
        "--shift", metavar="NAME_OR_ID", help="assignments: the shift (default: the plan)"
    )
    q.add_argument("--phone", action="store_true", help="assignments: with phone numbers")
    q.add_argument(
        "--classification",
        choices=[c for c in CLASSIFICATIONS if c],
        help="marking printed at the top and foot of every page",
    )
    q.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf, FILE.xlsx or FILE.csv")
    q.add_argument("--actor", help="who makes it (printed at the foot of each page)")
    q.set_defaults(func=cmd_report_list)
