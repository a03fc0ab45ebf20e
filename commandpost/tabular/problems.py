"""What an import can find wrong, located by file, sheet, row and field.

Every message is an English template with ``{named}`` values (:class:`Msg`), so the window
can show it in Indonesian (``gui/dialogs/import_texts.py`` lists each one for the
translation) while the command line prints it as it is.

Rows are numbered as a spreadsheet shows them: the first row of the file is row 1, and a
CSV record with a line break inside quotes is still one row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

ERROR, WARNING, NOTE = "error", "warning", "note"
# How many problems are kept in full; the rest are only counted, so that a file of a
# million bad rows costs no more memory than a file of a thousand.
KEEP = 300
SHOWN_IN_MESSAGE = 50


class Msg:
    """Every import message, in English with {named} values."""

    # -- the file as a whole
    NOT_FOUND = "file not found"
    FILE_TYPE = "unsupported file type; use .csv or .xlsx"
    EMPTY = "the file is empty"
    NOT_XLSX = "not a readable XLSX workbook ({detail})"
    CSV_ERROR = "the CSV text cannot be read: {detail}"
    NOT_UTF8 = (
        "not UTF-8 text (byte 0x{byte} on line {line}); save the file as 'CSV UTF-8', or read it "
        "as {encoding} if that is how it was saved"
    )
    PROBABLY_CP1252 = (
        "not UTF-8 text (byte 0x{byte} on line {line}); it is probably Windows-1252, as Windows "
        "Excel saves 'CSV (Comma delimited)'. Confirm to read it as Windows-1252 (command line: "
        "--encoding cp1252), or save it as 'CSV UTF-8'"
    )
    BAD_ENCODING = "the text cannot be read as {encoding} (byte 0x{byte} on line {line})"
    READ_AS = "read as {encoding}"
    NO_HEADER = (
        "no header row found in the first {rows} rows; the {kind} needs columns such as {names}"
    )
    MISSING_COLUMN = "missing column {column} (accepted names: {names})"
    MISSING_ONE_OF = "missing column: one of {columns} is needed"
    SECOND_COLUMN = "column {column} means the same as column {first}; keep one of them"
    NO_ROWS = "the file has a header but no data rows"
    SKIPPED_TITLE = "title rows above the table skipped"
    SKIPPED_NUMBERS = "a row of column numbers under the header skipped"
    SKIPPED_TOTAL = "a JUMLAH/TOTAL row skipped"
    SKIPPED_BELOW = "rows below the table skipped (signature block, notes)"
    NOT_USED = "column not used"
    CHECK_ONLY = "used only to check the rows"
    MORE_PROBLEMS = "... and {count} more problems"
    # -- cells
    REQUIRED = "empty; a value is needed"
    CONTROL_CHARACTER = "contains a control character (code {code}); remove it from the cell"
    TEXT_TOO_LONG = "longer than {maximum} characters"
    OTHER_DIGITS = "{value!r} has digits that are not 0-9 (another script); type it again"
    NUMBER_TOO_LONG = "a number {length} digits long; no real list holds one"
    NOT_A_CODE = "{value!r} is not a region code like 36.02.01.2001"
    CODE_DIGITS = (
        "{value!r} has {digits} digits: a village code has 10 (3602012001) and a KPU TPS code "
        "13, the village code and a 3-digit TPS number (3602012001003)"
    )
    NOT_VILLAGE_CODE = "{value!r} is not a village code like 36.02.01.2001 or 3602012001"
    NOT_REGION_LEVEL = "{value!r} is not a {level} code"
    SCIENTIFIC = (
        "{value!r}: digits were lost to scientific notation (Excel shows long numbers so); "
        "format the column as Text and export again"
    )
    FLOAT_DIGITS_LOST = (
        "{value!r}: the number has more digits than a spreadsheet number keeps, so digits were "
        "lost; format the column as Text and export again"
    )
    TRAILING_ZERO_LOST = (
        "{value!r}: a trailing zero was lost (the code was stored as a number); format the "
        "column as Text and export again"
    )
    SPACES_REMOVED = "{value!r} read as {code} (spaces removed)"
    DECIMAL_REMOVED = "{value!r} read as {code} (a trailing .0 removed)"
    NOT_COUNT = "{value!r} is not a whole number"
    COUNT_TOO_BIG = "{value} is far more than any {what} holds (at most {maximum})"
    NOT_TPS_NUMBER = "{value!r} is not a TPS number from 1 to {maximum}"
    ABROAD_TPS = (
        "{value!r} is a TPS number for voting abroad (KSK/POS), not for a village in Indonesia"
    )
    NOT_DATE = "{value!r} is not a date like 27 November 2024 or 27/11/2024"
    NO_SUCH_DATE = "{value!r}: no such day"
    NOT_TIME = "{value!r} is not a time like 07.30"
    UNKNOWN_ZONE = "{value!r} is not a time zone; use WIB, WITA or WIT"
    # -- roster cells
    NRP_ZERO_LOST = (
        "{value!r} has 7 digits: an NRP has 8, and a leading zero was probably lost when the "
        "column was stored as a number; format the column as Text and export again"
    )
    NIP_DIGITS_LOST = (
        "{value!r}: an NRP or NIP stored as a number lost digits (a NIP has 18, a spreadsheet "
        "number keeps 15); format the column as Text and export again"
    )
    NOT_NRP = "{value!r} is not an NRP (8 digits) or a NIP (18 digits)"
    NOT_TPS_RANGES = "{value!r} is not a list of TPS numbers like 1-5, 7"
    TPS_TWICE = "TPS {number} is listed twice in {value!r}"
    RANGE_REVERSED = "{value!r}: the range {first}-{last} runs backwards"
    RANGE_TOO_LONG = (
        "{value!r}: the range {first}-{last} covers {count} TPS; one roster line covers at "
        "most {maximum}"
    )
    TPS_RANGES_DATE = (
        "{value!r}: the spreadsheet turned the TPS numbers into a date; format the column as "
        "Text, type the numbers again and export again"
    )

    @classmethod
    def all(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper() and isinstance(v, str)]


@dataclass(frozen=True)
class Problem:
    """One finding. ``row`` None: the file (or sheet) as a whole; ``field``: the header as the
    file writes it, so the officer finds the cell."""

    file: str
    row: int | None
    field: str | None
    message: str
    template: str = ""
    args: tuple[tuple[str, Any], ...] = ()
    sheet: str | None = None
    severity: str = ERROR

    @classmethod
    def of(
        cls,
        file: str,
        row: int | None,
        field: str | None,
        template: str,
        *,
        sheet: str | None = None,
        severity: str = ERROR,
        **args: Any,
    ) -> Problem:
        return cls(
            file,
            row,
            field,
            template.format(**args),
            template,
            tuple(args.items()),
            sheet,
            severity,
        )

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def where(self) -> str:
        where = self.file
        if self.sheet:
            where += f", sheet {self.sheet}"
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field {self.field}"
        return where

    def __str__(self) -> str:
        mark = "" if self.severity == ERROR else f"{self.severity}: "
        return f"{self.where()}: {mark}{self.message}"


class CellProblem(ValueError):
    """Raised by a value parser: a template and its values, located later by the reader."""

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.args_ = args
        super().__init__(template.format(**args))


class Problems:
    """Findings of one import: the first :data:`KEEP` in full, the rest counted."""

    def __init__(self, file: str, sheet: str | None = None, keep: int = KEEP) -> None:
        self.file = file
        self.sheet = sheet
        self.keep = keep
        self.kept: list[Problem] = []
        self.counts: Counter[str] = Counter()

    def add(
        self,
        row: int | None,
        field: str | None,
        template: str,
        *,
        severity: str = ERROR,
        **args: Any,
    ) -> None:
        self.counts[severity] += 1
        if len(self.kept) < self.keep or (severity == ERROR and self._room_for_error()):
            self.kept.append(
                Problem.of(
                    self.file, row, field, template, sheet=self.sheet, severity=severity, **args
                )
            )

    def _room_for_error(self) -> bool:
        # Warnings must never crowd out the errors that decide the import.
        if self.counts[ERROR] > self.keep:
            return False
        for i, p in enumerate(self.kept):
            if not p.is_error:
                del self.kept[i]
                return True
        return False

    def add_cell(self, row: int, field: str, exc: CellProblem, severity: str = ERROR) -> None:
        self.add(row, field, exc.template, severity=severity, **exc.args_)

    @property
    def errors(self) -> int:
        return self.counts[ERROR]

    @property
    def warnings(self) -> int:
        return self.counts[WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(self.kept, key=lambda p: (p.row or 0, p.severity != ERROR))

    def error_list(self) -> list[Problem]:
        return [p for p in self.sorted() if p.is_error]


class TableError(ValueError):
    """The import was refused: nothing was changed. ``problems`` holds the errors kept in full
    (and may hold warnings and notes), ``more`` how many further errors were only counted."""

    def __init__(self, problems: list[Problem], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        errors = [p for p in problems if p.is_error] or problems
        shown = [str(p) for p in errors[:SHOWN_IN_MESSAGE]]
        hidden = len(errors) - len(shown) + more
        if hidden > 0:
            shown.append(Msg.MORE_PROBLEMS.format(count=hidden))
        super().__init__("nothing was imported:\n" + "\n".join(shown))

    @classmethod
    def of(cls, file: str, template: str, *, sheet: str | None = None, **args: Any) -> TableError:
        return cls([Problem.of(file, None, None, template, sheet=sheet, **args)])

    @classmethod
    def from_problems(cls, problems: Problems) -> TableError:
        kept_errors = sum(1 for p in problems.kept if p.is_error)
        return cls(problems.sorted(), problems.errors - kept_errors)


class EncodingQuestion(TableError):
    """The CSV is not UTF-8 but reads cleanly as ``encoding``: ask the officer, never guess."""

    def __init__(self, problem: Problem, encoding: str) -> None:
        super().__init__([problem])
        self.encoding = encoding
