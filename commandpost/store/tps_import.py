"""Importing a TPS list (CSV or XLSX): check every row first, then apply all as one change.

Columns (header names are matched without regard to case, spaces or punctuation):

===============  ==============================================================
village code     ``village_code``, ``kode_desa``, ``kode_kelurahan``, ``kode_wilayah``
TPS number       ``tps_number``, ``no_tps``, ``nomor_tps``, ``tps``
address          ``address``, ``alamat``, ``alamat_tps``, ``lokasi``
DPT              ``dpt``, ``jumlah_dpt``, ``voters``
===============  ==============================================================

Any problem (wrong column set, empty file, wrong encoding, unknown village, duplicate TPS,
a number that is not a number) is reported with file, row and field, and nothing is imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, select

from commandpost.core.regions import MAX_TPS_NUMBER, Level, is_valid_code, tps_code
from commandpost.store import changelog
from commandpost.store.changelog import Progress
from commandpost.store.database import Database
from commandpost.store.models import Node
from commandpost.store.tps import TpsRow, existing_tps

COLUMNS: dict[str, tuple[str, ...]] = {
    "village_code": (
        "village_code",
        "kode_desa",
        "kode_kelurahan",
        "kode_desa_kelurahan",
        "kode_wilayah",
    ),
    "tps_number": ("tps_number", "no_tps", "nomor_tps", "tps", "nomor"),
    "address": ("address", "alamat", "alamat_tps", "lokasi"),
    "dpt": ("dpt", "jumlah_dpt", "voters"),
}
MAX_ADDRESS = 500
MAX_REPORTED = 50


class Msg:
    """What an import can find wrong, in English with {named} values. The window shows these
    translated (gui/dialogs/mapping_import_dialog.py lists every one of them for lupdate)."""

    NOT_UTF8 = "not UTF-8 text (byte 0x{byte}); save the file as 'CSV UTF-8'"
    CSV_ERROR = "the CSV text cannot be read: {detail}"
    NOT_XLSX = "not a readable XLSX workbook ({detail})"
    FILE_TYPE = "unsupported file type; use .csv or .xlsx"
    NOT_FOUND = "file not found"
    EMPTY = "the file is empty"
    UNKNOWN_COLUMN = "unknown column; expected: {expected}"
    SECOND_COLUMN = "second {column} column"
    MISSING_COLUMN = "missing column (accepted names: {names})"
    NOT_VILLAGE_CODE = "{value!r} is not a village code like 36.02.01.2001"
    NOT_TPS_NUMBER = "{value!r} is not a TPS number from 1 to {maximum}"
    NOT_DPT = "{value!r} is not a whole number of voters"
    ADDRESS_TOO_LONG = "longer than {maximum} characters"
    TPS_TWICE = "TPS {number} of {village} is already on row {earlier}"
    NO_ROWS = "the file has a header but no TPS rows"
    UNKNOWN_VILLAGE = "unknown village code {village}"
    TPS_EXISTS = "TPS {number} of {village} is already in the database"
    UNKNOWN_MAPPING_COLUMN = (
        "unknown column: not a TPS column, a class column, or a threat category or "
        "indicator of the taxonomy"
    )
    NO_CLASS_OR_THREATS = "no class column and no threat columns"
    NOT_A_CODE = "{value!r} is not a code"
    UNKNOWN_CLASS = "unknown TPS class {value!r}; use kurang rawan, rawan, sangat rawan or khusus"
    UNKNOWN_LEVEL = "unknown threat level {value!r}; use none, rendah, sedang or tinggi (0-3)"
    NOT_YES_NO = "{value!r} is not ya or tidak"
    NO_SUCH_TPS = "no TPS {code} in the database"

    @classmethod
    def all(cls) -> list[str]:
        return [v for k, v in vars(cls).items() if k.isupper()]


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None  # 1 is the header; None: the file as a whole
    field: str | None
    message: str
    template: str = ""  # a Msg text, so that the window can say it in Indonesian
    args: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, file: str, row: int | None, field: str | None, template: str, **args: Any):
        return cls(file, row, field, template.format(**args), template, tuple(args.items()))

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.message}"


class TpsImportError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = [str(p) for p in problems[:MAX_REPORTED]]
        if len(problems) > MAX_REPORTED:
            shown.append(f"... and {len(problems) - MAX_REPORTED} more problems")
        super().__init__("nothing was imported:\n" + "\n".join(shown))


def _header_key(name: Any) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(name or "").strip().lower()).strip("_")


def _read_csv(path: Path) -> Iterator[tuple[int, list[Any]]]:
    data = path.read_bytes()
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TpsImportError(
            [Problem.of(path.name, line, None, Msg.NOT_UTF8, byte=f"{data[exc.start]:02x}")]
        ) from exc
    first_line = content.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        raise TpsImportError(
            [Problem.of(path.name, reader.line_num, None, Msg.CSV_ERROR, detail=str(exc))]
        ) from exc


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TpsImportError(
            [Problem.of(path.name, None, None, Msg.NOT_XLSX, detail=str(exc))]
        ) from exc
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, ["" if v is None else v for v in row]
    finally:
        book.close()


def read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise TpsImportError([Problem.of(path.name, None, None, Msg.FILE_TYPE)])


def open_table(path: Path) -> tuple[list[Any], int, Iterator[tuple[int, list[Any]]]]:
    """The header row (the first non-blank one), its row number, and the rows after it."""
    if not path.is_file():
        raise TpsImportError([Problem.of(path.name, None, None, Msg.NOT_FOUND)])
    rows = read_rows(path)
    for line, row in rows:
        if any(str(v).strip() for v in row):
            return row, line, rows
    raise TpsImportError([Problem.of(path.name, None, None, Msg.EMPTY)])


def _whole_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = str(value).strip()
    return int(text) if re.fullmatch(r"\d+", text) else None


def check_file(db: Database, path: Path | str) -> list[TpsRow]:
    """Every row of the file, checked against the database; raises TpsImportError."""
    path = Path(path)
    name = path.name
    header, header_line, rows_iter = open_table(path)
    problems: list[Problem] = []

    positions: dict[str, int] = {}
    aliases = {alias: col for col, names in COLUMNS.items() for alias in names}
    for index, raw in enumerate(header):
        key = _header_key(raw)
        if not key:
            continue
        column = aliases.get(key)
        if column is None:
            problems.append(
                Problem.of(
                    name,
                    header_line,
                    str(raw),
                    Msg.UNKNOWN_COLUMN,
                    expected=", ".join(names[0] for names in COLUMNS.values()),
                )
            )
        elif column in positions:
            problems.append(
                Problem.of(name, header_line, str(raw), Msg.SECOND_COLUMN, column=column)
            )
        else:
            positions[column] = index
    for column in COLUMNS:
        if column not in positions:
            problems.append(
                Problem.of(
                    name, header_line, column, Msg.MISSING_COLUMN, names=", ".join(COLUMNS[column])
                )
            )
    if problems:
        raise TpsImportError(problems)

    parsed: list[tuple[int, TpsRow]] = []
    seen: dict[tuple[str, int], int] = {}
    for line, row in rows_iter:
        if not any(str(v).strip() for v in row):
            continue
        cells = {c: (row[i] if i < len(row) else "") for c, i in positions.items()}
        village = str(cells["village_code"]).strip()
        number = _whole_number(cells["tps_number"])
        dpt = _whole_number(cells["dpt"])
        address = str(cells["address"]).strip()
        ok = True
        if not (is_valid_code(village) and village.count(".") == Level.VILLAGE):
            problems.append(
                Problem.of(name, line, "village_code", Msg.NOT_VILLAGE_CODE, value=village)
            )
            ok = False
        if number is None or not 1 <= number <= MAX_TPS_NUMBER:
            problems.append(
                Problem.of(
                    name,
                    line,
                    "tps_number",
                    Msg.NOT_TPS_NUMBER,
                    value=cells["tps_number"],
                    maximum=MAX_TPS_NUMBER,
                )
            )
            ok = False
        if dpt is None:
            problems.append(Problem.of(name, line, "dpt", Msg.NOT_DPT, value=cells["dpt"]))
            ok = False
        if len(address) > MAX_ADDRESS:
            problems.append(
                Problem.of(name, line, "address", Msg.ADDRESS_TOO_LONG, maximum=MAX_ADDRESS)
            )
            ok = False
        if not ok:
            continue
        key = (village, number)
        if key in seen:
            problems.append(
                Problem.of(
                    name,
                    line,
                    "tps_number",
                    Msg.TPS_TWICE,
                    number=number,
                    village=village,
                    earlier=seen[key],
                )
            )
            continue
        seen[key] = line
        parsed.append((line, (village, number, address, dpt)))

    if not parsed and not problems:
        problems.append(Problem.of(name, None, None, Msg.NO_ROWS))

    villages = sorted({r[0] for _line, r in parsed})
    known: set[str] = set()
    stmt = select(Node.code).where(
        Node.level == Level.VILLAGE, Node.code.in_(bindparam("codes", expanding=True))
    )
    with db.session() as session:
        for start in range(0, len(villages), 5000):
            known.update(session.scalars(stmt, {"codes": villages[start : start + 5000]}))
        present = existing_tps(session, [tps_code(v, n) for _l, (v, n, _a, _d) in parsed])
    for line, (village, number, _address, _dpt) in parsed:
        if village not in known:
            problems.append(
                Problem.of(name, line, "village_code", Msg.UNKNOWN_VILLAGE, village=village)
            )
        elif tps_code(village, number) in present:
            problems.append(
                Problem.of(name, line, "tps_number", Msg.TPS_EXISTS, number=number, village=village)
            )
    if problems:
        problems.sort(key=lambda p: p.row or 0)
        raise TpsImportError(problems)
    return [r for _line, r in parsed]


def import_tps(db: Database, path: Path | str, actor: str, progress: Progress | None = None) -> int:
    """Check, then import the whole file as one change; returns the number of TPS added."""
    path = Path(path)
    rows = check_file(db, path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    changelog.record(
        db,
        actor=actor,
        entity="tps",
        entity_id=path.name,
        op="import_tps",
        values={"source": path.name, "sha256": digest, "rows": [list(r) for r in rows]},
        reason=f"TPS list imported from {path.name}",
        progress=progress,
    )
    return len(rows)
