"""`commandpost backup now|list|restore`: verified backups of the database, and restoring one.

Every backup is checked before it gets its final name (see :mod:`commandpost.store.backup`).
A problem is one line on stderr and exit code EXIT_DB (2); a restore that was not confirmed
exits with EXIT_BAD_INPUT (1) and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from commandpost.cli.common import EXIT_BAD_INPUT, EXIT_DB, EXIT_OK, _db_path, log

DbOption = Callable[[argparse.ArgumentParser], None]
CONFIRM_WORDS = ("ya", "yes")


def _refused(message: str, code: int = EXIT_DB) -> int:
    log.info("refused: %s", message)
    print(f"error: {message}", file=sys.stderr)
    return code


def _folders(args: argparse.Namespace) -> list[Path]:
    from commandpost.store.backup import default_folder

    folders = [Path(args.to) if args.to else default_folder()]
    if args.also:
        folders.append(Path(args.also))
    return folders


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def cmd_now(args: argparse.Namespace) -> int:
    from commandpost.store.backup import BackupError, make_backup
    from commandpost.store.failures import human_bytes

    if args.keep < 1:
        return _refused("--keep must be at least 1", EXIT_BAD_INPUT)
    try:
        result = make_backup(
            _db_path(args),
            Path(args.to) if args.to else None,
            Path(args.also) if args.also else None,
            keep=args.keep,
        )
    except BackupError as exc:
        return _refused(str(exc))
    for info in result.made:
        print(f"backup written and verified: {info.path} ({human_bytes(info.size_bytes)})")
    if result.pruned:
        count = len(result.pruned)
        print(
            f"removed {count} older backup{'s' if count > 1 else ''} "
            f"(keeping the newest {args.keep} in each folder)"
        )
    for _folder, reason in result.failed:
        _refused(reason)
    return EXIT_DB if result.failed else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from commandpost.store.backup import list_backups
    from commandpost.store.failures import human_bytes

    db_path = _db_path(args)
    folders = _folders(args)
    found = list_backups(db_path, folders)
    if args.json:
        data = [
            {
                "path": str(info.path),
                "taken_at": info.taken_at.isoformat().replace("+00:00", "Z"),
                "size_bytes": info.size_bytes,
            }
            for info in found
        ]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not found:
        print(f"no backups of {db_path.name} in {', '.join(str(f) for f in folders)}")
        return EXIT_OK
    rows = [(_when(i.taken_at), human_bytes(i.size_bytes), str(i.path)) for i in found]
    widths = [max(len(r[c]) for r in rows) for c in range(2)]
    print(f"{'taken (UTC)':<{widths[0]}}  {'size':>{widths[1]}}  file")
    for when, size, path in rows:
        print(f"{when.removesuffix(' UTC'):<{widths[0]}}  {size:>{widths[1]}}  {path}")
    return EXIT_OK


def _backup_file(name: str) -> Path:
    """FILE as given, or a bare file name found in the primary backup folder."""
    from commandpost.store.backup import default_folder

    path = Path(name)
    if not path.exists() and path.name == name:
        in_folder = default_folder() / name
        if in_folder.exists():
            return in_folder
    return path


def _confirmed(db_path: Path, backup: Path) -> int | None:
    """Say what the restore would do and ask; None when confirmed, else the exit code."""
    from commandpost.store.backup import BackupError, check_backup
    from commandpost.store.failures import human_bytes

    try:
        info = check_backup(backup)
    except BackupError as exc:
        return _refused(str(exc))
    print(
        f"restore would replace {db_path} with {backup} "
        f"(taken {_when(info.taken_at)}, {human_bytes(info.size_bytes)}, checked: good)"
    )
    if db_path.exists():
        print(
            f"the current file would be kept as {db_path.stem}.before-restore-<UTC time>.sqlite "
            f"in {db_path.parent}; close CommandPost on this database first"
        )
    if not sys.stdin.isatty():
        return _refused("not restored: run again with --yes to confirm", EXIT_BAD_INPUT)
    try:
        answer = input(f"type {CONFIRM_WORDS[0]!r} to restore: ")
    except EOFError:
        answer = ""
    if answer.strip().lower() not in CONFIRM_WORDS:
        print("not restored; nothing was changed")
        return EXIT_BAD_INPUT
    return None


def cmd_restore(args: argparse.Namespace) -> int:
    from commandpost.store.backup import BackupError, restore

    db_path = _db_path(args)
    backup = _backup_file(args.file)
    if not args.yes:
        refused = _confirmed(db_path, backup)
        if refused is not None:
            return refused
    try:
        result = restore(db_path, backup)
    except BackupError as exc:
        return _refused(str(exc))
    if result.aside is None:
        print(f"restored from {result.backup} to {result.database} (there was no database)")
    else:
        print(f"restored from {result.backup}; the previous file is kept as {result.aside}")
    return EXIT_OK


def register(sub, db_option: DbOption) -> None:
    """Register `commandpost backup ...` on the subparsers ``sub``; ``db_option(p)`` adds
    --db/--demo to a parser."""
    from commandpost.store.backup import DEFAULT_KEEP

    p = sub.add_parser(
        "backup",
        help="verified backups of the database, and restoring one",
        description="Back up the database while it is in use, list the backups, or restore "
        "one. Backups are named <database>-YYYYMMDD-HHMMSS.sqlite with the time in UTC.",
    )
    backup_sub = p.add_subparsers(title="backup commands", metavar="ACTION", required=True)

    def folders(q: argparse.ArgumentParser) -> None:
        q.add_argument(
            "--to", metavar="DIR", help="backup folder (default: backups in the data dir)"
        )
        q.add_argument("--also", metavar="DIR", help="a second folder, e.g. on a USB stick")

    q = backup_sub.add_parser(
        "now",
        help="back up the database now",
        description="Copy the database (also while the window has it open), check the copy, "
        "and keep the newest --keep backups in each folder.",
    )
    db_option(q)
    folders(q)
    q.add_argument(
        "--keep",
        type=int,
        default=DEFAULT_KEEP,
        metavar="N",
        help=f"backups kept per folder (default {DEFAULT_KEEP})",
    )
    q.set_defaults(func=cmd_now)

    q = backup_sub.add_parser(
        "list", help="list the backups, newest first", description="List the backups."
    )
    db_option(q)
    folders(q)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_list)

    q = backup_sub.add_parser(
        "restore",
        help="put a backup in place of the database",
        description="Check a backup and put it in place of the database. The current file "
        "is kept beside it as <database>.before-restore-YYYYMMDD-HHMMSS.sqlite. Close "
        "CommandPost on the database first.",
    )
    q.add_argument("file", metavar="FILE", help="the backup (a path, or a name in the folder)")
    db_option(q)
    q.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    q.set_defaults(func=cmd_restore)
