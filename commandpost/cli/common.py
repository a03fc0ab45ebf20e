"""What every command shares: exit codes, progress on stderr, the actor, the database."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import sys
from pathlib import Path

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


@contextlib.contextmanager
def _database(args: argparse.Namespace):
    """The database a command names, closed when the command is done."""
    db = _open_existing(_db_path(args))
    try:
        yield db
    finally:
        db.close()


def _print_json_or_table(data: list[dict], as_json: bool, columns: list[str]) -> None:
    """Rows as JSON (``--json``) or as a plain aligned table."""
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    widths = {c: max([len(c), *(len(str(row.get(c, ""))) for row in data)]) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in data:
        print("  ".join(str(row.get(c, "")).ljust(widths[c]) for c in columns))
