"""SQLAlchemy Core's ``text`` and ``bindparam``, built when a statement first runs instead of
when the store is imported.

SQLAlchemy Core costs about 0.15 s to import, a third of the window's start-up. The window
paints its first screen from a plain ``sqlite3`` read (store.first_screen) and opens the
database with SQLAlchemy after that paint; for that, importing a store module must not
import SQLAlchemy. Store modules therefore take ``text`` and ``bindparam`` from here:

- before SQLAlchemy is loaded, ``text(sql)`` returns a :class:`Deferred` holding the SQL; the
  real ``TextClause`` is made (importing SQLAlchemy) the first time anything asks it for an
  attribute, as ``Connection.execute`` does (``_execute_on_connection``), or coerces it
  (``__clause_element__``, as an ORM ``Session.execute`` and ``select().where()`` do);
- once SQLAlchemy is loaded (by anything), they return the real objects at once.

``Deferred.sql`` is the statement's text, so that the same module constant can be read with
plain ``sqlite3`` (store.first_screen) and with SQLAlchemy.
"""

from __future__ import annotations

import sys
from typing import Any

_LOADED: Any = None  # the sqlalchemy module once imported


def _sqlalchemy():
    global _LOADED
    if _LOADED is None:
        import sqlalchemy

        _LOADED = sqlalchemy
    return _LOADED


def _loaded():
    """SQLAlchemy if something imported it already (then nothing is deferred)."""
    global _LOADED
    if _LOADED is None and "sqlalchemy.sql" in sys.modules:
        _LOADED = sys.modules["sqlalchemy"]
    return _LOADED


def _real(value: Any) -> Any:
    return value.built() if isinstance(value, Deferred) else value


class Deferred:
    """A SQLAlchemy construct (``text(...)``, ``bindparam(...)``, ``text(...).bindparams(...)``)
    made on first use. Behaves as the construct for everything SQLAlchemy asks of it."""

    __slots__ = ("_build", "_built", "sql")

    def __init__(self, build, sql: str | None = None) -> None:
        self._build = build
        self._built: Any = None
        self.sql = sql

    def built(self) -> Any:
        """The real SQLAlchemy object (imports SQLAlchemy the first time)."""
        if self._built is None:
            self._built = self._build(_sqlalchemy())
        return self._built

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.built(), name)

    def __clause_element__(self) -> Any:
        return self.built()

    def bindparams(self, *params: Any, **values: Any) -> Any:
        """As ``TextClause.bindparams``; deferred too while SQLAlchemy is not loaded."""
        if _loaded() is not None:
            return self.built().bindparams(*map(_real, params), **values)
        return Deferred(
            lambda _sa: self.built().bindparams(*map(_real, params), **values), self.sql
        )

    def __str__(self) -> str:
        return self.sql if self.sql is not None else str(self.built())

    def __repr__(self) -> str:
        return f"Deferred({self.sql!r})" if self.sql is not None else "Deferred(...)"


def text(sql: str) -> Any:
    """``sqlalchemy.text(sql)``, deferred while SQLAlchemy is not loaded."""
    sa = _loaded()
    if sa is not None:
        return sa.text(sql)
    return Deferred(lambda s: s.text(sql), sql)


def bindparam(*args: Any, **kwargs: Any) -> Any:
    """``sqlalchemy.bindparam(...)``, deferred while SQLAlchemy is not loaded."""
    sa = _loaded()
    if sa is not None:
        return sa.bindparam(*args, **kwargs)
    return Deferred(lambda s: s.bindparam(*args, **kwargs))
