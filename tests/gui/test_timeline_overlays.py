"""The timeline's voting-day rows as an officer sees them: TPS progress hour by hour after
TPS move through voting-day steps (and an undo), people deployed per day after they are
posted in a shift, what hovering says, and five rows that keep their room on a laptop."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from commandpost.core.stages import zone
from commandpost.gui.timeline.chart import DAY, HOUR, _x
from commandpost.store import personnel, progress, shifts, stages, timeline, units
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from tests.gui.util import make_window
from tests.helpers import add_tps, copy_db, put_on_duty

WIB = zone("WIB")
VOTING_DAY = dt.date(2024, 11, 27)
VILLAGE = "36.02.01.2002"  # Malingping, Lebak
TPS = [f"{VILLAGE}.{n:03d}" for n in (1, 2, 3)]
ACTOR = "Uji Coba (Bripka, 85010001)"


def wib(hour: int, minute: int = 0, day: int = 27) -> dt.datetime:
    return dt.datetime(2024, 11, day, hour, minute, tzinfo=WIB)


@pytest.fixture(scope="module")
def pilkada_template(tmp_path_factory) -> Path:
    """A Pilkada operation of Polda Banten with its stages, units, three TPS in Malingping."""
    path = tmp_path_factory.mktemp("overlays") / "pilkada.sqlite"
    create_operation_database(
        path,
        station="Posko Polres Lebak",
        province="36",
        operation="Operasi uji",
        kind="pilkada",
        actor="uji",
        stage_template="auto",
    )
    db = open_database(path)
    units.load_units(db, units.read_units_template(), actor=ACTOR, reason="uji")
    add_tps(db, [(VILLAGE, n, f"Jl. Uji {n}", 250) for n in (1, 2, 3)])
    put_on_duty(db)
    db.close()
    return path


@pytest.fixture
def window(qtbot, pilkada_template, tmp_path):
    win = make_window(qtbot, copy_db(pilkada_template, tmp_path / "pilkada.sqlite"))
    win.resize(1366, 740)
    yield win
    win.close()
    win.close_database()


def _chart(win):
    win.stages.show_timeline()
    return win.stages.panel.chart


def _scene_point(plot, x: float) -> QPointF:
    """A point in the middle of a row at time ``x``."""
    low, high = plot.vb.viewRange()[1]
    return plot.vb.mapViewToScene(QPointF(x, (low + high) / 2))


def test_tps_progress_follows_the_steps_and_their_undo(qtbot, window):
    win = window
    chart = _chart(win)
    assert chart.progress.hours == []
    assert chart.empty_notes[chart.progress_plot] == (
        "belum ada laporan progres TPS hari pemungutan"
    )
    assert "Progres TPS" in chart.titles[chart.progress_plot].toPlainText()
    voting = win.stages.voting
    for state, codes, when in (
        ("opened", [VILLAGE], wib(7, 10)),
        ("finished", TPS[:2], wib(15, 30)),
        ("escorted", TPS[:1], wib(1, 20, day=28)),
    ):
        edits = progress.set_progress(win.db, codes, state, actor="uji", at=when)
        voting.edited.emit(edits, state, codes)
    hours = {(h.day.day, h.hour): h.reached for h in chart.progress.hours}
    assert len(hours) == 48  # voting day and the day after
    assert hours[(27, 6)] == {"opened": 0, "finished": 0, "escorted": 0}
    assert hours[(27, 7)] == {"opened": 3, "finished": 0, "escorted": 0}
    assert hours[(27, 15)] == {"opened": 3, "finished": 2, "escorted": 0}
    assert hours[(28, 1)] == {"opened": 3, "finished": 2, "escorted": 1}
    assert chart.progress.total == 3
    assert chart.progress_plot not in chart.empty_notes
    legend = chart.titles[chart.progress_plot].toPlainText()
    assert "Dibuka" in legend and "Selesai" in legend and "Kotak suara dikawal ke PPK" in legend
    # Zoomed into voting day, pointing at 08.30 WIB reads the TPS as they were at 09.00.
    qtbot.keyClick(chart, Qt.Key.Key_H)
    chart.center_on(VOTING_DAY, 2)
    qtbot.waitUntil(lambda: chart.x_range()[1] - chart.x_range()[0] < 3 * DAY)
    point = _scene_point(chart.progress_plot, _x(VOTING_DAY) + 8.5 * HOUR)
    assert chart.describe_at(point) == (
        "27 Nov 2024 09.00 WIB: 3 dibuka, 0 selesai, 0 kotak suara dikawal ke PPK, dari 3 TPS"
    )
    point = _scene_point(chart.progress_plot, _x(dt.date(2024, 11, 28)) + 1.5 * HOUR)
    assert chart.describe_at(point) == (
        "28 Nov 2024 02.00 WIB: 3 dibuka, 2 selesai, 1 kotak suara dikawal ke PPK, dari 3 TPS"
    )
    # Undo the escort: the chart drops it at once.
    assert "escorted" in win.ui.actionUndo.text()
    win.ui.actionUndo.trigger()
    hours = {(h.day.day, h.hour): h.reached for h in chart.progress.hours}
    assert hours[(28, 1)] == {"opened": 3, "finished": 2, "escorted": 0}


def test_people_deployed_per_day_after_posting_them(qtbot, window):
    win = window
    chart = _chart(win)
    assert chart.duty == []
    assert chart.empty_notes[chart.people_plot] == (
        "belum ada personel dalam sif (rencana operasi: 0 personel)"
    )
    db = win.db
    voting = next(s for s in stages.list_stages(db) if s.kind == "voting")
    nrps = []
    for i, tps in enumerate(TPS):
        nrp = f"0201{i:04d}"
        personnel.add_person(
            db, nrp=nrp, name=f"Anggota {i}", rank="Bripda", unit="Polsek Malingping", actor="uji"
        )
        win.record_edits(personnel.assign(db, nrp, tps, actor="uji"), f"pos {nrp}")
        nrps.append(nrp)
    assert chart.duty == [] and chart.plan == 3
    first, _second, night = shifts.add_day_shifts(db, VOTING_DAY, stage_id=voting.id, actor="uji")
    copied = shifts.copy_plan(db, shifts.PLAN, first.change.entity_id, actor="uji")
    win.record_edits(copied.edits, "rencana ke sif 1")
    win.record_edits(
        personnel.assign(db, nrps[0], TPS[0], shift=night.change.entity_id, actor="uji"),
        "sif malam",
    )
    win.record_edits(
        [shifts.check_in(db, nrps[1], first.change.entity_id, at=wib(5, 50), actor="uji")],
        "absen",
    )
    series = [(d.day, d.on_duty, d.checked_in) for d in chart.duty]
    assert series == [(VOTING_DAY, 3, 1), (dt.date(2024, 11, 28), 1, 0)]
    assert chart.people_plot not in chart.empty_notes
    legend = chart.titles[chart.people_plot].toPlainText()
    assert "Personel" in legend and "bertugas dalam sif" in legend and "absen datang" in legend
    chart.center_on(VOTING_DAY, 6)
    qtbot.waitUntil(lambda: chart.x_range()[1] - chart.x_range()[0] < 7 * DAY)
    point = _scene_point(chart.people_plot, _x(VOTING_DAY) + 12 * HOUR)
    assert chart.describe_at(point) == (
        "27 Nov 2024: 3 personel bertugas dalam sif, 1 absen datang di pos "
        "(rencana operasi: 3 personel)"
    )
    # Undo (Ctrl+Z) the check-in, the night shift's posting and the copy of the plan:
    # the people leave the chart step by step.
    win.ui.actionUndo.trigger()
    assert [(d.day, d.checked_in) for d in chart.duty] == [
        (VOTING_DAY, 0),
        (dt.date(2024, 11, 28), 0),
    ]
    win.ui.actionUndo.trigger()
    assert [(d.day, d.on_duty) for d in chart.duty] == [(VOTING_DAY, 3)]
    win.ui.actionUndo.trigger()
    assert chart.duty == []
    assert chart.empty_notes[chart.people_plot] == (
        "belum ada personel dalam sif (rencana operasi: 3 personel)"
    )


def test_five_rows_keep_their_room_in_the_laptops_dock(qtbot, window):
    win = window
    chart = _chart(win)
    qtbot.waitUntil(lambda: chart.stage_plot.vb.height() > 40)
    assert win.width() <= 1366
    lanes = max(b.row for b in chart.bands) + 1
    # Every stage lane at least 13 px, every overlay row at least 30 px of curve.
    assert chart.stage_plot.vb.height() / lanes >= 13
    assert all(p.vb.height() >= 30 for p in chart.plots[1:]), [p.vb.height() for p in chart.plots]
    # The dates are under the last row, inside the dock.
    axis = chart.progress_plot.getAxis("bottom")
    bottom = chart.view.mapFromScene(axis.sceneBoundingRect().bottomLeft()).y()
    assert bottom <= chart.view.height() + 1
    assert win.stages.panel.hint.height() < 2 * win.stages.panel.hint.fontMetrics().height()


def test_the_progress_row_is_read_again_only_after_a_tps_changed(qtbot, window, monkeypatch):
    win = window
    panel = win.stages.panel
    reads = []
    real = timeline.voting_progress
    monkeypatch.setattr(
        timeline, "voting_progress", lambda *a, **k: reads.append(1) or real(*a, **k)
    )
    edits = progress.set_progress(win.db, [VILLAGE], "opened", actor="uji", at=wib(7, 10))
    win.record_edits(edits, "Dibuka: 3 TPS")
    chart = _chart(win)
    hours = {(h.day.day, h.hour): h.reached for h in chart.progress.hours}
    assert hours[(27, 7)]["opened"] == 3
    assert chart.progress_plot not in chart.empty_notes
    before = len(reads)
    panel.refresh_chart()  # drawn again with no TPS changed: the series kept is used
    assert len(reads) == before and len(chart.progress.hours) == 48
    win.ui.actionUndo.trigger()  # the undo is a TPS change: read again
    assert len(reads) == before + 1
    assert chart.progress.hours == [] or all(h.reached["opened"] == 0 for h in chart.progress.hours)
    assert chart.empty_notes[chart.progress_plot] == (
        "belum ada laporan progres TPS hari pemungutan"
    )
