"""The import bench's generated lists, and its floor writing what the real import writes."""

from __future__ import annotations

import csv
import shutil
import sqlite3

import pytest

from commandpost import bench_import
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from commandpost.store.tps_import import import_tps

TPS_ROWS = "SELECT code, village_code, number, address, dpt, dpt_l, dpt_p FROM tps ORDER BY code"
NODE_ROWS = (
    "SELECT code, parent_code, level, name, name_norm, village_kind, child_count, tps_count, "
    "dpt FROM node WHERE level = 4 ORDER BY code"
)


def test_spread_has_the_real_totals():
    villages = [f"{p:02d}.01.01.{n:04d}" for p in (11, 36, 94) for n in range(2001, 3001)]
    counts = bench_import.spread_tps(villages, national_tps=30_000, banten_tps=7_000)
    assert sum(counts.values()) == 30_000
    assert sum(c for v, c in counts.items() if v.startswith("36.")) == 7_000
    assert min(counts.values()) >= 1
    assert counts == bench_import.spread_tps(villages, national_tps=30_000, banten_tps=7_000)
    full = [f"{n:010d}" for n in range(bench_import.NATIONAL_VILLAGES)]
    assert sum(bench_import.spread_tps(full).values()) == bench_import.NATIONAL_TPS


@pytest.fixture(scope="module")
def lists(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench-import")
    empty = create_operation_database(
        work / "empty.db",
        station="Bench",
        province="36",
        operation="Bench",
        kind="pemilu",
        actor="test",
    )
    out = bench_import.write_lists(empty, work, national_tps=2_500, banten_tps=2_500)
    return work, empty, out


def test_lists_are_as_kpu_writes_them(lists):
    _work, _empty, out = lists
    assert out["national"]["rows"] == out["banten"]["rows"] == out["bad"]["rows"] == 2_500
    with open(out["national"]["path"], encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["kode_desa", "no_tps", "alamat", "dpt_l", "dpt_p", "dpt"]
    for kode, no, _address, dpt_l, dpt_p, dpt in rows[1:]:
        assert len(kode) == 10 and kode.isdigit() and kode.startswith("36")
        assert no.isdigit() and int(no) >= 1
        assert int(dpt) == int(dpt_l) + int(dpt_p) <= bench_import.MAX_DPT
    with open(out["bad"]["path"], encoding="utf-8", newline="") as f:
        assert {r[5] for r in list(csv.reader(f, delimiter=";"))[1:]} == {"x"}


def test_floor_writes_what_the_import_writes(lists, tmp_path):
    _work, empty, out = lists
    real, floor = tmp_path / "real.db", tmp_path / "floor.db"
    shutil.copyfile(empty, real)
    shutil.copyfile(empty, floor)
    db = open_database(real)
    assert import_tps(db, out["national"]["path"], "test") == 2_500
    db.close()
    result = bench_import.child_floor(str(floor), out["national"]["path"])
    assert result["rows"] == 2_500
    a, b = sqlite3.connect(real), sqlite3.connect(floor)
    assert a.execute(TPS_ROWS).fetchall() == b.execute(TPS_ROWS).fetchall()
    assert a.execute(NODE_ROWS).fetchall() == b.execute(NODE_ROWS).fetchall()
    a.close()
    b.close()


def test_bad_rows_are_refused(lists, tmp_path):
    _work, empty, out = lists
    copy = tmp_path / "bad.db"
    shutil.copyfile(empty, copy)
    result = bench_import.child_import(str(copy), out["bad"]["path"], "import", None)
    assert result["refused"]
    assert result["problems_kept"] + result["problems_more"] == 2_500
    assert result["peak_rss_mb"] > 0
