"""Add or change one line of the risk register, by keyboard alone.

The store checks everything when Save is pressed (Ctrl+Enter); a refusal is shown in the
dialog, which stays open with what the officer typed, and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.stages import Stage, depth, stage_clock
from commandpost.gui import look
from commandpost.gui.risks.model import format_day, status_text
from commandpost.gui.widgets.date_field import DateField
from commandpost.store import queries
from commandpost.store import risks as store
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.risks import RISK_STATUSES, RiskItem, RiskRefused
from commandpost.store.stages import list_stages
from commandpost.store.threats import Edit, places, taxonomy

_HINT_STYLE = "color: palette(placeholder-text);"
_ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
_CODE_AT_END = re.compile(r"\(([0-9][0-9.]*)\)\s*$")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class RiskDialog(QDialog):
    """New risk, or change one. ``edit`` after accept: what was recorded (None when a
    change altered nothing)."""

    def __init__(
        self,
        db: Database,
        *,
        actor: Callable[[], str] | str,
        risk: RiskItem | None = None,
        stage_id: str | None = None,
        node_code: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("riskDialog")
        self._db = db
        self._actor = actor
        self.risk = risk
        self.edit: Edit | None = None
        self._stages: list[Stage] = list_stages(db)
        self._threat_touched = risk is not None
        self._build()
        self._fill(stage_id, node_code)
        self._retranslate()
        self._area_changed()
        self._update_state()
        (self.mitigationEdit if risk is not None else self.stageCombo).setFocus()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        em = self.fontMetrics().horizontalAdvance("M")

        self.stageCombo = QComboBox(self)
        self.stageCombo.setObjectName("riskStage")
        self.stageCombo.setMaxVisibleItems(20)
        self.stageLabel = QLabel(self)
        form.addRow(self.stageLabel, self.stageCombo)

        area = QVBoxLayout()
        area.setSpacing(2)
        self.areaEdit = QLineEdit(self)
        self.areaEdit.setObjectName("riskArea")
        self.areaEdit.setMaxLength(200)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.areaEdit.setCompleter(completer)
        self.placeLabel = QLabel(self)
        self.placeLabel.setObjectName("riskPlace")
        self.placeLabel.setWordWrap(True)
        area.addWidget(self.areaEdit)
        area.addWidget(self.placeLabel)
        self.areaLabel = QLabel(self)
        form.addRow(self.areaLabel, area)

        self.threatCombo = QComboBox(self)
        self.threatCombo.setObjectName("riskThreat")
        self.threatCombo.setMaxVisibleItems(22)
        self.threatLabel = QLabel(self)
        form.addRow(self.threatLabel, self.threatCombo)

        self.levelCombo = QComboBox(self)
        self.levelCombo.setObjectName("riskLevel")
        self.levelLabel = QLabel(self)
        form.addRow(self.levelLabel, self.levelCombo)

        self.mitigationEdit = QPlainTextEdit(self)
        self.mitigationEdit.setObjectName("riskMitigation")
        self.mitigationEdit.setTabChangesFocus(True)
        lines = self.mitigationEdit.fontMetrics().lineSpacing()
        self.mitigationEdit.setFixedHeight(5 * lines + 12)
        self.mitigationLabel = QLabel(self)
        form.addRow(self.mitigationLabel, self.mitigationEdit)

        self.agencyCombo = QComboBox(self)
        self.agencyCombo.setObjectName("riskAgency")
        self.agencyLabel = QLabel(self)
        form.addRow(self.agencyLabel, self.agencyCombo)

        self.statusCombo = QComboBox(self)
        self.statusCombo.setObjectName("riskStatus")
        self.statusLabel = QLabel(self)
        form.addRow(self.statusLabel, self.statusCombo)

        due = QHBoxLayout()
        self.dueCheck = QCheckBox(self)
        self.dueCheck.setObjectName("riskHasDue")
        self.dueEdit = DateField(self)  # typed as text; a non-date is said in errorLabel
        self.dueEdit.setObjectName("riskDue")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(look.DATE_FORMAT)
        self.dueEdit.setLocale(look.ID_LOCALE)
        self.dueEdit.setMinimumDate(QDate(2000, 1, 1))
        self.dueEdit.setMaximumDate(QDate(2100, 12, 31))
        self.dueEdit.setMinimumWidth(12 * em)
        due.addWidget(self.dueCheck)
        due.addWidget(self.dueEdit)
        due.addStretch(1)
        self.dueLabel = QLabel(self)
        form.addRow(self.dueLabel, due)

        self.noteEdit = QLineEdit(self)
        self.noteEdit.setObjectName("riskNote")
        self.noteEdit.setMaxLength(1000)
        self.noteLabel = QLabel(self)
        form.addRow(self.noteLabel, self.noteEdit)

        for label, widget in (
            (self.stageLabel, self.stageCombo),
            (self.areaLabel, self.areaEdit),
            (self.threatLabel, self.threatCombo),
            (self.levelLabel, self.levelCombo),
            (self.mitigationLabel, self.mitigationEdit),
            (self.agencyLabel, self.agencyCombo),
            (self.statusLabel, self.statusCombo),
            (self.dueLabel, self.dueCheck),
            (self.noteLabel, self.noteEdit),
        ):
            label.setBuddy(widget)
        layout.addLayout(form)

        self.errorLabel = QLabel(self)
        self.errorLabel.setObjectName("riskError")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(_ERROR_STYLE)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        self.hintLabel = QLabel(self)
        self.hintLabel.setObjectName("riskHint")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(_HINT_STYLE)
        layout.addWidget(self.hintLabel)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)

        self.setMinimumWidth(54 * em)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

        self.stageCombo.currentIndexChanged.connect(self._stage_changed)
        self.threatCombo.activated.connect(self._threat_chosen)
        self.areaEdit.textEdited.connect(self._area_edited)
        self.areaEdit.textChanged.connect(self._area_changed)
        self.mitigationEdit.textChanged.connect(self._update_state)
        self.dueCheck.toggled.connect(self.dueEdit.setEnabled)
        self.dueEdit.problemChanged.connect(lambda text: text and self.show_error(text))
        # A refusal said on save speaks of the values then: once one changes, it goes.
        for signal in (
            self.stageCombo.currentIndexChanged,
            self.areaEdit.textChanged,
            self.threatCombo.currentIndexChanged,
            self.levelCombo.currentIndexChanged,
            self.mitigationEdit.textChanged,
            self.agencyCombo.currentIndexChanged,
            self.statusCombo.currentIndexChanged,
            self.dueCheck.toggled,
            self.dueEdit.dateChanged,
        ):
            signal.connect(self._input_changed)

    def _input_changed(self, *_args) -> None:
        if not self.dueEdit.problem():
            self.errorLabel.hide()

    def _fill(self, stage_id: str | None, node_code: str | None) -> None:
        risk = self.risk
        for stage in self._stages:
            self.stageCombo.addItem("    " * depth(stage, self._stages) + stage.name, stage.id)
            if stage.start and stage.end:
                span = f"{format_day(stage.start)} – {format_day(stage.end)}"
                self.stageCombo.setItemData(
                    self.stageCombo.count() - 1, span, Qt.ItemDataRole.ToolTipRole
                )
        wanted = risk.stage_id if risk is not None else stage_id
        if wanted is None:  # a new line starts in the stage under way today, if any
            today = stage_clock(self._stages, None, store.wib_today()).stage
            wanted = today.id if today is not None else None
        self.stageCombo.blockSignals(True)
        self.stageCombo.setCurrentIndex(max(0, self.stageCombo.findData(wanted)))
        self.stageCombo.blockSignals(False)

        for item in taxonomy().categories:
            self.threatCombo.addItem(look.label(item), item.key)
        for rank, level in enumerate(taxonomy().levels):  # none, rendah, sedang, tinggi
            self.levelCombo.addItem(look.label(level), rank)

        offered = store.agencies(self._db)
        for agency in offered:
            self.agencyCombo.addItem(agency.label, agency.key)
        if risk is not None and self.agencyCombo.findData(risk.agency) < 0:
            self.agencyCombo.addItem(risk.agency_label, risk.agency)  # hidden since

        for status in RISK_STATUSES:
            self.statusCombo.addItem(status_text(status), status)

        if risk is not None:
            self.areaEdit.setText(self._area_entry(risk.node_code))
            self.threatCombo.setCurrentIndex(max(0, self.threatCombo.findData(risk.threat)))
            self.levelCombo.setCurrentIndex(max(0, self.levelCombo.findData(risk.level)))
            self.mitigationEdit.setPlainText(risk.mitigation)
            self.agencyCombo.setCurrentIndex(max(0, self.agencyCombo.findData(risk.agency)))
            self.statusCombo.setCurrentIndex(max(0, self.statusCombo.findData(risk.status)))
            self.dueCheck.setChecked(risk.due is not None)
            self.noteEdit.setText(risk.note)
        else:
            self.areaEdit.setText(self._area_entry(node_code))
            self.levelCombo.setCurrentIndex(max(0, self.levelCombo.findData(2)))
            self.statusCombo.setCurrentIndex(self.statusCombo.findData(store.PLANNED))
            self._stage_changed()
        due = (risk.due if risk is not None else None) or self._default_due()
        self.dueEdit.setDate(_qdate(due))
        self.dueEdit.setEnabled(self.dueCheck.isChecked())

    def _default_due(self) -> dt.date:
        """For a new line: the day before the chosen stage starts (mitigation comes first)."""
        stage = self._stage()
        if stage is not None and stage.start is not None:
            return stage.start - dt.timedelta(days=1)
        return store.wib_today()

    # --- reading what was typed ----------------------------------------------------------

    def _stage(self) -> Stage | None:
        wanted = self.stageCombo.currentData()
        return next((s for s in self._stages if s.id == wanted), None)

    def _area_entry(self, code: str | None) -> str:
        """How an area stands in the edit: "Kabupaten Lebak (36.02)"."""
        if not code:
            return ""
        found = queries.node(self._db, code)
        return f"{found.name} ({code})" if found else code

    def area_code(self) -> tuple[str | None, bool]:
        """The area typed: (code, True); (None, True) for the whole operation area;
        (None, False) when it cannot be told which area is meant."""
        typed = " ".join(self.areaEdit.text().split())
        if not typed:
            return None, True
        match = _CODE_AT_END.search(typed)
        code = match[1] if match else typed if typed[0].isdigit() else None
        if code is not None:
            return (code, True) if queries.node(self._db, code) else (None, False)
        hits = queries.search(self._db, typed, limit=5)
        exact = [h for h in hits if h.name.lower() == typed.lower()]
        if exact:
            # A kecamatan often shares its name with a village in it: the wider area is
            # meant (the list offers the village by its code).
            return min(exact, key=lambda h: (h.level, h.code)).code, True
        if len(hits) == 1:
            return hits[0].code, True
        return None, False

    def values(self) -> dict:
        """The fields for store.add_risk / set_risk."""
        code, _ok = self.area_code()
        return {
            "stage_id": self.stageCombo.currentData(),
            "node_code": code,
            "threat": self.threatCombo.currentData(),
            "level": self.levelCombo.currentData(),
            "mitigation": self.mitigationEdit.toPlainText().strip(),
            "agency": self.agencyCombo.currentData(),
            "status": self.statusCombo.currentData(),
            "due": _pydate(self.dueEdit.date()) if self.dueCheck.isChecked() else None,
            "note": self.noteEdit.text().strip(),
        }

    # --- reacting -------------------------------------------------------------------------

    def _stage_changed(self) -> None:
        """A new line follows its stage: the stage's first threat, and (until a due date is
        chosen) the day before the stage starts as the date offered."""
        stage = self._stage()
        if self.risk is None and not self.dueCheck.isChecked():
            self.dueEdit.setDate(_qdate(self._default_due()))
        if self._threat_touched or stage is None or not stage.threats:
            return
        row = self.threatCombo.findData(stage.threats[0])
        if row >= 0:
            self.threatCombo.setCurrentIndex(row)

    def _threat_chosen(self) -> None:
        self._threat_touched = True

    def _area_edited(self, typed: str) -> None:
        """Offer regions whose name fits what is typed (codes are typed in full)."""
        typed = typed.strip()
        if len(typed) < 3 or typed[0].isdigit() or _CODE_AT_END.search(typed):
            return
        hits = queries.search(self._db, typed, limit=15)
        self._completions.setStringList([f"{h.name} ({h.code})" for h in hits])

    def _area_changed(self) -> None:
        code, ok = self.area_code()
        if not ok:
            self.placeLabel.setText(
                self.tr("Unknown area: type a code (36.02) or choose a name from the list.")
            )
            self.placeLabel.setStyleSheet(_ERROR_STYLE)
            return
        self.placeLabel.setStyleSheet(_HINT_STYLE)
        if code is None:
            self.placeLabel.setText(self.tr("Whole operation area"))
            return
        found = queries.node(self._db, code)
        where = places(self._db, [code]).get(code, "")
        name = found.name if found else code
        self.placeLabel.setText(f"{name} · {where}" if where else name)

    def _ready(self) -> bool:
        return bool(self.mitigationEdit.toPlainText().strip())

    def _update_state(self) -> None:
        ready = self._ready()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ready)
        if ready:
            self.hintLabel.setText(self.tr("Ctrl+Enter saves; Esc closes without saving."))
        else:
            self.hintLabel.setText(self.tr("Write the mitigation (what will be done) to save."))

    def show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.show()

    def refusal_text(self, exc: ChangeError) -> str:
        """A refused edit in the officer's words (the store's own words below it)."""
        field = exc.field if isinstance(exc, RiskRefused) else ""
        texts = {
            "stage": self.tr("Choose a stage: the one chosen no longer exists."),
            "node": self.tr(
                "The area or TPS is not known. Type a code (36.02) or choose a name from the list."
            ),
            "threat": self.tr("Choose a threat from the list."),
            "level": self.tr("Choose a level from the list."),
            "mitigation": self.tr("Write the mitigation: what will be done."),
            "agency": self.tr("Choose an agency from the list; the one chosen is not offered."),
            "status": self.tr("Choose a status from the list."),
            "due": self.tr("The due date is not a date that can be used."),
            "id": self.tr(
                "This risk is no longer in the register (perhaps another officer deleted it)."
            ),
        }
        head = texts.get(field, self.tr("The risk was not saved."))
        return f"{head}\n{exc}"

    def accept(self) -> None:
        if not self._ready():
            self.mitigationEdit.setFocus()
            return
        _code, ok = self.area_code()
        if not ok:
            self.show_error(self.refusal_text(RiskRefused("node", self.areaEdit.text())))
            self.areaEdit.setFocus()
            return
        if self.dueCheck.isChecked() and not self.dueEdit.check():
            self.dueEdit.setFocus()  # the problem is said in errorLabel, the text kept
            return
        actor = self._actor() if callable(self._actor) else self._actor
        values = self.values()
        try:
            if self.risk is None:
                self.edit = store.add_risk(self._db, actor=actor, **values)
            else:
                self.edit = store.set_risk(self._db, self.risk.id, actor=actor, **values)
        except (ChangeError, ValueError) as exc:
            error = exc if isinstance(exc, ChangeError) else ChangeError(str(exc))
            self.show_error(self.refusal_text(error))
            return
        super().accept()

    # --- language -------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change risk") if self.risk else self.tr("New risk"))
        self.stageLabel.setText(self.tr("&Stage:"))
        self.areaLabel.setText(self.tr("&Area:"))
        self.areaEdit.setPlaceholderText(
            self.tr("Code (36.02) or name; empty: the whole operation area")
        )
        self.threatLabel.setText(self.tr("&Threat:"))
        self.levelLabel.setText(self.tr("&Level:"))
        self.mitigationLabel.setText(self.tr("&Mitigation:"))
        self.mitigationEdit.setPlaceholderText(
            self.tr("What will be done, where, with how many personnel")
        )
        self.agencyLabel.setText(self.tr("A&gency:"))
        self.statusLabel.setText(self.tr("Stat&us:"))
        self.dueLabel.setText(self.tr("&Due:"))
        self.dueCheck.setText(self.tr("by"))
        self.dueCheck.setToolTip(self.tr("Untick for a mitigation without a due date"))
        self.noteLabel.setText(self.tr("&Note:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_state()
        self._area_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
