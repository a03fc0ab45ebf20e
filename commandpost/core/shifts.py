"""Shifts (sif) within a stage: their rules, the voting-day relay, lateness and relief.

Plain Python. A shift's ``start`` and ``end`` are aware datetimes in the operation's zone
(WIB = UTC+7, WITA = UTC+8, WIT = UTC+9; see core.zones and core.stages.zone); check-in
times are aware too (the store keeps them in UTC). Comparisons between aware datetimes do
not depend on the zone they are written in, so a check-in in UTC and a shift in WIB compare
as they should.

The numbers here are common practice, not national rules (the domain brief: every Polda
and Polres sets its own): the three-shift relay of 06.00, 14.00 and 22.00 is the usual
voting-day pattern of a Polres command post, and 30 minutes without reporting is when a
Polres posko counts a member late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

# A shift lasts at most a day: a longer one is a typing error (a wrong date).
MAX_SHIFT = dt.timedelta(hours=24)
# A member who has not reported 30 minutes after the shift starts is late (a Polres posko
# pattern, not a national rule).
LATE_AFTER = dt.timedelta(minutes=30)
# The usual voting-day relay (hari H): (start hour, hours), local time of the post.
RELAY = ((6, 8), (14, 8), (22, 8))


class ShiftError(ValueError):
    """A shift that cannot be: ``code`` says which rule (``naive_time``, ``end_before_start``
    or ``too_long``), ``values`` the facts."""

    def __init__(self, code: str, message: str = "", **values: object) -> None:
        super().__init__(message or code)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class Shift:
    """One shift: ``start`` and ``end`` aware (the operation's zone), ``end`` exclusive;
    ``stage_id`` None for a shift of the whole operation."""

    id: str
    stage_id: str | None
    name: str
    start: dt.datetime
    end: dt.datetime
    position: int = 0

    def covers(self, moment: dt.datetime) -> bool:
        """Whether the shift is on at ``moment`` (aware): from its start, up to its end."""
        return self.start <= moment < self.end

    @property
    def length(self) -> dt.timedelta:
        return self.end - self.start


def check_shift(start: dt.datetime, end: dt.datetime) -> None:
    """Refuse impossible times: either time without a zone, an end at or before the start,
    or a shift longer than 24 hours (MAX_SHIFT). Raises :class:`ShiftError`."""
    if start.tzinfo is None or end.tzinfo is None:
        raise ShiftError("naive_time", "shift times need a time zone (WIB, WITA or WIT)")
    if end <= start:
        raise ShiftError(
            "end_before_start",
            f"the shift ends ({end:%Y-%m-%d %H:%M}) at or before its start "
            f"({start:%Y-%m-%d %H:%M})",
            start=start,
            end=end,
        )
    if end - start > MAX_SHIFT:
        hours = (end - start) / dt.timedelta(hours=1)
        raise ShiftError(
            "too_long",
            f"the shift runs {hours:g} hours; a shift lasts at most 24 hours",
            start=start,
            end=end,
            hours=hours,
        )


def relay_name(number: int, start: dt.datetime, end: dt.datetime) -> str:
    """``Sif 1 06.00–14.00``: the number and the local clock times, as the posko writes them."""
    return f"Sif {number} {start:%H.%M}–{end:%H.%M}"


def day_shifts(day: dt.date, tz: dt.tzinfo) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """The usual voting-day relay for ``day`` in zone ``tz`` (the operation's, e.g. WIB):
    06.00–14.00, 14.00–22.00 and 22.00–06.00 the next morning, as (name, start, end) with
    aware times, named ``Sif 1 06.00–14.00`` and so on."""
    shifts = []
    for number, (hour, hours) in enumerate(RELAY, start=1):
        start = dt.datetime.combine(day, dt.time(hour), tzinfo=tz)
        end = start + dt.timedelta(hours=hours)
        shifts.append((relay_name(number, start, end), start, end))
    return shifts


def is_late(shift_start: dt.datetime, checked_in: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a member of a shift that starts at ``shift_start`` is late at ``now``: not
    checked in (``checked_in`` None) and ``now`` at least LATE_AFTER (30 minutes, a Polres
    pattern) after the start. Anyone checked in, however late, is no longer late."""
    return checked_in is None and now >= shift_start + LATE_AFTER


def running(shifts: Iterable[Shift], now: dt.datetime) -> Shift | None:
    """The shift on at ``now`` (aware); when shifts overlap (a hand-over), the one that
    started last."""
    on = [s for s in shifts if s.covers(now)]
    return max(on, key=lambda s: (s.start, s.position), default=None)


def relief_due(shifts: Iterable[Shift], now: dt.datetime) -> tuple[Shift, dt.timedelta] | None:
    """While a shift is running at ``now``: the next shift to start after ``now`` and the
    time until it does (the relief, aplusan). None when no shift is running or none follows."""
    listed = list(shifts)
    if running(listed, now) is None:
        return None
    later = [s for s in listed if s.start > now]
    if not later:
        return None
    upcoming = min(later, key=lambda s: (s.start, s.position))
    return upcoming, upcoming.start - now
