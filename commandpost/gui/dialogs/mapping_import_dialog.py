"""Importing a TPS vulnerability mapping (such as Bawaslu's TPS-rawan list) with a preview.

The file is checked in the background; the officer then sees every real change, names the
source, the time of the mapping and a reason, and applies it as one transaction. A file with
any problem is listed row by row and nothing is imported.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHeaderView,
    QLabel,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.gui import file_chooser, look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import fill, number
from commandpost.gui.dialogs.import_views import (
    ProblemsModel,
    setup_problems_view,
    show_problems_in,
    show_warning,
)
from commandpost.gui.errors import failure_text
from commandpost.gui.forms.mapping_import_dialog_ui import Ui_MappingImportDialog
from commandpost.gui.worker import run_in_background
from commandpost.store import threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.mapping_import import (
    DROP,
    MappingPlan,
    MappingQuestion,
    apply_mapping,
    indicator_keys,
    plan_mapping,
)
from commandpost.store.threats import Edit, taxonomy
from commandpost.tabular import Problem, TableError

MAX_SHOWN = 5000  # preview rows; every change is applied, however many
LAST_FOLDER = "mapping_import/folder"
DEFAULT_SOURCE = "bawaslu"

_Index = QModelIndex | QPersistentModelIndex


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


class MappingImportDialog(QDialog):
    """Choose a mapping file, see what it would change, and apply it as one update.

    A file with columns the taxonomy does not know, or with ``T`` in a yes/no column, first
    asks the officer (nothing is guessed), then is checked again with the answers.
    After :meth:`accept`, :attr:`applied_edits` holds the recorded edits (for undo) and
    :attr:`changed_codes` the TPS whose class or threats changed (for repainting).
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan: MappingPlan | None = None
        self.problems: list[Problem] = []
        self.question: MappingQuestion | None = None
        self.column_map: dict[str, str] = {}
        self.t_means: str | None = None
        self.applied_edits: list[Edit] = []
        self.changed_codes: list[str] = []
        self._path: Path | None = None
        self._total = 0
        self._more = 0  # further problems, only counted
        self._time_touched = False
        self._busy = False  # checking or applying in the background
        self._column_combos: dict[str, QComboBox] = {}

        self.ui = Ui_MappingImportDialog()
        self.ui.setupUi(self)
        # Tab moves on from a table to the next control, never from cell to cell.
        for view in self.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
        self.changes_model = ChangesModel(self)
        self.problems_model = ProblemsModel(self)
        self.notes_model = ProblemsModel(self)
        self._setup_views()
        self.ui.sourceCombo.load(db, current=DEFAULT_SOURCE)
        self.ui.observedEdit.setLocale(look.ID_LOCALE)
        look.zone_edit(self.ui.observedEdit)  # typed and shown on the post's clock
        self._reset_time()

        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.chooseAnotherButton.clicked.connect(self.choose_file)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.continueButton.clicked.connect(self.answer_question)
        self.ui.reasonEdit.textChanged.connect(self._update_apply)
        self.ui.observedEdit.dateTimeChanged.connect(self._time_edited)
        self.ui.tNoRadio.toggled.connect(self._update_continue)
        self.ui.tYesRadio.toggled.connect(self._update_continue)
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
        setup_problems_view(self.ui.problemsView, self.problems_model)
        setup_problems_view(self.ui.notesView, self.notes_model)

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
        now = look.post_now()
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
        self.ui.continueButton.setVisible(page is self.ui.questionPage)
        # Enter applies on the preview and continues on the question page.
        self.ui.continueButton.setDefault(page is self.ui.questionPage)
        self.ui.applyButton.setDefault(page is self.ui.previewPage)
        self._update_apply()
        self._update_continue()

    # --- choosing and checking a file -----------------------------------------------------

    def choose_file(self) -> None:
        folder = cfg.settings().value(LAST_FOLDER, "")
        path, _ = file_chooser.get_open_file_name(
            self,
            self.tr("Choose a vulnerability mapping"),
            folder if isinstance(folder, str) else "",
            self.tr("CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(
        self,
        path: Path,
        *,
        column_map: dict[str, str] | None = None,
        t_means: str | None = None,
    ) -> bool:
        """Check the file in the background; True if a preview is shown, False if problems
        or a question are shown. ``column_map`` and ``t_means`` are the officer's answers."""
        if self._busy:
            return False
        path = Path(path)
        self._path = path
        self.column_map = dict(column_map or {})
        self.t_means = t_means
        cfg.settings().setValue(LAST_FOLDER, str(path.parent))
        db, answers = self.db, dict(self.column_map)

        def work() -> tuple[MappingPlan, list[Change], dict[str, str]]:
            plan = plan_mapping(db, path, column_map=answers or None, t_means=t_means)
            rows = sorted_changes(plan)
            shown = rows[:MAX_SHOWN]
            return plan, rows, threats.places(db, sorted({c.code for c in shown}))

        self._busy = True
        try:
            plan, rows, places = run_in_background(
                self, fill(self.tr("Checking %1…"), path.name), work
            )
        except MappingQuestion as question:
            self._show_question(question)
            return False
        except TableError as error:
            self._show_problems(error.problems, error.more)
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
        self.question = None
        self.problems_model.set_problems([])
        show_problems_in(self.ui.notesView, self.notes_model, plan.notes, hide_file=True)
        self._total = len(rows)
        self.changes_model.set_changes(rows[:MAX_SHOWN], places)
        self.ui.changesView.scrollToTop()
        self.ui.previewTabs.setCurrentWidget(self.ui.changesTab)
        self._measure_changes()
        self._reset_time()
        for widget in (self.ui.sourceCombo, self.ui.observedEdit, self.ui.reasonEdit):
            widget.setEnabled(not plan.empty)
        self._show_page(self.ui.previewPage)
        self._update_texts()
        if not plan.empty:
            self.ui.reasonEdit.setFocus()

    def _show_problems(self, problems: list[Problem], more: int = 0) -> None:
        self.plan = None
        self.question = None
        self.problems = list(problems)
        self._more = more
        self._total = 0
        self.changes_model.set_changes([], {})
        self.notes_model.set_problems([])
        show_problems_in(self.ui.problemsView, self.problems_model, self.problems)
        self._show_page(self.ui.problemsPage)
        self._update_texts()
        self.ui.chooseAnotherButton.setFocus()

    # --- the officer's answers ------------------------------------------------------------

    def _show_question(self, question: MappingQuestion) -> None:
        """Ask what each unknown column holds and what T means; nothing is pre-chosen."""
        self.plan = None
        self.question = question
        self.problems = []
        form = self.ui.columnsForm
        while form.rowCount():
            form.removeRow(0)
        self._column_combos = {}
        for header in question.columns:
            combo = QComboBox(self.ui.columnsBox)
            combo.setObjectName(f"mapColumn_{header}")
            # Typing finds an indicator by any word of its name ("internet" finds
            # "Gangguan jaringan internet"); only the listed ones can be chosen.
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setPlaceholderText(self.tr("— choose —"))
            combo.lineEdit().setPlaceholderText(self.tr("— choose —"))
            self._fill_indicator_combo(combo)
            completer = combo.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCurrentIndex(-1)
            combo.currentIndexChanged.connect(self._update_continue)
            label = QLabel(fill("<b>%1</b>:", html.escape(header)), self.ui.columnsBox)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self._column_combos[header] = combo
        # The list as tall as its rows (a scroll bar only for many unknown columns).
        box = self.ui.columnsBox
        box.adjustSize()
        self.ui.columnsArea.setMaximumHeight(min(box.sizeHint().height() + 4, 260))
        self.ui.columnsGroup.setVisible(bool(question.columns))
        self.ui.tGroup.setVisible(bool(question.t_rows))
        for radio in (self.ui.tNoRadio, self.ui.tYesRadio):
            radio.setAutoExclusive(False)
            radio.setChecked(False)
            radio.setAutoExclusive(True)
        self._show_page(self.ui.questionPage)
        self._update_texts()
        first = next(iter(self._column_combos.values()), None)
        (first or self.ui.tNoRadio).setFocus()

    def _fill_indicator_combo(self, combo: QComboBox) -> None:
        """ "Leave this column out", then every indicator under its category's label."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Leave this column out"), DROP)
        combo.insertSeparator(1)
        known = set(indicator_keys())
        for category in taxonomy().categories:
            for indicator in category.indicators:
                if indicator.key in known:
                    text = fill("%1 (%2)", look.label(indicator), look.label(category))
                    combo.addItem(text, indicator.key)
                    combo.setItemData(combo.count() - 1, indicator.key, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(-1 if current is None else combo.findData(current))
        combo.blockSignals(False)

    def answers(self) -> tuple[dict[str, str], str | None] | None:
        """The officer's answers, or None while one is missing."""
        question = self.question
        if question is None:
            return None
        column_map = dict(self.column_map)
        for header, combo in self._column_combos.items():
            if combo.currentIndex() < 0:
                return None
            column_map[header] = combo.currentData()
        t_means = self.t_means
        if question.t_rows:
            if self.ui.tNoRadio.isChecked():
                t_means = "tidak"
            elif self.ui.tYesRadio.isChecked():
                t_means = "ya"
            else:
                return None
        return column_map, t_means

    def _update_continue(self) -> None:
        on_question = self.ui.pages.currentWidget() is self.ui.questionPage
        ready = on_question and self.answers() is not None
        self.ui.continueButton.setEnabled(ready)
        if on_question:
            self.ui.questionHint.setText(
                self.tr("Continue checks the file again with these answers; nothing is saved yet.")
                if ready
                else self.tr("Answer every question to continue.")
            )

    def answer_question(self) -> bool:
        """Check the file again with the officer's answers."""
        answers = self.answers()
        if answers is None or self._path is None:
            return False
        column_map, t_means = answers
        return self.load_file(self._path, column_map=column_map, t_means=t_means)

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
                number(len(self.problems) + self._more),
            )
        )
        self.ui.previewTabs.setTabText(
            self.ui.previewTabs.indexOf(self.ui.changesTab),
            fill(self.tr("&Changes (%1)"), number(self._total)),
        )
        self.ui.previewTabs.setTabText(
            self.ui.previewTabs.indexOf(self.ui.notesTab),
            fill(self.tr("N&otes (%1)"), number(self.notes_model.rowCount())),
        )
        question = self.question
        if question is not None:
            self.ui.questionHeadline.setText(
                fill(
                    self.tr(
                        "%1 can be checked once you answer the questions below. "
                        "Nothing has been imported."
                    ),
                    name,
                )
            )
            rows = question.t_rows
            shown = ", ".join(number(r) for r in rows[:10]) + (", …" if len(rows) > 10 else "")
            self.ui.tNote.setText(
                fill(
                    self.tr(
                        "A yes/no column holds “T” (rows %1). On Indonesian forms T means "
                        "tidak (no); in English exports it means true (ya). Which is it here?"
                    ),
                    shown,
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
                self.tr("Nothing was imported.") + "\n\n" + failure_text(error),
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

    # Esc, Batal or the close button ask first when answers, a typed reason or a checked
    # preview would be thrown away (gui/dialog_keys.py).
    discard_guard = True

    def unsaved_input(self) -> bool:
        """Whether closing now throws away the officer's answers, reason or a preview."""
        page = self.ui.pages.currentWidget()
        if page is self.ui.questionPage:
            answered = any(c.currentIndex() >= 0 for c in self._column_combos.values())
            return answered or self.ui.tNoRadio.isChecked() or self.ui.tYesRadio.isChecked()
        if page is self.ui.previewPage:
            typed = bool(self.ui.reasonEdit.text().strip())
            return typed or (self.plan is not None and not self.plan.empty)
        return False

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
            self.notes_model.retranslate()
            for combo in self._column_combos.values():
                combo.setPlaceholderText(self.tr("— choose —"))
                self._fill_indicator_combo(combo)
            self._update_continue()
            self.ui.columnsBrowser.setHtml(self._columns_html())
            self._update_texts()
            self._measure_changes()
        super().changeEvent(event)
