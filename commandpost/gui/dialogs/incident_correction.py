"""Correcting or voiding (membatalkan) a wrongly logged incident, always with a reason.

Either is ONE new change in the log (store.incidents.correct_incident / void_incident);
nothing logged is erased, the incident's steps show the old and new values, and Edit ›
Undo takes it back like any other edit. A refused change leaves the dialog open with what
was typed and the database as it was.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from commandpost.core.regions import NodeInfo
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs import incident_dialog
from commandpost.gui.dialogs.incident_dialog import place_text, type_label
from commandpost.gui.forms.incident_correction_dialog_ui import Ui_IncidentCorrectionDialog
from commandpost.store import incidents
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.incidents import IncidentInfo
from commandpost.store.threats import Edit, taxonomy, utc_iso

CORRECT, VOID = "correct", "void"
_HINT_STYLE = "color: palette(placeholder-text);"
_CORRECTION_ROWS = range(6)  # type .. reporter: hidden when voiding


def _local(iso: str) -> QDateTime:
    """A stored time as a QDateTime on the post's clock (now when it is no time)."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return look.post_now()
    return moment.toTimeZone(look.post_qzone())


class IncidentCorrectionDialog(QDialog):
    """Correct an incident (type, time, place, description, reporter) or void it; the
    reason is required either way. ``move_to``: the tree's selected node, offered as the
    right place. After ``accept`` ``edit`` holds the recorded edit (for undo)."""

    discard_guard = True  # Esc on a filled dialog asks first (gui.dialog_keys)

    def __init__(
        self,
        db: Database,
        incident: IncidentInfo,
        mode: str,
        parent: QWidget | None = None,
        *,
        move_to: NodeInfo | None = None,
    ) -> None:
        super().__init__(parent)
        if mode not in (CORRECT, VOID):
            raise ValueError(f"unknown mode {mode!r}")
        self.ui = Ui_IncidentCorrectionDialog()
        self.ui.setupUi(self)
        self._db = db
        self._incident = incident
        self.mode = mode
        self.edit: Edit | None = None
        self._move_to = move_to if move_to and move_to.code != incident.node_code else None
        ui = self.ui

        ui.headingLabel.setTextFormat(Qt.TextFormat.RichText)
        ui.hintLabel.setStyleSheet(_HINT_STYLE)
        for item in taxonomy().incident_types:
            ui.typeCombo.addItem(look.label(item), item.key)
        ui.typeCombo.setCurrentIndex(max(ui.typeCombo.findData(incident.type), 0))
        edit = ui.occurredEdit
        edit.setLocale(look.ID_LOCALE)
        look.zone_edit(edit)  # typed and shown on the post's clock
        edit.setMaximumDateTime(look.post_now())
        edit.setDateTime(_local(incident.occurred_at))
        ui.placeValue.setText(place_text(db, incident.node_code, incident.node_name))
        ui.descriptionEdit.setPlainText(incident.description)
        ui.reporterNameEdit.setText(incident.reporter_name)
        ui.reporterUnitEdit.setText(incident.reporter_unit)
        ui.reporterContactEdit.setText(incident.reporter_contact)
        for row in _CORRECTION_ROWS:
            ui.formLayout.setRowVisible(row, mode == CORRECT)
        # After the rows: showing the place row would show its check box too.
        ui.moveCheck.setVisible(mode == CORRECT and self._move_to is not None)

        for signal in (
            ui.reasonEdit.textChanged,
            ui.descriptionEdit.textChanged,
            ui.typeCombo.currentIndexChanged,
            ui.occurredEdit.dateTimeChanged,
            ui.moveCheck.toggled,
            ui.reporterNameEdit.textChanged,
            ui.reporterUnitEdit.textChanged,
            ui.reporterContactEdit.textChanged,
        ):
            signal.connect(self._update_state)
        self._retranslate()
        (ui.typeCombo if mode == CORRECT else ui.reasonEdit).setFocus()
        if mode == VOID:  # only the reason is asked: as tall as its wrapped text needs
            line = self.fontMetrics().lineSpacing()
            heading = ui.headingLabel.heightForWidth(self.width() - 24)
            self.resize(self.width(), heading + 10 * line + 60)

    @property
    def incident(self) -> IncidentInfo:
        return self._incident

    def ok_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()

    def corrections(self) -> dict[str, str]:
        """The fields the officer changed, as correct_incident takes them."""
        ui, old = self.ui, self._incident
        out: dict[str, str] = {}
        if ui.typeCombo.currentData() != old.type:
            out["type"] = ui.typeCombo.currentData()
        when = look.iso_local(ui.occurredEdit.dateTime())
        if utc_iso(when) != old.occurred_at:
            out["occurred_at"] = when
        if self._move_to is not None and ui.moveCheck.isChecked():
            out["node_code"] = self._move_to.code
        if ui.descriptionEdit.toPlainText().strip() != old.description.strip():
            out["description"] = ui.descriptionEdit.toPlainText().strip()
        for field, widget in (
            ("reporter_name", ui.reporterNameEdit),
            ("reporter_unit", ui.reporterUnitEdit),
            ("reporter_contact", ui.reporterContactEdit),
        ):
            if " ".join(widget.text().split()) != getattr(old, field):
                out[field] = widget.text()
        return out

    def missing_text(self) -> str:
        """What stops saving ("" when nothing)."""
        if self.mode == CORRECT:
            if not self.corrections():
                return self.tr("Change what was logged wrongly, then give the reason.")
            if not self.ui.descriptionEdit.toPlainText().strip():
                return self.tr("The description cannot be empty.")
        if not self._reason():
            if self.mode == VOID:
                return self.tr("Write why the incident is voided to continue.")
            return self.tr("Write why it is corrected to continue.")
        return ""

    def _retranslate(self) -> None:
        ui, incident = self.ui, self._incident
        summary = (
            f"<b>{escape(type_label(incident.type))}</b> · "
            f"{escape(look.format_time(incident.occurred_at))}<br>"
            f"{escape(place_text(self._db, incident.node_code, incident.node_name))}<br>"
            f"<i>{escape(' '.join(incident.description.split())[:240])}</i>"
        )
        if self.mode == VOID:
            self.setWindowTitle(self.tr("Void incident"))
            self.ok_button().setText(self.tr("Void incident"))
            cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Keep it"))  # not "Batal": that reads like "void"
            note = self.tr(
                "A voided incident stays in the list, marked as voided, and is no longer "
                "counted in reports, the timeline or the open incidents. Undo takes it back."
            )
            ui.reasonEdit.setPlaceholderText(
                self.tr("Required: why, e.g. logged twice, or the report proved false")
            )
        else:
            self.setWindowTitle(self.tr("Correct incident"))
            self.ok_button().setText(self.tr("Save correction"))
            note = self.tr(
                "Change what was logged wrongly. The old values stay in the incident's steps."
            )
            ui.reasonEdit.setPlaceholderText(
                self.tr("Required: why, e.g. the reporter corrected the type by phone")
            )
        ui.headingLabel.setText(f"{summary}<p>{escape(note)}</p>")
        if self._move_to is not None:
            ui.moveCheck.setText(
                self.tr("Move it to the place selected in the tree: %1").replace(
                    "%1", self._move_to.name
                )
            )
        self._update_state()

    def _update_state(self) -> None:
        missing = self.missing_text()
        self.ok_button().setEnabled(not missing)
        self.ui.hintLabel.setText(missing)
        self.ui.hintLabel.setVisible(bool(missing))

    def accept(self) -> None:
        if self.missing_text():
            self._update_state()
            return
        try:
            if self.mode == VOID:
                self.edit = incidents.void_incident(
                    self._db, self._incident.id, actor=cfg.operator_name(), reason=self._reason()
                )
            else:
                self.edit = incidents.correct_incident(
                    self._db,
                    self._incident.id,
                    actor=cfg.operator_name(),
                    reason=self._reason(),
                    **self.corrections(),
                )
        except (ChangeError, ValueError) as exc:
            incident_dialog.warn(
                self,
                self.tr("Not saved"),
                self.tr("Nothing was changed; the incident is as it was.") + "\n\n" + str(exc),
            )
            return
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
