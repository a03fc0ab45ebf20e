"""TPS security patterns and strength arithmetic, on the patterns of the domain brief's table
(2019 national, Polres Serang, Metro Jakarta Barat, Metro Tangerang Kota, Manggarai)."""

import math
from dataclasses import fields
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commandpost.core.strength import (
    SHARE_SCALE,
    Pattern,
    PatternError,
    Strength,
    deployable,
    parse_pattern,
    parse_share,
    people,
    share_text,
)


def test_the_scale_is_the_lcm_of_1_to_16():
    assert SHARE_SCALE == math.lcm(*range(1, 17)) == 720720


@pytest.mark.parametrize(
    ("text", "pattern"),
    [
        ("2-12-24", Pattern(2, 12, 24)),
        ("2-2-4", Pattern(2, 2, 4)),
        ("1-3-2", Pattern(1, 3, 2)),
        ("2-4-6", Pattern(2, 4, 6)),
        ("4-2-8", Pattern(4, 2, 8)),
        ("6-2-8", Pattern(6, 2, 8)),
        ("2-16-32", Pattern(2, 16, 32)),
        ("1-1-1", Pattern(1, 1, 1)),
        ("2-1-2", Pattern(2, 1, 2)),
        ("2-1", Pattern(2, 1, None)),
        ("2-1-0", Pattern(2, 1, 0)),
        (" 2 - 12 - 24 ", Pattern(2, 12, 24)),
        ("2–12–24", Pattern(2, 12, 24)),  # en dashes from a word processor
        ("2 per TPS", Pattern(2, 1, None)),
        ("2 police per TPS", Pattern(2, 1, None)),
        ("2 polisi per TPS", Pattern(2, 1, None)),
        ("2 Personel per TPS", Pattern(2, 1, None)),
        ("2 police per TPS + Linmas", Pattern(2, 1, None)),
        ("2 per TPS + 4 Linmas", Pattern(2, 1, 4)),
        ("2 polisi per 6 TPS", Pattern(2, 6, None)),
        ("2/6", Pattern(2, 6, None)),
        ("2 / 2", Pattern(2, 2, None)),
        ("2 police / 6 TPS", Pattern(2, 6, None)),
        ("2 : 6", Pattern(2, 6, None)),
        ("2:6", Pattern(2, 6, None)),
        ("50-100-200", Pattern(50, 100, 200)),
    ],
)
def test_patterns_are_read_as_polres_write_them(text, pattern):
    assert parse_pattern(text) == pattern


FORMS = "write police-TPS-Linmas like 2-12-24, police-TPS like 2-6, '2 per TPS'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0-12-24", "'0-12-24': 0 police is outside 1 to 50; " + FORMS),
        ("51-12-24", "'51-12-24': 51 police is outside 1 to 50"),
        ("2-0-4", "'2-0-4': 0 TPS is outside 1 to 100"),
        ("2-101", "'2-101': 101 TPS is outside 1 to 100"),
        ("2-12-201", "'2-12-201': 201 Linmas is outside 0 to 200"),
        ("0 per TPS", "'0 per TPS': 0 police is outside 1 to 50"),
        ("2", "'2' is not a TPS security pattern; " + FORMS),
        ("", "'' is not a TPS security pattern"),
        ("2-12-24-6", "'2-12-24-6' is not a TPS security pattern"),
        ("dua per TPS", "'dua per TPS' is not a TPS security pattern"),
        ("2.5-12", "'2.5-12' is not a TPS security pattern"),
        ("-2-12", "'-2-12' is not a TPS security pattern"),
        ("2 police", "'2 police' is not a TPS security pattern"),
    ],
)
def test_a_pattern_that_cannot_be_read_is_refused(text, message):
    with pytest.raises(PatternError) as caught:
        parse_pattern(text)
    assert str(caught.value).startswith(message)
    assert "'2 police / 6 TPS'" in str(caught.value)  # every message names the forms
    assert caught.value.text == text
    assert isinstance(caught.value, ValueError)


def test_a_pattern_writes_itself_back():
    assert Pattern(2, 12, 24).text == "2-12-24"
    assert Pattern(2, 6, None).text == "2-6"
    for text in ("2-12-24", "2-2-4", "1-3-2", "2-1"):
        assert parse_pattern(text).text == text
    assert parse_pattern("2 police / 6 TPS").text == "2-6"


def test_shares_per_tps_are_scaled_integers():
    assert Pattern(2, 12, 24).police_share == SHARE_SCALE // 6
    assert Pattern(2, 12, 24).linmas_share == 2 * SHARE_SCALE
    assert Pattern(1, 3, 2).police_share == 240240
    assert Pattern(2, 6, None).linmas_share == 0
    assert Pattern(2, 2, 4).police_share == SHARE_SCALE
    # more than 16 TPS: the nearest unit, not exact
    assert Pattern(2, 17, None).police_share == 84791
    assert Pattern(1, 17, None).police_share == 42395


def test_people_rounds_a_share_sum_up_to_whole_people():
    assert people(0) == 0
    assert people(1) == 1
    assert people(SHARE_SCALE) == 1
    assert people(SHARE_SCALE + 1) == 2
    # Polres Serang, kurang rawan 2-12-24, over 2,667 TPS: 444.5 officers → 445
    assert people(2667 * Pattern(2, 12, 24).police_share) == 445
    assert people(2667 * Pattern(2, 12, 24).linmas_share) == 5334
    # Manggarai 1-3-2 over 10 TPS: 3.33 officers → 4
    assert people(10 * Pattern(1, 3, 2).police_share) == 4
    with pytest.raises(ValueError, match="cannot be negative"):
        people(-1)


def test_a_mix_of_classes_adds_up_exactly():
    # Banten Pilkada 2024: 102 rawan at 2-2-4, 36 sangat rawan at 2 per TPS, the rest of
    # Polda Banten's 10,078 at 2-12-24
    rest = 10078 - 102 - 36
    scaled = (
        102 * parse_pattern("2-2-4").police_share
        + 36 * parse_pattern("2 per TPS").police_share
        + rest * parse_pattern("2-12-24").police_share
    )
    assert people(scaled) == 102 + 72 + math.ceil(Fraction(rest, 6))


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("2/3", Fraction(2, 3)),
        ("3/4", Fraction(3, 4)),
        (" 2 / 3 ", Fraction(2, 3)),
        ("0.67", Fraction(67, 100)),
        ("0,67", Fraction(67, 100)),
        ("67%", Fraction(67, 100)),
        ("67 %", Fraction(67, 100)),
        ("66.5%", Fraction(133, 200)),
        ("100%", Fraction(1)),
        ("1", Fraction(1)),
        ("1/1", Fraction(1)),
    ],
)
def test_a_deployment_share_is_read(text, share):
    assert parse_share(text) == share


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "'0': a share of the strength must be above 0 and at most 1"),
        ("0%", "'0%': a share of the strength must be above 0 and at most 1"),
        ("4/3", "'4/3': a share of the strength must be above 0 and at most 1"),
        ("150%", "'150%': a share of the strength must be above 0 and at most 1"),
        ("1.5", "'1.5': a share of the strength must be above 0 and at most 1"),
        ("2/0", "'2/0' is not a share of the strength like 2/3, 0.67 or 67%"),
        ("-1/2", "'-1/2' is not a share of the strength like 2/3, 0.67 or 67%"),
        ("dua pertiga", "'dua pertiga' is not a share of the strength like 2/3"),
        ("", "'' is not a share of the strength"),
    ],
)
def test_a_share_that_is_not_one_is_refused(text, message):
    with pytest.raises(ValueError) as caught:
        parse_share(text)
    assert str(caught.value).startswith(message)


def test_a_share_is_written_as_officers_write_it():
    assert share_text(Fraction(2, 3)) == "2/3"
    assert share_text(Fraction(3, 4)) == "3/4"
    assert share_text(Fraction(5, 12)) == "5/12"
    assert share_text(Fraction(67, 100)) == "67%"
    assert share_text(Fraction(133, 200)) == "66.5%"
    assert share_text(Fraction(1, 13)) == "7.69%"
    assert share_text(Fraction(1)) == "100%"
    for text in ("2/3", "3/4", "67%", "66.5%"):
        assert share_text(parse_share(text)) == text


def test_the_deployable_strength_is_the_share_rounded_to_the_nearest_person():
    two_thirds = Fraction(2, 3)
    assert deployable(900, two_thirds) == 600
    assert deployable(1000, two_thirds) == 667  # 666.67
    assert deployable(898, two_thirds) == 599  # Polres Lebak: 598.67
    assert deployable(3, Fraction(1, 2)) == 2  # 1.5: halves up
    assert deployable(0, two_thirds) == 0
    assert deployable(610, Fraction(1)) == 610
    with pytest.raises(ValueError, match="cannot be negative"):
        deployable(-1, two_thirds)


def test_bko_is_counted_once_in_the_operational_strength():
    # Polres Serang, Pemilu 2024: own 420 (Polsek 242 + Polres 178), Polda BKO 190,
    # Brimob BKO 83, TNI 141
    polres = Strength(total=420, bko_in=190 + 83, tni=141)
    assert polres.operational == 693
    polda = Strength(total=1500, bko_out=190)
    assert polda.operational == 1310
    both = polda + polres
    assert both.operational == 1310 + 693
    assert both.total == 1920 and both.bko_in == 273 and both.bko_out == 190
    assert both.tni == 141


def test_the_gap_compares_assigned_police_with_what_the_patterns_need():
    need = 2667 * Pattern(2, 12, 24).police_share
    assert Strength(assigned=445, required_police=need).gap == 0
    assert Strength(assigned=400, required_police=need).gap == -45
    assert Strength(assigned=500, required_police=need).gap == 55
    assert Strength().gap == 0


def test_strengths_add_fieldwise_and_sum_from_zero():
    a = Strength(*range(1, 11))
    b = Strength(*range(10, 110, 10))
    assert a + b == Strength(
        *(x + y for x, y in zip(range(1, 11), range(10, 110, 10), strict=True))
    )
    assert sum([a, b]) == a + b
    assert sum([a]) == a and sum([a]) is not a
    assert sum([], Strength()) == Strength()
    with pytest.raises(TypeError):
        a + 1
    with pytest.raises(TypeError):
        1 + a


_PATTERNS = st.builds(
    Pattern,
    st.integers(1, 50),
    st.integers(1, 100),
    st.one_of(st.none(), st.integers(0, 200)),
)


@given(_PATTERNS, st.integers(0, 2000))
def test_shares_summed_over_n_tps_are_n_shares(pattern, n):
    tps = [pattern] * n
    assert sum(p.police_share for p in tps) == n * pattern.police_share
    assert sum(p.linmas_share for p in tps) == n * pattern.linmas_share
    # each share is within half a unit of the exact one, exact when tps divides the scale
    exact = Fraction(pattern.police * SHARE_SCALE, pattern.tps)
    assert abs(pattern.police_share - exact) <= Fraction(1, 2)
    if SHARE_SCALE % pattern.tps == 0:
        assert pattern.police_share * pattern.tps == pattern.police * SHARE_SCALE
        if pattern.linmas is not None:
            assert pattern.linmas_share * pattern.tps == pattern.linmas * SHARE_SCALE


@given(st.integers(1, 50), st.integers(1, 16), st.integers(0, 100_000))
def test_people_is_the_least_whole_number_at_or_above_the_exact_need(police, tps, n):
    pattern = Pattern(police, tps, None)
    exact = Fraction(n * police, tps)
    got = people(n * pattern.police_share)
    assert got >= exact and got - 1 < exact
    assert got == math.ceil(exact)


@given(st.integers(1, 50), st.integers(17, 100), st.integers(0, 100_000))
def test_beyond_16_tps_people_is_at_most_one_off(police, tps, n):
    got = people(n * Pattern(police, tps, None).police_share)
    assert abs(got - math.ceil(Fraction(n * police, tps))) <= 1


@given(st.integers(0, 10**9))
def test_people_of_any_sum_is_its_ceiling(scaled):
    got = people(scaled)
    assert got == math.ceil(Fraction(scaled, SHARE_SCALE))
    assert got * SHARE_SCALE >= scaled > (got - 1) * SHARE_SCALE or scaled == 0


_STRENGTHS = st.builds(Strength, *[st.integers(0, 10**6) for _ in range(10)])


@given(st.lists(_STRENGTHS, max_size=6))
def test_strength_sums_are_fieldwise(strengths):
    total = sum(strengths, Strength())
    for f in fields(Strength):
        assert getattr(total, f.name) == sum(getattr(s, f.name) for s in strengths)
    assert total.operational == sum(s.operational for s in strengths)


@given(st.integers(1, 200), st.integers(1, 200), st.integers(0, 10**6))
def test_deployable_is_within_half_a_person(top, bottom, total):
    share = Fraction(min(top, bottom), max(top, bottom))
    got = deployable(total, share)
    assert abs(got - total * share) <= Fraction(1, 2)
    assert 0 <= got <= total
