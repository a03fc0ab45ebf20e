"""Impor jadwal tahapan: a stage schedule from CSV/XLSX, previewed before anything changes.

The file is read by the common reader (store.stage_import); refused rows are listed with
row and column as the file writes them. The officer may leave them out and import the
rest, and chooses whether the schedule replaces the current stages (one change: undo
brings the old ones back).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.gui import file_chooser
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import fill, number, problem_text
from commandpost.gui.dialogs.import_views import (
    ProblemsModel,
    setup_problems_view,
    show_problems_in,
)
from commandpost.gui.timeline.panel import day_text
from commandpost.store import stages
from commandpost.store.database import Database
from commandpost.store.stage_import import StagePlan, apply_stage_import, plan_stage_import, spans
from commandpost.store.threats import Edit
from commandpost.tabular import EncodingQuestion, TableError

LAST_FOLDER = "import/stage_folder"


class StageImportDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageImportDialog")
        self.setWindowTitle(self.tr("Import a stage schedule"))
        self._db = db
        self.path: Path | None = None
        self.encoding: str | None = None
        self.plan: StagePlan | None = None
        self.edit: Edit | None = None
        self.existing = len(stages.list_stages(db))

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen."), self)
        self.file_label.setObjectName("stageFileLabel")
        self.file_label.setWordWrap(True)
        top.addWidget(self.file_label, 1)
        self.choose_button = QPushButton(self.tr("&Choose file…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        top.addWidget(self.choose_button)
        layout.addLayout(top)
        self.intro = QLabel(
            self.tr(
                "A schedule needs a column for the stage's name and, for dated stages, its "
                "first and last day (27 November 2024, 27 Nop 2024, 27/11/2024). An id and a "
                "parent id column make sub-stages."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.summary = QLabel(self)
        self.summary.setObjectName("stageImportSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.preview = QTreeWidget(self)
        self.preview.setObjectName("stagePreview")
        self.preview.setHeaderLabels(
            [self.tr("Stage"), self.tr("From"), self.tr("To"), self.tr("Row")]
        )
        self.preview.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview.header().setStretchLastSection(False)
        for column in (1, 2, 3):
            self.preview.header().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        layout.addWidget(self.preview, 3)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self)
        self.problems_view.setObjectName("stageProblems")
        setup_problems_view(self.problems_view, self.problems_model)
        layout.addWidget(self.problems_view, 2)
        self.skip_check = QCheckBox(
            self.tr("&Leave the refused rows out and import the rest"), self
        )
        self.skip_check.setObjectName("skipBadRows")
        self.skip_check.toggled.connect(lambda _on: self._reload())
        layout.addWidget(self.skip_check)
        self.replace_check = QCheckBox(self)
        self.replace_check.setObjectName("replaceStages")
        self.replace_check.setText(
            fill(
                self.tr("&Replace the operation's %1 current stages (undo brings them back)"),
                number(self.existing),
            )
        )
        from commandpost.store import risks

        tied = len(risks.list_risks(db)) if self.existing else 0
        self.risk_note = QLabel(self)
        self.risk_note.setObjectName("stageRiskNote")
        self.risk_note.setWordWrap(True)
        self.risk_note.setText(
            fill(
                self.tr(
                    "Replacing leaves the %1 lines of the risk register without a stage "
                    "(shown as “(stage deleted)”) until you give them one again."
                ),
                number(tied),
            )
        )
        self.risk_note.setVisible(tied > 0)
        self.replace_check.toggled.connect(lambda on: self.risk_note.setVisible(on and tied > 0))
        self.replace_check.setChecked(self.existing > 0)
        self.replace_check.setVisible(self.existing > 0)
        layout.addWidget(self.replace_check)
        layout.addWidget(self.risk_note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        self.resize(760, 520)
        self._show()

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
