"""The one reader for every tabular import: CSV/XLSX, encodings, finding the header,
accepted column names, codes, Indonesian numbers and dates, and row errors located by
file, sheet, row and field. No Qt and no SQL: importers declare their columns and checks
and call :func:`read_table`."""

from commandpost.tabular.problems import (
    ERROR,
    NOTE,
    WARNING,
    CellProblem,
    EncodingQuestion,
    Msg,
    Problem,
    Problems,
    TableError,
)
from commandpost.tabular.reader import (
    Column,
    Table,
    WrongKind,
    header_key,
    read_table,
    sheet_names,
)

__all__ = [
    "ERROR",
    "NOTE",
    "WARNING",
    "CellProblem",
    "Column",
    "EncodingQuestion",
    "Msg",
    "Problem",
    "Problems",
    "Table",
    "TableError",
    "WrongKind",
    "header_key",
    "read_table",
    "sheet_names",
]
