import pytest

from commandpost.core.regions import (
    Level,
    VillageKind,
    ancestors_of,
    is_city,
    level_of,
    parent_of,
    tps_code,
    village_kind,
)
from commandpost.core.text import normalise


def test_levels_and_parents_follow_the_code():
    assert level_of("36") is Level.PROVINCE
    assert level_of("36.04") is Level.REGENCY
    assert level_of("36.04.01") is Level.DISTRICT
    assert level_of("36.04.01.2001") is Level.VILLAGE
    assert level_of("36.04.01.2001.003") is Level.TPS
    assert parent_of("36.04.01.2001.003") == "36.04.01.2001"
    assert parent_of("36") is None
    assert ancestors_of("36.04.01.2001") == ["36", "36.04", "36.04.01"]


@pytest.mark.parametrize("bad", ["", "3", "36.4", "36.04.01.201", "36.04.01.2001.3", "ab"])
def test_malformed_codes_are_refused(bad):
    with pytest.raises(ValueError):
        level_of(bad)


def test_kelurahan_and_desa_are_told_apart_by_the_first_digit():
    assert village_kind("36.73.01.1001") is VillageKind.KELURAHAN
    assert village_kind("36.04.01.2001") is VillageKind.DESA
    assert village_kind("91.01.01.3001") is VillageKind.OTHER


def test_tps_code_pads_the_number_and_checks_its_range():
    assert tps_code("36.04.01.2001", 7) == "36.04.01.2001.007"
    for bad in (0, 1000):
        with pytest.raises(ValueError):
            tps_code("36.04.01.2001", bad)


def test_city_codes():
    assert is_city("36.73") and not is_city("36.04")


def test_normalise_ignores_case_accents_and_punctuation():
    assert normalise("  Kota  SERANG ") == "kota serang"
    assert normalise('Soka"an') == "sokaan"
    assert normalise("Lubuk Pakam I,II") == "lubuk pakam i ii"
    assert normalise("Sélatan") == "selatan"
