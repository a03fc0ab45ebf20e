"""The strength view (Kekuatan personel): a unit's strength against what the TPS security
patterns require, the patterns it uses, and proposals to close its gaps.

The table is :func:`commandpost.store.strength.unit_strength`: the unit as a whole, its own
HQ, and each unit directly below it (double-click or Enter on a row goes down to it). The
patterns box shows which pattern each TPS class gets at the unit and where it was set; a
pattern is changed from here (one change, undoable). The proposals list the kecamatan short
of police with the reserve or a nearby unit that could cover them; accepting one assigns
those people (BKO where they come from outside) as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.strength import people
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.gui.models.region_tree import format_count, signed
from commandpost.store import strength as store
from commandpost.store import units as unit_store
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database

UnitRole = Qt.ItemDataRole.UserRole + 1


class PatternDialog(QDialog):
    """Change the pattern one TPS class gets at a unit: ``2-12-24``, ``2 per TPS``…"""

    def __init__(self, unit_name: str, class_label: str, current: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("patternDialog")
        self.setWindowTitle(self.tr("TPS security pattern"))
        form = QFormLayout(self)
        form.addRow(self.tr("Unit:"), QLabel(unit_name))
        form.addRow(self.tr("TPS class:"), QLabel(class_label))
        self.edit = QLineEdit(current)
        self.edit.setObjectName("patternEdit")
        self.edit.setPlaceholderText("2-12-24")
        form.addRow(self.tr("&Pattern:"), self.edit)
        hint = QLabel(
            self.tr(
                "police-TPS-Linmas: 2-12-24 is 2 police and 24 Linmas for every 12 TPS; "
                "also '2 per TPS'. Empty: use the pattern of the unit above again."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("patternHint")
        form.addRow(hint)
        self.error = QLabel()
        self.error.setObjectName("patternError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {look.GAP_COLOR};")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)


class StrengthPanel(QWidget):
    """The strength of a unit. ``actor`` gives the officer for each change."""

    edited = Signal(list, str)  # the edits of one action and its text for the Edit menu
    unitChosen = Signal(str)  # a unit id: the window may scope the tree and filter to it

    COLUMNS = (
        "unit",
        "strength",
        "deployable",
        "bko_in",
        "bko_out",
        "operational",
        "reserve",
        "assigned",
        "required",
        "gap",
        "tni",
        "linmas",
        "satpol_pp",
    )

    def __init__(self, actor: Callable[[], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("strengthPanel")
        self._actor = actor or cfg.operator_name
        self._db: Database | None = None
        self._suggestions: list[store.Suggestion] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.unit_label = QLabel()
        top.addWidget(self.unit_label)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("strengthUnitCombo")
        self.unit_combo.setMinimumContentsLength(28)
        self.unit_combo.currentIndexChanged.connect(self._unit_changed)
        self.unit_label.setBuddy(self.unit_combo)
        top.addWidget(self.unit_combo)
        self.up_button = QPushButton()
        self.up_button.setObjectName("strengthUpButton")
        self.up_button.clicked.connect(self.go_up)
        top.addWidget(self.up_button)
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("strengthSummary")
        top.addWidget(self.summary)
        layout.addLayout(top)

        # Tabs, not a split: the dock is short on a 768-px screen, and each part needs its
        # rows (Ctrl+PgDown moves between them).
        self.tabs = QTabWidget()
        self.tabs.setObjectName("strengthTabs")
        self.table = self._table("strengthTable", len(self.COLUMNS))
        self.table.itemActivated.connect(self._row_activated)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabs.addTab(self.table, "")

        self.pattern_box = QWidget()
        box = QHBoxLayout(self.pattern_box)
        box.setContentsMargins(0, 4, 0, 0)
        self.patterns = self._table("patternTable", 3)
        self.patterns.horizontalHeader().setStretchLastSection(True)
        self.patterns.itemActivated.connect(lambda _item: self.change_pattern())
        box.addWidget(self.patterns, 1)
        side = QVBoxLayout()
        self.pattern_button = QPushButton()
        self.pattern_button.setObjectName("changePatternButton")
        self.pattern_button.clicked.connect(self.change_pattern)
        side.addWidget(self.pattern_button)
        self.pattern_hint = QLabel()
        self.pattern_hint.setWordWrap(True)
        self.pattern_hint.setObjectName("patternHintLabel")
        self.pattern_hint.setStyleSheet("color: palette(placeholder-text);")
        side.addWidget(self.pattern_hint)
        side.addStretch(1)
        box.addLayout(side, 1)
        self.tabs.addTab(self.pattern_box, "")

        self.gap_box = QWidget()
        gaps = QHBoxLayout(self.gap_box)
        gaps.setContentsMargins(0, 4, 0, 0)
        self.proposals = self._table("proposalTable", 4)
        self.proposals.horizontalHeader().setStretchLastSection(True)
        self.proposals.itemActivated.connect(lambda _item: self.accept_proposal())
        gaps.addWidget(self.proposals, 3)
        side = QVBoxLayout()
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("acceptProposalButton")
        self.accept_button.clicked.connect(self.accept_proposal)
        side.addWidget(self.accept_button)
        self.gap_hint = QLabel()
        self.gap_hint.setWordWrap(True)
        self.gap_hint.setStyleSheet("color: palette(placeholder-text);")
        side.addWidget(self.gap_hint)
        side.addStretch(1)
        gaps.addLayout(side, 1)
        self.tabs.addTab(self.gap_box, "")
        layout.addWidget(self.tabs)
        self.message = QLabel()
        self.message.setObjectName("strengthMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        QShortcut(QKeySequence("Backspace"), self.table, self.go_up)
        self._retranslate()

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        vertical = table.verticalHeader()
        vertical.hide()
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # --- data ---------------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        if db is not None:
            depth: dict[str, int] = {}
            for unit in unit_store.units(db):
                depth[unit.id] = depth.get(unit.parent_id, -1) + 1 if unit.parent_id else 0
                self.unit_combo.addItem("    " * depth[unit.id] + unit.name, unit.id)
        self.unit_combo.blockSignals(False)
        self.reload()

    def unit_id(self) -> str | None:
        return self.unit_combo.currentData()

    def choose_unit(self, unit_id: str) -> bool:
        index = self.unit_combo.findData(unit_id)
        if index < 0:
            return False
        self.unit_combo.setCurrentIndex(index)
        return True

    def go_up(self) -> None:
        """Backspace: the unit above the one shown."""
        unit = self.unit_id()
        if self._db is None or unit is None:
            return
        parent = unit_store.find_unit(self._db, unit).parent_id
        if parent:
            self.choose_unit(parent)

    def _unit_changed(self, _index: int) -> None:
        self.reload()
        unit = self.unit_id()
        if unit:
            self.unitChosen.emit(unit)

    def reload(self) -> None:
        """Read the figures again (after any change anywhere)."""
        db, unit = self._db, self.unit_id()
        self.table.setRowCount(0)
        self.patterns.setRowCount(0)
        self.proposals.setRowCount(0)
        self._suggestions = []
        if db is None or unit is None:
            self.summary.setText("")
            return
        rows = store.unit_strength(db, unit)
        self._fill_table(rows)
        self._fill_patterns(store.patterns_at(db, unit))
        self._suggestions = store.suggestions(db, unit)
        self._fill_proposals()
        total = rows[0].figures
        need = people(total.required_police)
        text = (
            self.tr("Police on TPS security %1 of %2 required: gap %3")
            .replace("%1", format_count(total.assigned))
            .replace("%2", format_count(need))
            .replace("%3", signed(total.gap))
        )
        # A surplus in one place does not cover a shortfall in another: say where it lacks.
        short = store.shortfalls(db, unit)
        if short:
            text += (
                self.tr("; short in %1 kecamatan (%2)")
                .replace("%1", format_count(len(short)))
                .replace("%2", signed(-sum(short.values())))
            )
        self.summary.setText(text)
        self.summary.setStyleSheet(
            f"color: {look.GAP_COLOR if total.gap < 0 or short else look.MET_COLOR};"
            " font-weight: bold;"
        )
        self.up_button.setEnabled(unit_store.find_unit(db, unit).parent_id is not None)

    def _fill_table(self, rows: list[store.StrengthRow]) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            f = row.figures
            if row.total_row:
                name = self.tr("%1 (total)").replace("%1", row.name)
            elif row.own:
                name = self.tr("%1 HQ (own)").replace("%1", row.name)
            else:
                name = "    " + row.name
            values = [
                name,
                f.total,
                row.deployable,
                f.bko_in,
                f.bko_out,
                f.operational,
                f.reserve,
                f.assigned,
                people(f.required_police),
                f.gap,
                f.tni,
                f.linmas,
                f.satpol_pp,
            ]
            for c, value in enumerate(values):
                if c == 0:
                    item = QTableWidgetItem(str(value))
                    item.setData(UnitRole, row.unit_id if not row.own else None)
                elif c == 9:
                    item = QTableWidgetItem(signed(int(value)) if f.required_police else "")
                    item.setForeground(look.gap_color(int(value) < 0))
                else:
                    item = QTableWidgetItem(format_count(int(value)))
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.total_row:
                    item.setFont(bold)
                self.table.setItem(r, c, item)

    def _fill_patterns(self, uses: list[store.PatternUse]) -> None:
        self.patterns.setRowCount(len(uses))
        for r, use in enumerate(uses):
            cls = QTableWidgetItem(look.class_label(use.tps_class))
            cls.setIcon(look.class_icon(use.tps_class))
            cls.setData(UnitRole, use.tps_class)
            text = use.pattern.text
            if use.pattern.linmas is None:
                text += " " + self.tr("(no Linmas given)")
            if use.scope == "default":
                where = self.tr("default: Polres Serang 2024")
            elif use.scope == "*":
                where = self.tr("whole operation")
            else:
                where = use.scope_name
            for c, item in enumerate((cls, QTableWidgetItem(text), QTableWidgetItem(where))):
                self.patterns.setItem(r, c, item)
        if uses:
            self.patterns.setCurrentCell(0, 0)

    def _fill_proposals(self) -> None:
        items = self._suggestions
        self.proposals.setRowCount(len(items))
        for r, s in enumerate(items):
            if s.source == "reserve":
                how = self.tr("reserve of %1: %2 of %3 free").replace("%1", s.unit_name)
            else:
                how = self.tr("BKO from %1: %2 of %3 free").replace("%1", s.unit_name)
            how = how.replace("%2", format_count(len(s.nrps))).replace("%3", format_count(s.spare))
            cells = (s.district_name, signed(-s.short), how, self._distance_text(s.distance))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setForeground(look.gap_color(True))
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.proposals.setItem(r, c, item)
        if items:
            self.proposals.setCurrentCell(0, 0)
        self.accept_button.setEnabled(bool(items))
        self.tabs.setTabText(
            2,
            self.tr("&Gaps and proposals (%1)").replace("%1", format_count(len(items)))
            if items
            else self.tr("&Gaps and proposals: none"),
        )

    def _distance_text(self, distance: int) -> str:
        return (
            self.tr("same kecamatan"),
            self.tr("same kabupaten"),
            self.tr("same province"),
            self.tr("further away"),
        )[min(distance, 3)]

    # --- actions ------------------------------------------------------------------------------

    def _row_activated(self, item: QTableWidgetItem) -> None:
        unit = self.table.item(item.row(), 0).data(UnitRole)
        if unit and unit != self.unit_id():
            self.choose_unit(unit)

    def change_pattern(self) -> bool:
        """Change the pattern of the selected TPS class at the unit shown (Enter)."""
        db, unit = self._db, self.unit_id()
        row = self.patterns.currentRow()
        if db is None or unit is None or row < 0:
            return False
        cls = self.patterns.item(row, 0).data(UnitRole)
        name = self.unit_combo.currentText().strip()
        dialog = PatternDialog(name, look.class_label(cls), self.patterns.item(row, 1).text(), self)
        dialog.edit.setText(self.patterns.item(row, 1).text().split(" ")[0])
        dialog.edit.selectAll()
        while dialog.exec() == QDialog.DialogCode.Accepted:
            text = dialog.edit.text().strip()
            try:
                edit = store.set_pattern(
                    db, unit=unit, tps_class=cls, pattern=text or None, actor=self._actor()
                )
            except ChangeError as exc:
                dialog.error.setText(refusal_text(exc))
                continue
            what = self.tr("pattern %1 at %2: %3").replace("%1", look.class_label(cls))
            what = what.replace("%2", name).replace("%3", text or self.tr("from above"))
            self.edited.emit([edit], what)
            return True
        return False

    def accept_proposal(self) -> bool:
        """Assign the people of the selected proposal (Enter on it)."""
        row = self.proposals.currentRow()
        if self._db is None or not 0 <= row < len(self._suggestions):
            return False
        s = self._suggestions[row]
        try:
            edits = store.accept_suggestion(self._db, s, actor=self._actor())
        except ChangeError as exc:
            self.message.setText(refusal_text(exc))
            self.reload()
            return False
        people_added = len({e.change.entity_id for e in edits if e.entity == "assignment"})
        what = (
            self.tr("%1 people to %2 (%3)")
            .replace("%1", format_count(people_added))
            .replace("%2", s.district_name)
            .replace("%3", s.unit_name)
        )
        self.message.setText("")
        self.edited.emit(edits, what)
        return True

    def _retranslate(self) -> None:
        self.unit_label.setText(self.tr("&Unit:"))
        self.up_button.setText(self.tr("Unit above"))
        self.up_button.setToolTip(self.tr("Backspace"))
        headers = (
            self.tr("Unit"),
            self.tr("Strength"),
            self.tr("To deploy"),
            self.tr("BKO in"),
            self.tr("BKO out"),
            self.tr("Operational"),
            self.tr("Reserve"),
            self.tr("Assigned"),
            self.tr("Required"),
            self.tr("Gap"),
            self.tr("TNI"),
            self.tr("Linmas"),
            self.tr("Satpol PP"),
        )
        self.table.setHorizontalHeaderLabels(list(headers))
        tips = (
            self.tr("The unit; double-click or Enter goes down to a unit below"),
            self.tr("Polri personnel whose home unit this is"),
            self.tr("The share of the strength deployed for the operation (2/3 by default)"),
            self.tr("People placed under this unit (BKO) from elsewhere"),
            self.tr("People of this unit placed under another (BKO)"),
            self.tr("Under this unit's command for the operation: strength - BKO out + BKO in"),
            self.tr("Commander's reserve (POH / cadangan)"),
            self.tr("People assigned to posts in the operation's plan"),
            self.tr("Police the TPS security patterns require for the TPS classes"),
            self.tr("Assigned minus required: below zero, people are missing"),
            self.tr("TNI support (people)"),
            self.tr("Linmas support (people)"),
            self.tr("Satpol PP support (people)"),
        )
        for c, tip in enumerate(tips):
            self.table.horizontalHeaderItem(c).setToolTip(tip)
        self.tabs.setTabText(0, self.tr("S&trength by unit"))
        self.tabs.setTabText(1, self.tr("TPS security &patterns"))
        self.pattern_hint.setText(
            self.tr(
                "Police-TPS-Linmas: 2-12-24 is 2 police and 24 Linmas for every 12 TPS. A "
                "pattern set at a unit holds for the units below it unless they set their own."
            )
        )
        self.gap_hint.setText(
            self.tr(
                "Kecamatan short of police, largest gap first, with who could cover them: the "
                "reserve first, then units nearby with people to spare. Accepting assigns "
                "them to the kecamatan command post (BKO where needed); undo takes it back."
            )
        )
        self.patterns.setHorizontalHeaderLabels(
            [self.tr("TPS class"), self.tr("Pattern"), self.tr("Set by")]
        )
        self.pattern_button.setText(self.tr("Change &pattern…"))
        self.proposals.setHorizontalHeaderLabels(
            [self.tr("Kecamatan"), self.tr("Short"), self.tr("Proposal"), self.tr("Distance")]
        )
        self.accept_button.setText(self.tr("&Accept proposal"))
        self.accept_button.setToolTip(
            self.tr("Assign these people to the kecamatan command post (BKO where needed)")
        )
        if self._db is not None:
            self.reload()

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
