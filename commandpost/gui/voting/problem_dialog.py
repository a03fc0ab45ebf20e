"""Tandai masalah: flag (or clear) a problem at the selected TPS on voting day, linked to
the incident that describes it. One change for the whole selection, undone as one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.store import incidents, progress
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.threats import Edit


class ProblemDialog(QDialog):
    """``edits`` and ``summary`` are set after a save."""

    def __init__(
        self, db: Database, codes: list[str], region: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("problemDialog")
        self.setWindowTitle(self.tr("Problem at TPS"))
        self._db = db
        self.codes = sorted(set(codes))
        self.edits: list[Edit] = []
        self.summary = ""
        layout = QVBoxLayout(self)
        counts = progress.selection_counts(db, self.codes)
        self.target = QLabel(
            self.tr("%1 TPS in the selection.").replace(
                "%1", look.ID_LOCALE.toString(counts["total"])
            ),
            self,
        )
        layout.addWidget(self.target)
        form = QFormLayout()
        self.flag_check = QCheckBox(self.tr("&There is a problem at these TPS"), self)
        self.flag_check.setObjectName("problemFlag")
        self.flag_check.setChecked(True)
        form.addRow("", self.flag_check)
        self.incident_combo = QComboBox(self)
        self.incident_combo.setObjectName("problemIncident")
        self.incident_combo.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 36))
        self.incident_combo.addItem(self.tr("(no incident logged yet)"), None)
        under = region or (self.codes[0] if self.codes else None)
        for item in incidents.list_incidents(db, under=under)[:200]:
            when = look.format_time(item.occurred_at)
            self.incident_combo.addItem(
                f"{when} · {item.node_name} · {item.description[:60]}", item.id
            )
        incident_label = QLabel(self.tr("&Incident:"), self)
        incident_label.setBuddy(self.incident_combo)
        form.addRow(incident_label, self.incident_combo)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("problemReason")
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        layout.addLayout(form)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.flag_check.toggled.connect(self.incident_combo.setEnabled)
        self.flag_check.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        on = self.flag_check.isChecked()
        incident = self.incident_combo.currentData() if on else None
        try:
            self.edits = progress.set_problem(
                self._db,
                self.codes,
                incident_id=incident,
                actor=cfg.operator_name(),
                on=on,
                reason=self.reason_edit.text().strip(),
            )
        except ChangeError as exc:
            self.error.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            self.error.show()
            return
        count = len({w.entity_id for e in self.edits for w in e.writes})
        self.summary = (
            self.tr("problem at %1 TPS") if on else self.tr("problem cleared at %1 TPS")
        ).replace("%1", look.ID_LOCALE.toString(count))
        self.accept()
