"""Opening a CommandPost database safely.

A file is checked read-only before anything writes to it: a file that is not SQLite, a SQLite
file that is not CommandPost's, a damaged one, or one made by a newer CommandPost is refused
with a :class:`StoreError` and left exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from commandpost.core.changes import GENESIS_HASH
from commandpost.store import migrate
from commandpost.store.failures import (  # noqa: F401  (re-exported: the public names)
    SQLITE_BUSY,
    SQLITE_INTERRUPT,
    SQLITE_LOCKED,
    Facts,
    ReadOnlyReason,
    StoreError,
    StoreErrorKind,
    classify,
    is_import,
    lock_holders,
    read_only_reason,
    sqlite_code,
)
from commandpost.store.sql import text

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

APP_ID = "commandpost"
SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _set_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, say when transactions begin (SQLAlchemy's
    # documented pysqlite recipe), so that DDL and reads are inside the same transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
    cursor.close()


def _begin(conn) -> None:
    # A write transaction takes the write lock at BEGIN: in WAL mode a transaction that reads
    # first and writes later fails at once (SQLITE_BUSY_SNAPSHOT, no waiting) when another
    # process wrote in between.
    immediate = conn.get_execution_options().get("cp_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _db_api_error() -> type[Exception]:
    """SQLAlchemy's DBAPIError (imported on use: see make_engine)."""
    from sqlalchemy.exc import DBAPIError

    return DBAPIError


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


def _operational_error() -> type[Exception]:
    from sqlalchemy.exc import OperationalError

    return OperationalError


READ_BUSY_MS = 5000  # a reader waits this long for a WAL recovery or checkpoint
WRITE_SLICE_MS = 250  # a writer asks again (and may say it is waiting) this often
DEFAULT_LOCK_WAIT_S = 60.0


def read_only_uri(path: Path, *, immutable: bool) -> str:
    """SQLite's URI to read ``path`` (``immutable``: as it is, no -wal/-shm made or read)."""
    from urllib.parse import quote

    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{quote(str(path.resolve()))}?{flags}"


def make_engine(
    path: Path, *, read_only: bool = False, immutable: bool = False, pooled: bool = True
) -> Engine:
    """An engine on ``path``; ``read_only`` opens it with SQLite's ``mode=ro`` (and
    ``immutable=1``: no -wal/-shm needed, for a read-only medium or a full disk).

    SQLAlchemy is imported here, not with the module: the window paints its first screen
    before it opens the database (store.first_screen)."""
    from sqlalchemy import create_engine, event

    # ``pooled`` False: every connection is closed when given back (a closed Database's).
    pool = {} if pooled else {"poolclass": _null_pool()}
    if read_only:
        uri = read_only_uri(path, immutable=immutable)
        engine = create_engine(
            f"sqlite:///{path}",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            **pool,
        )
        event.listen(engine, "connect", _set_read_only_pragmas)
    else:
        engine = create_engine(f"sqlite:///{path}", **pool)
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a file found: None revision for a new, empty file."""

    revision: str | None


def pending_wal(path: Path) -> bool:
    """Whether changes wait in ``path``'s write-ahead log (an empty or no WAL: none)."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def probe(path: Path) -> Probe:
    """Look at ``path`` without changing it; raise StoreError if it must not be opened."""
    if not path.exists() or path.stat().st_size == 0:
        return Probe(revision=None)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(StoreErrorKind.UNREADABLE, path, exc.strerror or str(exc)) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise StoreError(StoreErrorKind.NOT_SQLITE, path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    wal = path.with_name(path.name + "-wal")
    if page_size * page_count > path.stat().st_size and not wal.exists():
        raise StoreError(StoreErrorKind.DAMAGED, path, "the file is shorter than its header says")
    # Without a WAL file beside it nothing is pending, so read it as immutable: a plain
    # read-only open of a WAL database would leave -wal and -shm files behind. The same when
    # the WAL index cannot be made (a full disk, a read-only medium) and the WAL is empty.
    try:
        try:
            revision = _read_revision(path, immutable=not wal.exists())
        except sqlite3.OperationalError as exc:
            error = classify(exc, path)
            if error is None or error.kind not in _MEDIUM_KINDS or pending_wal(path):
                raise
            revision = _read_revision(path, immutable=True)
    except sqlite3.DatabaseError as exc:
        raise classify(exc, path) or StoreError(StoreErrorKind.DAMAGED, path, str(exc)) from exc
    if revision is _EMPTY:
        return Probe(revision=None)
    if revision not in migrate.KNOWN_REVISIONS:
        raise StoreError(StoreErrorKind.TOO_NEW, path, f"schema {revision}")
    return Probe(revision=revision)


_EMPTY = "<no tables>"
_MEDIUM_KINDS = (StoreErrorKind.DISK_FULL, StoreErrorKind.READ_ONLY, StoreErrorKind.IO_ERROR)


def _read_revision(path: Path, *, immutable: bool) -> str | None:
    """The schema revision of a CommandPost file; _EMPTY for a file with no tables."""
    conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if not tables:
            return _EMPTY
        if "cp_meta" not in tables or "alembic_version" not in tables:
            raise StoreError(StoreErrorKind.NOT_COMMANDPOST, path)
        app = conn.execute("SELECT value FROM cp_meta WHERE key = 'app'").fetchone()
        if app is None or app[0] != APP_ID:
            raise StoreError(StoreErrorKind.NOT_COMMANDPOST, path)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


class HealthState(StrEnum):
    UNCHECKED = "unchecked"
    CHECKING = "checking"
    OK = "ok"
    DAMAGED = "damaged"


class Health:
    """SQLite's own check of a file's pages (``PRAGMA quick_check``, or ``integrity_check``
    when ``full``), run once per opening
    before the first write: synchronously when a write comes first (the command line), or in
    a background thread that writes wait for (the window). Thread-safe."""

    def __init__(self, path: Path, *, immutable: bool = False) -> None:
        self.path = path
        self.immutable = immutable
        # The window sets this: in the background it can afford SQLite's full check
        # (integrity_check: indexes against their tables too; 1.6 s against 0.35 s on the
        # national demo), which finds damage quick_check does not.
        self.full = False
        self.state = HealthState.UNCHECKED
        self.problems: list[str] = []
        self.seconds: float | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: sqlite3.Connection | None = None

    def _claim(self) -> bool:
        with self._lock:
            if self.state is not HealthState.UNCHECKED:
                return False
            self.state = HealthState.CHECKING
            return True

    def _run(self) -> None:
        start = time.perf_counter()
        problems: list[str] = []
        try:
            conn = sqlite3.connect(
                read_only_uri(self.path, immutable=self.immutable),
                uri=True,
                check_same_thread=False,
            )
            self._conn = conn
            try:
                pragma = "integrity_check" if self.full else "quick_check"
                rows = conn.execute(f"PRAGMA {pragma}(20)").fetchall()
            finally:
                self._conn = None
                conn.close()
            # quick_check names the schema first ("*** in database main ***") on a line
            # of its own; the problems are the lines after it.
            problems = [
                line
                for r in rows
                if r[0] != "ok"
                for line in str(r[0]).splitlines()
                if line and not line.startswith("***")
            ]
        except sqlite3.Error as exc:
            if sqlite_code(exc) == SQLITE_INTERRUPT:  # the file was closed meanwhile
                self.state = HealthState.UNCHECKED
                self._done.set()
                return
            error = classify(exc, self.path)
            if error is None or error.kind is StoreErrorKind.DAMAGED:
                problems = [str(exc)]
            else:  # the medium, not the file: the write itself will say so
                log.warning("page check of %s not done: %s", self.path, exc)
        self.seconds = time.perf_counter() - start
        self.problems = problems
        self.state = HealthState.DAMAGED if problems else HealthState.OK
        if problems:
            log.error(
                "%s is damaged: %s",
                self.path,
                "; ".join(problems[:5]),
                extra={"file_only": True},  # the refusal itself says it once
            )
        else:
            log.info("page check of %s: ok in %.2f s", self.path, self.seconds)
        self._done.set()

    def start(self) -> None:
        """Check in a background thread (returns at once)."""
        if self._claim():
            self._thread = threading.Thread(target=self._run, name="page-check", daemon=True)
            self._thread.start()

    def ensure(self, timeout: float | None = None) -> HealthState:
        """The verdict, checking now (or waiting for the running check) when there is none."""
        if self._claim():
            self._run()
        self._done.wait(timeout)
        return self.state

    def stop(self) -> None:
        conn = self._conn
        if conn is not None:
            conn.interrupt()
        if self._thread is not None:
            self._thread.join()


class LockWaiter(Protocol):
    """Told while a write waits for another process's write lock (the command line prints
    a line, the window shows a dialog with Cancel)."""

    def waiting(self, waited_s: float, holders: list[str]) -> bool:
        """Called about every 0.25 s with the seconds waited so far and the processes that
        hold the file ("commandpost import tps (pid 812)"); False gives up."""
        ...

    def done(self, acquired: bool) -> None:
        """The wait is over: the lock was taken (``acquired``) or the waiter gave up."""
        ...


class Database:
    """An open CommandPost database: engine, session factory, and this station's identity.

    Every write goes through :meth:`writing`, which refuses on a damaged or read-only file
    and waits, not fails, while another process holds the write lock.

    The ORM (``sqlalchemy.orm``, about 0.05 s to import) is loaded on the first
    :meth:`session`: reading the window's first screen needs only SQLAlchemy Core."""

    def __init__(self, path: Path, engine: Engine, *, read_only: StoreError | None = None) -> None:
        self.path = path
        self.engine = engine
        self._sessions: sessionmaker[Session] | None = None
        self.read_only: StoreError | None = read_only
        self.health = Health(path, immutable=read_only is not None)
        self.lock_wait_s: float = DEFAULT_LOCK_WAIT_S
        # Told while a write waits for another process's lock; None: wait up to lock_wait_s
        # silently.
        self.lock_waiter: LockWaiter | None = None
        with engine.connect() as conn:
            meta = dict(conn.execute(text("SELECT key, value FROM cp_meta")).all())
        self.station_id: str = meta["station_id"]

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    def session(self) -> Session:
        return self.sessions()

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(
                text("SELECT value FROM cp_meta WHERE key = :k"), {"k": key}
            ).scalar()

    def ensure_writable(self) -> None:
        """Raise the StoreError that forbids writing (read-only file, damaged pages); checks
        the pages first when that has not been done since opening."""
        if self.read_only is not None:
            raise self.read_only
        if self.health.ensure() is HealthState.DAMAGED:
            self.read_only = StoreError(
                StoreErrorKind.DAMAGED, self.path, self.health.problems[0], writing=True
            )
            raise self.read_only

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A connection in a write transaction (``BEGIN IMMEDIATE``), committed when the
        block ends without an exception and rolled back otherwise.

        Raises StoreError, before anything is written, for a damaged or read-only file; while
        another process holds the write lock it waits (telling :attr:`lock_waiter`) and
        raises StoreError LOCKED when that gives up. A database or file-system failure during
        the write becomes the StoreError that names its cause (disk full, read-only, …);
        nothing of the transaction is kept."""
        self.ensure_writable()
        try:
            with self._write_lock() as conn:
                yield conn
                conn.commit()
        except StoreError:
            raise
        except (sqlite3.Error, _db_api_error(), OSError) as exc:
            error = classify(exc, self.path, writing=True)
            if error is None:
                raise
            raise error from exc

    @contextlib.contextmanager
    def _write_lock(self) -> Iterator[Connection]:
        started = time.monotonic()
        holders: list[str] | None = None
        waited = False
        conn = None
        try:
            while True:
                conn = self._try_write_lock()
                if conn is not None:
                    break
                if holders is None:
                    holders = lock_holders(self.path)
                waited = True
                seconds = time.monotonic() - started
                if not self._keep_waiting(seconds, holders):
                    raise StoreError(
                        StoreErrorKind.LOCKED,
                        self.path,
                        facts=Facts(
                            holders=tuple(holders), waited_s=seconds, importing=is_import(holders)
                        ),
                        writing=True,
                    )
        finally:
            if waited and self.lock_waiter is not None:
                self.lock_waiter.done(conn is not None)
        try:
            yield conn
        finally:
            conn.close()

    def _try_write_lock(self) -> Connection | None:
        """A connection in a BEGIN IMMEDIATE transaction, or None when another process kept
        the write lock for one slice (WRITE_SLICE_MS)."""
        conn = self.engine.connect().execution_options(cp_write=True)
        raw = conn.connection.dbapi_connection
        busy = False
        try:
            raw.execute(f"PRAGMA busy_timeout={WRITE_SLICE_MS}")
            try:
                conn.begin()
            except _operational_error() as exc:
                if sqlite_code(exc) not in (SQLITE_BUSY, SQLITE_LOCKED):
                    raise
                busy = True
            raw.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                raw.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
            conn.close()
            raise
        if busy:
            conn.close()
            return None
        return conn

    def _keep_waiting(self, waited: float, holders: list[str]) -> bool:
        if self.lock_waiter is not None:
            return self.lock_waiter.waiting(waited, holders)
        return waited < self.lock_wait_s

    def close(self) -> None:
        """Close every connection. A read that still comes (a closed window's widget that
        redraws) is answered read-only on a connection closed at once, so that nothing
        keeps the file open after this."""
        self.health.stop()
        self.engine.dispose()
        self.engine = make_engine(self.path, read_only=True, pooled=False)


def open_database(
    path: Path | str, station_name: str | None = None, *, create: bool = False
) -> Database:
    """Open a database, migrating it to the current schema when that is due.

    A missing or empty (0-byte) file becomes a new database only with ``create=True``;
    otherwise it is refused (StoreError MISSING or EMPTY) and left as it was. A file on a
    read-only medium or folder, or on a full disk, opens read-only (``Database.read_only``
    says why) when nothing is pending in its write-ahead log. Raises StoreError for every
    file that must not be opened."""
    path = Path(path)
    found = probe(path)
    if found.revision is None:
        if not create:
            kind = StoreErrorKind.EMPTY if path.exists() else StoreErrorKind.MISSING
            raise StoreError(kind, path)
        path.parent.mkdir(parents=True, exist_ok=True)
    elif read_only_reason(path) is not None and not pending_wal(path):
        return _open_read_only(path, classify(PermissionError(13, "read-only"), path))
    engine = make_engine(path)
    try:
        if found.revision is None:
            _create(engine, station_name or "Posko")
        elif found.revision != migrate.HEAD:
            if Health(path).ensure() is HealthState.DAMAGED:
                raise StoreError(StoreErrorKind.DAMAGED, path, "found before migrating")
            log.info("migrating %s from %s to %s", path, found.revision, migrate.HEAD)
            with engine.begin() as conn:
                migrate.upgrade(conn)
        return Database(path, engine)
    except (sqlite3.Error, _db_api_error(), OSError) as exc:
        engine.dispose()
        error = classify(exc, path) or StoreError(StoreErrorKind.DAMAGED, path, str(exc))
        if (
            found.revision == migrate.HEAD
            and error.kind in (StoreErrorKind.DISK_FULL, StoreErrorKind.READ_ONLY)
            and not pending_wal(path)
        ):
            # Reading needs no room: a full disk must not hide what the file holds.
            return _open_read_only(path, error)
        raise error from exc
    except Exception:
        engine.dispose()
        raise


def _open_read_only(path: Path, why: StoreError | None) -> Database:
    engine = make_engine(path, read_only=True, immutable=True)
    try:
        why = why or StoreError(StoreErrorKind.READ_ONLY, path)
        log.info("opened read-only: %s", why)  # a refused write says it; a read needs not
        refusal = StoreError(why.kind, why.path, why.detail, why.facts, writing=True)
        return Database(path, engine, read_only=refusal)
    except (sqlite3.Error, _db_api_error()) as exc:
        engine.dispose()
        raise classify(exc, path) or StoreError(StoreErrorKind.DAMAGED, path, str(exc)) from exc


def _create(engine: Engine, station_name: str) -> None:
    """A new database: the schema, and a station identity of its own."""
    station_id = str(uuid.uuid4())
    with engine.begin() as conn:
        migrate.upgrade(conn)
        conn.execute(
            text(
                "INSERT INTO station (id, name, created_at, last_seq, last_hlc, last_hash) "
                "VALUES (:id, :name, :at, 0, 0, :genesis)"
            ),
            {"id": station_id, "name": station_name, "at": now_iso(), "genesis": GENESIS_HASH},
        )
        conn.execute(
            text("INSERT INTO cp_meta (key, value) VALUES ('app', :app), ('station_id', :sid)"),
            {"app": APP_ID, "sid": station_id},
        )
