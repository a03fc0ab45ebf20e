"""Importing a TPS list (KPU's DPT recapitulation per TPS, CSV or XLSX) with a preview.

The file is checked in the background with a progress bar; the officer then sees what was
read how (which header became which column, which rows were skipped and why), every new and
changed TPS, warnings, and the TPS of the file's villages that the file does not list. Those
are kept unless the officer ticks "delete" (and confirms); a TPS that carries an officer's
record (class, threat, incident, post, voting-day step) is kept even then, and the preview
says why. The import, with its deletions, is one step of the window's undo.

A file with wrong rows is refused row by row; the officer may then choose, in so many words,
to import only the good rows, and the wrong ones are saved to a rejects file.
A CSV that is not UTF-8 but probably Windows-1252 is read so only when the officer says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMessageBox,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

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
from commandpost.gui.errors import failure_text
from commandpost.gui.forms.tps_import_dialog_ui import Ui_TpsImportDialog
from commandpost.gui.worker import run_in_background
from commandpost.store import threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.threats import Edit
from commandpost.store.tps_import import (
    COLUMNS,
    Msg,
    TpsPlan,
    TpsUpdate,
    apply_tps_import_edits,
    plan_tps_import,
    write_rejects,
)
from commandpost.store.tps_remove import (
    KEPT_CLASS,
    KEPT_INCIDENT,
    KEPT_POST,
    KEPT_PROGRESS,
    KEPT_RISK,
    KEPT_THREAT,
    Removal,
    check_removal,
)
from commandpost.tabular import Problem, TableError

MAX_SHOWN = 5000  # preview rows; every TPS is imported, however many
LAST_FOLDER = "tps_import/folder"
CHECK_ONLY = {c.key for c in COLUMNS if c.check_only}
# Problems with the file as a whole: skipping rows cannot help.
FILE_PROBLEMS = {
    Msg.NOT_FOUND,
    Msg.FILE_TYPE,
    Msg.EMPTY,
    Msg.NOT_XLSX,
    Msg.CSV_ERROR,
    Msg.NOT_UTF8,
    Msg.PROBABLY_CP1252,
    Msg.BAD_ENCODING,
    Msg.NO_HEADER,
    Msg.MISSING_COLUMN,
    Msg.MISSING_ONE_OF,
    Msg.SECOND_COLUMN,
    Msg.NO_ROWS,
    Msg.NEED_CODE,
    Msg.NEED_NUMBER,
    Msg.NEED_DPT,
    Msg.BPS_CODES,
    Msg.VOTER_LIST,
    Msg.REGION_INDEX,
}


def ask_question(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question, No by default (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def bad_rows(problems: list[Problem]) -> set[int] | None:
    """The rows whose errors refused the file, or None if the file as a whole is wrong."""
    rows: set[int] = set()
    for problem in problems:
        if not problem.is_error:
            continue
        if problem.row is None or problem.template in FILE_PROBLEMS:
            return None
        rows.add(problem.row)
    return rows or None


class TpsImportDialog(QDialog):
    """Choose a TPS list, see what it would add and change, and import it as one transaction.

    After :meth:`accept`, :attr:`plan` is what was imported, :attr:`applied_edits` the
    recorded changes (one undo step), :attr:`new_codes`, :attr:`changed_codes` and
    :attr:`removed_codes` the TPS added, changed and deleted, and :attr:`rejects_path` the file
    the skipped rows were saved to (if any).
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.plan: TpsPlan | None = None
        self.problems: list[Problem] = []
        self.more = 0  # further problems, only counted
        self.applied_edits: list[Edit] = []
        self.new_codes: list[str] = []
        self.changed_codes: list[str] = []
        self.removed_codes: list[str] = []
        self.removal: Removal | None = None  # what deleting the TPS not in the file would do
        self.rejects_path: Path | None = None
        self._path: Path | None = None
        self._encoding: str | None = None
        self._skip = False
        self._bad_rows: set[int] | None = None
        self._places: dict[str, str] = {}
        self._busy = False

        self.ui = Ui_TpsImportDialog()
        self.ui.setupUi(self)
        # Tab moves on from a table to the next control, never from cell to cell.
        for view in self.findChildren(QAbstractItemView):
            view.setTabKeyNavigation(False)
        self.changes_model = TextTableModel(
            lambda: (self.tr("TPS code"), self.tr("Location"), self.tr("Change")), self
        )
        self.columns_model = TextTableModel(
            lambda: (self.tr("Column in the file"), self.tr("Read as")), self
        )
        self.rejected_model = TextTableModel(
            lambda: (self.tr("Row"), self.tr("Column"), self.tr("Why it was skipped")),
            self,
            right_aligned=(0,),
        )
        self.missing_model = TextTableModel(
            lambda: (self.tr("TPS code"), self.tr("Location"), self.tr("If deleted")), self
        )
        self.notes_model = ProblemsModel(self)
        self.problems_model = ProblemsModel(self)
        self.progress = ProgressRelay(self.ui.progressBar, self._stage_text)
        self._setup_views()

        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.chooseAnotherButton.clicked.connect(self.choose_file)
        self.ui.skipButton.clicked.connect(self.skip_bad_rows)
        self.ui.applyButton.clicked.connect(self.apply)
        self.ui.removeMissingCheck.toggled.connect(self._update_apply)
        self.ui.progressBar.setVisible(False)
        self._show_page(self.ui.startPage)
        self._update_texts()
        self.ui.chooseButton.setFocus()
        self._ready = True

    # --- setup ----------------------------------------------------------------------------

    @staticmethod
    def _code_place_what(view: QAbstractItemView) -> None:
        """A table of TPS code, location and what happens to it: the last column is what
        matters, so the location gives way when the dialog is narrow."""
        metrics = view.fontMetrics()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, metrics.horizontalAdvance("36.02.01.2002.001") + 24)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(metrics.horizontalAdvance("M" * 6))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)

    def _setup_views(self) -> None:
        view = self.ui.changesView
        view.setModel(self.changes_model)
        metrics = view.fontMetrics()
        self._code_place_what(view)

        view = self.ui.columnsView
        view.setModel(self.columns_model)
        view.horizontalHeader().resizeSection(0, metrics.horizontalAdvance("M" * 18))

        view = self.ui.rejectedView
        view.setModel(self.rejected_model)
        header = view.horizontalHeader()
        header.resizeSection(0, metrics.horizontalAdvance("Baris") + 32)
        header.resizeSection(1, metrics.horizontalAdvance("M" * 9))

        self.ui.missingView.setModel(self.missing_model)
        self._code_place_what(self.ui.missingView)

        setup_problems_view(self.ui.notesView, self.notes_model)
        setup_problems_view(self.ui.problemsView, self.problems_model)

    def _stage_text(self, stage: str) -> str:
        texts = {
            "read": self.tr("Reading the file…"),
            "check": self.tr("Checking the rows…"),
            "tps": self.tr("Saving the TPS…"),
            "apply": self.tr("Saving the TPS…"),
        }
        return texts.get(stage, self.tr("Working…"))

    def _show_page(self, page: QWidget) -> None:
        self.ui.pages.setCurrentWidget(page)
        self.ui.chooseAnotherButton.setVisible(page is not self.ui.startPage)
        self.ui.applyButton.setVisible(page is self.ui.previewPage)
        self._update_apply()

    # --- choosing and checking a file -----------------------------------------------------

    def choose_file(self) -> None:
        folder = cfg.settings().value(LAST_FOLDER, "")
        path, _ = file_chooser.get_open_file_name(
            self,
            self.tr("Choose a TPS list"),
            folder if isinstance(folder, str) else "",
            self.tr("CSV or Excel files (*.csv *.xlsx *.xlsm);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(
        self, path: Path, *, encoding: str | None = None, skip_bad_rows: bool = False
    ) -> bool:
        """Check the file in the background; True if a preview is shown, False if problems."""
        if self._busy:
            return False
        path = Path(path)
        self._path, self._encoding, self._skip = path, encoding, skip_bad_rows
        cfg.settings().setValue(LAST_FOLDER, str(path.parent))
        db, progress = self.db, self.progress

        def work() -> tuple[TpsPlan, dict[str, str], Removal | None]:
            plan = plan_tps_import(
                db, path, encoding=encoding, skip_bad_rows=skip_bad_rows, progress=progress
            )
            codes = [f"{v}.{n:03d}" for v, n, *_rest in plan.new[:MAX_SHOWN]]
            codes += [u.code for u in plan.updates[:MAX_SHOWN]]
            codes += plan.not_in_file[:MAX_SHOWN]
            progress(0.9, "check")
            removal = None
            if plan.not_in_file:
                with db.engine.connect() as conn:
                    removal = check_removal(conn, plan.not_in_file)
            return plan, threats.places(db, codes), removal

        result, again = check_file(self, path.name, work, self._show_problems, ask_question)
        if again is not None:
            return self.load_file(path, encoding=again, skip_bad_rows=skip_bad_rows)
        if result is None:
            return False
        plan, places, removal = result
        self._show_preview(plan, places, removal)
        return True

    def skip_bad_rows(self) -> bool:
        """The officer chose to import the good rows only: check again, leaving out the rest."""
        if self._path is None or not self._bad_rows:
            return False
        return self.load_file(self._path, encoding=self._encoding, skip_bad_rows=True)

    def _show_preview(
        self, plan: TpsPlan, places: dict[str, str], removal: Removal | None = None
    ) -> None:
        self.plan = plan
        self.removal = removal
        check = self.ui.removeMissingCheck
        check.setChecked(False)  # deleting is always the officer's own, fresh choice
        check.setVisible(bool(plan.not_in_file))
        check.setEnabled(bool(removal and removal.rows))
        self.problems, self.more = [], 0
        self._places = dict(places)
        self.problems_model.set_problems([])
        self._fill_preview()
        show_problems_in(self.ui.notesView, self.notes_model, plan.notes, hide_file=True)
        tabs = self.ui.previewTabs
        tabs.setTabVisible(tabs.indexOf(self.ui.rejectedTab), bool(plan.rejected))
        tabs.setTabVisible(tabs.indexOf(self.ui.missingTab), bool(plan.not_in_file))
        tabs.setCurrentWidget(self.ui.rejectedTab if plan.rejected else self.ui.changesTab)
        self.ui.changesView.scrollToTop()
        self._show_page(self.ui.previewPage)
        self._update_texts()
        self.ui.applyButton.setFocus()

    def _fill_preview(self) -> None:
        """The tables of the preview, in the interface language."""
        plan = self.plan
        if plan is None:
            for model in (
                self.changes_model,
                self.columns_model,
                self.rejected_model,
                self.missing_model,
            ):
                model.set_rows([])
            return
        rows = []
        for village, num, address, dpt, dpt_l, dpt_p in plan.new[:MAX_SHOWN]:
            code = f"{village}.{num:03d}"
            rows.append(
                (code, self._places.get(code, ""), self._new_text(address, dpt, dpt_l, dpt_p))
            )
        for update in plan.updates[: max(0, MAX_SHOWN - len(rows))]:
            rows.append((update.code, self._places.get(update.code, ""), self._update_text(update)))
        self.changes_model.set_rows(rows)
        self.columns_model.set_rows(self._column_rows(plan))
        self.rejected_model.set_rows(
            [(number(p.row or 0), p.field or "", problem_text(p)) for p in plan.rejected]
        )
        reasons = self.removal.reasons if self.removal is not None else {}
        self.missing_model.set_rows(
            [
                (code, self._places.get(code, ""), self._kept_text(reasons.get(code, ())))
                for code in plan.not_in_file[:MAX_SHOWN]
            ]
        )

    def _kept_text(self, whys: tuple[str, ...]) -> str:
        """What deleting would do to one TPS not in the file: "dihapus", or "tetap: " and
        every record that keeps it."""
        if not whys:
            return self.tr("deleted")
        reasons = {
            KEPT_INCIDENT: self.tr("it has incidents"),
            KEPT_POST: self.tr("people are posted to it"),
            KEPT_THREAT: self.tr("threats are recorded on it"),
            KEPT_CLASS: self.tr("its class was set by an officer"),
            KEPT_PROGRESS: self.tr("it has voting-day steps"),
            KEPT_RISK: self.tr("it is in the risk register"),
        }
        return fill(self.tr("kept: %1"), "; ".join(reasons.get(w, w) for w in whys))

    def _new_text(self, address: str, dpt: int, dpt_l: int | None, dpt_p: int | None) -> str:
        if dpt_l is not None and dpt_p is not None:
            text = fill(
                self.tr("new: DPT %1 (L %2, P %3)"), number(dpt), number(dpt_l), number(dpt_p)
            )
        else:
            text = fill(self.tr("new: DPT %1"), number(dpt))
        return f"{text}; {address}" if address else text

    def _update_text(self, update: TpsUpdate) -> str:
        labels = {
            "dpt": self.tr("DPT"),
            "dpt_l": self.tr("DPT L"),
            "dpt_p": self.tr("DPT P"),
            "address": self.tr("address"),
        }
        parts = []
        for key in ("dpt", "dpt_l", "dpt_p", "address"):
            if key not in update.new:
                continue
            old, new = update.old.get(key), update.new[key]
            if key == "address":
                old, new = f"“{old or ''}”", f"“{new}”"
            else:
                old = "–" if old is None else number(old)
                new = number(new)
            parts.append(fill(self.tr("%1 %2 → %3"), labels[key], old, new))
        return "; ".join(parts)

    def _column_rows(self, plan: TpsPlan) -> list[tuple[str, str]]:
        meanings = {
            "village_code": self.tr("village code"),
            "tps_code": self.tr("TPS code (village code and TPS number)"),
            "tps_number": self.tr("TPS number"),
            "dpt": self.tr("DPT (L+P)"),
            "dpt_l": self.tr("DPT L (men)"),
            "dpt_p": self.tr("DPT P (women)"),
            "address": self.tr("TPS address"),
            "village_name": self.tr("village name: only to check the codes"),
            "province_code": self.tr("province code: only to check the rows"),
            "regency_code": self.tr("kabupaten/kota code: only to check the rows"),
            "district_code": self.tr("kecamatan code: only to check the rows"),
        }
        order = [c.key for c in COLUMNS]
        used = sorted(plan.columns, key=lambda k: (k in CHECK_ONLY, order.index(k)))
        rows = [(plan.columns[k], meanings.get(k, k)) for k in used]
        rows += [
            (p.field or "", self.tr("not used"))
            for p in plan.notes
            if p.template == Msg.NOT_USED and p.field
        ]
        return rows

    def _show_problems(self, problems: list[Problem], more: int = 0) -> None:
        self.plan = None
        self.problems, self.more = list(problems), more
        self._fill_preview()
        self.notes_model.set_problems([])
        self._bad_rows = None if self._skip else bad_rows(self.problems)
        show_problems_in(self.ui.problemsView, self.problems_model, self.problems)
        self._show_page(self.ui.problemsPage)
        self._update_texts()
        (self.ui.skipButton if self._bad_rows else self.ui.chooseAnotherButton).setFocus()

    # --- texts ----------------------------------------------------------------------------

    def _update_texts(self) -> None:
        ui, plan = self.ui, self.plan
        name = self._path.name if self._path is not None else ""
        if plan is not None:
            where = fill(self.tr("%1, sheet %2"), name, plan.sheet) if plan.sheet else name
            lines = [
                fill(self.tr("%1: %2 rows read"), where, number(plan.rows_read)),
                fill(
                    self.tr("%1 new TPS, %2 changed, %3 unchanged"),
                    number(len(plan.new)),
                    number(len(plan.updates)),
                    number(plan.unchanged),
                ),
            ]
            if plan.not_in_file:
                lines.append(
                    fill(
                        self.tr("%1 TPS of these villages are not in the file"),
                        number(len(plan.not_in_file)),
                    )
                )
            if plan.rejected:
                lines.append(
                    fill(
                        self.tr("%1 wrong rows skipped: they are not imported"),
                        number(len(plan.rejected)),
                    )
                )
            if plan.encoding and plan.encoding.lower() not in ("utf-8", "utf-16"):
                lines.append(fill(self.tr("read as %1"), "Windows-1252"))
            ui.summaryLabel.setText("\n".join(lines))
            warnings = len(plan.warnings)
            ui.warningLabel.setVisible(bool(warnings))
            ui.warningLabel.setText(
                fill(self.tr("%1 warnings: see Notes and warnings."), number(warnings))
            )
        tabs = ui.previewTabs
        shown = self.changes_model.rowCount()
        total = len(plan.new) + len(plan.updates) if plan else 0
        tabs.setTabText(tabs.indexOf(ui.changesTab), fill(self.tr("&Changes (%1)"), number(total)))
        tabs.setTabText(tabs.indexOf(ui.columnsTab), self.tr("C&olumns"))
        tabs.setTabText(
            tabs.indexOf(ui.notesTab),
            fill(self.tr("&Notes and warnings (%1)"), number(self.notes_model.rowCount())),
        )
        missing = len(plan.not_in_file) if plan else 0
        tabs.setTabText(
            tabs.indexOf(ui.missingTab), fill(self.tr("Not in the &file (%1)"), number(missing))
        )
        removal = self.removal if plan is not None else None
        removable = len(removal.rows) if removal is not None else 0
        kept = len(removal.kept) if removal is not None else 0
        ui.removeMissingCheck.setText(
            fill(
                self.tr("&Delete the %1 TPS of these villages that the file no longer lists"),
                number(removable),
            )
            if removable
            else self.tr("The TPS not in the file stay: each carries an officer's record")
        )
        note = self.tr(
            "These TPS are in the database under the file's villages, but the file does not "
            "list them. They are kept unless you tick the box above the tabs; deleting can be "
            "undone (Ctrl+Z)."
        )
        if kept:
            note += " " + fill(
                self.tr(
                    "%1 of them are kept even then, because an officer recorded something on "
                    "them: move or clear that first."
                ),
                number(kept),
            )
        ui.missingNote.setText(note)
        tabs.setTabText(
            tabs.indexOf(ui.rejectedTab),
            fill(self.tr("&Skipped rows (%1)"), number(len(plan.rejected) if plan else 0)),
        )
        ui.limitNote.setVisible(total > shown)
        ui.limitNote.setText(
            fill(
                self.tr("Showing the first %1 of %2; Import records all of them."),
                number(shown),
                number(total),
            )
        )
        ui.rejectedNote.setText(
            self.tr(
                "These rows are not imported. When you import, you choose where to save them "
                "(CSV, with the reason on each row) to correct them and import them later."
            )
        )
        errors = sum(1 for p in self.problems if p.is_error) + self.more
        ui.problemsHeadline.setText(
            fill(self.tr("Nothing was imported. Problems found in %1: %2."), name, number(errors))
        )
        ui.moreLabel.setVisible(self.more > 0)
        ui.moreLabel.setText(
            fill(self.tr("… and %1 more problems, not listed."), number(self.more))
        )
        bad = self._bad_rows
        ui.skipGroup.setVisible(bool(bad))
        if bad:
            count = number(len(bad))
            ui.skipButton.setText(
                fill(self.tr("Import the &good rows only, skip the %1 wrong rows"), count)
                if not self.more
                else fill(
                    self.tr("Import the &good rows only, skip all wrong rows (%1 or more)"), count
                )
            )
        self._update_apply()

    def _removing(self) -> int:
        """How many TPS the import would delete: the officer ticked the box, and they can go."""
        if self.removal is None or not self.ui.removeMissingCheck.isChecked():
            return 0
        return len(self.removal.rows)

    def _update_apply(self) -> None:
        plan = self.plan
        on_preview = self.ui.pages.currentWidget() is self.ui.previewPage
        removing = self._removing() if plan is not None else 0
        self.ui.applyButton.setEnabled(
            on_preview and plan is not None and (not plan.empty or removing > 0)
        )
        if plan is None or not on_preview:
            hint = ""
        elif plan.empty and not removing:
            hint = self.tr("This file adds and changes nothing: there is nothing to import.")
        else:
            hint = fill(
                self.tr("Import records %1 new and %2 changed TPS as one update."),
                number(len(plan.new)),
                number(len(plan.updates)),
            )
            if removing:
                hint = fill(
                    self.tr("Import records %1 new, %2 changed and %3 deleted TPS as one update."),
                    number(len(plan.new)),
                    number(len(plan.updates)),
                    number(removing),
                )
            if plan.rejected:
                hint += " " + self.tr("You will be asked where to save the skipped rows.")
        self.ui.hintLabel.setText(hint)

    # --- applying -------------------------------------------------------------------------

    def _ask_rejects_path(self) -> Path | None:
        source = self._path or Path("daftar-tps.csv")
        default = source.with_name(f"{source.stem}-ditolak.csv")
        path, _ = file_chooser.get_save_file_name(
            self,
            self.tr("Save the skipped rows"),
            str(default),
            self.tr("CSV files (*.csv)"),
        )
        return Path(path) if path else None

    def apply(self) -> None:
        plan, source = self.plan, self._path
        removing = self._removing() if plan is not None else 0
        if self._busy or plan is None or (plan.empty and not removing) or source is None:
            return
        removal = self.removal if removing else None
        if removal is not None and not ask_question(
            self,
            self.tr("Delete TPS"),
            fill(
                self.tr(
                    "Delete %1 TPS that %2 no longer lists? Their DPT and addresses stay in "
                    "the change log, and Edit › Undo (Ctrl+Z) brings them back."
                ),
                number(len(removal.rows)),
                source.name,
            ),
        ):
            return
        rejects: Path | None = None
        if plan.rejected:
            rejects = self._ask_rejects_path()
            if rejects is None:
                return
        db, actor, progress, encoding = self.db, cfg.operator_name(), self.progress, self._encoding

        def describe(problem: Problem) -> str:
            where = fill(self.tr("row %1"), number(problem.row or 0))
            if problem.field:
                where += ", " + fill(self.tr("column %1"), problem.field)
            return f"{where}: {problem_text(problem)}"

        def work() -> list[Edit]:
            if rejects is not None:
                write_rejects(plan, source, rejects, encoding=encoding, describe=describe)
            return apply_tps_import_edits(
                db,
                plan,
                actor,
                rejects_file=rejects.name if rejects is not None else None,
                remove=removal,
                progress=progress,
            )

        self._busy = True
        self.progress.start("apply")
        try:
            edits = run_in_background(self, self.tr("Importing the TPS list…"), work)
        except (ChangeError, TableError, ValueError, SQLAlchemyError, OSError) as error:
            show_warning(
                self,
                self.tr("TPS list not imported"),
                self.tr("Nothing was imported.") + "\n\n" + failure_text(error),
            )
            return
        finally:
            self._busy = False
            self.progress.stop()
        self.applied_edits = list(edits)
        self.new_codes = [f"{v}.{n:03d}" for v, n, *_rest in plan.new]
        self.changed_codes = [u.code for u in plan.updates]
        self.removed_codes = removal.codes if removal is not None else []
        self.rejects_path = rejects
        self.accept()

    # Esc, Batal or the close button ask first when a checked preview (and the officer's
    # choices on it) would be thrown away (gui/dialog_keys.py).
    discard_guard = True

    def unsaved_input(self) -> bool:
        """Whether closing now throws away a preview with something to import."""
        plan = self.plan
        return (
            self.ui.pages.currentWidget() is self.ui.previewPage
            and plan is not None
            and (not plan.empty or self._removing() > 0)
        )

    def reject(self) -> None:
        if not self._busy:  # the work in the background finishes first
            super().reject()

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_ready", False):
            self.ui.retranslateUi(self)
            for model in (
                self.changes_model,
                self.columns_model,
                self.rejected_model,
                self.missing_model,
            ):
                model.retranslate()
            self.notes_model.retranslate()
            self.problems_model.retranslate()
            self._fill_preview()
            self._update_texts()
        super().changeEvent(event)
