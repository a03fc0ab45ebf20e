"""The stage timeline panel: the list of stages (add, change, delete from the keyboard) and
the chart beside it. The chart (pyqtgraph) is built the first time the panel is shown, so
the window's start-up never pays for it."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.stages import Stage, local_day, span, subtree
from commandpost.core.stages import zone as zone_of
from commandpost.core.zones import zone_of_province
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.app import FirstPaint
from commandpost.gui.look import day_text
from commandpost.gui.timeline.stage_dialog import StageDialog
from commandpost.store import queries, stages, timeline
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.duty import post_zone
from commandpost.store.threats import Edit
from commandpost.store.timeline import VotingProgress

log = logging.getLogger(__name__)
IdRole = Qt.ItemDataRole.UserRole + 1


class TimelinePanel(QWidget):
    """Emits ``edited(edits, text)`` after a stage was saved (the window offers its undo) and
    ``stageChosen(stage_id or "")`` when the officer picks a stage (by click, or Enter)."""

    edited = Signal(list, str)
    stageChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._db: Database | None = None
        self.stages: list[Stage] = []
        self.voting_day: dt.date | None = None
        self.zone = "WIB"
        self.chart = None  # built when first shown
        # The voting-day series drawn last, and what it was read for (_voting_progress).
        self._progress_key: tuple | None = None
        self._progress = None
        self._stale = True
        self.today = dt.date.today()
        self.now = lambda: dt.datetime.now(dt.UTC)  # the feature sets the demo's moment
        # How to wait for the window's first paint before a slow import (the feature gives
        # the main window's; on its own, this panel's own first paint).
        self.after_first_paint = lambda done: FirstPaint(self, done)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.splitter)

        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(left)
        self.tree.setObjectName("stageList")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(lambda *_: self.edit_stage())
        self.tree.currentItemChanged.connect(self._current_changed)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(left)
        self.add_button.setObjectName("addStageButton")
        self.add_button.clicked.connect(lambda: self.add_stage())
        self.edit_button = QPushButton(left)
        self.edit_button.setObjectName("editStageButton")
        self.edit_button.clicked.connect(lambda: self.edit_stage())
        self.delete_button = QPushButton(left)
        self.delete_button.setObjectName("deleteStageButton")
        self.delete_button.clicked.connect(lambda: self.delete_stage())
        self.filter_button = QPushButton(left)
        self.filter_button.setObjectName("filterStageButton")
        self.filter_button.setCheckable(True)
        self.filter_button.toggled.connect(self._filter_toggled)
        self.more_button = QPushButton(left)
        self.more_button.setObjectName("moreStageButton")
        self.more_menu = QMenu(self.more_button)
        self.import_action = self.more_menu.addAction("", self.import_schedule)
        self.template_menu = self.more_menu.addMenu("")
        for key in stages.TEMPLATES:
            self.template_menu.addAction(
                stages.template(key).name, lambda k=key: self.take_template(k)
            )
        self.more_button.setMenu(self.more_menu)
        for button in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.filter_button,
            self.more_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        self.right = QWidget(self.splitter)
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.right)
        self.hint.setObjectName("timelineHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.right_layout.addWidget(self.hint)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)

        for keys, slot in (
            (QKeySequence.StandardKey.New, None),
            ("Ins", self.add_stage),
            ("F2", self.edit_stage),
            ("Del", self.delete_stage),
        ):
            if slot is None:
                continue
            shortcut = QShortcut(QKeySequence(keys), self.tree, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._retranslate()

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self._progress_key = self._progress = None
        self._db = db
        self.filter_button.setChecked(False)
        self.reload()

    def reload(self) -> None:
        """Read the stages again; the chart's series too when it is on screen."""
        db = self._db
        current = self.current_stage_id()
        self.stages = stages.list_stages(db) if db is not None else []
        op = queries.operation(db) if db is not None else None
        self.voting_day = op.voting_day if op else None
        self.zone = post_zone(db) if db is not None else zone_of_province(None)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        for stage in self.stages:
            parent = items.get(stage.parent_id or "")
            item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.tree)
            sp = span(stage, self.stages)
            item.setText(0, stage.name)
            item.setText(1, day_text(sp[0]) if sp else "")
            item.setText(2, day_text(sp[1]) if sp else "")
            item.setData(0, IdRole, stage.id)
            item.setToolTip(0, stage.name)
            items[stage.id] = item
        self.tree.expandAll()
        if current in items:
            self.tree.setCurrentItem(items[current])
        self._update_buttons()
        self._stale = True
        if self.isVisible() and self.chart is not None:
            self.refresh_chart()  # (a chart not built yet is made after the first paint)

    def current_stage_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, IdRole) if item is not None else None

    def current_stage(self) -> Stage | None:
        sid = self.current_stage_id()
        return next((s for s in self.stages if s.id == sid), None)

    def select_stage(self, stage_id: str | None) -> None:
        for item in self._items():
            if item.data(0, IdRole) == stage_id:
                self.tree.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for i in range(item.childCount()):
                out.append(item.child(i))
                walk(item.child(i))

        walk(self.tree.invisibleRootItem())
        return out

    # --- the chart ----------------------------------------------------------------------------

    def ensure_chart(self):
        if self.chart is None:
            from commandpost.gui.timeline.chart import TimelineChart

            self.chart = TimelineChart(self.right)
            self.chart.setObjectName("timelineChart")
            self.chart.stageClicked.connect(self._chart_clicked)
            self.right_layout.addWidget(self.chart, 1)
        return self.chart

    def chart_texts(self) -> dict[str, str]:
        return {
            "rawan": look.class_label("rawan"),
            "sangat_rawan": look.class_label("sangat_rawan"),
            "today": self.tr("today"),
            "voting_day": self.tr("voting day"),
            "classes_title": self.tr("TPS"),
            "incidents_title": self.tr("Incidents"),
            "people_title": self.tr("Personnel"),
            "progress_title": self.tr("TPS progress"),
            "on_duty": self.tr("on duty in a shift"),
            "checked_in": self.tr("reported at their post"),
            "no_classes": self.tr("no rawan or sangat rawan TPS recorded yet"),
            "no_incidents": self.tr("no incidents logged yet"),
            "no_people": self.tr(
                "no one posted in a shift yet (the operation's plan posts {plan} people)"
            ),
            "no_progress": self.tr("no TPS progress reported for voting day yet"),
            "describe_stage": self.tr("{name}\n{start} – {end} ({days} days)"),
            "describe_classes": self.tr("{day}: {rawan} rawan, {sangat_rawan} sangat rawan TPS"),
            "describe_incidents": self.tr("{day}: {count} incidents"),
            "describe_people": self.tr(
                "{day}: {on_duty} people on duty in a shift, {checked_in} reported at their "
                "post (the operation's plan: {plan} people)"
            ),
            "describe_progress": self.tr(
                "{time} {zone}: {opened} opened, {finished} finished, {escorted} ballot boxes "
                "escorted to the PPK, of {total} TPS"
            ),
        }

    def refresh_chart(self) -> None:
        self._stale = False
        db = self._db
        chart = self.ensure_chart()
        now = self.now()
        self.today = local_day(now, self.zone)
        progress = None
        if db is not None and self.voting_day is not None:
            progress = self._voting_progress(db, now)
        chart.set_data(
            self.stages,
            classes=timeline.class_counts_by_day(db, self.zone) if db else [],
            incidents=timeline.incidents_per_day(db, self.zone) if db else [],
            today=self.today,
            voting_day=self.voting_day,
            texts=self.chart_texts(),
            duty=timeline.personnel_per_day(db) if db else [],
            plan=timeline.plan_strength(db) if db else 0,
            progress=progress,
            zone=self.zone,
        )
        chart.select_stage(self.current_stage_id() if self.filter_button.isChecked() else None)

    def _voting_progress(self, db: Database, now: dt.datetime) -> VotingProgress:
        """TPS progress per hour of voting day and the day after, up to the hour begun by
        ``now``; read again only when a TPS changed or the hour turned
        (store.timeline.progress_version). A sum over the intervals the change log keeps
        (store.progress_log): about 0.13 s for a whole country's two days."""
        day, zone = self.voting_day, self.zone
        start = dt.datetime.combine(day, dt.time(0), tzinfo=zone_of(zone))
        end = start + dt.timedelta(days=timeline.PROGRESS_DAYS)
        until = min(now, end).replace(minute=0, second=0, microsecond=0)
        key = (day, zone, until, timeline.progress_version(db))
        if key != self._progress_key:
            # Every hour begun by ``until`` (the current one counts what is in so far).
            upto = until + dt.timedelta(seconds=1) if now < end else None
            self._progress = timeline.voting_progress(db, day, zone, until=upto)
            self._progress_key = key
        return self._progress

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.chart is None:
            # pyqtgraph (about 0.3 s to import) loads only after this panel has been painted:
            # a window that starts with the timeline open shows first, the chart fills in.
            self.after_first_paint(self.refresh_if_stale)
        elif self._stale:
            self.refresh_chart()

    def refresh_if_stale(self) -> None:
        """Draw the chart now if it is on screen and out of date."""
        if self._stale and self.isVisible():
            self.refresh_chart()

    # --- choosing a stage ---------------------------------------------------------------------

    def _chart_clicked(self, stage_id: str) -> None:
        self.select_stage(stage_id)
        if self.filter_button.isChecked():
            self.stageChosen.emit(stage_id)
        else:
            self.filter_button.setChecked(True)

    def _filter_toggled(self, on: bool) -> None:
        sid = self.current_stage_id() if on else None
        if on and sid is None:
            self.filter_button.setChecked(False)
            return
        if self.chart is not None:
            self.chart.select_stage(sid)
        self.stageChosen.emit(sid or "")

    def _current_changed(self, *_args) -> None:
        self._update_buttons()
        if self.filter_button.isChecked():
            sid = self.current_stage_id()
            if self.chart is not None:
                self.chart.select_stage(sid)
            self.stageChosen.emit(sid or "")

    def _update_buttons(self) -> None:
        has_db = self._db is not None
        chosen = self.current_stage_id() is not None
        self.add_button.setEnabled(has_db)
        self.edit_button.setEnabled(has_db and chosen)
        self.delete_button.setEnabled(has_db and chosen)
        self.filter_button.setEnabled(has_db and (chosen or self.filter_button.isChecked()))

    # --- editing ------------------------------------------------------------------------------

    def create_dialog(self, stage: Stage | None, **kwargs) -> StageDialog:
        """The dialog for one stage (tests drive it)."""
        return StageDialog(self.stages, stage, parent=self, **kwargs)

    def exec_dialog(self, dialog: StageDialog) -> bool:
        return dialog.exec() == StageDialog.DialogCode.Accepted

    def add_stage(self) -> bool:
        if self._db is None:
            return False
        db = self._db
        current = self.current_stage()
        near = current.start if current and current.start else self.today

        def save(values: dict) -> Edit:
            return stages.add_stage(db, actor=cfg.operator_name(), **values)

        dialog = self.create_dialog(
            None, parent_id=current.parent_id if current else None, near=near, save=save
        )
        if not self.exec_dialog(dialog):
            return False
        edit = dialog.result_value
        self.edited.emit([edit], self.tr("new stage %1").replace("%1", edit.label))
        self.reload()
        self.select_stage(edit.change.entity_id)
        return True

    def edit_stage(self) -> bool:
        stage = self.current_stage()
        if self._db is None or stage is None:
            return False
        db = self._db

        def save(values: dict) -> Edit | None:
            return stages.set_stage(db, stage.id, actor=cfg.operator_name(), **values)

        dialog = self.create_dialog(stage, save=save)
        if not self.exec_dialog(dialog):
            return False
        if dialog.result_value is not None:
            self.edited.emit(
                [dialog.result_value], self.tr("stage %1 changed").replace("%1", stage.name)
            )
        self.reload()
        return True

    def confirm_delete(self, stage: Stage, below: int) -> bool:
        text = self.tr("Delete the stage “%1”?").replace("%1", stage.name)
        if below:
            text += " " + self.tr("Its %1 sub-stages are deleted with it.").replace(
                "%1", str(below)
            )
        text += " " + self.tr("You can undo this (Ctrl+Z).")
        text += self._risk_warning(self.risk_count(subtree(self.stages, [stage.id])))
        answer = QMessageBox.question(
            self,
            self.tr("Delete stage"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_stage(self) -> bool:
        stage = self.current_stage()
        if self._db is None or stage is None:
            return False
        below = len(subtree(self.stages, [stage.id])) - 1
        if not self.confirm_delete(stage, below):
            return False
        try:
            edit = stages.delete_stage(
                self._db, stage.id, actor=cfg.operator_name(), reason=self.tr("stage deleted")
            )
        except ChangeError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return False
        if self.filter_button.isChecked():
            self.filter_button.setChecked(False)
        self.edited.emit([edit], self.tr("stage %1 deleted").replace("%1", stage.name))
        self.reload()
        return True

    def create_import_dialog(self):
        from commandpost.gui.timeline.import_dialog import StageImportDialog

        return StageImportDialog(self._db, self)

    def import_schedule(self) -> bool:
        """Berkas › Impor jadwal tahapan: preview, then one change."""
        if self._db is None:
            return False
        dialog = self.create_import_dialog()
        if not self.exec_dialog(dialog) or dialog.edit is None:
            return False
        self.edited.emit(
            [dialog.edit], self.tr("stage schedule from %1").replace("%1", dialog.plan.file)
        )
        self.reload()
        return True

    def risk_count(self, stage_ids: set[str] | None = None) -> int:
        """Lines of the risk register tied to these stages (all stages: None)."""
        from commandpost.store import risks

        if self._db is None:
            return 0
        found = risks.list_risks(self._db)
        return sum(1 for r in found if stage_ids is None or r.stage_id in stage_ids)

    def _risk_warning(self, count: int) -> str:
        if not count:
            return ""
        return " " + self.tr(
            "%1 lines of the risk register belong to them and will show “(stage deleted)” "
            "until you give them a stage again."
        ).replace("%1", str(count))

    def _relink_note(self, plan) -> str:
        """What taking a template does to the risk register (store.stage_relink.RelinkPlan):
        how many lines move to the new stage of their kind, how many are left and whose."""
        text = ""
        if plan.moved:
            text += " " + self.tr(
                "%1 lines of the risk register move to the new stage of the same kind."
            ).replace("%1", str(plan.moved))
        if plan.left:
            text += " " + self.tr(
                "%1 lines have no stage of their kind in the template (%2) and will show "
                "“(stage deleted)” until you give them a stage again."
            ).replace("%2", "; ".join(plan.left_stage_names())).replace("%1", str(plan.left_count))
        return text

    def confirm_template(self, name: str, count: int, plan=None) -> bool:
        """``plan``: stages.relink_plan(db, key), what happens to the risk register."""
        answer = QMessageBox.question(
            self,
            self.tr("Take the stages of a template"),
            self.tr(
                "Replace the %1 current stages with those of %2? The voting day becomes the "
                "template's. You can undo this (Ctrl+Z)."
            )
            .replace("%1", str(count))
            .replace("%2", name)
            + (
                self._relink_note(plan)
                if plan is not None
                else self._risk_warning(self.risk_count())
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def take_template(self, key: str) -> bool:
        if self._db is None:
            return False
        template = stages.template(key)
        if self.stages and not self.confirm_template(
            template.name, len(self.stages), stages.relink_plan(self._db, key)
        ):
            return False
        edits = stages.take_template(self._db, key, actor=cfg.operator_name())
        self.edited.emit(edits, self.tr("stages of %1").replace("%1", template.name))
        self.reload()
        return True

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.chart is not None and self.isVisible():
                self.refresh_chart()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Stage"), self.tr("From"), self.tr("To")])
        self.add_button.setText(self.tr("A&dd…"))
        self.add_button.setToolTip(self.tr("Add a stage (Ins)"))
        self.edit_button.setText(self.tr("C&hange…"))
        self.edit_button.setToolTip(self.tr("Change the chosen stage (F2 or Enter)"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the chosen stage and its sub-stages (Del)"))
        self.filter_button.setText(self.tr("Show this stage onl&y"))
        self.more_button.setText(self.tr("Mo&re"))
        self.import_action.setText(self.tr("&Import a schedule (CSV/XLSX)…"))
        self.template_menu.setTitle(self.tr("Take the stages of a &template"))
        self.filter_button.setToolTip(
            self.tr(
                "Limit the incident list and the history to the chosen stage's dates "
                "(a click on a stage in the chart does the same)"
            )
        )
        # One line, so that the chart's five rows keep their room on a laptop's dock.
        self.hint.setText(
            self.tr(
                "Drag or scroll: pan, zoom · ← →: pan · + −: zoom · Home: whole operation · "
                "T: today · H: voting day"
            )
        )
        self.hint.setToolTip(
            self.tr(
                "Click a stage to limit the incidents and history to it. Point at a row for "
                "its figures on that day (on voting day: that hour)."
            )
        )
