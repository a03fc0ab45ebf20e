"""The series behind the timeline: class counts per day from the change log's hourly
summary (which must always equal a recount from the log itself), incidents per local day."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from commandpost.paths import PROJECT_ROOT
from commandpost.store import incidents, threats, timeline
from commandpost.store.database import open_database
from tests.helpers import add_tps, copy_db

CODES = [f"36.02.01.2002.{n:03d}" for n in range(1, 7)]


def _backfill_sql() -> str:
    path = PROJECT_ROOT / "db" / "versions" / "20261129_0005_stages_risks_progress.py"
    spec = importlib.util.spec_from_file_location("m0005", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._BACKFILL_CLASS_HOUR


def _summary(conn) -> dict[str, tuple[int, int, int]]:
    rows = conn.execute(text("SELECT hour, rawan, sangat_rawan, khusus FROM class_hour")).all()
    return {h: (r, s, k) for h, r, s, k in rows if (r, s, k) != (0, 0, 0)}


def _recount(db) -> dict[str, tuple[int, int, int]]:
    """The summary as the migration computes it from the log alone."""
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE IF NOT EXISTS keep AS SELECT * FROM class_hour"))
        conn.execute(text("DELETE FROM keep"))
        conn.execute(text("INSERT INTO keep SELECT * FROM class_hour"))
        conn.execute(text("DELETE FROM class_hour"))
        conn.execute(text(_backfill_sql()))
        fresh = _summary(conn)
        conn.execute(text("DELETE FROM class_hour"))
        conn.execute(text("INSERT INTO class_hour SELECT * FROM keep"))
    return fresh


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(seed=st.integers(0, 10_000))
def test_the_hourly_summary_equals_a_recount_from_the_log(banten_template, tmp_path, seed):
    path = copy_db(banten_template, tmp_path / f"t{seed}.sqlite")
    db = open_database(path)
    try:
        add_tps(db, [(c[:13], int(c[-3:]), "", 200) for c in CODES if int(c[-3:]) > 3])
        rng = random.Random(seed)
        done = []
        for _ in range(12):
            if done and rng.random() < 0.25:
                threats.compensate_all(db, [done.pop()], actor="uji", reason="urungkan")
                continue
            day = dt.datetime(2024, 11, 1, tzinfo=dt.UTC) + dt.timedelta(hours=rng.randint(0, 600))
            done.append(
                threats.set_tps_class(
                    db,
                    rng.sample(CODES, rng.randint(1, 3)),
                    rng.choice(["rawan", "sangat_rawan", "khusus", "kurang_rawan"]),
                    actor="uji",
                    reason="uji",
                    observed_at=day.isoformat(),
                )
            )
        with db.engine.connect() as conn:
            kept = _summary(conn)
            now = dict(
                conn.execute(text("SELECT tps_class, count(*) FROM tps GROUP BY tps_class")).all()
            )
        assert kept == _recount(db)
        series = timeline.class_counts_by_day(db)
        if series:
            # After every change, the last day's counts are the TPS's classes now, except
            # that undo counts from the moment it was made: sum over all hours.
            assert sum(v[0] for v in kept.values()) == now.get("rawan", 0)
            assert sum(v[1] for v in kept.values()) == now.get("sangat_rawan", 0)
    finally:
        db.close()


def test_counts_by_day_follow_the_posts_zone(banten_db):
    threats.set_tps_class(
        banten_db,
        ["36.02.01.2002.001"],
        "rawan",
        actor="uji",
        reason="uji",
        observed_at="2024-11-26T16:30+00:00",  # 23.30 WIB, 00.30 WITA the next day
    )
    assert [(c.day, c.rawan) for c in timeline.class_counts_by_day(banten_db, "WIB")] == [
        (dt.date(2024, 11, 26), 1)
    ]
    assert [(c.day, c.rawan) for c in timeline.class_counts_by_day(banten_db, "WITA")] == [
        (dt.date(2024, 11, 27), 1)
    ]


def test_incidents_per_day_by_local_day_and_area(banten_db):
    kind = threats.taxonomy().incident_types[0].key
    for when in ("2024-11-27T06:30+07:00", "2024-11-27T23:30+07:00", "2024-11-28T08:00+07:00"):
        incidents.add_incident(
            banten_db,
            node_code="36.02.01.2002.001",
            type=kind,
            description="uji",
            actor="uji",
            occurred_at=when,
        )
    per_day = timeline.incidents_per_day(banten_db, "WIB")
    assert [(d.day, d.count) for d in per_day] == [
        (dt.date(2024, 11, 27), 2),
        (dt.date(2024, 11, 28), 1),
    ]
    # In WIT (UTC+9) 23.30 WIB is already 28 November.
    assert [(d.day, d.count) for d in timeline.incidents_per_day(banten_db, "WIT")] == [
        (dt.date(2024, 11, 27), 1),
        (dt.date(2024, 11, 28), 2),
    ]
    assert timeline.incidents_per_day(banten_db, under="36.01") == []
    assert sum(d.count for d in timeline.incidents_per_day(banten_db, under="36.02")) == 3
