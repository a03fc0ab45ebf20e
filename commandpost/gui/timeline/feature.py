"""What the main window gets from the stage feature: the timeline dock (Tampilan › Linimasa
tahapan, Ctrl+Shift+T), the risk register beside it (Ctrl+Shift+R), the stage clock in the
menu bar at all times, and a stage chosen on the timeline limiting the incident list, the
history and the register to its dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from commandpost.core.stages import DEMO_MOMENT, Stage, span, stage_clock
from commandpost.core.stages import zone as zone_of
from commandpost.gui.timeline.panel import TimelinePanel, day_text
from commandpost.store.database import Database

CLOCK_TICK_MS = 60_000


class StageFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = TimelinePanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("timelineDock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.action = QAction(window)
        self.action.setObjectName("actionShowTimeline")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.triggered.connect(self.show_timeline)
        self.dock.visibilityChanged.connect(
            lambda _v: self.action.setChecked(self.dock.isVisible())
        )
        window.ui.menuView.addSeparator()
        window.ui.menuView.addAction(self.action)
        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportStages")
        self.import_action.triggered.connect(self.panel.import_schedule)
        window.ui.menuFile.insertAction(window.ui.actionImportTps, self.import_action)
        window.ui.menuFile.insertAction(self.import_action, window.ui.actionImportTps)

        self.clock_label = QLabel(window)
        self.clock_label.setObjectName("stageClockLabel")
        self.clock_label.setStyleSheet(
            "QLabel#stageClockLabel { font-weight: bold; padding: 1px 10px; margin: 1px 4px;"
            " border: 1px solid #90a4ae; border-radius: 3px; background: #eceff1; }"
        )
        self.clock_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # In the menu bar's corner: on screen at all times, however narrow the window (a tool
        # bar would fold it away).
        window.menuBar().setCornerWidget(self.clock_label, Qt.Corner.TopRightCorner)

        from commandpost.gui import settings as cfg
        from commandpost.gui.risks.panel import RiskRegisterPanel

        self.risks = RiskRegisterPanel(None, cfg.operator_name)
        self.risk_dock = QDockWidget(window)
        self.risk_dock.setObjectName("riskDock")
        self.risk_dock.setWidget(self.risks)
        self.risk_dock.setAllowedAreas(self.dock.allowedAreas())
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.risk_dock)
        self.dock.hide()
        self.risk_dock.hide()
        # One tabbed place at the bottom (side by side they would be wider than the screen),
        # made when one of them is first shown: tabbing hidden docks leaves an empty tab bar.
        self._tabbed = False
        self.risk_action = QAction(window)
        self.risk_action.setObjectName("actionShowRisks")
        self.risk_action.setCheckable(True)
        self.risk_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.risk_action.triggered.connect(self.show_risks)
        self.risk_dock.visibilityChanged.connect(
            lambda _v: self.risk_action.setChecked(self.risk_dock.isVisible())
        )
        window.ui.menuView.addAction(self.risk_action)
        self.risks.edited.connect(self._edited)
        self.risks.today = self.today  # a demo's register is overdue as of the demo's day

        from commandpost.gui.voting.panel import VotingDayPanel

        self.voting = VotingDayPanel()
        self.voting_dock = QDockWidget(window)
        self.voting_dock.setObjectName("votingDock")
        self.voting_dock.setWidget(self.voting)
        self.voting_dock.setAllowedAreas(self.dock.allowedAreas())
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.voting_dock)
        self.voting_dock.hide()
        self.voting_action = QAction(window)
        self.voting_action.setObjectName("actionShowVotingDay")
        self.voting_action.setCheckable(True)
        self.voting_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.voting_action.triggered.connect(self.show_voting)
        self.voting_dock.visibilityChanged.connect(
            lambda _v: self.voting_action.setChecked(self.voting_dock.isVisible())
        )
        window.ui.menuView.addAction(self.voting_action)
        self.voting.now = self.now  # a demo counts from its own day
        self.voting.edited.connect(self._voting_edited)
        self.voting.revealRequested.connect(window._reveal_from_list)

        self.panel.edited.connect(self._edited)
        self.panel.stageChosen.connect(self._stage_chosen)
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_TICK_MS)
        self.timer.timeout.connect(self.update_clock)
        self.timer.start()
        self.real_now = lambda: dt.datetime.now(dt.UTC)  # tests set the moment
        self.panel.now = self.now
        window.installEventFilter(self)
        self._retranslate()

    def now(self) -> dt.datetime:
        return DEMO_MOMENT if self.window.is_demo else self.real_now()

    def today(self) -> dt.date:
        """The post's calendar day (in its zone: WIB, WITA or WIT)."""
        return self.now().astimezone(zone_of(self.panel.zone)).date()

    def set_database(self, db: Database | None) -> None:
        self.panel.set_database(db)
        self.risks.set_database(db)
        self.voting.set_database(db)
        self.update_clock()

    def after_change(self) -> None:
        """Something was saved or undone: the stages and the series may have changed."""
        self.panel.reload()
        self.risks.reload()
        if self.voting_dock.isVisible():
            self.voting.reload()
        self.update_clock()

    def _tab_docks(self) -> None:
        """All bottom docks (filter, incidents, timeline, register) share one tabbed place:
        side by side they would be wider than a 1366 px screen."""
        window = self.window
        if not self._tabbed and not window.tabifiedDockWidgets(self.dock):
            window.tabifyDockWidget(window.ui.incidentDock, self.dock)
            window.tabifyDockWidget(self.dock, self.risk_dock)
            window.tabifyDockWidget(self.risk_dock, self.voting_dock)
        self._tabbed = True

    @staticmethod
    def _behind_a_tab(dock: QDockWidget) -> bool:
        return dock.isVisible() and dock.visibleRegion().isEmpty()

    def show_timeline(self, on: bool = True) -> None:
        if not on and self._behind_a_tab(self.dock):
            on = True  # the shortcut brings a dock hidden behind another tab to the front
            self.action.setChecked(True)
        if on:
            self._tab_docks()
        self.dock.setVisible(on)
        if on:
            self.panel.refresh_if_stale()  # asked for: the chart at once, not after a paint
            self.dock.raise_()
            window = self.window
            if self.dock.height() < 300 and window.height() > 500:
                # Room for the stages and both overlays; the tree keeps the rest.
                window.resizeDocks(
                    [self.dock], [max(300, int(window.height() * 0.45))], Qt.Orientation.Vertical
                )
            self.panel.tree.setFocus()

    def show_risks(self, on: bool = True) -> None:
        if not on and self._behind_a_tab(self.risk_dock):
            on = True
            self.risk_action.setChecked(True)
        if on:
            self._tab_docks()
        self.risk_dock.setVisible(on)
        if on:
            self.risk_dock.raise_()
            self.risks.setFocus()

    def show_voting(self, on: bool = True) -> None:
        """The voting-day view (Ctrl+Shift+H): TPS progress of the selected region, its
        chart over the hours, the late list; the tree shows its progress column with it."""
        if not on and self._behind_a_tab(self.voting_dock):
            on = True
            self.voting_action.setChecked(True)
        if on:
            self._tab_docks()
            self.follow_selection()
        self.voting_dock.setVisible(on)
        if on:
            self.voting.ensure_chart_now()
            self.voting_dock.raise_()
            self.voting.setFocus()
            from commandpost.gui.models.region_tree import COL_PROGRESS

            self.window.ui.regionTree.header().setSectionHidden(COL_PROGRESS, False)

    def follow_selection(self) -> None:
        """The voting-day panel shows the tree's current node and acts on its selection."""
        window = self.window
        if window.db is None:
            return
        code = window.current_code()
        self.voting.show_node(
            code or (window.operation.province_code if window.operation else None) or ""
        )
        self.voting.set_selection([n.code for n in window.selected_nodes()])

    def _voting_edited(self, edits: list, text: str, codes: list) -> None:
        self.window.record_edits(edits, text, codes)

    def _edited(self, edits: list, text: str) -> None:
        self.window.record_edits(edits, text)

    # --- the stage clock ------------------------------------------------------------------------

    def clock(self):
        panel = self.panel
        return stage_clock(panel.stages, panel.voting_day, self.now(), panel.zone)

    def _set_clock_text(self, text: str) -> None:
        if text == self.clock_label.text():
            return
        self.clock_label.setText(text)
        # The menu bar sizes its corner once: give it the new text's width ("Pemungutan
        # suara, hari H" is longer than "Masa tenang, H-1" was at 23.59).
        self.clock_label.adjustSize()
        bar = self.window.menuBar()
        bar.setCornerWidget(self.clock_label, Qt.Corner.TopRightCorner)
        self.clock_label.show()
        bar.adjustSize()

    def update_clock(self) -> None:
        panel = self.panel
        if not panel.stages and panel.voting_day is None:
            self._set_clock_text(self.tr("No stages yet"))
            self.clock_label.setToolTip(
                self.tr("Add the operation's stages in View › Stage timeline (Ctrl+Shift+T).")
            )
            return
        c = self.clock()
        name = c.stage.name if c.stage else self.tr("between stages")
        text = name if c.h is None else f"{name}, {c.h}"
        self._set_clock_text(text[:1].upper() + text[1:])
        lines = [self.tr("Today (%1): %2").replace("%1", panel.zone).replace("%2", day_text(c.day))]
        if self.window.is_demo:
            lines[0] += " " + self.tr("(demo: the operation as it stood on this day)")
        if c.current[1:]:
            lines.append(
                self.tr("Also under way: %1").replace(
                    "%1", "; ".join(s.name for s in c.current[1:])
                )
            )
        if c.next_stage is not None:
            sp = span(c.next_stage, panel.stages)
            lines.append(
                self.tr("Next: %1 from %2")
                .replace("%1", c.next_stage.name)
                .replace("%2", day_text(sp[0]) if sp else "")
            )
        self.clock_label.setToolTip("\n".join(lines))

    # --- a stage chosen -------------------------------------------------------------------------

    def _stage_chosen(self, stage_id: str) -> None:
        stage: Stage | None = next((s for s in self.panel.stages if s.id == stage_id), None)
        ui = self.window.ui
        self.risks.set_stage_filter(stage.id if stage else None)
        if stage is None:
            ui.incidentPanel.set_stage_period(None)
            ui.historyPanel.set_period(None)
            return
        sp = span(stage, self.panel.stages)
        if sp is None:
            return
        ui.incidentPanel.set_stage_period((sp[0], sp[1]), stage.name)
        tz = zone_of(self.panel.zone)
        since = dt.datetime.combine(sp[0], dt.time(0), tz).astimezone(dt.UTC)
        until = dt.datetime.combine(sp[1] + dt.timedelta(days=1), dt.time(0), tz).astimezone(dt.UTC)
        ui.historyPanel.set_period(
            (since.isoformat(timespec="minutes"), until.isoformat(timespec="minutes")), stage.name
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Stage timeline"))
        self.action.setText(self.tr("Stage &timeline"))
        self.action.setToolTip(self.tr("Show the stages and how the picture changed over time"))
        self.import_action.setText(self.tr("Import a stage &schedule…"))
        self.risk_dock.setWindowTitle(self.tr("Risk register"))
        self.risk_action.setText(self.tr("Risk re&gister"))
        self.voting_dock.setWindowTitle(self.tr("Voting day"))
        self.voting_action.setText(self.tr("&Voting day (TPS progress)"))
        self.voting_action.setToolTip(
            self.tr("Which TPS have opened, counted and sent their ballot box, hour by hour")
        )
        self.risk_action.setToolTip(
            self.tr("The threats expected per stage and area, and the plans against them")
        )
        self.update_clock()
