"""Voting-day progress: steps as changes, roll-ups that match a recount, the day's curve."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from commandpost.core.progress import PROGRESS_COLUMN, PROGRESS_STATES
from commandpost.core.zones import zone_of_province
from commandpost.store import changelog, incidents, progress, queries, threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from commandpost.store.progress import BackStep
from commandpost.store.refusals import RefusalMsg, Refused
from tests.helpers import add_tps, copy_db, dump, load_province

DAY = dt.date(2024, 11, 27)
# Two kecamatan of Kab Lebak and one of Kab Pandeglang; 12 TPS in five villages.
VILLAGES = {
    "36.02.01.2002": 3,
    "36.02.01.2003": 2,
    "36.02.02.2014": 2,
    "36.02.02.2017": 2,
    "36.01.01.2001": 3,
}
TPS = [f"{v}.{n:03d}" for v, count in VILLAGES.items() for n in range(1, count + 1)]
T1, T2, T3 = TPS[:3]  # Cilangkahan, Kecamatan Malingping
VILLAGE_1 = "36.02.01.2002"


def wib(hour: int, minute: int = 0) -> str:
    return f"2024-11-27T{hour:02d}:{minute:02d}+07:00"


@pytest.fixture(scope="module")
def progress_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("progress") / "progress.sqlite"
    db = open_database(path, "Posko Uji", create=True)
    load_province(db)
    add_tps(
        db,
        [
            (v, n, f"Jl. Uji {n}", 200 + n)
            for v, count in VILLAGES.items()
            for n in range(1, 1 + count)
        ],
    )
    db.close()
    return path


@pytest.fixture
def db(progress_template, tmp_path):
    database = open_database(copy_db(progress_template, tmp_path / "p.sqlite"))
    yield database
    database.close()


def recount_mismatches(db) -> list[str]:
    """Every node's p_* columns against a GROUP BY over the TPS table (a TPS counts itself)."""
    columns = [*PROGRESS_COLUMN.values(), "p_problem"]
    states = list(PROGRESS_COLUMN)
    cases = ", ".join(f"coalesce(sum(t.progress = '{s}'), 0)" for s in states)
    with db.engine.connect() as conn:
        stored = {
            r[0]: tuple(r[1:])
            for r in conn.exec_driver_sql(f"SELECT code, {', '.join(columns)} FROM node")
        }
        counted = {
            r[0]: tuple(r[1:])
            for r in conn.exec_driver_sql(
                f"SELECT n.code, {cases}, coalesce(sum(t.problem), 0) FROM node n "
                "LEFT JOIN tps t ON t.code >= n.code AND t.code < n.code || '/' GROUP BY n.code"
            )
        }
    zero = (0,) * len(columns)
    return [
        f"{code}: stored {stored[code]}, recount {counted.get(code, zero)}"
        for code in sorted(stored)
        if stored[code] != counted.get(code, zero)
    ]


def state_of(db, code: str) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT progress FROM tps WHERE code = ?", (code,)).scalar()


# --- the property the issue asks for ---------------------------------------------------------

STEP = st.one_of(
    st.tuples(
        st.just("progress"),
        st.lists(
            st.sampled_from([*TPS, "36.02.01.2002", "36.02.02", "36.01", "36"]),
            min_size=1,
            max_size=3,
        ),
        st.sampled_from(PROGRESS_STATES),
        # With a reason (a correction may move back), and the hour of the report.
        st.tuples(st.booleans(), st.integers(6, 14)),
    ),
    st.tuples(
        st.just("problem"),
        st.lists(st.sampled_from([*TPS, "36.02.02.2014"]), min_size=1, max_size=2),
        st.booleans(),
        st.just(False),
    ),
    st.tuples(st.just("undo"), st.integers(0, 10), st.just(None), st.just(False)),
)


@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=10))
def test_random_steps_and_undos_keep_every_roll_up_equal_to_a_recount(
    progress_template, tmp_path_factory, steps
):
    path = copy_db(progress_template, tmp_path_factory.mktemp("hyp") / "p.sqlite")
    db = open_database(path)
    try:
        done: list[list[threats.Edit]] = []
        for kind, target, value, flag in steps:
            try:
                if kind == "progress":
                    correction, hour = flag
                    done.append(
                        progress.set_progress(
                            db,
                            target,
                            value,
                            actor="uji",
                            at=wib(hour),
                            reason="koreksi" if correction else "",
                        )
                    )
                elif kind == "problem":
                    done.append(progress.set_problem(db, target, actor="uji", on=value))
                elif done:
                    edits = done.pop(min(target, len(done) - 1))
                    done.append(threats.compensate_all(db, edits, actor="uji", reason="batal"))
            except ChangeError:
                pass  # refused (back without reason, nothing to change): nothing changed
            assert recount_mismatches(db) == []
        # What the tree reads agrees with what the store counts.
        for code in ("36", "36.02", "36.02.01", "36.02.01.2002", T1):
            counts = progress.progress_counts(db, code)
            info = queries.node(db, code)
            assert sum(counts[s] for s in PROGRESS_STATES) == info.tps_count == counts["total"]
        # The day's curve, read from the change log, ends where the stored counts are.
        for code in ("36", "36.02", "36.02.01.2002"):
            assert curve(db, code)[23] == progress.summary(db, code).reached, code
    finally:
        db.close()


# --- steps ---------------------------------------------------------------------------------


def test_a_step_is_one_change_and_moves_every_ancestor(db):
    before = len(changelog.load_changes(db))
    [edit] = progress.set_progress(
        db, ["36.02.01.2002"], "opened", actor="Bripka Andi", at=wib(7, 5)
    )
    assert len(changelog.load_changes(db)) == before + 1
    assert edit.label == "opened: 3 TPS"
    assert {w.entity_id for w in edit.writes} == {T1, T2, T3}
    counts = progress.progress_counts(db, "36.02")
    assert counts["opened"] == 3 and counts["none"] == 6 and counts["total"] == 9
    assert progress.progress_counts(db, T1)["opened"] == 1
    assert queries.node(db, "36").p_opened == 3
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            "SELECT progress_at FROM tps WHERE code = ?", (T1,)
        ).scalar() == ("2024-11-27T00:05+00:00")
    assert recount_mismatches(db) == []


def test_moving_back_needs_a_reason_and_is_then_a_correction(db, tmp_path):
    progress.set_progress(db, [T1, T2], "finished", actor="a", at=wib(13, 30))
    before = dump(db.path)
    # A step that takes no TPS forward (T3 of the village would go forward: see
    # test_a_village_step_leaves_the_tps_already_further_along).
    with pytest.raises(BackStep, match=r"2 TPS would move back .*finished → opened.*reason") as err:
        progress.set_progress(db, [T1, T2], "opened", actor="a", at=wib(13, 40))
    assert err.value.count == 2
    assert dump(db.path) == before  # nothing changed
    [edit] = progress.set_progress(
        db, [T1], "opened", actor="a", at=wib(13, 40), reason="salah lapor, baru dibuka"
    )
    assert edit.change.reason == "salah lapor, baru dibuka"
    assert state_of(db, T1) == "opened"
    assert recount_mismatches(db) == []


def test_already_there_keeps_its_first_time_unless_corrected(db):
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 0))
    [edit] = progress.set_progress(db, ["36.02.01.2002"], "opened", actor="a", at=wib(7, 20))
    assert {w.entity_id for w in edit.writes} == {T2, T3}  # T1 keeps 07.00
    with pytest.raises(ChangeError, match="nothing to change"):
        progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 30))
    [fix] = progress.set_progress(db, [T1], "opened", actor="a", at=wib(6, 55), reason="jam salah")
    assert [(w.field, w.new) for w in fix.writes] == [
        ("progress", "opened"),
        ("progress_at", "2024-11-26T23:55+00:00"),
    ]


def test_bad_input_is_refused_and_changes_nothing(db):
    before = dump(db.path)
    with pytest.raises(ChangeError, match="unknown TPS progress state 'dibuka'"):
        progress.set_progress(db, [T1], "dibuka", actor="a")
    with pytest.raises(ChangeError, match=r"unknown node 36\.99"):
        progress.set_progress(db, [T1, "36.99"], "opened", actor="a")
    with pytest.raises(ChangeError, match="holds no TPS"):
        progress.set_progress(db, ["36.03"], "opened", actor="a")
    with pytest.raises(ChangeError, match="in the future"):
        progress.set_progress(db, [T1], "opened", actor="a", at="2999-01-01T07:00+07:00")
    with pytest.raises(ChangeError, match="not a date and time"):
        progress.set_progress(db, [T1], "opened", actor="a", at="pukul tujuh")
    with pytest.raises(ChangeError, match="unknown incident"):
        progress.set_problem(db, [T1], incident_id="no-such-id", actor="a")
    assert dump(db.path) == before


def test_undo_takes_the_step_back_everywhere(db):
    progress.set_progress(db, [T1, T2], "opened", actor="a", at=wib(7))
    edits = progress.set_progress(db, ["36.02.01.2002"], "voting", actor="a", at=wib(8))
    assert progress.progress_counts(db, "36.02.01")["voting"] == 3
    threats.compensate_all(db, edits, actor="a", reason="batal")
    counts = progress.progress_counts(db, "36.02.01")
    assert (counts["opened"], counts["voting"], counts["none"]) == (2, 0, 3)
    assert state_of(db, T3) == "none"
    assert recount_mismatches(db) == []


def test_problem_flag_links_an_incident_and_rolls_up(db):
    incident = incidents.add_incident(
        db,
        node_code=T2,
        type=threats.taxonomy().incident_types[0].key,
        description="Kotak suara rusak",
        actor="a",
        occurred_at=wib(9),
    )
    [edit] = progress.set_problem(db, [T2], incident_id=incident, actor="a")
    assert progress.progress_counts(db, "36.02")["problem"] == 1
    assert queries.node(db, "36").p_problem == 1
    with db.engine.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT problem, problem_incident FROM tps WHERE code = ?", (T2,)
        ).one()
    assert (bool(row[0]), row[1]) == (True, incident)
    rows = progress.list_progress(db, "36.02.01.2002")
    assert [r.problem for r in rows] == [False, True, False]
    progress.set_problem(db, ["36.02.01.2002"], actor="a", on=False)
    assert queries.node(db, "36").p_problem == 0
    with pytest.raises(ChangeError, match="nothing to change"):
        progress.set_problem(db, [T2], actor="a", on=False)
    with pytest.raises(ChangeError, match="nothing to undo"):  # cleared since: stays so
        threats.compensate_all(db, [edit], actor="a", reason="batal")
    assert queries.node(db, "36").p_problem == 0
    assert recount_mismatches(db) == []


# --- lists ---------------------------------------------------------------------------------


def test_list_filters_by_state_and_by_what_was_not_reached_at_a_time(db):
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 0))
    progress.set_progress(db, [T2], "opened", actor="a", at=wib(7, 45))
    progress.set_progress(db, [T1], "finished", actor="a", at=wib(13, 10))
    rows = progress.list_progress(db, "36.02.01.2002")
    assert rows[0] == (T1, "Cilangkahan", 1, "finished", "2024-11-27T06:10+00:00", False)
    assert [r.state for r in rows] == ["finished", "opened", "none"]
    assert [r.code for r in progress.list_progress(db, "36.02", states=["opened"])] == [T2]
    # Not opened (yet): now, and at 07.30 WIB (T2 opened at 07.45: late, shown as it is now).
    assert [r.code for r in progress.list_progress(db, "36.02.01.2002", not_reached="opened")] == [
        T3
    ]
    late = progress.list_progress(db, "36.02.01.2002", not_reached="opened", at=wib(7, 30))
    assert [(r.code, r.state) for r in late] == [(T2, "opened"), (T3, "none")]
    unfinished = progress.list_progress(db, "36.02.01", not_reached="finished")
    assert [r.code for r in unfinished] == [T2, T3, *TPS[3:5]]
    assert len(progress.list_progress(db, None, not_reached="opened", limit=4)) == 4
    with pytest.raises(ChangeError, match="unknown node"):
        progress.list_progress(db, "36.99")
    with pytest.raises(ChangeError, match="unknown TPS progress state"):
        progress.list_progress(db, "36", states=["buka"])


# --- the day's curve -----------------------------------------------------------------------


def curve(db, under=None, zone="WIB") -> dict[int, dict[str, int]]:
    return dict(progress.progress_by_hour(db, DAY, zone, under))


def test_by_hour_counts_at_least_each_state_by_the_end_of_each_local_hour(db):
    progress.set_progress(db, ["36.02.01.2002"], "arrived", actor="a", at="2024-11-26T21:00+07:00")
    progress.set_progress(db, [T1, T2], "opened", actor="a", at=wib(7, 5))
    progress.set_progress(db, [T3], "opened", actor="a", at=wib(8, 59))
    progress.set_progress(db, ["36.01.01"], "opened", actor="a", at=wib(9, 0))
    progress.set_progress(db, [T1], "finished", actor="a", at=wib(13, 40))
    progress.set_progress(db, [T1], "escorted", actor="a", at=wib(16, 0))
    progress.set_progress(db, [T2], "finished", actor="a", at="2024-11-28T01:00+07:00")  # H+1
    by_hour = curve(db)
    assert sorted(by_hour) == list(range(24))
    assert by_hour[0] == {
        "arrived": 3,
        "opened": 0,
        "voting": 0,
        "counting": 0,
        "finished": 0,
        "escorted": 0,
    }
    assert by_hour[6]["opened"] == 0
    assert by_hour[7]["opened"] == 2
    assert by_hour[8]["opened"] == 3
    assert by_hour[9]["opened"] == 6
    assert by_hour[9]["arrived"] == 6
    assert (by_hour[12]["finished"], by_hour[13]["finished"]) == (0, 1)
    assert (by_hour[15]["escorted"], by_hour[16]["escorted"]) == (0, 1)
    assert by_hour[23]["finished"] == 1  # T2 finished the day after
    # One region only, and another zone (WITA: an hour later on the clock).
    assert curve(db, "36.01")[9]["opened"] == 3
    assert curve(db, "36.02.01.2002")[9]["opened"] == 3
    wita = curve(db, zone="WITA")
    assert (wita[8]["opened"], wita[9]["opened"], wita[10]["opened"]) == (2, 3, 6)


def test_by_hour_after_undo_redo_and_a_correction(db):
    progress.set_progress(db, [T1, T2], "opened", actor="a", at=wib(7, 0))
    voting = progress.set_progress(db, [T1, T2], "voting", actor="a", at=wib(8, 0))
    progress.set_progress(db, [T2], "counting", actor="a", at=wib(13, 0))
    assert curve(db)[10]["voting"] == 2
    # Undo the voting step: T1 goes back to opened; T2 has moved on since and keeps counting,
    # and its voting report of 08.00 still stands.
    undo = threats.compensate_all(db, voting, actor="a", reason="batal")
    assert (state_of(db, T1), state_of(db, T2)) == ("opened", "counting")
    by_hour = curve(db)
    assert (by_hour[10]["opened"], by_hour[10]["voting"], by_hour[13]["counting"]) == (2, 1, 1)
    assert by_hour[23]["voting"] == 1
    # Redo: both counted as voting from 08.00 again.
    threats.compensate_all(db, undo, actor="a", reason="ulang")
    assert curve(db)[10]["voting"] == 2
    # A correction back to opened at 09.00 (the voting report was wrong from then on).
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(9, 0), reason="salah lapor")
    by_hour = curve(db)
    assert (by_hour[8]["voting"], by_hour[9]["voting"]) == (2, 1)
    # A report that TPS 1 never opened at all: nothing of it counts any more.
    progress.set_progress(db, [T1], "none", actor="a", reason="TPS dipindah")
    by_hour = curve(db)
    assert (by_hour[7]["opened"], by_hour[23]["opened"]) == (1, 1)
    # In the end the curve agrees with the stored counts.
    counts = progress.progress_counts(db, "36")
    assert by_hour[23] == {s: progress.summary(db, "36").reached[s] for s in progress.STEPS}
    assert counts["counting"] == 1


def test_an_earlier_step_recorded_late_undone_restores_the_curve(db):
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7, 10))
    # A correction back to an earlier step and time (a step forward before 07.10 is refused).
    late = progress.set_progress(db, [T1], "arrived", actor="a", at=wib(7, 5), reason="salah")
    assert (curve(db)[7]["arrived"], curve(db)[7]["opened"]) == (1, 0)
    threats.compensate_all(db, late, actor="a", reason="batal")
    by_hour = curve(db)
    assert (by_hour[7]["opened"], by_hour[6]["arrived"], by_hour[23]["opened"]) == (1, 0, 1)


def test_zone_follows_the_operation_province():
    assert zone_of_province("36") == "WIB"
    assert zone_of_province("51.71") == "WITA"
    assert zone_of_province("91") == "WIT"
    assert zone_of_province(None) == "WIB"


def test_bench_runs_on_a_copy_and_reports_medians(db, tmp_path):
    from commandpost import bench_progress

    db.close()
    before = dump(db.path)
    result = bench_progress.run(db.path, one_repeat=3, many_repeat=2)
    assert dump(db.path) == before  # the given database is left alone
    assert result["tps"] == len(TPS)
    assert result["one_tps_step_ms"]["n"] == 3
    assert result["many_tps_step_ms"]["n"] == 2
    assert result["many_tps_count"] == len(TPS)
    assert result["one_tps_step_ms"]["median"] > 0


def test_the_curve_is_one_sql_statement_over_the_kept_intervals(db):
    """The curve comes from SQL aggregation: one statement, whatever the number of changes,
    over the intervals the change log keeps (store.progress_log), never the log's JSON."""
    for hour in range(6, 12):
        progress.set_progress(
            db, TPS[hour - 6 : hour - 4], PROGRESS_STATES[hour - 5], actor="a", at=wib(hour)
        )
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        progress.progress_by_hour(db, DAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    queries = [s for s in statements if s != "BEGIN"]
    assert len(queries) == 1
    assert "progress_interval" in queries[0] and "change_log" not in queries[0]


def test_the_kept_intervals_are_what_the_whole_log_gives(db):
    """progress_step, progress_undo and progress_interval, kept change by change (steps,
    late reports for earlier times, an undo and its redo), equal what the migration reads
    from the whole log at once."""
    import importlib.util

    from commandpost.paths import MIGRATIONS
    from commandpost.store.threats import compensate_all

    progress.set_progress(db, TPS[:3], "opened", actor="a", at=wib(7))
    progress.set_progress(db, TPS[:2], "counting", actor="a", at=wib(13))
    progress.set_progress(db, TPS[:1], "voting", actor="a", at=wib(8), reason="koreksi")
    undo = progress.set_progress(db, TPS[2:3], "voting", actor="a", at=wib(9))
    redo = compensate_all(db, undo, actor="a", reason="salah TPS")
    compensate_all(db, redo, actor="a", reason="ternyata benar")
    tables = ("progress_step", "progress_undo", "progress_interval")
    columns = {
        "progress_step": "change_id, tps, hlc, station_id, state, at",
        "progress_undo": "change_id, tps",
        "progress_interval": "tps, state, t, t_next, t_s, t_next_s",
    }

    def contents(conn) -> dict[str, list]:
        return {
            t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT {columns[t]} FROM {t}").all()))
            for t in tables
        }

    spec = importlib.util.spec_from_file_location(
        "rev13", MIGRATIONS / "versions" / "20261130_0013_progress_steps.py"
    )
    rev13 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(rev13)
    with db.writing() as conn:
        kept = contents(conn)
        assert kept["progress_interval"] and kept["progress_undo"]
        for table in tables:
            conn.exec_driver_sql(f"DELETE FROM {table}")
        for statement in (rev13._STEPS, rev13._UNDOS, rev13._INTERVALS):
            conn.exec_driver_sql(statement)
        assert contents(conn) == kept
        conn.rollback()


def test_undo_of_a_step_whose_time_was_corrected_since(db):
    """The undo writes back only the step (the time was corrected since): the curve carries
    the corrected time and ends where the stored state is."""
    progress.set_progress(db, [T1], "opened", actor="a", at=wib(7))
    voting = progress.set_progress(db, [T1], "voting", actor="a", at=wib(8))
    progress.set_progress(db, [T1], "voting", actor="a", at=wib(10), reason="jam salah")
    [undo] = threats.compensate_all(db, voting, actor="a", reason="batal")
    assert {w.field for w in undo.writes} == {"progress"}
    assert state_of(db, T1) == "opened"
    by_hour = curve(db)
    assert (by_hour[6]["opened"], by_hour[7]["opened"]) == (0, 1)
    assert (by_hour[9]["voting"], by_hour[23]["voting"]) == (0, 0)
    assert by_hour[23]["opened"] == 1


def test_flagging_again_keeps_the_incident_and_clearing_drops_it(db):
    incident = incidents.add_incident(
        db,
        node_code=T1,
        type=threats.taxonomy().incident_types[0].key,
        description="Saksi ribut",
        actor="a",
        occurred_at=wib(10),
    )
    progress.set_problem(db, [T1], incident_id=incident, actor="a")
    [edit] = progress.set_problem(db, [VILLAGE_1], actor="a")  # T2 and T3 only
    assert {w.entity_id for w in edit.writes} == {T2, T3}

    def link(code):
        with db.engine.connect() as conn:
            return conn.exec_driver_sql(
                "SELECT problem, problem_incident FROM tps WHERE code = ?", (code,)
            ).one()

    assert tuple(link(T1)) == (1, incident)
    [clear] = progress.set_problem(db, [T1], actor="a", on=False)
    assert tuple(link(T1)) == (0, None)
    threats.compensate_all(db, [clear], actor="a", reason="batal")  # the link comes back
    assert tuple(link(T1)) == (1, incident)
    with pytest.raises(ChangeError, match="takes no incident"):
        progress.set_problem(db, [T1], incident_id=incident, actor="a", on=False)
    assert recount_mismatches(db) == []


def test_a_village_step_leaves_the_tps_already_further_along(db):
    """A whole village "opened" at 07.00 records the TPS not yet opened and leaves the one
    already voting as it was (time and state): it is not a correction of that TPS."""
    village = [c for c in TPS if c.startswith(VILLAGE_1 + ".")]
    ahead = village[0]
    progress.set_progress(db, [ahead], "opened", actor="a", at=wib(7, 5))
    progress.set_progress(db, [ahead], "voting", actor="a", at=wib(7, 10))
    assert progress.ahead_of(db, [VILLAGE_1], "opened") == [ahead]

    [edit] = progress.set_progress(db, [VILLAGE_1], "opened", actor="a", at=wib(7))

    assert {w.entity_id for w in edit.writes} == set(village[1:])
    rows = {r.code: r for r in progress.list_progress(db, under=VILLAGE_1)}
    assert rows[ahead].state == "voting" and rows[ahead].progress_at.startswith("2024-11-27T00:10")
    assert {rows[c].state for c in village[1:]} == {"opened"}
    # A step that takes no TPS forward is a correction of them all: it needs a reason.
    assert progress.ahead_of(db, [ahead], "opened") == []
    with pytest.raises(BackStep):
        progress.set_progress(db, [ahead], "opened", actor="a", at=wib(7, 5))


def test_nothing_to_change_is_a_refusal_the_window_translates(db):
    progress.set_progress(db, TPS[:2], "opened", actor="a", at=wib(7))
    with pytest.raises(Refused) as refused:
        progress.set_progress(db, TPS[:2], "opened", actor="a", at=wib(7))
    assert refused.value.template == RefusalMsg.PROGRESS_NOTHING_TO_CHANGE
    assert refused.value.values == {"count": 2, "state": "opened"}
