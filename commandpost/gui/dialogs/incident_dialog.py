"""Logging an incident (kejadian) at a place, and moving it on: handled, then closed.

Both dialogs write through the store only when the officer presses the button, so a refused
change (a step someone else already took, a time in the future) leaves the database as it was
and the dialog open with what was typed.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDateTime, QEvent, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from commandpost.core.regions import NodeInfo
from commandpost.core.threats import INCIDENT_FLOW
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.forms.incident_dialog_ui import Ui_IncidentDialog
from commandpost.gui.forms.incident_step_dialog_ui import Ui_IncidentStepDialog
from commandpost.gui.models.region_tree import node_title
from commandpost.store import incidents
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.incidents import IncidentInfo
from commandpost.store.threats import places, taxonomy

_HINT_STYLE = "color: palette(placeholder-text);"


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the officer why a change was refused (tests replace this to avoid a modal box)."""
    QMessageBox.warning(parent, title, text)


def type_label(key: str) -> str:
    try:
        return look.label(taxonomy().incident_type(key))
    except ValueError:
        return key


def status_label(key: str | None) -> str:
    for item in taxonomy().incident_statuses:
        if item.key == key:
            return look.label(item)
    return key or ""


def place_text(db: Database, code: str, name: str) -> str:
    """ "TPS 001 · Cilangkahan › Malingping › Kabupaten Lebak": the node and where it lies."""
    place = places(db, [code]).get(code, "")
    return f"{name} · {place}" if place else name


class IncidentDialog(QDialog):
    """Log incident: what happened at one node, when, who was involved, what was done."""

    def __init__(self, db: Database, info: NodeInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentDialog()
        self.ui.setupUi(self)
        self._db = db
        self._info = info
        self.incident_id: str | None = None

        place = places(db, [info.code]).get(info.code, "")
        title = node_title(info)
        location = f"<b>{escape(title)}</b> · {info.code}"
        if place:
            location += f"<br>{escape(place)}"
        self.ui.locationValue.setText(location)

        now = look.post_now()
        edit = self.ui.occurredEdit
        edit.setLocale(look.ID_LOCALE)
        look.zone_edit(edit)  # typed and shown on the post's clock, whatever the laptop's
        edit.setMaximumDateTime(now)
        minute = QTime(now.time().hour(), now.time().minute())
        edit.setDateTime(QDateTime(now.date(), minute, look.post_qzone()))

        for item in taxonomy().incident_types:
            self.ui.typeCombo.addItem(look.label(item), item.key)
        self.ui.typeCombo.setCurrentIndex(-1)  # no type chosen for the officer: they choose

        self.ui.hintLabel.setStyleSheet(_HINT_STYLE)
        self.ui.descriptionEdit.textChanged.connect(self._update_state)
        self.ui.typeCombo.currentIndexChanged.connect(self._update_state)
        self._update_state()
        self.ui.descriptionEdit.setFocus()

    def save_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def occurred_at(self) -> str:
        return look.iso_local(self.ui.occurredEdit.dateTime())

    def _description(self) -> str:
        return self.ui.descriptionEdit.toPlainText().strip()

    def _type(self) -> str | None:
        return self.ui.typeCombo.currentData() if self.ui.typeCombo.currentIndex() >= 0 else None

    def missing_text(self) -> str:
        """What the officer must still fill in before saving ("" when nothing)."""
        if self._type() is None and not self._description():
            return self.tr("Choose the type of incident and describe what happened to save it.")
        if self._type() is None:
            return self.tr("Choose the type of incident to save it.")
        if not self._description():
            return self.tr("Describe what happened to save the incident.")
        return ""

    def _update_state(self) -> None:
        missing = self.missing_text()
        self.save_button().setEnabled(not missing)
        self.ui.hintLabel.setText(missing)
        self.ui.hintLabel.setVisible(bool(missing))

    def accept(self) -> None:
        if self.missing_text():  # Enter or Ctrl+Enter with the Save button disabled
            self._update_state()
            (self.ui.typeCombo if self._type() is None else self.ui.descriptionEdit).setFocus()
            return
        try:
            self.incident_id = incidents.add_incident(
                self._db,
                node_code=self._info.code,
                type=self._type(),
                description=self._description(),
                actor=cfg.operator_name(),
                occurred_at=self.occurred_at(),
                people=self.ui.peopleEdit.toPlainText().strip(),
                damage=self.ui.damageEdit.toPlainText().strip(),
                actions=self.ui.actionsEdit.toPlainText().strip(),
                reporter_name=self.ui.reporterNameEdit.text(),
                reporter_unit=self.ui.reporterUnitEdit.text(),
                reporter_contact=self.ui.reporterContactEdit.text(),
            )
        except (ChangeError, ValueError) as exc:
            warn(
                self,
                self.tr("Incident not saved"),
                self.tr("The incident was not saved.") + "\n\n" + str(exc),
            )
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_state()
        super().changeEvent(event)


class IncidentStepDialog(QDialog):
    """Mark an incident as handled or closed, saying what was done."""

    def __init__(
        self, db: Database, incident: IncidentInfo, status: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if status not in INCIDENT_FLOW:
            raise ValueError(f"unknown incident status {status!r}")
        self.ui = Ui_IncidentStepDialog()
        self.ui.setupUi(self)
        self._db = db
        self._incident = incident
        self.status = status

        font = self.ui.headingLabel.font()
        font.setBold(True)
        self.ui.headingLabel.setFont(font)
        self.ui.whenValue.setText(look.format_time(incident.occurred_at))
        self.ui.placeValue.setText(place_text(db, incident.node_code, incident.node_name))
        self.ui.typeValue.setText(type_label(incident.type))
        self.ui.descriptionValue.setText(incident.description)
        self.ui.actionsEdit.setPlainText(incident.actions)
        self.ui.hintLabel.setStyleSheet(_HINT_STYLE)
        self.ui.noteEdit.textChanged.connect(self._update_state)
        self._retranslate()
        self.ui.noteEdit.setFocus()

    @property
    def incident(self) -> IncidentInfo:
        return self._incident

    def ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()

    def _retranslate(self) -> None:
        if self.status == INCIDENT_FLOW[-1]:
            self.setWindowTitle(self.tr("Mark as closed"))
            self.ok_button().setText(self.tr("Mark closed"))
        else:
            self.setWindowTitle(self.tr("Mark as handled"))
            self.ok_button().setText(self.tr("Mark handled"))
        self.ui.headingLabel.setText(
            f"{status_label(self._incident.status)} → {status_label(self.status)}"
        )
        self._update_state()

    def _update_state(self) -> None:
        ready = bool(self._note())
        self.ok_button().setEnabled(ready)
        self.ui.hintLabel.setText("" if ready else self.tr("Write what was done to continue."))
        self.ui.hintLabel.setVisible(not ready)

    def accept(self) -> None:
        if not self._note():
            return
        actions = self.ui.actionsEdit.toPlainText().strip()
        if actions == self._incident.actions.strip():
            actions = ""  # unchanged: the step records only what it changes
        try:
            incidents.advance_incident(
                self._db,
                self._incident.id,
                self.status,
                actor=cfg.operator_name(),
                note=self._note(),
                actions=actions,
            )
        except incidents.StepRefused as exc:
            warn(
                self,
                self.tr("Step not saved"),
                self.tr(
                    "The incident is marked “%1” now (perhaps by another officer), so it cannot "
                    "be marked “%2”; the step was not saved. The list shows its status now."
                )
                .replace("%1", status_label(exc.current))
                .replace("%2", status_label(exc.wanted)),
            )
            return
        except (ChangeError, ValueError) as exc:
            warn(
                self,
                self.tr("Step not saved"),
                self.tr("The step was not saved; the incident is unchanged.") + "\n\n" + str(exc),
            )
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
