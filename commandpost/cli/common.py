"""What every command shares: exit codes, progress on stderr, the actor, the database."""

from __future__ import annotations

import argparse
import contextlib
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


def _actor(args: argparse.Namespace, db=None) -> str:
    """Who a command's changes name: ``--actor`` when given, else the officer on duty in
    the database the command opened (``commandpost duty set``/``handover``), never the
    computer's login name. Raises store.duty.NoOfficerOnDuty (a refusal saying how to set
    one) when neither is there."""
    given = " ".join(str(getattr(args, "actor", None) or "").split())
    if given:
        return given
    db = db if db is not None else getattr(args, "_open_db", None)
    if db is None:
        from commandpost.store.duty import NoOfficerOnDuty

        raise NoOfficerOnDuty
    from commandpost.store import duty

    return duty.actor(db)


def _db_path(args: argparse.Namespace) -> Path:
    from commandpost import paths

    if getattr(args, "db", None):
        return Path(args.db)
    if getattr(args, "demo", False):
        return paths.demo_db()
    return paths.default_db()


# Set when a command opened a file whose pages are damaged: a refusal of its input (an
# "unknown node" read through a damaged index) is then reported as the damage it may be.
damaged_refusal: Exception | None = None


def _open_existing(path: Path, wait_s: float | None = None):
    """Open a database that must already exist (every command but init and demo).

    A missing or empty file is refused (StoreError). A write that finds the file locked by
    another process waits up to ``wait_s`` seconds (default a minute), saying once on stderr
    what it waits for."""
    from commandpost.store.database import DEFAULT_LOCK_WAIT_S, HealthState, open_database

    db = open_database(path)
    # The page check before anything else: a damaged index must not answer "unknown node"
    # to a write's own checks (about 0.34 s on the national demo, 0.02 s on Banten).
    if db.read_only is None and db.health.ensure() is HealthState.DAMAGED:
        with contextlib.suppress(OSError):
            db.ensure_writable()  # it turns read-only and says why
        global damaged_refusal
        damaged_refusal = db.read_only

    db.lock_wait_s = DEFAULT_LOCK_WAIT_S if wait_s is None else wait_s
    db.lock_waiter = LockWaitPrinter(db.path, db.lock_wait_s)
    return db


class LockWaitPrinter:
    """Says once, on stderr, that a write waits for another process's lock; gives up after
    ``limit_s`` seconds."""

    def __init__(self, path: Path, limit_s: float) -> None:
        self.path = path
        self.limit_s = limit_s
        self.said = False

    def waiting(self, waited_s: float, holders: list[str]) -> bool:
        if waited_s >= self.limit_s:
            return False
        if not self.said:
            self.said = True
            who = ", ".join(holders) if holders else "another program or window"
            print(
                f"waiting: {self.path} is being written by {who}; waiting up to "
                f"{self.limit_s:.0f} s (--wait SECONDS to change, Ctrl+C to stop)",
                file=sys.stderr,
                flush=True,
            )
        return True

    def done(self, acquired: bool) -> None:
        if self.said and acquired:
            print("the file is free again; saving", file=sys.stderr, flush=True)


@contextlib.contextmanager
def _database(args: argparse.Namespace):
    """The database a command names, closed when the command is done."""
    db = _open_existing(_db_path(args), getattr(args, "wait", None))
    args._open_db = db  # the officer on duty in it is the commands' actor (_actor)
    try:
        yield db
    finally:
        args._open_db = None
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


def post_moment(value: str | None, zone_name: str) -> str | None:
    """A time as the post writes it (``27/11/2024 07.05``, ``2024-11-27 07:05``) on the
    post's clock ``zone_name`` (WIB, WITA, WIT), or an ISO time with its own offset, as ISO
    with its offset; None stays None (now). Raises ValueError for text that is no time."""
    import datetime as dt

    from commandpost.core.stages import zone

    if value is None:
        return None
    try:
        if "." in value.partition(":")[0]:  # 07.05 is hour.minute (fromisoformat: 07 h 0.05 s)
            raise ValueError(value)
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        from commandpost.cli.stages import _moment

        return _moment(value, zone_name).isoformat(timespec="minutes")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone(zone_name))
    return moment.isoformat(timespec="minutes")


def post_time(value: str | None, db) -> str | None:
    """:func:`post_moment` on the clock of ``db``'s post (store.duty.post_zone): a time
    given without an offset is the post's, never the laptop's."""
    from commandpost.store.duty import post_zone

    return post_moment(value, post_zone(db)) if value is not None else None
