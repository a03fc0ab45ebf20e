"""The `commandpost` command. With no subcommand it opens the window."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from pathlib import Path

from commandpost import __version__

EXIT_OK, EXIT_BAD_INPUT, EXIT_DB = 0, 1, 2
log = logging.getLogger("commandpost")


class ProgressPrinter:
    """Progress on stderr: a redrawn bar on a terminal, a line per tenth elsewhere."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last_tenth = -1

    def __call__(self, fraction: float, what: str) -> None:
        percent = int(fraction * 100)
        if self.tty:
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\r{self.label}: [{bar:<25}] {percent:3d}% {what:<10}")
            if fraction >= 1:
                sys.stderr.write("\n")
        elif percent // 10 != self.last_tenth:
            self.last_tenth = percent // 10
            sys.stderr.write(f"{self.label}: {percent}% {what}\n")
        sys.stderr.flush()


def _actor(args: argparse.Namespace) -> str:
    if getattr(args, "actor", None):
        return args.actor
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


def _db_path(args: argparse.Namespace) -> Path:
    from commandpost import paths

    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "demo", False):
        return paths.demo_db()
    return paths.default_db()


def _open_existing(path: Path):
    """Open a database that must already exist (the commands that read)."""
    from commandpost.store.database import open_database

    if not path.exists():
        raise FileNotFoundError(f"{path}: no such database (make one with `commandpost demo`)")
    return open_database(path)


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


def cmd_stats(args: argparse.Namespace) -> int:
    from commandpost.store import queries

    db = _open_existing(_db_path(args))
    try:
        info = queries.overview(db)
    finally:
        db.close()
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


def cmd_import_tps(args: argparse.Namespace) -> int:
    from commandpost.store.tps_import import import_tps

    path = _db_path(args)
    db = _open_existing(path)
    try:
        count = import_tps(db, args.file, _actor(args), progress=ProgressPrinter("import"))
    finally:
        db.close()
    print(f"imported {count} TPS from {args.file} into {path}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from commandpost.core.changes import verify_chain
    from commandpost.store.changelog import load_changes

    db = _open_existing(_db_path(args))
    try:
        changes = load_changes(db)
    finally:
        db.close()
    by_station: dict[str, list] = {}
    for change in changes:
        by_station.setdefault(change.station_id, []).append(change)
    bad = 0
    for station, chain in sorted(by_station.items()):
        problems = verify_chain(chain)
        status = "intact" if not problems else f"{len(problems)} problem(s)"
        print(f"station {station}: {len(chain)} changes, chain {status}")
        for problem in problems:
            print(f"  {problem}")
        bad += bool(problems)
    return EXIT_DB if bad else EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from commandpost.bench import run_bench

    return run_bench(_db_path(args), repeat=args.repeat, as_json=args.json)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="commandpost",
        description="CommandPost (Posko Pengamanan Pemilu). With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"CommandPost {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: in the data dir)")
    parser.add_argument("--demo", action="store_true", help="open the Banten demo database")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def db_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="PATH", help="database file (default: in the data dir)")
        p.add_argument("--demo", action="store_true", help="use the Banten demo database")

    p = sub.add_parser(
        "demo",
        help="build a demo database",
        description=(
            "Build a demo database: the Banten Pilkada 2024 operation (real regions, synthetic "
            "TPS), or the whole country for benchmarks."
        ),
    )
    p.add_argument("--db", metavar="PATH", help="where to write it (default: the data dir)")
    p.add_argument("--scale", choices=("banten", "national"), default="banten")
    p.add_argument("--seed", type=int, default=2024, help="same seed, same data (default 2024)")
    p.add_argument("--if-missing", action="store_true", help="do nothing if it exists")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "stats",
        help="counts per level, DPT, operation and station",
        description="Print counts per level, total DPT, operation and station.",
    )
    db_option(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser(
        "import-tps",
        help="import a TPS list (CSV or XLSX)",
        description=(
            "Import a TPS list. Columns: village code (village_code/kode_desa), TPS number "
            "(tps_number/no_tps), address (address/alamat), DPT (dpt/jumlah_dpt). Every row is "
            "checked first; on any problem nothing is imported."
        ),
    )
    p.add_argument("file", metavar="FILE", help=".csv (UTF-8, comma or semicolon) or .xlsx")
    db_option(p)
    p.add_argument("--actor", help="who is importing (default: the login name)")
    p.set_defaults(func=cmd_import_tps)

    p = sub.add_parser(
        "check",
        help="verify each station's change-log hash chain",
        description="Verify the hash chain of every station's changes.",
    )
    db_option(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "bench",
        help="measure start-up, expand, search and memory",
        description="Measure cold start, expanding a kecamatan, a search and "
        "peak memory on a database; medians over repeats.",
    )
    db_option(p)
    p.add_argument("--repeat", type=int, default=7, help="repeats per measure (default 7)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    from commandpost.store.changelog import ChangeError
    from commandpost.store.database import StoreError
    from commandpost.store.tps_import import TpsImportError

    try:
        return args.func(args)
    except TpsImportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (StoreError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_DB
    except (ChangeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted; nothing was saved from the unfinished step", file=sys.stderr)
        return 130
