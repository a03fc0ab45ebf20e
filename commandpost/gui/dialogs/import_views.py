"""Models and helpers shared by the import dialogs (TPS list, vulnerability mapping, roster).

Both show what is wrong with a file the same way (file, sheet, row, column as the file
writes it, kind, problem), list the reader's notes in the same table, and report progress
from the background work on a bar in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QMessageBox, QProgressBar, QTableView, QWidget

from commandpost.gui.dialogs.import_texts import fill, number, problem_text, severity_text
from commandpost.tabular import ERROR, WARNING, EncodingQuestion, Problem, TableError

PROBLEM_ROWS_FITTED = 300  # problem tables up to this size get rows as tall as their text

_Index = QModelIndex | QPersistentModelIndex
_SEVERITY_COLORS = {ERROR: QColor("#b71c1c"), WARNING: QColor("#8a4b00")}


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    """A warning the officer must acknowledge (tests replace this function)."""
    QMessageBox.warning(parent, title, text)


def check_file(
    dialog: Any,
    name: str,
    work: Callable[[], Any],
    show_problems: Callable[..., None],
    ask: Callable[[QWidget | None, str, str], bool],
) -> tuple[Any, str | None]:
    """Read and check an import file in the background, as every import dialog does.

    ``dialog`` has ``_busy`` and ``progress`` (an ImportProgress); ``work`` reads and checks
    the file. Returns (its result, None); or (None, None) when the file was refused and
    ``show_problems(problems, more)`` has shown why; or (None, encoding) when the file is not
    UTF-8 and the officer agreed (``ask``) to read it again in that encoding.
    """
    from PySide6.QtCore import QCoreApplication

    from commandpost.gui.worker import run_in_background

    dialog._busy = True
    question: EncodingQuestion | None = None
    dialog.progress.start("read")
    try:
        return run_in_background(
            dialog, fill(QCoreApplication.translate("ImportFile", "Checking %1…"), name), work
        ), None
    except EncodingQuestion as error:
        question = error
    except TableError as error:
        show_problems(error.problems, error.more)
        return None, None
    except OSError as error:
        reason = error.strerror or str(error)
        text = fill(QCoreApplication.translate("ImportFile", "the file cannot be read: %1"), reason)
        show_problems([Problem(name, None, None, text)])
        return None, None
    finally:
        dialog._busy = False
        dialog.progress.stop()
    text = QCoreApplication.translate(
        "ImportFile",
        "%1 is not UTF-8 text; it is probably Windows-1252 (a CSV saved by Excel on Windows). "
        "Read it as Windows-1252?",
    )
    if ask(dialog, QCoreApplication.translate("ImportFile", "Not UTF-8 text"), fill(text, name)):
        return None, question.encoding
    show_problems(question.problems, question.more)
    return None, None


class ProblemsModel(QAbstractTableModel):
    """What the reader found: file, sheet, row, column, kind (error/warning/note), problem."""

    FILE, SHEET, ROW, FIELD, SEVERITY, MESSAGE = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._rows = list(problems)
        self.endResetModel()

    def problems(self) -> list[Problem]:
        return list(self._rows)

    def has_sheets(self) -> bool:
        return any(p.sheet for p in self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FILE:
                return problem.file
            if column == self.SHEET:
                return problem.sheet or ""
            if column == self.ROW:
                return "" if problem.row is None else number(problem.row)
            if column == self.FIELD:
                return problem.field or ""
            if column == self.SEVERITY:
                return severity_text(problem.severity)
            if column == self.MESSAGE:
                return problem_text(problem)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            return _SEVERITY_COLORS.get(problem.severity)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("File"),
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Kind"),
            self.tr("Problem"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._rows) - 1, 5),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )


class TextTableModel(QAbstractTableModel):
    """A read-only table of texts (rows made by the dialog in the interface language)."""

    def __init__(
        self,
        titles: Callable[[], Sequence[str]],
        parent: QObject | None = None,
        *,
        right_aligned: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._titles = titles
        self._right = set(right_aligned)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[column] if column < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = self._titles()
        return titles[section] if 0 <= section < len(titles) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))


def setup_problems_view(view: QTableView, model: ProblemsModel) -> None:
    """Narrow columns for where, the rest for the problem; text wraps."""
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    metrics = view.fontMetrics()
    header.resizeSection(ProblemsModel.FILE, metrics.horizontalAdvance("M" * 11))
    header.resizeSection(ProblemsModel.SHEET, metrics.horizontalAdvance("M" * 9))
    header.resizeSection(ProblemsModel.ROW, metrics.horizontalAdvance("Baris") + 24)
    header.resizeSection(ProblemsModel.FIELD, metrics.horizontalAdvance("M" * 8))
    header.resizeSection(ProblemsModel.SEVERITY, metrics.horizontalAdvance("peringatan") + 20)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)


def show_problems_in(
    view: QTableView,
    model: ProblemsModel,
    problems: Sequence[Problem],
    *,
    hide_file: bool = False,
) -> None:
    """Fill a problems view; the sheet column only when a problem names a sheet, the file
    column not when the caller already names the one file (``hide_file``)."""
    model.set_problems(problems)
    view.setColumnHidden(ProblemsModel.SHEET, not model.has_sheets())
    view.setColumnHidden(ProblemsModel.FILE, hide_file)
    # The file and sheet names on one line if they fit in a third of the dialog.
    metrics, header = view.fontMetrics(), view.horizontalHeader()
    room = max(view.viewport().width(), view.window().width() - 60, 600) // 3
    for column, texts in (
        (ProblemsModel.FILE, {p.file for p in problems}),
        (ProblemsModel.SHEET, {p.sheet or "" for p in problems}),
    ):
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        wanted = max(widest, metrics.horizontalAdvance(title) + 24)
        header.resizeSection(column, min(room, wanted))
    # Rows as tall as their text, also after the dialog is resized (for a few hundred rows;
    # beyond that, one line each and the whole text in the tooltip).
    rows = view.verticalHeader()
    fitted = len(problems) <= PROBLEM_ROWS_FITTED
    rows.setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents if fitted else QHeaderView.ResizeMode.Fixed
    )
    view.scrollToTop()


class ProgressRelay(QObject):
    """Carries progress(fraction, stage) from the background work to a bar in the dialog
    (a queued signal: the bar is painted by the GUI thread while the work runs)."""

    changed = Signal(float, str)

    def __init__(self, bar: QProgressBar, texts: Callable[[str], str]) -> None:
        super().__init__(bar)
        self._bar = bar
        self._texts = texts
        self.changed.connect(self._show)

    def __call__(self, fraction: float, stage: str = "") -> None:
        self.changed.emit(float(fraction), stage)

    def start(self, stage: str = "") -> None:
        self._bar.setRange(0, 1000)
        self._bar.setValue(0)
        self._bar.setFormat(self._texts(stage))
        self._bar.setVisible(True)

    def stop(self) -> None:
        self._bar.setVisible(False)

    def _show(self, fraction: float, stage: str) -> None:
        self._bar.setValue(round(1000 * max(0.0, min(1.0, fraction))))
        self._bar.setFormat(f"{self._texts(stage)} %p%")
