"""The risk register panel: the Forkopimda mapping of threats per stage, and its follow-up.

A table of the register (stage, area, threat, level, mitigation, agency, status, due date)
with filters for stage, agency and status and an "overdue only" switch. Lines are added,
changed, marked done and deleted from here; each edit is emitted as ``edited`` so the main
window can offer its undo. The list is a store query re-run after every change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.stages import Stage, depth
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.models.region_tree import format_count
from commandpost.gui.risks.dialog import RiskDialog
from commandpost.gui.risks.model import (
    COL_AREA,
    COL_MITIGATION,
    COL_STAGE,
    COL_THREAT,
    RiskTableModel,
    status_text,
)
from commandpost.store import risks as store
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.risks import DONE, IN_PROGRESS, PLANNED, RISK_STATUSES, RiskItem
from commandpost.store.stages import list_stages
from commandpost.store.threats import Edit, places

ALL = "all"
OPEN = "open"

DbSource = Database | Callable[[], Database | None] | None


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the officer why a change was refused (tests replace this to avoid a modal box)."""
    QMessageBox.warning(parent, title, text)


class RiskRegisterPanel(QWidget):
    """The register. ``db`` is a database or a function giving the open one (None: none
    open); ``actor`` gives the officer's name for each change (default: Pengaturan)."""

    edited = Signal(list, str)  # the edits of one action, and its text for the Edit menu

    def __init__(
        self,
        db: DbSource = None,
        actor: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("riskRegisterPanel")
        self._db_source: DbSource = db
        self._actor = actor or cfg.operator_name
        self._stages: list[Stage] = []
        self._language_pending = False
        self._build()
        self._retranslate()
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(6)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.stageFilterLabel = QLabel(self)
        self.stageFilter = QComboBox(self)
        self.stageFilter.setObjectName("riskStageFilter")
        self.stageFilter.setMaxVisibleItems(22)
        self.agencyFilterLabel = QLabel(self)
        self.agencyFilter = QComboBox(self)
        self.agencyFilter.setObjectName("riskAgencyFilter")
        self.unitFilterLabel = QLabel(self)
        self.unitFilter = QComboBox(self)
        self.unitFilter.setObjectName("riskUnitFilter")
        self._unit_areas: dict[str, list[str]] = {}
        self.statusFilterLabel = QLabel(self)
        self.statusFilter = QComboBox(self)
        self.statusFilter.setObjectName("riskStatusFilter")
        for combo, length in (
            (self.stageFilter, 18),
            (self.unitFilter, 12),
            (self.agencyFilter, 9),
            (self.statusFilter, 12),
        ):
            # Narrow enough for a dock beside a small screen; the popups show full names.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.overdueCheck = QCheckBox(self)
        self.overdueCheck.setObjectName("riskOverdueOnly")
        for label, widget in (
            (self.stageFilterLabel, self.stageFilter),
            (self.unitFilterLabel, self.unitFilter),
            (self.agencyFilterLabel, self.agencyFilter),
            (self.statusFilterLabel, self.statusFilter),
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.overdueCheck)
        filters.addStretch(1)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("riskCount")
        filters.addWidget(self.countLabel)
        layout.addLayout(filters)

        self.model = RiskTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("riskTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(50)
        # Short columns fit their contents (a register has tens of lines, not thousands);
        # the long ones can be widened by hand; the mitigation takes the rest.
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_STAGE, COL_AREA, COL_THREAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_MITIGATION, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((COL_STAGE, 15), (COL_AREA, 16), (COL_THREAT, 16)):
            header.resizeSection(column, width * em)

        self.emptyLabel = QLabel(self)
        self.emptyLabel.setObjectName("riskEmpty")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setMargin(16)
        self.emptyLabel.setStyleSheet("color: palette(placeholder-text);")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.emptyLabel)
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.addAction_ = self._action("riskAdd", [QKeySequence(Qt.Key.Key_Insert)], self.add_risk)
        self.editAction = self._action(
            "riskEdit", [QKeySequence(Qt.Key.Key_F2)], self.edit_selected
        )
        self.doneAction = self._action(
            "riskDone", [QKeySequence("Ctrl+D")], self.mark_selected_done
        )
        self.deleteAction = self._action(
            "riskDelete", [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete_selected
        )
        self.addButton = QPushButton(self)
        self.addButton.setObjectName("riskAddButton")
        self.editButton = QPushButton(self)
        self.editButton.setObjectName("riskEditButton")
        self.doneButton = QPushButton(self)
        self.doneButton.setObjectName("riskDoneButton")
        self.deleteButton = QPushButton(self)
        self.deleteButton.setObjectName("riskDeleteButton")
        for button, action in (
            (self.addButton, self.addAction_),
            (self.editButton, self.editAction),
            (self.doneButton, self.doneAction),
            (self.deleteButton, self.deleteAction),
        ):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.stageFilter.currentIndexChanged.connect(self.refresh)
        self.agencyFilter.currentIndexChanged.connect(self.refresh)
        self.unitFilter.currentIndexChanged.connect(self.refresh)
        self.statusFilter.currentIndexChanged.connect(self.refresh)
        self.overdueCheck.toggled.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)  # Enter, or a double click

    def _action(self, name: str, keys: list[QKeySequence], slot) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- the database ---------------------------------------------------------------------

    def db(self) -> Database | None:
        source = self._db_source
        if source is None or isinstance(source, Database):
            return source
        return source()

    def set_database(self, db: DbSource) -> None:
        """Another database (or a function giving it); the filters start again."""
        self._db_source = db
        for combo in (self.stageFilter, self.agencyFilter, self.statusFilter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.overdueCheck.blockSignals(True)
        self.overdueCheck.setChecked(False)
        self.overdueCheck.blockSignals(False)
        self.reload()

    def today(self) -> dt.date:
        """The day overdue is measured against: today in WIB."""
        return store.wib_today()

    def reload(self) -> None:
        """Read stages and agencies again (they may have changed), then the register."""
        db = self.db()
        self._stages = list_stages(db) if db is not None else []
        self._fill_filters()
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query with the current filters, keeping the selected line."""
        keep = self.current_risk()
        db = self.db()
        if db is None:
            self.model.set_risks([], {})
        else:
            rows = store.list_risks(db, **self.filter_args())
            codes = sorted({r.node_code for r in rows if r.node_code})
            self.model.set_risks(rows, places(db, codes))
        if keep is not None:
            self.select_risk(keep.id)
        self._show_state()

    def filter_args(self) -> dict:
        """The list_risks arguments for the current filters."""
        today = self.today()
        args: dict = {"today": today}
        stage = self.stageFilter.currentData()
        if stage and stage != ALL:
            args["stage_id"] = stage
        agency = self.agencyFilter.currentData()
        if agency and agency != ALL:
            args["agency"] = agency
        unit = self.unitFilter.currentData()
        db = self.db()
        if unit and unit != ALL and db is not None:
            # A unit's jurisdiction (its areas and those of the units below it).
            if unit not in self._unit_areas:
                from commandpost.store.units import unit_areas

                self._unit_areas[unit] = unit_areas(db, unit)
            args["areas"] = self._unit_areas[unit]
        status = self.statusFilter.currentData()
        if status == OPEN:
            args["status"] = [PLANNED, IN_PROGRESS]
        elif status and status != ALL:
            args["status"] = status
        if self.overdueCheck.isChecked():
            args["overdue_on"] = today
        return args

    def set_stage_filter(self, stage_id: str | None) -> None:
        """Show only one stage's lines (and its sub-stages'), or all for None; the
        timeline calls this when a stage is clicked."""
        row = self.stageFilter.findData(stage_id or ALL)
        if row < 0:
            self.reload()  # a stage added since
            row = max(0, self.stageFilter.findData(stage_id or ALL))
        self.stageFilter.setCurrentIndex(row)  # re-queries when it moves

    # --- the selected line ----------------------------------------------------------------

    def risks(self) -> list[RiskItem]:
        """What the table shows now."""
        return self.model.risks()

    def current_risk(self) -> RiskItem | None:
        index = self.table.currentIndex()
        return self.model.risk(index.row()) if index.isValid() else None

    def select_risk(self, risk_id: str | None) -> bool:
        row = self.model.row_of(risk_id) if risk_id else -1
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- actions --------------------------------------------------------------------------

    def add_risk(self) -> Edit | None:
        """Open the dialog for a new line (in the filtered stage, if any)."""
        db = self.db()
        if db is None:
            return None
        stage = self.stageFilter.currentData()
        dialog = self.create_dialog(db, None, stage if stage != ALL else None)
        return self._run_dialog(dialog, self.tr("Add risk: %1"))

    def edit_selected(self) -> Edit | None:
        db = self.db()
        risk = self.current_risk()
        if db is None or risk is None:
            return None
        dialog = self.create_dialog(db, risk, None)
        return self._run_dialog(dialog, self.tr("Change risk: %1"))

    def mark_selected_done(self) -> Edit | None:
        risk = self.current_risk()
        if risk is None or risk.status == DONE:
            return None
        return self._write(
            lambda db, actor: store.set_risk(
                db, risk.id, actor=actor, status=DONE, reason="mitigasi selesai"
            ),
            self.tr("Mark risk done: %1"),
        )

    def delete_selected(self) -> Edit | None:
        risk = self.current_risk()
        if risk is None or self.db() is None:
            return None
        question = self.tr("Delete this risk from the register?\n\n%1 · %2\n%3")
        question = (
            question.replace("%1", look.category_label(risk.threat))
            .replace("%2", self.model.area_text(risk))
            .replace("%3", risk.mitigation)
        )
        if not self.confirm(self.tr("Delete risk"), question):
            return None
        return self._write(
            lambda db, actor: store.delete_risk(db, risk.id, actor=actor),
            self.tr("Delete risk: %1"),
        )

    def _write(self, write: Callable[[Database, str], Edit | None], text: str) -> Edit | None:
        db = self.db()
        if db is None:
            return None
        try:
            edit = write(db, self._actor())
        except (ChangeError, ValueError) as exc:
            warn(
                self, self.tr("Risk not saved"), self.tr("Nothing was changed.") + "\n\n" + str(exc)
            )
            self.refresh()  # show the register as it is now
            return None
        self._after_edit(edit, text)
        return edit

    def _run_dialog(self, dialog: RiskDialog, text: str) -> Edit | None:
        try:
            if not self.exec_dialog(dialog):
                return None
            edit = dialog.edit
        finally:
            dialog.deleteLater()
        self._after_edit(edit, text)
        return edit

    def _after_edit(self, edit: Edit | None, text: str) -> None:
        self.reload()
        if edit is None:
            return
        if edit.entity == "risk" and edit.change.entity_id != "*":
            self.select_risk(edit.change.entity_id)
        self.edited.emit([edit], text.replace("%1", edit.label))

    # --- dialogs (tests replace these to drive them without a modal loop) -----------------

    def create_dialog(
        self, db: Database, risk: RiskItem | None, stage_id: str | None
    ) -> RiskDialog:
        return RiskDialog(db, actor=self._actor, risk=risk, stage_id=stage_id, parent=self)

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- showing --------------------------------------------------------------------------

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        """Replace a combo's entries, keeping the chosen one, without re-querying."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def _fill_filters(self) -> None:
        stages = [(self.tr("All stages"), ALL)]
        stages += [("   " * depth(s, self._stages) + s.name, s.id) for s in self._stages]
        self._fill(self.stageFilter, stages)
        db = self.db()
        agencies = store.agencies(db, include_hidden=True) if db is not None else []
        self._fill(
            self.agencyFilter,
            [(self.tr("All agencies"), ALL)] + [(a.label, a.key) for a in agencies],
        )
        from commandpost.store.units import units

        self._unit_areas = {}
        found = units(db) if db is not None else []
        ids = {u.id for u in found}

        def level(unit) -> int:
            depth_, up = 0, unit.parent_id
            while up in ids and depth_ < 8:
                depth_ += 1
                up = next(u.parent_id for u in found if u.id == up)
            return depth_

        self._fill(
            self.unitFilter,
            [(self.tr("All units"), ALL)] + [("   " * level(u) + u.name, u.id) for u in found],
        )
        self._fill(
            self.statusFilter,
            [(self.tr("All statuses"), ALL), (self.tr("Open (not done)"), OPEN)]
            + [(status_text(s), s) for s in RISK_STATUSES],
        )

    def _filtered(self) -> bool:
        return self.overdueCheck.isChecked() or any(
            combo.currentData() not in (None, ALL)
            for combo in (self.stageFilter, self.unitFilter, self.agencyFilter, self.statusFilter)
        )

    def _show_state(self) -> None:
        rows = self.model.risks()
        db = self.db()
        if db is None:
            self.countLabel.setText("")
            self.emptyLabel.setText(self.tr("No database is open."))
        elif not rows and self._filtered():
            self.emptyLabel.setText(self.tr("No risks match these filters."))
        elif not rows:
            self.emptyLabel.setText(
                self.tr(
                    "The risk register is empty. Press “Add risk…” (Ins) to map the threat "
                    "expected in an area during a stage and its mitigation."
                )
            )
        if db is not None:
            late = sum(1 for r in rows if r.overdue)
            if len(rows) == 1:
                text = self.tr("1 risk, %1 overdue")
            else:
                text = self.tr("%2 risks, %1 overdue").replace("%2", format_count(len(rows)))
            self.countLabel.setText(text.replace("%1", format_count(late)))
        self.stack.setCurrentWidget(self.table if rows else self.emptyLabel)
        self._update_actions()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    def _activated(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _update_actions(self) -> None:
        has_db = self.db() is not None
        risk = self.current_risk()
        for widget in (self.stageFilter, self.agencyFilter, self.statusFilter, self.overdueCheck):
            widget.setEnabled(has_db)
        self.addAction_.setEnabled(has_db)
        self.editAction.setEnabled(risk is not None)
        self.doneAction.setEnabled(risk is not None and risk.status != DONE)
        self.deleteAction.setEnabled(risk is not None)
        for button, action in (
            (self.addButton, self.addAction_),
            (self.editButton, self.editAction),
            (self.doneButton, self.doneAction),
            (self.deleteButton, self.deleteAction),
        ):
            button.setEnabled(action.isEnabled())

    # --- language -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.stageFilterLabel.setText(self.tr("S&tage:"))
        self.agencyFilterLabel.setText(self.tr("A&gency:"))
        self.unitFilterLabel.setText(self.tr("U&nit:"))
        self.statusFilterLabel.setText(self.tr("Stat&us:"))
        self.overdueCheck.setText(self.tr("&Overdue only"))
        self.overdueCheck.setToolTip(self.tr("Only lines past their due date and not done"))
        for button, action, text, tip in (
            (self.addButton, self.addAction_, self.tr("&Add risk…"), self.tr("Add a risk (Ins)")),
            (
                self.editButton,
                self.editAction,
                self.tr("&Change…"),
                self.tr("Change the selected risk (Enter, F2)"),
            ),
            (
                self.doneButton,
                self.doneAction,
                self.tr("&Mark done"),
                self.tr("Mark the selected risk's mitigation as done (Ctrl+D)"),
            ),
            (
                self.deleteButton,
                self.deleteAction,
                self.tr("&Delete…"),
                self.tr("Delete the selected risk (Del); asks first"),
            ),
        ):
            button.setText(text)
            button.setToolTip(tip)
            action.setText(text)
            action.setToolTip(tip)
        self._fill_filters()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._language_pending:
            # Once the switch is complete: Qt sends this while translators are still being
            # swapped, and the taxonomy labels follow the language the switch ends with.
            self._language_pending = True
            QTimer.singleShot(0, self, self._language_changed)
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._language_pending = False
        self._retranslate()
        self._show_state()
