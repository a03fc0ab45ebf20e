"""Shifts within a stage, the plan copied into a shift, check-in and check-out: every write
one undoable change, every refusal with its reason and nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from commandpost.core.stages import zone
from commandpost.store import changelog, personnel, shifts, strength
from commandpost.store.database import open_database
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.threats import compensate_all
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK, kibin_people

WIB = zone("WIB")
VOTING_DAY = dt.date(2024, 11, 27)
TPS = [f"{KIBIN_TAMBAK}.{n:03d}" for n in range(1, 8)]


def wib(hour: int, minute: int = 0, day: int = 27) -> dt.datetime:
    return dt.datetime(2024, 11, day, hour, minute, tzinfo=WIB)


def changes(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()


def refused(call) -> Refused:
    with pytest.raises(Refused) as caught:
        call()
    return caught.value


@pytest.fixture
def voting(kibin_voting) -> str:
    return kibin_voting


_people = kibin_people


# -- shifts ------------------------------------------------------------------------------------


def test_a_shift_keeps_local_times_of_the_operations_zone(kibin_db, voting):
    # A naive time is the operation's zone (WIB in Banten); an aware one is converted.
    edit = shifts.add_shift(
        kibin_db,
        name="Sif pagi",
        start=dt.datetime(2024, 11, 27, 6, 0),
        end=dt.datetime(2024, 11, 27, 7, 0, tzinfo=dt.UTC),  # 14.00 WIB
        stage_id=voting,
        actor=ACTOR,
    )
    [shift] = shifts.list_shifts(kibin_db, voting)
    assert (shift.id, shift.name, shift.stage_id) == (edit.change.entity_id, "Sif pagi", voting)
    assert (shift.start, shift.end) == (wib(6), wib(14))
    assert shift.start.tzname() == "WIB"
    with kibin_db.engine.connect() as conn:
        row = conn.execute(text('SELECT start, "end", active FROM shift')).one()
    assert tuple(row) == ("2024-11-27T06:00", "2024-11-27T14:00", 1)
    assert shifts.get_shift(kibin_db, shift.id) == shift


def test_shifts_are_kept_in_wita_where_the_operation_is(tmp_path):
    from commandpost.store.setup import create_operation_database

    path = create_operation_database(
        tmp_path / "sulsel.sqlite",
        station="Posko Polda Sulsel",
        province="73",
        operation="Pilkada Sulsel",
        actor=ACTOR,
        stage_template=None,
    )
    db = open_database(path)
    try:
        shifts.add_shift(
            db,
            name="Sif 1",
            start=dt.datetime(2024, 11, 26, 22, 0, tzinfo=dt.UTC),
            end=dt.datetime(2024, 11, 27, 14, 0),
            actor=ACTOR,
        )
        [shift] = shifts.list_shifts(db)
    finally:
        db.close()
    assert shift.start.tzname() == "WITA"
    assert f"{shift.start:%Y-%m-%d %H:%M}" == "2024-11-27 06:00"
    assert shift.start == dt.datetime(2024, 11, 26, 22, 0, tzinfo=dt.UTC)


def test_a_post_on_another_clock_writes_its_shifts_on_it(kibin_db, voting):
    """A post set to WITA (Pengaturan) inside a Banten operation: its "06.00" is 06.00 WITA,
    the clock its screens and printouts speak, not the province's WIB."""
    from commandpost.store import duty

    duty.set_post(kibin_db, zone="WITA", actor=ACTOR)
    shifts.add_shift(
        kibin_db,
        name="Sif pagi",
        start=dt.datetime(2024, 11, 27, 6, 0),
        end=dt.datetime(2024, 11, 27, 14, 0),
        stage_id=voting,
        actor=ACTOR,
    )
    [shift] = shifts.list_shifts(kibin_db, voting)
    assert shift.start.tzname() == "WITA"
    assert shift.start == dt.datetime(2024, 11, 26, 22, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("kwargs", "template", "words"),
    [
        ({"name": "  "}, RefusalMsg.SHIFT_NEEDS_NAME, "a shift needs a name"),
        (
            {"start": wib(14), "end": wib(6)},
            RefusalMsg.SHIFT_END_BEFORE_START,
            "ends (2024-11-27 06:00 WIB) at or before its start (2024-11-27 14:00 WIB)",
        ),
        ({"start": wib(6), "end": wib(6)}, RefusalMsg.SHIFT_END_BEFORE_START, "at or before"),
        (
            {"start": wib(6), "end": wib(8, day=28)},
            RefusalMsg.SHIFT_TOO_LONG,
            "26 hours; a shift lasts at most 24 hours",
        ),
        (
            {"start": wib(6, day=28), "end": wib(14, day=28)},
            RefusalMsg.SHIFT_OUTSIDE_STAGE,
            "starts on 2024-11-28, outside the stage Pemungutan suara (2024-11-27 to 2024-11-27)",
        ),
        ({"stage_id": "no-such-stage"}, RefusalMsg.UNKNOWN_STAGE, "unknown stage"),
        ({"name": "SIF  PAGI"}, RefusalMsg.SHIFT_NAME_TAKEN, "already a shift named 'SIF PAGI'"),
    ],
)
def test_impossible_shifts_are_refused_and_nothing_changes(
    kibin_db, voting, kwargs, template, words
):
    shifts.add_shift(
        kibin_db, name="Sif pagi", start=wib(6), end=wib(14), stage_id=voting, actor=ACTOR
    )
    before = (changes(kibin_db), shifts.list_shifts(kibin_db))
    wanted = {"name": "Sif lain", "start": wib(14), "end": wib(22), "stage_id": voting}
    exc = refused(lambda: shifts.add_shift(kibin_db, actor=ACTOR, **{**wanted, **kwargs}))
    assert exc.template == template
    assert words in str(exc)
    assert (changes(kibin_db), shifts.list_shifts(kibin_db)) == before


def test_the_same_name_may_be_used_in_another_stage(kibin_db, voting):
    shifts.add_shift(
        kibin_db, name="Sif pagi", start=wib(6), end=wib(14), stage_id=voting, actor=ACTOR
    )
    shifts.add_shift(
        kibin_db, name="Sif pagi", start=wib(6, day=26), end=wib(14, day=26), actor=ACTOR
    )
    assert [(s.name, s.stage_id) for s in shifts.list_shifts(kibin_db)] == [
        ("Sif pagi", None),
        ("Sif pagi", voting),
    ]
    assert [s.name for s in shifts.list_shifts(kibin_db, voting)] == ["Sif pagi"]


def test_the_days_relay_is_one_change_and_one_undo(kibin_db, voting):
    before = changes(kibin_db)
    edits = shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    assert changes(kibin_db) == before + 3
    assert len({e.change.hlc for e in edits}) == 3
    listed = shifts.list_shifts(kibin_db, voting)
    # The night shift starts on voting day and ends the next morning: it belongs to the stage.
    assert [(s.name, s.start, s.end, s.position) for s in listed] == [
        ("Sif 1 06.00–14.00", wib(6), wib(14), 0),
        ("Sif 2 14.00–22.00", wib(14), wib(22), 1),
        ("Sif 3 22.00–06.00", wib(22), wib(6, day=28), 2),
    ]
    exc = refused(lambda: shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR))
    assert exc.template == RefusalMsg.SHIFT_NAME_TAKEN
    assert shifts.list_shifts(kibin_db) == listed
    compensate_all(kibin_db, edits, actor=ACTOR, reason="salah hari")
    assert shifts.list_shifts(kibin_db) == []


def test_a_shift_is_renamed_and_retimed_and_undo_puts_it_back(kibin_db, voting):
    [first, second, _third] = shifts.add_day_shifts(
        kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR
    )
    shift_id = first.change.entity_id
    edit = shifts.set_shift(
        kibin_db, shift_id, name="Sif pagi", end=dt.datetime(2024, 11, 27, 13, 30), actor=ACTOR
    )
    changed = shifts.get_shift(kibin_db, shift_id)
    assert (changed.name, changed.start, changed.end) == ("Sif pagi", wib(6), wib(13, 30))
    assert {w.field for w in edit.writes} == {"name", "end"}
    exc = refused(lambda: shifts.set_shift(kibin_db, shift_id, name="Sif pagi", actor=ACTOR))
    assert exc.template == RefusalMsg.NOTHING_TO_CHANGE
    exc = refused(
        lambda: shifts.set_shift(kibin_db, second.change.entity_id, name="sif pagi", actor=ACTOR)
    )
    assert exc.template == RefusalMsg.SHIFT_NAME_TAKEN
    exc = refused(lambda: shifts.set_shift(kibin_db, shift_id, end=wib(5), actor=ACTOR))
    assert exc.template == RefusalMsg.SHIFT_END_BEFORE_START
    compensate_all(kibin_db, [edit], actor=ACTOR, reason="kembali")
    back = shifts.get_shift(kibin_db, shift_id)
    assert (back.name, back.end) == ("Sif 1 06.00–14.00", wib(14))


def test_shifts_are_found_by_id_name_or_the_start_of_the_name(kibin_db, voting):
    edits = shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    ids = [e.change.entity_id for e in edits]
    assert shifts.find_shift(kibin_db, "plan") == shifts.PLAN
    assert shifts.find_shift(kibin_db, "") == shifts.PLAN
    assert shifts.find_shift(kibin_db, ids[1]) == ids[1]
    assert shifts.find_shift(kibin_db, "sif 2 14.00–22.00") == ids[1]
    assert shifts.find_shift(kibin_db, "Sif 3") == ids[2]
    assert refused(lambda: shifts.find_shift(kibin_db, "Sif")).template == (
        RefusalMsg.SHIFT_FITS_SEVERAL
    )
    assert refused(lambda: shifts.find_shift(kibin_db, "Sif 9")).template == (
        RefusalMsg.UNKNOWN_SHIFT
    )
    assert shifts.next_shift(kibin_db, ids[0]).id == ids[1]
    assert shifts.next_shift(kibin_db, ids[1]).id == ids[2]
    assert shifts.next_shift(kibin_db, ids[2]) is None
    # The next morning's shift of another stage relieves the night shift.
    morning = shifts.add_shift(
        kibin_db, name="Pagi H+1", start=wib(6, day=28), end=wib(14, day=28), actor=ACTOR
    )
    assert shifts.next_shift(kibin_db, ids[2]).id == morning.change.entity_id


# -- assignments in a shift, the plan copied ---------------------------------------------------


def test_assignments_take_a_shift_id_and_refuse_an_unknown_one(kibin_db, voting):
    [nrp] = _people(kibin_db, 1)
    [first, *_] = shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    shift_id = first.change.entity_id
    personnel.assign(kibin_db, nrp, TPS[3], shift=shift_id, actor=ACTOR)
    assert shifts.shift_status(kibin_db, shift_id, wib(5)).assigned == 1
    before = changes(kibin_db)
    exc = refused(lambda: personnel.assign(kibin_db, nrp, TPS[4], shift="pagi", actor=ACTOR))
    assert (exc.template, str(exc)) == (RefusalMsg.UNKNOWN_SHIFT, "unknown shift 'pagi'")
    exc = refused(lambda: personnel.unassign(kibin_db, nrp, shift="pagi", actor=ACTOR))
    assert exc.template == RefusalMsg.UNKNOWN_SHIFT
    assert changes(kibin_db) == before
    personnel.unassign(kibin_db, nrp, shift=shift_id, actor=ACTOR)
    assert shifts.shift_status(kibin_db, shift_id, wib(5)).assigned == 0
    # The plan is untouched by the shift: the person is still on their plan post.
    assert personnel.person(kibin_db, nrp).post_name == "Tambak TPS 1"


def test_the_plan_is_copied_into_a_shift_with_the_reasons_for_who_is_left_out(kibin_db, voting):
    nrps = _people(kibin_db, 6)
    [first, second, night] = shifts.add_day_shifts(
        kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR
    )
    shift_id = first.change.entity_id
    # One is already posted in the shift; three changed state on another post's laptop
    # (the changes arrive without ending the plan assignment, as a merge would bring them).
    personnel.assign(kibin_db, nrps[0], TPS[6], shift=shift_id, actor=ACTOR)
    for nrp, values in (
        (nrps[1], {"duty": "leave"}),
        (nrps[2], {"duty": "sick"}),
        (nrps[3], {"active": False}),
    ):
        changelog.record(
            kibin_db, actor="Posko Polres", entity="person", entity_id=nrp, op="set", values=values
        )
    assigned_before = strength.area_needs(kibin_db, codes=[KIBIN_TAMBAK])[0].assigned
    before = changes(kibin_db)
    result = shifts.copy_plan(kibin_db, shifts.PLAN, shift_id, actor=ACTOR)
    assert changes(kibin_db) == before + 1
    assert result.copied == 2
    assert result.skipped == [
        (nrps[0], "already_posted"),
        (nrps[1], "on_leave"),
        (nrps[2], "sick"),
        (nrps[3], "off_roster"),
    ]
    assert shifts.shift_status(kibin_db, shift_id, wib(5)).assigned == 3
    with kibin_db.engine.connect() as conn:
        posts = conn.execute(
            text("SELECT nrp, post_id FROM assignment WHERE shift = :s AND active ORDER BY nrp"),
            {"s": shift_id},
        ).all()
    assert [tuple(p) for p in posts] == [
        (nrps[0], f"{KIBIN_TAMBAK}:7"),
        (nrps[4], f"{KIBIN_TAMBAK}:5"),
        (nrps[5], f"{KIBIN_TAMBAK}:6"),
    ]
    # A shift is not the plan: the plan's assigned figures do not move.
    assert strength.area_needs(kibin_db, codes=[KIBIN_TAMBAK])[0].assigned == assigned_before
    # Copying a shift into the next one works the same way.
    onward = shifts.copy_plan(kibin_db, shift_id, second.change.entity_id, actor=ACTOR)
    assert (onward.copied, onward.skipped) == (3, [])
    # One undo takes the whole copy back.
    compensate_all(kibin_db, result.edits, actor=ACTOR, reason="salah sif")
    assert shifts.shift_status(kibin_db, shift_id, wib(5)).assigned == 1
    assert shifts.shift_status(kibin_db, second.change.entity_id, wib(5)).assigned == 3
    # Copied twice: the second time everyone is already there, and nothing is recorded.
    third = night.change.entity_id
    assert shifts.copy_plan(kibin_db, shifts.PLAN, third, actor=ACTOR).copied == 3
    before = changes(kibin_db)
    again = shifts.copy_plan(kibin_db, shifts.PLAN, third, actor=ACTOR)
    assert (again.copied, again.edits, changes(kibin_db)) == (0, [], before)
    assert {why for _nrp, why in again.skipped} == {
        "already_posted",
        "on_leave",
        "sick",
        "off_roster",
    }


def test_a_plan_is_not_copied_into_itself_or_an_unknown_shift(kibin_db):
    _people(kibin_db, 1)
    before = changes(kibin_db)
    exc = refused(lambda: shifts.copy_plan(kibin_db, shifts.PLAN, shifts.PLAN, actor=ACTOR))
    assert str(exc) == "Rencana operasi cannot be copied into itself"
    exc = refused(lambda: shifts.copy_plan(kibin_db, shifts.PLAN, "sif-x", actor=ACTOR))
    assert exc.template == RefusalMsg.UNKNOWN_SHIFT
    assert changes(kibin_db) == before


def test_deleting_a_shift_ends_its_assignments_and_undo_brings_both_back(kibin_db, voting):
    _people(kibin_db, 3)
    [first, *_] = shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    shift_id = first.change.entity_id
    shifts.copy_plan(kibin_db, shifts.PLAN, shift_id, actor=ACTOR)
    before = changes(kibin_db)
    edit = shifts.delete_shift(kibin_db, shift_id, actor=ACTOR)
    assert changes(kibin_db) == before + 2  # the shift and its assignments, one transaction
    assert [e.entity for e in (edit, *edit.more)] == ["shift", "assignment"]
    assert [s.name for s in shifts.list_shifts(kibin_db)] == [
        "Sif 2 14.00–22.00",
        "Sif 3 22.00–06.00",
    ]
    with kibin_db.engine.connect() as conn:
        left = conn.execute(
            text("SELECT count(*) FROM assignment WHERE shift = :s AND active"), {"s": shift_id}
        ).scalar_one()
    assert left == 0
    assert refused(lambda: shifts.get_shift(kibin_db, shift_id)).template == (
        RefusalMsg.UNKNOWN_SHIFT
    )
    compensate_all(kibin_db, [edit], actor=ACTOR, reason="terhapus tidak sengaja")
    assert shifts.get_shift(kibin_db, shift_id).name == "Sif 1 06.00–14.00"
    assert shifts.shift_status(kibin_db, shift_id, wib(5)).assigned == 3


# -- check-in and check-out --------------------------------------------------------------------


@pytest.fixture
def first_shift(kibin_db, voting) -> tuple[str, list[str]]:
    """Three people of the plan copied into the first relay shift: (shift id, their NRPs)."""
    nrps = _people(kibin_db, 3)
    [first, *_] = shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    shift_id = first.change.entity_id
    shifts.copy_plan(kibin_db, shifts.PLAN, shift_id, actor=ACTOR)
    return shift_id, nrps


def test_check_in_clears_the_late_flag_and_undo_brings_it_back(kibin_db, first_shift):
    shift_id, nrps = first_shift
    status = shifts.shift_status(kibin_db, shift_id, wib(6, 29))
    assert (status.assigned, status.checked_in, status.checked_out, status.late) == (3, 0, 0, [])
    assert shifts.shift_status(kibin_db, shift_id, wib(6, 30)).late == nrps
    shifts.check_in(kibin_db, nrps[0], shift_id, at=wib(5, 50), actor=ACTOR)
    late = shifts.check_in(kibin_db, nrps[1], shift_id, at=wib(6, 45), actor=ACTOR)
    with kibin_db.engine.connect() as conn:
        stamp = conn.execute(
            text("SELECT checked_in FROM assignment WHERE nrp = :n AND shift = :s"),
            {"n": nrps[0], "s": shift_id},
        ).scalar_one()
    assert stamp == "2024-11-26T22:50:00Z"  # UTC
    status = shifts.shift_status(kibin_db, shift_id, wib(7))
    assert (status.checked_in, status.late) == (2, [nrps[2]])
    # As it stood at 06.40, the second had not reported yet.
    assert shifts.shift_status(kibin_db, shift_id, wib(6, 40)).late == nrps[1:]
    compensate_all(kibin_db, [late], actor=ACTOR, reason="salah orang")
    assert shifts.shift_status(kibin_db, shift_id, wib(7)).late == nrps[1:]


def test_check_out_and_a_second_check_in_starts_again(kibin_db, first_shift):
    shift_id, nrps = first_shift
    shifts.check_in(kibin_db, nrps[0], shift_id, at=wib(5, 55), actor=ACTOR)
    out = shifts.check_out(kibin_db, nrps[0], shift_id, at=wib(10, 5), actor=ACTOR)
    assert [(w.field, w.new) for w in out.writes] == [("checked_out", "2024-11-27T03:05:00Z")]
    status = shifts.shift_status(kibin_db, shift_id, wib(10, 30))
    assert (status.checked_in, status.checked_out) == (0, 1)
    again = shifts.check_in(kibin_db, nrps[0], shift_id, at=wib(11, 0), actor=ACTOR)
    assert {w.field: w.new for w in again.writes} == {
        "checked_in": "2024-11-27T04:00:00Z",
        "checked_out": None,
    }
    status = shifts.shift_status(kibin_db, shift_id, wib(12))
    assert (status.checked_in, status.checked_out) == (1, 0)
    compensate_all(kibin_db, [again], actor=ACTOR, reason="salah")
    status = shifts.shift_status(kibin_db, shift_id, wib(12))
    assert (status.checked_in, status.checked_out) == (0, 1)


def test_a_check_in_far_from_the_shift_is_refused(kibin_db, first_shift):
    shift_id, nrps = first_shift
    for day, hour in ((20, 7), (27, 1), (27, 15)):  # a week early, 5 h early, after its end
        moment = dt.datetime(2024, 11, day, hour, 0, tzinfo=shifts.operation_zone(kibin_db))
        with pytest.raises(Refused) as refused:
            shifts.check_in(kibin_db, nrps[0], shift_id, at=moment, actor=ACTOR)
        assert refused.value.template == RefusalMsg.CHECK_IN_OUTSIDE_SHIFT
    shifts.check_in(kibin_db, nrps[0], shift_id, at=wib(2, 0), actor=ACTOR)  # 4 h early


def test_the_same_relay_twice_is_refused(kibin_db, first_shift):
    before = shifts.list_shifts(kibin_db)
    with pytest.raises(Refused) as refused:
        shifts.add_day_shifts(kibin_db, dt.date(2024, 11, 27), stage_id=None, actor=ACTOR)
    assert refused.value.template == RefusalMsg.SHIFT_SAME_TIMES
    assert shifts.list_shifts(kibin_db) == before


def test_check_in_and_out_refusals_change_nothing(kibin_db, first_shift):
    shift_id, nrps = first_shift
    personnel.add_person(
        kibin_db, nrp="02019999", name="Tanpa Pos", rank="Bripda", unit="Polsek Kibin", actor=ACTOR
    )
    shifts.check_in(kibin_db, nrps[0], shift_id, at=wib(6), actor=ACTOR)
    before = changes(kibin_db)
    cases = [
        (
            lambda: shifts.check_in(kibin_db, "02019999", shift_id, at=wib(6), actor=ACTOR),
            RefusalMsg.NOT_POSTED_IN_SHIFT,
            "Tanpa Pos has no post in Sif 1 06.00–14.00; assign them first",
        ),
        (
            lambda: shifts.check_out(kibin_db, nrps[1], shift_id, at=wib(9), actor=ACTOR),
            RefusalMsg.NOT_CHECKED_IN,
            "Anggota 1 has not checked in to Sif 1 06.00–14.00",
        ),
        (
            lambda: shifts.check_out(kibin_db, nrps[0], shift_id, at=wib(5, 30), actor=ACTOR),
            RefusalMsg.CHECK_OUT_BEFORE_CHECK_IN,
            "checked in to Sif 1 06.00–14.00 at 2024-11-27 06:00 WIB; a check-out at "
            "2024-11-27 05:30 WIB would be earlier",
        ),
        (
            lambda: shifts.check_in(kibin_db, nrps[0], shift_id, at=wib(6, 5), actor=ACTOR),
            RefusalMsg.ALREADY_CHECKED_IN,
            "Anggota 0 already checked in to Sif 1 06.00–14.00 at 2024-11-27 06:00 WIB",
        ),
        (
            lambda: shifts.check_in(
                kibin_db,
                nrps[1],
                shift_id,
                at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=2),
                actor=ACTOR,
            ),
            RefusalMsg.TIME_IN_FUTURE,
            "is in the future",
        ),
        (
            lambda: shifts.check_in(kibin_db, "99999999", shift_id, actor=ACTOR),
            RefusalMsg.NRP_NOT_ON_ROSTER,
            "NRP 99999999 is not on the roster",
        ),
        (
            lambda: shifts.check_in(kibin_db, nrps[1], "sif-x", actor=ACTOR),
            RefusalMsg.UNKNOWN_SHIFT,
            "unknown shift 'sif-x'",
        ),
    ]
    for call, template, words in cases:
        exc = refused(call)
        assert exc.template == template
        assert words in str(exc)
    assert changes(kibin_db) == before
    shifts.check_out(kibin_db, nrps[0], shift_id, at=wib(14), actor=ACTOR)
    exc = refused(lambda: shifts.check_out(kibin_db, nrps[0], shift_id, at=wib(15), actor=ACTOR))
    assert exc.template == RefusalMsg.ALREADY_CHECKED_OUT


def test_check_in_to_the_plan_and_no_one_is_late_there(kibin_db):
    nrps = _people(kibin_db, 2)
    edit = shifts.check_in(kibin_db, nrps[0], shifts.PLAN, actor=ACTOR)
    [write] = edit.writes
    moment = dt.datetime.strptime(write.new, shifts.UTC_FORMAT).replace(tzinfo=dt.UTC)
    assert abs(dt.datetime.now(dt.UTC) - moment) < dt.timedelta(minutes=1)
    status = shifts.shift_status(kibin_db, shifts.PLAN, dt.datetime.now(dt.UTC))
    assert (status.assigned, status.checked_in, status.late) == (2, 1, [])


def test_a_shift_moves_to_another_stage_and_back(kibin_db, voting):
    [first, *_] = shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    shift_id = first.change.entity_id
    moved = shifts.set_shift(kibin_db, shift_id, stage_id=None, actor=ACTOR)
    assert shifts.get_shift(kibin_db, shift_id).stage_id is None
    assert [(w.field, w.new) for w in moved.writes] == [("stage_id", None)]
    compensate_all(kibin_db, [moved], actor=ACTOR, reason="salah")
    assert shifts.get_shift(kibin_db, shift_id).stage_id == voting
    with pytest.raises(Refused):  # the same stage again: nothing to change
        shifts.set_shift(kibin_db, shift_id, stage_id=voting, actor=ACTOR)
