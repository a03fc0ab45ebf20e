"""Roster cells (case C14): NRP/NIP as text, and the TPS ranges a PAM TPS line covers."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commandpost.core.ranks import split_rank_id
from commandpost.tabular.problems import CellProblem, Msg
from commandpost.tabular.values import parse_nrp, parse_tps_ranges

C14 = Path(__file__).resolve().parent.parent / "cases" / "C14-roster-pam-tps.xlsx"


def refused(parser, value):
    with pytest.raises(CellProblem) as caught:
        parser(value)
    return caught.value


@pytest.mark.parametrize(
    ("value", "nrp"),
    [
        ("70010123", "70010123"),
        (70010123, "70010123"),  # a number cell, 8 digits: nothing lost
        (70010123.0, "70010123"),
        ("70010123.0", "70010123"),  # a number cell exported as text
        ("05090567", "05090567"),
        ("01020345", "01020345"),
        (" 88120789 ", "88120789"),
        ("8501 1234", "85011234"),
        ("85.011.234", "85011234"),
        ("198501012010012001", "198501012010012001"),
        ("19850101 201001 2 001", "198501012010012001"),
        ("19850101.201001.2.001", "198501012010012001"),
        (198501012010012001, "198501012010012001"),  # an int kept whole (not from Excel)
    ],
)
def test_an_nrp_or_nip_is_text_with_its_leading_zeros(value, nrp):
    assert parse_nrp(value) == nrp


NRP_ZERO_LOST = (
    "has 7 digits: an NRP has 8, and a leading zero was probably lost when the column was "
    "stored as a number; format the column as Text and export again"
)
NIP_DIGITS_LOST = (
    ": an NRP or NIP stored as a number lost digits (a NIP has 18, a spreadsheet number "
    "keeps 15); format the column as Text and export again"
)
NOT_NRP = "is not an NRP (8 digits) or a NIP (18 digits)"


@pytest.mark.parametrize(
    ("value", "template", "message"),
    [
        (1020346, Msg.NRP_ZERO_LOST, "'1020346' " + NRP_ZERO_LOST),
        (1020346.0, Msg.NRP_ZERO_LOST, "'1020346' " + NRP_ZERO_LOST),
        ("1020346", Msg.NRP_ZERO_LOST, "'1020346' " + NRP_ZERO_LOST),
        ("1.020.346", Msg.NRP_ZERO_LOST, "'1.020.346' " + NRP_ZERO_LOST),
        (1.98501012010012e17, Msg.NIP_DIGITS_LOST, "'1.98501012010012e+17'" + NIP_DIGITS_LOST),
        (1e15, Msg.NIP_DIGITS_LOST, "'1e+15'" + NIP_DIGITS_LOST),
        ("1.98501012010012E+17", Msg.NIP_DIGITS_LOST, "'1.98501012010012E+17'" + NIP_DIGITS_LOST),
        ("7.0010123E+07", Msg.NIP_DIGITS_LOST, "'7.0010123E+07'" + NIP_DIGITS_LOST),
        ("198501012010012000", Msg.NIP_DIGITS_LOST, "'198501012010012000'" + NIP_DIGITS_LOST),
        (198501012010012000, Msg.NIP_DIGITS_LOST, "'198501012010012000'" + NIP_DIGITS_LOST),
        ("19850101201001200", Msg.NIP_DIGITS_LOST, "'19850101201001200'" + NIP_DIGITS_LOST),
        (1985010120100120, Msg.NIP_DIGITS_LOST, "'1985010120100120'" + NIP_DIGITS_LOST),
        ("1234", Msg.NOT_NRP, "'1234' " + NOT_NRP),
        ("850112345", Msg.NOT_NRP, "'850112345' " + NOT_NRP),
        ("1985010120100120011", Msg.NOT_NRP, "'1985010120100120011' " + NOT_NRP),
        ("AGUS", Msg.NOT_NRP, "'AGUS' " + NOT_NRP),
        ("BRIPKA/85011234", Msg.NOT_NRP, "'BRIPKA/85011234' " + NOT_NRP),
        ("8501-1234", Msg.NOT_NRP, "'8501-1234' " + NOT_NRP),
        ("", Msg.NOT_NRP, "'' " + NOT_NRP),
        (None, Msg.NOT_NRP, "'' " + NOT_NRP),
        (True, Msg.NOT_NRP, "'True' " + NOT_NRP),
        (-70010123, Msg.NOT_NRP, "'-70010123' " + NOT_NRP),
        (70010123.5, Msg.NOT_NRP, "'70010123.5' " + NOT_NRP),
        (float("nan"), Msg.NOT_NRP, "'nan' " + NOT_NRP),
        ("9" * 300, Msg.NOT_NRP, "'" + "9" * 39 + "…' " + NOT_NRP),
        ("٨٥٠١١٢٣٤", Msg.OTHER_DIGITS, "'٨٥٠١١٢٣٤' has digits that are not 0-9"),
    ],
)
def test_a_damaged_or_wrong_nrp_is_refused_with_the_reason(value, template, message):
    problem = refused(parse_nrp, value)
    assert problem.template == template
    assert str(problem).startswith(message)


@pytest.mark.parametrize(
    ("value", "numbers"),
    [
        ("1-5, 7", (1, 2, 3, 4, 5, 7)),
        ("6,8-10", (6, 8, 9, 10)),
        ("11-13", (11, 12, 13)),
        ("901-904", (901, 902, 903, 904)),
        ("18", (18,)),
        (18, (18,)),
        (18.0, (18,)),
        ("TPS 1-3", (1, 2, 3)),
        ("tps 001 - 003", (1, 2, 3)),
        ("TPS 1, TPS 4", (1, 4)),
        ("1 s/d 5", (1, 2, 3, 4, 5)),
        ("1 S/D 5", (1, 2, 3, 4, 5)),
        ("1 s.d. 5", (1, 2, 3, 4, 5)),
        ("1 sd 5", (1, 2, 3, 4, 5)),
        ("1 sampai 3", (1, 2, 3)),
        ("1–5", (1, 2, 3, 4, 5)),
        ("1;2;3", (1, 2, 3)),
        ("1 dan 3", (1, 3)),
        ("7, 1-2", (7, 1, 2)),  # in the order written
        ("5-5", (5,)),
        ("1-100", tuple(range(1, 101))),
        ("1-5,", (1, 2, 3, 4, 5)),
        (" 3 ", (3,)),
    ],
)
def test_tps_ranges_are_expanded_in_the_order_written(value, numbers):
    assert parse_tps_ranges(value) == numbers


@pytest.mark.parametrize(
    ("value", "template", "message"),
    [
        ("14, 14", Msg.TPS_TWICE, "TPS 14 is listed twice in '14, 14'"),
        ("1-5, 3", Msg.TPS_TWICE, "TPS 3 is listed twice in '1-5, 3'"),
        ("1-3, 2-4", Msg.TPS_TWICE, "TPS 2 is listed twice in '1-3, 2-4'"),
        ("17-15", Msg.RANGE_REVERSED, "'17-15': the range 17-15 runs backwards"),
        ("1, 9 s/d 4", Msg.RANGE_REVERSED, "'1, 9 s/d 4': the range 9-4 runs backwards"),
        (
            "1-101",
            Msg.RANGE_TOO_LONG,
            "'1-101': the range 1-101 covers 101 TPS; one roster line covers at most 100",
        ),
        ("0", Msg.NOT_TPS_NUMBER, "'0' is not a TPS number from 1 to 999"),
        ("0-3", Msg.NOT_TPS_NUMBER, "'0' is not a TPS number from 1 to 999"),
        ("998-1000", Msg.NOT_TPS_NUMBER, "'1000' is not a TPS number from 1 to 999"),
        (1000, Msg.NOT_TPS_NUMBER, "'1000' is not a TPS number from 1 to 999"),
        (0, Msg.NOT_TPS_NUMBER, "'0' is not a TPS number from 1 to 999"),
        ("abc", Msg.NOT_TPS_RANGES, "'abc' is not a list of TPS numbers like 1-5, 7"),
        ("", Msg.NOT_TPS_RANGES, "'' is not a list of TPS numbers like 1-5, 7"),
        (",", Msg.NOT_TPS_RANGES, "',' is not a list of TPS numbers like 1-5, 7"),
        (None, Msg.NOT_TPS_RANGES, "'' is not a list of TPS numbers like 1-5, 7"),
        (True, Msg.NOT_TPS_RANGES, "'True' is not a list of TPS numbers like 1-5, 7"),
        ("1 2 3", Msg.NOT_TPS_RANGES, "'1 2 3' is not a list of TPS numbers like 1-5, 7"),
        ("1-2-3", Msg.NOT_TPS_RANGES, "'1-2-3' is not a list of TPS numbers like 1-5, 7"),
        ("KSK 1", Msg.NOT_TPS_RANGES, "'KSK 1' is not a list of TPS numbers like 1-5, 7"),
        ("1234567", Msg.NOT_TPS_RANGES, "'1234567' is not a list of TPS numbers like 1-5, 7"),
        (6.8, Msg.NOT_TPS_RANGES, "'6.8' is not a list of TPS numbers like 1-5, 7"),  # "6,8"
        ("١-٥", Msg.OTHER_DIGITS, "'١-٥' has digits that are not 0-9"),
        (
            dt.datetime(2024, 5, 1),
            Msg.TPS_RANGES_DATE,
            "'2024-05-01 00:00:00': the spreadsheet turned the TPS numbers into a date; format "
            "the column as Text, type the numbers again and export again",
        ),
        (dt.date(2024, 1, 5), Msg.TPS_RANGES_DATE, "'2024-01-05': the spreadsheet turned"),
    ],
)
def test_a_tps_list_that_cannot_be_is_refused_with_the_reason(value, template, message):
    problem = refused(parse_tps_ranges, value)
    assert problem.template == template
    assert str(problem).startswith(message)


def test_the_new_templates_are_in_the_roster_block():
    templates = Msg.all()
    for name in (
        "NRP_ZERO_LOST",
        "NIP_DIGITS_LOST",
        "NOT_NRP",
        "NOT_TPS_RANGES",
        "TPS_TWICE",
        "RANGE_REVERSED",
        "RANGE_TOO_LONG",
        "TPS_RANGES_DATE",
    ):
        assert getattr(Msg, name) in templates


def _c14(sheet, first_row):
    workbook = openpyxl.load_workbook(C14, read_only=True)
    try:
        return list(workbook[sheet].iter_rows(min_row=first_row, values_only=True))
    finally:
        workbook.close()


def test_the_c14_pam_tps_sheet():
    """PAM TPS: rank/NRP split, NRP as text; row 7 lists TPS 14 twice, row 8 runs 17-15."""
    rows = _c14("PAM TPS", 3)
    numbers = [parse_nrp(split_rank_id(row[4])[1]) for row in rows]
    assert numbers == [
        "85011234",
        "93050012",
        "01020345",
        "02030456",
        "85011234",  # row 7: the NRP of row 3 again, for the importer to refuse
        "79010123",
        "96070321",
    ]
    ranges = {}
    for spreadsheet_row, row in enumerate(rows, start=3):
        try:
            ranges[spreadsheet_row] = parse_tps_ranges(row[7])
        except CellProblem as problem:
            ranges[spreadsheet_row] = problem.template
    assert ranges == {
        3: (1, 2, 3, 4, 5, 7),
        4: (6, 8, 9, 10),
        5: (11, 12, 13),
        6: (901, 902, 903, 904),
        7: Msg.TPS_TWICE,
        8: Msg.RANGE_REVERSED,
        9: (18,),
    }


def test_the_c14_personnel_sheet():
    """PERSONEL: row 5 lost the NRP's leading zero, row 6 the NIP's last digits."""
    read = {}
    for spreadsheet_row, row in enumerate(_c14("PERSONEL", 2), start=2):
        try:
            read[spreadsheet_row] = parse_nrp(row[3])
        except CellProblem as problem:
            read[spreadsheet_row] = (problem.template, str(problem))
    assert read == {
        2: "70010123",
        3: "76020234",
        4: "80030345",
        5: (Msg.NRP_ZERO_LOST, "'1020346' " + NRP_ZERO_LOST),
        6: (Msg.NIP_DIGITS_LOST, "'1.98501012010012e+17'" + NIP_DIGITS_LOST),
        7: "05090567",
        8: "96070321",
        9: "71050678",
        10: "88120789",
    }


@given(st.from_regex(r"[0-9]{8}|[1-2][0-9]{14}[0-9]{2}[1-9]", fullmatch=True))
def test_any_nrp_or_nip_kept_as_text_is_read_as_it_is(text):
    assert parse_nrp(text) == text
    assert parse_nrp(" " + text + " ") == text


@given(st.integers(1, 9_999_999))
def test_an_nrp_with_a_leading_zero_stored_as_a_number_is_refused(number):
    problem = refused(parse_nrp, number)
    if len(str(number)) == 7:
        assert problem.template == Msg.NRP_ZERO_LOST
    else:
        assert problem.template == Msg.NOT_NRP


@given(st.floats(min_value=1e15, max_value=1e19))
def test_every_float_from_1e15_is_refused(number):
    assert refused(parse_nrp, number).template == Msg.NIP_DIGITS_LOST


@given(
    st.lists(
        st.tuples(st.integers(1, 999), st.integers(0, 99)).map(
            lambda t: (t[0], min(t[0] + t[1], 999))
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([", ", ",", "; ", " dan "]),
    st.sampled_from(["-", " - ", "–", " s/d ", " sd "]),
)
def test_written_ranges_read_back_or_are_refused_as_twice(ranges, separator, dash):
    text = separator.join(f"{a}{dash}{b}" if a != b else str(a) for a, b in ranges)
    expanded = [n for a, b in ranges for n in range(a, b + 1)]
    if len(set(expanded)) == len(expanded):
        assert parse_tps_ranges(text) == tuple(expanded)
    else:
        assert refused(parse_tps_ranges, text).template == Msg.TPS_TWICE
