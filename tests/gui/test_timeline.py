"""The stage timeline as an officer uses it: the stage clock in the header, stages from a
template, editing with undo, a refused date, and a stage chosen on the chart limiting the
incident list and the history to its days."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from commandpost.core.stages import span
from commandpost.gui.dialogs.import_views import ProblemsModel
from commandpost.gui.timeline.chart import lanes
from commandpost.gui.timeline.stage_dialog import StageDialog
from commandpost.store import incidents, risks, stages, threats
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from tests.gui.util import make_window
from tests.helpers import add_tps, copy_db, put_on_duty


@pytest.fixture(scope="module")
def operation_templates(tmp_path_factory) -> dict[str, Path]:
    """A Banten operation for each shipped template (and one without stages)."""
    folder = tmp_path_factory.mktemp("ops")
    made = {}
    for key, kind, template in (
        ("pilkada", "pilkada", "auto"),
        ("pemilu", "pemilu", "auto"),
        ("none", "exercise", None),
    ):
        path = folder / f"{key}.sqlite"
        create_operation_database(
            path,
            station="Posko Polres Lebak",
            province="36",
            operation=f"Operasi {key}",
            kind=kind,
            voting_day="2024-11-27" if key == "none" else None,
            actor="uji",
            stage_template=template,
        )
        db = open_database(path)
        add_tps(db, [("36.02.01.2002", n, f"Jl. Uji {n}", 250) for n in (1, 2, 3)])
        put_on_duty(db)
        db.close()
        made[key] = path
    return made


@pytest.fixture
def pilkada_window(qtbot, operation_templates, tmp_path):
    path = copy_db(operation_templates["pilkada"], tmp_path / "pilkada.sqlite")
    win = make_window(qtbot, path)
    yield win
    win.close()
    win.close_database()


def _at(window, moment: dt.datetime) -> None:
    window.stages.real_now = lambda: moment
    window.stages.update_clock()


def names(panel) -> list[str]:
    return [s.name for s in panel.stages]


def test_the_stage_clock_counts_days_from_voting_day(pilkada_window):
    feature = pilkada_window.stages
    label = feature.clock_label
    assert label.isVisible()
    # 12 days before voting day, at 09.00 WIB.
    _at(pilkada_window, dt.datetime(2024, 11, 15, 2, 0, tzinfo=dt.UTC))
    assert label.text() == "Kampanye, H-12"
    # Voting day lies inside counting and recapitulation: voting day wins.
    _at(pilkada_window, dt.datetime(2024, 11, 27, 0, 30, tzinfo=dt.UTC))
    assert label.text() == "Pemungutan suara, hari H"
    assert "Penghitungan dan rekapitulasi suara" in label.toolTip()
    # 23.30 WIB on 26 November is still H-1 in Banten.
    _at(pilkada_window, dt.datetime(2024, 11, 26, 16, 30, tzinfo=dt.UTC))
    assert label.text() == "Masa tenang, H-1"
    _at(pilkada_window, dt.datetime(2024, 11, 30, 3, 0, tzinfo=dt.UTC))
    assert label.text() == "Rekapitulasi di PPK (kecamatan), H+3"


def test_a_demo_shows_the_operation_as_it_stood(qtbot, demo_path):
    db = open_database(demo_path)
    stages.apply_template(db, "pilkada_2024", actor="demo")
    db.close()
    win = make_window(qtbot, demo_path)
    try:
        assert win.is_demo
        assert win.stages.clock_label.text() == "Kampanye, H-12"
        assert "demo" in win.stages.clock_label.toolTip()
    finally:
        win.close()
        win.close_database()


@pytest.mark.parametrize(
    ("key", "first", "voting", "count"),
    [
        ("pilkada", "Pembentukan PPK, PPS dan KPPS", dt.date(2024, 11, 27), 19),
        ("pemilu", "Pencalonan presiden dan wakil presiden", dt.date(2024, 2, 14), 10),
    ],
)
def test_a_new_operation_gets_its_templates_stages(
    qtbot, operation_templates, tmp_path, key, first, voting, count
):
    path = copy_db(operation_templates[key], tmp_path / "op.sqlite")
    win = make_window(qtbot, path)
    try:
        win.stages.show_timeline()
        panel = win.stages.panel
        assert len(panel.stages) == count
        assert panel.tree.topLevelItem(0).text(0) == first
        assert panel.voting_day == voting
        voting_stage = next(s for s in panel.stages if s.kind == "voting")
        assert (voting_stage.start, voting_stage.end) == (voting, voting)
        # The chart draws every dated stage, and no two bands of a row overlap.
        chart = panel.chart
        assert chart is not None and len(chart.bands) == count
        by_row: dict[int, list] = {}
        for band in chart.bands:
            by_row.setdefault(band.row, []).append(band)
        for row in by_row.values():
            row.sort(key=lambda b: b.start)
            assert all(a.end < b.start for a, b in pairwise(row))
        assert len(by_row) < count  # packed: a year of stages fits the dock
    finally:
        win.close()
        win.close_database()


def test_an_operation_without_stages_says_so(qtbot, operation_templates, tmp_path):
    path = copy_db(operation_templates["none"], tmp_path / "none.sqlite")
    win = make_window(qtbot, path)
    try:
        assert win.stages.panel.stages == []
        _at(win, dt.datetime(2024, 11, 20, 2, 0, tzinfo=dt.UTC))
        # Outside every stage the clock still counts the days to voting day.
        assert win.stages.clock_label.text() == "Di luar tahapan, H-7"
    finally:
        win.close()
        win.close_database()


def _answer(panel, fill):
    """Let the panel's next stage dialog be filled in by ``fill`` and saved."""
    seen: list[StageDialog] = []

    def exec_dialog(dialog: StageDialog) -> bool:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.exec_dialog = exec_dialog
    return seen


def test_rename_and_redate_a_stage_then_undo(qtbot, pilkada_window):
    win = pilkada_window
    win.stages.show_timeline()
    panel = win.stages.panel
    _at(win, dt.datetime(2024, 11, 15, 2, 0, tzinfo=dt.UTC))
    campaign = next(s for s in panel.stages if s.name == "Kampanye")
    panel.select_stage(campaign.id)

    def fill(dialog: StageDialog) -> None:
        dialog.name_edit.selectAll()
        qtbot.keyClicks(dialog.name_edit, "Kampanye rapat umum")
        dialog.end_edit.setDate(QDate(2024, 11, 20))

    _answer(panel, fill)
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    changed = stages.get_stage(win.db, campaign.id)
    assert changed.name == "Kampanye rapat umum"
    assert changed.end == dt.date(2024, 11, 20)
    assert "Kampanye rapat umum" in names(panel)
    assert win.stages.clock_label.text() == "Kampanye rapat umum, H-12"
    assert "Kampanye" in win.ui.actionUndo.text()

    win.ui.actionUndo.trigger()
    back = stages.get_stage(win.db, campaign.id)
    assert (back.name, back.end) == ("Kampanye", dt.date(2024, 11, 23))
    assert "Kampanye" in names(panel) and "Kampanye rapat umum" not in names(panel)
    assert win.stages.clock_label.text() == "Kampanye, H-12"


def test_add_a_sub_stage_from_the_keyboard_and_delete_it(qtbot, pilkada_window, monkeypatch):
    win = pilkada_window
    win.stages.show_timeline()
    panel = win.stages.panel
    recap = next(s for s in panel.stages if s.name == "Penghitungan dan rekapitulasi suara")
    panel.select_stage(recap.id)
    panel.tree.setFocus()

    def fill(dialog: StageDialog) -> None:
        qtbot.keyClicks(dialog.name_edit, "Pengawalan kotak suara ke PPK")
        dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findData(recap.id))
        dialog.start_edit.setDate(QDate(2024, 11, 27))
        dialog.end_edit.setDate(QDate(2024, 11, 28))

    _answer(panel, fill)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)
    added = next(s for s in panel.stages if s.name == "Pengawalan kotak suara ke PPK")
    assert added.parent_id == recap.id
    assert panel.current_stage_id() == added.id

    monkeypatch.setattr(panel, "confirm_delete", lambda stage, below: True)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert "Pengawalan kotak suara ke PPK" not in names(panel)
    win.ui.actionUndo.trigger()
    assert "Pengawalan kotak suara ke PPK" in names(panel)
    win.ui.actionUndo.trigger()  # and the creation itself
    assert "Pengawalan kotak suara ke PPK" not in names(panel)


def test_impossible_dates_are_refused_in_the_dialog(qtbot, pilkada_window):
    win = pilkada_window
    panel = win.stages.panel
    sub = next(s for s in panel.stages if s.name == "Pendaftaran pasangan calon")
    panel.select_stage(sub.id)
    before = len(panel.stages)
    dialog = panel.create_dialog(
        sub, save=lambda v: stages.set_stage(win.db, sub.id, actor="uji", **v)
    )
    qtbot.addWidget(dialog)
    # A sub-stage may not run past its parent (Pencalonan ends 23 September).
    dialog.end_edit.setDate(QDate(2024, 10, 5))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Pencalonan" in dialog.error_label.text()
    assert stages.get_stage(win.db, sub.id).end == dt.date(2024, 8, 29)
    # A group of sub-stages may have no dates of its own.
    dialog.dated_check.setChecked(False)
    assert not dialog.start_edit.isEnabled()
    assert dialog.values()["start"] is None and dialog.values()["end"] is None
    assert len(stages.list_stages(win.db)) == before


def test_the_stage_dialog_fits_the_laptop(qtbot, pilkada_window):
    panel = pilkada_window.stages.panel
    dialog = panel.create_dialog(panel.stages[0])
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728


def test_clicking_a_stage_limits_incidents_and_history(qtbot, pilkada_window):
    win = pilkada_window
    db = win.db
    code = "36.02.01.2002.001"
    incidents.add_incident(
        db,
        node_code=code,
        type=threats.taxonomy().incident_types[0].key,
        description="bentrok pendukung",
        actor="uji",
        occurred_at="2024-10-10T10:00+07:00",
    )
    incidents.add_incident(
        db,
        node_code=code,
        type=threats.taxonomy().incident_types[0].key,
        description="kotak suara terlambat",
        actor="uji",
        occurred_at="2024-11-27T15:00+07:00",
    )
    win.ui.incidentPanel.refresh()
    win.stages.after_change()
    win.resize(1366, 740)
    win.stages.show_timeline()
    win.resizeDocks([win.stages.dock], [360], Qt.Orientation.Vertical)
    panel = win.stages.panel
    chart = panel.chart
    qtbot.waitUntil(lambda: chart.stage_plot.vb.height() > 60)
    campaign = next(s for s in panel.stages if s.name == "Kampanye")
    chart.center_on(dt.date(2024, 10, 20), 120)
    qtbot.waitUntil(lambda: chart.x_range()[0] > dt.datetime(2024, 6, 1).timestamp())
    pos = chart.view.mapFromScene(chart.band_scene_center(campaign.id))
    qtbot.mouseClick(chart.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    assert panel.current_stage_id() == campaign.id
    assert panel.filter_button.isChecked()
    shown = [i.description for i in win.ui.incidentPanel.incidents()]
    assert shown == ["bentrok pendukung"]
    assert win.ui.incidentPanel.fromEdit.date() == QDate(2024, 9, 25)
    assert win.ui.incidentPanel.toEdit.date() == QDate(2024, 11, 23)
    assert win.ui.historyPanel._period == ("2024-09-24T17:00+00:00", "2024-11-23T17:00+00:00")
    # The incidents per day drawn on the chart are both incidents, on their local days.
    assert [(d.day, d.count) for d in chart.incidents] == [
        (dt.date(2024, 10, 10), 1),
        (dt.date(2024, 11, 27), 1),
    ]
    # Choosing no stage again shows every incident.
    panel.filter_button.setChecked(False)
    assert len(win.ui.incidentPanel.incidents()) == 2


def test_rawan_counts_over_time_follow_the_change_log(qtbot, pilkada_window):
    win = pilkada_window
    db = win.db
    threats.set_tps_class(
        db,
        ["36.02.01.2002.001", "36.02.01.2002.002"],
        "rawan",
        actor="uji",
        reason="pemetaan Bawaslu",
        source="bawaslu",
        observed_at="2024-11-10T10:00+07:00",
    )
    threats.set_tps_class(
        db,
        ["36.02.01.2002.002"],
        "sangat_rawan",
        actor="uji",
        reason="intel: ancaman bentrok",
        source="intelijen",
        observed_at="2024-11-20T10:00+07:00",
    )
    win.stages.show_timeline()
    win.stages.after_change()
    series = [(c.day, c.rawan, c.sangat_rawan) for c in win.stages.panel.chart.classes]
    assert series == [(dt.date(2024, 11, 10), 2, 0), (dt.date(2024, 11, 20), 1, 1)]


def test_the_chart_is_driven_from_the_keyboard(qtbot, pilkada_window):
    win = pilkada_window
    win.stages.show_timeline()
    chart = win.stages.panel.chart
    chart.setFocus()
    low, high = chart.x_range()
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    zoomed = chart.x_range()
    assert zoomed[1] - zoomed[0] < high - low
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.x_range()[0] > zoomed[0]
    qtbot.keyClick(chart, Qt.Key.Key_H)
    middle = sum(chart.x_range()) / 2
    voting = dt.datetime(2024, 11, 27, 12, tzinfo=dt.UTC).timestamp()
    assert abs(middle - voting) < 3600
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.x_range() == pytest.approx(chart.data_range())


def test_lanes_never_overlap():
    pilkada = stages.template_stages("pilkada_2024")
    bands = lanes(pilkada)
    assert len(bands) == len(pilkada)
    for a in bands:
        for b in bands:
            if a is not b and a.row == b.row:
                assert a.end < b.start or b.end < a.start
    assert {b.stage.id for b in bands} == {s.id for s in pilkada if span(s, pilkada)}


def test_import_a_schedule_with_refused_rows_then_undo(qtbot, pilkada_window):
    from commandpost.gui.timeline.import_dialog import StageImportDialog
    from tests.helpers import CASES

    win = pilkada_window
    panel = win.stages.panel
    before = names(panel)
    seen: list[StageImportDialog] = []

    def exec_dialog(dialog) -> bool:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        assert not dialog.load_file(CASES / "C11-tahapan-dates-messy.csv")
        assert not dialog.import_button.isEnabled()
        refused = [(p.row, p.field) for p in dialog.problems_model.problems()]
        assert refused == [(6, "finish"), (7, "finish"), (8, "finish"), (9, "parent_id")]
        text = dialog.problems_model.index(0, ProblemsModel.MESSAGE).data()
        assert "26 Nopemebr 2024" in text
        dialog.skip_check.setChecked(True)
        assert dialog.import_button.isEnabled()
        assert dialog.preview.topLevelItemCount() == 3  # PENCALONAN (with 2), KAMPANYE, ...
        assert dialog.replace_check.isChecked()
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.exec_dialog = exec_dialog
    win.stages.import_action.trigger()
    assert seen
    assert names(panel) == [
        "PENCALONAN",
        "PENDAFTARAN PASANGAN CALON, TERMASUK PERBAIKAN",
        "PENETAPAN PASANGAN CALON",
        "KAMPANYE",
        "PENGAMANAN KOTAK SUARA",
    ]
    win.ui.actionUndo.trigger()
    assert names(panel) == before


def test_take_a_template_replaces_the_stages(qtbot, pilkada_window, monkeypatch):
    panel = pilkada_window.stages.panel
    monkeypatch.setattr(panel, "confirm_template", lambda name, count, plan=None: True)
    assert panel.take_template("pemilu_2024")
    assert names(panel)[0] == "Pencalonan presiden dan wakil presiden"
    pilkada_window.ui.actionUndo.trigger()
    assert names(panel)[0] == "Pembentukan PPK, PPS dan KPPS"


def test_the_risk_register_follows_the_chosen_stage_and_undoes(qtbot, pilkada_window):
    from commandpost.store import risks

    win = pilkada_window
    panel = win.stages.panel
    campaign = next(s for s in panel.stages if s.name == "Kampanye")
    quiet = next(s for s in panel.stages if s.name == "Masa tenang")
    for stage, threat in ((campaign, "bentrok_pendukung"), (quiet, "politik_uang")):
        risks.add_risk(
            win.db,
            stage_id=stage.id,
            node_code="36.02",
            threat=threat,
            level=2,
            mitigation="patroli gabungan",
            agency="polri",
            actor="uji",
        )
    win.stages.after_change()
    qtbot.keyClick(
        win, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    register = win.stages.risks
    assert win.stages.risk_dock.isVisible()
    assert len(register.risks()) == 2
    panel.select_stage(campaign.id)
    panel.filter_button.setChecked(True)
    assert [r.threat for r in register.risks()] == ["bentrok_pendukung"]
    # An edit in the register is undone from the Edit menu like any other.
    register.select_risk(register.risks()[0].id)
    register.confirm = lambda *args, **kwargs: True
    assert register.mark_selected_done()
    assert register.risks()[0].status == "done"
    win.ui.actionUndo.trigger()
    assert register.risks()[0].status == "planned"


def test_both_docks_share_one_place_and_fit_the_laptop(qtbot, pilkada_window):
    from PySide6.QtWidgets import QTabBar

    win = pilkada_window
    win.resize(1366, 740)
    win.stages.show_timeline()
    win.stages.show_risks()
    qtbot.waitUntil(lambda: win.stages.risk_dock.isVisible())
    assert win.width() <= 1366
    assert win.tabifiedDockWidgets(win.stages.dock) == [win.stages.risk_dock]
    # No stray, empty tab bar is left on the window by the tabbed docks.
    bars = [b for b in win.findChildren(QTabBar) if b.isVisible() and b.geometry().y() > 0]
    assert all(all(b.tabText(i) for i in range(b.count())) for b in bars)


def test_hovering_says_what_a_band_is(qtbot, pilkada_window):
    win = pilkada_window
    win.resize(1366, 740)
    win.stages.show_timeline()
    chart = win.stages.panel.chart
    qtbot.waitUntil(lambda: chart.stage_plot.vb.height() > 60)
    campaign = next(s for s in win.stages.panel.stages if s.name == "Kampanye")
    chart.center_on(dt.date(2024, 10, 20), 120)
    qtbot.waitUntil(lambda: chart.x_range()[0] > dt.datetime(2024, 6, 1).timestamp())
    text = chart.describe_at(chart.band_scene_center(campaign.id))
    assert text == "Kampanye\n25 Sep 2024 – 23 Nov 2024 (60 hari)"


def test_voting_day_view_follows_the_tree_and_undoes(qtbot, pilkada_window):
    from commandpost.gui.models.region_tree import COL_PROGRESS
    from commandpost.store import progress

    win = pilkada_window
    header = win.ui.regionTree.header()
    assert header.isSectionHidden(COL_PROGRESS)  # hidden outside the voting-day view
    win.resize(1366, 740)
    qtbot.keyClick(
        win, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert win.stages.voting_dock.isVisible()
    assert not header.isSectionHidden(COL_PROGRESS)
    assert win.width() <= 1366
    assert win.select_code("36.02.01.2002")
    panel = win.stages.voting
    assert panel._code == "36.02.01.2002"
    # A step recorded through the panel is one undo step in the window.
    edits = progress.set_progress(
        win.db, ["36.02.01.2002"], "opened", actor="uji", at="2024-11-27T07:05+07:00"
    )
    panel.edited.emit(edits, "Dibuka: 3 TPS", ["36.02.01.2002"])
    assert progress.progress_counts(win.db, "36.02.01.2002")["opened"] == 3
    assert "Dibuka" in win.ui.actionUndo.text()
    win.ui.actionUndo.trigger()
    assert progress.progress_counts(win.db, "36.02.01.2002")["opened"] == 0


def test_history_names_risks_and_voting_day_steps(pilkada_window):
    from commandpost.gui.widgets.history import describe
    from commandpost.store import progress, risks

    db = pilkada_window.db
    campaign = next(s for s in stages.list_stages(db) if s.name == "Kampanye")
    edit = risks.add_risk(
        db,
        stage_id=campaign.id,
        node_code="36.02",
        threat="bentrok_pendukung",
        level=2,
        mitigation="patroli gabungan",
        agency="polri",
        actor="uji",
    )
    risks.set_risk(db, edit.change.entity_id, actor="uji", status="done")
    progress.set_progress(db, ["36.02.01.2002.001"], "opened", actor="uji")
    texts = [describe(e) for e in threats.history(db, "36.02", below=True)]
    assert texts[:3] == [
        "Hari pemungutan: Dibuka",
        "Risiko: Selesai",
        "Risiko dipetakan: Benturan antar pendukung",
    ]


def test_record_progress_from_the_edit_menu_for_the_trees_selection(qtbot, pilkada_window):
    from commandpost.store import progress
    from tests.gui.util import check_handled, on_next_dialog

    win = pilkada_window
    assert win.select_code("36.02.01.2002")

    def answer(dialog) -> None:
        dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("opened"))
        dialog.save()

    seen = on_next_dialog(qtbot, answer)
    assert win.stages.progress_action.text() == "Catat &progres TPS…\tCtrl+Shift+P"
    assert win.stages.set_progress()
    check_handled(seen)
    assert win.stages.voting_dock.isVisible()
    assert progress.progress_counts(win.db, "36.02.01.2002")["opened"] == 3
    win.ui.actionUndo.trigger()
    assert progress.progress_counts(win.db, "36.02.01.2002")["opened"] == 0


def test_the_template_confirmation_says_what_moves_and_what_is_left(
    qtbot, pilkada_window, monkeypatch
):
    win = pilkada_window
    panel = win.stages.panel
    for name in ("Kampanye", "Pembentukan PPK, PPS dan KPPS"):
        stage = next(s for s in panel.stages if s.name == name)
        risks.add_risk(
            win.db,
            stage_id=stage.id,
            node_code="36.02",
            threat="konflik_massa",
            level=2,
            mitigation="Patroli gabungan",
            agency="polri",
            actor="uji",
        )
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    assert panel.take_template("pemilu_2024")
    assert asked[0].endswith(
        " 1 baris register risiko dipindah ke tahapan baru yang sejenis. 1 baris tidak punya "
        "tahapan sejenis di templat (Pembentukan PPK, PPS dan KPPS) dan akan tampil "
        "“(tahapan dihapus)” sampai Anda memberinya tahapan lagi."
    )
    assert {r.stage_name for r in risks.list_risks(win.db)} == {"Kampanye", ""}
    win.ui.actionUndo.trigger()
    assert {r.stage_name for r in risks.list_risks(win.db)} == {
        "Kampanye",
        "Pembentukan PPK, PPS dan KPPS",
    }
