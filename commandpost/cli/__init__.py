"""The `commandpost` command. With no subcommand it opens the window."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from commandpost import __version__
from commandpost.cli.common import (  # noqa: F401  (shared by the command modules)
    EXIT_BAD_INPUT,
    EXIT_DB,
    EXIT_OK,
    ProgressPrinter,
    _actor,
    _database,
    _db_path,
    _open_existing,
    _print_json_or_table,
    log,
    post_time,
)


def cmd_gui(args: argparse.Namespace) -> int:
    from commandpost.gui.app import run_gui

    return run_gui(_db_path(args), bench_startup=args.bench_startup)


def cmd_demo(args: argparse.Namespace) -> int:
    from commandpost import paths
    from commandpost.store.demo import build_demo

    path = Path(args.db) if args.db else paths.demo_db()
    if path.exists():
        if args.if_missing:
            print(f"demo database already present: {path}")
            return EXIT_OK
        print(f"error: {path} already exists; choose another --db or delete it", file=sys.stderr)
        return EXIT_BAD_INPUT
    build_demo(path, scale=args.scale, seed=args.seed, progress=ProgressPrinter("demo"))
    print(f"demo database ({args.scale}) written to {path}")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    from commandpost.cli.duty import init_officer, record_init_officer
    from commandpost.store.setup import create_operation_database

    path = Path(args.db)
    province = None if args.province == "all" else args.province
    officer, actor = init_officer(args)  # checked before anything is written
    create_operation_database(
        path,
        station=args.station,
        province=province,
        operation=args.operation,
        kind=args.kind,
        voting_day=args.voting_day,
        actor=actor,
        progress=ProgressPrinter("init"),
        stage_template=None if args.stages == "none" else args.stages,
    )
    record_init_officer(args, path, officer, actor)
    print(
        f"new database {path}: station {args.station!r}, regions of "
        f"{'the whole country' if province is None else 'province ' + province}"
    )
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from commandpost.store import queries

    with _database(args) as db:
        info = queries.overview(db)
    op = info.operation
    data = {
        "database": info.path,
        "operation": op.name if op else None,
        "operation_kind": op.kind if op else None,
        "voting_day": op.voting_day.isoformat() if op and op.voting_day else None,
        "demo": op.is_demo if op else False,
        "station": {"id": info.station_id, "name": info.station_name},
        "counts": info.counts,
        "dpt": info.dpt,
        "changes": info.changes,
    }
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(f"database   {data['database']}")
        print(f"operation  {data['operation'] or '-'}{' (demo)' if data['demo'] else ''}")
        print(f"station    {info.station_name} ({info.station_id})")
        for level, count in info.counts.items():
            print(f"{level:<10} {count:>10,}")
        print(f"{'dpt':<10} {info.dpt:>10,}")
        print(f"{'changes':<10} {info.changes:>10,}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite's full page check (integrity_check), the foreign keys (foreign_key_check) and
    every station's hash chain; exit 2 when any of them finds a problem."""
    import time

    from commandpost.store.backup import file_problems

    path = _db_path(args)
    with _database(args):  # refuses what is not a CommandPost database at all
        pass
    started = time.perf_counter()
    problems = file_problems(path)
    seconds = time.perf_counter() - started
    if not problems:
        print(f"{path}: pages intact (integrity_check), foreign keys intact, chain intact")
        print(f"checked in {seconds:.1f} s")
        return EXIT_OK
    print(f"{path}: {len(problems)} problem(s) found", file=sys.stderr)
    for problem in problems[:50]:
        print(f"  {problem}", file=sys.stderr)
    if len(problems) > 50:
        print(f"  … and {len(problems) - 50} more", file=sys.stderr)
    print(
        "the file is damaged: do not keep working on it. Keep a copy of it, then restore "
        "the newest good backup (commandpost backup list, commandpost backup restore FILE)",
        file=sys.stderr,
    )
    return EXIT_DB


def cmd_threat_set(args: argparse.Namespace) -> int:
    from commandpost.core.threats import parse_class, parse_level
    from commandpost.store import threats

    if not args.tps_class and not args.category:
        raise ValueError("give --class, or --category with --level")
    if args.category and args.level is None:
        raise ValueError("--category needs --level (none, rendah, sedang, tinggi)")
    tps_class = parse_class(args.tps_class) if args.tps_class else None
    level = parse_level(args.level) if args.level is not None else None
    with _database(args) as db:
        common = {
            "reason": args.reason or "",
            "actor": _actor(args),
            "source": args.source or "",
            "observed_at": post_time(args.observed_at, db),
        }
        if tps_class is not None:
            edit = threats.set_tps_class(db, args.node, tps_class, **common)
            print(f"class {tps_class.value} set on {len(edit.writes)} TPS")
        if args.category:
            edit = threats.set_threat(db, args.node, args.category, level, **common)
            print(f"{args.category} = {level.name.lower()} set on {len(args.node)} node(s)")
    return EXIT_OK


def cmd_threat_list(args: argparse.Namespace) -> int:
    from commandpost.core.threats import parse_class, parse_level
    from commandpost.store import threats

    classes = [parse_class(c) for c in args.tps_class] if args.tps_class else None
    min_level = parse_level(args.min_level) if args.min_level else 1
    with _database(args) as db:
        if args.under and threats.nodes(db, [args.under]) == {}:
            raise ValueError(f"unknown node {args.under}")
        areas = _unit_areas(db, args.unit)
        hits = threats.filter_tps(
            db,
            classes=classes,
            under=args.under,
            category=args.category,
            min_level=int(min_level),
            limit=args.limit,
            areas=areas,
        )
    data = [
        {
            "code": n.code,
            "name": n.name,
            "class": n.tps_class,
            "dpt": n.dpt,
            "worst_level": n.worst_level,
        }
        for n in hits
    ]
    _print_json_or_table(data, args.json, ["code", "name", "class", "dpt", "worst_level"])
    return EXIT_OK


def _unit_areas(db, unit: str | None) -> list[str] | None:
    if not unit:
        return None
    from commandpost.store import units

    return units.unit_areas(db, units.find_unit(db, unit).id)


def cmd_threat_sources(args: argparse.Namespace) -> int:
    from commandpost.store import threats

    with _database(args) as db:
        # All edits in one transaction: a bad key leaves the list exactly as it was.
        added = threats.edit_sources(
            db,
            actor=_actor(args),
            add=[args.add] if args.add else [],
            hide=args.hide or [],
            show=args.show or [],
        )
        for key in added:
            print(f"added source {key}: {args.add}")
        for key in args.hide or []:
            print(f"hidden: {key}")
        for key in args.show or []:
            print(f"shown again: {key}")
        listed = threats.sources(db, include_hidden=True)
    data = [
        {"key": s.key, "label": s.label.id, "hidden": s.hidden, "added": not s.shipped}
        for s in listed
    ]
    if args.json or not (args.add or args.hide or args.show):
        _print_json_or_table(data, args.json, ["key", "label", "hidden", "added"])
    return EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from commandpost.bench import run_bench

    if args.timeline:
        import tempfile

        from commandpost.bench_timeline import run_timeline_bench

        work = Path(args.timeline_work or Path(tempfile.gettempdir()) / "commandpost-bench")
        return run_timeline_bench(work, args.repeat, args.json)
    if args.safety:
        from commandpost.bench_safety import run_safety_bench

        return run_safety_bench(None, args.repeat, args.json)
    if args.reports:
        from commandpost.bench_reports import run_reports_bench

        work = Path(args.reports_work) if args.reports_work else None
        return run_reports_bench(work, args.repeat, args.json)
    if args.board:
        import tempfile

        from commandpost.bench_board import run_board_bench

        work = Path(args.board_work or Path(tempfile.gettempdir()) / "commandpost-bench")
        return run_board_bench(work, args.repeat, args.json)
    if args.strength:
        return run_bench(
            None,
            repeat=args.repeat,
            as_json=args.json,
            strength=True,
            strength_work=Path(args.strength_work) if args.strength_work else None,
        )
    db_path = _db_path(args)
    if not (args.imports or db_path.exists()):
        if not args.demo:
            print(
                f"error: {db_path}: no such database (make one with `commandpost demo`, "
                "or measure the demo with `commandpost bench --demo`)",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        from commandpost.store.demo import build_demo

        build_demo(db_path, progress=ProgressPrinter("demo"))
    return run_bench(
        db_path,
        repeat=args.repeat,
        as_json=args.json,
        imports=args.imports,
        import_repeat=args.import_repeat,
        import_work=Path(args.import_work) if args.import_work else None,
    )


class Parser(argparse.ArgumentParser):
    """argparse's parser, with a command line it cannot read (an unknown option, a missing
    value) ending as bad input (exit 1, nothing changed): argparse's own exit code 2 means
    "the database cannot be used" here. Its sub-commands' parsers are of this class too."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window itself (no command)."""
    parser = Parser(
        prog="commandpost",
        description="CommandPost (Posko Pengamanan Pemilu). With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CommandPost {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: in the data dir)")
    parser.add_argument("--demo", action="store_true", help="open the Banten demo database")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    return parser


def _opens_the_window(argv: list[str]) -> bool:
    """No command, only the window's own options: start the window without building the
    parser of every command (their modules and options cost tens of milliseconds)."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token in ("--demo", "--bench-startup"):
            continue
        if token == "--db" and rest:
            rest.pop(0)
            continue
        if token.startswith("--db=") and len(token) > 5:
            continue
        return False
    return True


def build_parser() -> argparse.ArgumentParser:
    from commandpost.cli import (
        backup,
        class_rule,
        duty,
        imports,
        incidents,
        personnel,
        progress,
        reports,
        risks,
        shifts,
        stages,
        units,
        why,
    )

    parser = _window_parser()
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def db_option(p: argparse.ArgumentParser) -> None:
        # SUPPRESS: a --db given before the command (commandpost --db X stats) is kept, not
        # overwritten by the command's own default.
        p.add_argument(
            "--db",
            metavar="PATH",
            default=argparse.SUPPRESS,
            help="database file (default: in the data dir)",
        )
        p.add_argument(
            "--demo",
            action="store_true",
            default=argparse.SUPPRESS,
            help="use the Banten demo database",
        )
        p.add_argument(
            "--wait",
            metavar="SECONDS",
            type=float,
            default=argparse.SUPPRESS,
            help="how long a write waits while another program writes to the file (default 60)",
        )

    p = sub.add_parser(
        "demo",
        help="build a demo database",
        description=(
            "Build a demo database: the Banten Pilkada 2024 operation (real regions, synthetic "
            "TPS), or the whole country for benchmarks."
        ),
    )
    p.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="where to write it (default: the data dir)",
    )
    p.add_argument("--scale", choices=("banten", "national"), default="banten")
    p.add_argument("--seed", type=int, default=2024, help="same seed, same data (default 2024)")
    p.add_argument("--if-missing", action="store_true", help="do nothing if it exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "init",
        help="create a new database for an operation",
        description="Create a new database with its own station identity, the regions of one "
        "province (default Banten, 36) or of the whole country, and the operation.",
    )
    p.add_argument("--db", metavar="PATH", required=True, help="the new database file")
    p.add_argument(
        "--station",
        "--post",
        dest="station",
        required=True,
        help="name of this post, e.g. 'Posko Pam Pilkada Polres Lebak'",
    )
    p.add_argument("--province", default="36", help="province code, or 'all' (default 36)")
    p.add_argument("--operation", required=True, help="operation name")
    p.add_argument("--kind", choices=("pilkada", "pemilu", "psu", "exercise"), default="pilkada")
    p.add_argument("--voting-day", metavar="YYYY-MM-DD", help="voting day")
    p.add_argument(
        "--stages",
        choices=("auto", "pilkada_2024", "pemilu_2024", "none"),
        default="auto",
        help="the stages (tahapan) to start with: a shipped template, or none (default: the "
        "template of --kind, Pilkada 2024 or Pemilu 2024)",
    )
    p.add_argument("--officer-name", help="the officer on duty (with --rank and --nrp)")
    p.add_argument("--rank", help="the officer's rank (pangkat), e.g. AIPTU")
    p.add_argument("--nrp", help="the officer's NRP (8 digits)")
    p.add_argument("--zone", choices=("WIB", "WITA", "WIT"), help="time zone (default: province's)")
    p.add_argument("--actor", help="who (default: the officer on duty)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "stats",
        help="counts per level, DPT, operation and station",
        description="Print counts per level, total DPT, operation and station.",
    )
    db_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    imports.add_import_tps(sub, db_option)
    stages.add_parsers(sub, db_option)
    risks.add_parsers(sub, db_option)
    progress.add_parsers(sub, db_option)
    reports.add_parsers(sub, db_option)
    backup.register(sub, db_option)
    duty.add_parsers(sub, db_option)

    p = sub.add_parser(
        "check",
        help="check the file for damage: pages, foreign keys, each station's hash chain",
        description="Check the database file for damage: SQLite's full page check "
        "(integrity_check), the foreign keys (foreign_key_check) and the hash chain of "
        "every station's changes. Exit 2 when anything is wrong.",
    )
    db_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "threat",
        help="set or list TPS classes and threat levels",
        description="Set or list TPS classes and threat levels (kerawanan).",
    )
    threat_sub = p.add_subparsers(title="threat commands", metavar="ACTION", required=True)
    q = threat_sub.add_parser(
        "set",
        help="set a TPS class and/or a threat level",
        description="Set the class of the TPS at or below each --node, and/or the level of "
        "one threat category at each --node. A reason is required; one change is recorded.",
    )
    db_option(q)
    q.add_argument(
        "--node",
        action="append",
        required=True,
        metavar="CODE",
        help="node code (repeat for several); a region means every TPS below it",
    )
    q.add_argument(
        "--class",
        dest="tps_class",
        metavar="CLASS",
        help="kurang_rawan, rawan, sangat_rawan or khusus",
    )
    q.add_argument("--category", help="threat category key (see the taxonomy)")
    q.add_argument("--level", help="none, rendah, sedang or tinggi (0-3)")
    q.add_argument("--reason", help="why (required)")
    q.add_argument("--source", help="source of the information, e.g. bhabinkamtibmas")
    q.add_argument("--observed-at", metavar="ISO", help="when observed (default now)")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.set_defaults(func=cmd_threat_set)
    q = threat_sub.add_parser(
        "list",
        help="list TPS by class, area and threat",
        description="List TPS by class, area and threat category.",
    )
    db_option(q)
    q.add_argument(
        "--class",
        dest="tps_class",
        action="append",
        metavar="CLASS",
        help="only these classes (repeatable)",
    )
    q.add_argument("--under", metavar="CODE", help="only below this node")
    q.add_argument("--unit", metavar="NAME", help="only in this unit's jurisdiction")
    q.add_argument(
        "--category",
        help="with a threat of this category ('bencana': any disaster, '*': any category)",
    )
    q.add_argument("--min-level", help="lowest threat level counted (default rendah)")
    q.add_argument("--limit", type=int, default=5000)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_threat_list)

    imports.add_threat_import(threat_sub, db_option)
    why.add_threat_why(threat_sub, db_option)
    class_rule.add_threat_rule(threat_sub, db_option)

    q = threat_sub.add_parser(
        "sources",
        help="list, add, hide the sources of information",
        description="The operation's sources of threat information (Bhabinkamtibmas, Bawaslu, "
        "BPBD, ...): list them, add one, hide or show one again.",
    )
    db_option(q)
    q.add_argument("--add", metavar="LABEL", help="add a source with this name")
    q.add_argument("--hide", action="append", metavar="KEY", help="hide a source (repeatable)")
    q.add_argument("--show", action="append", metavar="KEY", help="show a hidden source again")
    q.add_argument("--actor", help="who (default: the officer on duty)")
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_threat_sources)

    units.add_parsers(sub, db_option)
    personnel.add_parsers(sub, db_option)
    shifts.add_parsers(sub, db_option)

    incidents.add_parsers(sub, db_option)

    p = sub.add_parser(
        "bench",
        help="measure start-up, expand, search and memory",
        description="Measure cold start, expanding a kecamatan, a search and "
        "peak memory on a database; medians over repeats.",
    )
    db_option(p)
    p.add_argument("--repeat", type=int, default=7, help="repeats per measure (default 7)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--import",
        dest="imports",
        action="store_true",
        help="measure the TPS import instead: a generated national list (820,161 TPS), its "
        "sqlite3 floor, the Banten list and a bad-rows file (a few minutes)",
    )
    p.add_argument(
        "--import-repeat",
        type=int,
        default=1,
        metavar="N",
        help="runs of the national-size imports (default 1, about a minute each)",
    )
    p.add_argument(
        "--import-work",
        metavar="DIR",
        help="keep the generated database and lists here, reuse them",
    )
    p.add_argument(
        "--timeline",
        action="store_true",
        help="measure the stage timeline with every overlay instead: the national demo with "
        "100,000 logged changes (built once, several minutes, in --timeline-work)",
    )
    p.add_argument(
        "--strength",
        action="store_true",
        help="measure the personnel side instead: a roster of 300,000 people imported, the "
        "required strength of the whole country recomputed, a class change with its gap "
        "repainted and an assignment, on the national demo (built once in --strength-work)",
    )
    p.add_argument(
        "--strength-work",
        metavar="DIR",
        help="where the strength bench keeps its databases and roster (default: the bench "
        "folder in the temp dir)",
    )
    p.add_argument(
        "--board",
        action="store_true",
        help="measure the personnel board instead: Polda Banten's board opened and scrolled, "
        "a national roster of 300,000 people filtered, a card dropped on a post",
    )
    p.add_argument(
        "--board-work",
        metavar="DIR",
        help="where the board bench keeps its demo database (default: the bench folder in "
        "the temp dir)",
    )
    p.add_argument(
        "--reports",
        action="store_true",
        help="measure printed reports instead: the Polda Banten situation report and TPS-rawan "
        "list, a national roll-up, a 9,000-row TPS list (data to PDF)",
    )
    p.add_argument(
        "--safety",
        action="store_true",
        help="measure the data-safety checks instead: the page check before the first "
        "write, commandpost check and a verified backup, on the national demo",
    )
    p.add_argument(
        "--reports-work",
        metavar="DIR",
        help="where the reports bench keeps its databases (default: the bench folder in the "
        "temp dir; the national one is the strength bench's)",
    )
    p.add_argument(
        "--timeline-work",
        metavar="DIR",
        help="where the timeline bench keeps its database (default: a folder in the temp dir)",
    )
    p.set_defaults(func=cmd_bench)
    return parser


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (it may be replaced after set-up)."""

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


class _OneLine(logging.Formatter):
    """A log line without its traceback: tracebacks go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved


def setup_logging() -> None:
    """Warnings to stderr; everything from INFO up to a rotating file in the data directory."""
    root = logging.getLogger()
    if getattr(root, "_commandpost", False):
        return
    root.setLevel(logging.INFO)
    console = _StderrHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(_OneLine("%(levelname)s %(name)s: %(message)s"))
    console.addFilter(lambda record: not getattr(record, "file_only", False))
    root.addHandler(console)
    try:
        from logging.handlers import RotatingFileHandler

        from commandpost import paths

        handler = RotatingFileHandler(
            paths.data_dir() / "commandpost.log",
            maxBytes=2_000_000,
            backupCount=3,
            encoding="utf-8",
        )
    except OSError as exc:  # a read-only data dir must not stop the program
        console.handle(
            logging.makeLogRecord(
                {
                    "msg": f"no log file: {exc}",
                    "levelno": 30,
                    "levelname": "WARNING",
                    "name": "commandpost",
                }
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root._commandpost = True  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = _window_parser() if _opens_the_window(argv) else build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    from commandpost.cli import common

    common.damaged_refusal = None
    try:
        code = args.func(args)
        if code == EXIT_OK and common.damaged_refusal is not None:
            # What a command read from a damaged file may be wrong: it must not pass unsaid.
            print(
                f"warning: {common.damaged_refusal.path} is damaged "
                f"({common.damaged_refusal.detail}); what was read from it may be wrong; "
                "restore the newest good backup (commandpost backup list)",
                file=sys.stderr,
            )
        return code
    except KeyboardInterrupt:
        print("interrupted; nothing was saved from the unfinished step", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (`| head`) stopped reading; Python must not complain on exit either.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # every known problem is a message, never a traceback
        return _report(exc, _db_path(args))


def _report(exc: Exception, db_path: Path | None = None) -> int:
    from commandpost.store.changelog import ChangeError
    from commandpost.store.failures import StoreError, classify
    from commandpost.store.tps_import import TpsImportError

    if not isinstance(exc, StoreError):
        # A database or disk failure outside a write (a read of a damaged page, a full disk)
        # is named by its cause too.
        path = getattr(exc, "filename", None) or db_path or "the database"
        exc = classify(exc, path) or exc
    from commandpost.cli import common

    if common.damaged_refusal is not None and not isinstance(exc, StoreError):
        # Input checked against a damaged file cannot be trusted either way.
        log.info("refused on a damaged file: %s", exc)
        exc = common.damaged_refusal
    if isinstance(exc, StoreError):
        code = EXIT_DB
    elif isinstance(exc, (TpsImportError, ChangeError, ValueError, FileExistsError)):
        code = EXIT_BAD_INPUT
    else:
        log.error("unexpected error", exc_info=exc, extra={"file_only": True})
        print(
            "error: an unexpected error; the details are in commandpost.log in the data directory",
            file=sys.stderr,
        )
        return 3
    log.info("refused: %s", exc)
    print(f"error: {exc}", file=sys.stderr)
    return code
