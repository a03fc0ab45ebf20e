"""Impor jadwal tahapan: a stage schedule from CSV/XLSX, previewed before anything changes.

The file is read by the common reader (store.stage_import); refused rows are listed with
row and column as the file writes them. The officer may leave them out and import the
rest, and chooses whether the schedule replaces the current stages (one change: undo
brings the old ones back); replacing moves the risk register's lines to the new stage of
their kind (store.stage_relink), and the dialog says how many move and which are left.
One page, laid out in ui/stage_import_dialog.ui.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTreeWidgetItem, QWidget

from commandpost.gui import file_chooser
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import fill, number, problem_text
from commandpost.gui.dialogs.import_views import (
    ProblemsModel,
    setup_problems_view,
    show_problems_in,
)
from commandpost.gui.forms.stage_import_dialog_ui import Ui_StageImportDialog
from commandpost.gui.timeline.panel import day_text
from commandpost.store import stages
from commandpost.store.database import Database
from commandpost.store.stage_import import StagePlan, apply_stage_import, plan_stage_import, spans
from commandpost.store.threats import Edit
from commandpost.tabular import EncodingQuestion, TableError

LAST_FOLDER = "import/stage_folder"


class StageImportDialog(QDialog):
    """The layout comes from ui/stage_import_dialog.ui (forms/stage_import_dialog_ui.py);
    this class reads the file, fills the preview and imports."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageImportDialog")
        self.ui = Ui_StageImportDialog()
        self.ui.setupUi(self)
        self._db = db
        self.path: Path | None = None
        self.encoding: str | None = None
        self.plan: StagePlan | None = None
        self.edit: Edit | None = None
        self.existing = len(stages.list_stages(db))
        # Lines of the register on the current stages: what a replacement moves.
        self.tied = stages.schedule_relink_plan(db, []).left_count if self.existing else 0

        ui = self.ui
        self.file_label, self.choose_button = ui.stageFileLabel, ui.chooseButton
        self.intro, self.summary, self.preview = (
            ui.introLabel,
            ui.stageImportSummary,
            ui.stagePreview,
        )
        self.skip_check, self.replace_check = ui.skipBadRows, ui.replaceStages
        self.risk_note, self.buttons = ui.stageRiskNote, ui.buttonBox
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.choose_button.clicked.connect(self.choose_file)
        header = self.preview.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_model = ProblemsModel(self)
        self.problems_view = ui.stageProblems
        setup_problems_view(self.problems_view, self.problems_model)
        self.skip_check.toggled.connect(lambda _on: self._reload())
        self.replace_check.toggled.connect(lambda _on: self._show_risk_note())
        self.replace_check.setChecked(self.existing > 0)
        self.replace_check.setVisible(self.existing > 0)
        self._retranslate()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self._show()

    def _retranslate(self) -> None:
        """The texts the form cannot hold: buttons and those with numbers."""
        self.import_button.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.replace_check.setText(
            fill(
                self.tr("&Replace the operation's %1 current stages (undo brings them back)"),
                number(self.existing),
            )
        )
        self._show_risk_note()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._retranslate()
            self._show()
        super().changeEvent(event)

    def _show_risk_note(self) -> None:
        """What replacing does to the risk register: before a file is read, that its lines
        move to the new stage of their kind; then how many move and which are left."""
        note = self.risk_note
        note.setVisible(self.replace_check.isChecked() and self.tied > 0)
        if self.plan is None:
            note.setText(
                fill(
                    self.tr(
                        "Replacing moves the %1 lines of the risk register to the new stage "
                        "of the same kind, where the schedule has one."
                    ),
                    number(self.tied),
                )
            )
            return
        relink = stages.schedule_relink_plan(self._db, self.plan.stages)
        text = fill(
            self.tr(
                "Replacing moves %1 lines of the risk register to the new stage of the same kind."
            ),
            number(relink.moved),
        )
        if relink.left:
            text += " " + fill(
                self.tr(
                    "%1 lines have no stage of their kind in this schedule (%2) and will "
                    "show “(stage deleted)” until you give them a stage again."
                ),
                number(relink.left_count),
                "; ".join(relink.left_stage_names()),
            )
        note.setText(text)

    def choose_file(self) -> None:
        folder = cfg.settings().value(LAST_FOLDER, "")
        path, _ = file_chooser.get_open_file_name(
            self,
            self.tr("Choose a stage schedule"),
            folder if isinstance(folder, str) else "",
            self.tr("CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            cfg.settings().setValue(LAST_FOLDER, str(Path(path).parent))
            self.load_file(Path(path))

    def load_file(self, path: Path, *, encoding: str | None = None) -> bool:
        """Read and check the file; True when there is something to import."""
        self.path, self.encoding = path, encoding
        return self._reload()

    def ask_encoding(self, question: EncodingQuestion) -> bool:
        """Read the file as Windows-1252? (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Read as Windows-1252?"),
            problem_text(question.problems[0]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _reload(self) -> bool:
        self.plan = None
        problems = []
        if self.path is not None:
            try:
                self.plan = plan_stage_import(
                    self.path, encoding=self.encoding, skip_bad_rows=self.skip_check.isChecked()
                )
            except EncodingQuestion as question:
                if self.ask_encoding(question):
                    return self.load_file(self.path, encoding=question.encoding)
                problems = question.problems
            except TableError as error:
                problems = error.problems
        if self.plan is not None:
            problems = [*self.plan.rejected, *self.plan.notes]
        show_problems_in(self.problems_view, self.problems_model, problems, hide_file=True)
        self._show()
        return self.plan is not None

    def _show(self) -> None:
        self.preview.clear()
        plan = self.plan
        if self.path is not None:
            self.file_label.setText(fill(self.tr("File: <b>%1</b>"), self.path.name))
        refused = len(self.problems_model.problems())
        if plan is None:
            self.summary.setText(
                self.tr(
                    "Nothing can be imported yet: the problems below name each row and column. "
                    "Correct the file, or leave the refused rows out."
                )
                if self.path is not None
                else ""
            )
        else:
            items: dict[str, QTreeWidgetItem] = {}
            for stage, sp in ((s, spans(plan)[s.id]) for s in plan.stages):
                parent = items.get(stage.parent_id or "")
                item = QTreeWidgetItem(parent) if parent else QTreeWidgetItem(self.preview)
                item.setText(0, stage.name)
                item.setText(1, day_text(sp[0]) if sp else "")
                item.setText(2, day_text(sp[1]) if sp else "")
                item.setText(3, str(plan.rows[stage.id]))
                items[stage.id] = item
            self.preview.expandAll()
            text = fill(self.tr("%1 stages will be imported."), number(len(plan.stages)))
            if plan.rejected:
                text += " " + fill(
                    self.tr("%1 refused rows are left out (listed below)."),
                    number(len(plan.rejected)),
                )
            self.summary.setText(text)
        self.problems_view.setVisible(refused > 0)
        self.skip_check.setEnabled(self.path is not None)
        self.import_button.setEnabled(plan is not None)
        self._show_risk_note()

    def accept(self) -> None:
        if self.plan is None:
            return
        self.edit = apply_stage_import(
            self._db,
            self.plan,
            actor=cfg.operator_name(),
            replace_existing=self.replace_check.isChecked(),
        )
        super().accept()
