"""One conversion of stored moments to the post's clock (core.zones.in_zone, moment_text)."""

from __future__ import annotations

import datetime as dt

import pytest

from commandpost.core.stages import StageError
from commandpost.core.zones import in_zone, moment_text


@pytest.mark.parametrize(
    ("zone", "clock", "offset"),
    [("WIB", "07.30", 7), ("WITA", "08.30", 8), ("WIT", "09.30", 9)],
)
def test_a_utc_moment_on_each_post_clock(zone, clock, offset):
    local = in_zone("2024-11-27T00:30:00+00:00", zone)
    assert local.strftime("%d %b %Y %H.%M") == f"27 Nov 2024 {clock}"
    assert local.utcoffset() == dt.timedelta(hours=offset)
    assert local.tzname() == zone
    assert moment_text("2024-11-27T00:30Z", zone) == f"2024-11-27 {clock.replace('.', ':')} {zone}"


def test_naive_text_and_datetimes_are_utc():
    assert in_zone("2024-11-27T00:30", "WITA").isoformat() == "2024-11-27T08:30:00+08:00"
    naive = dt.datetime(2024, 11, 27, 23, 0)
    assert in_zone(naive, "WIT").isoformat() == "2024-11-28T08:00:00+09:00"  # the next day


def test_an_offset_of_its_own_is_kept_as_the_same_moment():
    assert in_zone("2024-11-27T08:30+08:00", "WIB").isoformat() == "2024-11-27T07:30:00+07:00"


@pytest.mark.parametrize("bad", ["", None, "kemarin sore", "27/11/2024 08.30", "2024-13-01"])
def test_no_time_is_none(bad):
    assert in_zone(bad, "WIB") is None


def test_the_command_line_text_of_nothing_or_bad_text():
    assert moment_text(None, "WIB") == ""
    assert moment_text("", "WIB") == ""
    assert moment_text("kemarin", "WIB") == "kemarin"


def test_an_unknown_zone_is_refused():
    with pytest.raises(StageError):
        in_zone("2024-11-27T00:30Z", "CET")
