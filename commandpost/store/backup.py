"""Verified backups of a CommandPost database, and restoring one. No Qt here.

A backup is taken online with SQLite's backup API from a read connection on the live
database, so it works while the window has the database open (WAL mode) and holds only
committed data. The copy is written under a hidden temporary name in the destination folder
(``.<name>.partial``), made a self-contained single file (``journal_mode=DELETE``: no -wal or
-shm file is needed beside it), checked with :func:`file_problems`, and only then renamed to
its final name; the folder is synced where the platform allows it.

Backups are named ``<database stem>-YYYYMMDD-HHMMSS.sqlite`` with the time in **UTC** (so the
names sort in time order whatever the laptop's zone, and do not jump when it changes); a
second backup in the same second gets ``-2``, ``-3``... before ``.sqlite``. Each destination
folder keeps the newest N (default 24) backups of that database; older ones are pruned only
after a new one passed its check, and only files that match the database's own pattern.
Two databases with the same stem in different folders share one set of generations in a
shared backup folder.

A restore never overwrites the current database: the current file (and its -wal and -shm
files) is moved aside to ``<stem>.before-restore-YYYYMMDD-HHMMSS.sqlite`` in the same folder.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from commandpost.core.changes import Change, verify_chain
from commandpost.store.database import pending_wal, read_only_uri
from commandpost.store.failures import (
    StoreErrorKind,
    classify,
    free_bytes,
    human_bytes,
    lock_holders,
    read_only_reason,
)

log = logging.getLogger(__name__)

DEFAULT_KEEP = 24
SUFFIX = ".sqlite"
_STAMP = "%Y%m%d-%H%M%S"
_SIDE_FILES = ("-wal", "-shm")
_CHANGE_TABLE = "change_log"  # commandpost.store.models.ChangeRow


class BackupErrorKind(StrEnum):
    MISSING = "missing"  # the database or the backup file is not there
    DAMAGED = "damaged"  # a backup (or the copy just written) fails its check
    INVALID = "invalid"  # not a backup to restore: the database itself, or not CommandPost's
    UNREADABLE = "unreadable"  # the database cannot be read
    NOT_WRITABLE = "not_writable"  # the destination folder cannot be written
    DISK_FULL = "disk_full"
    IN_USE = "in_use"  # another program has the database open


class BackupError(ValueError):
    """A backup or restore problem a user can act on; the message is one line naming the file.

    ``kind`` and ``path`` let the window say it in Indonesian; ``free_bytes`` and
    ``needed_bytes`` are set for :attr:`BackupErrorKind.DISK_FULL`."""

    def __init__(
        self,
        kind: BackupErrorKind,
        path: Path | str,
        message: str,
        *,
        free_bytes: int | None = None,
        needed_bytes: int | None = None,
    ) -> None:
        self.kind = kind
        self.path = Path(path)
        self.free_bytes = free_bytes
        self.needed_bytes = needed_bytes
        super().__init__(message)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when it was taken (UTC, from its name), its size."""

    path: Path
    taken_at: datetime
    size_bytes: int


@dataclass(frozen=True)
class BackupResult:
    """What :func:`make_backup` did per destination: the backups written and verified, the
    destinations that failed with a one-line reason each, and the old backups pruned."""

    made: list[BackupInfo] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: the database now in place, where the previous file was kept (None
    when there was no database before), and the backup it came from."""

    database: Path
    aside: Path | None
    backup: Path


def default_folder() -> Path:
    """The primary backup folder: ``backups`` in the data directory (not created here)."""
    from commandpost import paths

    return paths.data_dir() / "backups"


# -- checking ----------------------------------------------------------------------------------


def file_problems(path: Path) -> list[str]:
    """Check a database file without changing it; return its problems, [] when it is good.

    Runs ``PRAGMA integrity_check`` (every row it reports), ``PRAGMA foreign_key_check``
    (table and rowid of each row whose parent is missing) and the hash chain of every
    station's changes in ``change_log`` (:func:`commandpost.core.changes.verify_chain`).
    The file is opened read-only (``immutable`` when no -wal file is beside it), so checking
    creates no -wal or -shm file. Problems are short English sentences without the path; a
    file that is missing, not a database or unreadable is a problem too, never an exception.
    """
    path = Path(path)
    if not path.is_file():
        return ["the file does not exist"]
    try:
        conn = _connect_ro(path)
    except sqlite3.Error as exc:
        return [f"cannot be opened: {exc}"]
    problems: list[str] = []
    try:
        problems += _integrity_problems(conn)
        if problems:
            return problems  # the other checks would only read through damaged pages
        problems += _foreign_key_problems(conn)
        problems += _chain_problems(conn)
    except sqlite3.Error as exc:
        problems.append(f"cannot be read: {_printable(str(exc))}")
    finally:
        conn.close()
    return problems


def _printable(text: str, limit: int = 160) -> str:
    """An error text fit for a terminal: damaged bytes it quotes are replaced, and it is cut
    short (SQLite quotes whole column values)."""
    clean = "".join(c if c.isprintable() else "?" for c in text)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"


def _connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection that leaves the file (and its folder) exactly as they are:
    immutable unless changes wait in the WAL (reading an empty WAL would need a WAL index,
    which a full disk or a read-only stick cannot hold, and an intact file would look
    damaged)."""
    uri = read_only_uri(path, immutable=not pending_wal(path))
    return sqlite3.connect(uri, uri=True, timeout=5)


def _integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    # SQLite names the schema first ("*** in database main ***") on a line of its own.
    lines = [line for r in rows for line in str(r).splitlines() if not line.startswith("***")]
    return [f"integrity: {line}" for line in lines if line]


def _foreign_key_problems(conn: sqlite3.Connection) -> list[str]:
    problems = []
    for table, rowid, parent, _fkid in conn.execute("PRAGMA foreign_key_check"):
        where = f"row {rowid}" if rowid is not None else "a row"
        problems.append(f"{table} {where} refers to a missing {parent} row")
    return problems


_CHANGE_COLUMNS = (
    'id, station_id, seq, hlc, actor, entity, entity_id, op, "values", reason, prev_hash, hash'
)


def _chain_problems(conn: sqlite3.Connection) -> list[str]:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if _CHANGE_TABLE not in tables:
        return [f"there is no {_CHANGE_TABLE} table: not a CommandPost database"]
    problems = []
    stations = [
        r[0] for r in conn.execute(f"SELECT DISTINCT station_id FROM {_CHANGE_TABLE} ORDER BY 1")
    ]
    for station in stations:
        chain = []
        rows = conn.execute(
            f"SELECT {_CHANGE_COLUMNS} FROM {_CHANGE_TABLE} WHERE station_id = ? ORDER BY seq",
            (station,),
        )
        for row in rows:
            try:
                values = json.loads(row[8]) if isinstance(row[8], str | bytes) else row[8]
            except ValueError:
                problems.append(f"station {station}: seq {row[2]}: its values are not JSON")
                values = {}
            chain.append(
                Change(
                    id=row[0],
                    station_id=row[1],
                    seq=row[2],
                    hlc=row[3],
                    actor=row[4],
                    entity=row[5],
                    entity_id=row[6],
                    op=row[7],
                    values=values,
                    reason=row[9] or "",
                    prev_hash=row[10],
                    hash=row[11],
                )
            )
        problems += [f"station {station}: {p}" for p in verify_chain(chain)]
        problems += _station_row_problems(conn, station, chain)
    return problems


def _station_row_problems(conn: sqlite3.Connection, station: str, chain: list[Change]) -> list:
    """This station's own bookkeeping (``station.last_seq``, ``last_hash``) must end where
    its chain ends: the next change is chained to it, so a damaged row would break the
    chain at the next write. Only the file's own station keeps it (others' rows are made
    when their changes are merged)."""
    own = conn.execute("SELECT value FROM cp_meta WHERE key = 'station_id'").fetchone()
    if own is None or own[0] != station or not chain:
        return []
    row = conn.execute(
        "SELECT last_seq, last_hash FROM station WHERE id = ?", (station,)
    ).fetchone()
    if row is None:
        return [f"station {station}: its station row is missing"]
    last = chain[-1]
    if row[0] != last.seq or row[1] != last.hash:
        return [
            f"station {station}: the station row says seq {row[0]}, the chain ends at seq "
            f"{last.seq} (the next change would not follow the chain)"
        ]
    return []


# -- names -------------------------------------------------------------------------------------


def backup_name(db_path: Path, taken_at: datetime, serial: int = 1) -> str:
    """``<stem>-YYYYMMDD-HHMMSS.sqlite`` (UTC), with ``-<serial>`` before the suffix from 2."""
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    extra = f"-{serial}" if serial > 1 else ""
    return f"{Path(db_path).stem}-{stamp}{extra}{SUFFIX}"


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"{re.escape(Path(db_path).stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(SUFFIX)}"
    )


def _parse(db_path: Path, path: Path) -> tuple[datetime, int] | None:
    found = _pattern(db_path).fullmatch(path.name)
    if found is None:
        return None
    try:
        taken = datetime.strptime(found[1], _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return taken, int(found[2] or 1)


def _unique(folder: Path, name_for) -> Path:
    serial = 1
    while True:
        candidate = folder / name_for(serial)
        if not candidate.exists() and not _partial(candidate).exists():
            return candidate
        serial += 1


def _partial(final: Path) -> Path:
    return final.with_name(f".{final.name}.partial")


# -- listing -----------------------------------------------------------------------------------


def _folders(folders: Iterable[Path] | None) -> list[Path]:
    return [default_folder()] if folders is None else [Path(f) for f in folders]


def _found(db_path: Path, folders: Iterable[Path] | None) -> list[tuple[datetime, int, Path]]:
    found = []
    seen = set()
    for folder in _folders(folders):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            parsed = _parse(db_path, path)
            if parsed is None or not path.is_file():
                continue
            key = path.resolve()
            if key in seen or key == Path(db_path).resolve():
                continue
            seen.add(key)
            found.append((*parsed, path))
    found.sort(key=lambda item: (item[0], item[1], item[2].name), reverse=True)
    return found


def list_backups(db_path: Path, folders: Iterable[Path] | None = None) -> list[BackupInfo]:
    """The backups of ``db_path`` in ``folders`` (default: the primary folder), newest first.

    Folders that do not exist are skipped; nothing is checked (see :func:`last_good_backup`).
    """
    infos = []
    for taken, _serial, path in _found(db_path, folders):
        try:
            size = path.stat().st_size
        except OSError:  # removed meanwhile
            continue
        infos.append(BackupInfo(path, taken, size))
    return infos


_ANY_BACKUP = re.compile(rf"-(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}")


def backup_info(path: Path) -> BackupInfo:
    """What is known of any backup file: the time in its name when it follows the pattern
    (whatever the database it came from), else its modification time; raises OSError when
    it cannot be read."""
    path = Path(path)
    stat = path.stat()
    found = _ANY_BACKUP.search(path.name)
    taken = None
    if found is not None and found.end() == len(path.name):
        with contextlib.suppress(ValueError):
            taken = datetime.strptime(found[1], _STAMP).replace(tzinfo=UTC)
    if taken is None:
        taken = datetime.fromtimestamp(int(stat.st_mtime), UTC)
    return BackupInfo(path, taken, stat.st_size)


def last_good_backup(db_path: Path, folders: Iterable[Path] | None = None) -> BackupInfo | None:
    """The newest backup of ``db_path`` in ``folders`` that passes :func:`file_problems`."""
    for info in list_backups(db_path, folders):
        if not file_problems(info.path):
            return info
    return None


# -- writing -----------------------------------------------------------------------------------


def make_backup(
    db_path: Path,
    folder: Path | None = None,
    also: Path | None = None,
    *,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> BackupResult:
    """Back up the live database ``db_path`` into ``folder`` (default :func:`default_folder`,
    created if missing) and, if given, a second folder ``also`` (a USB stick: it must exist
    or its parent must, so that an unplugged stick is reported rather than a folder created
    on the laptop's own disk).

    Both copies are the same snapshot (the committed state when the backup started), taken
    without stopping other connections. Each destination succeeds or fails on its own: a
    failure is in ``failed`` with a one-line reason and leaves no partial file; it never
    removes the other destination's backup. After a backup verified, that folder keeps the
    ``keep`` newest of this database (the new one always among them). ``now`` (UTC) names
    the files; default the current time. Raises :class:`BackupError` when the database
    itself is missing or cannot be read, ValueError when ``keep`` < 1.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    db_path = Path(db_path)
    taken = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    destinations = [(Path(folder) if folder else default_folder(), True)]
    if also is not None:
        destinations.append((Path(also), False))
    made: list[BackupInfo] = []
    failed: list[tuple[Path, str]] = []
    pruned: list[Path] = []
    src = _open_source(db_path)
    try:
        for dest, create_parents in destinations:
            try:
                info = _write_one(src, db_path, dest, taken, create_parents)
            except BackupError as exc:
                # The caller says it (the command line, the window's status bar).
                log.warning("backup to %s failed: %s", dest, exc, extra={"file_only": True})
                failed.append((dest, str(exc)))
                continue
            log.info("backup written and verified: %s", info.path)
            made.append(info)
            pruned += _prune(db_path, dest, keep, info.path)
    finally:
        src.close()
    return BackupResult(made, failed, pruned)


def _open_source(db_path: Path) -> sqlite3.Connection:
    """A read connection on the live database, inside a read transaction that pins the
    snapshot every destination is copied from."""
    if not db_path.is_file():
        raise BackupError(BackupErrorKind.MISSING, db_path, f"{db_path}: no such database")
    try:
        free = free_bytes(db_path)
        if read_only_reason(db_path) is not None or (free is not None and free < 1 << 20):
            # A read-only stick or folder, or a full disk: exactly when a copy is needed. The
            # file is read as it is (immutable: no -wal/-shm to make), which is safe when
            # no WAL is pending; otherwise SQLite says why it cannot be read.
            src = _connect_ro(db_path)
            src.isolation_level = None
        else:
            # Read-write open, but query_only: a read-only connection could not remove the
            # -wal and -shm files it creates beside a closed database.
            src = sqlite3.connect(
                f"{db_path.absolute().as_uri()}?mode=rw",
                uri=True,
                timeout=5,
                isolation_level=None,
            )
    except sqlite3.Error as exc:
        raise BackupError(
            BackupErrorKind.UNREADABLE, db_path, f"{db_path} cannot be read: {exc}"
        ) from exc
    try:
        src.execute("PRAGMA query_only=ON")
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        src.close()
        raise BackupError(
            BackupErrorKind.UNREADABLE, db_path, f"{db_path} cannot be read: {exc}"
        ) from exc
    return src


def _needed_bytes(db_path: Path) -> int:
    """Roughly what a copy takes: the database and its WAL."""
    total = 0
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def _is_disk_full(exc: BaseException, folder: Path) -> bool:
    error = classify(exc, folder)
    if error is not None:
        return error.kind is StoreErrorKind.DISK_FULL
    return "database or disk is full" in str(exc)  # SQLite's text, when no code came with it


def _disk_full(folder: Path, needed: int) -> BackupError:
    free = free_bytes(folder)
    have = f"{human_bytes(free)} free" if free is not None else "no free space"
    return BackupError(
        BackupErrorKind.DISK_FULL,
        folder,
        f"{folder}: the disk is full ({have}, about {human_bytes(needed)} needed)",
        free_bytes=free,
        needed_bytes=needed,
    )


def _not_writable(folder: Path, exc: OSError, what: str = "backups") -> BackupError:
    if isinstance(exc, NotADirectoryError | FileExistsError):
        reason = "it is a file, not a folder"
    elif isinstance(exc, FileNotFoundError):
        reason = "it does not exist (is the drive plugged in?)"
    else:
        reason = exc.strerror or str(exc)
    return BackupError(
        BackupErrorKind.NOT_WRITABLE, folder, f"cannot write {what} to {folder}: {reason}"
    )


def _prepare_folder(folder: Path, create_parents: bool, what: str = "backups") -> None:
    try:
        if folder.exists() and not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a directory", str(folder))
        folder.mkdir(parents=create_parents, exist_ok=True)
    except OSError as exc:
        raise _not_writable(folder, exc, what) from exc


def _write_one(
    src: sqlite3.Connection, db_path: Path, folder: Path, taken: datetime, create_parents: bool
) -> BackupInfo:
    """One destination: partial file, single-file journal mode, checked, renamed, synced."""
    _prepare_folder(folder, create_parents)
    final = _unique(folder, lambda serial: backup_name(db_path, taken, serial))
    partial = _partial(final)
    try:
        _copy_database(src, partial)
        problems = file_problems(partial)
        if problems:
            raise BackupError(
                BackupErrorKind.DAMAGED,
                final,
                f"the backup {final} failed its check, so it was not kept "
                f"(the database itself may be damaged): {_summary(problems)}",
            )
        os.replace(partial, final)
    except BackupError:
        _remove_partial(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        if _is_disk_full(exc, folder):
            raise _disk_full(folder, _needed_bytes(db_path)) from exc
        if isinstance(exc, OSError):
            raise _not_writable(folder, exc) from exc
        raise BackupError(
            BackupErrorKind.NOT_WRITABLE, folder, f"cannot write a backup to {folder}: {exc}"
        ) from exc
    _sync_folder(folder)
    return BackupInfo(final, taken, final.stat().st_size)


def _copy_database(src: sqlite3.Connection, target: Path) -> None:
    """Copy ``src`` page by page into a new file ``target`` in rollback-journal mode, and
    make it durable. Raises sqlite3.Error or OSError."""
    dst = sqlite3.connect(target, isolation_level=None)
    try:
        src.backup(dst)
        # The copied header says WAL; a single file must not need -wal/-shm beside it.
        dst.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        dst.close()
    _sync_file(target)


def _sync_file(path: Path) -> None:
    with path.open("r+b") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename durable; not possible on every platform (Windows), so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_partial(partial: Path) -> None:
    for suffix in ("", "-journal", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)


def _summary(problems: list[str]) -> str:
    more = len(problems) - 1
    return problems[0] + (f" (and {more} more problem{'s' if more > 1 else ''})" if more else "")


def _prune(db_path: Path, folder: Path, keep: int, newest: Path) -> list[Path]:
    """Remove all but the ``keep`` newest backups of ``db_path`` in ``folder``; ``newest``
    (the one just verified) is always kept, even if the clock had run ahead before."""
    others = [path for _t, _s, path in _found(db_path, [folder]) if path != newest]
    removed = []
    for path in others[keep - 1 :]:
        try:
            path.unlink()
        except OSError as exc:
            log.warning("could not remove the old backup %s: %s", path, exc)
            continue
        removed.append(path)
    return removed


# -- restoring ---------------------------------------------------------------------------------


def restore(db_path: Path, backup_path: Path, *, now: datetime | None = None) -> RestoreResult:
    """Put the backup ``backup_path`` in place of the database ``db_path``.

    The caller closes its own connections to ``db_path``; a restore while another process
    has the file open (found on Linux through /proc) is refused. The backup is checked
    first and refused if it fails. The current database is never overwritten: after the
    backup has been copied beside it (temporary name, synced, checked), the current file
    and its -wal/-shm files are moved aside to
    ``<stem>.before-restore-YYYYMMDD-HHMMSS.sqlite`` (UTC time ``now``; ``-wal``/``-shm``
    appended), then the copy is renamed into place. Raises :class:`BackupError` when the
    backup is missing or damaged, the file is open elsewhere, or the folder is not writable
    or full; in each case the
    current database is as it was.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    if db_path.exists() and backup_path.exists() and backup_path.resolve() == db_path.resolve():
        raise BackupError(
            BackupErrorKind.INVALID, backup_path, f"{backup_path} is the database itself"
        )
    check_backup(backup_path)
    holders = lock_holders(db_path) if db_path.exists() else []
    if holders:
        # Its next save would go into the file set aside, and be lost to the officer.
        raise BackupError(
            BackupErrorKind.IN_USE,
            db_path,
            f"{db_path} is open in {', '.join(holders)}; close it there first, then restore "
            "(nothing was changed)",
        )
    folder = db_path.parent
    _prepare_folder(folder, True, "the restored database")
    partial = db_path.with_name(f".{db_path.name}.restore.partial")
    _remove_partial(partial)
    try:
        src = _connect_ro(backup_path)
        try:
            _copy_database(src, partial)
        finally:
            src.close()
        problems = file_problems(partial)
        if problems:
            raise BackupError(
                BackupErrorKind.DAMAGED,
                db_path,
                f"the copy of {backup_path} beside {db_path} failed its check, so nothing "
                f"was changed: {_summary(problems)}",
            )
        aside = _move_aside(db_path, (now or datetime.now(UTC)).astimezone(UTC))
        try:
            os.replace(partial, db_path)
        except OSError:
            if aside is not None:
                _rename_all(_family(aside, db_path))
            raise
    except BackupError:
        _remove_partial(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_partial(partial)
        if _is_disk_full(exc, folder):
            raise _disk_full(folder, backup_path.stat().st_size) from exc
        if isinstance(exc, OSError):
            raise _not_writable(folder, exc, "the restored database") from exc
        raise BackupError(
            BackupErrorKind.UNREADABLE, backup_path, f"{backup_path} cannot be read: {exc}"
        ) from exc
    _sync_folder(folder)
    log.info("restored %s from %s; the previous file is kept as %s", db_path, backup_path, aside)
    return RestoreResult(db_path, aside, backup_path)


def check_backup(backup_path: Path) -> BackupInfo:
    """Whether ``backup_path`` can be restored: it exists, passes :func:`file_problems`, and
    is a CommandPost database this version opens. Returns what is known of it; raises
    :class:`BackupError` (MISSING, DAMAGED or INVALID) naming the file otherwise."""
    from commandpost.store.database import StoreError, StoreErrorKind, probe

    backup_path = Path(backup_path)
    if not backup_path.is_file():
        raise BackupError(BackupErrorKind.MISSING, backup_path, f"{backup_path}: no such backup")
    try:
        found = probe(backup_path)
    except StoreError as exc:
        kind = BackupErrorKind.DAMAGED
        if exc.kind in (
            StoreErrorKind.NOT_SQLITE,
            StoreErrorKind.NOT_COMMANDPOST,
            StoreErrorKind.TOO_NEW,
        ):
            kind = BackupErrorKind.INVALID
        raise BackupError(kind, backup_path, f"{exc}; it cannot be restored") from exc
    if found.revision is None:
        raise BackupError(
            BackupErrorKind.INVALID,
            backup_path,
            f"{backup_path} is an empty file or database; it cannot be restored",
        )
    problems = file_problems(backup_path)
    if problems:
        raise BackupError(
            BackupErrorKind.DAMAGED,
            backup_path,
            f"{backup_path} is damaged and cannot be restored: {_summary(problems)}",
        )
    return backup_info(backup_path)


def aside_name(db_path: Path, at: datetime, serial: int = 1) -> str:
    """``<stem>.before-restore-YYYYMMDD-HHMMSS.sqlite`` (UTC), ``-<serial>`` from 2."""
    stamp = at.astimezone(UTC).strftime(_STAMP)
    extra = f"-{serial}" if serial > 1 else ""
    return f"{Path(db_path).stem}.before-restore-{stamp}{extra}{SUFFIX}"


def _family(source: Path, target: Path) -> list[tuple[Path, Path]]:
    """A database file and its -wal/-shm files that exist, each paired with its new name."""
    pairs = [(source, target)]
    for side in _SIDE_FILES:
        current = source.with_name(source.name + side)
        if current.exists():
            pairs.append((current, target.with_name(target.name + side)))
    return pairs


def _rename_all(pairs: list[tuple[Path, Path]]) -> None:
    """Rename each pair in order; if one fails, put the ones already renamed back."""
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            os.replace(source, target)
            done.append((source, target))
    except OSError:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise


def _move_aside(db_path: Path, at: datetime) -> Path | None:
    """Move the database and its -wal/-shm files to a free before-restore name; all of them
    or (on an error, raised) none."""
    if not db_path.exists():
        return None
    serial = 1
    while True:
        aside = db_path.with_name(aside_name(db_path, at, serial))
        if not any(aside.with_name(aside.name + s).exists() for s in ("", *_SIDE_FILES)):
            break
        serial += 1
    # The main file first: every file stays under a name that says where it belongs.
    _rename_all(_family(db_path, aside))
    return aside


# -- when to back up ---------------------------------------------------------------------------


class BackupSchedule:
    """When the window should take its next automatic backup; pure logic, no clock of its own.

    A backup is due when something was changed since the last backup and ``every_minutes``
    have passed since the last backup (or, before the first one, since the first change).
    An idle post makes no backups. Times are aware datetimes from one clock (UTC). If the
    clock goes back before the last backup, a backup is due at once (the interval cannot be
    measured any more). After a failed attempt, :meth:`failed` waits one interval before
    the next.
    """

    def __init__(self, every_minutes: float = 10, last_backup: datetime | None = None) -> None:
        if every_minutes <= 0:
            raise ValueError("every_minutes must be positive")
        self.every = timedelta(minutes=every_minutes)
        self.last_backup = last_backup
        self._first_activity: datetime | None = None
        self._last_activity: datetime | None = None
        self._not_before: datetime | None = None

    def note_activity(self, now: datetime) -> None:
        """Something was changed at ``now``."""
        if self._first_activity is None:
            self._first_activity = now
        if self._last_activity is None or now > self._last_activity:
            self._last_activity = now

    @property
    def pending(self) -> bool:
        """Changes have been made since the last backup."""
        if self._last_activity is None:
            return False
        return self.last_backup is None or self._last_activity > self.last_backup

    def due(self, now: datetime) -> bool:
        """Whether to take a backup at ``now``."""
        if not self.pending:
            return False
        if self._not_before is not None and now < self._not_before:
            return False
        since = self.last_backup if self.last_backup is not None else self._first_activity
        assert since is not None
        return now < since or now - since >= self.every

    def done(self, at: datetime) -> None:
        """A backup of the state at ``at`` was written: give the time the backup started, so
        that changes made while it was being written still count as pending."""
        self.last_backup = at
        self._not_before = None

    def failed(self, now: datetime) -> None:
        """An attempt at ``now`` failed: changes stay pending; try again one interval later."""
        self._not_before = now + self.every
