"""Lists as XLSX and CSV: the same tables, numbers as numbers, NRP as text, UTF-8 with BOM."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys

import openpyxl
import pytest
from sqlalchemy import text

from commandpost.reports.document import Column, Document, Paragraph, Row, Table
from commandpost.reports.export import number_of, write_csv, write_xlsx
from commandpost.reports.lists import build_list
from commandpost.reports.scope import scope_of
from commandpost.store.database import open_database

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
MADE = dt.datetime(2024, 11, 27, 6, 0, tzinfo=WIB)
BY = "Bripka Uji (85010001)"
NAME = "Ma’ruf Siswanto – Jum’at"  # what Excel on Windows garbles without the BOM


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def small_document() -> Document:
    columns = (
        Column("No", 0.5, "right"),
        Column("Nama", 3),
        Column("NRP", 1.2),
        Column("DPT", 1, "right"),
    )
    people = Table(
        columns,
        (
            Row(("Polres Lebak",), "group"),
            Row(("1", NAME, "05037476", "17.231")),
            Row(("2", "Gilang “Ucok” Pratama", "94125706", "2.500")),
            Row(("", "Jumlah Polres Lebak", "", "19.731"), "subtotal"),
            Row(("", "Jumlah seluruhnya", "", "19.731"), "total"),
        ),
        caption="Rincian personel",
    )
    empty = Table(columns, (), caption="Cadangan", empty="Nihil: tidak ada cadangan.")
    return Document(
        title="DAFTAR UJI",
        subtitle=("Wilayah Polres Lebak", "Keadaan per pukul 06.00 WIB"),
        blocks=(people, Paragraph("Keterangan: data uji.", "note"), empty),
        classification="TERBATAS",
        footer="Dibuat dengan CommandPost",
    )


def test_indonesian_numbers_are_read_as_numbers():
    assert number_of("17.231") == 17231
    assert number_of("1.234.567") == 1234567
    assert number_of("0") == 0
    assert number_of("−3") == -3
    assert number_of("2,5") == 2.5
    for words in ("R 9\nSR 3", "332 orang", "05.45", "17.23", "", "12.3456", "0812-0033"):
        assert number_of(words) is None, words


def test_csv_is_utf8_with_bom_and_keeps_the_typography(tmp_path):
    path = write_csv(small_document(), tmp_path / "uji.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "’".encode() in raw and "–".encode() in raw
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    # Two tables: each after its caption, a blank line between them.
    assert rows[0] == ["Rincian personel"]
    assert rows[1] == ["No", "Nama", "NRP", "DPT"]
    assert rows[2] == ["Polres Lebak", "", "", ""]
    # Numbers without the thousands dot (any Excel reads 17231; 17.231 is a decimal to
    # an English one); codes stay text.
    assert rows[3] == ["1", NAME, "05037476", "17231"]
    assert rows[4][1] == "Gilang “Ucok” Pratama"
    assert rows[6] == ["", "Jumlah seluruhnya", "", "19731"]
    assert rows[7] == []
    assert rows[8:] == [
        ["Cadangan"],
        ["No", "Nama", "NRP", "DPT"],
        ["Nihil: tidak ada cadangan.", "", "", ""],
    ]


def test_a_single_table_is_written_without_a_caption_line(tmp_path):
    document = small_document()
    only = Document(title=document.title, blocks=(document.blocks[0],))
    with write_csv(only, tmp_path / "satu.csv").open(encoding="utf-8-sig") as f:
        first = next(csv.reader(f))
    assert first == ["No", "Nama", "NRP", "DPT"]


def test_xlsx_has_a_sheet_per_table_with_title_header_numbers_and_text(tmp_path):
    path = write_xlsx(small_document(), tmp_path / "uji.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Rincian personel", "Cadangan"]
    sheet = book["Rincian personel"]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "TERBATAS"
    assert values[1][0] == "DAFTAR UJI"
    assert values[2][0] == "Wilayah Polres Lebak"
    header = values.index(["No", "Nama", "NRP", "DPT"]) + 1
    assert sheet.freeze_panes == f"A{header + 1}"
    assert all(sheet.cell(header, c).font.b for c in range(1, 5))
    first = header + 2  # after the group row
    assert sheet.cell(first - 1, 1).value == "Polres Lebak"
    assert sheet.cell(first - 1, 1).font.b
    assert sheet.cell(first, 1).value == 1
    assert sheet.cell(first, 2).value == NAME
    nrp = sheet.cell(first, 3)
    assert nrp.value == "05037476" and nrp.number_format == "@"
    assert sheet.cell(first, 4).value == 17231
    total = sheet.cell(first + 3, 4)
    assert total.value == 19731 and total.font.b
    below = [r[0] for r in values[header + 5 :] if r[0]]
    assert below == ["Keterangan: data uji.", "Dibuat dengan CommandPost"]
    empty = [r[0] for r in book["Cadangan"].iter_rows(values_only=True)]
    assert "Nihil: tidak ada cadangan." in empty


def test_the_tps_list_as_xlsx_has_its_rows_and_totals(demo, tmp_path):
    document = build_list(
        demo, "tps-rawan", scope_of(demo, "Polda Banten"), made_at=MADE, made_by=BY
    )
    path = write_xlsx(document, tmp_path / "tps.xlsx")
    with demo.engine.connect() as conn:
        count, dpt = conn.execute(
            text(
                "SELECT count(*), sum(t.dpt) FROM tps t JOIN area_share s "
                "ON s.district_code = substr(t.code, 1, 8) JOIN unit u ON u.id = s.unit_id "
                "LEFT JOIN unit up ON up.id = u.parent_id "
                "WHERE t.tps_class IN ('rawan', 'sangat_rawan') "
                "AND 'polda-banten' IN (u.id, u.parent_id, up.parent_id)"
            )
        ).one()
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Rekapitulasi per satuan", "Rincian TPS per satuan"]
    rows = list(book["Rincian TPS per satuan"].iter_rows(values_only=True))
    data = [r for r in rows if isinstance(r[0], int)]
    assert len(data) == count
    assert [r[0] for r in data] == list(range(1, count + 1))
    [total] = [r for r in rows if r[1] == "Jumlah" and r[2] == "seluruhnya"]
    assert (total[3], total[6]) == (count, dpt)
    subtotals = [r for r in rows if r[1] == "Jumlah" and r[2] != "seluruhnya"]
    assert sum(r[3] for r in subtotals) == count
    assert sum(r[6] for r in subtotals) == sum(r[6] for r in data) == dpt
    summary = list(book["Rekapitulasi per satuan"].iter_rows(values_only=True))
    [summary_total] = [r for r in summary if r[1] == "Jumlah seluruhnya"]
    assert summary_total[4:6] == (count, dpt)


def test_the_assignment_list_as_csv_keeps_the_nrp_as_written(demo, tmp_path):
    document = build_list(
        demo, "assignments", scope_of(demo, "Polres Lebak"), made_at=MADE, made_by=BY
    )
    path = write_csv(document, tmp_path / "penugasan.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    nrps = {r[5] for r in rows if len(r) > 5 and r[0].isdigit()}
    with demo.engine.connect() as conn:
        zero = conn.execute(
            text(
                "SELECT count(*) FROM assignment a JOIN post po ON po.id = a.post_id "
                "JOIN area_share s ON s.district_code = substr(po.node_code, 1, 8) "
                "JOIN unit u ON u.id = s.unit_id WHERE a.active AND a.shift = '' "
                "AND a.nrp LIKE '0%' AND 'polres-lebak' IN (u.id, u.parent_id)"
            )
        ).scalar_one()
    assert zero > 0 and sum(n.startswith("0") for n in nrps) == zero
    assert all(len(n) == 8 for n in nrps)


def test_a_write_that_fails_names_the_file_and_leaves_nothing(tmp_path):
    missing = tmp_path / "tidak-ada" / "daftar.xlsx"
    with pytest.raises(OSError, match="tidak-ada"):
        write_xlsx(small_document(), missing)
    with pytest.raises(OSError, match="tidak-ada"):
        write_csv(small_document(), missing.with_suffix(".csv"))
    taken = tmp_path / "folder.csv"
    taken.mkdir()
    with pytest.raises(OSError, match=r"folder\.csv"):
        write_csv(small_document(), taken)
    assert [p.name for p in tmp_path.iterdir()] == ["folder.csv"]


def test_the_list_data_and_the_export_need_no_qt():
    """The command line and the store's jobs read lists and write files without Qt."""
    probe = (
        "import sys, commandpost.reports.list_data, commandpost.reports.export; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'commandpost.gui'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
