"""The operation's stages in the store: from a template at init, edited by hand, every edit one
change with its officer, refused edits leaving nothing behind, and undo/redo of each."""

import datetime as dt

import pytest

from commandpost.core.stages import stage_clock
from commandpost.store import changelog, queries, stages
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from commandpost.store.stages import StageRefused
from commandpost.store.threats import compensate_all
from tests.helpers import copy_db

D = dt.date
OFFICER = "Bripka Uji"


@pytest.fixture(scope="module")
def exercise_template(tmp_path_factory):
    """Banten's regions in an exercise: no template, no stages; closed."""
    return create_operation_database(
        tmp_path_factory.mktemp("exercise") / "latihan.sqlite",
        station="Posko Uji",
        province="36",
        operation="Latihan Sispamkota",
        kind="exercise",
        actor="uji",
    )


@pytest.fixture
def db(exercise_template, tmp_path):
    database = open_database(copy_db(exercise_template, tmp_path / "latihan.sqlite"))
    yield database
    database.close()


def _schedule(db) -> list[tuple]:
    """What the stage list shows: name, dates, the parent's name."""
    found = stages.list_stages(db)
    names = {s.id: s.name for s in found}
    return [(s.name, s.start, s.end, names.get(s.parent_id)) for s in found]


def _parents(db) -> dict:
    return {name: parent for name, _start, _end, parent in _schedule(db)}


def _changes(db) -> list:
    return changelog.load_changes(db)


def _undo(db, edits):
    return compensate_all(db, edits, actor=OFFICER, reason="batal")


def _id(db, name: str) -> str:
    return next(s.id for s in stages.list_stages(db) if s.name == name)


# -- templates at init -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "count", "voting_day", "subs"),
    [
        (
            "pilkada",
            19,
            D(2024, 11, 27),
            {
                "Pencalonan": 5,
                "Penghitungan dan rekapitulasi suara": 4,
            },
        ),
        ("pemilu", 10, D(2024, 2, 14), {"Pencalonan presiden dan wakil presiden": 2}),
    ],
)
def test_init_gives_the_operation_the_template_of_its_kind(tmp_path, kind, count, voting_day, subs):
    path = create_operation_database(
        tmp_path / "op.sqlite",
        station="Posko Uji",
        province="36",
        operation="Ops Mantap Praja",
        kind=kind,
        actor="Kompol Uji",
    )
    db = open_database(path)
    try:
        schedule = _schedule(db)
        assert len(schedule) == count
        assert queries.operation(db).voting_day == voting_day
        under = {}
        for _name, _start, _end, parent in schedule:
            if parent is not None:
                under[parent] = under.get(parent, 0) + 1
        assert under == subs
        assert ("Pemungutan suara", voting_day, voting_day, None) in schedule
        clock = stage_clock(stages.list_stages(db), voting_day, voting_day)
        assert clock.text() == "Pemungutan suara, hari H"
        [change] = [c for c in _changes(db) if c.entity == "stage"]
        assert (change.actor, change.op) == ("Kompol Uji", "create_many")
        assert "PKPU" in change.reason
    finally:
        db.close()


def test_an_exercise_starts_without_stages(db):
    assert stages.list_stages(db) == []
    assert queries.operation(db).voting_day is None
    assert [c for c in _changes(db) if c.entity == "stage"] == []


def test_no_template_when_asked_for_none(tmp_path):
    path = create_operation_database(
        tmp_path / "op.sqlite",
        station="Posko Uji",
        province="36",
        operation="Pilkada tanpa tahapan",
        kind="pilkada",
        voting_day="2024-11-27",
        actor="uji",
        stage_template=None,
    )
    db = open_database(path)
    try:
        assert stages.list_stages(db) == []
        assert queries.operation(db).voting_day == D(2024, 11, 27)
    finally:
        db.close()


def test_a_named_template_brings_its_voting_day_unless_one_is_given(tmp_path):
    for name, given, expected in (
        ("a", None, D(2024, 2, 14)),
        ("b", "2024-04-19", D(2024, 4, 19)),  # a PSU on the Pemilu's schedule
    ):
        path = create_operation_database(
            tmp_path / f"{name}.sqlite",
            station="Posko Uji",
            province="36",
            operation="PSU",
            kind="psu",
            voting_day=given,
            actor="uji",
            stage_template="pemilu_2024",
        )
        db = open_database(path)
        try:
            assert len(stages.list_stages(db)) == 10
            assert queries.operation(db).voting_day == expected
        finally:
            db.close()


def test_an_unknown_template_makes_no_database(tmp_path):
    with pytest.raises(ValueError, match="no stage template 'pilkada_2029'"):
        create_operation_database(
            tmp_path / "op.sqlite",
            station="Posko Uji",
            province="36",
            operation="Uji",
            kind="pilkada",
            actor="uji",
            stage_template="pilkada_2029",
        )
    assert list(tmp_path.iterdir()) == []


def test_the_demo_runs_on_the_pilkada_schedule(demo_path):
    db = open_database(demo_path)
    try:
        found = stages.list_stages(db)
        assert len(found) == 19
        clock = stage_clock(found, queries.operation(db).voting_day, D(2024, 11, 30))
        assert clock.text() == "Rekapitulasi di PPK (kecamatan), H+3"
    finally:
        db.close()


# -- edits, each one change, each undone and redone --------------------------------------------


def _one_more_change(db, before: int, op: str) -> None:
    after = _changes(db)
    assert len(after) == before + 1
    assert (after[-1].entity, after[-1].actor, after[-1].op) == ("stage", OFFICER, op)


def test_add_then_undo_then_redo(db):
    before = len(_changes(db))
    edit = stages.add_stage(
        db,
        name="  Kampanye ",
        start=D(2024, 9, 25),
        end=D(2024, 11, 23),
        kind="campaign",
        threats=("politik_uang",),
        actor=OFFICER,
    )
    _one_more_change(db, before, "create")
    [stage] = stages.list_stages(db)
    assert (stage.id, stage.name, stage.kind, stage.threats) == (
        edit.change.entity_id,
        "Kampanye",
        "campaign",
        ("politik_uang",),
    )
    undone = _undo(db, [edit])
    assert stages.list_stages(db) == []
    _undo(db, undone)
    assert _schedule(db) == [("Kampanye", D(2024, 9, 25), D(2024, 11, 23), None)]
    assert len(_changes(db)) == before + 3


def test_rename_and_redate_then_undo_then_redo(db):
    stages.add_stage(db, name="Kampanye", start=D(2024, 9, 25), end=D(2024, 11, 23), actor="a")
    sid = _id(db, "Kampanye")
    before = len(_changes(db))
    edit = stages.set_stage(
        db, sid, actor=OFFICER, name="Kampanye rapat umum", start=D(2024, 10, 1)
    )
    _one_more_change(db, before, "set")
    assert _changes(db)[-1].values == {"name": "Kampanye rapat umum", "start": "2024-10-01"}
    assert _schedule(db) == [("Kampanye rapat umum", D(2024, 10, 1), D(2024, 11, 23), None)]
    undone = _undo(db, [edit])
    assert _schedule(db) == [("Kampanye", D(2024, 9, 25), D(2024, 11, 23), None)]
    _undo(db, undone)
    assert _schedule(db) == [("Kampanye rapat umum", D(2024, 10, 1), D(2024, 11, 23), None)]


def test_an_undated_group_given_dates_can_be_undone(db):
    stages.add_stage(db, name="Pencalonan", start=None, end=None, actor="a")
    sid = _id(db, "Pencalonan")
    edit = stages.set_stage(db, sid, actor=OFFICER, start=D(2024, 8, 24), end=D(2024, 9, 23))
    assert _schedule(db) == [("Pencalonan", D(2024, 8, 24), D(2024, 9, 23), None)]
    undone = _undo(db, [edit])
    assert _schedule(db) == [("Pencalonan", None, None, None)]
    _undo(db, undone)
    assert _schedule(db) == [("Pencalonan", D(2024, 8, 24), D(2024, 9, 23), None)]


def test_move_under_a_parent_and_back_then_undo_each(db):
    stages.add_stage(db, name="Rekapitulasi", start=D(2024, 11, 27), end=D(2024, 12, 16), actor="a")
    stages.add_stage(db, name="Rekap PPK", start=D(2024, 11, 28), end=D(2024, 12, 3), actor="a")
    rekap, ppk = _id(db, "Rekapitulasi"), _id(db, "Rekap PPK")
    top = [
        ("Rekapitulasi", D(2024, 11, 27), D(2024, 12, 16), None),
        ("Rekap PPK", D(2024, 11, 28), D(2024, 12, 3), None),
    ]
    nested = [top[0], ("Rekap PPK", D(2024, 11, 28), D(2024, 12, 3), "Rekapitulasi")]
    assert _schedule(db) == top

    before = len(_changes(db))
    down = stages.set_stage(db, ppk, actor=OFFICER, parent_id=rekap)
    _one_more_change(db, before, "set")
    assert _schedule(db) == nested
    undone = _undo(db, [down])
    assert _schedule(db) == top
    redone = _undo(db, undone)
    assert _schedule(db) == nested

    up = stages.set_stage(db, ppk, actor=OFFICER, parent_id=None)
    assert _schedule(db) == top
    undone = _undo(db, [up])
    assert _schedule(db) == nested
    _undo(db, undone)
    assert _schedule(db) == top
    assert redone  # the redo was itself an edit


def test_a_stage_stored_before_none_was_written_as_empty_can_still_be_moved_back(db):
    # A row as the first version of the feature wrote it: NULL for "no parent".
    changelog.record(
        db,
        actor="a",
        entity="stage",
        entity_id="lama",
        op="create",
        values={"name": "Patroli", "start": "2024-11-01", "end": "2024-11-02", "active": True}
        | {"parent_id": None},
    )
    stages.add_stage(db, name="Pengamanan", start=D(2024, 11, 1), end=D(2024, 11, 30), actor="a")
    edit = stages.set_stage(db, "lama", actor=OFFICER, parent_id=_id(db, "Pengamanan"))
    assert _parents(db) == {"Patroli": "Pengamanan", "Pengamanan": None}
    _undo(db, [edit])
    assert _parents(db) == {"Patroli": None, "Pengamanan": None}


def test_delete_takes_the_sub_stages_and_undo_brings_all_back(db):
    stages.add_stage(db, name="Rekapitulasi", start=D(2024, 11, 27), end=D(2024, 12, 16), actor="a")
    rekap = _id(db, "Rekapitulasi")
    stages.add_stage(
        db, name="Rekap PPK", start=D(2024, 11, 28), end=D(2024, 12, 3), parent_id=rekap, actor="a"
    )
    ppk = _id(db, "Rekap PPK")
    stages.add_stage(
        db, name="Pleno desa", start=D(2024, 11, 28), end=D(2024, 11, 28), parent_id=ppk, actor="a"
    )
    stages.add_stage(db, name="Pelantikan", start=D(2025, 2, 20), end=D(2025, 2, 20), actor="a")
    full = _schedule(db)
    assert len(full) == 4

    before = len(_changes(db))
    edit = stages.delete_stage(db, rekap, actor=OFFICER, reason="jadwal KPU berubah")
    _one_more_change(db, before, "set_many")
    assert _changes(db)[-1].reason == "jadwal KPU berubah"
    assert _schedule(db) == [("Pelantikan", D(2025, 2, 20), D(2025, 2, 20), None)]
    undone = _undo(db, [edit])
    assert _schedule(db) == full
    _undo(db, undone)
    assert [name for name, *_ in _schedule(db)] == ["Pelantikan"]


def test_a_change_that_changes_nothing_is_not_recorded(db):
    stages.add_stage(db, name="Kampanye", start=D(2024, 9, 25), end=D(2024, 11, 23), actor="a")
    before = len(_changes(db))
    same = stages.set_stage(
        db, _id(db, "Kampanye"), actor=OFFICER, name="Kampanye ", end=D(2024, 11, 23)
    )
    assert same is None
    assert len(_changes(db)) == before


# -- refused edits -----------------------------------------------------------------------------


@pytest.fixture
def planned(db):
    """Rekapitulasi (27 Nov – 16 Dec) with Rekap PPK (28 Nov – 3 Dec) under it."""
    stages.add_stage(db, name="Rekapitulasi", start=D(2024, 11, 27), end=D(2024, 12, 16), actor="a")
    rekap = _id(db, "Rekapitulasi")
    stages.add_stage(
        db, name="Rekap PPK", start=D(2024, 11, 28), end=D(2024, 12, 3), parent_id=rekap, actor="a"
    )
    stages.add_stage(db, name="Dihapus", start=D(2024, 11, 1), end=D(2024, 11, 2), actor="a")
    ids = {"rekap": rekap, "ppk": _id(db, "Rekap PPK"), "deleted": _id(db, "Dihapus")}
    stages.delete_stage(db, ids["deleted"], actor="a", reason="salah")
    return db, ids


@pytest.mark.parametrize(
    ("action", "code"),
    [
        (
            lambda db, ids: stages.add_stage(
                db, name="Rekap", start=D(2024, 11, 28), end=D(2024, 11, 27), actor=OFFICER
            ),
            "end_before_start",
        ),
        (
            lambda db, ids: stages.add_stage(
                db,
                name="Rekap provinsi",
                start=D(2024, 12, 6),
                end=D(2024, 12, 17),
                parent_id=ids["rekap"],
                actor=OFFICER,
            ),
            "outside_parent",
        ),
        (
            lambda db, ids: stages.add_stage(
                db, name="Anak", start=None, end=None, parent_id="tidak-ada", actor=OFFICER
            ),
            "no_parent",
        ),
        (
            lambda db, ids: stages.add_stage(
                db,
                name="Anak",
                start=None,
                end=None,
                parent_id=ids["deleted"],
                actor=OFFICER,
            ),
            "no_parent",
        ),
        (
            lambda db, ids: stages.add_stage(db, name="  ", start=None, end=None, actor=OFFICER),
            "no_name",
        ),
        (
            lambda db, ids: stages.add_stage(
                db, name="Pesta", start=None, end=None, kind="pesta", actor=OFFICER
            ),
            "unknown_kind",
        ),
        (
            lambda db, ids: stages.set_stage(
                db,
                ids["rekap"],
                parent_id=ids["ppk"],
                actor=OFFICER,
            ),
            "cycle",
        ),
        (
            lambda db, ids: stages.set_stage(
                db, ids["rekap"], start=D(2024, 11, 29), actor=OFFICER
            ),
            "outside_parent",
        ),
        (
            lambda db, ids: stages.set_stage(db, ids["ppk"], end=D(2024, 11, 1), actor=OFFICER),
            "end_before_start",
        ),
    ],
)
def test_a_refused_edit_changes_nothing(planned, action, code):
    db, ids = planned
    before, schedule = len(_changes(db)), _schedule(db)
    with pytest.raises(StageRefused) as caught:
        action(db, ids)
    assert caught.value.error.code == code
    assert len(_changes(db)) == before
    assert _schedule(db) == schedule


def test_unknown_stages_and_fields_are_refused(planned):
    db, ids = planned
    before, schedule = len(_changes(db)), _schedule(db)
    with pytest.raises(ChangeError, match="no stage tidak-ada"):
        stages.set_stage(db, "tidak-ada", name="X", actor=OFFICER)
    with pytest.raises(ChangeError, match="no stage"):
        stages.delete_stage(db, ids["deleted"], actor=OFFICER, reason="lagi")
    with pytest.raises(ChangeError, match="has no field"):
        stages.set_stage(db, ids["rekap"], colour="red", actor=OFFICER)
    assert len(_changes(db)) == before
    assert _schedule(db) == schedule


# -- a schedule an undo (or another post) left broken ------------------------------------------


def test_a_schedule_broken_by_an_undo_still_takes_edits_that_do_not_break_more(db):
    stages.add_stage(db, name="Kampanye", start=D(2024, 9, 25), end=D(2024, 11, 23), actor="a")
    stages.add_stage(db, name="Pelantikan", start=D(2025, 2, 20), end=D(2025, 2, 20), actor="a")
    kampanye, pelantikan = _id(db, "Kampanye"), _id(db, "Pelantikan")
    longer = stages.set_stage(db, kampanye, end=D(2024, 11, 30), actor=OFFICER)
    stages.add_stage(
        db,
        name="Rapat akbar",
        start=D(2024, 11, 28),
        end=D(2024, 11, 28),
        parent_id=kampanye,
        actor=OFFICER,
    )
    _undo(db, [longer])  # Kampanye ends on 23 Nov again; Rapat akbar now lies outside it
    assert _schedule(db)[0] == ("Kampanye", D(2024, 9, 25), D(2024, 11, 23), None)

    stages.set_stage(db, pelantikan, name="Pelantikan bupati", actor=OFFICER)
    stages.set_stage(db, _id(db, "Rapat akbar"), name="Rapat akbar paslon 1", actor=OFFICER)
    # A new problem is still refused, and names itself.
    before = len(_changes(db))
    with pytest.raises(StageRefused, match=r"'Debat' .* lies outside 'Kampanye'"):
        stages.add_stage(
            db,
            name="Debat",
            start=D(2024, 11, 29),
            end=D(2024, 11, 29),
            parent_id=kampanye,
            actor=OFFICER,
        )
    assert len(_changes(db)) == before
    # Mending it is an edit like any other.
    stages.set_stage(db, kampanye, end=D(2024, 11, 28), actor=OFFICER)
    assert _parents(db) == {
        "Kampanye": None,
        "Rapat akbar paslon 1": "Kampanye",
        "Pelantikan bupati": None,
    }


def test_stages_an_undo_made_loop_are_still_listed_and_can_be_mended(db):
    stages.add_stage(db, name="Pengamanan A", start=None, end=None, actor="a")
    stages.add_stage(db, name="Pengamanan B", start=None, end=None, actor="a")
    a, b = _id(db, "Pengamanan A"), _id(db, "Pengamanan B")
    a_under_b = stages.set_stage(db, a, parent_id=b, actor=OFFICER)
    undone = _undo(db, [a_under_b])
    stages.set_stage(db, b, parent_id=a, actor=OFFICER)
    _undo(db, undone)  # the redo puts A under B, while B is under A
    assert _parents(db) == {"Pengamanan A": "Pengamanan B", "Pengamanan B": "Pengamanan A"}

    stages.add_stage(db, name="Pelantikan", start=D(2025, 2, 20), end=D(2025, 2, 20), actor="a")
    stages.set_stage(db, a, parent_id=None, actor=OFFICER)
    assert _parents(db) == {
        "Pengamanan A": None,
        "Pengamanan B": "Pengamanan A",
        "Pelantikan": None,
    }


def test_two_stages_of_one_name_side_by_side_are_refused(db):
    day = dt.date(2024, 11, 20)
    stages.add_stage(db, name="Distribusi logistik", start=day, end=day, actor=OFFICER)
    before = len(_changes(db))
    with pytest.raises(stages.StageRefused) as refused:
        stages.add_stage(db, name="distribusi  LOGISTIK", start=day, end=day, actor=OFFICER)
    assert refused.value.error.code == "duplicate_name"
    other = stages.add_stage(db, name="Distribusi ulang", start=day, end=day, actor=OFFICER)
    with pytest.raises(stages.StageRefused):
        stages.set_stage(db, other.change.entity_id, actor=OFFICER, name="Distribusi logistik")
    assert len(_changes(db)) == before + 1
    # The same name under another parent is another stage.
    group = stages.add_stage(db, name="Kecamatan A", start=None, end=None, actor=OFFICER)
    stages.add_stage(
        db,
        name="Distribusi logistik",
        start=day,
        end=day,
        parent_id=group.change.entity_id,
        actor=OFFICER,
    )
