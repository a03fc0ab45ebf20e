import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commandpost.core.threats import ThreatLevel, TpsClass
from commandpost.store import changelog, queries, threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from commandpost.store.mapping_import import apply_mapping, plan_mapping
from commandpost.tabular import TableError
from tests.helpers import copy_db, dump

TPS1, TPS2, TPS3 = (f"36.02.01.2002.00{n}" for n in (1, 2, 3))
VILLAGE = "36.02.01.2002"


def _counts(db, code):
    n = queries.node(db, code)
    return (n.n_rawan, n.n_sangat_rawan, n.n_khusus, n.worst_level)


def test_setting_a_class_moves_the_counts_of_every_ancestor(banten_db):
    edit = threats.set_tps_class(
        banten_db,
        [TPS1],
        "rawan",
        reason="laporan Bhabinkamtibmas",
        actor="Bripka Andi",
        source="bhabinkamtibmas",
    )
    assert [(w.old, w.new) for w in edit.writes] == [("kurang_rawan", "rawan")]
    for code in ("36", "36.02", "36.02.01", VILLAGE, TPS1):
        assert _counts(banten_db, code) == (1, 0, 0, 0)
    assert queries.node(banten_db, TPS1).tps_class == "rawan"
    [entry] = threats.history(banten_db, TPS1)
    assert (entry.actor, entry.reason, entry.source) == (
        "Bripka Andi",
        "laporan Bhabinkamtibmas",
        "bhabinkamtibmas",
    )
    assert entry.what == {"tps_class": "rawan"}


def test_a_village_selection_means_all_its_tps_in_one_change(banten_db):
    before = len(changelog.load_changes(banten_db))
    edit = threats.set_tps_class(banten_db, [VILLAGE], "sangat_rawan", reason="r", actor="a")
    assert len(edit.writes) == 3
    assert len(changelog.load_changes(banten_db)) == before + 1
    assert _counts(banten_db, "36.02") == (0, 3, 0, 0)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"codes": [TPS1], "reason": "  "}, "reason is required"),
        ({"codes": ["36.02.01.9999"], "reason": "r"}, "unknown node"),
        ({"codes": [TPS1], "reason": "r", "observed_at": "2999-01-01T00:00"}, "future"),
        ({"codes": [TPS1], "reason": "r", "observed_at": "kemarin"}, "not a date"),
    ],
)
def test_bad_edits_change_nothing(banten_db, banten_path, kwargs, words):
    before = dump(banten_path)
    codes = kwargs.pop("codes")
    with pytest.raises(ChangeError, match=words):
        threats.set_tps_class(banten_db, codes, "rawan", actor="a", **kwargs)
    assert dump(banten_path) == before


def test_an_earlier_observation_time_is_kept(banten_db):
    threats.set_tps_class(
        banten_db,
        [TPS1],
        "rawan",
        reason="laporan terlambat",
        actor="a",
        observed_at="2024-11-26T21:30+07:00",
    )
    # Kept in UTC, so that times from laptops in WIB, WITA and WIT compare correctly.
    assert threats.history(banten_db, TPS1)[0].observed_at == "2024-11-26T14:30+00:00"


def test_undo_and_redo_are_new_changes(banten_db):
    edit = threats.set_tps_class(banten_db, [VILLAGE], "rawan", reason="r", actor="a")
    undo = threats.compensate(banten_db, edit, actor="a", reason="batal")
    assert _counts(banten_db, "36") == (0, 0, 0, 0)
    redo = threats.compensate(banten_db, undo, actor="a", reason="ulang")
    assert _counts(banten_db, "36") == (3, 0, 0, 0)
    assert [c.reason for c in changelog.load_changes(banten_db)][-3:] == ["r", "batal", "ulang"]
    assert redo.writes[0].new == "rawan"


def test_threat_levels_roll_up_as_the_worst_below(banten_db):
    threats.set_threat(banten_db, [TPS1], "banjir", ThreatLevel.SEDANG, reason="r", actor="a")
    threats.set_threat(banten_db, [VILLAGE], "longsor", ThreatLevel.TINGGI, reason="r", actor="a")
    assert queries.node(banten_db, "36").worst_level == 3
    assert queries.node(banten_db, TPS1).worst_level == 2
    assert [t.category for t in threats.threats_of(banten_db, VILLAGE)] == ["longsor"]
    threats.set_threat(banten_db, [VILLAGE], "longsor", ThreatLevel.NONE, reason="r", actor="a")
    assert queries.node(banten_db, "36").worst_level == 2
    assert threats.rollup_mismatches(banten_db) == []


def test_unknown_category_is_refused(banten_db):
    with pytest.raises(ValueError, match="unknown threat category"):
        threats.set_threat(banten_db, [TPS1], "gunung", 1, reason="r", actor="a")


def test_filters(banten_db):
    threats.set_tps_class(banten_db, [TPS1], "sangat_rawan", reason="r", actor="a")
    threats.set_tps_class(banten_db, [TPS2], "rawan", reason="r", actor="a")
    threats.set_threat(banten_db, [TPS3], "gempa_tsunami", 1, reason="r", actor="a")
    sr = threats.filter_tps(banten_db, classes=[TpsClass.SANGAT_RAWAN], under="36.02")
    assert [n.code for n in sr] == [TPS1]
    assert threats.filter_tps(banten_db, classes=[TpsClass.SANGAT_RAWAN], under="36.01") == []
    assert [n.code for n in threats.filter_tps(banten_db, category="bencana")] == [TPS3]
    assert threats.filter_tps(banten_db, category="bencana", min_level=2) == []
    regions = threats.filter_regions(banten_db, TpsClass.RAWAN)
    assert [n.code for n in regions] == ["36", "36.02", "36.02.01", VILLAGE]


EDITS = st.lists(
    st.one_of(
        st.tuples(
            st.just("class"),
            st.lists(st.sampled_from([TPS1, TPS2, TPS3, VILLAGE]), min_size=1, max_size=3),
            st.sampled_from(list(TpsClass)),
        ),
        st.tuples(
            st.just("threat"),
            st.lists(st.sampled_from([TPS1, VILLAGE, "36.02.01", "36"]), min_size=1, max_size=2),
            st.tuples(st.sampled_from(["banjir", "intimidasi"]), st.integers(0, 3)),
        ),
        st.tuples(
            st.just("status"),  # one dialog's Save: class and several levels together
            st.lists(st.sampled_from([TPS1, TPS2, VILLAGE, "36.02.01"]), min_size=1, max_size=3),
            st.tuples(
                st.sampled_from([*TpsClass, None]),
                st.dictionaries(
                    st.sampled_from(["banjir", "longsor", "politik_uang"]),
                    st.integers(0, 3),
                    max_size=3,
                ),
            ),
        ),
        st.tuples(
            st.just("mapping"),  # a Bawaslu-style import: classes and indicator columns
            st.just([]),
            st.lists(
                st.tuples(
                    st.sampled_from([1, 2, 3]),
                    st.sampled_from(["", "rawan", "sangat rawan", "kurang rawan"]),
                    st.sampled_from(["", "ya", "tidak"]),
                ),
                min_size=1,
                max_size=3,
                unique_by=lambda row: row[0],
            ),
        ),
        st.tuples(st.just("undo"), st.just([]), st.integers(0, 5)),
    ),
    min_size=1,
    max_size=10,
)


@pytest.fixture(scope="module")
def rollup_template(banten_template, tmp_path_factory):
    return copy_db(banten_template, tmp_path_factory.mktemp("roll") / "base.sqlite")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=EDITS)
def test_rollups_always_equal_a_full_recount(rollup_template, edits):
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(copy_db(rollup_template, Path(tmp) / "r.sqlite"))
        done: list[list] = []  # one entry per user action: the edits it recorded
        for kind, codes, arg in edits:
            if kind == "class":
                done.append([threats.set_tps_class(db, codes, arg, reason="r", actor="a")])
            elif kind == "threat":
                done.append([threats.set_threat(db, codes, arg[0], arg[1], reason="r", actor="a")])
            elif kind == "status":
                tps_class, levels = arg
                if tps_class is None and not levels:
                    continue
                done.append(
                    threats.update_status(
                        db, codes, tps_class=tps_class, levels=levels, reason="r", actor="a"
                    )
                )
            elif kind == "mapping":
                path = Path(tmp) / "map.csv"
                path.write_text(
                    "kode_desa;no_tps;kelas;rawan_bencana\n"
                    + "".join(f"{VILLAGE};{n};{cls};{flag}\n" for n, cls, flag in arg),
                    encoding="utf-8",
                )
                try:
                    plan = plan_mapping(db, path)
                except TableError:
                    continue  # a row with nothing in it is refused as a whole
                done.append(apply_mapping(db, plan, actor="a", source="bawaslu", reason="r"))
            elif done and done[arg % len(done)]:
                # Undo takes back only what an action still stands for; when later edits have
                # overwritten all of it, there is nothing left to undo.
                try:
                    done.append(
                        threats.compensate_all(db, done[arg % len(done)], actor="a", reason="u")
                    )
                except ChangeError as exc:
                    assert "changed again since" in str(exc)
        problems = threats.rollup_mismatches(db)
        db.close()
    assert problems == []
