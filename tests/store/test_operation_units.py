"""The units a new operation can start with (store.setup.unit_plan and friends): the Banten
template, units named from the region list elsewhere, and the choice of Polres."""

from __future__ import annotations

from collections import Counter

import pytest

from commandpost.store import setup, units
from commandpost.store.database import open_database


def test_banten_comes_from_its_template():
    plan = setup.unit_plan("36")
    choices = setup.polres_choices(plan)
    assert [c.name for c in choices] == [
        "Polres Lebak",
        "Polres Pandeglang",
        "Polres Serang",
        "Polres Cilegon",
        "Polresta Serang Kota",
        "Polresta Tangerang",
        "Polres Metro Tangerang Kota",
        "Polres Tangerang Selatan",
    ]
    assert not any(c.generated for c in choices)
    lebak = choices[0]
    assert (lebak.polda, lebak.polsek, lebak.areas[0]) == ("Polda Banten", 28, "36.02")


def test_choosing_a_polres_brings_its_polsek_its_polda_and_the_polda_satuan():
    plan = setup.unit_plan("36")
    chosen = setup.choose_units(plan, ["polres-tangerang-selatan"])
    kinds = Counter(u["kind"] for u in chosen)
    assert kinds == {"polda": 1, "polres": 1, "polsek": 12}
    assert chosen[0]["name"] == "Polda Metro Jaya", "parents come first"
    assert setup.choose_units(plan, []) == []
    both = setup.choose_units(plan, ["polres-lebak", "polres-pandeglang"])
    assert {u["name"] for u in both if u["kind"] == "satuan"} == {"Sat Brimob", "Sat Samapta"}


def test_a_province_without_a_template_gets_units_named_from_its_regions():
    plan = setup.unit_plan("32")
    choices = setup.polres_choices(plan)
    assert len(choices) == 27 and all(c.generated for c in choices)
    names = [c.name for c in choices]
    assert names[:2] == ["Polres Bogor", "Polres Sukabumi"]
    assert "Polres Kota Bandung" in names
    assert {c.polda for c in choices} == {"Polda Jawa Barat"}
    assert sum(c.polsek for c in choices) == sum(u["kind"] == "polsek" for u in plan)


@pytest.mark.parametrize("province", [None, "31"])
def test_generated_names_are_unique_so_load_units_takes_them(province):
    plan = setup.unit_plan(province)
    names = Counter(units.unit_key(u["name"]) for u in plan)
    assert [n for n, count in names.items() if count > 1] == []
    assert len({u["key"] for u in plan}) == len(plan)
    metro = [u for u in plan if u["name"] == "Polda Metro Jaya"]
    assert len(metro) == 1, "Jakarta's Polda is Polda Metro Jaya (one unit, whole country too)"


def test_create_operation_database_loads_the_chosen_units_in_the_same_file(tmp_path):
    path = tmp_path / "jabar.sqlite"
    plan = setup.unit_plan("32")
    chosen = setup.choose_units(plan, ["polres-32.01"])
    setup.create_operation_database(
        path,
        station="Posko Polres Bogor",
        province="32",
        operation="Pengamanan Pilkada 2024",
        actor="uji",
        units=chosen,
    )
    db = open_database(path)
    try:
        listed = units.units(db)
        assert [u.name for u in listed[:2]] == ["Polda Jawa Barat", "Polres Bogor"]
        assert len(listed) == len(chosen)
        assert units.coverage(db, "32.01").uncovered == ()
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["jabar.sqlite"]
