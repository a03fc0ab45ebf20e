"""bench --timeline gives the voting-day and personnel rows real data to read: progress
steps village by village (one undone) and staffed shifts around voting day, and reports
what it drew of them (shape only: speed is measured by the bench, never asserted)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

import commandpost.bench_timeline as bench
from commandpost.store import timeline
from commandpost.store.database import open_database
from tests.fixtures_store import demo_path  # noqa: F401
from tests.helpers import copy_db


def test_prepare_records_progress_and_shifts_and_measure_draws_them(
    demo_path,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    work = tmp_path / "work"
    work.mkdir()
    copy_db(demo_path, work / "national-timeline.sqlite")
    monkeypatch.setattr(bench, "TARGET_CHANGES", 400)
    monkeypatch.setattr(bench, "BATCH", 150)
    path = bench.prepare(work)
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == 400
            undone = conn.execute(
                text(
                    "SELECT count(*) FROM change_log WHERE entity = 'tps' "
                    "AND json_extract([values], '$.compensates') IS NOT NULL"
                )
            ).scalar_one()
        assert undone == 1
        series = timeline.voting_progress(db, bench.VOTING_DAY)
        last = series.hours[-1].reached
        # Six villages' TPS went all the way; one village's escort was undone.
        assert 0 < last["escorted"] < last["finished"] == last["opened"]
        days = [d.day for d in timeline.personnel_per_day(db)]
        # Seven days of relays: the plan in each day's first shift, night shifts spill over.
        assert days[0] == bench.VOTING_DAY - dt.timedelta(days=3)
        assert bench.VOTING_DAY + dt.timedelta(days=3) in days
    finally:
        db.close()
    # A second run finds them and adds nothing.
    bench.prepare(work)
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == 400
    finally:
        db.close()
    data = bench.measure(path, 3)
    assert data["duty_days"] >= 7 and data["progress_hours"] == 48
    assert len(data["after_step_ms"]) == 3 and min(data["after_step_ms"]) > 0
