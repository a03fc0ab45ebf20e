"""Police units and jurisdiction: a kabupaten can be split between units and Polda."""

from __future__ import annotations

import pytest

from commandpost.core.threats import TpsClass
from commandpost.store import queries, threats, units
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from tests.helpers import dump


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def test_the_banten_template_covers_every_kecamatan_once():
    from commandpost.store.regions import read_regions

    template = units.read_units_template()
    districts = [code for code, _p, level, _n in read_regions("36") if level == 2]
    assert len(districts) == 155
    # Once by a Polres (its kabupaten or the kecamatan itself) and once by a Polsek under it.
    for kinds in (("polres", "polresta"), ("polsek",)):
        areas = [a for u in template if u["kind"] in kinds for a in u["areas"]]
        assert len(areas) == len(set(areas))
        covering = {d: [a for a in areas if d == a or d.startswith(a + ".")] for d in districts}
        assert {d: len(c) for d, c in covering.items() if len(c) != 1} == {}
    keys = {u["key"]: u for u in template}
    for unit in template:
        if unit["kind"] == "polsek":
            (area,) = unit["areas"]
            parent = keys[unit["parent"]]
            assert any(area == a or area.startswith(a + ".") for a in parent["areas"])
    names = [u["name"] for u in template]
    assert len(names) == len(set(names))
    assert {"Polres Lebak", "Polresta Serang Kota", "Polres Tangerang Selatan"} <= set(names)
    assert {"Polsek Kibin", "Sat Brimob", "Sat Samapta"} <= set(names)


def test_units_load_and_answer_for_their_areas(demo):
    db = demo
    listed = units.units(db)
    assert listed[0].name == "Polda Banten"
    lebak = units.find_unit(db, "polres lebak")
    assert lebak.areas == ("36.02",)
    # Its own kabupaten and the kecamatan of its Polsek.
    assert units.unit_areas(db, "polres-lebak") == [
        "36.02",
        *(f"36.02.{k:02d}" for k in range(1, 29)),
    ]
    polda = units.unit_areas(db, "polda-banten")
    assert "36.02" in polda and "36.71" not in polda and "36.03.13" not in polda
    # Kabupaten Serang is split between three Polres; Kab Tangerang between two Polda.
    polres = {"polres", "polresta"}
    kinds = {u.name: u.kind for u in listed}
    assert sorted(n for n in units.units_of(db, "36.04") if kinds[n] in polres) == [
        "Polres Cilegon",
        "Polres Serang",
        "Polresta Serang Kota",
    ]
    assert sorted(units.units_of(db, "36.03.13")) == [
        "Polres Metro Tangerang Kota",
        "Polsek Teluknaga",
    ]
    assert sorted(units.units_of(db, "36.02.01.2002")) == ["Polres Lebak", "Polsek Malingping"]
    with pytest.raises(ChangeError, match="unknown unit"):
        units.find_unit(db, "Polres Atlantis")


def test_sangat_rawan_tps_in_polres_lebak(demo):
    hits = threats.filter_tps(
        demo, classes=[TpsClass.SANGAT_RAWAN], areas=units.unit_areas(demo, "polres-lebak")
    )
    assert all(h.code.startswith("36.02.") and h.tps_class == "sangat_rawan" for h in hits)
    # Every one of them: as many as the kabupaten's own roll-up counts.
    assert len(hits) == queries.node(demo, "36.02").n_sangat_rawan > 0


@pytest.mark.parametrize(
    ("unit", "words"),
    [
        ({"kind": "koramil"}, "unknown kind"),
        ({"parent": "polda-atlantis"}, "unknown parent"),
        ({"areas": ["36.02.01.2002"]}, "not a kabupaten or kecamatan"),
        ({"areas": ["36.99"]}, "unknown areas"),
    ],
)
def test_bad_units_change_nothing(banten_db, banten_path, unit, words):
    good = {"key": "polres-uji", "name": "Polres Uji", "kind": "polres", "parent": None}
    before = dump(banten_path)
    with pytest.raises(ChangeError, match=words):
        units.load_units(banten_db, [{**good, "areas": ["36.02"], **unit}], actor="a", reason="r")
    assert dump(banten_path) == before
