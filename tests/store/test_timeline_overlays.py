"""The timeline's voting-day and personnel series: TPS progress hour by hour on voting day
and the day after (from the change log, undo included), and the people deployed per local
day (people on a post in a shift that runs that day, and those who reported)."""

from __future__ import annotations

import datetime as dt

import pytest

from commandpost.core.stages import zone
from commandpost.store import personnel, progress, shifts, timeline
from commandpost.store.database import open_database
from commandpost.store.threats import compensate_all
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK, kibin_people

WIB = zone("WIB")
VOTING_DAY = dt.date(2024, 11, 27)
TPS = [f"36.02.01.2002.{n:03d}" for n in (1, 2, 3)]  # the Banten fixture's three TPS


def wib(hour: int, minute: int = 0, day: int = 27) -> dt.datetime:
    return dt.datetime(2024, 11, day, hour, minute, tzinfo=WIB)


def at(series: timeline.VotingProgress, day: int, hour: int) -> dict[str, int]:
    """What the series says by the end of ``hour`` (local) of November ``day``."""
    found = [h for h in series.hours if h.day == dt.date(2024, 11, day) and h.hour == hour]
    assert len(found) == 1, (day, hour)
    return found[0].reached


# -- voting-day progress -------------------------------------------------------------------------


def test_no_progress_yet_is_an_empty_series_with_the_tps_total(banten_db):
    series = timeline.voting_progress(banten_db, VOTING_DAY)
    assert (series.hours, series.total) == ([], 3)


def test_progress_by_hour_over_voting_day_and_the_day_after(banten_db):
    progress.set_progress(banten_db, TPS, "opened", actor=ACTOR, at=wib(7, 10))
    progress.set_progress(banten_db, TPS[:1], "finished", actor=ACTOR, at=wib(15, 40))
    progress.set_progress(banten_db, TPS[:1], "escorted", actor=ACTOR, at=wib(1, 30, day=28))
    series = timeline.voting_progress(banten_db, VOTING_DAY, "WIB")
    assert series.total == 3
    assert len(series.hours) == 48  # voting day and the day after, hour by hour
    assert (series.hours[0].day, series.hours[0].hour) == (VOTING_DAY, 0)
    assert (series.hours[-1].day, series.hours[-1].hour) == (dt.date(2024, 11, 28), 23)
    assert at(series, 27, 6) == {"opened": 0, "finished": 0, "escorted": 0}
    # By 08.00 (the end of hour 7) all three had opened.
    assert at(series, 27, 7) == {"opened": 3, "finished": 0, "escorted": 0}
    assert at(series, 27, 15) == {"opened": 3, "finished": 1, "escorted": 0}
    # The ballot box reached the PPK after midnight: on the day after, not dropped.
    assert at(series, 28, 0) == {"opened": 3, "finished": 1, "escorted": 0}
    assert at(series, 28, 1) == {"opened": 3, "finished": 1, "escorted": 1}
    assert at(series, 28, 23) == {"opened": 3, "finished": 1, "escorted": 1}


def test_an_undone_step_does_not_count(banten_db):
    progress.set_progress(banten_db, TPS, "opened", actor=ACTOR, at=wib(7, 5))
    step = progress.set_progress(banten_db, TPS[1:], "finished", actor=ACTOR, at=wib(14, 5))
    assert at(timeline.voting_progress(banten_db, VOTING_DAY), 27, 14)["finished"] == 2
    compensate_all(banten_db, step, actor=ACTOR, reason="salah TPS")
    series = timeline.voting_progress(banten_db, VOTING_DAY)
    assert at(series, 27, 14) == {"opened": 3, "finished": 0, "escorted": 0}
    assert at(series, 28, 23) == {"opened": 3, "finished": 0, "escorted": 0}


def test_hours_not_begun_are_left_out(banten_db):
    progress.set_progress(banten_db, TPS, "opened", actor=ACTOR, at=wib(7, 5))
    # At 09.30 on voting day: hours 0..9 (the current one counts what is in so far).
    series = timeline.voting_progress(banten_db, VOTING_DAY, until=wib(9, 30))
    assert [(h.day, h.hour) for h in series.hours] == [(VOTING_DAY, h) for h in range(10)]
    assert series.hours[-1].reached["opened"] == 3
    # Before voting day nothing can have been reported for it.
    assert timeline.voting_progress(banten_db, VOTING_DAY, until=wib(9, day=20)).hours == []


def test_progress_hours_follow_the_posts_zone(banten_db):
    progress.set_progress(banten_db, TPS[:1], "opened", actor=ACTOR, at=wib(7, 30))
    # 07.30 WIB is 08.30 WITA: opened by the end of hour 8 on a WITA clock, not before.
    series = timeline.voting_progress(banten_db, VOTING_DAY, "WITA")
    assert at(series, 27, 7)["opened"] == 0
    assert at(series, 27, 8)["opened"] == 1
    with pytest.raises(ValueError):
        timeline.voting_progress(banten_db, VOTING_DAY, "CET")


# -- people deployed -----------------------------------------------------------------------------


@pytest.fixture
def voting(kibin_voting) -> str:
    return kibin_voting


_people = kibin_people


def _series(db) -> list[tuple[dt.date, int, int]]:
    return [(d.day, d.on_duty, d.checked_in) for d in timeline.personnel_per_day(db)]


def test_people_on_duty_per_local_day_from_the_shifts(kibin_db, voting):
    nrps = _people(kibin_db, 4)
    assert _series(kibin_db) == []  # the plan alone has no day
    assert timeline.plan_strength(kibin_db) == 4
    first, second, night = (
        e.change.entity_id
        for e in shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    )
    shifts.copy_plan(kibin_db, shifts.PLAN, first, actor=ACTOR)  # all four, 06.00-14.00
    personnel.assign(kibin_db, nrps[0], f"{KIBIN_TAMBAK}.001", shift=second, actor=ACTOR)
    # The night shift (22.00-06.00) runs on voting day and into the next.
    personnel.assign(kibin_db, nrps[1], f"{KIBIN_TAMBAK}.002", shift=night, actor=ACTOR)
    shifts.check_in(kibin_db, nrps[0], first, at=wib(5, 50), actor=ACTOR)
    shifts.check_in(kibin_db, nrps[1], night, at=wib(21, 45), actor=ACTOR)
    # Each person once a day however many shifts; the day after has the night shift only.
    assert _series(kibin_db) == [(VOTING_DAY, 4, 2), (dt.date(2024, 11, 28), 1, 1)]


def test_an_ended_assignment_and_an_undone_copy_count_nowhere(kibin_db, voting):
    nrps = _people(kibin_db, 3)
    first, *_ = (
        e.change.entity_id
        for e in shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    )
    copied = shifts.copy_plan(kibin_db, shifts.PLAN, first, actor=ACTOR)
    assert _series(kibin_db) == [(VOTING_DAY, 3, 0)]
    personnel.unassign(kibin_db, nrps[2], shift=first, actor=ACTOR)
    assert _series(kibin_db) == [(VOTING_DAY, 2, 0)]
    compensate_all(kibin_db, copied.edits, actor=ACTOR, reason="salah sif")
    assert _series(kibin_db) == []
    assert timeline.plan_strength(kibin_db) == 3
    personnel.unassign(kibin_db, nrps[0], actor=ACTOR)
    assert timeline.plan_strength(kibin_db) == 2


def test_a_deleted_shift_counts_nowhere(kibin_db, voting):
    _people(kibin_db, 2)
    first, *_ = (
        e.change.entity_id
        for e in shifts.add_day_shifts(kibin_db, VOTING_DAY, stage_id=voting, actor=ACTOR)
    )
    shifts.copy_plan(kibin_db, shifts.PLAN, first, actor=ACTOR)
    edit = shifts.delete_shift(kibin_db, first, actor=ACTOR, reason="batal")
    assert _series(kibin_db) == []
    compensate_all(kibin_db, [edit], actor=ACTOR, reason="tidak jadi")
    assert _series(kibin_db) == [(VOTING_DAY, 2, 0)]


def test_the_demo_deploys_its_plan_on_voting_day(demo_path, tmp_path):
    from tests.helpers import copy_db

    db = open_database(copy_db(demo_path, tmp_path / "demo.sqlite"))
    try:
        plan = timeline.plan_strength(db)
        [day] = timeline.personnel_per_day(db)
        # The plan copied into the first shift; a handful have not reported.
        assert (day.day, day.on_duty) == (VOTING_DAY, plan)
        assert plan > 2000 and 0 < plan - day.checked_in < plan * 0.02
        series = timeline.voting_progress(db, VOTING_DAY)
        assert (series.hours, series.total) == ([], 17_231)
        progress.set_progress(db, ["36.02"], "opened", actor=ACTOR, at=wib(7, 15))
        lebak = timeline.voting_progress(db, VOTING_DAY)
        assert at(lebak, 27, 6)["opened"] == 0
        assert at(lebak, 27, 7)["opened"] == 2062  # Lebak's TPS (domain brief)
    finally:
        db.close()
