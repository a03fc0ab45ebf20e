"""The Banten demo's police side: units, patterns, roster, assignments and support forces."""

from __future__ import annotations

import hashlib
import re

import pytest
from sqlalchemy import text

from commandpost.core.strength import Strength, people
from commandpost.store import strength, units
from commandpost.store.database import open_database
from commandpost.store.demo import BANTEN_LINMAS, BANTEN_TNI, build_demo
from commandpost.store.personnel import rank_book

POLRES = (
    "Polres Cilegon",
    "Polres Lebak",
    "Polres Pandeglang",
    "Polres Serang",
    "Polresta Serang Kota",
    "Polresta Tangerang",
)
SHORT = ("Polres Lebak", "Polres Pandeglang")


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


@pytest.fixture(scope="module")
def table(demo):
    return {(r.name, r.own, r.total_row): r for r in strength.unit_strength(demo, "Polda Banten")}


def _below(table) -> dict[str, Strength]:
    return {name: r.figures for (name, own, total), r in table.items() if not own and not total}


def test_polda_banten_strength_is_in_the_reported_ballpark(table):
    total = table[("Polda Banten", False, True)].figures
    assert 4200 <= total.operational - total.reserve <= 4600  # 4,344 reported
    assert total.reserve == 120
    assert (total.bko_in, total.bko_out) == (0, 0)  # BKO inside the Polda cancels
    below = _below(table)
    assert set(POLRES) | {"Sat Brimob", "Sat Samapta"} == set(below)
    assert 1250 <= sum(below[p].bko_in for p in POLRES) <= 1350  # about 1,300
    lebak, serang = below["Polres Lebak"], below["Polres Serang"]
    assert (lebak.total, lebak.bko_in, lebak.operational) == (560, 338, 898)
    assert (serang.total, serang.bko_in, serang.operational) == (420, 273, 693)
    assert (total.tni, total.linmas) == (BANTEN_TNI, BANTEN_LINMAS)
    assert total.satpol_pp > 0


def test_the_total_row_is_the_own_row_plus_the_rows_below(table):
    rows = list(table.values())
    total = rows[0].figures
    summed = sum((r.figures for r in rows[1:]), Strength())
    for name in (
        "total",
        "operational",
        "reserve",
        "assigned",
        "required_police",
        "required_linmas",
        "tni",
        "linmas",
        "satpol_pp",
    ):
        assert getattr(summed, name) == getattr(total, name), name


def test_every_kecamatan_of_banten_is_covered_once_and_answered_by_a_polsek(demo):
    assert units.coverage(demo, "36") == units.Coverage((), ())
    with demo.engine.connect() as conn:
        kinds = conn.execute(
            text(
                "SELECT u.kind, count(*) FROM area_share s JOIN unit u ON u.id = s.unit_id "
                "WHERE s.district_code LIKE '36.%' GROUP BY 1"
            )
        ).all()
    assert kinds == [("polsek", 155)]
    listed = units.units(demo)
    names = [u.name for u in listed]
    assert len(names) == len(set(names))
    assert {"Sat Brimob", "Sat Samapta"} <= set(names)
    kibin = units.find_unit(demo, "Polsek Kibin")
    assert (kibin.parent_id, kibin.areas) == ("polres-serang", ("36.04.16",))


def test_patterns_are_set_per_polres(demo):
    kibin = {u.tps_class: u for u in strength.patterns_at(demo, "Polsek Kibin")}
    assert kibin["kurang_rawan"].pattern.text == "2-12-24"
    assert kibin["kurang_rawan"].scope_name == "Polres Serang"
    metro = {u.tps_class: u.pattern.text for u in strength.patterns_at(demo, "Polsek Teluknaga")}
    assert (metro["kurang_rawan"], metro["rawan"]) == ("2-6-12", "2-2-4")
    lebak = {u.tps_class: u.pattern for u in strength.patterns_at(demo, "Polres Lebak")}
    serang = {u.tps_class: u.pattern for u in strength.patterns_at(demo, "Polres Serang")}
    for cls in ("kurang_rawan", "rawan", "sangat_rawan"):  # denser in the mountains
        assert lebak[cls].police_share > serang[cls].police_share


def test_lebak_and_pandeglang_are_short_and_the_others_roughly_meet_their_pattern(table, demo):
    below = _below(table)
    for name in POLRES:
        f = below[name]
        required = people(f.required_police)
        if name in SHORT:
            assert 0.7 * required <= f.assigned < required, name
        else:
            assert required <= f.assigned <= 1.4 * required, name
        assert f.assigned <= f.operational
    for need in strength.area_needs(demo, codes=["36.01", "36.02"]):
        assert need.gap < 0


def test_assignments_are_to_existing_tps_by_people_of_the_answering_polres(demo):
    with demo.engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit")).all())
        answering = dict(conn.execute(text("SELECT district_code, unit_id FROM area_share")).all())
        tps = {tuple(r) for r in conn.execute(text("SELECT village_code, number FROM tps"))}
        rows = conn.execute(
            text(
                "SELECT a.nrp, p.node_code, p.tps, coalesce(pe.bko_unit_id, pe.unit_id) "
                "FROM assignment a JOIN post p ON p.id = a.post_id "
                "JOIN person pe ON pe.nrp = a.nrp WHERE a.active AND a.shift = ''"
            )
        ).all()

    def polres_of(unit):
        while parents.get(unit) not in (None, "polda-banten"):
            unit = parents[unit]
        return unit

    assert len(rows) > 2000
    assert len({r[0] for r in rows}) == len(rows)  # one post per person
    for _nrp, village, numbers, unit in rows:
        assert all((village, int(n)) in tps for n in numbers.split(","))
        assert polres_of(unit) == polres_of(answering[village[:8]])


def test_the_roster_looks_like_a_polda_roster(demo):
    with demo.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT nrp, name, rank, position, unit_id, bko_unit_id, phone, duty FROM person")
        ).all()
        assigned = set(
            conn.execute(text("SELECT nrp FROM assignment WHERE active AND shift = ''")).scalars()
        )
    book = rank_book()
    groups = [book.by_key(r[2]).group for r in rows]
    assert groups.count("bintara") > 0.75 * len(rows)
    assert sum(g.startswith("perwira") for g in groups) < 0.15 * len(rows)
    for nrp, name, _rank, _position, _unit, _bko, phone, _duty in rows:
        assert re.fullmatch(r"\d{2}(0[1-9]|1[0-2])\d{4}", nrp), nrp
        assert re.fullmatch(r"0812-\d{4}-\d{4}", phone), phone
        assert len(name.split(",")[0].split()) >= 2, name
    positions = [r[3] for r in rows]
    assert positions.count("KAPOLSEK") == 125  # every Polsek of Polda Banten
    assert positions.count("KAPOLRES") == len(POLRES)
    reserve = [r for r in rows if r[7] == "reserve"]
    assert len(reserve) == 120
    assert {r[4] for r in reserve} == {"sat-brimob", "sat-samapta"}
    assert all(r[5] is None and r[0] not in assigned for r in reserve)


def _roster_digest(path) -> str:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            people_rows = conn.execute(
                text(
                    "SELECT nrp, name, rank, position, unit_id, bko_unit_id, phone, duty "
                    "FROM person ORDER BY nrp"
                )
            ).all()
            posts = conn.execute(
                text("SELECT nrp, post_id FROM assignment WHERE active ORDER BY nrp")
            ).all()
    finally:
        db.close()
    return hashlib.sha256(repr((people_rows, posts)).encode()).hexdigest()


def test_the_same_seed_gives_the_same_roster(demo_path, tmp_path):
    again = build_demo(tmp_path / "again.sqlite", seed=2024)
    assert _roster_digest(again) == _roster_digest(demo_path)
