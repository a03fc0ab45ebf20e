"""Add or change one stage: name, dates (or none, for a group of sub-stages), parent, kind.

Checked against the whole schedule before it is saved (store.stages): a refusal is shown in
the dialog, which stays open with what the officer typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.stages import STAGE_KINDS, Stage, depth, subtree
from commandpost.gui import look
from commandpost.store.changelog import ChangeError
from commandpost.store.stages import StageRefused

KIND_TEXTS = {
    "formation": QT_TRANSLATE_NOOP("StageDialog", "Formation of election bodies"),
    "voter_list": QT_TRANSLATE_NOOP("StageDialog", "Voter list"),
    "candidacy": QT_TRANSLATE_NOOP("StageDialog", "Candidacy"),
    "registration": QT_TRANSLATE_NOOP("StageDialog", "Registration"),
    "determination": QT_TRANSLATE_NOOP("StageDialog", "Determination"),
    "campaign": QT_TRANSLATE_NOOP("StageDialog", "Campaign"),
    "quiet": QT_TRANSLATE_NOOP("StageDialog", "Quiet period"),
    "voting": QT_TRANSLATE_NOOP("StageDialog", "Voting day"),
    "counting": QT_TRANSLATE_NOOP("StageDialog", "Counting"),
    "recapitulation": QT_TRANSLATE_NOOP("StageDialog", "Recapitulation"),
    "dispute": QT_TRANSLATE_NOOP("StageDialog", "Dispute"),
    "inauguration": QT_TRANSLATE_NOOP("StageDialog", "Inauguration"),
    "other": QT_TRANSLATE_NOOP("StageDialog", "Other"),
}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class StageDialog(QDialog):
    """``values()`` after accept: name, start, end, parent_id, kind (Stage field names)."""

    def __init__(
        self,
        stages: list[Stage],
        stage: Stage | None = None,
        *,
        parent_id: str | None = None,
        near: dt.date | None = None,
        save: Callable[[dict], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageDialog")
        self.stage = stage
        self._save = save
        self.result_value: Any = None
        self.setWindowTitle(self.tr("Change stage") if stage else self.tr("New stage"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("stageName")
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.dated_check = QCheckBox(self.tr("&Has its own dates"), self)
        self.dated_check.setObjectName("stageDated")
        self.dated_check.setToolTip(
            self.tr("Leave unticked for a group whose dates are those of its sub-stages.")
        )
        form.addRow("", self.dated_check)
        dates = QHBoxLayout()
        self.start_edit = self._date_edit("stageStart")
        self.end_edit = self._date_edit("stageEnd")
        dates.addWidget(self.start_edit)
        self.to_label = QLabel(self.tr("to"), self)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        self.from_label = QLabel(self.tr("&From:"), self)
        self.from_label.setBuddy(self.start_edit)
        form.addRow(self.from_label, dates)
        self.parent_combo = QComboBox(self)
        self.parent_combo.setObjectName("stageParent")
        self.parent_combo.addItem(self.tr("(none: a main stage)"), None)
        own = subtree(stages, [stage.id]) if stage else set()
        for s in stages:
            if s.id in own:
                continue
            self.parent_combo.addItem("    " * depth(s, stages) + s.name, s.id)
        form.addRow(self.tr("&Part of:"), self.parent_combo)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("stageKind")
        for kind in STAGE_KINDS:
            self.kind_combo.addItem(self.tr(KIND_TEXTS[kind]), kind)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("stageError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.dated_check.toggled.connect(self._dated_toggled)

        start = near or dt.date.today()
        if stage is not None:
            self.name_edit.setText(stage.name)
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(stage.parent_id)))
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(stage.kind)))
            if stage.start is not None and stage.end is not None:
                self.start_edit.setDate(_qdate(stage.start))
                self.end_edit.setDate(_qdate(stage.end))
            else:
                self.start_edit.setDate(_qdate(start))
                self.end_edit.setDate(_qdate(start))
            self.dated_check.setChecked(stage.start is not None)
        else:
            self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_id)))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("other"))
            self.start_edit.setDate(_qdate(start))
            self.end_edit.setDate(_qdate(start))
            self.dated_check.setChecked(True)
        self._dated_toggled(self.dated_check.isChecked())
        self.start_edit.dateChanged.connect(self._start_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setLocale(look.ID_LOCALE)
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        return edit

    def _dated_toggled(self, on: bool) -> None:
        for widget in (self.start_edit, self.end_edit, self.to_label):
            widget.setEnabled(on)

    def _start_changed(self, day: QDate) -> None:
        if self.end_edit.date() < day:
            self.end_edit.setDate(day)

    def values(self) -> dict:
        dated = self.dated_check.isChecked()
        return {
            "name": self.name_edit.text().strip(),
            "start": _pydate(self.start_edit.date()) if dated else None,
            "end": _pydate(self.end_edit.date()) if dated else None,
            "parent_id": self.parent_combo.currentData(),
            "kind": self.kind_combo.currentData(),
        }

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def refusal_text(self, exc: ChangeError) -> str:
        """A refused edit in the officer's words."""
        code = exc.error.code if isinstance(exc, StageRefused) else None
        if code == "end_before_start":
            return self.tr("The stage ends before it starts. Check the dates.")
        if code == "outside_parent":
            return self.tr(
                "A sub-stage must lie within the dates of the stage it is part of (%1)."
            ).replace("%1", str(exc.error.values.get("parent", "")))
        if code == "cycle":
            return self.tr("A stage cannot be part of itself or of one of its sub-stages.")
        if code == "no_parent":
            return self.tr("The stage it is part of no longer exists.")
        if code == "duplicate_name":
            return self.tr("There is already a stage of this name here; give it another name.")
        return self.tr("Not saved: %1").replace("%1", str(exc))

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.show_error(self.tr("A stage needs a name."))
            self.name_edit.setFocus()
            return
        if self._save is not None:
            try:
                self.result_value = self._save(self.values())
            except ChangeError as exc:
                self.show_error(self.refusal_text(exc))
                return
        super().accept()

    def keyPressEvent(self, event) -> None:
        # Enter in a field saves too (the date edits would otherwise swallow it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.accept()
            return
        super().keyPressEvent(event)
