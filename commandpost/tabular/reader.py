"""The one reader behind every tabular import (TPS lists, mappings, rosters, stage lists).

An importer declares its columns (:class:`Column`: a key, the header names it accepts,
whether it is required) and gets back a :class:`Table`: where the header was found, which
column holds what, what was skipped and why, and the data rows one at a time. The reader
handles what office spreadsheets really look like:

- CSV in UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text", and — only when the
  caller says so — Windows-1252 (a file that is not UTF-8 raises :class:`EncodingQuestion`);
  ``;``, ``,``, tab or ``|`` separators; XLSX (every sheet is tried, the first whose header
  fits is read);
- title rows above the table; a header over two rows with merged cells ("JUMLAH PEMILIH
  (DPT)" over "L", "P", "L+P"); a row of column numbers under the header; JUMLAH/TOTAL rows;
  a signature block below the table. Each is skipped and reported as a note;
- columns the importer does not know are reported as "not used", never refused.

Rows stream: a national list of 820,161 TPS is never held in memory as cells.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from commandpost.tabular.problems import (
    NOTE,
    EncodingQuestion,
    Msg,
    Problem,
    TableError,
)
from commandpost.tabular.values import cell_text, is_blank

HEADER_SCAN_ROWS = 40
TOTAL_WORDS = frozenset(
    {
        "jumlah",
        "total",
        "jumlah_total",
        "total_keseluruhan",
        "jumlah_seluruhnya",
        "grand_total",
        "jumlah_keseluruhan",
        "sub_total",
        "subtotal",
        "jml",
    }
)
ENCODING_NAMES = {"cp1252": "Windows-1252", "utf-8": "UTF-8", "utf-16": "UTF-16"}


def header_key(name: Any) -> str:
    """A header cell as a matching key: lower case, runs of anything but letters and digits
    become one ``_`` (``Kode Desa/Kel.`` → ``kode_desa_kel``)."""
    return re.sub(r"[^a-z0-9]+", "_", cell_text(name).lower()).strip("_")


def _is_total_word(value: Any) -> bool:
    return isinstance(value, str) and header_key(value) in TOTAL_WORDS


def _has_id(row: list[Any], ids: tuple[int, ...]) -> bool:
    """Whether a row has an identifying value: a cell at one of ``ids`` that is not blank and
    not a total word (a JUMLAH written in the code column is no code). Such a row is never
    blank. Plain digits, the usual code, are decided without :func:`header_key`."""
    width = len(row)
    for i in ids:
        if i < width:
            value = row[i]
            if type(value) is str:
                if value.isdigit() or (value.strip() and not _is_total_word(value)):
                    return True
            elif value is not None:
                return True
    return False


@dataclass(frozen=True)
class Column:
    """One column an importer understands.

    ``names``: accepted header keys (see :func:`header_key`). ``sub_names``: keys accepted
    only as the lower half of a two-row header whose upper half contains one of
    ``parent_words`` (``L`` under ``JUMLAH PEMILIH (DPT)``). ``check_only``: read to check
    other columns (a village name), listed as such.
    """

    key: str
    names: tuple[str, ...]
    required: bool = False
    sub_names: tuple[str, ...] = ()
    parent_words: tuple[str, ...] = ()
    check_only: bool = False


@dataclass(frozen=True)
class WrongKind:
    """A kind of file an importer is often handed by mistake: when no fitting header is
    found and ``test(header_keys, sheet_names)`` holds, the one message ``template`` (with
    ``sheets``: the number of sheets) is all the officer is told."""

    template: str
    test: Callable[[set[str], list[str]], bool]


@dataclass(frozen=True)
class Skipped:
    first: int
    last: int
    template: str

    def as_problem(self, file: str, sheet: str | None) -> Problem:
        return Problem.of(file, self.first, None, self.template, sheet=sheet, severity=NOTE)


@dataclass
class Table:
    file: str
    sheet: str | None
    encoding: str | None
    header_first: int
    header_last: int
    headers: list[str]  # the header text per column position, two-row headers joined
    positions: dict[str, int]  # column key → position
    unused: list[str]  # header texts of the columns no importer column took
    checked: list[str] = field(default_factory=list)  # header texts of check-only columns
    skipped: list[Skipped] = field(default_factory=list)
    total_rows: list[tuple[int, list[Any]]] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    sheet_names: list[str] = field(default_factory=list)
    _rows: Iterator[tuple[int, list[Any]]] | None = None
    _id_positions: tuple[int, ...] = ()
    _source: Any = None

    def field(self, key: str) -> str:
        """The header as the file writes it, for messages."""
        return self.headers[self.positions[key]] if key in self.positions else key

    def has(self, key: str) -> bool:
        return key in self.positions

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """The data rows (spreadsheet row number, cells), in order, once.

        Blank rows are left out. A row with a total word and no identifying value is a
        JUMLAH row (kept in :attr:`total_rows`); rows after the last identifying row that
        have no identifying value are the block below the table. Both are recorded in
        :attr:`skipped`.
        """
        assert self._rows is not None, "rows() reads the file once"
        rows, self._rows = self._rows, None
        ids = self._id_positions
        pending: list[tuple[int, list[Any]]] = []
        for line, row in rows:
            if _has_id(row, ids):
                if pending:
                    for item in pending:
                        if not all(is_blank(v) for v in item[1]):
                            yield item
                    pending = []
                yield line, row
                continue
            if all(is_blank(v) for v in row):
                if pending:
                    pending.append((line, row))
                continue
            if any(_is_total_word(v) for v in row[:6]):
                for item in pending:
                    if not all(is_blank(v) for v in item[1]):
                        yield item
                pending = []
                self.total_rows.append((line, row))
                self.skipped.append(Skipped(line, line, Msg.SKIPPED_TOTAL))
                continue
            pending.append((line, row))
        filled = [line for line, row in pending if not all(is_blank(v) for v in row)]
        if filled:
            self.skipped.append(Skipped(filled[0], filled[-1], Msg.SKIPPED_BELOW))

    def report(self) -> list[Problem]:
        """Notes for the preview: what was read how, skipped, or not used."""
        out = list(self.notes)
        out.extend(s.as_problem(self.file, self.sheet) for s in self.skipped)
        for text in self.checked:
            out.append(
                Problem.of(
                    self.file,
                    self.header_first,
                    text,
                    Msg.CHECK_ONLY,
                    sheet=self.sheet,
                    severity=NOTE,
                )
            )
        for text in self.unused:
            out.append(
                Problem.of(
                    self.file,
                    self.header_first,
                    text,
                    Msg.NOT_USED,
                    sheet=self.sheet,
                    severity=NOTE,
                )
            )
        return out


# -- raw rows -------------------------------------------------------------------------------


_CHUNK = 1 << 20  # bytes read at a time: a national list is never held whole


def _scan(path: Path, codec: str, skip: int = 0) -> tuple[int, int] | None:
    """Decode the file with ``codec`` a chunk at a time, keeping nothing; ``None`` when it all
    decodes, else (the line of the first bad byte, counted as ``\\n`` bytes before it + 1,
    the bad byte). ``skip``: bytes at the start not to decode (a BOM)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    newlines = 0
    with path.open("rb") as f:
        if skip:
            f.read(skip)
        while True:
            chunk = f.read(_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                # The decoder works on the bytes it kept from the last chunk + this one.
                data = exc.object
                kept = data[: len(data) - len(chunk)]
                line = newlines - kept.count(b"\n") + data[: exc.start].count(b"\n") + 1
                return line, data[exc.start]
            if not chunk:
                return None
            newlines += chunk.count(b"\n")


def _only_whitespace(path: Path) -> bool:
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            if chunk.strip():
                return False
    return True


def _bad_bytes(path: Path, found: tuple[int, int], template: str, enc: str) -> TableError:
    line, byte = found
    return TableError.of(
        path.name, template, byte=f"{byte:02x}", line=line, encoding=ENCODING_NAMES.get(enc, enc)
    )


def _csv_codec(path: Path, encoding: str | None) -> tuple[str, str]:
    """How to read a CSV: (codec for :func:`open`, the encoding to report). The whole file is
    checked first, a chunk at a time, so that a file that is not UTF-8 raises before any row
    is read (:class:`EncodingQuestion` for probable Windows-1252, :class:`TableError`
    otherwise), however far into the file the first non-UTF-8 byte is."""
    with path.open("rb") as f:
        head = f.read(4)
    if head.startswith(codecs.BOM_UTF8):
        bad = _scan(path, "utf-8", skip=len(codecs.BOM_UTF8))
        if bad:
            raise _bad_bytes(path, bad, Msg.BAD_ENCODING, "utf-8")
        return "utf-8-sig", "utf-8"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        bad = _scan(path, "utf-16")
        if bad:
            raise _bad_bytes(path, bad, Msg.BAD_ENCODING, "utf-16")
        return "utf-16", "utf-16"
    utf8_bad = _scan(path, "utf-8")
    if utf8_bad is None:
        return "utf-8", "utf-8"
    if encoding and encoding.lower().replace("-", "").replace("_", "") not in ("utf8",):
        try:
            name = codecs.lookup(encoding).name
        except LookupError as exc:
            raise TableError.of(
                path.name, Msg.BAD_ENCODING, encoding=encoding, byte="--", line=0
            ) from exc
        bad = _scan(path, encoding)
        if bad:
            raise _bad_bytes(path, bad, Msg.BAD_ENCODING, encoding)
        return encoding, name
    row, byte = utf8_bad
    if _scan(path, "cp1252"):
        raise TableError.of(
            path.name, Msg.NOT_UTF8, byte=f"{byte:02x}", line=row, encoding="Windows-1252"
        )
    raise EncodingQuestion(
        Problem.of(path.name, row, None, Msg.PROBABLY_CP1252, byte=f"{byte:02x}", line=row),
        "cp1252",
    )


def _delimiter(text: str) -> str:
    """The separator that splits the first records into the same number of fields most
    often (quotes respected: ``"Jl. A, RT 1, RW 2"`` in a ``;`` file has commas that are no
    separators); ties go to the one giving more fields."""
    sample = text[:200_000]
    best, best_score = ",", (0, 0)
    for delim in (";", ",", "\t", "|"):
        widths: list[int] = []
        try:
            for row in csv.reader(io.StringIO(sample, newline=""), delimiter=delim):
                if any(cell.strip() for cell in row):
                    widths.append(len(row))
                if len(widths) >= 40:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        score = (widths.count(mode) if mode > 1 else 0, mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path, codec: str) -> Iterator[tuple[int, list[Any]]]:
    """The records of a CSV, streamed from the file (row number, cells)."""
    with path.open(encoding=codec, newline="") as f:
        sample = f.read(200_000)
    delimiter = _delimiter(sample)
    del sample
    number = 0
    with path.open(encoding=codec, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        try:
            for number, row in enumerate(reader, start=1):
                yield number, row
        except csv.Error as exc:
            raise TableError(
                [Problem.of(path.name, number + 1, None, Msg.CSV_ERROR, detail=str(exc))]
            ) from exc


def _safe_numbers() -> None:
    """openpyxl turns a number cell's text into a number with ``int()``, which raises on a
    number longer than Python's 4300-digit limit (and ``float()`` on text that is no
    number): the whole sheet would fail with a traceback. Such a cell is handed over as its
    text instead, so the importer refuses that one cell (row, field) like any other."""
    from openpyxl.worksheet import _reader

    cast = getattr(_reader, "_cast_number", None)
    if cast is None or getattr(cast, "commandpost_safe", False):
        return

    def safe_cast(value: str, cast=cast) -> Any:
        try:
            return cast(value)
        except ValueError:
            return value

    safe_cast.commandpost_safe = True  # type: ignore[attr-defined]
    _reader._cast_number = safe_cast


def _sheets(path: Path) -> Iterator[tuple[str, Iterator[tuple[int, list[Any]]]]]:
    import openpyxl

    _safe_numbers()
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise TableError.of(path.name, Msg.NOT_XLSX, detail=str(exc) or type(exc).__name__) from exc
    try:
        for sheet in book.worksheets:

            def rows(sheet=sheet) -> Iterator[tuple[int, list[Any]]]:
                for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                    yield number, list(row)

            yield sheet.title, rows()
    finally:
        book.close()


def sheet_names(path: Path | str) -> list[str]:
    """The sheets of an XLSX workbook in order; ``[]`` for a CSV. Raises TableError when
    the workbook cannot be read."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return []
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise TableError.of(path.name, Msg.NOT_XLSX, detail=str(exc) or type(exc).__name__) from exc
    try:
        return list(book.sheetnames)
    finally:
        book.close()


# -- the header -----------------------------------------------------------------------------


@dataclass
class _Header:
    first: int
    last: int
    texts: list[str]
    positions: dict[str, int]
    seconds: list[tuple[str, str, str]]  # column key, this header, the first header
    score: float


def _match_single(key: str, columns: tuple[Column, ...]) -> Column | None:
    for column in columns:
        if key in column.names:
            return column
    return None


def _match_joined(key: str, columns: tuple[Column, ...]) -> Column | None:
    """A two-row header written out in one row (``JUMLAH PEMILIH (DPT) L``), as a rejects
    file or another program writes it."""
    for column in columns:
        for sub in column.sub_names:
            head = key[: -len(sub) - 1]
            if key.endswith("_" + sub) and any(w in head for w in column.parent_words):
                return column
    return None


def _find_header(
    rows: list[tuple[int, list[Any]]], columns: tuple[Column, ...], identity: tuple[str, ...]
) -> _Header | None:
    best: _Header | None = None
    for i, (line, row) in enumerate(rows):
        if sum(1 for v in row if isinstance(v, str) and v.strip()) < 1:
            continue
        texts = [cell_text(v) for v in row]
        candidates = [_assign(line, line, texts, [header_key(t) for t in texts], None, columns)]
        if i + 1 < len(rows) and rows[i + 1][0] == line + 1:
            below = rows[i + 1][1]
            width = max(len(row), len(below))
            uppers, lowers, joined = [], [], []
            parent = ""
            for c in range(width):
                top = texts[c] if c < len(texts) else ""
                low = cell_text(below[c]) if c < len(below) and isinstance(below[c], str) else ""
                if top:
                    parent = top
                elif not low:
                    parent = ""
                upper = top or (parent if low else "")
                uppers.append(upper)
                lowers.append(low)
                joined.append(f"{upper} {low}".strip() if low else upper)
            if any(lowers):
                candidates.append(
                    _assign(
                        line, line + 1, joined, [header_key(t) for t in uppers], lowers, columns
                    )
                )
        for cand in candidates:
            if identity and not any(k in cand.positions for k in identity):
                continue
            if cand.score > 0 and (best is None or cand.score > best.score):
                best = cand
    return best


def _assign(
    first: int,
    last: int,
    texts: list[str],
    keys: list[str],
    lowers: list[str] | None,
    columns: tuple[Column, ...],
) -> _Header:
    positions: dict[str, int] = {}
    seconds: list[tuple[str, str, str]] = []
    for index, key in enumerate(keys):
        column = None
        if lowers is not None and lowers[index]:
            low = header_key(lowers[index])
            whole = header_key(texts[index])
            column = _match_single(whole, columns) or _match_single(low, columns)
            if column is None:
                for col in columns:
                    if low in col.sub_names and any(w in key for w in col.parent_words):
                        column = col
                        break
        elif key:
            column = _match_single(key, columns) or _match_joined(key, columns)
        if column is None:
            continue
        if column.key in positions:
            seconds.append((column.key, texts[index], texts[positions[column.key]]))
            continue
        positions[column.key] = index
    score = sum(2.0 if c.required else 1.0 for c in columns if c.key in positions)
    # A header in one row beats the same header read over two rows.
    score -= 0.01 * (last - first)
    return _Header(first, last, texts, positions, seconds, score)


def _is_number_row(row: list[Any]) -> bool:
    values = [cell_text(v).strip("() ") for v in row if not is_blank(v)]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) and numbers[0] <= 1


# -- the entry point ------------------------------------------------------------------------


def read_table(
    path: Path | str,
    columns: tuple[Column, ...],
    *,
    kind: str = "import",
    identity: tuple[str, ...] = (),
    encoding: str | None = None,
    wrong_kinds: tuple[WrongKind, ...] = (),
    sheet: str | None = None,
) -> Table:
    """Find the table in ``path`` and map its columns.

    ``identity``: the column keys that make a row a data row (a village or TPS code); rows
    without any are title, total or footer rows. ``encoding``: how to read a CSV that is not
    UTF-8 (``cp1252``), after the officer confirmed it. ``sheet``: read only this sheet of
    a workbook (see :func:`sheet_names`), for imports that take several sheets.

    Raises :class:`TableError` (file, sheet, row and field named) when the file cannot be
    read, has no header, or lacks a required column; :class:`EncodingQuestion` when a CSV is
    not UTF-8 but probably Windows-1252.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise TableError.of(name, Msg.NOT_FOUND)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt", ".tsv"):
        if _only_whitespace(path):
            raise TableError.of(name, Msg.EMPTY)
        codec, used = _csv_codec(path, encoding)
        sources = [(None, _csv_rows(path, codec))]
    elif suffix in (".xlsx", ".xlsm"):
        if path.stat().st_size == 0:
            raise TableError.of(name, Msg.EMPTY)
        used = None
        sources = _sheets(path)
        if sheet is not None:
            sources = ((n, rows) for n, rows in sources if n == sheet)
    else:
        raise TableError.of(name, Msg.FILE_TYPE)

    best: tuple[_Header, str | None, list, Iterator] | None = None
    sheet_names: list[str] = []
    seen_keys: set[str] = set()
    any_rows = False
    for sheet, rows in sources:
        sheet_names.append(sheet or "")
        head: list[tuple[int, list[Any]]] = []
        for item in rows:
            head.append(item)
            if len(head) >= HEADER_SCAN_ROWS:
                break
        head = [(ln, r) for ln, r in head if not all(is_blank(v) for v in r)]
        any_rows = any_rows or bool(head)
        seen_keys.update(header_key(v) for _ln, r in head for v in r if isinstance(v, str))
        header = _find_header(head, columns, identity)
        if header is None:
            continue
        complete = all(c.key in header.positions for c in columns if c.required)
        if best is None or (complete and header.score > best[0].score):
            best = (header, sheet, head, rows)
        if complete:
            break
    if not any_rows:
        raise TableError.of(name, Msg.EMPTY)
    complete = best is not None and all(c.key in best[0].positions for c in columns if c.required)
    if not complete:
        for wrong in wrong_kinds:
            if wrong.test(seen_keys, sheet_names):
                raise TableError.of(name, wrong.template, sheets=len(sheet_names))
    if best is None:
        # Named as the officer's files name them ("kode_desa", not the program's key).
        shown = [c for c in columns if c.required] or [c for c in columns if not c.check_only]
        wanted = [next((n for n in c.names if n != c.key), c.key) for c in shown]
        raise TableError.of(
            name, Msg.NO_HEADER, rows=HEADER_SCAN_ROWS, kind=kind, names=", ".join(wanted[:5])
        )
    header, sheet, head, rest = best
    problems: list[Problem] = []
    for _key, text, first in header.seconds:
        problems.append(
            Problem.of(
                name, header.first, text, Msg.SECOND_COLUMN, sheet=sheet, column=text, first=first
            )
        )
    for column in columns:
        if column.required and column.key not in header.positions:
            problems.append(
                Problem.of(
                    name,
                    header.first,
                    column.names[0],
                    Msg.MISSING_COLUMN,
                    sheet=sheet,
                    column=column.names[0],
                    names=", ".join(column.names),
                )
            )
    if problems:
        raise TableError(problems)

    taken = set(header.positions.values())
    table = Table(
        file=name,
        sheet=sheet if len(sheet_names) > 1 or sheet else None,
        encoding=used,
        header_first=header.first,
        header_last=header.last,
        headers=header.texts,
        positions=header.positions,
        unused=[t for i, t in enumerate(header.texts) if t and i not in taken],
        checked=[
            header.texts[header.positions[c.key]]
            for c in columns
            if c.check_only and c.key in header.positions
        ],
        sheet_names=sheet_names,
    )
    if used and used != "utf-8":
        table.notes.append(
            Problem.of(
                name,
                None,
                None,
                Msg.READ_AS,
                severity=NOTE,
                encoding=ENCODING_NAMES.get(used, used),
            )
        )
    titles = [ln for ln, _r in head if ln < header.first]
    if titles:
        table.skipped.append(Skipped(titles[0], titles[-1], Msg.SKIPPED_TITLE))
    ids = tuple(header.positions[k] for k in identity if k in header.positions)
    table._id_positions = ids or tuple(header.positions.values())

    def after_header() -> Iterator[tuple[int, list[Any]]]:
        first = True
        for line, row in [(ln, r) for ln, r in head if ln > header.last]:
            if first and _is_number_row(row):
                table.skipped.append(Skipped(line, line, Msg.SKIPPED_NUMBERS))
                first = False
                continue
            first = False
            yield line, row
        yield from rest

    table._rows = after_header()
    table._source = sources  # an XLSX workbook stays open while its rows are read
    return table
