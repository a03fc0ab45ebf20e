"""What the change log says happened where: places named, undo or redo, what is new."""

from __future__ import annotations

from commandpost.core.regions import Level
from commandpost.store import audit, threats
from tests.helpers import add_tps

DISTRICT = "36.02.01"  # Kecamatan Malingping
CILANGKAHAN, PAGELARAN = "36.02.01.2002", "36.02.01.2003"
TPS = [f"{CILANGKAHAN}.00{n}" for n in (1, 2, 3)] + [f"{PAGELARAN}.00{n}" for n in (1, 2, 3)]


def _with_pagelaran(db) -> None:
    add_tps(db, [(PAGELARAN, n, f"Jl. Pagelaran {n}", 200) for n in (1, 2, 3)])


def test_a_region_change_names_its_tps_with_their_villages_then_counts_the_rest(banten_db):
    _with_pagelaran(banten_db)
    edit = threats.set_tps_class(banten_db, TPS, "khusus", reason="lapas", actor="a")
    cid = edit.change.id

    found = audit.places_of_changes(banten_db, [cid], DISTRICT, shown=4)
    places = found[cid]
    assert [(p.name, p.village, p.level) for p in places.shown] == [
        ("TPS 001", "Cilangkahan", Level.TPS),
        ("TPS 002", "Cilangkahan", Level.TPS),
        ("TPS 003", "Cilangkahan", Level.TPS),
        ("TPS 001", "Pagelaran", Level.TPS),
    ]
    assert (places.total, places.more) == (6, 2)

    # Seen from one village, only what lies in it; from the whole province, all of them.
    [in_village] = audit.places_of_changes(banten_db, [cid], PAGELARAN).values()
    assert [p.code for p in in_village.shown] == TPS[3:]
    assert in_village.total == 3
    assert audit.places_of_changes(banten_db, [cid], "36")[cid].total == 6
    # A region the change did not touch has nothing to name.
    assert audit.places_of_changes(banten_db, [cid], "36.01") == {}


def test_areas_are_named_with_their_level_and_many_changes_in_one_query(banten_db):
    flood = threats.set_threat(
        banten_db, [DISTRICT, CILANGKAHAN], "banjir", 3, reason="sungai", actor="a"
    )
    cls = threats.set_tps_class(banten_db, TPS[:2], "rawan", reason="r", actor="a")
    found = audit.places_of_changes(banten_db, [flood.change.id, cls.change.id], "36.02")
    assert [(p.code, p.level, p.name) for p in found[flood.change.id].shown] == [
        (DISTRICT, Level.DISTRICT, "Malingping"),
        (CILANGKAHAN, Level.VILLAGE, "Cilangkahan"),
    ]
    assert found[flood.change.id].shown[0].village == ""  # an area carries no village
    assert [p.code for p in found[cls.change.id].shown] == TPS[:2]
    assert audit.places_of_changes(banten_db, []) == {}


def test_an_undo_a_redo_and_the_undo_of_the_redo_are_told_apart(banten_db):
    edit = threats.set_tps_class(banten_db, TPS[:1], "rawan", reason="r", actor="a")
    [undo] = threats.compensate_all(banten_db, [edit], actor="a", reason="Urungkan")
    [redo] = threats.compensate_all(banten_db, [undo], actor="a", reason="Ulangi")
    [again] = threats.compensate_all(banten_db, [redo], actor="a", reason="Urungkan")
    ids = [c.change.id for c in (edit, undo, redo, again)]
    assert audit.redone(banten_db, ids) == {ids[1]: False, ids[2]: True, ids[3]: False}
    assert audit.redone(banten_db, []) == {}


def test_changes_since_a_mark_with_their_nodes_leaving_out_our_own(banten_db):
    mark = audit.change_mark(banten_db)
    assert audit.changes_since(banten_db, mark) == audit.NewChanges(mark)
    ours = threats.set_tps_class(banten_db, TPS[:1], "rawan", reason="r", actor="a")
    theirs = threats.set_threat(banten_db, [DISTRICT], "banjir", 2, reason="r", actor="b")

    news = audit.changes_since(banten_db, mark, skip={ours.change.id})
    assert [(c.id, c.entity, c.codes) for c in news.changes] == [
        (theirs.change.id, "threat", (DISTRICT,))
    ]
    assert news.codes == {DISTRICT}
    assert news.skipped == (ours.change.id,)
    assert not news.everything
    assert news.mark == audit.change_mark(banten_db) > mark
    assert audit.changes_since(banten_db, news.mark).changes == ()

    # An import names the villages whose TPS it brought; too many changes, or a log shorter
    # than the mark (another file in its place), mean "read everything again".
    _with_pagelaran(banten_db)
    imported = audit.changes_since(banten_db, news.mark)
    assert imported.villages == (PAGELARAN,)
    assert [c.op for c in imported.changes] == ["import_tps"]
    assert audit.changes_since(banten_db, mark, limit=1).everything
    assert audit.changes_since(banten_db, news.mark + 1000).everything
