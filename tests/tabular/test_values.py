"""Cell values as offices write them: codes, counts, TPS numbers and text."""

import pytest

from commandpost.tabular.problems import CellProblem, Msg
from commandpost.tabular.values import clean_text, parse_code, parse_count, parse_tps_number


@pytest.mark.parametrize(
    ("value", "code", "note"),
    [
        ("36.02.01.2002", "36.02.01.2002", None),
        ("3602012002", "36.02.01.2002", None),
        (3602012002, "36.02.01.2002", None),
        (3602012002.0, "36.02.01.2002", None),
        ("  36.02.01.2002 ", "36.02.01.2002", None),
        ("3603281001093", "36.03.28.1001.093", None),
        (3603281001901, "36.03.28.1001.901", None),
        ("36.03.28.1001.001", "36.03.28.1001.001", None),
        ("36", "36", None),
        ("3603", "36.03", None),
        ("360328", "36.03.28", None),
        ("36. 03", "36.03", Msg.SPACES_REMOVED),
        ("36 02 01 2002", "36.02.01.2002", Msg.SPACES_REMOVED),
        ("3603281001004.0", "36.03.28.1001.004", Msg.DECIMAL_REMOVED),
    ],
)
def test_codes_are_read_as_they_come(value, code, note):
    assert parse_code(value) == (code, note)


@pytest.mark.parametrize(
    ("value", "template"),
    [
        ("3.60328E+12", Msg.SCIENTIFIC),
        ("3,60328E+12", Msg.SCIENTIFIC),
        ("3.603281001E12", Msg.SCIENTIFIC),
        (3.6032810010011e16, Msg.FLOAT_DIGITS_LOST),  # more digits than a double keeps
        (36.1, Msg.TRAILING_ZERO_LOST),  # 36.10 typed into a number cell
        ("36.1", Msg.TRAILING_ZERO_LOST),
        ("36.02.01.200", Msg.TRAILING_ZERO_LOST),
        ("360201200", Msg.CODE_DIGITS),  # nine digits: one short of a village code
        ("36020120021", Msg.CODE_DIGITS),
        ("36.02.1.2002", Msg.NOT_A_CODE),
        ("Serang", Msg.NOT_A_CODE),
        ("", Msg.NOT_A_CODE),
        (None, Msg.NOT_A_CODE),
        (True, Msg.NOT_A_CODE),
        (36.25, Msg.NOT_A_CODE),
        (float("inf"), Msg.NOT_A_CODE),
        (float("nan"), Msg.NOT_A_CODE),
        ("٣٦.٠٢", Msg.OTHER_DIGITS),  # Arabic-Indic digits
        ("३६०२", Msg.OTHER_DIGITS),  # Devanagari digits
        ("9" * 5000, Msg.NOT_A_CODE),
    ],
)
def test_damaged_codes_are_refused_never_guessed(value, template):
    with pytest.raises(CellProblem) as info:
        parse_code(value)
    assert info.value.template == template


def test_a_refused_long_code_is_shown_shortened():
    with pytest.raises(CellProblem) as info:
        parse_code("9" * 5000)
    assert len(str(info.value)) < 100


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("1592", 1592),
        ("1.592", 1592),
        ("1.000.000", 1_000_000),
        (" 230 ", 230),
        ("230.0", 230),
        (230, 230),
        (230.0, 230),
        ("0", 0),
        ("007", 7),
    ],
)
def test_counts_with_indonesian_thousands_dots(value, number):
    assert parse_count(value) == number


@pytest.mark.parametrize(
    ("value", "template"),
    [
        ("banyak", Msg.NOT_COUNT),
        ("-5", Msg.NOT_COUNT),
        (-5, Msg.NOT_COUNT),
        ("1,5", Msg.NOT_COUNT),
        ("1.5", Msg.NOT_COUNT),
        ("15.92", Msg.NOT_COUNT),  # not a thousands group
        (2.5, Msg.NOT_COUNT),
        (float("nan"), Msg.NOT_COUNT),
        (float("inf"), Msg.NOT_COUNT),
        (None, Msg.NOT_COUNT),
        (True, Msg.NOT_COUNT),
        ("٣٦", Msg.OTHER_DIGITS),
        ("१२", Msg.OTHER_DIGITS),
        ("3000000000", Msg.COUNT_TOO_BIG),  # billions
        ("3.000.000.000", Msg.COUNT_TOO_BIG),
        (2**64 + 1, Msg.NUMBER_TOO_LONG),  # beyond 64 bits
        (str(2**64 + 1), Msg.NUMBER_TOO_LONG),
        (1e30, Msg.NUMBER_TOO_LONG),
        ("9" * 5000, Msg.NUMBER_TOO_LONG),  # int() would refuse it beyond 4300 digits
        ("0" * 30 + "1", Msg.NUMBER_TOO_LONG),
    ],
)
def test_counts_no_real_list_holds_are_refused(value, template):
    with pytest.raises(CellProblem) as info:
        parse_count(value, maximum=1_000_000)
    assert info.value.template == template


def test_a_huge_number_names_its_length_not_its_digits():
    with pytest.raises(CellProblem) as info:
        parse_count("9" * 5000)
    assert "5000 digits" in str(info.value)
    assert "9999" not in str(info.value)


def test_count_above_the_maximum_names_both_with_thousands_dots():
    with pytest.raises(CellProblem) as info:
        parse_count("3000000000", what="TPS", maximum=5000)
    assert str(info.value) == "3.000.000.000 is far more than any TPS holds (at most 5.000)"


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("TPS 001", 1),
        ("TPS001", 1),
        ("tps 001", 1),
        ("001", 1),
        ("1", 1),
        (1, 1),
        (1.0, 1),
        ("TPS 901", 901),
        ("901", 901),
        ("TPS-093", 93),
        ("TPS 01", 1),
        (" 12 ", 12),
        ("999", 999),
    ],
)
def test_tps_numbers_in_every_spelling(value, number):
    assert parse_tps_number(value) == number


@pytest.mark.parametrize(
    ("value", "template"),
    [
        ("0", Msg.NOT_TPS_NUMBER),
        ("TPS 000", Msg.NOT_TPS_NUMBER),
        ("1000", Msg.NOT_TPS_NUMBER),
        (1000, Msg.NOT_TPS_NUMBER),
        (-1, Msg.NOT_TPS_NUMBER),
        (1.5, Msg.NOT_TPS_NUMBER),
        ("TPS", Msg.NOT_TPS_NUMBER),
        ("satu", Msg.NOT_TPS_NUMBER),
        (None, Msg.NOT_TPS_NUMBER),
        ("9" * 5000, Msg.NOT_TPS_NUMBER),
        ("KSK 001", Msg.ABROAD_TPS),
        ("POS 3", Msg.ABROAD_TPS),
        ("ksk001", Msg.ABROAD_TPS),
        ("Posko 1", Msg.NOT_TPS_NUMBER),
        ("٣", Msg.OTHER_DIGITS),
    ],
)
def test_bad_tps_numbers_are_refused(value, template):
    with pytest.raises(CellProblem) as info:
        parse_tps_number(value)
    assert info.value.template == template


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("  Balai Desa  ", "Balai Desa"),
        ("Jl. A\nRT 1\r\nRW 2", "Jl. A RT 1 RW 2"),
        ("Jl.\tA", "Jl. A"),
        ("Regapu’u – Simpang", "Regapu’u – Simpang"),
        ("Cafe\u0301", "Café"),  # composed to NFC
        (12, "12"),
        (12.0, "12"),
    ],
)
def test_text_cells(value, text):
    assert clean_text(value) == text


@pytest.mark.parametrize("bad", ["A\x00B", "A\x1bB", "A\x85B", "A\x7fB"])
def test_control_characters_in_text_are_refused(bad):
    with pytest.raises(CellProblem) as info:
        clean_text(bad)
    assert info.value.template == Msg.CONTROL_CHARACTER
    assert f"U+{ord(bad[1]):04X}" in str(info.value)


def test_text_longer_than_the_maximum_is_refused():
    assert clean_text("x" * 10, maximum=10) == "x" * 10
    with pytest.raises(CellProblem) as info:
        clean_text("x" * 11, maximum=10)
    assert info.value.template == Msg.TEXT_TOO_LONG
