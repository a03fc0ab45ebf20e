"""Opening a CommandPost database safely.

A file is checked read-only before anything writes to it: a file that is not SQLite, a SQLite
file that is not CommandPost's, a damaged one, or one made by a newer CommandPost is refused
with a :class:`StoreError` and left exactly as it was.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc

from commandpost.core.changes import GENESIS_HASH
from commandpost.store import migrate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

APP_ID = "commandpost"
SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreErrorKind(StrEnum):
    NOT_SQLITE = "not_sqlite"
    NOT_COMMANDPOST = "not_commandpost"
    DAMAGED = "damaged"
    TOO_NEW = "too_new"
    UNREADABLE = "unreadable"
    NO_OPERATION = "no_operation"


class StoreError(Exception):
    """A database problem a user can act on. ``kind`` lets the GUI say it in Indonesian."""

    def __init__(self, kind: StoreErrorKind, path: Path | str, detail: str = "") -> None:
        self.kind = kind
        self.path = str(path)
        self.detail = detail
        super().__init__(self.message())

    def message(self) -> str:
        texts = {
            StoreErrorKind.NOT_SQLITE: "is not a database file",
            StoreErrorKind.NOT_COMMANDPOST: "is a database, but not a CommandPost database",
            StoreErrorKind.DAMAGED: "is a damaged CommandPost database",
            StoreErrorKind.TOO_NEW: "was made by a newer version of CommandPost",
            StoreErrorKind.UNREADABLE: "cannot be read",
            StoreErrorKind.NO_OPERATION: "holds no operation yet",
        }
        text_ = f"{self.path} {texts[self.kind]}"
        return f"{text_} ({self.detail})" if self.detail else text_


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
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a file found: None revision for a new, empty file."""

    revision: str | None


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
    try:
        # Without a WAL file beside it nothing is pending, so read it as immutable: a plain
        # read-only open of a WAL database would leave -wal and -shm files behind.
        flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"file:{path}?{flags}", uri=True)
        try:
            tables = {
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not tables:
                return Probe(revision=None)
            if "cp_meta" not in tables or "alembic_version" not in tables:
                raise StoreError(StoreErrorKind.NOT_COMMANDPOST, path)
            app = conn.execute("SELECT value FROM cp_meta WHERE key = 'app'").fetchone()
            if app is None or app[0] != APP_ID:
                raise StoreError(StoreErrorKind.NOT_COMMANDPOST, path)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(StoreErrorKind.DAMAGED, path, str(exc)) from exc
    revision = row[0] if row else None
    if revision not in migrate.KNOWN_REVISIONS:
        raise StoreError(StoreErrorKind.TOO_NEW, path, f"schema {revision}")
    return Probe(revision=revision)


class Database:
    """An open CommandPost database: engine, session factory, and this station's identity.

    The ORM (``sqlalchemy.orm``, about 0.05 s to import) is loaded on the first
    :meth:`session`: reading the window's first screen needs only SQLAlchemy Core."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions: sessionmaker[Session] | None = None
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

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path | str, station_name: str | None = None) -> Database:
    """Open (or create) a database, migrating it to the current schema when that is due."""
    path = Path(path)
    found = probe(path)
    if found.revision is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        if found.revision is None:
            _create(engine, station_name or "Posko")
        elif found.revision != migrate.HEAD:
            log.info("migrating %s from %s to %s", path, found.revision, migrate.HEAD)
            with engine.begin() as conn:
                migrate.upgrade(conn)
        return Database(path, engine)
    except (sqlite3.DatabaseError, sa_exc.DatabaseError) as exc:
        engine.dispose()
        raise StoreError(StoreErrorKind.DAMAGED, path, str(exc)) from exc
    except Exception:
        engine.dispose()
        raise


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
