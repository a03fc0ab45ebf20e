"""Indonesian dates, times and time zones as they appear in office spreadsheets.

Strict on purpose: ``27 November 2024``, ``27 Nop 2024``, ``Rabu, 27 Nov 2024``,
``27/11/2024``, ``27-11-2024`` and ``2024-11-27`` are read; a misspelt month, a five-digit
year, a day the month does not have, a weekday that does not match the date, and
month-first dates (``11/27/2024``: dates in Indonesia are day first) are refused, never
guessed. We measured dateparser for this (see README, "Dependencies"): it accepts wrong
weekdays and two-digit years, moves a date by a day when a zone is written beside it, and
cannot read ``07.30`` strictly, so these few rules are kept here.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from commandpost.tabular.problems import CellProblem, Msg

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("jan", "januari", "january"),
        ("feb", "peb", "februari", "pebruari", "february"),
        ("mar", "mrt", "maret", "march"),
        ("apr", "april"),
        ("mei", "may"),
        ("jun", "juni", "june"),
        ("jul", "juli", "july"),
        ("agu", "agt", "ags", "agus", "agustus", "aug", "august"),
        ("sep", "sept", "september"),
        ("okt", "oktober", "oct", "october"),
        ("nov", "nop", "november", "nopember"),
        ("des", "desember", "dec", "december"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
_WEEKDAYS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
# Offsets from UTC of Indonesia's three zones (WIB, WITA, WIT).
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
_TEXT = re.compile(r"(?:([a-z']+),?\s+)?(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})")
_DMY = re.compile(r"(?:([a-z']+),?\s+)?(\d{1,2})([/.-])(\d{1,2})\3(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"([01]?\d|2[0-3])[.:]([0-5]\d)(?:[.:]([0-5]\d))?")
MIN_YEAR, MAX_YEAR = 1900, 2100


def parse_date(value: Any) -> dt.date:
    """A date cell → ``datetime.date``; raises CellProblem with the cell's text."""
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise CellProblem(Msg.NOT_DATE, value=str(value))
        return value.date()
    if isinstance(value, dt.date):
        return value
    raw = "" if value is None else str(value)
    text = " ".join(raw.split()).lower()
    weekday = None
    try:
        if m := _TEXT.fullmatch(text):
            weekday, day, month_name, year = m.group(1), int(m[2]), m[3], int(m[4])
            if month_name not in _MONTHS:
                raise CellProblem(Msg.NOT_DATE, value=raw.strip())
            month = _MONTHS[month_name]
        elif m := _DMY.fullmatch(text):
            weekday, day, month, year = m.group(1), int(m[2]), int(m[4]), int(m[5])
            if month > 12:
                raise CellProblem(Msg.NOT_DATE, value=raw.strip())
        elif m := _ISO.fullmatch(text):
            year, month, day = int(m[1]), int(m[2]), int(m[3])
        else:
            raise CellProblem(Msg.NOT_DATE, value=raw.strip())
        if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
            raise CellProblem(Msg.NOT_DATE, value=raw.strip())
        date = dt.date(year, month, day)
    except ValueError as exc:
        if isinstance(exc, CellProblem):
            raise
        raise CellProblem(Msg.NO_SUCH_DATE, value=raw.strip()) from None
    if weekday is not None and _WEEKDAYS.get(weekday) != date.weekday():
        raise CellProblem(Msg.NOT_DATE, value=raw.strip())
    return date


def parse_time(value: Any) -> dt.time:
    """``07.30``, ``14:05``, ``7.30`` or a spreadsheet time → ``datetime.time``."""
    if isinstance(value, dt.time):
        return value
    if isinstance(value, dt.datetime):
        return value.time()
    raw = "" if value is None else str(value)
    m = _TIME.fullmatch(raw.strip())
    if not m:
        raise CellProblem(Msg.NOT_TIME, value=raw.strip())
    return dt.time(int(m[1]), int(m[2]), int(m[3] or 0))


def parse_zone(value: Any) -> dt.timezone:
    """``WIB``, ``WITA`` or ``WIT`` (any case) → the fixed-offset zone."""
    key = ("" if value is None else str(value)).strip().upper()
    if key not in ZONES:
        raise CellProblem(Msg.UNKNOWN_ZONE, value=key)
    return dt.timezone(dt.timedelta(hours=ZONES[key]), key)


def local_moment(date: Any, time: Any, zone: Any) -> dt.datetime:
    """A date, a time and a zone cell → an aware datetime (convert with ``.astimezone``)."""
    return dt.datetime.combine(parse_date(date), parse_time(time), tzinfo=parse_zone(zone))
