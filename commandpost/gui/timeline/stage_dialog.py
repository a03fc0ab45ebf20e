"""Add or change one stage: name, dates (or none, for a group of sub-stages), parent, kind.

The layout is Designer's (ui/stage_dialog.ui, generated into forms/stage_dialog_ui.py by
``python -m commandpost.gui.build forms``); this module fills the lists and keeps the rules.

Checked against the whole schedule before it is saved (store.stages): a refusal is shown in
the dialog, which stays open with what the officer typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from commandpost.core.stages import STAGE_KINDS, Stage, depth, subtree
from commandpost.gui.forms.stage_dialog_ui import Ui_StageDialog
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
    """``values()`` after accept: name, start, end, parent_id, kind (Stage field names).

    The layout comes from ui/stage_dialog.ui (forms/stage_dialog_ui.py); the widgets keep
    the names tests and the window use (``name_edit``, ``start_edit``, ...)."""

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
        self.ui = Ui_StageDialog()
        self.ui.setupUi(self)
        self.stage = stage
        self._save = save
        self.result_value: Any = None
        ui = self.ui
        self.name_edit, self.dated_check = ui.stageName, ui.stageDated
        self.start_edit, self.end_edit = ui.stageStart, ui.stageEnd
        self.from_label, self.to_label = ui.fromLabel, ui.toLabel
        self.parent_combo, self.kind_combo = ui.stageParent, ui.stageKind
        self.error_label = ui.stageError
        self.error_label.hide()
        self._said_problem = ""  # the last date problem shown in error_label
        for edit in (self.start_edit, self.end_edit):
            # Typed as text (widgets/date_field.py); a text that is not a date is said below.
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
            edit.problemChanged.connect(self._date_problem)
        self.parent_combo.addItem("", None)  # "(none: a main stage)", named in _retranslate
        own = subtree(stages, [stage.id]) if stage else set()
        for s in stages:
            if s.id in own:
                continue
            self.parent_combo.addItem("    " * depth(s, stages) + s.name, s.id)
        for kind in STAGE_KINDS:
            self.kind_combo.addItem("", kind)
        self._retranslate()
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
        # A refusal said on save speaks of the values then: once one changes, it goes.
        for signal in (
            self.name_edit.textChanged,
            self.start_edit.dateChanged,
            self.end_edit.dateChanged,
            self.parent_combo.currentIndexChanged,
            self.kind_combo.currentIndexChanged,
            self.dated_check.toggled,
        ):
            signal.connect(self._input_changed)
        # The end is never moved to follow the start: an end before the start is refused on
        # save with its own message (refusal_text), so nothing the officer typed changes unseen.

    def save_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def _retranslate(self) -> None:
        """The texts the form cannot hold: the title, the buttons and the lists' entries."""
        self.setWindowTitle(self.tr("Change stage") if self.stage else self.tr("New stage"))
        self.save_button().setText(self.tr("&Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.parent_combo.setItemText(0, self.tr("(none: a main stage)"))
        for i, kind in enumerate(STAGE_KINDS):
            self.kind_combo.setItemText(i, self.tr(KIND_TEXTS[kind]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _dated_toggled(self, on: bool) -> None:
        for widget in (self.start_edit, self.end_edit, self.to_label):
            widget.setEnabled(on)

    def _date_problem(self, problem: str) -> None:
        """A date field's text is not a date (or was just fixed): said in the error line."""
        left = [e.problem() for e in (self.start_edit, self.end_edit) if e.problem()]
        if problem or left:
            self._said_problem = problem or left[0]
            self.show_error(self._said_problem)
        elif self.error_label.text() == self._said_problem:  # not a refusal said on save
            self.error_label.hide()

    def _input_changed(self, *_args) -> None:
        if not any(e.problem() for e in (self.start_edit, self.end_edit)):
            self.error_label.hide()

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
        if self.dated_check.isChecked():
            for edit in (self.start_edit, self.end_edit):
                if not edit.check():  # said by _date_problem; the text stays as typed
                    edit.setFocus()
                    edit.selectAll()
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
