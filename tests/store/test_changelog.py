import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commandpost.core.changes import GENESIS_HASH, Change, verify_chain
from commandpost.core.ids import uuid7
from commandpost.store import changelog, queries
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from tests.helpers import copy_db, dump

TPS = "36.02.01.2002.001"


def test_each_action_is_one_logged_change_in_a_hash_chain(banten_db):
    changelog.record(
        banten_db,
        actor="Bripka Andi",
        entity="tps",
        entity_id=TPS,
        op="set",
        values={"address": "Halaman SDN 1"},
        reason="koreksi alamat dari PPS",
    )
    changes = changelog.load_changes(banten_db, banten_db.station_id)
    # regions, TPS and the officer on duty (the fixture's), then this one
    assert [c.seq for c in changes] == [1, 2, 3, 4]
    assert changes[-1].actor == "Bripka Andi" and changes[-1].reason == "koreksi alamat dari PPS"
    assert changes[0].prev_hash == GENESIS_HASH
    assert verify_chain(changes) == []
    assert [c.hlc for c in changes] == sorted(c.hlc for c in changes)
    assert queries.tps_info(banten_db, TPS).address == "Halaman SDN 1"


def test_dpt_edit_updates_the_tps_node_and_every_ancestor(banten_db):
    before = queries.lineage(banten_db, TPS)
    changelog.record(
        banten_db,
        actor="a",
        entity="tps",
        entity_id=TPS,
        op="set",
        values={"dpt": 400},
        reason="DPT perbaikan",
    )
    after = queries.lineage(banten_db, TPS)
    delta = 400 - 251
    assert [a.dpt - b.dpt for a, b in zip(after, before, strict=True)] == [delta] * 5


def test_a_failing_change_leaves_log_and_state_untouched(banten_db, banten_path):
    before = dump(banten_path)
    with pytest.raises(ChangeError):
        changelog.record(
            banten_db,
            actor="a",
            entity="tps",
            entity_id=TPS,
            op="set",
            values={"no_such_field": 1},
        )
    with pytest.raises(ChangeError):
        changelog.record(
            banten_db,
            actor="a",
            entity="tps",
            entity_id="36.02.01.2002.099",
            op="set",
            values={"dpt": 1},
        )
    assert dump(banten_path) == before


def test_an_altered_change_is_not_ingested(banten_db):
    change = _change("other-station", 1, 5, TPS, "dpt", 10)
    forged = replace(change, values={"dpt": 9999})
    with pytest.raises(ChangeError, match="altered"):
        changelog.ingest(banten_db, [forged])


def _change(station: str, seq: int, hlc: int, entity_id: str, field: str, value) -> Change:
    entity = "operation" if entity_id == "op-1" else "tps"
    c = Change(
        id=str(uuid7()),
        station_id=station,
        seq=seq,
        hlc=hlc,
        actor=station,
        entity=entity,
        entity_id=entity_id,
        op="set",
        values={field: value},
        reason="uji",
    )
    return replace(c, hash=c.computed_hash())


TARGETS = [
    (TPS, "dpt"),
    (TPS, "address"),
    ("36.02.01.2002.002", "dpt"),
    ("op-1", "name"),
]


@st.composite
def change_sets(draw):
    n = draw(st.integers(min_value=1, max_value=12))
    seqs: dict[str, int] = {}
    changes = []
    for _ in range(n):
        station = draw(st.sampled_from(["st-a", "st-b", "st-c"]))
        seqs[station] = seqs.get(station, 0) + 1
        entity_id, field = draw(st.sampled_from(TARGETS))
        value = (
            draw(st.integers(min_value=0, max_value=600))
            if field == "dpt"
            else draw(st.text(alphabet="abc ", max_size=6))
        )
        hlc = draw(st.integers(min_value=1, max_value=6))  # small range: many ties
        changes.append(_change(station, seqs[station], hlc, entity_id, field, value))
    order = draw(st.permutations(changes))
    return changes, order


def _state(path: Path) -> str:
    db = open_database(path)
    with db.engine.connect() as conn:
        rows = [
            conn.execute(text("SELECT code, address, dpt FROM tps ORDER BY code")).all(),
            conn.execute(text("SELECT code, dpt FROM node WHERE dpt > 0 ORDER BY code")).all(),
            conn.execute(text("SELECT id, name FROM operation ORDER BY id")).all(),
        ]
    db.close()
    return repr(rows)


@pytest.fixture(scope="module")
def merge_template(banten_template, tmp_path_factory):
    path = copy_db(banten_template, tmp_path_factory.mktemp("merge") / "base.sqlite")
    db = open_database(path)
    changelog.record(
        db,
        actor="a",
        entity="operation",
        entity_id="op-1",
        op="create",
        values={"name": "Latihan", "kind": "exercise", "is_demo": False},
    )
    db.close()
    return path


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=change_sets())
def test_any_order_of_the_same_changes_gives_the_same_state(merge_template, data):
    changes, shuffled = data
    with tempfile.TemporaryDirectory() as tmp:
        states = []
        for n, batch in enumerate((changes, shuffled, list(reversed(changes)))):
            path = copy_db(merge_template, Path(tmp) / f"{n}.sqlite")
            db = open_database(path)
            changelog.ingest(db, list(batch))
            db.close()
            states.append(_state(path))
    assert states[0] == states[1] == states[2]


def test_last_writer_wins_per_field_not_per_change(banten_db):
    changelog.ingest(
        banten_db,
        [
            _change("st-a", 1, 10, TPS, "dpt", 111),
            _change("st-b", 1, 5, TPS, "address", "Balai desa"),
            _change("st-b", 2, 7, TPS, "dpt", 222),  # older than st-a's: loses
        ],
    )
    info = queries.tps_info(banten_db, TPS)
    assert (info.dpt, info.address) == (111, "Balai desa")
