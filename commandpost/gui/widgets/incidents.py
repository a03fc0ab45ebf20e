"""The incident log (kejadian): what happened where, filtered, and each incident's steps.

It lives in a dock under the tree. The list is a store query (period, area, type, status),
re-run whenever a filter changes or an incident is logged, moves a step, is corrected or
voided; the table model (incident_table) holds the rows it was given and never touches SQL
in ``data()``. Voided incidents are listed only with "Show voided", and counted never.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.regions import NodeInfo
from commandpost.core.threats import INCIDENT_FLOW
from commandpost.gui import look
from commandpost.gui.dialogs.incident_correction import CORRECT, VOID, IncidentCorrectionDialog
from commandpost.gui.dialogs.incident_dialog import (
    IncidentDialog,
    IncidentStepDialog,
    type_label,
)
from commandpost.gui.models.region_tree import format_count
from commandpost.gui.widgets.incident_details import (
    details_html,
)
from commandpost.gui.widgets.incident_table import (  # noqa: F401  (the list's parts)
    CLOSED,
    COL_DESCRIPTION,
    COL_LOCATION,
    COL_RECORDED_BY,
    COL_REPORTER,
    COL_STATUS,
    COL_TIME,
    COL_TYPE,
    HANDLED,
    REPORTED,
    STATUS_COLORS,
    IncidentIdRole,
    IncidentTableModel,
    NodeCodeRole,
    StatusRole,
    VoidedRole,
    location_text,
)
from commandpost.store import incidents as store
from commandpost.store import queries
from commandpost.store.database import Database
from commandpost.store.incidents import IncidentInfo
from commandpost.store.threats import places, taxonomy
from commandpost.store.units import UnitInfo, unit_areas

ALL = "all"
OPEN = "open"
SELECTED = "selected"
UNIT = "unit:"
PERIODS = ("all", "today", "24h", "7d", "custom")


class IncidentPanel(QWidget):
    """The incident log: filters, the list, the selected incident's details and steps."""

    revealRequested = Signal(str)  # a node code the main window should show in the tree
    incidentsChanged = Signal()  # emitted after an incident is logged or moves a step
    # A correction or void was saved: (edits, what the Edit menu calls it) for undo.
    editsRecorded = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentPanel")
        self._db: Database | None = None
        self._units: list[UnitInfo] = []
        self._unit_areas: dict[str, list[str]] = {}
        self._node: NodeInfo | None = None
        self._language_pending = False
        self._hidden_voided = 0
        self._build()
        self._retranslate()
        self.set_database(None)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(6)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.periodLabel = QLabel(self)
        self.periodCombo = QComboBox(self)
        self.periodCombo.setObjectName("periodCombo")
        self.fromEdit = self._date_edit("fromEdit", QDate.currentDate().addDays(-6))
        self.toEdit = self._date_edit("toEdit", QDate.currentDate())
        self.areaLabel = QLabel(self)
        self.areaCombo = QComboBox(self)
        self.areaCombo.setObjectName("areaCombo")
        self.typeLabel = QLabel(self)
        self.typeCombo = QComboBox(self)
        self.typeCombo.setObjectName("typeCombo")
        self.typeCombo.setMaxVisibleItems(15)
        self.statusLabel = QLabel(self)
        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("statusCombo")
        for combo, length in (
            (self.periodCombo, 10),
            (self.areaCombo, 14),
            (self.typeCombo, 14),
            (self.statusCombo, 10),
        ):
            # Narrow enough for a dock beside a small screen; the popups show full names.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(length)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        for label, widget in (
            (self.periodLabel, self.periodCombo),
            (self.areaLabel, self.areaCombo),
            (self.typeLabel, self.typeCombo),
            (self.statusLabel, self.statusCombo),
        ):
            label.setBuddy(widget)
        filters.addWidget(self.periodLabel)
        filters.addWidget(self.periodCombo)
        self.dashLabel = QLabel("–", self)
        self.dashLabel.setVisible(False)
        filters.addWidget(self.fromEdit)
        filters.addWidget(self.dashLabel)
        filters.addWidget(self.toEdit)
        filters.addSpacing(10)
        filters.addWidget(self.areaLabel)
        filters.addWidget(self.areaCombo)
        filters.addSpacing(10)
        filters.addWidget(self.typeLabel)
        filters.addWidget(self.typeCombo)
        filters.addSpacing(10)
        filters.addWidget(self.statusLabel)
        filters.addWidget(self.statusCombo)
        filters.addStretch(1)
        self.countLabel = QLabel(self)
        self.countLabel.setObjectName("countLabel")
        filters.addWidget(self.countLabel)
        layout.addLayout(filters)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)

        self.model = IncidentTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("incidentTable")
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
        header.setMinimumSectionSize(60)
        modes = {
            COL_TIME: QHeaderView.ResizeMode.ResizeToContents,
            COL_LOCATION: QHeaderView.ResizeMode.Interactive,
            COL_TYPE: QHeaderView.ResizeMode.Interactive,
            COL_STATUS: QHeaderView.ResizeMode.ResizeToContents,
            COL_DESCRIPTION: QHeaderView.ResizeMode.Stretch,
            COL_REPORTER: QHeaderView.ResizeMode.Interactive,
            COL_RECORDED_BY: QHeaderView.ResizeMode.Interactive,
        }
        for column, mode in modes.items():
            header.setSectionResizeMode(column, mode)
        em = self.fontMetrics().horizontalAdvance("M")
        header.resizeSection(COL_LOCATION, 18 * em)
        header.resizeSection(COL_TYPE, 11 * em)
        header.resizeSection(COL_REPORTER, 14 * em)
        header.resizeSection(COL_RECORDED_BY, 10 * em)

        self.emptyLabel = QLabel(self)
        self.emptyLabel.setObjectName("emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setMargin(16)
        self.emptyLabel.setStyleSheet("color: palette(placeholder-text);")

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.emptyLabel)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(6)
        self.details = QTextBrowser(side)
        self.details.setObjectName("incidentDetails")
        self.details.setOpenLinks(False)
        side_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.logButton = QPushButton(side)
        self.logButton.setObjectName("logButton")
        self.handledButton = QPushButton(side)
        self.handledButton.setObjectName("handledButton")
        self.closedButton = QPushButton(side)
        self.closedButton.setObjectName("closedButton")
        self.revealButton = QPushButton(side)
        self.revealButton.setObjectName("revealButton")
        self.correctButton = QPushButton(side)
        self.correctButton.setObjectName("correctButton")
        self.voidButton = QPushButton(side)
        self.voidButton.setObjectName("voidButton")
        for button in (self.logButton, self.handledButton, self.closedButton, self.revealButton):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        fixes = QHBoxLayout()  # a second row: the side pane stays narrow in a dock
        fixes.setSpacing(6)
        for button in (self.correctButton, self.voidButton):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            fixes.addWidget(button)
        fixes.addSpacing(10)
        # A filter of the list, kept beside Void (the filter row must stay narrow).
        self.showVoidedCheck = QCheckBox(side)
        self.showVoidedCheck.setObjectName("showVoidedCheck")
        fixes.addWidget(self.showVoidedCheck)
        fixes.addStretch(1)
        side_layout.addLayout(fixes)

        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)

        self.periodCombo.currentIndexChanged.connect(self._period_changed)
        self.fromEdit.dateChanged.connect(self._from_changed)
        self.toEdit.dateChanged.connect(self._dates_changed)
        for combo in (self.areaCombo, self.typeCombo, self.statusCombo):
            combo.currentIndexChanged.connect(self.refresh)
        self.showVoidedCheck.toggled.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)
        self.logButton.clicked.connect(lambda: self.log_incident())
        self.handledButton.clicked.connect(lambda: self.advance_selected(HANDLED))
        self.closedButton.clicked.connect(lambda: self.advance_selected(CLOSED))
        self.revealButton.clicked.connect(self.reveal_selected)
        self.correctButton.clicked.connect(lambda: self.fix_selected(CORRECT))
        self.voidButton.clicked.connect(lambda: self.fix_selected(VOID))

    def _date_edit(self, name: str, date: QDate) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setObjectName(name)
        edit.setLocale(look.ID_LOCALE)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        edit.setVisible(False)
        return edit

    # --- public ---------------------------------------------------------------------------

    def set_database(self, db: Database | None, units: list[UnitInfo] = ()) -> None:
        self._db = db
        self._units = list(units)
        self._unit_areas = {}
        self._node = None
        self.areaCombo.blockSignals(True)
        self.areaCombo.setCurrentIndex(0)
        self.areaCombo.blockSignals(False)
        self._fill_area_combo()
        self.refresh()

    def set_selected_node(self, info: NodeInfo | None) -> None:
        """The tree's current node: where a new incident is logged, and the "Selected" area."""
        self._node = info
        following = self.areaCombo.currentData() == SELECTED
        self._update_selected_entry()
        if following:
            if info is None:
                self.areaCombo.setCurrentIndex(0)  # re-queries
            else:
                self.refresh()
        self._update_buttons()

    def log_incident(self, info: NodeInfo | None = None) -> str | None:
        """Log an incident at ``info`` (default: the selected node); returns its id or None."""
        info = info or self._node
        if self._db is None or info is None:
            return None
        dialog = self.create_incident_dialog(info)
        try:
            if not self.exec_dialog(dialog):
                return None
            incident_id = dialog.incident_id
        finally:
            dialog.deleteLater()
        self.refresh()
        self.select_incident(incident_id)
        self.incidentsChanged.emit()
        return incident_id

    def advance_selected(self, status: str) -> bool:
        """Move the selected incident to ``status`` through the step dialog; True if saved."""
        incident = self.current_incident()
        if self._db is None or incident is None:
            return False
        dialog = self.create_step_dialog(incident, status)
        try:
            saved = self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        self.refresh()  # also after a refusal: show the incident as it is now
        if saved:
            self.incidentsChanged.emit()
        return saved

    def fix_selected(self, mode: str) -> bool:
        """Correct (CORRECT) or void (VOID) the selected incident through its dialog, with
        a reason; the edit is offered for undo (editsRecorded). True if saved."""
        incident = self.current_incident()
        if self._db is None or incident is None or incident.voided:
            return False
        dialog = self.create_correction_dialog(incident, mode)
        try:
            saved = self.exec_dialog(dialog)
            edit = dialog.edit
        finally:
            dialog.deleteLater()
        self.refresh()
        if saved and edit is not None:
            what = type_label(incident.type)
            text = (
                self.tr("void incident %1") if mode == VOID else self.tr("correct incident %1")
            ).replace("%1", what)
            self.editsRecorded.emit([edit], text)
            self.incidentsChanged.emit()
        return saved

    def reveal_selected(self) -> None:
        incident = self.current_incident()
        if incident is not None:
            self.revealRequested.emit(incident.node_code)

    def set_stage_period(self, period, name: str = "") -> None:
        """Show the incidents of a stage's days (``(first, last)`` local dates, inclusive),
        or go back to all incidents with None. The period stays editable."""
        combo = self.periodCombo
        if period is None:
            if combo.currentData() == "custom":
                combo.setCurrentIndex(combo.findData("all"))
            return
        first, last = period
        for edit, day in ((self.fromEdit, first), (self.toEdit, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.fromEdit.setToolTip(name)
        if combo.currentData() == "custom":
            self.refresh()
        else:
            combo.setCurrentIndex(combo.findData("custom"))

    def refresh(self) -> None:
        """Re-run the query with the current filters, keeping the selected incident.
        Voided incidents are listed (marked) only with "Show voided"; the count says how
        many it leaves out."""
        keep = self.current_incident()
        self._hidden_voided = 0
        if self._db is None:
            self.model.set_incidents([], {})
        else:
            rows = store.list_incidents(self._db, **self.filter_args(), include_voided=True)
            if not self.showVoidedCheck.isChecked():
                self._hidden_voided = sum(1 for r in rows if r.voided)
                rows = [r for r in rows if not r.voided]
            self.model.set_incidents(rows, places(self._db, sorted({r.node_code for r in rows})))
        if keep is not None:
            self.select_incident(keep.id)
        self._show_state()

    def incidents(self) -> list[IncidentInfo]:
        """What the table shows now."""
        return self.model.incidents()

    def current_incident(self) -> IncidentInfo | None:
        index = self.table.currentIndex()
        return self.model.incident(index.row()) if index.isValid() else None

    def select_incident(self, incident_id: str | None) -> bool:
        row = self.model.row_of(incident_id) if incident_id else -1
        if row < 0:
            return False
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def details_text(self) -> str:
        """The details area as plain text (what the officer reads there)."""
        return self.details.toPlainText()

    # --- dialogs (tests replace these to drive the dialogs without a modal loop) ----------

    def create_incident_dialog(self, info: NodeInfo) -> IncidentDialog:
        return IncidentDialog(self._db, info, self)

    def create_step_dialog(self, incident: IncidentInfo, status: str) -> IncidentStepDialog:
        return IncidentStepDialog(self._db, incident, status, self)

    def create_correction_dialog(
        self, incident: IncidentInfo, mode: str
    ) -> IncidentCorrectionDialog:
        return IncidentCorrectionDialog(self._db, incident, mode, self, move_to=self._node)

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- filters --------------------------------------------------------------------------

    def filter_args(self) -> dict:
        """The list_incidents arguments for the current filters."""
        args: dict = {}
        period = self.periodCombo.currentData()
        now = look.post_now()  # "today" and the typed days are the post's
        midnight, zone = QTime(0, 0), look.post_qzone()
        if period == "today":
            args["since"] = look.iso_local(QDateTime(now.date(), midnight, zone))
        elif period == "24h":
            args["since"] = look.iso_local(now.addSecs(-24 * 3600))
        elif period == "7d":
            args["since"] = look.iso_local(now.addDays(-7))
        elif period == "custom":
            args["since"] = look.iso_local(QDateTime(self.fromEdit.date(), midnight, zone))
            args["until"] = look.iso_local(QDateTime(self.toEdit.date().addDays(1), midnight, zone))
        area = self.areaCombo.currentData()
        if area == SELECTED and self._node is not None:
            args["under"] = self._node.code
        elif isinstance(area, str) and area.startswith(UNIT) and self._db is not None:
            unit_id = area.removeprefix(UNIT)
            if unit_id not in self._unit_areas:
                self._unit_areas[unit_id] = unit_areas(self._db, unit_id)
            args["areas"] = self._unit_areas[unit_id]
        kind = self.typeCombo.currentData()
        if kind and kind != ALL:
            args["types"] = [kind]
        status = self.statusCombo.currentData()
        if status == OPEN:
            args["statuses"] = list(INCIDENT_FLOW[:-1])
        elif status and status != ALL:
            args["statuses"] = [status]
        return args

    def _filtered(self) -> bool:
        return any(
            combo.currentData() not in (None, ALL)
            for combo in (self.periodCombo, self.areaCombo, self.typeCombo, self.statusCombo)
        )

    def _period_changed(self) -> None:
        custom = self.periodCombo.currentData() == "custom"
        for widget in (self.fromEdit, self.dashLabel, self.toEdit):
            widget.setEnabled(custom)  # shown only for Custom: the row stays narrow for a dock
            widget.setVisible(custom)
        self.refresh()

    def _from_changed(self, date: QDate) -> None:
        if self.toEdit.date() < date:
            self.toEdit.blockSignals(True)
            self.toEdit.setDate(date)
            self.toEdit.blockSignals(False)
        self._dates_changed()

    def _dates_changed(self) -> None:
        if self.periodCombo.currentData() == "custom":
            self.refresh()

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

    def _fill_area_combo(self) -> None:
        depth: dict[str, int] = {}
        entries = [(self.tr("All areas"), ALL), ("", SELECTED)]
        for unit in self._units:  # each unit after its parent, indented below it
            depth[unit.id] = depth.get(unit.parent_id, -1) + 1 if unit.parent_id else 0
            entries.append(("   " * depth[unit.id] + unit.name, UNIT + unit.id))
        self._fill(self.areaCombo, entries)
        self._update_selected_entry()

    def _update_selected_entry(self) -> None:
        """The "Selected" area names the tree's node; it cannot be chosen without one."""
        row = self.areaCombo.findData(SELECTED)
        if self._node is None:
            text = self.tr("Selected place (none)")
        else:
            text = self.tr("Selected: %1").replace("%1", self._node.name)
        self.areaCombo.setItemText(row, text)
        self.areaCombo.model().item(row).setEnabled(self._node is not None)

    def _fill_filter_combos(self) -> None:
        self._fill(
            self.periodCombo,
            [
                (self.tr("All time"), "all"),
                (self.tr("Today"), "today"),
                (self.tr("Last 24 hours"), "24h"),
                (self.tr("Last 7 days"), "7d"),
                (self.tr("Custom"), "custom"),
            ],
        )
        kinds = taxonomy()
        self._fill(
            self.typeCombo,
            [(self.tr("All types"), ALL)] + [(look.label(t), t.key) for t in kinds.incident_types],
        )
        self._fill(
            self.statusCombo,
            [(self.tr("All"), ALL), (self.tr("Open (reported or handled)"), OPEN)]
            + [(look.label(s), s.key) for s in kinds.incident_statuses],
        )
        self._fill_area_combo()

    # --- showing --------------------------------------------------------------------------

    def _show_state(self) -> None:
        rows = self.model.incidents()
        if self._db is None:
            self.countLabel.setText("")
            self.emptyLabel.setText(self.tr("No database is open."))
        elif not rows and self._filtered():
            self.emptyLabel.setText(self.tr("No incidents match these filters."))
        elif not rows:
            self.emptyLabel.setText(
                self.tr(
                    "No incidents have been logged yet. Choose a place in the tree, "
                    "then press “Log incident…”."
                )
            )
        if self._db is not None:
            counted = [r for r in rows if not r.voided]
            still_open = sum(1 for r in counted if r.status != CLOSED)
            if len(counted) == 1:
                text = self.tr("1 incident, %1 open")
            else:
                text = self.tr("%2 incidents, %1 open").replace("%2", format_count(len(counted)))
            text = text.replace("%1", format_count(still_open))
            shown_voided = len(rows) - len(counted)
            voided, tip = self._hidden_voided or shown_voided, ""
            if self._hidden_voided:
                text += " · " + self.tr("+%1 voided").replace("%1", format_count(voided))
                tip = self.tr("%1 voided incident(s) not shown (Show voided); never counted")
            elif shown_voided:
                text += " · " + self.tr("%1 voided").replace("%1", format_count(voided))
                tip = self.tr("%1 voided incident(s) shown struck through; never counted")
            self.countLabel.setText(text)
            self.countLabel.setToolTip(tip.replace("%1", format_count(voided)))
        self.stack.setCurrentWidget(self.table if rows else self.emptyLabel)
        self._show_details()
        self._update_buttons()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_details()
        self._update_buttons()

    def _double_clicked(self, index: QModelIndex) -> None:
        code = index.data(NodeCodeRole)
        if code:
            self.revealRequested.emit(code)

    def _update_buttons(self) -> None:
        has_db = self._db is not None
        for combo in (self.periodCombo, self.areaCombo, self.typeCombo, self.statusCombo):
            combo.setEnabled(has_db)
        self.showVoidedCheck.setEnabled(has_db)
        self.logButton.setEnabled(has_db and self._node is not None)
        if not has_db:
            self.logButton.setToolTip("")
        elif self._node is None:
            self.logButton.setToolTip(self.tr("Choose a place in the tree first"))
        else:
            self.logButton.setToolTip(
                self.tr("Log an incident at %1").replace("%1", self._node.name)
            )
        incident = self.current_incident()
        live = incident is not None and not incident.voided
        status = incident.status if live else None
        self.handledButton.setEnabled(status == REPORTED)
        self.closedButton.setEnabled(status == HANDLED)
        self.revealButton.setEnabled(incident is not None)
        self.correctButton.setEnabled(live)
        self.voidButton.setEnabled(live)

    def _show_details(self) -> None:
        incident = self.current_incident()
        if incident is None or self._db is None:
            self.details.clear()
            return
        steps = store.incident_steps(self._db, incident.id)
        where = location_text(incident, self.model.place(incident.node_code))
        colors = STATUS_COLORS.get(incident.status, ("#eeeeee", "#333333"))
        self.details.setHtml(details_html(incident, where, steps, colors, self._node_name))

    def _node_name(self, code: str) -> str:
        info = queries.node(self._db, code) if self._db is not None else None
        return info.name if info is not None else code

    # --- language -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.periodLabel.setText(self.tr("&Period:"))
        self.areaLabel.setText(self.tr("&Area:"))
        self.typeLabel.setText(self.tr("&Type:"))
        self.statusLabel.setText(self.tr("&Status:"))
        self.fromEdit.setToolTip(self.tr("From this day"))
        self.toEdit.setToolTip(self.tr("To this day (included)"))
        self.logButton.setText(self.tr("Log incident…"))
        self.handledButton.setText(self.tr("Mark handled…"))
        self.closedButton.setText(self.tr("Mark closed…"))
        self.revealButton.setText(self.tr("Show in tree"))
        self.revealButton.setToolTip(self.tr("Show the incident's place in the region tree"))
        self.correctButton.setText(self.tr("Correct…"))
        self.correctButton.setToolTip(
            self.tr("Correct what was logged wrongly (type, time, place, text, reporter)")
        )
        self.voidButton.setText(self.tr("Void…"))
        self.voidButton.setToolTip(
            self.tr("Void an incident logged by mistake: it stays listed but is not counted")
        )
        self.showVoidedCheck.setText(self.tr("Show voided"))
        self.showVoidedCheck.setToolTip(
            self.tr("List voided incidents too, greyed and struck through; they are never counted")
        )
        self.details.setPlaceholderText(
            self.tr("Select an incident to see what happened and each step taken.")
        )
        self._fill_filter_combos()
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
