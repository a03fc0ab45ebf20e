"""Indonesian dates, times and zones, from the schedule (C11) and incident (C12) cases."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from commandpost.tabular.dates import local_moment, parse_date, parse_time, parse_zone
from commandpost.tabular.problems import CellProblem, Msg

CASES = Path(__file__).parents[1] / "cases"
UTC = dt.UTC


def _rows(name: str) -> dict[int, dict[str, str]]:
    """The case file's rows by spreadsheet row number (the header is row 1)."""
    with (CASES / name).open(encoding="utf-8", newline="") as f:
        return dict(enumerate(csv.DictReader(f), start=2))


def test_c11_dates_of_the_accepted_rows():
    rows = _rows("C11-tahapan-dates-messy.csv")
    assert (rows[2]["start"], rows[2]["finish"]) == ("", "")  # a parent stage: no dates
    read = {n: (parse_date(rows[n]["start"]), parse_date(rows[n]["finish"])) for n in (3, 4, 5, 10)}
    assert read == {
        3: (dt.date(2024, 8, 27), dt.date(2024, 8, 29)),
        4: (dt.date(2024, 9, 22), dt.date(2024, 9, 22)),  # " 22 September", "22  september"
        5: (dt.date(2024, 9, 25), dt.date(2024, 11, 23)),  # Nopember
        10: (dt.date(2024, 11, 27), dt.date(2024, 12, 5)),  # 27/11/2024 and ISO
    }


@pytest.mark.parametrize(("row", "column"), [(6, "finish"), (7, "finish")])
def test_c11_misspelt_month_and_five_digit_year_are_refused(row, column):
    value = _rows("C11-tahapan-dates-messy.csv")[row][column]
    assert value in ("26 Nopemebr 2024", "27 November 20244")
    with pytest.raises(CellProblem) as info:
        parse_date(value)
    assert info.value.template == Msg.NOT_DATE
    assert value in str(info.value)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("27 November 2024", dt.date(2024, 11, 27)),
        ("27 NOVEMBER 2024", dt.date(2024, 11, 27)),
        ("  27   nopember   2024 ", dt.date(2024, 11, 27)),
        ("27 Nop 2024", dt.date(2024, 11, 27)),
        ("27 Nop. 2024", dt.date(2024, 11, 27)),
        ("27 Agt 2024", dt.date(2024, 8, 27)),
        ("27 Agustus 2024", dt.date(2024, 8, 27)),
        ("1 Peb 2024", dt.date(2024, 2, 1)),
        ("Rabu, 27 Nov 2024", dt.date(2024, 11, 27)),
        ("rabu 27 nov 2024", dt.date(2024, 11, 27)),
        ("Minggu, 24 Nov 2024", dt.date(2024, 11, 24)),
        ("Jum'at, 29 Nov 2024", dt.date(2024, 11, 29)),
        ("27/11/2024", dt.date(2024, 11, 27)),
        ("27-11-2024", dt.date(2024, 11, 27)),
        ("27.11.2024", dt.date(2024, 11, 27)),
        ("03/11/2024", dt.date(2024, 11, 3)),  # day first: 3 November, not 11 March
        ("2024-12-05", dt.date(2024, 12, 5)),
        ("29 Februari 2024", dt.date(2024, 2, 29)),
        (dt.datetime(2024, 11, 27), dt.date(2024, 11, 27)),  # an XLSX date cell
        (dt.date(2024, 11, 27), dt.date(2024, 11, 27)),
    ],
)
def test_dates_as_offices_write_them(text, date):
    assert parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("26 Nopemebr 2024", Msg.NOT_DATE),
        ("27 November 20244", Msg.NOT_DATE),
        ("31/11/2024", Msg.NO_SUCH_DATE),
        ("31 November 2024", Msg.NO_SUCH_DATE),
        ("29 Februari 2023", Msg.NO_SUCH_DATE),
        ("11/27/2024", Msg.NOT_DATE),  # month first: dates are dd/mm
        ("27/11/24", Msg.NOT_DATE),  # two-digit year: never guessed
        ("Senin, 27 Nov 2024", Msg.NOT_DATE),  # 27 November 2024 is a Wednesday
        ("Funday, 27 Nov 2024", Msg.NOT_DATE),
        ("27 November 1066", Msg.NOT_DATE),
        ("2024-13-01", Msg.NOT_DATE),
        ("2024-02-30", Msg.NO_SUCH_DATE),
        ("besok", Msg.NOT_DATE),
        ("", Msg.NOT_DATE),
        (None, Msg.NOT_DATE),
        (dt.datetime(2024, 11, 27, 7, 30), Msg.NOT_DATE),  # a moment, not a day
    ],
)
def test_dates_that_are_refused(text, template):
    with pytest.raises(CellProblem) as info:
        parse_date(text)
    assert info.value.template == template


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("07.30", dt.time(7, 30)),
        ("7.30", dt.time(7, 30)),
        ("14:05", dt.time(14, 5)),
        ("00.15", dt.time(0, 15)),
        ("23.59", dt.time(23, 59)),
        ("08:00:30", dt.time(8, 0, 30)),
        (dt.time(9, 0), dt.time(9, 0)),
        (dt.datetime(1899, 12, 30, 9, 0), dt.time(9, 0)),
    ],
)
def test_times(text, time):
    assert parse_time(text) == time


@pytest.mark.parametrize("text", ["24.10", "7", "07.60", "7:5", "jam 7", "", None])
def test_times_that_are_refused(text):
    with pytest.raises(CellProblem) as info:
        parse_time(text)
    assert info.value.template == Msg.NOT_TIME


@pytest.mark.parametrize(("text", "hours"), [("WIB", 7), ("wita", 8), (" Wit ", 9)])
def test_zones(text, hours):
    assert parse_zone(text).utcoffset(None) == dt.timedelta(hours=hours)


@pytest.mark.parametrize("text", ["UTC", "WET", "", None, "GMT+7"])
def test_unknown_zones_are_refused(text):
    with pytest.raises(CellProblem) as info:
        parse_zone(text)
    assert info.value.template == Msg.UNKNOWN_ZONE


def test_c12_rows_2_to_9_are_absolute_times():
    rows = _rows("C12-kejadian-tanggal-zona.csv")
    moments = {
        n: local_moment(rows[n]["tanggal"], rows[n]["jam"], rows[n]["zona"]) for n in range(2, 10)
    }
    wib = dt.timezone(dt.timedelta(hours=7))
    assert {n: m.astimezone(UTC) for n, m in moments.items()} == {
        2: dt.datetime(2024, 11, 27, 7, 30, tzinfo=wib).astimezone(UTC),
        3: dt.datetime(2024, 11, 27, 14, 5, tzinfo=wib).astimezone(UTC),
        # 16.00 WITA is 15.00 WIB
        4: dt.datetime(2024, 11, 27, 15, 0, tzinfo=wib).astimezone(UTC),
        # 23.59 WIT is 21.59 WIB
        5: dt.datetime(2024, 11, 27, 21, 59, tzinfo=wib).astimezone(UTC),
        6: dt.datetime(2024, 11, 28, 0, 15, tzinfo=wib).astimezone(UTC),
        7: dt.datetime(2024, 11, 24, 10, 0, tzinfo=wib).astimezone(UTC),
        8: dt.datetime(2024, 11, 3, 9, 0, tzinfo=wib).astimezone(UTC),  # 3 November
        9: dt.datetime(2024, 8, 27, 8, 0, tzinfo=wib).astimezone(UTC),
    }
    assert moments[4].tzname() == "WITA" and moments[4].hour == 16
    assert moments[4] == dt.datetime(2024, 11, 27, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("row", "template"),
    [(10, Msg.NO_SUCH_DATE), (11, Msg.NOT_DATE), (12, Msg.NOT_TIME)],
)
def test_c12_rows_10_to_12_are_refused(row, template):
    cells = _rows("C12-kejadian-tanggal-zona.csv")[row]
    with pytest.raises(CellProblem) as info:
        local_moment(cells["tanggal"], cells["jam"], cells["zona"])
    assert info.value.template == template
