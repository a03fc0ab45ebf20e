"""Series over time for the stage timeline, by SQL aggregation (never a Python loop over
every change): incidents per day, rawan / sangat rawan TPS per day from the change log, TPS
progress per hour of voting day and the day after, and people on duty per day.

Days are the post's local days (WIB, WITA or WIT); the store keeps times in UTC, except
shift times, which are the post's local times (store.shifts).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from commandpost.core.stages import ZONES
from commandpost.core.stages import zone as zone_of
from commandpost.store import progress
from commandpost.store.database import Database
from commandpost.store.queries import area_clause
from commandpost.store.sql import text


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


# -- voting day -------------------------------------------------------------------------------

# What the timeline draws of voting day: opened (the day has begun at the TPS), finished
# (counted and signed) and the ballot boxes escorted to the PPK (the last police duty at a
# TPS). Arrived, voting and counting sit between them and would crowd a small row.
PROGRESS_SHOWN = ("opened", "finished", "escorted")
# Voting day and the day after: counting runs into the night and the boxes reach the PPK
# on H+1, so a curve cut at midnight would stop before the escort is done.
PROGRESS_DAYS = 2


@dataclass(frozen=True)
class ProgressHour:
    """The TPS that had reached at least each state of PROGRESS_SHOWN by the END of the
    local hour ``hour`` (0..23) of ``day``: ``reached["opened"]`` at hour 8 of 27 November
    is "TPS dibuka s.d. 09.00"."""

    day: dt.date
    hour: int
    reached: dict[str, int]


@dataclass(frozen=True)
class VotingProgress:
    """``hours``: voting day and the day after, hour by hour (empty when no TPS reported a
    step, or when the day has not begun at ``until``); ``total``: TPS in the operation."""

    hours: list[ProgressHour]
    total: int


def voting_progress(
    db: Database,
    day: dt.date,
    zone: str = "WIB",
    *,
    until: dt.datetime | None = None,
    days: int = PROGRESS_DAYS,
) -> VotingProgress:
    """TPS progress per local hour (in ``zone``) of voting day ``day`` and the ``days`` - 1
    days after it, read by store.progress.progress_by_hour (SQL over the change log: an undone
    step does not count, a step reported before the day counts from its first hour).

    ``until`` (an aware moment, e.g. now): hours that begin at or after it are left out,
    as nothing can have been reported for them yet. Counts are TPS; raises ValueError for an
    unknown zone.

    A sum over the intervals the change log keeps (store.progress_log): about 65 ms a day for
    a whole country's 53,000 logged steps. The timeline keeps the answer while
    :func:`progress_version` stays the same."""
    _shift(zone)
    start = dt.datetime.combine(day, dt.time(0), tzinfo=zone_of(zone))
    hours: list[ProgressHour] = []
    for offset in range(days):
        date = day + dt.timedelta(days=offset)
        if until is not None and until <= start + dt.timedelta(days=offset):
            break
        for hour, reached in progress.progress_by_hour(db, date, zone):
            if until is not None and until <= start + dt.timedelta(days=offset, hours=hour):
                break
            hours.append(ProgressHour(date, hour, {s: reached[s] for s in PROGRESS_SHOWN}))
    if not any(any(h.reached.values()) for h in hours):
        hours = []
    return VotingProgress(hours, tps_total(db))


_TOTAL_TPS = text("SELECT coalesce(sum(tps_count), 0) FROM node WHERE level = 0")
# Every progress step, and its undo, is a change to a TPS: the last one's place in the log.
_TPS_VERSION = text("SELECT coalesce(max(rowid), 0) FROM change_log WHERE entity = 'tps'")


def tps_total(db: Database) -> int:
    """TPS in the operation (the provinces' roll-ups)."""
    with db.engine.connect() as conn:
        return int(conn.execute(_TOTAL_TPS).scalar_one() or 0)


def progress_version(db: Database) -> int:
    """A number that grows whenever a TPS changes (a progress step, its undo, a class
    change; also a change received from another station): while it stays the same,
    :func:`voting_progress` for the same day, zone and hour gives the same answer. A few
    milliseconds on 100,000 logged changes."""
    with db.engine.connect() as conn:
        return int(conn.execute(_TPS_VERSION).scalar_one() or 0)


# -- personnel ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DutyDay:
    """People deployed on a local day: ``on_duty`` people on a post in a shift that runs
    during the day (each person once, however many shifts), of whom ``checked_in`` had
    reported at their post (absen datang) for such a shift."""

    day: dt.date
    on_duty: int
    checked_in: int


# A shift lasts at most 24 hours (core.shifts.MAX_SHIFT), so it touches the local day it
# starts on and the one its last minute falls on; its times are already local (no shift).
_PER_DAY = text(
    """
WITH shift_day AS (
  SELECT id, date(start) AS day FROM shift WHERE active
  UNION
  SELECT id, date("end", '-1 minute') FROM shift WHERE active
)
SELECT d.day, count(DISTINCT a.nrp),
       count(DISTINCT CASE WHEN a.checked_in IS NOT NULL THEN a.nrp END)
FROM shift_day d JOIN assignment a ON a.shift = d.id AND a.active
WHERE d.day IS NOT NULL
GROUP BY d.day ORDER BY d.day
"""
)
_PLAN = text("SELECT count(DISTINCT nrp) FROM assignment WHERE active AND shift = ''")


def personnel_per_day(db: Database) -> list[DutyDay]:
    """People deployed (personel dikerahkan) per local day of the post, oldest first; days
    without a staffed shift are left out. One SQL aggregation over the shifts and the
    assignments as they stand now.

    Why shifts and not the operation's plan: a shift carries the days people are out there
    (its start and end are the post's local times), and its check-ins say who turned up; the
    plan (shift '') has no date of its own, and the times it was typed or imported say when
    an operator worked, not when anyone was deployed (the plan's size is
    :func:`plan_strength`). A deleted assignment or shift counts nowhere, so an undone
    posting or copy of the plan disappears at once. Counts are people (distinct NRP)."""
    with db.engine.connect() as conn:
        rows = conn.execute(_PER_DAY).all()
    return [DutyDay(dt.date.fromisoformat(d), n, c) for d, n, c in rows if d]


def plan_strength(db: Database) -> int:
    """People on a post in the operation's plan (assignments without a shift), now."""
    with db.engine.connect() as conn:
        return int(conn.execute(_PLAN).scalar_one() or 0)
