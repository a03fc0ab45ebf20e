"""The filter list as text and files: Ctrl+C copies it (tab-separated, with the header) and
"Save as…" writes CSV (UTF-8 with a byte order mark, so that Excel on Windows opens it
right) or an Excel workbook, through :mod:`commandpost.reports.export`.

What goes out is what the list shows: its visible columns in their order on screen, its rows
in their current sort order; only the selected rows when some are selected. Numbers go out
without the thousands dot (17231), so that a spreadsheet in any language reads them as
numbers; codes stay text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from commandpost.gui import file_chooser
from commandpost.reports.document import Column, Document, Row, Table
from commandpost.reports.export import number_of, write_csv, write_xlsx


def list_table(panel, *, selected_only: bool = True, least: int = 1) -> Table:
    """The list as a report table: the selected rows when at least ``least`` are selected,
    else all of them."""
    view, model = panel.table, panel.model
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not view.isColumnHidden(header.logicalIndex(v))
    ]
    rows = panel.selected_rows() if selected_only else []
    if len(rows) < least:
        rows = list(range(model.rowCount()))
    right = {
        c: bool(
            (model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) or 0)
            & int(Qt.AlignmentFlag.AlignRight)
        )
        for c in columns
    }
    table_columns = tuple(
        Column(
            str(model.headerData(c, Qt.Orientation.Horizontal)),
            width=max(1.0, header.sectionSize(c) / 60),
            align="right" if right[c] else "left",
        )
        for c in columns
    )
    table_rows = tuple(
        Row(tuple(str(model.index(r, c, QModelIndex()).data() or "") for c in columns))
        for r in rows
    )
    return Table(
        table_columns,
        table_rows,
        caption=QCoreApplication.translate("FilterExport", "List"),
    )


def as_text(table: Table) -> str:
    """Tab-separated lines, the header first; numbers without the thousands dot."""
    right = [c.align == "right" for c in table.columns]
    lines = ["\t".join(c.title for c in table.columns)]
    for row in table.rows:
        cells = []
        for cell, is_number in zip(row.cells, right, strict=True):
            value = number_of(cell) if is_number else None
            cells.append(str(value) if value is not None else cell.replace("\t", " "))
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def copy_list(panel) -> int:
    """Put the selected rows (or all) on the clipboard; returns how many rows."""
    table = list_table(panel)
    QApplication.clipboard().setText(as_text(table))
    return len(table.rows)


def document_of(panel, table: Table) -> Document:
    now = QDateTime.currentDateTime()
    from commandpost.gui.look import format_time

    when = format_time(now.toUTC().toString(Qt.DateFormat.ISODate))
    return Document(
        title=QCoreApplication.translate("FilterExport", "Vulnerability filter"),
        subtitle=(
            panel.criteria_text(),
            QCoreApplication.translate("FilterExport", "Listed %1").replace("%1", when),
        ),
        blocks=(table,),
        landscape=True,
    )


# A file gets the selected rows only when the officer chose several: one selected row is
# usually just the row last looked at, and a file of one row would surprise.
SAVE_SELECTED_FROM = 2


def write_list(panel, path: Path | str) -> tuple[Path, int]:
    """Write the whole list (or the selected rows, when several are) to ``path``: CSV for
    ``.csv``, else an Excel workbook; returns the path and the number of rows. Raises
    OSError when the file cannot be written."""
    path = Path(path)
    table = list_table(panel, least=SAVE_SELECTED_FROM)
    document = document_of(panel, table)
    if path.suffix.lower() == ".csv":
        return write_csv(document, path), len(table.rows)
    return write_xlsx(document, path), len(table.rows)


def save_list_as(panel: QWidget, start_dir: str = "") -> tuple[Path, int] | None:
    """Ask where (Save as…, Indonesian file filters), then write; the path written and the
    number of rows, or None."""
    xlsx, csv = (
        QCoreApplication.translate("FilterExport", "Excel workbook (*.xlsx)"),
        QCoreApplication.translate("FilterExport", "CSV, UTF-8 for Excel (*.csv)"),
    )
    name = QCoreApplication.translate("FilterExport", "vulnerability-filter") + ".xlsx"
    proposed = str(Path(start_dir or Path.home()) / name)
    path, chosen = file_chooser.get_save_file_name(
        panel,
        QCoreApplication.translate("FilterExport", "Save the list as"),
        proposed,
        f"{xlsx};;{csv}",
    )
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv else ".xlsx"
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write_list(panel, path)
    except OSError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(
            panel,
            QCoreApplication.translate("FilterExport", "The file could not be saved"),
            str(exc),
        )
        return None
    QApplication.restoreOverrideCursor()
    return written
