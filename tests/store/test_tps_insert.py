"""Writing TPS (store.tps): an ``import_tps`` change is written a chunk at a time from its
own rows; a TPS listed twice, one already present and an unknown village are refused with
nothing written, when recorded and when replayed."""

import re
from dataclasses import replace

import pytest

from commandpost.core.changes import Change
from commandpost.core.ids import uuid7
from commandpost.store import changelog, queries
from commandpost.store import tps as tps_module
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from commandpost.store.tps_import import import_tps
from tests.helpers import add_tps, copy_db, dump

TPS_ROWS = "SELECT code, village_code, number, address, dpt, dpt_l, dpt_p FROM tps ORDER BY code"


def _tps(path):
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return conn.execute(TPS_ROWS).fetchall()
    finally:
        conn.close()


def _import_change(rows, station="posko-lain", seq=1) -> Change:
    change = Change(
        id=str(uuid7()),
        station_id=station,
        seq=seq,
        hlc=10**15 + seq,
        actor="operator lain",
        entity="tps",
        entity_id="lain.csv",
        op="import_tps",
        values={"source": "lain.csv", "sha256": "-", "rows": rows},
        reason="uji",
    )
    return replace(change, hash=change.computed_hash())


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        (
            [["36.02.01.2003", 1, "A", 10], ["36.02.01.2003", 1, "B", 11]],
            "duplicate TPS in one import",
        ),
        (
            [["36.02.01.2003", 1, "A", 10], ["36.02.01.2002", 2, "B", 11]],
            "TPS already present: 36.02.01.2002.002",
        ),
        ([["36.02.01.2003", 1, "A", 10], ["36.02.01.9999", 1, "B", 11]], "36.02.01.9999"),
    ],
)
def test_a_bad_import_change_writes_nothing_recorded_or_replayed(
    banten_db, banten_path, rows, words
):
    before = dump(banten_path)
    with pytest.raises(ChangeError, match=re.escape(words)):
        add_tps(banten_db, rows)
    assert dump(banten_path) == before
    with pytest.raises(ChangeError, match=re.escape(words)):
        changelog.ingest(banten_db, [_import_change(rows)])
    assert dump(banten_path) == before


def test_a_clash_after_several_chunks_backs_out_everything(banten_db, banten_path, monkeypatch):
    # Seven new TPS are staged two at a time; the eighth is already in the database.
    monkeypatch.setattr(tps_module, "_STEP", 2)
    rows = [["36.02.01.2003", n, f"Jl. {n}", 100 + n] for n in range(1, 8)]
    rows.append(["36.02.01.2002", 3, "again", 1])
    before = dump(banten_path)
    with pytest.raises(ChangeError, match=re.escape("TPS already present: 36.02.01.2002.003")):
        add_tps(banten_db, rows)
    assert dump(banten_path) == before
    add_tps(banten_db, rows[:-1])  # the same connection writes on as usual afterwards
    assert queries.node(banten_db, "36.02.01.2003").tps_count == 7


def test_rows_as_the_log_holds_them(banten_db, banten_path, monkeypatch):
    monkeypatch.setattr(tps_module, "_STEP", 2)
    add_tps(
        banten_db,
        [
            ["36.02.01.2003", 1, "A", 10],  # as older logs: no L and P
            ["36.02.01.2003", 2, "B", 21, 10, 11],
            ["36.02.01.2003", 3, "C", 30, None, None],
        ],
    )
    assert [r for r in _tps(banten_path) if r[1] == "36.02.01.2003"] == [
        ("36.02.01.2003.001", "36.02.01.2003", 1, "A", 10, None, None),
        ("36.02.01.2003.002", "36.02.01.2003", 2, "B", 21, 10, 11),
        ("36.02.01.2003.003", "36.02.01.2003", 3, "C", 30, None, None),
    ]
    assert queries.node(banten_db, "36.02.01.2003").dpt == 61
    assert queries.node(banten_db, "36.02.01.2003.002").name == "TPS 002"


def test_replaying_an_import_gives_the_same_tps_and_roll_ups(banten_path, tmp_path):
    copy = copy_db(banten_path, tmp_path / "copy.sqlite")
    csv = tmp_path / "tps.csv"
    csv.write_text(
        "kode_desa;no_tps;alamat;dpt_l;dpt_p\n"
        + "".join(f"360201200{v};{n};Jl. {n};{50 + n};{60 + n}\n" for v in (3, 4) for n in (1, 2))
    )
    db = open_database(banten_path)
    assert import_tps(db, csv, "operator") == 4
    changes = [c for c in changelog.load_changes(db) if c.op == "import_tps"]
    db.close()
    other = open_database(copy)
    assert changelog.ingest(other, changes[-1:]) == 1
    other.close()
    assert _tps(copy) == _tps(banten_path)
    import sqlite3

    sums = "SELECT code, tps_count, dpt, child_count FROM node WHERE level < 4 ORDER BY code"
    a, b = sqlite3.connect(banten_path), sqlite3.connect(copy)
    try:
        assert a.execute(sums).fetchall() == b.execute(sums).fetchall()
    finally:
        a.close()
        b.close()
