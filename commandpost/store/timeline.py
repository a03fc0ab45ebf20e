"""Series over time for the stage timeline, by SQL aggregation (never a Python loop over
every change): incidents per day, and rawan / sangat rawan TPS per day from the change log.

Days are the post's local days (WIB, WITA or WIT); the store keeps times in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import text

from commandpost.core.stages import ZONES
from commandpost.store.database import Database
from commandpost.store.queries import area_clause


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    count: int


@dataclass(frozen=True)
class ClassDay:
    """TPS per class at the end of a local day, after every change observed up to then."""

    day: dt.date
    rawan: int
    sangat_rawan: int


def _shift(zone: str) -> str:
    if zone not in ZONES:
        raise ValueError(f"unknown time zone {zone!r} (WIB, WITA or WIT)")
    return f"+{ZONES[zone]} hours"


def incidents_per_day(
    db: Database, zone: str = "WIB", *, under: str | None = None, areas: list[str] | None = None
) -> list[DayCount]:
    """Incidents by the local day they happened, oldest first; days without incidents are
    left out, and so are voided incidents (store.incidents: counted nowhere). ``under``: a
    region code; ``areas``: a unit's areas (store.units)."""
    where, params = ["NOT voided"], {"shift": _shift(zone)}
    if under:
        where.append("(node_code = :under OR (node_code > :low AND node_code < :high))")
        params |= {"under": under, "low": under + ".", "high": under + "/"}
    if areas is not None:
        where.append(area_clause("node_code", areas, params))
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT date(occurred_at, :shift) AS day, count(*) FROM incident "
                f"WHERE {' AND '.join(where)} GROUP BY day ORDER BY day"
            ),
            params,
        ).all()
    return [DayCount(dt.date.fromisoformat(d), n) for d, n in rows if d]


def class_counts_by_day(db: Database, zone: str = "WIB") -> list[ClassDay]:
    """Rawan and sangat rawan TPS at the end of each local day on which the picture changed,
    oldest first: the running sum of the hourly summary the change log keeps of every class
    change (store.changelog, table class_hour), undo included.

    Each change counts from the time it was observed (a Bawaslu mapping of 15 November
    counts from 15 November), else from when it was recorded.
    """
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT date(hour || ':00:00+00:00', :shift) AS day, sum(rawan), "
                "sum(sangat_rawan) FROM class_hour GROUP BY day ORDER BY day"
            ),
            {"shift": _shift(zone)},
        ).all()
    out: list[ClassDay] = []
    rawan = sangat = 0
    for day, d_rawan, d_sangat in rows:
        if not day:
            continue
        rawan += d_rawan or 0
        sangat += d_sangat or 0
        out.append(ClassDay(dt.date.fromisoformat(day), rawan, sangat))
    return out
