"""Required strength from the TPS patterns, assignments, BKO and the strength table."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commandpost.core.strength import SHARE_SCALE, Strength, people
from commandpost.store import personnel, strength, threats, units
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK
from tests.helpers import copy_db

TPS = [f"{KIBIN_TAMBAK}.{n:03d}" for n in (1, 2, 3, 4)]


def _need(db, code):
    return strength.area_needs(db, codes=[code])[0]


def test_required_strength_follows_the_default_pattern(kibin_db):
    # 22 TPS, all kurang rawan, at 2-12-24: 22 × 2/12 = 3.67 police → 4; 44 Linmas.
    need = _need(kibin_db, KIBIN_TAMBAK)
    assert (need.tps, need.required_police, need.required_linmas) == (22, 4, 44)
    for code in ("36.04.16", "36.04", "36"):
        assert _need(kibin_db, code).required_police >= 4
    assert strength.strength_mismatches(kibin_db) == []


def test_a_class_change_moves_the_requirement_at_once_and_undo_takes_it_back(kibin_db):
    edit = threats.set_tps_class(kibin_db, TPS[:2], "sangat_rawan", reason="r", actor=ACTOR)
    # Two TPS from 2/12 to 2 police each: 20 × 2/12 + 2 × 2 = 7.33 → 8.
    assert _need(kibin_db, KIBIN_TAMBAK).required_police == 8
    assert _need(kibin_db, "36.04.16").required_police == 8
    assert strength.strength_mismatches(kibin_db) == []
    threats.compensate_all(kibin_db, [edit], actor=ACTOR, reason="salah input")
    assert _need(kibin_db, KIBIN_TAMBAK).required_police == 4
    assert strength.strength_mismatches(kibin_db) == []


def test_a_unit_pattern_applies_below_it_and_clearing_it_falls_back(kibin_db):
    strength.set_pattern(
        kibin_db, unit="Polres Serang", tps_class="kurang_rawan", pattern="2-4-8", actor=ACTOR
    )
    assert _need(kibin_db, KIBIN_TAMBAK).required_police == 11  # 22 × 2/4
    uses = {u.tps_class: u for u in strength.patterns_at(kibin_db, "Polsek Kibin")}
    assert (uses["kurang_rawan"].pattern.text, uses["kurang_rawan"].scope_name) == (
        "2-4-8",
        "Polres Serang",
    )
    strength.set_pattern(
        kibin_db, unit="Polsek Kibin", tps_class="kurang_rawan", pattern="2 per TPS", actor=ACTOR
    )
    assert _need(kibin_db, KIBIN_TAMBAK).required_police == 44
    strength.set_pattern(
        kibin_db, unit="Polsek Kibin", tps_class="kurang_rawan", pattern=None, actor=ACTOR
    )
    assert _need(kibin_db, KIBIN_TAMBAK).required_police == 11
    assert strength.strength_mismatches(kibin_db) == []


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"unit": "Polres Entah", "tps_class": "rawan", "pattern": "2-2-4"}, "unknown unit"),
        ({"unit": None, "tps_class": "gawat", "pattern": "2-2-4"}, "unknown TPS class"),
        ({"unit": None, "tps_class": "rawan", "pattern": "dua"}, "dua"),
        ({"unit": None, "tps_class": "rawan", "pattern": None}, "no pattern is set"),
    ],
)
def test_a_bad_pattern_is_refused_and_nothing_changes(kibin_db, kwargs, words):
    with pytest.raises(ValueError, match=words):
        strength.set_pattern(kibin_db, actor=ACTOR, **kwargs)
    assert _need(kibin_db, KIBIN_TAMBAK).required_police == 4


def _person(db, nrp, unit, name=None, rank="Brigpol"):
    personnel.add_person(
        db, nrp=nrp, name=name or f"Anggota {nrp}", rank=rank, unit=unit, actor=ACTOR
    )


def test_assignment_rules_name_their_reason(kibin_db):
    _person(kibin_db, "90010001", "Polsek Kibin")
    _person(kibin_db, "90010002", "Polres Lebak")
    _person(kibin_db, "90010003", "Polsek Kibin")
    personnel.assign(kibin_db, "90010001", TPS[0], actor=ACTOR)
    assert _need(kibin_db, KIBIN_TAMBAK).assigned == 1
    with pytest.raises(ChangeError, match="already on Tambak TPS 1"):
        personnel.assign(kibin_db, "90010001", TPS[0], actor=ACTOR)
    with pytest.raises(ChangeError, match="already on Tambak TPS 1 in this shift"):
        personnel.assign(kibin_db, "90010001", TPS[1], actor=ACTOR)
    personnel.assign(kibin_db, "90010001", TPS[1], actor=ACTOR, replace=True)
    assert personnel.person(kibin_db, "90010001").post_name == "Tambak TPS 2"
    assert _need(kibin_db, KIBIN_TAMBAK).assigned == 1
    # Lebak's people do not reach Kibin without BKO.
    with pytest.raises(ChangeError, match=r"outside the unit's jurisdiction.*Polsek Kibin"):
        personnel.assign(kibin_db, "90010002", TPS[2], actor=ACTOR)
    personnel.assign(kibin_db, "90010002", TPS[2], actor=ACTOR, bko=True)
    moved = personnel.person(kibin_db, "90010002")
    assert (moved.unit_name, moved.bko_unit_name) == ("Polres Lebak", "Polsek Kibin")
    [record] = personnel.moves(kibin_db, "90010002")
    assert (record.kind, record.to_unit) == ("bko", "Polsek Kibin")
    # On leave: refused; going on leave ends the post.
    personnel.set_person(kibin_db, "90010003", duty="leave", actor=ACTOR)
    with pytest.raises(ChangeError, match="on leave"):
        personnel.assign(kibin_db, "90010003", TPS[3], actor=ACTOR)
    personnel.set_person(kibin_db, "90010001", duty="sick", actor=ACTOR)
    assert personnel.person(kibin_db, "90010001").post_name is None
    assert _need(kibin_db, KIBIN_TAMBAK).assigned == 1
    assert strength.strength_mismatches(kibin_db) == []


def test_moves_leave_a_dated_record(kibin_db):
    import datetime as dt

    _person(kibin_db, "90010004", "Polda Banten")
    personnel.move_person(
        kibin_db,
        "90010004",
        to_unit="Polres Lebak",
        kind="bko",
        on=dt.date(2024, 11, 20),
        actor=ACTOR,
    )
    personnel.move_person(
        kibin_db, "90010004", to_unit=None, kind="bko_end", on=dt.date(2024, 11, 30), actor=ACTOR
    )
    personnel.move_person(
        kibin_db, "90010004", to_unit="Polres Serang", on=dt.date(2024, 12, 2), actor=ACTOR
    )
    records = personnel.moves(kibin_db, "90010004")
    assert [(m.moved_on, m.kind, m.from_unit, m.to_unit) for m in records] == [
        ("2024-11-20", "bko", None, "Polres Lebak"),
        ("2024-11-30", "bko_end", "Polres Lebak", None),
        ("2024-12-02", "transfer", "Polda Banten", "Polres Serang"),
    ]
    with pytest.raises(ChangeError, match="already in that unit"):
        personnel.move_person(kibin_db, "90010004", to_unit="Polres Serang", actor=ACTOR)


def test_bko_is_counted_once_in_the_strength_table(kibin_db):
    for n in range(3):
        _person(kibin_db, f"9002000{n}", "Polda Banten")
    _person(kibin_db, "90020009", "Polsek Kibin")
    personnel.move_person(kibin_db, "90020000", to_unit="Polsek Kibin", kind="bko", actor=ACTOR)
    personnel.move_person(kibin_db, "90020001", to_unit="Polres Lebak", kind="bko", actor=ACTOR)
    personnel.set_person(kibin_db, "90020002", duty="reserve", actor=ACTOR)
    strength.set_support(kibin_db, unit="Polres Serang", kind="tni", count=141, actor=ACTOR)
    rows = {
        (r.name, r.own, r.total_row): r for r in strength.unit_strength(kibin_db, "Polda Banten")
    }
    total = rows[("Polda Banten", False, True)].figures
    own = rows[("Polda Banten", True, False)].figures
    serang = rows[("Polres Serang", False, False)].figures
    lebak = rows[("Polres Lebak", False, False)].figures
    assert (total.total, total.operational, total.bko_in, total.bko_out) == (4, 4, 0, 0)
    assert (own.total, own.bko_out, own.operational, own.reserve) == (3, 2, 1, 1)
    assert (serang.total, serang.bko_in, serang.operational, serang.tni) == (1, 1, 2, 141)
    assert (lebak.total, lebak.bko_in, lebak.operational) == (0, 1, 1)
    below = [r.figures for k, r in rows.items() if not k[2]]
    summed = sum(below, Strength())
    for name in ("total", "reserve", "assigned", "tni", "required_police", "required_linmas"):
        assert getattr(summed, name) == getattr(total, name), name
    assert summed.operational == total.operational


def test_coverage_flags_kecamatan_without_a_unit_and_with_two(kibin_db):
    assert units.coverage(kibin_db, "36.04").uncovered == ()
    cilegon = list(units.find_unit(kibin_db, "Polres Cilegon").areas)
    units.set_jurisdiction(kibin_db, "Polres Cilegon", [*cilegon, "36.04.16"], actor=ACTOR)
    assert units.coverage(kibin_db, "36.04").twice == ("36.04.16",)
    # Take Kibin out of every unit that covers it: it is flagged; undo covers it again.
    required = _need(kibin_db, "36.04").required_police
    covering = [u for u in units.units(kibin_db) if {"36.04", "36.04.16"} & set(u.areas)]
    edits = [
        units.set_jurisdiction(
            kibin_db, u.id, [a for a in u.areas if a not in ("36.04", "36.04.16")], actor=ACTOR
        )
        for u in covering
    ]
    assert "36.04.16" in units.coverage(kibin_db, "36.04").uncovered
    threats.compensate_all(kibin_db, edits, actor=ACTOR, reason="salah pilih")
    assert units.coverage(kibin_db, "36.04").uncovered == ()
    assert _need(kibin_db, "36.04").required_police == required  # the same TPS, same need
    assert strength.strength_mismatches(kibin_db) == []


ACTIONS = st.lists(
    st.one_of(
        st.tuples(
            st.just("class"),
            st.integers(0, 3),
            st.sampled_from(["rawan", "sangat_rawan", "kurang_rawan", "khusus"]),
        ),
        st.tuples(st.just("assign"), st.integers(0, 3), st.integers(0, 3)),
        st.tuples(st.just("unassign"), st.integers(0, 3), st.just(0)),
        st.tuples(
            st.just("pattern"),
            st.sampled_from(["Polres Serang", "Polsek Kibin", None]),
            st.sampled_from(["2-4-8", "1-1-1", "3-12-24", None]),
        ),
        st.tuples(
            st.just("bko"), st.integers(0, 3), st.sampled_from(["Polsek Kibin", "Polres Lebak"])
        ),
        st.tuples(st.just("undo"), st.integers(0, 20), st.just(0)),
    ),
    min_size=1,
    max_size=12,
)
UNITS = ("Polsek Kibin", "Polres Serang", "Polda Banten", "Polres Lebak")


@pytest.fixture(scope="module")
def strength_template(kibin_template, tmp_path_factory):
    path = copy_db(kibin_template, tmp_path_factory.mktemp("str") / "base.sqlite")
    db = open_database(path)
    for i, unit in enumerate(UNITS):
        _person(db, f"9100000{i}", unit)
    db.close()
    return path


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_gaps_after_any_edits_and_undos_equal_a_full_recount(strength_template, actions):
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(copy_db(strength_template, Path(tmp) / "s.sqlite"))
        done = []
        for kind, a, b in actions:
            try:
                if kind == "class":
                    done.append(threats.set_tps_class(db, [TPS[a]], b, reason="r", actor=ACTOR))
                elif kind == "assign":
                    done += personnel.assign(
                        db, f"9100000{a}", TPS[b], actor=ACTOR, bko=True, replace=True
                    )
                elif kind == "unassign":
                    done.append(personnel.unassign(db, f"9100000{a}", actor=ACTOR))
                elif kind == "pattern":
                    done.append(
                        strength.set_pattern(
                            db, unit=a, tps_class="kurang_rawan", pattern=b, actor=ACTOR
                        )
                    )
                elif kind == "bko":
                    done.append(
                        personnel.move_person(db, f"9100000{a}", to_unit=b, kind="bko", actor=ACTOR)
                    )
                elif done:
                    done.append(
                        threats.compensate_all(db, [done[a % len(done)]], actor=ACTOR, reason="u")[
                            0
                        ]
                    )
            except ChangeError:
                pass  # a refused action changes nothing; the invariant must still hold
        problems = strength.strength_mismatches(db)
        rows = strength.unit_strength(db, "Polda Banten")
        db.close()
    assert problems == []
    total = rows[0].figures
    summed = sum((r.figures for r in rows[1:]), Strength())
    assert (summed.total, summed.operational, summed.assigned) == (
        total.total,
        total.operational,
        total.assigned,
    )
    assert summed.required_police == total.required_police


def test_share_scale_makes_common_patterns_exact():
    assert SHARE_SCALE % 12 == 0 and SHARE_SCALE % 16 == 0
    assert people(12 * (2 * SHARE_SCALE // 12)) == 2


def test_suggestions_offer_the_reserve_first_then_spare_people_nearby(kibin_db):
    for n in (1, 2, 3):
        _person(kibin_db, f"9003000{n}", "Polda Banten")
        personnel.set_person(kibin_db, f"9003000{n}", duty="reserve", actor=ACTOR)
    _person(kibin_db, "90030009", "Polres Lebak")
    need = _need(kibin_db, "36.04.16")
    assert (need.required_police, need.assigned) == (4, 0)
    offers = [s for s in strength.suggestions(kibin_db, "Polda Banten") if s.district == "36.04.16"]
    assert [(s.source, s.unit_name) for s in offers] == [
        ("reserve", "Polda Banten"),
        ("bko", "Polres Lebak"),
    ]
    assert offers[0].short == 4 and len(offers[0].nrps) == 3
    everyone = [n for s in strength.suggestions(kibin_db, "Polda Banten") for n in s.nrps]
    assert len(everyone) == len(set(everyone))  # nobody is offered twice
    edits = strength.accept_suggestion(kibin_db, offers[0], actor=ACTOR)
    assert _need(kibin_db, "36.04.16").assigned == 3
    moved = personnel.person(kibin_db, "90030001")
    assert moved.post_name == "Posko kecamatan Kibin"
    assert strength.strength_mismatches(kibin_db) == []
    # Accepting is undoable as one step, and the gap comes back.
    threats.compensate_all(kibin_db, edits, actor=ACTOR, reason="batal")
    assert _need(kibin_db, "36.04.16").assigned == 0
    assert strength.strength_mismatches(kibin_db) == []


def test_a_kabupaten_and_one_of_its_kecamatan_named_by_unrelated_units_is_covered_twice(kibin_db):
    pandeglang = list(units.find_unit(kibin_db, "Polres Pandeglang").areas)
    units.set_jurisdiction(kibin_db, "Polres Pandeglang", [*pandeglang, "36.02.01"], actor=ACTOR)
    assert "36.02.01" in units.coverage(kibin_db, "36.02").twice
