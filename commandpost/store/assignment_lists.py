"""Assignment lists (daftar penugasan personel): who stands where in a shift, for print and
for Excel, as a Polres posko hands them to the Polsek.

One row per person on a post, ordered by the unit that answers for the post's kecamatan
(its Polsek, or the Polres where no Polsek does), kecamatan, village, post, then rank
seniority (most senior first) and name. Check-in and check-out are shown in the operation's
zone (``2024-11-27 05:52 WIB``). Phone numbers are personal details: only when asked for.

The files: CSV in UTF-8 with a BOM (so that Excel reads the names right), and XLSX with a
title, a bold frozen header and the NRP stored as text, so that no leading zero is lost.
Excel drops the leading zero of an NRP when it opens a CSV by double-click; give officers
the XLSX to open, the CSV to other programs.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from commandpost.store import units as unit_store
from commandpost.store.database import Database
from commandpost.store.personnel import rank_book
from commandpost.store.shifts import PLAN, PLAN_NAME, UTC_FORMAT, operation_zone, shift_name
from commandpost.store.sql import bindparam, text

TITLE = "DAFTAR PENUGASAN PERSONEL"
POST_KINDS = {
    "tps": "TPS",
    "village": "Pos desa",
    "district": "Posko kecamatan",
    "security": "Pos pengamanan",
}


@dataclass(frozen=True)
class AssignmentRow:
    """One person on one post. ``polsek`` is the unit that answers for the post's kecamatan
    (a Polsek, or the Polres where no Polsek covers it; "" where no unit does); ``desa`` is
    "" for a kecamatan post; ``post_kind`` a key of POST_KINDS; ``checked_in`` and
    ``checked_out`` local times with their zone or ""; ``phone`` "" unless asked for."""

    polsek: str
    kecamatan: str
    desa: str
    post_name: str
    post_kind: str
    shift_name: str
    nrp: str
    rank_short: str
    name: str
    home_unit: str
    bko_unit: str
    checked_in: str
    checked_out: str
    phone: str


_ROWS = (
    "SELECT u.name, kec.name, CASE WHEN length(po.node_code) > 8 THEN desa.name ELSE '' END, "
    "po.name, po.kind, po.node_code, po.tps, p.nrp, p.rank, p.name, p.name_norm, hu.name, "
    "bu.name, a.checked_in, a.checked_out, p.phone, s.unit_id "
    "FROM assignment a JOIN person p ON p.nrp = a.nrp "
    "JOIN post po ON po.id = a.post_id "
    "LEFT JOIN node kec ON kec.code = substr(po.node_code, 1, 8) "
    "LEFT JOIN node desa ON desa.code = substr(po.node_code, 1, 13) "
    "LEFT JOIN area_share s ON s.district_code = substr(po.node_code, 1, 8) "
    "LEFT JOIN unit u ON u.id = s.unit_id "
    "JOIN unit hu ON hu.id = p.unit_id LEFT JOIN unit bu ON bu.id = p.bko_unit_id "
    "WHERE a.active AND a.shift = :shift"
)


def seniority(rank: str) -> tuple[int, int]:
    """Most senior first: Polri ranks by their order, then PNS Polri by golongan."""
    try:
        found = rank_book().by_key(rank)
    except KeyError:
        return (2, 0)
    return (0 if found.kind == "polri" else 1, -found.order)


def short_rank(rank: str) -> str:
    try:
        return rank_book().by_key(rank).short
    except KeyError:
        return rank


def _local(stamp: str | None, tz: dt.tzinfo) -> str:
    if not stamp:
        return ""
    moment = dt.datetime.strptime(stamp, UTC_FORMAT).replace(tzinfo=dt.UTC).astimezone(tz)
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzname()}"


def _first_tps(numbers: str) -> int:
    first = numbers.split(",")[0]
    return int(first) if first.isdigit() else 0


def assignment_rows(
    db: Database, *, unit: str | None = None, shift: str = PLAN, phone: bool = False
) -> list[AssignmentRow]:
    """Everyone on a post in ``shift`` (a shift id; ``''`` the operation's plan). ``unit``
    (key or name) keeps the posts that unit, or a unit below it, answers for. ``phone``:
    include phone numbers. Refused when the unit or shift is unknown."""
    label = PLAN_NAME if shift == PLAN else shift_name(db, shift)
    sql, params = _ROWS, {"shift": shift}
    if unit:
        params["units"] = sorted(unit_store.subtree_ids(db, unit_store.find_unit(db, unit).id))
        sql += " AND s.unit_id IN :units"
    query = text(sql)
    if unit:
        query = query.bindparams(bindparam("units", expanding=True))
    tz = operation_zone(db)
    with db.engine.connect() as conn:
        found = conn.execute(query, params).all()

    def order(r: Any) -> tuple:
        # Units, kecamatan and villages by name, posts by place then first TPS number.
        return (
            r[0] is None,
            (r[0] or "").lower(),
            (r[1] or "").lower(),
            (r[2] or "").lower(),
            r[5],
            _first_tps(r[6]),
            r[3].lower(),
            seniority(r[8]),
            r[10],
            r[7],
        )

    return [
        AssignmentRow(
            polsek=r[0] or "",
            kecamatan=r[1] or "",
            desa=r[2] or "",
            post_name=r[3],
            post_kind=r[4],
            shift_name=label,
            nrp=r[7],
            rank_short=short_rank(r[8]),
            name=r[9],
            home_unit=r[11],
            bko_unit=r[12] or "",
            checked_in=_local(r[13], tz),
            checked_out=_local(r[14], tz),
            phone=r[15] if phone else "",
        )
        for r in sorted(found, key=order)
    ]


def list_title(db: Database, *, unit: str | None = None, shift: str = PLAN) -> str:
    """What the list covers, for its second title row: ``POLRES LEBAK — Sif 1 06.00–14.00``
    (the whole operation when no unit is given)."""
    who = unit_store.find_unit(db, unit).name.upper() if unit else "SELURUH SATUAN"
    return f"{who} — {PLAN_NAME if shift == PLAN else shift_name(db, shift)}"


# Column headers as the posko writes them, and each one's width in the workbook.
_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("no", "No", 6),
    ("polsek", "Polsek", 24),
    ("kecamatan", "Kecamatan", 20),
    ("desa", "Desa/Kelurahan", 22),
    ("post_name", "Pos", 30),
    ("post_kind", "Jenis Pos", 16),
    ("shift_name", "Sif", 22),
    ("nrp", "NRP", 20),
    ("rank_short", "Pangkat", 12),
    ("name", "Nama", 32),
    ("home_unit", "Satuan Asal", 24),
    ("bko_unit", "BKO ke", 24),
    ("checked_in", "Datang", 20),
    ("checked_out", "Pulang", 20),
    ("phone", "No HP", 18),
)


def _columns(phone: bool) -> list[tuple[str, str, int]]:
    return [c for c in _COLUMNS if phone or c[0] != "phone"]


def _cells(number: int, row: AssignmentRow, phone: bool) -> list[Any]:
    out: list[Any] = []
    for key, _header, _width in _columns(phone):
        if key == "no":
            out.append(number)
        elif key == "post_kind":
            out.append(POST_KINDS.get(row.post_kind, row.post_kind))
        else:
            out.append(getattr(row, key))
    return out


def write_csv(rows: list[AssignmentRow], path: Path | str, *, phone: bool) -> Path:
    """The list as CSV: UTF-8 with a BOM, comma separated, Indonesian headers, a phone
    column only when ``phone``. Returns the path."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([header for _k, header, _w in _columns(phone)])
        for number, row in enumerate(rows, start=1):
            writer.writerow(_cells(number, row, phone))
    return path


def write_xlsx(rows: list[AssignmentRow], path: Path | str, *, phone: bool, title: str) -> Path:
    """The list as an XLSX workbook (sheet "Penugasan"): the title row "DAFTAR PENUGASAN
    PERSONEL", ``title`` below it (unit and shift, see :func:`list_title`), a bold header
    frozen above the rows, column widths, every NRP (and phone) stored as text. Written in
    openpyxl's streaming mode, so that a national list does not fill the memory."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    columns = _columns(phone)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Penugasan")
    for i, (_key, _header, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    header_row = 4 if title else 3
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"

    def cell(value: Any, *, bold: bool = False, size: int | None = None, as_text=False):
        c = WriteOnlyCell(sheet, value=value)
        if bold or size:
            c.font = Font(bold=bold, size=size)
        if as_text:
            c.number_format = "@"
        return c

    sheet.append([cell(TITLE, bold=True, size=14)])
    if title:
        sheet.append([cell(title, bold=True)])
    sheet.append([])
    header = []
    for _key, text_, _width in columns:
        c = cell(text_, bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(c)
    sheet.append(header)
    text_columns = {i for i, c in enumerate(columns) if c[0] in ("nrp", "phone")}
    for number, row in enumerate(rows, start=1):
        values = _cells(number, row, phone)
        sheet.append(
            [cell(str(v), as_text=True) if i in text_columns else v for i, v in enumerate(values)]
        )
    book.save(path)
    return path
