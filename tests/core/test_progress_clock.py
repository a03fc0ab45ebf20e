"""How officers write a time of day (core.progress.parse_clock), and what is no time."""

from __future__ import annotations

import pytest

from commandpost.core.progress import ClockError, parse_clock


@pytest.mark.parametrize(
    ("typed", "clock"),
    [
        ("06.10", (6, 10)),
        ("6.10", (6, 10)),
        ("06:10", (6, 10)),
        ("0610", (6, 10)),
        ("610", (6, 10)),
        (" 23.59 ", (23, 59)),
        ("7", (7, 0)),
        ("00.00", (0, 0)),
    ],
)
def test_the_ways_officers_write_a_time(typed, clock):
    assert parse_clock(typed) == clock


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("25.10", "hour"),
        ("24.00", "hour"),
        ("06.75", "minute"),
        ("0675", "minute"),
        ("6.1", "form"),
        ("", "form"),
        ("jam 7", "form"),
        ("06.10.00", "form"),
        ("06,10", "form"),
    ],
)
def test_what_is_no_time_says_why(typed, kind):
    with pytest.raises(ClockError) as caught:
        parse_clock(typed)
    assert caught.value.kind == kind and caught.value.text == typed.strip()
    assert "is not a time of day" in str(caught.value)
