"""bench --strength prepares its database and roster and reports every figure (shape only:
speed is measured by the bench, never asserted in tests)."""

from __future__ import annotations

import csv

import commandpost.bench_strength as bench
from commandpost.core.ranks import split_rank_id
from tests.fixtures_store import banten_template  # noqa: F401
from tests.helpers import copy_db

FIGURES = [key for key, *_ in bench.ROWS]


def test_prepares_then_reports_every_figure(banten_template, tmp_path, monkeypatch, capsys):  # noqa: F811
    work = tmp_path / "work"
    work.mkdir()
    copy_db(banten_template, work / bench.BASE)  # stands for the national demo
    monkeypatch.setattr(bench, "ROSTER_ROWS", 300)
    monkeypatch.setattr(bench, "PEOPLE", 6)
    monkeypatch.setattr(bench, "EDIT_REPEAT", 5)
    prep = bench.prepare(work, say=lambda _msg: None)
    # Units where there were none (a Polda, a Polres per kabupaten/kota), people to assign.
    assert len(prep["people"]) == 6
    with open(prep["roster"]["path"], encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["NAMA", "PANGKAT/NRP", "SATUAN", "JABATAN", "NO HP"]
    assert len(rows) == 301
    nrps = [split_rank_id(r[1])[1] for r in rows[1:]]
    assert len(set(nrps)) == 300 and all(len(n) == 8 and n.isdigit() for n in nrps)
    assert {r[2] for r in rows[1:]} >= {"Polda Banten", "Polresta Serang"}
    assert bench.prepare(work, say=lambda _msg: None) == prep  # reused, not made again

    report = bench.measure(work, repeat=1, import_repeat=1, say=lambda _msg: None)
    assert report["repeat"] == {"import": 1, "rebuild": bench.MIN_REPEAT, "edits": 5}
    for key in FIGURES:
        row = report[key]
        assert row["min"] <= row["median"] <= row["max"] and row["min"] > 0, key
    assert report["class_total_ms"]["n"] == report["assign_total_ms"]["n"] == 5
    assert report["strength_mismatches"] == 0
    # Where a rebuild's time goes: its statements by the line of strength.py, then Python.
    statements = report["rebuild_statements"]
    assert statements[-1]["where"] == "python"
    assert any("strength.py:" in r["where"] and r["sql"] for r in statements)
    report["targets"]["rebuild_ms"] = 0.0  # a miss prints where the rebuild's time went
    bench.print_report(report)
    out = capsys.readouterr().out
    assert "met?" in out and "roster import, plan + apply" in out
    assert "statements timed" in out and "strength.py:" in out
    for key, label, _unit, target in bench.ROWS:
        line = next(ln for ln in out.splitlines() if ln.startswith(label + " ("))
        assert line.rstrip().endswith(("yes", "NO")) == bool(target), key


def test_floor_writes_the_rows_the_import_writes(banten_template, tmp_path, monkeypatch):  # noqa: F811
    import sqlite3

    work = tmp_path / "work"
    work.mkdir()
    copy_db(banten_template, work / bench.BASE)
    monkeypatch.setattr(bench, "ROSTER_ROWS", 50)
    monkeypatch.setattr(bench, "PEOPLE", 2)
    prep = bench.prepare(work, say=lambda _msg: None)
    imported = tmp_path / "imported.sqlite"
    copy_db(work / bench.PREPARED, imported)
    data = bench.child_import(str(imported), prep["roster"]["path"])
    assert data["people"] == data["added"] == 50
    floor = tmp_path / "floor.sqlite"
    assert bench.child_floor(str(floor), prep["roster"]["path"], prep["prepared"])["rows"] == 50
    query = (
        "SELECT nrp, name, name_norm, rank, position, unit_id, bko_unit_id, phone, duty, active "
        "FROM person WHERE nrp IN ({}) ORDER BY nrp"
    )
    got = {}
    for path in (imported, floor):
        conn = sqlite3.connect(path)
        nrps = [r[0] for r in sqlite3.connect(floor).execute("SELECT nrp FROM person")]
        got[path] = conn.execute(query.format(",".join("?" * len(nrps))), nrps).fetchall()
        conn.close()
    assert got[imported] == got[floor] and len(got[floor]) == 50
