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
from commandpost.core.zones import zone_of_province
from commandpost.gui.look import day_text
from commandpost.store import queries
from commandpost.store.database import Database
from commandpost.store.duty import post_zone
from commandpost.store.stages import list_stages

CLOCK_TICK_MS = 60_000
# Narrower than this (px), the region names give the tree's class column's room back when
# the voting day's progress column comes.
NAME_ROOM = 260


class StageFeature(QObject):
    """Owns the three bottom docks of the operation's time: the stage timeline, the risk
    register and the voting-day view. Their panels are built when first shown (or when a
    test asks for them): the window's start-up builds only the docks and the clock."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self.stages: list[Stage] = []
        self.voting_day: dt.date | None = None
        self.zone = "WIB"
        self._panel = None
        self._risks = None
        self._voting = None
        self.real_now = lambda: dt.datetime.now(dt.UTC)  # tests set the moment
        areas = Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        self.dock, self.action = self._dock("timelineDock", "actionShowTimeline", "Ctrl+Shift+T")
        self.risk_dock, self.risk_action = self._dock("riskDock", "actionShowRisks", "Ctrl+Shift+R")
        self.voting_dock, self.voting_action = self._dock(
            "votingDock", "actionShowVotingDay", "Ctrl+Shift+H"
        )
        for dock in (self.dock, self.risk_dock, self.voting_dock):
            dock.setAllowedAreas(areas)
        window.ui.menuView.insertSeparator(self.action)
        self.action.triggered.connect(self.show_timeline)
        self.risk_action.triggered.connect(self.show_risks)
        self.voting_action.triggered.connect(self.show_voting)
        # A dock the last session left open is shown by the saved window state: its panel
        # is made then.
        self.dock.visibilityChanged.connect(lambda on: on and self.panel)
        self.risk_dock.visibilityChanged.connect(lambda on: on and self.risks)
        self.voting_dock.visibilityChanged.connect(lambda on: on and self.voting)
        # One tabbed place at the bottom (side by side they would be wider than the screen),
        # made when one of them is first shown: tabbing hidden docks leaves an empty tab bar.
        self._tabbed = False

        self.progress_action = QAction(window)
        self.progress_action.setObjectName("actionSetProgress")
        self.progress_action.triggered.connect(self.set_progress)
        window.ui.menuEdit.addAction(self.progress_action)

        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportStages")
        self.import_action.triggered.connect(lambda: self.panel.import_schedule())
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
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_TICK_MS)
        self.timer.timeout.connect(self.update_clock)
        self.timer.start()
        window.installEventFilter(self)
        self._retranslate()

    def _dock(self, name: str, action_name: str, keys: str) -> tuple[QDockWidget, QAction]:
        window = self.window
        dock = QDockWidget(window)
        dock.setObjectName(name)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        action = QAction(window)
        action.setObjectName(action_name)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(keys))
        dock.visibilityChanged.connect(lambda _v: action.setChecked(dock.isVisible()))
        window.ui.menuView.addAction(action)
        return dock, action

    # --- the panels, built on first use -----------------------------------------------------

    @property
    def panel(self):
        """The timeline panel (stage list and chart)."""
        if self._panel is None:
            from commandpost.gui.timeline.panel import TimelinePanel

            panel = TimelinePanel()
            panel.now = self.now
            panel.after_first_paint = self.window.after_first_paint
            panel.edited.connect(self._edited)
            panel.stageChosen.connect(self._stage_chosen)
            self.dock.setWidget(panel)
            self._panel = panel
            panel.set_database(self.db)
        return self._panel

    @property
    def risks(self):
        """The risk register panel."""
        if self._risks is None:
            from commandpost.gui import settings as cfg
            from commandpost.gui.risks.panel import RiskRegisterPanel

            risks = RiskRegisterPanel(None, cfg.operator_name)
            risks.edited.connect(self._edited)
            risks.today = self.today  # a demo's register is overdue as of the demo's day
            self.risk_dock.setWidget(risks)
            self._risks = risks
            risks.set_database(self.db)
        return self._risks

    @property
    def voting(self):
        """The voting-day panel."""
        if self._voting is None:
            from commandpost.gui.voting.panel import VotingDayPanel

            voting = VotingDayPanel()
            voting.now = self.now  # a demo counts from its own day
            voting.after_first_paint = self.window.after_first_paint
            voting.edited.connect(self._voting_edited)
            voting.revealRequested.connect(self.window._reveal_from_list)
            self.voting_dock.setWidget(voting)
            self._voting = voting
            voting.set_database(self.db)
        return self._voting

    def now(self) -> dt.datetime:
        return DEMO_MOMENT if self.window.is_demo else self.real_now()

    def today(self) -> dt.date:
        """The post's calendar day (in its zone: WIB, WITA or WIT)."""
        return self.now().astimezone(zone_of(self.zone)).date()

    def _read_schedule(self) -> None:
        """The stages, the voting day and the post's zone, for the clock."""
        db = self.db
        self.stages = list_stages(db) if db is not None else []
        op = queries.operation(db) if db is not None else None
        self.voting_day = op.voting_day if op else None
        self.zone = post_zone(db) if db is not None else zone_of_province(None)

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self._read_schedule()
        for built in (self._panel, self._risks, self._voting):
            if built is not None:
                built.set_database(db)
        self.update_clock()

    def after_change(self) -> None:
        """Something was saved or undone: the stages and the series may have changed."""
        self._read_schedule()
        if self._panel is not None:
            self._panel.reload()
        if self._risks is not None:
            self._risks.reload()
        if self._voting is not None and self.voting_dock.isVisible():
            self._voting.reload()
        self.update_clock()

    def _tab_docks(self) -> None:
        """All bottom docks (filter, incidents, timeline, register, voting day) share one
        tabbed place: side by side they would be wider than a 1366 px screen."""
        window = self.window
        if not self._tabbed and not window.tabifiedDockWidgets(self.dock):
            window.tabifyDockWidget(window.ui.incidentDock, self.dock)
            window.tabifyDockWidget(self.dock, self.risk_dock)
            window.tabifyDockWidget(self.risk_dock, self.voting_dock)
        self._tabbed = True

    @staticmethod
    def _behind_a_tab(dock: QDockWidget) -> bool:
        return dock.isVisible() and dock.visibleRegion().isEmpty()

    def _show(self, dock: QDockWidget, action: QAction, on: bool) -> bool:
        """Show or hide a bottom dock; True when it is to be shown. Its shortcut brings a dock
        that sits behind another tab to the front rather than hiding it."""
        if not on and self._behind_a_tab(dock):
            on = True
            action.setChecked(True)
        if on:
            self._tab_docks()
        dock.setVisible(on)
        if on:
            dock.raise_()
        return on

    def show_timeline(self, on: bool = True) -> None:
        if not self._show(self.dock, self.action, on):
            return
        panel = self.panel
        panel.refresh_if_stale()  # asked for: the chart at once, not after a paint
        window = self.window
        if self.dock.height() < 300 and window.height() > 500:
            # Room for the stages and both overlays; the tree keeps the rest.
            window.resizeDocks(
                [self.dock], [max(300, int(window.height() * 0.45))], Qt.Orientation.Vertical
            )
        panel.tree.setFocus()

    def show_risks(self, on: bool = True) -> None:
        if self._show(self.risk_dock, self.risk_action, on):
            self.risks.setFocus()

    def show_voting(self, on: bool = True) -> None:
        """The voting-day view (Ctrl+Shift+H): TPS progress of the selected region, its
        chart over the hours, the late list; the tree shows its progress column with it."""
        if not self._show(self.voting_dock, self.voting_action, on):
            return
        self.follow_selection()
        self.voting.ensure_chart_now()
        self.voting.setFocus()
        from commandpost.gui.models.region_tree import COL_CLASS, COL_NAME, COL_PROGRESS

        header = self.window.ui.regionTree.header()
        if header.isSectionHidden(COL_PROGRESS):
            header.setSectionHidden(COL_PROGRESS, False)
            # On a laptop the names would be cut to "Kabupaten Pand…": the class column
            # gives way (each row's swatch still shows its class; the header's menu brings
            # the column back).
            if header.sectionSize(COL_NAME) < NAME_ROOM:
                header.setSectionHidden(COL_CLASS, True)

    def set_progress(self) -> bool:
        """Sunting › Catat progres TPS: the voting-day view, then its dialog for the tree's
        selection (Ctrl+Shift+P while the view is open)."""
        if self.window.db is None:
            return False
        self.show_voting()
        return self.voting.set_progress_for_selection()

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
        return stage_clock(self.stages, self.voting_day, self.now(), self.zone)

    def _set_clock_text(self, text: str) -> None:
        if text == self.clock_label.text():
            return
        self.clock_label.setText(text)
        # The menu bar sizes its corner once: give it the new text's width ("Pemungutan
        # suara, hari H" is longer than "Masa tenang, H-1" was at 23.59).
        self.clock_label.adjustSize()
        bar = self.window.menuBar()
        bar.setCornerWidget(self.clock_label, Qt.Corner.TopRightCorner)
        self.clock_label.setVisible(bool(text))  # an empty box says nothing
        bar.adjustSize()

    def update_clock(self) -> None:
        if self.db is None:  # the first frame, before the database is open: nothing to say
            self._set_clock_text("")
            self.clock_label.hide()
            self.clock_label.setToolTip("")
            return
        if not self.stages and self.voting_day is None:
            self._set_clock_text(self.tr("No stages yet"))
            self.clock_label.setToolTip(
                self.tr("Add the operation's stages in View › Stage timeline (Ctrl+Shift+T).")
            )
            return
        c = self.clock()
        name = c.stage.name if c.stage else self.tr("between stages")
        text = name if c.h is None else f"{name}, {c.h}"
        self._set_clock_text(text[:1].upper() + text[1:])
        lines = [self.tr("Today (%1): %2").replace("%1", self.zone).replace("%2", day_text(c.day))]
        if self.window.is_demo:
            lines[0] += " " + self.tr("(demo: the operation as it stood on this day)")
        if c.current[1:]:
            lines.append(
                self.tr("Also under way: %1").replace(
                    "%1", "; ".join(s.name for s in c.current[1:])
                )
            )
        if c.next_stage is not None:
            sp = span(c.next_stage, self.stages)
            lines.append(
                self.tr("Next: %1 from %2")
                .replace("%1", c.next_stage.name)
                .replace("%2", day_text(sp[0]) if sp else "")
            )
        self.clock_label.setToolTip("\n".join(lines))

    # --- a stage chosen -------------------------------------------------------------------------

    def _stage_chosen(self, stage_id: str) -> None:
        stage: Stage | None = next((s for s in self.stages if s.id == stage_id), None)
        ui = self.window.ui
        if self._risks is not None:
            self._risks.set_stage_filter(stage.id if stage else None)
        if stage is None:
            ui.incidentPanel.set_stage_period(None)
            ui.historyPanel.set_period(None)
            return
        sp = span(stage, self.stages)
        if sp is None:
            return
        ui.incidentPanel.set_stage_period((sp[0], sp[1]), stage.name)
        tz = zone_of(self.zone)
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
        # The keys belong to the voting-day view (its own action, while it is open); the
        # menu names them without taking them (two actions on one key would both go dead).
        self.progress_action.setText(self.tr("Record TPS &progress…") + "\tCtrl+Shift+P")
        self.progress_action.setToolTip(
            self.tr("Voting day: the step the selected TPS reached (Ctrl+Shift+P in that view)")
        )
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
