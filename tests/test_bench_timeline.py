"""bench --timeline prepares its database with real changes and reports the draw times
(shape only: speed is measured by the bench, never asserted in tests)."""

from __future__ import annotations

import commandpost.bench_timeline as bench
from tests.fixtures_store import demo_path  # noqa: F401
from tests.helpers import copy_db


def test_prepare_adds_real_changes_and_measure_reports(demo_path, tmp_path, monkeypatch):  # noqa: F811
    work = tmp_path / "work"
    work.mkdir()
    copy_db(demo_path, work / "national-timeline.sqlite")
    monkeypatch.setattr(bench, "TARGET_CHANGES", 400)
    monkeypatch.setattr(bench, "BATCH", 150)
    path = bench.prepare(work)
    from sqlalchemy import text

    from commandpost.core.changes import verify_chain
    from commandpost.store.changelog import load_changes
    from commandpost.store.database import open_database

    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM change_log")).scalar_one() == 400
            # The class changes feed the hourly summary the overlay reads.
            assert conn.execute(text("SELECT count(*) FROM class_hour")).scalar_one() > 1
        stations = {c.station_id for c in load_changes(db)}
        for station in stations:
            assert verify_chain(load_changes(db, station)) == []
    finally:
        db.close()
    data = bench.measure(path, 2)
    assert len(data["draw_ms"]) == 2 and all(ms > 0 for ms in data["draw_ms"])
    assert data["first_draw_ms"] > 0
    assert data["stages"] == 19 and data["class_days"] > 1 and data["incident_days"] > 1
