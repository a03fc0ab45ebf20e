"""One officer's update as one transaction, undo that respects later edits, sources, history."""

from __future__ import annotations

import pytest

from commandpost.core.threats import TpsClass
from commandpost.store import changelog, incidents, queries, threats
from commandpost.store.changelog import ChangeError
from tests.helpers import dump

TPS1, TPS2, TPS3 = (f"36.02.01.2002.00{n}" for n in (1, 2, 3))
VILLAGE = "36.02.01.2002"


def test_class_and_levels_are_one_transaction_and_one_undo(banten_db):
    before = len(changelog.load_changes(banten_db))
    edits = threats.update_status(
        banten_db,
        [TPS1, TPS2],
        tps_class="sangat_rawan",
        levels={"banjir": 3, "politik_uang": 2},
        reason="rapat Forkopimda",
        actor="Ipda Sari",
        source="bpbd",
        observed_at="2024-11-26T08:00+07:00",
    )
    assert [e.entity for e in edits] == ["tps", "threat"]
    changes = changelog.load_changes(banten_db)
    assert len(changes) == before + 2
    assert {c.reason for c in changes[-2:]} == {"rapat Forkopimda"}
    assert queries.node(banten_db, "36.02").n_sangat_rawan == 2
    assert queries.node(banten_db, "36.02").worst_level == 3
    assert [(t.category, t.level) for t in threats.threats_of(banten_db, TPS1)] == [
        ("banjir", 3),
        ("politik_uang", 2),
    ]

    threats.compensate_all(banten_db, edits, actor="Ipda Sari", reason="salah input")
    assert queries.node(banten_db, "36").n_sangat_rawan == 0
    assert queries.node(banten_db, "36").worst_level == 0
    assert threats.threats_of(banten_db, TPS1) == []
    assert threats.rollup_mismatches(banten_db) == []


def test_nothing_to_change_is_refused_and_leaves_the_file(banten_db, banten_path):
    before = dump(banten_path)
    with pytest.raises(ChangeError, match="nothing to change"):
        threats.update_status(banten_db, [TPS1], reason="r", actor="a")
    with pytest.raises(ChangeError, match="holds no TPS"):
        threats.update_status(banten_db, ["36.01"], tps_class="rawan", reason="r", actor="a")
    with pytest.raises(ValueError, match="unknown threat category"):
        threats.update_status(banten_db, [TPS1], levels={"gunung": 1}, reason="r", actor="a")
    assert dump(banten_path) == before


def test_undo_leaves_fields_that_were_changed_again_since(banten_db):
    first = threats.set_tps_class(banten_db, [VILLAGE], "rawan", reason="r", actor="a")
    threats.set_tps_class(banten_db, [TPS2], "khusus", reason="lapas", actor="b")
    threats.compensate(banten_db, first, actor="a", reason="batal")
    classes = {c: queries.node(banten_db, c).tps_class for c in (TPS1, TPS2, TPS3)}
    assert classes == {TPS1: "kurang_rawan", TPS2: "khusus", TPS3: "kurang_rawan"}
    only = threats.set_tps_class(banten_db, [TPS1], "rawan", reason="r", actor="a")
    threats.set_tps_class(banten_db, [TPS1], "sangat_rawan", reason="r", actor="b")
    with pytest.raises(ChangeError, match="changed again since"):
        threats.compensate(banten_db, only, actor="a", reason="batal")


def test_sources_can_be_added_renamed_hidden_and_used_in_the_same_change(banten_db):
    keys = [s.key for s in threats.sources(banten_db)]
    assert keys[:2] == ["bhabinkamtibmas", "bawaslu"]
    before = len(changelog.load_changes(banten_db))
    threats.update_status(
        banten_db, [TPS1], tps_class="rawan", reason="r", actor="a", new_source="Laporan Babinsa"
    )
    assert len(changelog.load_changes(banten_db)) == before + 2
    added = threats.sources(banten_db)[-1]
    assert (added.key, added.label.id, added.shipped) == (
        "laporan_babinsa",
        "Laporan Babinsa",
        False,
    )
    assert threats.history(banten_db, TPS1)[0].source == "laporan_babinsa"
    with pytest.raises(ChangeError, match="already on the list"):
        threats.add_source(banten_db, "laporan babinsa", actor="a")

    threats.set_source(banten_db, "intelijen", actor="a", hidden=True)
    assert "intelijen" not in [s.key for s in threats.sources(banten_db)]
    assert "intelijen" in [s.key for s in threats.sources(banten_db, include_hidden=True)]
    threats.set_source(banten_db, "bpbd", actor="a", label="BPBD Provinsi Banten")
    bpbd = next(s for s in threats.sources(banten_db) if s.key == "bpbd")
    assert bpbd.label.id == bpbd.label.en == "BPBD Provinsi Banten"
    # Hiding and showing again keeps the new name.
    threats.set_source(banten_db, "bpbd", actor="a", hidden=True)
    threats.set_source(banten_db, "bpbd", actor="a", hidden=False)
    bpbd = next(s for s in threats.sources(banten_db) if s.key == "bpbd")
    assert bpbd.label.id == "BPBD Provinsi Banten"
    with pytest.raises(ChangeError, match="already on the list"):
        threats.set_source(banten_db, "intelijen", actor="a", label="bpbd provinsi banten")
    with pytest.raises(ChangeError, match="unknown source"):
        threats.set_source(banten_db, "dukun", actor="a", hidden=True)


def test_a_region_history_lists_the_changes_below_it(banten_db):
    threats.set_tps_class(banten_db, [TPS1, TPS2], "rawan", reason="pemetaan", actor="a")
    threats.set_threat(banten_db, [VILLAGE], "longsor", 2, reason="hujan", actor="b")
    own = threats.history(banten_db, VILLAGE)
    # The last is the TPS list that brought the village's three TPS.
    assert [(e.reason, e.op) for e in own] == [("hujan", "create_many"), ("", "import_tps")]
    assert own[0].what["level"] == 2
    assert own[1].what == {"tps_added": 3}
    below = threats.history(banten_db, "36.02", below=True)
    assert [e.reason for e in below] == ["hujan", "pemetaan", ""]
    assert below[1].count == 2 and sorted(below[1].items) == [TPS1, TPS2]
    assert below[2].count == 3
    assert threats.history(banten_db, "36.01", below=True) == []


def test_filters_by_areas_and_worst_threat(banten_db):
    threats.set_tps_class(banten_db, [TPS1], "sangat_rawan", reason="r", actor="a")
    threats.set_threat(banten_db, [TPS2], "banjir", 3, reason="r", actor="a")
    assert [n.code for n in threats.filter_tps(banten_db, areas=["36.01", "36.02.01"])] == [
        TPS1,
        TPS2,
        TPS3,
    ]
    assert threats.filter_tps(banten_db, areas=[]) == []
    assert [n.code for n in threats.filter_tps(banten_db, category="*", min_level=3)] == [TPS2]
    tinggi = threats.filter_regions(banten_db, None, min_threat=3, areas=["36.02"])
    assert [n.code for n in tinggi] == ["36.02", "36.02.01", VILLAGE]
    sr = threats.filter_regions(banten_db, TpsClass.SANGAT_RAWAN, areas=["36.01"])
    assert sr == []
    assert threats.places(banten_db, [TPS1]) == {TPS1: "Cilangkahan › Malingping › Kabupaten Lebak"}


def test_incident_steps_and_area_filter(banten_db):
    incident = incidents.add_incident(
        banten_db, node_code=TPS1, type="bentrok", description="adu mulut", actor="Brigpol Dedi"
    )
    incidents.advance_incident(
        banten_db, incident, "ditangani", actor="Iptu Rina", note="dimediasi", actions="mediasi"
    )
    steps = incidents.incident_steps(banten_db, incident)
    assert [(s.status, s.actor) for s in steps] == [
        ("dilaporkan", "Brigpol Dedi"),
        ("ditangani", "Iptu Rina"),
    ]
    assert steps[1].note == "dimediasi" and steps[1].actions == "mediasi"
    assert [i.id for i in incidents.list_incidents(banten_db, areas=["36.02.01"])] == [incident]
    assert incidents.list_incidents(banten_db, areas=["36.01"]) == []
    assert incidents.list_incidents(banten_db, areas=[]) == []
