"""Impor daftar personel: a personnel list and PAM TPS roster (CSV/XLSX) with a preview.

The file is read and checked in the background by the store (store.roster_import). Any
refused row refuses the whole file: the officer sees every problem with its sheet, row and
column as the file writes them, and nothing is imported. A good file is previewed (counts,
the people with rank, unit, BKO and post, the reader's notes) and applied as one change, in
the background with progress. Phone numbers are imported but never shown here.
A CSV that is not UTF-8 but probably Windows-1252 is read so only when the officer says so.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.core.changes import Change
from commandpost.gui import file_chooser
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import fill, number, problem_text
from commandpost.gui.dialogs.import_views import (
    ProblemsModel,
    ProgressRelay,
    TextTableModel,
    check_file,
    setup_problems_view,
    show_problems_in,
    show_warning,
)
from commandpost.gui.dialogs.tps_import_dialog import ask_question
from commandpost.gui.errors import failure_text
from commandpost.gui.worker import run_in_background
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.personnel import rank_book
from commandpost.store.roster_import import RosterPlan, apply_roster_import, plan_roster_import
from commandpost.store.units import units
from commandpost.tabular import WARNING, Problem, TableError

LAST_FOLDER = "roster_import/folder"
ERROR_RED = "#b71c1c"
WARNING_BROWN = "#8a4b00"

__all__ = ["RosterCounts", "RosterImportDialog", "roster_counts"]


@dataclass(frozen=True)
class RosterCounts:
    """What a checked roster holds, as the preview shows it."""

    people: int
    new: int
    updated: int
    bko: int
    assignments: int
    sheets: tuple[str, ...]


def _fit_field_column(view: QTableView, problems: list[Problem]) -> None:
    """The column names as the file writes them (PANGKAT/NRP) on one line, up to a limit."""
    metrics, header = view.fontMetrics(), view.horizontalHeader()
    widest = max((metrics.horizontalAdvance(p.field or "") for p in problems), default=0)
    limit = metrics.horizontalAdvance("M" * 16)
    header.resizeSection(
        ProblemsModel.FIELD, max(header.sectionSize(ProblemsModel.FIELD), min(widest + 16, limit))
    )


def roster_counts(plan: RosterPlan) -> RosterCounts:
    return RosterCounts(
        people=len(plan.people),
        new=plan.new,
        updated=plan.updated,
        bko=sum(1 for p in plan.people if p.bko_unit_id),
        assignments=len(plan.assignments),
        sheets=tuple(plan.sheets),
    )


def _rich(text: str, *args: str) -> str:
    """``fill`` for a rich-text label: the values in bold, everything escaped."""
    return fill(html.escape(text), *(f"<b>{html.escape(a)}</b>" for a in args))


class RosterImportDialog(QDialog):
    """Choose a roster, see who it brings and where they stand guard, import it as one change.

    After acceptance :attr:`change` holds the applied change, :attr:`plan` what was imported
    and :attr:`summary` a short text for the status bar.
    """

    def __init__(
        self, db: Database, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportDialog")
        self.db = db
        self.plan: RosterPlan | None = None
        self.problems: list[Problem] = []
        self.more = 0  # further problems, only counted
        self.change: Change | None = None
        self.summary = ""
        self._path: Path | None = None
        self._encoding: str | None = None
        self._unit_names: dict[str, str] = {}
        self._busy = False
        self._ready = False

        self._build()
        self._retranslate()
        self._show_page(self.start_page)
        self.choose_button.setFocus()
        self._ready = True
        if path is not None:
            self.load_file(Path(path))

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("rosterFileLabel")
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)

        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)

        # Before a file is chosen: what a roster needs.
        self.start_page = QWidget(self.pages)
        start = QVBoxLayout(self.start_page)
        start.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(self.start_page)
        self.intro_label.setObjectName("rosterIntro")
        self.intro_label.setWordWrap(True)
        start.addWidget(self.intro_label)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.start_page)
        self.choose_button.setObjectName("rosterChooseButton")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        start.addLayout(row)
        start.addStretch(1)
        self.pages.addWidget(self.start_page)

        # A refused file: every problem, and nothing imported.
        self.problems_page = QWidget(self.pages)
        refused = QVBoxLayout(self.problems_page)
        refused.setContentsMargins(0, 0, 0, 0)
        self.problems_headline = QLabel(self.problems_page)
        self.problems_headline.setObjectName("rosterProblemsHeadline")
        self.problems_headline.setWordWrap(True)
        font = self.problems_headline.font()
        font.setBold(True)
        self.problems_headline.setFont(font)
        self.problems_headline.setStyleSheet(f"color: {ERROR_RED};")
        refused.addWidget(self.problems_headline)
        self.problems_note = QLabel(self.problems_page)
        self.problems_note.setObjectName("rosterProblemsNote")
        self.problems_note.setWordWrap(True)
        refused.addWidget(self.problems_note)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView(self.problems_page)
        self.problems_view.setObjectName("rosterProblems")
        setup_problems_view(self.problems_view, self.problems_model)
        self._setup_read_only(self.problems_view)
        self.problems_view.selectionModel().selectionChanged.connect(self._show_detail)
        refused.addWidget(self.problems_view, 1)
        self.more_label = QLabel(self.problems_page)
        self.more_label.setObjectName("rosterMoreProblems")
        refused.addWidget(self.more_label)
        # The selected problem in full (a long hint need not be read in a narrow cell).
        self.detail_label = QLabel(self.problems_page)
        self.detail_label.setObjectName("rosterProblemDetail")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.detail_label.setMargin(6)
        refused.addWidget(self.detail_label)
        self.pages.addWidget(self.problems_page)

        # A good file: what it brings.
        self.preview_page = QWidget(self.pages)
        preview = QVBoxLayout(self.preview_page)
        preview.setContentsMargins(0, 0, 0, 0)
        self.summary_label = QLabel(self.preview_page)
        self.summary_label.setObjectName("rosterSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        preview.addWidget(self.summary_label)
        self.warning_label = QLabel(self.preview_page)
        self.warning_label.setObjectName("rosterWarnings")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(f"color: {WARNING_BROWN};")
        preview.addWidget(self.warning_label)
        self.tabs = QTabWidget(self.preview_page)
        self.tabs.setObjectName("rosterTabs")
        self.people_model = TextTableModel(self._people_titles, self)
        self.people_view = QTableView(self.tabs)
        self.people_view.setObjectName("rosterPeople")
        self.people_view.setModel(self.people_model)
        self._setup_read_only(self.people_view)
        self.people_view.setAlternatingRowColors(True)
        self.people_view.setWordWrap(False)
        self.people_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.people_view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.people_view.fontMetrics().height() + 8)
        self.tabs.addTab(self.people_view, "")
        self.notes_model = ProblemsModel(self)
        self.notes_view = QTableView(self.tabs)
        self.notes_view.setObjectName("rosterNotes")
        setup_problems_view(self.notes_view, self.notes_model)
        self._setup_read_only(self.notes_view)
        self.tabs.addTab(self.notes_view, "")
        preview.addWidget(self.tabs, 1)
        self.pages.addWidget(self.preview_page)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("rosterProgress")
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setVisible(False)
        layout.addWidget(self.progress_bar)
        self.progress = ProgressRelay(self.progress_bar, self._stage_text)

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("rosterHint")
        self.hint_label.setWordWrap(True)
        layout.addWidget(self.hint_label)

        buttons = QHBoxLayout()
        self.choose_another_button = QPushButton(self)
        self.choose_another_button.setObjectName("rosterChooseAnotherButton")
        self.choose_another_button.clicked.connect(self.choose_file)
        buttons.addWidget(self.choose_another_button)
        buttons.addStretch(1)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("rosterImportButton")
        self.import_button.clicked.connect(self.apply)
        self.import_button.setDefault(True)  # Enter imports (it is disabled until a preview)
        buttons.addWidget(self.import_button)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("rosterCancelButton")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.apply)

        self.setTabOrder(self.choose_button, self.problems_view)
        self.setTabOrder(self.problems_view, self.tabs)
        self.setTabOrder(self.tabs, self.people_view)
        self.setTabOrder(self.people_view, self.notes_view)
        self.setTabOrder(self.notes_view, self.choose_another_button)
        self.setTabOrder(self.choose_another_button, self.import_button)
        self.setTabOrder(self.import_button, self.cancel_button)
        self.resize(980, 620)

    @staticmethod
    def _setup_read_only(view: QTableView) -> None:
        # Tab moves on from a table to the next control, never from cell to cell.
        view.setTabKeyNavigation(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def _people_titles(self) -> tuple[str, ...]:
        return (
            self.tr("NRP/NIP"),
            self.tr("Rank"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("BKO to"),
            self.tr("Post"),
        )

    def _stage_text(self, stage: str) -> str:
        texts = {
            "read": self.tr("Reading the file…"),
            "apply": self.tr("Saving the roster…"),
            "people": self.tr("Saving the people…"),
            "assignments": self.tr("Saving the assignments…"),
        }
        return texts.get(stage, self.tr("Working…"))

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.choose_another_button.setVisible(page is not self.start_page)
        self.import_button.setVisible(page is not self.start_page)
        self._update_import()

    # --- choosing and checking a file -----------------------------------------------------

    def choose_file(self) -> None:
        if self._busy:
            return
        folder = cfg.settings().value(LAST_FOLDER, "")
        path, _ = file_chooser.get_open_file_name(
            self,
            self.tr("Choose a personnel roster"),
            folder if isinstance(folder, str) else "",
            self.tr("CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path, *, encoding: str | None = None) -> bool:
        """Read and check the file in the background; True if a preview is shown, False if
        the file was refused (the problems are shown)."""
        if self._busy:
            return False
        path = Path(path)
        self._path, self._encoding = path, encoding
        cfg.settings().setValue(LAST_FOLDER, str(path.parent))
        self._show_file()
        db = self.db

        def work() -> tuple[RosterPlan, dict[str, str]]:
            plan = plan_roster_import(db, path, encoding=encoding)
            return plan, {u.id: u.name for u in units(db, retired=True)}

        self.progress_bar.setRange(0, 0)  # busy: reading has no steps to count
        result, again = check_file(self, path.name, work, self._show_problems, ask_question)
        if again is not None:
            return self.load_file(path, encoding=again)
        if result is None:
            return False
        plan, names = result
        self._show_preview(plan, names)
        return True

    def _show_preview(self, plan: RosterPlan, unit_names: dict[str, str]) -> None:
        self.plan = plan
        self.problems, self.more = [], 0
        self._unit_names = dict(unit_names)
        self.problems_model.set_problems([])
        self._fill_people()
        show_problems_in(self.notes_view, self.notes_model, plan.notes, hide_file=True)
        _fit_field_column(self.notes_view, plan.notes)
        self.tabs.setCurrentWidget(self.people_view)
        self.people_view.scrollToTop()
        self._show_page(self.preview_page)
        self._update_texts()
        self.import_button.setFocus()

    def _show_problems(self, problems: list[Problem], more: int = 0) -> None:
        self.plan = None
        self.problems, self.more = list(problems), more
        self.people_model.set_rows([])
        self.notes_model.set_problems([])
        show_problems_in(self.problems_view, self.problems_model, self.problems, hide_file=True)
        _fit_field_column(self.problems_view, self.problems)
        self._show_page(self.problems_page)
        self._update_texts()
        if self.problems:
            self.problems_view.selectRow(0)
        self._show_detail()
        self.choose_another_button.setFocus()

    def _fill_people(self) -> None:
        """The people of the plan, in the interface language; never their phone numbers."""
        plan = self.plan
        if plan is None:
            self.people_model.set_rows([])
            return
        book = rank_book()
        posts: dict[str, list[str]] = {}
        for assignment in plan.assignments:
            posts.setdefault(assignment.nrp, []).append(assignment.post_name)
        names = self._unit_names
        rows = []
        for person in plan.people:
            try:
                rank = book.by_key(person.rank).short
            except KeyError:
                rank = person.rank
            bko = names.get(person.bko_unit_id, person.bko_unit_id) if person.bko_unit_id else ""
            rows.append(
                (
                    person.nrp,
                    rank,
                    person.name,
                    names.get(person.unit_id, person.unit_id),
                    bko,
                    "; ".join(posts.get(person.nrp, [])),
                )
            )
        self.people_model.set_rows(rows)
        self._fit_people()

    def _fit_people(self) -> None:
        view = self.people_view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = view.fontMetrics()
        # Wide enough for an 18-digit NIP and the usual ranks; names, units and posts share
        # the rest (each at most a third of the table, so the post stays in sight).
        header.resizeSection(0, metrics.horizontalAdvance("198501012010012001") + 20)
        header.resizeSection(1, metrics.horizontalAdvance("Penata Tk. I") + 24)
        room = max(view.viewport().width(), self.width() - 80, 600)
        for column in (2, 3, 4):
            view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column) + 12, room // 4))

    def _show_detail(self, *_args: QItemSelection) -> None:
        """The selected problem in full, with where it is."""
        rows = self.problems_view.selectionModel().selectedRows()
        problems = self.problems_model.problems()
        if not rows or not 0 <= rows[0].row() < len(problems):
            self.detail_label.setVisible(False)
            return
        problem = problems[rows[0].row()]
        self.detail_label.setText(f"{self._where(problem)}: {problem_text(problem)}")
        self.detail_label.setVisible(True)

    def _where(self, problem: Problem) -> str:
        parts = []
        if problem.sheet:
            parts.append(fill(self.tr("sheet %1"), problem.sheet))
        if problem.row is not None:
            parts.append(fill(self.tr("row %1"), number(problem.row)))
        if problem.field:
            parts.append(fill(self.tr("column %1"), problem.field))
        return ", ".join(parts) if parts else problem.file

    # --- texts ----------------------------------------------------------------------------

    def counts(self) -> RosterCounts | None:
        """What the previewed roster holds (None while nothing can be imported)."""
        return roster_counts(self.plan) if self.plan is not None else None

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a personnel roster"))
        self.intro_label.setText(
            self.tr(
                "A roster (CSV or Excel) needs each person's name, rank, NRP or NIP, and "
                "unit; rank and NRP may share a column (BRIPKA/85011234). A PAM TPS sheet "
                "also names the village and the TPS each person guards (1-5, 7). Every "
                "sheet whose header fits is read. Nothing is imported before you have seen "
                "the preview."
            )
        )
        self.choose_button.setText(self.tr("&Choose file…"))
        self.choose_another_button.setText(self.tr("Choose &another file…"))
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.problems_note.setText(
            self.tr(
                "The database has not been changed. Correct these rows in the file (or add a "
                "missing unit to the unit list), save it, and choose it again."
            )
        )
        self._show_file()
        self._update_texts()

    def _show_file(self) -> None:
        if self._path is None:
            self.file_label.setText(html.escape(self.tr("No file chosen.")))
        else:
            self.file_label.setText(_rich(self.tr("File: %1"), self._path.name))

    def _update_texts(self) -> None:
        counts = self.counts()
        if counts is not None:
            lines = [
                _rich(
                    self.tr("%1 people: %2 new, %3 already in the database (updated)"),
                    number(counts.people),
                    number(counts.new),
                    number(counts.updated),
                ),
                _rich(self.tr("%1 of them BKO to another unit"), number(counts.bko)),
                _rich(self.tr("%1 TPS assignments"), number(counts.assignments)),
            ]
            file = self.plan.file if self.plan is not None else ""
            if counts.sheets and list(counts.sheets) != [file]:  # a CSV is its own sheet
                lines.append(_rich(self.tr("Sheets read: %1"), ", ".join(counts.sheets)))
            self.summary_label.setText("<br>".join(lines))
            warnings = sum(1 for p in self.notes_model.problems() if p.severity == WARNING)
            self.warning_label.setVisible(warnings > 0)
            self.warning_label.setText(
                fill(self.tr("%1 warnings: see the Notes tab."), number(warnings))
            )
        self.tabs.setTabText(
            self.tabs.indexOf(self.people_view),
            fill(self.tr("&People (%1)"), number(self.people_model.rowCount())),
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.notes_view),
            fill(self.tr("N&otes (%1)"), number(self.notes_model.rowCount())),
        )
        errors = [p for p in self.problems if p.is_error]
        rows = {(p.sheet, p.row) for p in errors if p.row is not None}
        whole_file = any(p.row is None for p in errors) or not rows
        if whole_file:
            headline = self.tr("Nothing was imported: the file must be corrected (see below).")
        elif self.more:
            headline = fill(
                self.tr("Nothing was imported: %1 or more rows must be corrected in the file."),
                number(len(rows)),
            )
        else:
            headline = fill(
                self.tr("Nothing was imported: %1 rows must be corrected in the file."),
                number(len(rows)),
            )
        self.problems_headline.setText(headline)
        self.more_label.setVisible(self.more > 0)
        self.more_label.setText(
            fill(self.tr("… and %1 more problems, not listed."), number(self.more))
        )
        self._update_import()

    def _update_import(self) -> None:
        plan = self.plan
        on_preview = self.pages.currentWidget() is self.preview_page
        self.import_button.setEnabled(on_preview and plan is not None and not self._busy)
        if plan is None or not on_preview:
            hint = ""
        else:
            hint = fill(
                self.tr(
                    "Import records the %1 people and %2 assignments as one update. "
                    "Phone numbers are imported but not shown here."
                ),
                number(len(plan.people)),
                number(len(plan.assignments)),
            )
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))

    # --- applying -------------------------------------------------------------------------

    def apply(self) -> None:
        """Import the previewed roster in the background, then close the dialog."""
        plan = self.plan
        if self._busy or plan is None or self.pages.currentWidget() is not self.preview_page:
            return
        db, actor, progress = self.db, cfg.operator_name(), self.progress
        self._busy = True
        self._update_import()
        self.progress.start("apply")
        try:
            change = run_in_background(
                self,
                self.tr("Importing the roster…"),
                lambda: apply_roster_import(db, plan, actor=actor, progress=progress),
            )
        except (ChangeError, TableError, ValueError, SQLAlchemyError, OSError) as error:
            show_warning(
                self,
                self.tr("Roster not imported"),
                self.tr("Nothing was imported.") + "\n\n" + failure_text(error),
            )
            return
        finally:
            self._busy = False
            self.progress.stop()
            self._update_import()
        counts = roster_counts(plan)
        self.change = change
        self.summary = fill(
            self.tr("%1 people (%2 BKO), %3 assignments from %4"),
            number(counts.people),
            number(counts.bko),
            number(counts.assignments),
            plan.file,
        )
        super().accept()

    def accept(self) -> None:
        """Enter on the dialog imports, as the Import button does."""
        self.apply()

    def reject(self) -> None:
        if not self._busy:  # the work in the background finishes first
            super().reject()

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._ready:
            self.people_model.retranslate()
            self.problems_model.retranslate()
            self.notes_model.retranslate()
            self._retranslate()
            self._show_detail()
        super().changeEvent(event)
