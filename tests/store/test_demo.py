import pytest
from sqlalchemy import text

from commandpost.store import queries
from commandpost.store.database import open_database
from commandpost.store.demo import (
    BANTEN_DPT_TOTAL,
    BANTEN_PILKADA_TPS,
    banten_tps_per_regency,
    build_demo,
    largest_remainder,
)
from tests.helpers import dump


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def test_banten_demo_has_the_real_tree_and_17231_tps(demo):
    info = queries.overview(demo)
    assert info.counts == {
        "province": 1,
        "regency": 8,
        "district": 155,
        "village": 1552,
        "tps": 17231,
    }
    assert info.dpt == BANTEN_DPT_TOTAL
    assert info.operation.name.startswith("Operasi Mantap Praja Maung 2024")
    assert info.operation.is_demo
    assert info.operation.voting_day.isoformat() == "2024-11-27"


def test_reported_kabupaten_figures_are_kept(demo):
    per_regency = {n.code: n.tps_count for n in queries.children(demo, "36")}
    for code, count in BANTEN_PILKADA_TPS.items():
        assert per_regency[code] == count
    assert sum(per_regency.values()) == 17231
    lebak = queries.node(demo, "36.02")
    assert (lebak.name, lebak.child_count) == ("Kabupaten Lebak", 28)


def test_every_village_has_a_tps_and_dpt_respects_the_pilkada_maximum(demo):
    with demo.engine.connect() as conn:
        empty = conn.execute(text("SELECT count(*) FROM node WHERE level = 3 AND tps_count = 0"))
        assert empty.scalar_one() == 0
        low, high = conn.execute(text("SELECT min(dpt), max(dpt) FROM tps")).one()
    assert low >= 1 and high <= 600


def test_rollups_equal_a_full_recount(demo):
    with demo.engine.connect() as conn:
        wrong = conn.execute(
            text(
                "SELECT count(*) FROM node p WHERE p.level < 4 AND (p.tps_count, p.dpt) != "
                "(SELECT coalesce(sum(c.tps_count), 0), coalesce(sum(c.dpt), 0) FROM node c "
                " WHERE c.parent_code = p.code)"
            )
        ).scalar_one()
    assert wrong == 0


def test_same_seed_same_data_other_seed_other_data(demo_path, tmp_path):
    def content(path):
        return "\n".join(
            line
            for line in dump(path).splitlines()
            if line.startswith(('INSERT INTO "node"', 'INSERT INTO "tps"'))
        )

    again = build_demo(tmp_path / "again.sqlite", seed=2024)
    other = build_demo(tmp_path / "other.sqlite", seed=7)
    assert content(again) == content(demo_path)
    assert content(other) != content(demo_path)


def test_build_refuses_to_overwrite(demo_path):
    with pytest.raises(FileExistsError):
        build_demo(demo_path)


def test_largest_remainder_adds_up_exactly():
    assert (
        sum(largest_remainder(9907, {"a": 9016, "b": 5175, "c": 3824, "d": 1253}).values()) == 9907
    )
    assert sum(banten_tps_per_regency().values()) == 17231


def test_demo_starts_with_the_reported_banten_picture(demo):
    from commandpost.store import threats

    banten = queries.node(demo, "36")
    # 18 TPS khusus (prisons, hospitals): the reported Pilkada 2024 figure.
    assert (banten.n_rawan, banten.n_sangat_rawan, banten.n_khusus) == (102, 36, 18)
    assert len(threats.filter_tps(demo, category="bencana")) == 323
    by_regency = {n.code: n.n_rawan + n.n_sangat_rawan for n in queries.children(demo, "36")}
    assert by_regency["36.02"] + by_regency["36.01"] > 0.7 * 138  # mostly Lebak, Pandeglang
    assert threats.rollup_mismatches(demo) == []


def test_voting_day_has_the_relay_and_most_of_the_first_shift_reported(demo):
    import datetime as dt

    from commandpost.core.stages import zone
    from commandpost.store import shifts

    wib = zone("WIB")
    relay = shifts.list_shifts(demo)
    assert [(s.name, s.start) for s in relay] == [
        ("Sif 1 06.00–14.00", dt.datetime(2024, 11, 27, 6, tzinfo=wib)),
        ("Sif 2 14.00–22.00", dt.datetime(2024, 11, 27, 14, tzinfo=wib)),
        ("Sif 3 22.00–06.00", dt.datetime(2024, 11, 27, 22, tzinfo=wib)),
    ]
    first = relay[0].id
    plan = shifts.shift_status(demo, shifts.PLAN, relay[0].start).assigned
    # Reported between 05.40 and 06.40; at 07.00 a handful are still missing, and late.
    status = shifts.shift_status(demo, first, dt.datetime(2024, 11, 27, 7, tzinfo=wib))
    assert status.assigned == plan > 2000
    assert status.checked_in == status.assigned - len(status.late)
    assert 5 <= len(status.late) <= 30
    before = shifts.shift_status(demo, first, dt.datetime(2024, 11, 27, 5, 39, tzinfo=wib))
    assert before.checked_in == 0
    at_roll_call = shifts.shift_status(demo, first, dt.datetime(2024, 11, 27, 6, tzinfo=wib))
    assert at_roll_call.checked_in > 0.8 * status.assigned
    assert shifts.shift_status(demo, relay[1].id, relay[1].start).assigned == 0
