"""Any :class:`~.document.Document`'s tables as an XLSX workbook or a CSV file (no Qt).

The same tables as on paper, for those who go on working with them:

* XLSX: one sheet per table, named after its caption. The classification marking, the
  title and the subtitle lines on top, then the header row (bold, frozen, repeated when
  printed), the rows (group, subtotal and total rows bold and shaded) and the notes and
  footer below. A cell of a right-aligned column whose text is an Indonesian number
  ("17.231", "2,5") is stored as a number; every other cell as text, so that an NRP, a
  phone number or a code keeps its leading zero.
* CSV: UTF-8 with a byte order mark (so that Excel on Windows reads ’, – and é right),
  comma separated, the header row first. A document with several tables writes them one
  after another, each after a line with its caption, separated by a blank line.

A failed write raises OSError naming the file; nothing half-written is left behind.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .document import Document, Paragraph, Table

_NUMBER = re.compile(r"^[-−]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[-−]?\d+(?:,\d+)?$")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
MAX_WIDTH = 60  # characters: a longer cell wraps


def number_of(text: str) -> int | float | None:
    """An Indonesian number as written on paper (``17.231``, ``−3``, ``2,5``) as a
    number; None for anything else."""
    raw = text.strip()
    if not _NUMBER.match(raw):
        return None
    raw = raw.replace("−", "-").replace(".", "")
    if "," in raw:
        return float(raw.replace(",", "."))
    return int(raw)


@contextlib.contextmanager
def _replacing(path: Path, mode: str, **kwargs: Any) -> Iterator[IO[Any]]:
    """A temporary file next to ``path`` that replaces it when written in full."""
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise OSError(f"{path}: cannot write the file ({exc.strerror or exc})") from exc
    try:
        with os.fdopen(handle, mode, **kwargs) as out:
            yield out
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise OSError(f"{path}: cannot write the file ({exc.strerror or exc})") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _plain(table: Table, empty: bool = True) -> list[list[str]]:
    """The table's rows as lists of cells, the header first; a group row gives its label
    in the first cell; an empty table its "Nihil" statement."""
    width = len(table.columns)
    rows = [[c.title for c in table.columns]]
    for row in table.rows:
        cells = list(row.cells[:1]) if row.kind == "group" else list(row.cells)
        rows.append(cells + [""] * (width - len(cells)))
    if empty and not table.rows:
        rows.append([table.empty] + [""] * (width - 1))
    return rows


# --- CSV ------------------------------------------------------------------------------------


def write_csv(document: Document, path: Path | str) -> Path:
    """The document's tables as CSV (UTF-8 with a BOM, comma separated, numbers without
    thousands dots); returns the path.
    Raises OSError when the file cannot be written."""
    path = Path(path)
    tables = document.tables()
    with _replacing(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        for i, table in enumerate(tables):
            if len(tables) > 1:
                if i:
                    writer.writerow([])
                writer.writerow([table.caption or f"Tabel {i + 1}"])
            # Numbers without the thousands dot, so that Excel in any language reads them
            # as numbers (1.005 is a decimal to an English Excel).
            right = [c.align == "right" for c in table.columns]
            for r, cells in enumerate(_plain(table)):
                writer.writerow(
                    [
                        _csv_number(cell) if r and i < len(right) and right[i] else cell
                        for i, cell in enumerate(cells)
                    ]
                )
    return path


def _csv_number(cell: str) -> str:
    value = number_of(cell)
    return cell if value is None else str(value)


# --- XLSX -----------------------------------------------------------------------------------


def _sheet_name(caption: str, index: int, taken: set[str]) -> str:
    base = _SHEET_BAD.sub(" ", caption).strip()
    if len(base) > 31:  # Excel's limit: cut at a word, not inside one
        base = base[:31].rsplit(" ", 1)[0] if " " in base[:31] else base[:31]
    base = base.strip() or f"Tabel {index}"
    name, n = base, 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(name.lower())
    return name


def _notes_after(document: Document) -> list[list[str]]:
    """The notes (paragraphs) that follow each table, to print under it on its sheet; a
    note before the first table goes with the first."""
    notes: list[list[str]] = []
    pending: list[str] = []
    for block in document.blocks:
        if isinstance(block, Table):
            notes.append(pending if not notes else [])
            pending = []
        elif isinstance(block, Paragraph) and notes:
            notes[-1].append(block.text)
        elif isinstance(block, Paragraph):
            pending.append(block.text)
    return notes


def write_xlsx(document: Document, path: Path | str) -> Path:
    """The document's tables as an XLSX workbook, one sheet per table; returns the path.
    Raises OSError when the file cannot be written."""
    path = Path(path)
    with _replacing(path, "wb") as out:  # first, so that a bad path builds nothing
        _workbook(document).save(out)
    return path


def _workbook(document: Document) -> Any:
    """The workbook of :func:`write_xlsx`, in openpyxl's streaming mode (a national list
    does not fill the memory)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook(write_only=True)
    tables = document.tables()
    notes = _notes_after(document)
    taken: set[str] = set()
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fills = {
        "head": PatternFill("solid", fgColor="D9D9D9"),
        "group": PatternFill("solid", fgColor="EFEFEF"),
        "subtotal": PatternFill("solid", fgColor="EFEFEF"),
        "total": PatternFill("solid", fgColor="E6E6E6"),
    }
    if not tables:  # a document without tables still opens, with its title
        sheet = book.create_sheet("Daftar")
        sheet.append([document.title])
    for index, table in enumerate(tables, start=1):
        sheet = book.create_sheet(_sheet_name(table.caption, index, taken))

        def cell(
            value: Any,
            *,
            bold: bool = False,
            size: float | None = None,
            italic: bool = False,
            fill: str | None = None,
            align: str | None = None,
            wrap: bool = False,
            text_format: bool = False,
            boxed: bool = False,
            number_format: str | None = None,
            _sheet=sheet,
        ) -> Any:
            c = WriteOnlyCell(_sheet, value=value)
            if bold or size or italic:
                c.font = Font(bold=bold, size=size, italic=italic)
            if fill:
                c.fill = fills[fill]
            if align or wrap:
                c.alignment = Alignment(horizontal=align, vertical="top", wrap_text=wrap)
            if text_format:
                c.number_format = "@"
            if number_format:
                c.number_format = number_format
            if boxed:
                c.border = border
            return c

        plain = _plain(table, empty=False)
        widths = [max(6, min(MAX_WIDTH, len(col.title) + 2)) for col in table.columns]
        for cells in plain[1:]:
            for i, text in enumerate(cells):
                longest = max((len(line) for line in text.split("\n")), default=0)
                widths[i] = max(widths[i], min(MAX_WIDTH, longest + 2))
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        top: list[Any] = []
        if document.classification:
            top.append([cell(document.classification, bold=True)])
        top.append([cell(document.title, bold=True, size=14)])
        top += [[cell(line)] for line in document.subtitle]
        if table.caption:
            top.append([cell(table.caption, bold=True)])
        top.append([])
        header_row = len(top) + 1
        sheet.freeze_panes = f"A{header_row + 1}"
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.page_setup.orientation = "landscape" if document.landscape else "portrait"
        sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        for line in top:
            sheet.append(line)
        sheet.append(
            [
                cell(c.title, bold=True, fill="head", align="center", wrap=True, boxed=True)
                for c in table.columns
            ]
        )
        for row in table.rows:
            kind = row.kind
            if kind == "group":
                sheet.append(
                    [cell(row.cells[0] if row.cells else "", bold=True, fill="group")]
                    + [cell("", fill="group") for _ in table.columns[1:]]
                )
                continue
            styled = kind in ("subtotal", "total")
            out = []
            for column, text in zip(table.columns, row.cells, strict=True):
                value = number_of(text) if column.align == "right" and text else None
                common = {"bold": styled, "fill": kind if styled else None, "boxed": True}
                if value is not None:
                    fmt = "#,##0" if isinstance(value, int) else "#,##0.0#"
                    out.append(cell(value, align="right", number_format=fmt, **common))
                else:
                    out.append(
                        cell(
                            text,
                            align=column.align if column.align != "left" else None,
                            wrap="\n" in text or len(text) > MAX_WIDTH,
                            text_format=text.strip().isdigit(),
                            **common,
                        )
                    )
            sheet.append(out)
        if not table.rows:
            sheet.append([cell(table.empty, italic=True)])
        sheet.append([])
        for text in notes[index - 1] if index - 1 < len(notes) else []:
            sheet.append([cell(text, italic=True)])
        if document.footer:
            sheet.append([cell(document.footer, italic=True, size=8)])
    return book
