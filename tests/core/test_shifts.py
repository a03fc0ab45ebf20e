"""Shift rules: impossible times, the voting-day relay, lateness and relief."""

from __future__ import annotations

import datetime as dt

import pytest

from commandpost.core.shifts import (
    LATE_AFTER,
    Shift,
    ShiftError,
    check_shift,
    day_shifts,
    is_late,
    relief_due,
    running,
)
from commandpost.core.stages import zone

WIB, WITA = zone("WIB"), zone("WITA")
VOTING_DAY = dt.date(2024, 11, 27)


def at(hour: int, minute: int = 0, day: int = 27, tz: dt.tzinfo = WIB) -> dt.datetime:
    return dt.datetime(2024, 11, day, hour, minute, tzinfo=tz)


def relay() -> list[Shift]:
    return [
        Shift(f"s{i}", "stage", name, start, end, i)
        for i, (name, start, end) in enumerate(day_shifts(VOTING_DAY, WIB), start=1)
    ]


def test_the_voting_day_relay_is_three_eight_hour_shifts_in_the_posts_zone():
    shifts = day_shifts(VOTING_DAY, WIB)
    assert [name for name, _s, _e in shifts] == [
        "Sif 1 06.00–14.00",
        "Sif 2 14.00–22.00",
        "Sif 3 22.00–06.00",
    ]
    assert [(s, e) for _n, s, e in shifts] == [
        (at(6), at(14)),
        (at(14), at(22)),
        (at(22), at(6, day=28)),
    ]
    # 06.00 WITA is an hour earlier in UTC than 06.00 WIB.
    [(_name, wita_start, _end), *_] = day_shifts(VOTING_DAY, WITA)
    assert wita_start.astimezone(dt.UTC) == dt.datetime(2024, 11, 26, 22, 0, tzinfo=dt.UTC)
    for _name, start, end in shifts:
        check_shift(start, end)


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (at(14), at(6), "end_before_start"),
        (at(6), at(6), "end_before_start"),
        (at(6), at(6, 1, day=28), "too_long"),
        (dt.datetime(2024, 11, 27, 6), at(14), "naive_time"),
    ],
)
def test_impossible_shifts_are_refused_with_the_rule(start, end, code):
    with pytest.raises(ShiftError) as caught:
        check_shift(start, end)
    assert caught.value.code == code
    assert isinstance(caught.value, ValueError)


def test_a_shift_of_exactly_a_day_is_allowed():
    check_shift(at(6), at(6, day=28))


def test_late_means_not_checked_in_thirty_minutes_after_the_start():
    assert dt.timedelta(minutes=30) == LATE_AFTER
    start = at(6)
    assert not is_late(start, None, at(6, 29))
    assert is_late(start, None, at(6, 30))
    # A check-in, even a late one, clears the flag; times compare across zones.
    assert not is_late(start, dt.datetime(2024, 11, 26, 23, 45, tzinfo=dt.UTC), at(7))
    assert not is_late(start, at(5, 50), at(13))


def test_the_running_shift_and_the_relief_due():
    shifts = relay()
    assert running(shifts, at(5, 59)) is None
    assert running(shifts, at(6)).name == "Sif 1 06.00–14.00"
    assert running(shifts, at(13, 59)).name == "Sif 1 06.00–14.00"
    assert running(shifts, at(14)).name == "Sif 2 14.00–22.00"
    assert running(shifts, at(3, day=28)).name == "Sif 3 22.00–06.00"
    assert relief_due(shifts, at(12, 30)) == (shifts[1], dt.timedelta(hours=1, minutes=30))
    assert relief_due(shifts, at(21, 45)) == (shifts[2], dt.timedelta(minutes=15))
    # The last shift of the day has no relief, and nothing runs before the first.
    assert relief_due(shifts, at(23)) is None
    assert relief_due(shifts, at(5)) is None


def test_during_a_hand_over_the_later_shift_is_the_one_running():
    early = Shift("a", None, "Pagi", at(6), at(14, 30))
    late = Shift("b", None, "Siang", at(14), at(22))
    assert running([early, late], at(14, 15)) is late
