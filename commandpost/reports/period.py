"""The window of a report: a unit's period, exact and stated (no Qt).

A period runs from ``start`` (inclusive) to ``end`` (exclusive), both aware moments, and is
read in the post's zone (WIB, WITA, WIT). The default period ends at the post's daily
cut-off (06.00 local time unless the post set another) at or before now and covers the 24
hours before it: the "per pukul 06.00 WIB" of a daily situation report. An incident belongs
to the period in which it occurred, whatever the calendar or UTC day; grouping by UTC date
would move everything before 07.00 WIB to the day before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from commandpost.core.stages import Stage, StageClock, StageError, stage_clock, zone

DEFAULT_CUTOFF = dt.time(6, 0)


class ReportError(ValueError):
    """A report that cannot be made as asked (unknown unit, a period that ends before it
    starts, a list kind that does not exist); the message says which and why."""


@dataclass(frozen=True)
class Period:
    start: dt.datetime  # aware, inclusive
    end: dt.datetime  # aware, exclusive
    zone: str  # WIB | WITA | WIT: how the period is read and printed

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ReportError("a report period needs times with a zone")
        if self.end == self.start:
            raise ReportError(
                f"the period is empty: it starts and ends at {self.local_end:%Y-%m-%d %H:%M} "
                f"{self.zone}"
            )
        if self.end < self.start:
            raise ReportError(
                f"the period ends ({self.local_end:%Y-%m-%d %H:%M} {self.zone}) before it "
                f"starts ({self.local_start:%Y-%m-%d %H:%M} {self.zone})"
            )

    @property
    def tz(self) -> dt.timezone:
        return zone(self.zone)

    @property
    def local_start(self) -> dt.datetime:
        return self.start.astimezone(zone(self.zone))

    @property
    def local_end(self) -> dt.datetime:
        return self.end.astimezone(zone(self.zone))

    @property
    def since(self) -> str:
        """The start as the store compares times (UTC ISO to the minute)."""
        return utc_text(self.start)

    @property
    def until(self) -> str:
        return utc_text(self.end)

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def utc_text(moment: dt.datetime) -> str:
    """An aware moment as the store keeps times: UTC ISO to the minute (…+00:00)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="minutes")


def default_period(
    now: dt.datetime, zone_name: str = "WIB", cutoff: dt.time = DEFAULT_CUTOFF
) -> Period:
    """The 24 hours up to the last cut-off at or before ``now`` (aware), in ``zone_name``."""
    tz = zone(zone_name)
    local = now.astimezone(tz)
    end = dt.datetime.combine(local.date(), cutoff, tz)
    if end > local:
        end -= dt.timedelta(days=1)
    return Period(end - dt.timedelta(days=1), end, zone_name)


def default_now(
    voting_day: dt.date | None, is_demo: bool, zone_name: str, cutoff: dt.time = DEFAULT_CUTOFF
) -> dt.datetime:
    """The moment a report is made at by default: now; for a demo operation (whose data sit
    around a past voting day), the cut-off of the day after its voting day."""
    if is_demo and voting_day is not None:
        return dt.datetime.combine(voting_day + dt.timedelta(days=1), cutoff, zone(zone_name))
    return dt.datetime.now(dt.UTC)


def clock_at_end(stages: Sequence[Stage], voting_day: dt.date | None, period: Period) -> StageClock:
    """The stage clock a report of ``period`` states: at its last minute (the end itself is
    not in the period)."""
    return stage_clock(stages, voting_day, period.end - dt.timedelta(minutes=1), period.zone)


def parse_moment(text: str, zone_name: str, *, end_of_day: bool = False) -> dt.datetime:
    """A time from the command line: ISO (``2024-11-27T06:00``, ``2024-11-27 06:00``) or a
    date alone; without an offset it is the post's local time. A date alone is its start
    (00.00), or with ``end_of_day`` the start of the day after. Raises ReportError."""
    raw = text.strip()
    try:
        tz = zone(zone_name)
    except StageError as exc:
        raise ReportError(str(exc)) from None
    try:
        if len(raw) == 10:
            day = dt.date.fromisoformat(raw)
            moment = dt.datetime.combine(day, dt.time(0, 0), tz)
            return moment + dt.timedelta(days=1) if end_of_day else moment
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise ReportError(
            f"{text!r} is not a date and time (write 2024-11-27 or 2024-11-27T06:00)"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)
