"""The common reader: where the table is, how its text is encoded and separated, which
column is which, and what was skipped."""

import codecs
from pathlib import Path

import openpyxl
import pytest

from commandpost.tabular import (
    NOTE,
    Column,
    EncodingQuestion,
    Msg,
    TableError,
    WrongKind,
    header_key,
    read_table,
)

CASES = Path(__file__).parents[1] / "cases"
COLUMNS = (
    Column("code", ("kode_desa", "kode_desa_kel", "kode"), required=True),
    Column("number", ("no_tps", "tps")),
    Column("address", ("alamat",)),
    Column("dpt", ("dpt", "jumlah_dpt"), sub_names=("l_p",), parent_words=("dpt",)),
    Column("dpt_l", ("dpt_l",), sub_names=("l",), parent_words=("dpt",)),
    Column("dpt_p", ("dpt_p",), sub_names=("p",), parent_words=("dpt",)),
    Column("name", ("nama_desa",), check_only=True),
)
IDS = ("code",)


def _read(path, **kw):
    table = read_table(path, COLUMNS, identity=IDS, **kw)
    rows = list(table.rows())
    return table, rows


def _write(tmp_path, text, name="t.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def _values(table, rows, key):
    return [r[table.positions[key]] for _n, r in rows]


def _notes(table):
    return {(p.row, p.field, p.template) for p in table.report()}


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Kode Desa/Kel.", "kode_desa_kel"),
        ("  NO. TPS ", "no_tps"),
        ("JUMLAH PEMILIH (DPT)", "jumlah_pemilih_dpt"),
        ("L+P", "l_p"),
        (None, ""),
        (12, "12"),
    ],
)
def test_header_keys(header, key):
    assert header_key(header) == key


def test_plain_header_in_the_first_row_and_unused_columns_listed(tmp_path):
    path = _write(
        tmp_path, "No,Kode Desa,No TPS,Keterangan,Nama Desa,DPT\n1,36.02.01.2002,1,-,X,5\n"
    )
    table, rows = _read(path)
    assert (table.header_first, table.header_last) == (1, 1)
    assert table.positions == {"code": 1, "number": 2, "name": 4, "dpt": 5}
    assert rows == [(2, ["1", "36.02.01.2002", "1", "-", "X", "5"])]
    assert table.field("number") == "No TPS"
    assert _notes(table) == {
        (1, "No", Msg.NOT_USED),
        (1, "Keterangan", Msg.NOT_USED),
        (1, "Nama Desa", Msg.CHECK_ONLY),
    }
    assert all(p.severity == NOTE for p in table.report())


def test_title_rows_total_row_and_signature_block_are_skipped_and_said(tmp_path):
    path = _write(
        tmp_path,
        "REKAP DPT PER TPS\n"
        "KECAMATAN SERANG\n"
        "\n"
        "kode_desa;no_tps;dpt\n"
        "36.73.01.1001;1;230\n"
        "36.73.01.1001;2;241\n"
        "JUMLAH;;471\n"
        "\n"
        ";;Serang, 20 September 2024\n"
        ";;KETUA\n",
    )
    table, rows = _read(path)
    assert table.header_first == 4
    assert [n for n, _r in rows] == [5, 6]
    assert table.total_rows == [(7, ["JUMLAH", "", "471"])]
    assert _notes(table) == {
        (1, None, Msg.SKIPPED_TITLE),
        (7, None, Msg.SKIPPED_TOTAL),
        (9, None, Msg.SKIPPED_BELOW),
    }


def test_a_note_between_data_rows_is_kept_as_a_row_for_the_importer(tmp_path):
    # Only rows after the last data row are the block below the table: a row in the
    # middle without a code is the importer's to refuse, not silently dropped.
    path = _write(tmp_path, "kode_desa,no_tps,dpt\n36.73.01.1001,1,2\n,2,3\n36.73.01.1001,3,4\n")
    _table, rows = _read(path)
    assert [n for n, _r in rows] == [2, 3, 4]


def _merged_book(path, *, numbers_row=True):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Rekap"
    sheet.append(["REKAPITULASI DPT PER TPS"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["NO", "KODE DESA", "TPS", "JUMLAH PEMILIH (DPT)", None, None])
    sheet.append([None, None, None, "L", "P", "L+P"])
    for col in "ABC":
        sheet.merge_cells(f"{col}3:{col}4")
    sheet.merge_cells("D3:F3")
    if numbers_row:
        sheet.append([1, 2, 3, 4, 5, 6])
    sheet.append([1, 3673011001, "TPS 001", "112", "118", "230"])
    sheet.append([2, "36.73.01.1001", 2, 120, 121, 241])
    sheet.append(["JUMLAH", None, None, "232", "239", "471"])
    book.save(path)
    return path


def test_two_row_merged_header_and_the_column_number_row(tmp_path):
    table, rows = _read(_merged_book(tmp_path / "rekap.xlsx"))
    assert (table.header_first, table.header_last) == (3, 4)
    assert table.sheet == "Rekap"
    assert {k: table.field(k) for k in ("dpt_l", "dpt_p", "dpt")} == {
        "dpt_l": "JUMLAH PEMILIH (DPT) L",
        "dpt_p": "JUMLAH PEMILIH (DPT) P",
        "dpt": "JUMLAH PEMILIH (DPT) L+P",
    }
    assert [n for n, _r in rows] == [6, 7]
    assert _values(table, rows, "dpt") == ["230", 241]
    assert _notes(table) >= {
        (1, None, Msg.SKIPPED_TITLE),
        (5, None, Msg.SKIPPED_NUMBERS),
        (8, None, Msg.SKIPPED_TOTAL),
        (3, "NO", Msg.NOT_USED),
    }


def test_a_first_data_row_is_not_taken_for_column_numbers(tmp_path):
    table, rows = _read(_merged_book(tmp_path / "rekap.xlsx", numbers_row=False))
    assert [n for n, _r in rows] == [5, 6]
    assert Msg.SKIPPED_NUMBERS not in {p.template for p in table.report()}


def test_the_c05_recap_sheet():
    table, rows = _read(CASES / "C05-rekap-merged-header.xlsx")
    assert (table.header_first, table.header_last) == (6, 7)
    assert [n for n, _r in rows] == list(range(9, 15))
    assert [t for _n, t in table.total_rows] == [
        ["JUMLAH", None, None, None, None, "781", "811", "1.592", None]
    ]
    assert {(p.row, p.template) for p in table.report() if p.field is None} == {
        (1, Msg.SKIPPED_TITLE),
        (8, Msg.SKIPPED_NUMBERS),
        (16, Msg.SKIPPED_TOTAL),
        (18, Msg.SKIPPED_BELOW),
    }


def test_a_joined_two_row_header_as_a_rejects_file_writes_it(tmp_path):
    path = _write(
        tmp_path,
        "KODE DESA,TPS,JUMLAH PEMILIH (DPT) L,JUMLAH PEMILIH (DPT) P,JUMLAH PEMILIH (DPT) L+P\n"
        "3673011001,1,1,2,3\n",
    )
    table, _rows = _read(path)
    assert set(table.positions) == {"code", "number", "dpt_l", "dpt_p", "dpt"}


@pytest.mark.parametrize(
    ("prefix", "encoding"),
    [
        (b"", "utf-8"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_utf8_with_or_without_bom_and_utf16(tmp_path, prefix, encoding):
    text = "Kode_Desa\tNama_Desa\tDPT\r\n53.07.01.2021\tRegapu’u\t150\r\n"
    path = _write(tmp_path, prefix + text.encode(encoding))
    table, rows = _read(path)
    assert table.headers[0] == "Kode_Desa", "a BOM is not part of the first header"
    assert rows == [(2, ["53.07.01.2021", "Regapu’u", "150"])]
    notes = {p.message for p in table.report()}
    assert ("read as UTF-16" in notes) == (encoding != "utf-8")


def test_windows_1252_is_asked_about_then_read_exactly(tmp_path):
    path = _write(
        tmp_path,
        "kode_desa,nama_desa,alamat\r\n53.07.01.2021,Regapu’u,Km 5 – Simpang\r\n",
        encoding="cp1252",
    )
    with pytest.raises(EncodingQuestion) as info:
        read_table(path, COLUMNS, identity=IDS)
    assert info.value.encoding == "cp1252"
    assert [(p.row, p.template) for p in info.value.problems] == [(2, Msg.PROBABLY_CP1252)]
    assert "0x92" in str(info.value) and "t.csv" in str(info.value)
    table, rows = _read(path, encoding=info.value.encoding)
    assert rows == [(2, ["53.07.01.2021", "Regapu’u", "Km 5 – Simpang"])]
    assert "\ufffd" not in repr(rows)
    assert {p.message for p in table.report()} >= {"read as Windows-1252"}


def test_bytes_that_are_neither_utf8_nor_windows_1252_are_refused(tmp_path):
    # 0x81 has no character in Windows-1252: no question, a plain refusal.
    path = _write(tmp_path, b"kode_desa,alamat\n36.02.01.2002,A\x81B\n")
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS)
    assert not isinstance(info.value, EncodingQuestion)
    assert [(p.row, p.template) for p in info.value.problems] == [(None, Msg.NOT_UTF8)]
    assert "line 2" in str(info.value)


def test_utf8_is_read_as_utf8_even_when_windows_1252_is_offered(tmp_path):
    path = _write(tmp_path, "kode_desa,nama_desa\n53.07.01.2021,Regapu’u\n")
    _table, rows = _read(path, encoding="cp1252")
    assert rows == [(2, ["53.07.01.2021", "Regapu’u"])]


@pytest.mark.parametrize("sep", [";", ",", "\t", "|"])
def test_separators(tmp_path, sep):
    lines = [
        ["kode_desa", "no_tps", "alamat", "dpt"],
        ["36.02.01.2002", "1", '"Jl. A, RT 1, RW 2, Kp. B; Desa C, Kec. D"', "5"],
        ["36.02.01.2002", "2", "Balai", "6"],
    ]
    path = _write(tmp_path, "".join(sep.join(line) + "\n" for line in lines))
    table, rows = _read(path)
    assert _values(table, rows, "address") == ["Jl. A, RT 1, RW 2, Kp. B; Desa C, Kec. D", "Balai"]
    assert _values(table, rows, "dpt") == ["5", "6"]


def test_a_quoted_line_break_is_one_row(tmp_path):
    path = _write(
        tmp_path,
        'kode_desa,alamat,dpt\r\n36.02.01.2002,"Jl. A\r\nRT 1\r\nRW 2",5\r\n36.02.01.2003,B,6\r\n',
    )
    table, rows = _read(path)
    assert [n for n, _r in rows] == [2, 3]
    assert _values(table, rows, "address") == ["Jl. A\r\nRT 1\r\nRW 2", "B"]


def test_xlsx_data_on_the_second_sheet(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Petunjuk"
    book.active.append(["Isi lembar Data: satu baris per TPS"])
    data = book.create_sheet("Data")
    data.append(["Kode Desa", "No TPS", "DPT"])
    data.append(["36.02.01.2002", 1, 250])
    book.create_sheet("Kosong")
    path = tmp_path / "book.xlsx"
    book.save(path)
    table, rows = _read(path)
    assert table.sheet == "Data"
    assert rows == [(2, ["36.02.01.2002", 1, 250])]


def test_xlsx_row_numbers_count_empty_rows(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.cell(4, 2, "kode_desa")
    sheet.cell(4, 3, "dpt")
    sheet.cell(5, 2, "36.02.01.2002")
    sheet.cell(9, 2, "36.02.01.2003")
    path = tmp_path / "gaps.xlsx"
    book.save(path)
    table, rows = _read(path)
    assert table.header_first == 4
    assert [n for n, _r in rows] == [5, 9]


def test_missing_required_column_names_the_accepted_names(tmp_path):
    path = _write(tmp_path, "desa,no_tps,dpt\nX,1,5\n")
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=("code", "number"))
    assert [(p.row, p.field, p.template) for p in info.value.problems] == [
        (1, "kode_desa", Msg.MISSING_COLUMN)
    ]
    assert "kode_desa, kode" in str(info.value)


def test_a_second_column_of_the_same_kind_is_refused(tmp_path):
    path = _write(tmp_path, "kode_desa,kode,dpt\n36.02.01.2002,36.02.01.2003,5\n")
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS)
    assert [(p.row, p.field, p.template) for p in info.value.problems] == [
        (1, "kode", Msg.SECOND_COLUMN)
    ]
    # Said with the file's own headers, never the program's key (village_code).
    assert "column kode means the same as column kode_desa" in str(info.value)


def test_no_header_anywhere(tmp_path):
    path = _write(tmp_path, "a,b,c\n1,2,3\n")
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS, kind="TPS list")
    assert [p.template for p in info.value.problems] == [Msg.NO_HEADER]


def test_a_wrong_kind_of_file_gets_its_one_message(tmp_path):
    wrong = WrongKind("a voter list with {sheets} sheet(s)", lambda keys, _s: "nama" in keys)
    book = openpyxl.Workbook()
    book.active.append(["NO", "NAMA", "USIA"])
    book.create_sheet("TPS 2").append(["NO", "NAMA", "USIA"])
    path = tmp_path / "dpt.xlsx"
    book.save(path)
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS, wrong_kinds=(wrong,))
    assert [p.message for p in info.value.problems] == ["a voter list with 2 sheet(s)"]


@pytest.mark.parametrize(
    ("name", "content", "template"),
    [
        ("empty.csv", b"", Msg.EMPTY),
        ("blank.csv", b"\r\n \n\t\n", Msg.EMPTY),
        ("empty.xlsx", b"", Msg.EMPTY),
        ("list.ods", b"kode_desa\n", Msg.FILE_TYPE),
        ("broken.xlsx", b"PK\x03\x04 not a workbook", Msg.NOT_XLSX),
        ("text.xlsx", b"kode_desa,dpt\n", Msg.NOT_XLSX),
    ],
)
def test_unreadable_files(tmp_path, name, content, template):
    path = _write(tmp_path, content, name=name)
    with pytest.raises(TableError) as info:
        read_table(path, COLUMNS, identity=IDS)
    assert [(p.file, p.row, p.template) for p in info.value.problems] == [(name, None, template)]


def test_a_missing_file(tmp_path):
    with pytest.raises(TableError) as info:
        read_table(tmp_path / "gone.csv", COLUMNS)
    assert [p.template for p in info.value.problems] == [Msg.NOT_FOUND]
