"""Importing a TPS vulnerability mapping (such as Bawaslu's TPS-rawan list) with a preview.

The file is checked in the background; the officer then sees every real change, names the
source, the time of the mapping and a reason, and applies it as one transaction. A file with
any problem is listed row by row and nothing is imported.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.forms.mapping_import_dialog_ui import Ui_MappingImportDialog
from commandpost.gui.worker import run_in_background
from commandpost.store import threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.mapping_import import MappingPlan, apply_mapping, plan_mapping
from commandpost.store.threats import Edit, taxonomy
from commandpost.store.tps_import import Problem, TpsImportError

MAX_SHOWN = 5000  # preview rows; every change is applied, however many
PROBLEM_ROWS_FITTED = 300  # problem tables up to this size get rows as tall as their text
LAST_FOLDER = "mapping_import/folder"
DEFAULT_SOURCE = "bawaslu"

_Index = QModelIndex | QPersistentModelIndex

# Every problem an import can report (store.tps_import.Msg), for the translation;
# a test keeps the two lists equal.
PROBLEM_TEXTS = (
    QT_TRANSLATE_NOOP(
        "ImportProblem", "not UTF-8 text (byte 0x{byte}); save the file as 'CSV UTF-8'"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "the CSV text cannot be read: {detail}"),
    QT_TRANSLATE_NOOP("ImportProblem", "not a readable XLSX workbook ({detail})"),
    QT_TRANSLATE_NOOP("ImportProblem", "unsupported file type; use .csv or .xlsx"),
    QT_TRANSLATE_NOOP("ImportProblem", "file not found"),
    QT_TRANSLATE_NOOP("ImportProblem", "the file is empty"),
    QT_TRANSLATE_NOOP("ImportProblem", "unknown column; expected: {expected}"),
    QT_TRANSLATE_NOOP("ImportProblem", "second {column} column"),
    QT_TRANSLATE_NOOP("ImportProblem", "missing column (accepted names: {names})"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a village code like 36.02.01.2001"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a TPS number from 1 to {maximum}"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a whole number of voters"),
    QT_TRANSLATE_NOOP("ImportProblem", "longer than {maximum} characters"),
    QT_TRANSLATE_NOOP("ImportProblem", "TPS {number} of {village} is already on row {earlier}"),
    QT_TRANSLATE_NOOP("ImportProblem", "the file has a header but no TPS rows"),
    QT_TRANSLATE_NOOP("ImportProblem", "unknown village code {village}"),
    QT_TRANSLATE_NOOP("ImportProblem", "TPS {number} of {village} is already in the database"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown column: not a TPS column, a class column, or a threat category or "
        "indicator of the taxonomy",
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "no class column and no threat columns"),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not a code"),
    QT_TRANSLATE_NOOP(
        "ImportProblem",
        "unknown TPS class {value!r}; use kurang rawan, rawan, sangat rawan or khusus",
    ),
    QT_TRANSLATE_NOOP(
        "ImportProblem", "unknown threat level {value!r}; use none, rendah, sedang or tinggi (0-3)"
    ),
    QT_TRANSLATE_NOOP("ImportProblem", "{value!r} is not ya or tidak"),
    QT_TRANSLATE_NOOP("ImportProblem", "no TPS {code} in the database"),
)


def problem_text(problem: Problem) -> str:
    """The problem in the interface language (the store's English if it has no template)."""
    if not problem.template:
        return problem.message
    text = QCoreApplication.translate("ImportProblem", problem.template)
    try:
        return text.format(**dict(problem.args))
    except (KeyError, IndexError, ValueError):  # a translation that lost a {name}
        return problem.message


def fill(text: str, *args: object) -> str:
    """Put the arguments into %1, %2, … in one pass (a file name may itself hold "%2")."""
    return re.sub(r"%(\d)", lambda m: str(args[int(m.group(1)) - 1]), text)


def number(value: int) -> str:
    return look.ID_LOCALE.toString(int(value))


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    """A warning the officer must acknowledge (tests replace this function)."""
    QMessageBox.warning(parent, title, text)


class Change(NamedTuple):
    code: str
    category: str | None  # None: the TPS class
    old: str | int
    new: str | int


def sorted_changes(plan: MappingPlan) -> list[Change]:
    """All changes of a plan, by TPS; for each TPS the class first, then threats as listed."""
    order = {c.key: n for n, c in enumerate(taxonomy().categories)}
    rows = [Change(code, None, old, new) for code, old, new in plan.class_changes]
    rows += [Change(*change) for change in plan.threat_changes]
    rows.sort(key=lambda c: (c.code, -1 if c.category is None else order.get(c.category, 999)))
    return rows


class ChangesModel(QAbstractTableModel):
    """The preview: one row per change (TPS code, where it lies, old → new)."""

    CODE, LOCATION, CHANGE = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Change] = []
        self._places: dict[str, str] = {}

    def set_changes(self, rows: list[Change], places: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._places = dict(places)
        self.endResetModel()

    def change_text(self, change: Change) -> str:
        if change.category is None:
            return fill(
                self.tr("Class: %1 → %2"),
                look.class_label(str(change.old)),
                look.class_label(str(change.new)),
            )
        return fill(
            self.tr("%1: %2 → %3"),
            look.category_label(change.category),
            look.level_label(int(change.old)),
            look.level_label(int(change.new)),
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.CODE:
                return change.code
            if column == self.LOCATION:
                return self._places.get(change.code, "")
            if column == self.CHANGE:
                return self.change_text(change)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.CHANGE
            and change.category is None
        ):
            return look.class_icon(str(change.new))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("TPS code"), self.tr("Location"), self.tr("Change"))
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 2),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )


class ProblemsModel(QAbstractTableModel):
    """What is wrong with a file: file, row, column, problem."""

    FILE, ROW, FIELD, MESSAGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FILE:
                return problem.file
            if column == self.ROW:
                return "" if problem.row is None else number(problem.row)
            if column == self.FIELD:
                return problem.field or ""
            if column == self.MESSAGE:
                return problem_text(problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Problem"))
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)


class MappingImportDialog(QDialog):
    """Choose a mapping file, see what it would change, and apply it as one update.

    After :meth:`accept`, :attr:`applied_edits` holds the recorded edits (for undo) and
    :attr:`changed_codes` the TPS whose class or threats changed (for repainting).
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan: MappingPlan | None = None
        self.problems: list[Problem] = []
        self.applied_edits: list[Edit] = []
        self.changed_codes: list[str] = []
        self._path: Path | None = None
        self._total = 0
        self._time_touched = False
        self._busy = False  # checking or applying in the background

        self.ui = Ui_MappingImportDialog()
        self.ui.setupUi(self)
        self.changes_model = ChangesModel(self)
        self.problems_model = ProblemsModel(self)
        self._setup_views()
        self.ui.sourceCombo.load(db, current=DEFAULT_SOURCE)
        self.ui.observedEdit.setLocale(look.ID_LOCALE)
        self._reset_time()

        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.chooseAnotherButton.clicked.connect(self.choose_file)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.reasonEdit.textChanged.connect(self._update_apply)
        self.ui.observedEdit.dateTimeChanged.connect(self._time_edited)
        self._show_page(self.ui.startPage)
        self.ui.columnsBrowser.setHtml(self._columns_html())
        self._update_texts()
        self._ready = True

    # --- setup ----------------------------------------------------------------------------

    def _setup_views(self) -> None:
        view = self.ui.changesView
        view.setModel(self.changes_model)
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ChangesModel.CODE, metrics.horizontalAdvance("36.02.01.2002.001") + 24)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self._place_width = self._change_width = 0
        view.viewport().installEventFilter(self)

        problems = self.ui.problemsView
        problems.setModel(self.problems_model)
        header = problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = problems.fontMetrics()
        header.resizeSection(ProblemsModel.FILE, metrics.horizontalAdvance("M" * 14))
        header.resizeSection(ProblemsModel.ROW, metrics.horizontalAdvance("000.000") + 24)
        header.resizeSection(ProblemsModel.FIELD, metrics.horizontalAdvance("M" * 10))
        problems.setWordWrap(True)

    def _measure_changes(self) -> None:
        """How wide the location and change texts are, to share the width between them."""
        model = self.changes_model
        metrics = self.ui.changesView.fontMetrics()
        places = {model.index(r, ChangesModel.LOCATION).data() for r in range(model.rowCount())}
        texts = {model.index(r, ChangesModel.CHANGE).data() for r in range(model.rowCount())}
        padding = 16
        self._place_width = max((metrics.horizontalAdvance(t) for t in places), default=0)
        self._place_width += padding
        self._change_width = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        self._change_width += padding + 22  # the class swatch
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The change is what matters: the location column gives way first when space is short."""
        view = self.ui.changesView
        header = view.horizontalHeader()
        room = view.viewport().width() - header.sectionSize(ChangesModel.CODE)
        minimum = view.fontMetrics().horizontalAdvance("M" * 12)
        wanted = self._place_width or room // 2
        header.resizeSection(
            ChangesModel.LOCATION, max(minimum, min(wanted, room - self._change_width))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.changesView.viewport():
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _reset_time(self) -> None:
        now = QDateTime.currentDateTime()
        self.ui.observedEdit.setMaximumDateTime(now)
        if not self._time_touched:
            self.ui.observedEdit.blockSignals(True)
            self.ui.observedEdit.setDateTime(now)
            self.ui.observedEdit.blockSignals(False)

    def _time_edited(self) -> None:
        self._time_touched = True

    def _show_page(self, page: QWidget) -> None:
        self.ui.pages.setCurrentWidget(page)
        self.ui.chooseAnotherButton.setVisible(page is not self.ui.startPage)
        self.ui.applyButton.setVisible(page is self.ui.previewPage)
        self._update_apply()

    # --- choosing and checking a file -----------------------------------------------------

    def choose_file(self) -> None:
        folder = cfg.settings().value(LAST_FOLDER, "")
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a vulnerability mapping"),
            folder if isinstance(folder, str) else "",
            self.tr("CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> bool:
        """Check the file in the background; True if a preview is shown, False if problems."""
        if self._busy:
            return False
        path = Path(path)
        self._path = path
        cfg.settings().setValue(LAST_FOLDER, str(path.parent))
        db = self.db

        def work() -> tuple[MappingPlan, list[Change], dict[str, str]]:
            plan = plan_mapping(db, path)
            rows = sorted_changes(plan)
            shown = rows[:MAX_SHOWN]
            return plan, rows, threats.places(db, sorted({c.code for c in shown}))

        self._busy = True
        try:
            plan, rows, places = run_in_background(
                self, fill(self.tr("Checking %1…"), path.name), work
            )
        except TpsImportError as error:
            self._show_problems(error.problems)
            return False
        except OSError as error:
            reason = error.strerror or str(error)
            text = fill(self.tr("the file cannot be read: %1"), reason)
            self._show_problems([Problem(path.name, None, None, text)])
            return False
        finally:
            self._busy = False
        self._show_preview(plan, rows, places)
        return True

    def _show_preview(self, plan: MappingPlan, rows: list[Change], places: dict[str, str]) -> None:
        self.plan = plan
        self.problems = []
        self.problems_model.set_problems([])
        self._total = len(rows)
        self.changes_model.set_changes(rows[:MAX_SHOWN], places)
        self.ui.changesView.scrollToTop()
        self._measure_changes()
        self._reset_time()
        for widget in (self.ui.sourceCombo, self.ui.observedEdit, self.ui.reasonEdit):
            widget.setEnabled(not plan.empty)
        self._show_page(self.ui.previewPage)
        self._update_texts()
        if not plan.empty:
            self.ui.reasonEdit.setFocus()

    def _show_problems(self, problems: list[Problem]) -> None:
        self.plan = None
        self.problems = list(problems)
        self._total = 0
        self.changes_model.set_changes([], {})
        self.problems_model.set_problems(self.problems)
        view = self.ui.problemsView
        view.scrollToTop()
        if len(self.problems) <= PROBLEM_ROWS_FITTED:
            view.resizeRowsToContents()
        self._show_page(self.ui.problemsPage)
        self._update_texts()
        self.ui.chooseAnotherButton.setFocus()

    # --- texts ----------------------------------------------------------------------------

    def _update_texts(self) -> None:
        plan = self.plan
        name = self._path.name if self._path is not None else ""
        if plan is not None:
            summary = fill(
                self.tr("%1: %2 TPS rows; %3 class changes, %4 threat changes"),
                name,
                number(plan.rows),
                number(len(plan.class_changes)),
                number(len(plan.threat_changes)),
            )
            if plan.empty:
                summary += "\n" + self.tr(
                    "This file changes nothing: every TPS in it already has these values."
                )
            self.ui.summaryLabel.setText(summary)
        shown = self.changes_model.rowCount()
        self.ui.limitNote.setVisible(self._total > shown)
        self.ui.limitNote.setText(
            fill(
                self.tr("Showing the first %1 of %2 changes; Apply records all of them."),
                number(shown),
                number(self._total),
            )
        )
        self.ui.problemsHeadline.setText(
            fill(
                self.tr("Nothing was imported. Problems found in %1: %2."),
                name,
                number(len(self.problems)),
            )
        )
        self._update_apply()

    def _columns_html(self) -> str:
        """The threat columns a file may have, from the taxonomy, in the interface language."""
        categories = taxonomy().categories
        keys = {c.key for c in categories}

        def row(key: str, text: str) -> str:
            return (
                f"<tr><td valign='middle'><code>{html.escape(key)}</code>&nbsp;&nbsp;</td>"
                f"<td valign='middle'>{html.escape(text)}</td></tr>"
            )

        def heading(text: str) -> str:
            return f"<tr><td colspan='2'><b>{html.escape(text)}</b></td></tr>"

        parts = ["<table cellspacing='2'>"]
        parts.append(heading(self.tr("Threat categories: a level (none, rendah, sedang, tinggi)")))
        parts += [row(c.key, look.label(c)) for c in categories]
        parts.append("<tr><td colspan='2'></td></tr>")
        parts.append(heading(self.tr("Indicators: ya or tidak")))
        for category in categories:
            for indicator in category.indicators:
                if indicator.key not in keys:
                    text = f"{look.label(indicator)} ({look.label(category)})"
                    parts.append(row(indicator.key, text))
        parts.append("</table>")
        return "".join(parts)

    def _update_apply(self) -> None:
        plan = self.plan
        reason = self.ui.reasonEdit.text().strip()
        on_preview = self.ui.pages.currentWidget() is self.ui.previewPage
        self.ui.applyButton.setEnabled(
            on_preview and plan is not None and not plan.empty and bool(reason)
        )
        if plan is None or not on_preview:
            hint = ""
        elif plan.empty:
            hint = self.tr("There is nothing to apply.")
        elif not reason:
            hint = self.tr("Write a reason to apply the changes; it is recorded with each of them.")
        else:
            hint = fill(
                self.tr("Apply records these %1 changes as one update, which can be undone."),
                number(self._total),
            )
        self.ui.hintLabel.setText(hint)

    # --- applying -------------------------------------------------------------------------

    def observed_at(self) -> str:
        """The observed time as ISO 8601 with the local UTC offset, to the minute."""
        return look.iso_local(self.ui.observedEdit.dateTime())

    def apply(self) -> None:
        plan = self.plan
        reason = self.ui.reasonEdit.text().strip()
        if self._busy or plan is None or plan.empty or not reason:
            return
        key, new_label = self.ui.sourceCombo.choice()
        db, actor, observed = self.db, cfg.operator_name(), self.observed_at()
        self._busy = True
        try:
            edits = run_in_background(
                self,
                self.tr("Applying the mapping…"),
                lambda: apply_mapping(
                    db,
                    plan,
                    actor=actor,
                    source=key,
                    new_source=new_label,
                    reason=reason,
                    observed_at=observed,
                ),
            )
        except (ChangeError, ValueError, SQLAlchemyError, OSError) as error:
            self._busy = False
            show_warning(
                self,
                self.tr("Mapping not applied"),
                self.tr("Nothing was imported.") + "\n\n" + str(error),
            )
            return
        finally:
            self._busy = False
        self.applied_edits = list(edits)
        self.changed_codes = sorted(
            {code for code, _old, _new in plan.class_changes}
            | {code for code, _category, _old, _new in plan.threat_changes}
        )
        self.accept()

    def reject(self) -> None:
        if not self._busy:  # the work in the background finishes first
            super().reject()

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.ui.retranslateUi(self)
            key, new_label = self.ui.sourceCombo.choice()
            if new_label is None:
                self.ui.sourceCombo.load(self.db, current=key or DEFAULT_SOURCE)
            self.changes_model.retranslate()
            self.problems_model.retranslate()
            self.ui.columnsBrowser.setHtml(self._columns_html())
            self._update_texts()
            self._measure_changes()
        super().changeEvent(event)
