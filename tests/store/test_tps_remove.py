"""Taking back a TPS-list import, and deleting the TPS a newer list no longer has."""

from __future__ import annotations

import sqlite3

import pytest

from commandpost.store import changelog, incidents, queries, threats
from commandpost.store.changelog import ChangeError
from commandpost.store.personnel import resolve_post
from commandpost.store.threats import compensate_all
from commandpost.store.tps_import import apply_tps_import_edits, plan_tps_import
from commandpost.store.tps_remove import (
    KEPT_CLASS,
    KEPT_INCIDENT,
    KEPT_POST,
    KEPT_THREAT,
    check_removal,
)
from tests.helpers import dump

VILLAGE = "36.02.01.2002"  # holds TPS 001-003 (Jl. Uji n, DPT 250 + n) in banten_db
OTHER = "36.02.01.2003"


def state(db) -> tuple[list, list]:
    """Every node's roll-ups and every TPS row: what must come back after an undo."""
    with sqlite3.connect(db.path) as conn:
        nodes = conn.execute("SELECT * FROM node ORDER BY code").fetchall()
        tps = conn.execute("SELECT * FROM tps ORDER BY code").fetchall()
    return nodes, tps


def write(tmp_path, rows: list[tuple[str, int, str, int]], name: str = "tps.csv"):
    path = tmp_path / name
    lines = ["kode_desa;no_tps;alamat;dpt"] + [f"{v};{n};{a};{d}" for v, n, a, d in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_file(db, path, *, remove: bool = False):
    plan = plan_tps_import(db, path)
    removal = None
    if remove:
        with db.engine.connect() as conn:
            removal = check_removal(conn, plan.not_in_file)
    return plan, apply_tps_import_edits(db, plan, "operator", remove=removal)


def test_undo_of_an_import_takes_the_new_tps_away_and_the_old_dpt_back(banten_db, tmp_path):
    before = state(banten_db)
    path = write(
        tmp_path,
        [(VILLAGE, 1, "Jl. Uji 1", 300), (OTHER, 1, "Balai Desa", 210), (OTHER, 2, "SDN 2", 220)],
    )
    plan, edits = import_file(banten_db, path)
    assert len(plan.new) == 2 and len(plan.updates) == 1
    after = state(banten_db)
    assert queries.node(banten_db, OTHER).tps_count == 2

    undone = compensate_all(banten_db, edits, actor="operator", reason="Urungkan")
    assert state(banten_db) == before
    assert queries.children(banten_db, OTHER) == []
    assert queries.tps_info(banten_db, f"{VILLAGE}.001").dpt == 251
    # Two changes record the undo: a removal of the two TPS and the DPT written back.
    assert sorted(e.change.op for e in undone) == ["remove_tps", "set_many"]
    assert sum(len(e.writes) for e in undone) == 3

    compensate_all(banten_db, undone, actor="operator", reason="Ulangi")
    assert state(banten_db) == after


def test_undo_leaves_a_new_tps_an_officer_recorded_on(banten_db, tmp_path):
    path = write(tmp_path, [(OTHER, 1, "Balai Desa", 210), (OTHER, 2, "SDN 2", 220)])
    _plan, edits = import_file(banten_db, path)
    threats.set_tps_class(banten_db, [f"{OTHER}.002"], "rawan", reason="patroli", actor="operator")
    [undone] = compensate_all(banten_db, edits, actor="operator", reason="Urungkan")
    assert [w.entity_id for w in undone.writes] == [f"{OTHER}.001"]
    assert [t.code for t in queries.children(banten_db, OTHER)] == [f"{OTHER}.002"]
    assert queries.node(banten_db, OTHER).n_rawan == 1


def test_undo_leaves_a_new_tps_whose_dpt_a_later_list_changed(banten_db, tmp_path):
    _plan, edits = import_file(banten_db, write(tmp_path, [(OTHER, 1, "Balai Desa", 210)]))
    import_file(banten_db, write(tmp_path, [(OTHER, 1, "Balai Desa", 215)], "newer.csv"))
    with pytest.raises(ChangeError):
        compensate_all(banten_db, edits, actor="operator", reason="Urungkan")
    assert queries.tps_info(banten_db, f"{OTHER}.001").dpt == 215


def test_tps_not_in_the_file_are_kept_unless_the_officer_chooses(banten_db, tmp_path):
    path = write(tmp_path, [(VILLAGE, 1, "Jl. Uji 1", 251), (VILLAGE, 2, "Jl. Uji 2", 252)])
    plan, edits = import_file(banten_db, path)
    assert plan.not_in_file == [f"{VILLAGE}.003"] and plan.empty and edits == []
    assert queries.tps_info(banten_db, f"{VILLAGE}.003") is not None

    before = state(banten_db)
    plan, edits = import_file(banten_db, path, remove=True)
    assert [e.change.op for e in edits] == ["remove_tps"]
    assert [t.code for t in queries.children(banten_db, VILLAGE)] == [
        f"{VILLAGE}.001",
        f"{VILLAGE}.002",
    ]
    village = queries.node(banten_db, VILLAGE)
    assert (village.tps_count, village.dpt) == (2, 251 + 252)
    # The village's history says what went.
    [entry] = [e for e in threats.history(banten_db, VILLAGE) if e.op == "remove_tps"]
    assert entry.what == {"tps_removed": 1}

    compensate_all(banten_db, edits, actor="operator", reason="Urungkan")
    assert state(banten_db) == before
    assert queries.tps_info(banten_db, f"{VILLAGE}.003").address == "Jl. Uji 3"


def test_a_tps_carrying_an_officers_record_is_never_deleted(banten_db):
    codes = [f"{VILLAGE}.00{n}" for n in (1, 2, 3)]
    threats.set_tps_class(banten_db, [codes[0]], "kurang_rawan", reason="cek", actor="op")
    incidents.add_incident(
        banten_db, node_code=codes[1], type="lainnya", description="Keributan", actor="op"
    )
    _info, spec = resolve_post(banten_db, codes[2])
    assert spec is not None
    changelog.record_many(banten_db, [spec])
    with banten_db.engine.connect() as conn:
        removal = check_removal(conn, codes)
    assert removal.rows == []
    assert removal.kept == {codes[0]: KEPT_CLASS, codes[1]: KEPT_INCIDENT, codes[2]: KEPT_POST}


def test_a_threat_keeps_a_tps(banten_db):
    code = f"{VILLAGE}.003"
    category = threats.taxonomy().categories[0].key
    threats.set_threat(banten_db, [code], category, 2, reason="laporan", actor="op")
    with banten_db.engine.connect() as conn:
        assert check_removal(conn, [code]).kept == {code: KEPT_THREAT}


def test_a_removal_meeting_a_record_made_since_changes_nothing(banten_db, banten_path, tmp_path):
    path = write(tmp_path, [(VILLAGE, 1, "Jl. Uji 1", 251)])
    plan = plan_tps_import(banten_db, path)
    with banten_db.engine.connect() as conn:
        removal = check_removal(conn, plan.not_in_file)
    assert len(removal.rows) == 2
    # Between the preview and the import, an officer logs an incident at one of them.
    incidents.add_incident(
        banten_db, node_code=f"{VILLAGE}.003", type="lainnya", description="x", actor="op"
    )
    before = dump(banten_path)
    with pytest.raises(ChangeError, match="officers' records"):
        apply_tps_import_edits(banten_db, plan, "operator", remove=removal)
    assert dump(banten_path) == before


def test_a_rejects_file_offers_no_deletion(banten_db, tmp_path):
    """A rejects file is partial by nature: the TPS of its villages that it does not list
    came by the first import and are not offered for deletion."""
    from commandpost.store.tps_import import write_rejects
    from commandpost.store.tps_rows import Msg

    first = write(tmp_path, [(VILLAGE, 4, "Balai", 240)], "daftar.csv")
    first.write_text(first.read_text(encoding="utf-8") + f"{VILLAGE};5;Pos;x\n", "utf-8")
    plan = plan_tps_import(banten_db, first, skip_bad_rows=True)
    apply_tps_import_edits(banten_db, plan, "operator")
    rejects = tmp_path / "daftar-ditolak.csv"
    assert write_rejects(plan, first, rejects) == 1
    rejects.write_text(rejects.read_text("utf-8-sig").replace(",x,", ",250,"), "utf-8")
    again = plan_tps_import(banten_db, rejects)
    assert [(r[0], r[1]) for r in again.new] == [(VILLAGE, 5)]
    assert again.not_in_file == []
    assert any(p.template == Msg.REJECTS_FILE for p in again.notes)
