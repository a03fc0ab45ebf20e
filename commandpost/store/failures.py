"""What went wrong with a database file, named by its real cause.

SQLite reports a full disk, a read-only medium, a lock held by another process and a damaged
page with error codes that are easy to confuse (a full disk often surfaces as "disk I/O
error" while the WAL index is created). :func:`classify` turns an exception from sqlite3 or
SQLAlchemy into a :class:`StoreError` whose ``kind`` says which of these it is, after looking
at the file system itself (free space, read-only mount, permissions) and, for a lock, at which
process holds the file open. The window says each kind in Indonesian; the command line says it
in English in one line.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
SQLITE_READONLY = 8
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_INTERRUPT = 9
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

# Room a write needs beyond the file itself: the write-ahead log grows by the pages a change
# touches and a checkpoint copies them back; an import of a province touches tens of MB.
MIN_ROOM = 32 * 1024 * 1024


class StoreErrorKind(StrEnum):
    NOT_SQLITE = "not_sqlite"
    NOT_COMMANDPOST = "not_commandpost"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    UNREADABLE = "unreadable"
    NO_OPERATION = "no_operation"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    IO_ERROR = "io_error"
    EMPTY = "empty"
    MISSING = "missing"


class ReadOnlyReason(StrEnum):
    FILE = "file"  # the file's own permissions
    FOLDER = "folder"  # the folder (SQLite must create -wal and -shm files beside it)
    MEDIUM = "medium"  # a read-only mount: a write-protected stick, a CD, a ro share


@dataclass(frozen=True)
class Facts:
    """What the file system said, for the message: bytes, the reason, the lock holders."""

    free_bytes: int | None = None
    needed_bytes: int | None = None
    read_only: ReadOnlyReason | None = None
    holders: tuple[str, ...] = ()
    waited_s: float | None = None
    importing: bool = False


class StoreError(OSError):
    """A database problem a user can act on. ``kind`` lets the GUI say it in Indonesian;
    ``facts`` carries the figures the message names (free space, lock holder, …).

    An OSError, because that is what it is to its callers: every place that already handles
    a file that cannot be written handles this too."""

    def __init__(
        self,
        kind: StoreErrorKind,
        path: Path | str,
        detail: str = "",
        facts: Facts | None = None,
        *,
        writing: bool = False,
    ) -> None:
        self.kind = kind
        self.path = str(path)
        self.detail = detail
        self.facts = facts or Facts()
        self.writing = writing
        super().__init__(self.message())

    def message(self) -> str:
        f = self.facts
        texts = {
            StoreErrorKind.NOT_SQLITE: "is not a database file",
            StoreErrorKind.NOT_COMMANDPOST: "is a database, but not a CommandPost database",
            StoreErrorKind.DAMAGED: "is a damaged CommandPost database",
            StoreErrorKind.TOO_NEW: "was made by a newer version of CommandPost",
            StoreErrorKind.UNREADABLE: "cannot be read",
            StoreErrorKind.NO_OPERATION: "holds no operation yet",
            StoreErrorKind.EMPTY: "is an empty file, not a CommandPost database; a new "
            "database is made only on request (commandpost init)",
            StoreErrorKind.MISSING: "does not exist (make one with `commandpost init`, or "
            "`commandpost demo` for practice)",
            StoreErrorKind.IO_ERROR: "could not be read or written: the disk or stick "
            "reported an input/output error (the file itself may be intact; check the "
            "medium, then try again)",
        }
        if self.kind is StoreErrorKind.DISK_FULL:
            text_ = "cannot be written: the disk is full"
            if f.free_bytes is not None and f.needed_bytes is not None:
                text_ += (
                    f" ({human_bytes(f.free_bytes)} free; free at least "
                    f"{human_bytes(f.needed_bytes)} more)"
                )
        elif self.kind is StoreErrorKind.READ_ONLY:
            text_ = (
                "cannot be written: "
                + {
                    ReadOnlyReason.FILE: "the file is read-only",
                    ReadOnlyReason.FOLDER: "its folder is read-only",
                    ReadOnlyReason.MEDIUM: "the disk or stick it is on is read-only",
                    None: "it is read-only",
                }[f.read_only]
            )
        elif self.kind is StoreErrorKind.LOCKED:
            who = ", ".join(f.holders) if f.holders else "another program or window"
            text_ = f"is being written by {who}"
            if f.waited_s is not None:
                text_ += f"; waited {f.waited_s:.0f} s"
        else:
            text_ = texts[self.kind]
        text_ = f"{self.path} {text_}"
        if self.detail:
            text_ += f" ({self.detail})"
        if self.kind is StoreErrorKind.DAMAGED:
            if self.writing:
                text_ += "; CommandPost does not write to a damaged file"
            text_ += (
                "; restore the newest good backup (commandpost backup list, then "
                "commandpost backup restore FILE)"
            )
        if self.writing and self.kind not in (StoreErrorKind.MISSING, StoreErrorKind.EMPTY):
            text_ += "; the last change was NOT saved"
        return text_


def human_bytes(count: int) -> str:
    """A size for people: ``812 bytes``, ``4.1 kB``, ``12.3 MB``, ``1.2 GB`` (powers of 1000,
    as disks are sold and as file managers show them)."""
    if count < 1000:
        return f"{count} bytes"
    value = float(count)
    for unit in ("kB", "MB", "GB", "TB"):
        value /= 1000
        if value < 999.95 or unit == "TB":
            break
    return f"{value:.1f} {unit}"


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code behind ``exc`` (sqlite3 or SQLAlchemy-wrapped)."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    if code is None:
        return None
    return int(code) & 0xFF


def _existing_folder(path: Path) -> Path:
    folder = path.parent if path.suffix or not path.is_dir() else path
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def free_bytes(path: Path) -> int | None:
    """Free bytes on the file system that holds ``path`` (or would hold it)."""
    try:
        return shutil.disk_usage(_existing_folder(path)).free
    except OSError:
        return None


def needed_bytes(path: Path) -> int:
    """Room a write to ``path`` should have: a tenth of the file, at least 32 MB."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return max(MIN_ROOM, size // 10)


def read_only_reason(path: Path) -> ReadOnlyReason | None:
    """Why ``path`` cannot be written, if the file system says so; None when it can."""
    folder = _existing_folder(path)
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return ReadOnlyReason.MEDIUM
    except (OSError, AttributeError):  # AttributeError: no statvfs on Windows
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return ReadOnlyReason.FILE
    if not os.access(folder, os.W_OK):
        return ReadOnlyReason.FOLDER
    return None


def lock_holders(path: Path) -> list[str]:
    """Other processes that have ``path`` open, as "commandpost import tps (pid 812)".

    Linux only (it reads /proc); elsewhere, or when /proc cannot be read, an empty list: the
    message then says "another program or window"."""
    proc = Path("/proc")
    if not sys.platform.startswith("linux") or not proc.is_dir():
        return []
    try:
        target = path.resolve()
    except OSError:
        return []
    names = {str(target), str(target) + "-wal", str(target) + "-shm"}
    found: list[str] = []
    own = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == own:
            continue
        try:
            fds = list((entry / "fd").iterdir())
            if not any(os.readlink(fd) in names for fd in fds):
                continue
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        found.append(f"{_describe(argv)} (pid {entry.name})")
    return found


# Options of the command line that take a value: the value is not a word of the command.
_VALUE_OPTIONS = {"--db", "--wait", "--actor", "--out", "--encoding", "--unit", "--reason"}


def _describe(argv: list[bytes]) -> str:
    """A process's command line for a message: "commandpost import-tps", "the CommandPost
    window", or the program's name."""
    words = [a.decode(errors="replace") for a in argv if a]
    if not words:
        return "a program"
    for i, word in enumerate(words):
        name = Path(word).name
        if name in ("commandpost", "commandpost.cli") or name.startswith("commandpost "):
            rest: list[str] = []
            skip = False
            for token in words[i + 1 :]:
                if skip:
                    skip = False
                    continue
                if token.startswith("-"):
                    skip = token in _VALUE_OPTIONS
                    continue
                if "/" in token or "\\" in token or "." in token:
                    continue  # a file, not a command
                rest.append(token)
            if not rest:
                return "the CommandPost window"
            return " ".join(["commandpost", *rest[:2]])
    return Path(words[0]).name


def is_import(holders: list[str]) -> bool:
    """Whether the holders look like an import (the window then says "menunggu impor")."""
    return any(" import" in h for h in holders)


def classify(exc: BaseException, path: Path | str, *, writing: bool = False) -> StoreError | None:
    """The StoreError that names the real cause of ``exc``; None when it is not a database
    or file-system problem (a bug, to be logged with its traceback)."""
    path = Path(path)
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        import errno

        if exc.errno == errno.ENOSPC:
            return StoreError(
                StoreErrorKind.DISK_FULL,
                path,
                facts=Facts(free_bytes=free_bytes(path), needed_bytes=needed_bytes(path)),
                writing=writing,
            )
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            reason = read_only_reason(path) or (
                ReadOnlyReason.MEDIUM if exc.errno == errno.EROFS else ReadOnlyReason.FILE
            )
            return StoreError(
                StoreErrorKind.READ_ONLY, path, facts=Facts(read_only=reason), writing=writing
            )
        if exc.errno == errno.EIO:
            return StoreError(StoreErrorKind.IO_ERROR, path, writing=writing)
        return None
    code = sqlite_code(exc)
    inner = getattr(exc, "orig", None) or exc
    if isinstance(inner, sqlite3.OperationalError) and "Could not decode to UTF-8" in str(inner):
        # Text whose bytes were garbled on the medium: the page is intact, its content not.
        return StoreError(StoreErrorKind.DAMAGED, path, "garbled text", writing=writing)
    if code is None:
        return None
    detail = str(getattr(exc, "orig", None) or exc).splitlines()[0]
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        holders = lock_holders(path)
        return StoreError(
            StoreErrorKind.LOCKED,
            path,
            facts=Facts(holders=tuple(holders), importing=is_import(holders)),
            writing=writing,
        )
    if code in (SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN):
        free = free_bytes(path)
        need = needed_bytes(path)
        if code == SQLITE_FULL or (free is not None and free < need // 8):
            # A nearly full disk makes SQLite fail to grow the WAL index: "disk I/O error".
            return StoreError(
                StoreErrorKind.DISK_FULL,
                path,
                facts=Facts(free_bytes=free, needed_bytes=need),
                writing=writing,
            )
        reason = read_only_reason(path)
        if reason is not None or code == SQLITE_READONLY:
            return StoreError(
                StoreErrorKind.READ_ONLY, path, facts=Facts(read_only=reason), writing=writing
            )
        if code == SQLITE_CANTOPEN:
            return StoreError(StoreErrorKind.UNREADABLE, path, detail, writing=writing)
        return StoreError(StoreErrorKind.IO_ERROR, path, detail, writing=writing)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return StoreError(StoreErrorKind.DAMAGED, path, detail, writing=writing)
    return None
