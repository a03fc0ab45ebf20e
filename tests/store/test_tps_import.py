import csv
import io
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commandpost.store import queries
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from commandpost.store.tps_import import (
    COLUMNS,
    Msg,
    TpsImportError,
    TpsUpdate,
    apply_tps_import,
    import_tps,
    plan_tps_import,
    write_rejects,
)
from commandpost.tabular import TableError
from commandpost.tabular.problems import KEEP, SHOWN_IN_MESSAGE
from tests.helpers import copy_db, dump

GOOD = "kode_desa,no_tps,alamat,dpt\n36.02.01.2003,1,Balai Desa,412\n36.02.01.2003,2,SDN 2,390\n"


def test_csv_with_indonesian_headers_is_imported_as_one_change(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = len(queries.children(banten_db, "36.02.01.2003"))
    assert import_tps(banten_db, path, "operator") == 2
    tps = queries.children(banten_db, "36.02.01.2003")
    assert len(tps) == before + 2
    assert queries.tps_info(banten_db, "36.02.01.2003.002").address == "SDN 2"
    assert queries.node(banten_db, "36.02.01").dpt == 251 + 252 + 253 + 412 + 390


def test_semicolon_csv_with_bom_and_english_headers(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_bytes(
        "\ufeffVillage Code;TPS Number;Address;DPT\r\n36.02.01.2004;7;Kp. Baru;500\r\n".encode()
    )
    assert import_tps(banten_db, path, "operator") == 1
    assert queries.tps_info(banten_db, "36.02.01.2004.007").dpt == 500


def test_xlsx_is_imported(banten_db, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kode Desa", "Nomor TPS", "Alamat TPS", "Jumlah DPT"])
    sheet.append(["36.02.01.2005", 1, "Masjid Al-Ikhlas", 333])
    sheet.append(["36.02.01.2005", 2.0, "Lapangan", 280.0])
    path = tmp_path / "tps.xlsx"
    book.save(path)
    assert import_tps(banten_db, path, "operator") == 2
    assert queries.node(banten_db, "36.02.01.2005").tps_count == 2


def _rejected(db, db_path, path, row, field, words):
    before = dump(db_path)
    with pytest.raises(TpsImportError) as info:
        import_tps(db, path, "operator")
    matching = [
        p for p in info.value.problems if p.row == row and p.field == field and words in p.message
    ]
    assert matching, [str(p) for p in info.value.problems]
    assert path.name in str(info.value)
    assert dump(db_path) == before, "a rejected import must leave the database as it was"
    return info.value


@pytest.mark.parametrize(
    ("body", "row", "field", "words"),
    [
        (GOOD + "36.02.01.9999,1,X,10\n", 4, "kode_desa", "unknown village code"),
        (GOOD + "36.02.01,1,X,10\n", 4, "kode_desa", "not a village or TPS code"),
        (GOOD + "36.02.01.2003,2,Again,10\n", 4, "no_tps", "already on row 3"),
        (GOOD + "36.02.01.2003,3,X,banyak\n", 4, "dpt", "not a whole number"),
        (GOOD + "36.02.01.2003,3,X,-5\n", 4, "dpt", "not a whole number"),
        (GOOD + "36.02.01.2003,3,X,\n", 4, "dpt", "a value is needed"),
        (GOOD + "36.02.01.2003,0,X,5\n", 4, "no_tps", "from 1 to 999"),
        (GOOD + "36.02.01.2003,,X,5\n", 4, "no_tps", "no TPS number"),
        (GOOD + ",3,X,5\n", 4, "kode_desa", "a value is needed"),
        ("kode_desa,alamat,no_tps\n36.02.01.2003,X,1\n", 1, None, "DPT"),
        ("no_tps,alamat,dpt\n1,X,5\n", 1, None, "village code"),
    ],
)
def test_bad_rows_are_named_and_nothing_is_imported(
    banten_db, banten_path, tmp_path, body, row, field, words
):
    path = tmp_path / "bad.csv"
    path.write_text(body, encoding="utf-8")
    _rejected(banten_db, banten_path, path, row, field, words)


def test_a_good_row_is_not_imported_when_another_row_is_bad(banten_db, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(GOOD + "36.02.01.2003,3,X,?\n", encoding="utf-8")
    with pytest.raises(TpsImportError):
        import_tps(banten_db, path, "operator")
    assert queries.tps_info(banten_db, "36.02.01.2003.001") is None


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\n\n  \n", "empty"),
        ("header.csv", b"kode_desa,no_tps,alamat,dpt\n", "a header but no data rows"),
        ("tps.ods", b"kode_desa,no_tps,alamat,dpt\n", "unsupported file type"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "not a readable XLSX"),
    ],
)
def test_unusable_files_are_refused(banten_db, banten_path, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    before = dump(banten_path)
    with pytest.raises(TpsImportError) as info:
        import_tps(banten_db, path, "operator")
    assert words in str(info.value) and name in str(info.value)
    assert dump(banten_path) == before


def test_wrong_encoding_names_the_row(banten_db, banten_path, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(GOOD.encode() + "36.02.01.2003,3,Jl. Pe\xf1a,10\n".encode("latin-1"))
    error = _rejected(banten_db, banten_path, path, 4, None, "not UTF-8")
    assert "CSV UTF-8" in str(error)


def _tps_rows(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT code, address, dpt, dpt_l, dpt_p FROM tps ORDER BY code"
        ).fetchall()
    finally:
        conn.close()


def test_address_is_optional_and_extra_columns_are_listed_not_used(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("kode_desa,no_tps,dpt,kecamatan,petugas\n36.02.01.2003,1,5,MALINGPING,A\n")
    plan = plan_tps_import(banten_db, path)
    assert plan.new == [("36.02.01.2003", 1, "", 5, None, None)]
    assert [(p.row, p.field, p.template) for p in plan.notes] == [
        (1, "kecamatan", Msg.NOT_USED),
        (1, "petugas", Msg.NOT_USED),
    ]


def test_dpt_as_l_and_p_only(banten_db, banten_path, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("kode_desa;no_tps;DPT L;DPT P\n36.02.01.2003;1;100;101\n")
    assert import_tps(banten_db, path, "operator") == 1
    assert ("36.02.01.2003.001", "", 201, 100, 101) in _tps_rows(banten_path)


# -- a newer list: updates --------------------------------------------------------------------


def test_a_newer_list_previews_changes_new_and_missing_tps_then_applies(
    banten_db, banten_path, tmp_path
):
    # The database has 36.02.01.2002 TPS 1-3 (Jl. Uji n, DPT 251-253).
    path = tmp_path / "newer.csv"
    path.write_text(
        "kode_desa,no_tps,alamat,dpt\n"
        "36.02.01.2002,1,Jl. Uji 1,251\n"  # unchanged
        "36.02.01.2002,2,Jl. Uji 2,260\n"  # DPT changed
        "36.02.01.2002,4,Jl. Baru,100\n"  # new; TPS 3 is not in the file
    )
    before = dump(banten_path)
    plan = plan_tps_import(banten_db, path)
    assert dump(banten_path) == before, "a preview writes nothing"
    assert plan.new == [("36.02.01.2002", 4, "Jl. Baru", 100, None, None)]
    assert plan.updates == [TpsUpdate("36.02.01.2002.002", {"dpt": 252}, {"dpt": 260})]
    assert plan.unchanged == 1
    assert plan.not_in_file == ["36.02.01.2002.003"]
    changes = apply_tps_import(banten_db, plan, "operator")
    assert [c.op for c in changes] == ["import_tps", "set_many"]
    assert _tps_rows(banten_path) == [
        ("36.02.01.2002.001", "Jl. Uji 1", 251, None, None),
        ("36.02.01.2002.002", "Jl. Uji 2", 260, None, None),
        ("36.02.01.2002.003", "Jl. Uji 3", 253, None, None),  # nothing is deleted
        ("36.02.01.2002.004", "Jl. Baru", 100, None, None),
    ]
    assert queries.node(banten_db, "36.02.01.2002").dpt == 251 + 260 + 253 + 100
    assert queries.node(banten_db, "36.02.01.2002.002").dpt == 260
    assert queries.node(banten_db, "36").dpt == 251 + 260 + 253 + 100
    assert plan_tps_import(banten_db, path).empty, "importing it again changes nothing"


def test_an_address_and_l_p_update(banten_db, tmp_path):
    path = tmp_path / "newer.csv"
    path.write_text("kode_desa,no_tps,alamat,dpt_l,dpt_p\n36.02.01.2002,3,Balai Desa,100,153\n")
    plan = plan_tps_import(banten_db, path)
    assert plan.updates == [
        TpsUpdate(
            "36.02.01.2002.003",
            {"address": "Jl. Uji 3", "dpt_l": None, "dpt_p": None},
            {"address": "Balai Desa", "dpt_l": 100, "dpt_p": 153},
        )
    ]
    assert import_tps(banten_db, path, "operator") == 1
    assert queries.tps_info(banten_db, "36.02.01.2002.003").address == "Balai Desa"


def test_new_tps_and_updates_land_in_one_transaction_or_not_at_all(
    banten_db, banten_path, tmp_path
):
    path = tmp_path / "newer.csv"
    path.write_text("kode_desa,no_tps,dpt\n36.02.01.2002,4,100\n36.02.01.2002,2,260\n")
    plan = plan_tps_import(banten_db, path)
    # The TPS to be updated vanished after the preview: the whole import must fail.
    plan.updates.append(TpsUpdate("36.02.01.2002.099", {"dpt": 1}, {"dpt": 2}))
    before = dump(banten_path)
    with pytest.raises(ChangeError):
        apply_tps_import(banten_db, plan, "operator")
    assert dump(banten_path) == before


# -- unknown villages and village names ------------------------------------------------------


def test_unknown_village_names_the_village_the_row_probably_means(banten_db, banten_path, tmp_path):
    # 36.02.01.2003 is BINUANGEUN in Lebak; the file writes the name in another style.
    name = queries.node(banten_db, "36.02.01.2003").name
    path = tmp_path / "tps.csv"
    path.write_text(
        f"kode_desa,nama_desa,no_tps,dpt\n36.02.99.2003,{name.lower()},1,100\n", encoding="utf-8"
    )
    error = _rejected(banten_db, banten_path, path, 2, "kode_desa", "unknown village code")
    [problem] = error.problems
    assert problem.template == Msg.UNKNOWN_VILLAGE_NAMED
    assert f"{name} in " in problem.message and "36.02.01.2003" in problem.message
    assert "correct the code in the file" in problem.message


def test_a_code_naming_another_village_is_a_warning(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("kode_desa,nama_desa,no_tps,dpt\n36.02.01.2003,DESA LAIN,1,100\n")
    plan = plan_tps_import(banten_db, path)
    assert len(plan.new) == 1
    assert [(p.row, p.field, p.template) for p in plan.warnings] == [
        (2, "nama_desa", Msg.NAME_DIFFERS)
    ]


def test_many_codes_naming_other_villages_get_one_bps_hint(banten_db, banten_path, tmp_path):
    villages = [v for v in queries.children(banten_db, "36.02.01")][:6]
    # Each code beside the next village's name: the codes follow another numbering.
    body = "".join(
        f"{v.code},{villages[(i + 1) % len(villages)].name},1,100\n" for i, v in enumerate(villages)
    )
    path = tmp_path / "bps.csv"
    path.write_text("kode_desa,nama_desa,no_tps,dpt\n" + body)
    before = dump(banten_path)
    with pytest.raises(TableError) as info:
        import_tps(banten_db, path, "operator")
    assert dump(banten_path) == before
    assert [(p.row, p.field, p.template) for p in info.value.problems] == [
        (None, "nama_desa", Msg.BPS_CODES)
    ]
    assert "6 of 6 village codes" in str(info.value)


# -- bad rows left out, rejects file, fixed and imported again --------------------------------


def test_rejects_round_trip_gives_the_whole_list(banten_db, banten_path, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text(
        "No;Kode Desa;No TPS;Alamat;DPT\n"
        "1;36.02.01.2003;1;Balai;100\n"
        "2;36.02.01.2003;2;SDN 1;banyak\n"
        '3;36.02.01.9999;1;"Jl. A\nRT 1";120\n'  # one row over two lines
        "4;36.02.01.2004;TPS 002;Masjid;130\n"
        "5;36.02.01.2004;1;Lapangan;3000000000\n",
        encoding="utf-8",
    )
    plan = plan_tps_import(banten_db, path, skip_bad_rows=True)
    assert [(p.row, p.field, p.message) for p in plan.rejected] == [
        (3, "DPT", "'banyak' is not a whole number"),
        (4, "Kode Desa", "unknown village code 36.02.01.9999"),
        (6, "DPT", "3.000.000.000 is far more than any TPS holds (at most 5.000)"),
    ]
    assert [(r[0], r[1]) for r in plan.new] == [("36.02.01.2003", 1), ("36.02.01.2004", 2)]
    rejects = tmp_path / "list-ditolak.csv"
    assert write_rejects(plan, path, rejects) == 3
    changes = apply_tps_import(banten_db, plan, "operator", rejects_file=rejects.name)
    assert changes[0].values["rejected"] == [[p.row, p.field, p.message] for p in plan.rejected]
    assert changes[0].values["rejects_file"] == "list-ditolak.csv"

    text = rejects.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "No,Kode Desa,No TPS,Alamat,DPT,alasan_ditolak"
    assert "row 3, field DPT: 'banyak' is not a whole number" in text
    fixed = (
        text.replace(";banyak", "")
        .replace(",banyak,", ",140,")
        .replace("36.02.01.9999", "36.02.01.2005")
        .replace(",3000000000,", ",150,")
    )
    rejects.write_text(fixed, encoding="utf-8-sig")
    again = plan_tps_import(banten_db, rejects)
    assert ("alasan_ditolak", Msg.NOT_USED) in {(p.field, p.template) for p in again.notes}
    assert again.rejected == [] and again.updates == []
    apply_tps_import(banten_db, again, "operator")
    assert [r for r in _tps_rows(banten_path) if not r[0].startswith("36.02.01.2002")] == [
        ("36.02.01.2003.001", "Balai", 100, None, None),
        ("36.02.01.2003.002", "SDN 1", 140, None, None),
        ("36.02.01.2004.001", "Lapangan", 150, None, None),
        ("36.02.01.2004.002", "Masjid", 130, None, None),
        ("36.02.01.2005.001", "Jl. A RT 1", 120, None, None),
    ]


def test_rejects_of_an_xlsx_keep_its_numbers_importable(banten_db, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Kode Desa", "No TPS", "DPT"])
    book.active.append([3602012003.0, 1.0, "banyak"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    plan = plan_tps_import(banten_db, path, skip_bad_rows=True)
    rejects = tmp_path / "ditolak.csv"
    assert write_rejects(plan, path, rejects) == 1
    rows = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].startswith("3602012003,1,banyak,")
    rejects.write_text(rejects.read_text(encoding="utf-8-sig").replace("banyak", "90"))
    assert plan_tps_import(banten_db, rejects).new == [("36.02.01.2003", 1, "", 90, None, None)]


# -- values no real list holds ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        ("36.02.01.2003,1,A,3000000000", "dpt", "far more than any TPS holds"),
        ("36.02.01.2003,1,A,18446744073709551617", "dpt", "20 digits long"),
        ("36.02.01.2003,1,A," + "9" * 5000, "dpt", "5000 digits long"),
        ("36.02.01.2003," + "1" * 5000 + ",A,5", "no_tps", "not a TPS number"),
        ("9" * 5000 + ",1,A,5", "kode_desa", "not a region code"),
        ("36.02.01.2003,1,A\x00B,5", "alamat", "control character (code U+0000)"),
        ("36.02.01.2003,1,A\x1b[31mB,5", "alamat", "control character (code U+001B)"),
        ("36.02.01.2003,1,A,٣٦", "dpt", "another script"),
        ("٣٦.02.01.2003,1,A,36", "kode_desa", "another script"),
        ("36.02.01.2003,१,A,36", "no_tps", "another script"),
        ("36.02.01.2003,1," + "x" * 600 + ",5", "alamat", "longer than 500"),
    ],
)
def test_hostile_values_are_row_errors(banten_db, banten_path, tmp_path, line, field, words):
    path = tmp_path / "hostile.csv"
    path.write_text(GOOD + line + "\n", encoding="utf-8")
    error = _rejected(banten_db, banten_path, path, 4, field, words)
    assert len(str(error)) < 1000, "a huge cell is never repeated in full"


def test_a_5000_digit_number_cell_in_xlsx_is_a_row_error(banten_db, banten_path, tmp_path):
    # int() refuses more than 4300 digits; the workbook is written by hand, as no
    # spreadsheet program would write such a number.
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["kode_desa", "no_tps", "dpt"])
    book.active.append(["36.02.01.2003", 1, 987654321])
    book.active.append(["36.02.01.2003", 2, 5])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert data.count(b"987654321") == 1
                data = data.replace(b"987654321", b"9" * 5000)
            out.writestr(item, data)
    _rejected(banten_db, banten_path, path, 2, "dpt", "5000 digits long")


@pytest.mark.parametrize(
    ("cell", "field", "words"),
    [
        (36032810010010011.0, "kode_tps", "more digits than a spreadsheet number keeps"),
        ("3.60328E+12", "kode_tps", "scientific notation"),
        (36.1, "kode_kab", "a trailing zero was lost"),
    ],
)
def test_excel_damaged_codes_in_xlsx_say_how_to_export_again(
    banten_db, banten_path, tmp_path, cell, field, words
):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["kode_kab", "kode_tps", "dpt"])
    book.active.append(["36.03", 3603281001001, 100])
    book.active.append(
        [cell, "3603281001002", 100] if field == "kode_kab" else ["36.03", cell, 100]
    )
    path = tmp_path / "codes.xlsx"
    book.save(path)
    error = _rejected(banten_db, banten_path, path, 3, field, words)
    assert "format the column as Text and export again" in str(error)
    assert "sheet Sheet" in str(error)


def test_a_50k_row_all_bad_file_keeps_a_few_hundred_problems(banten_db, banten_path, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "kode_desa,no_tps,dpt\n"
        + "".join(f"36.02.01.2003,{n % 900 + 1},x\n" for n in range(50_000))
    )
    before = dump(banten_path)
    with pytest.raises(TableError) as info:
        import_tps(banten_db, path, "operator")
    assert dump(banten_path) == before
    error = info.value
    assert len(error.problems) == KEEP
    assert [p.row for p in error.problems] == list(range(2, KEEP + 2))
    assert error.more == 50_000 - KEEP
    assert str(error).endswith(f"... and {50_000 - SHOWN_IN_MESSAGE} more problems")


def test_rows_are_numbered_as_a_spreadsheet_shows_them(banten_db, banten_path, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text(
        'kode_desa,no_tps,alamat,dpt\n36.02.01.2003,1,"Jl. A\nRT 1\nRW 2",5\n'
        "\n"  # a blank line is a row too
        "36.02.01.2003,2,B,x\n"
    )
    _rejected(banten_db, banten_path, path, 4, "dpt", "not a whole number")


# -- any accepted spelling imports as the canonical spelling does -----------------------------

VILLAGES = ["36.02.01.2003", "36.02.01.2004", "36.02.01.2005", "36.03.28.1001"]
ALIASES = {c.key: c.names for c in COLUMNS}


def _case(draw, text: str) -> str:
    style = draw(st.sampled_from(["lower", "upper", "title", "spaces"]))
    if style == "spaces":
        return text.replace("_", " ").title()
    return getattr(text, style)()


@st.composite
def tps_lists(draw):
    keys = draw(
        st.lists(
            st.tuples(st.sampled_from(VILLAGES), st.sampled_from([1, 2, 3, 12, 93, 901])),
            min_size=1,
            max_size=5,
            unique=True,
        )
    )
    by_sex = draw(st.booleans())
    rows = []
    for village, number in keys:
        dpt_l, dpt_p = draw(st.integers(0, 2000)), draw(st.integers(0, 2000))
        address = draw(st.sampled_from(["", "Balai Desa", "Jl. A, RT 1/RW 2", "SDN 1; Kp. B"]))
        rows.append((village, number, address, dpt_l + dpt_p, dpt_l, dpt_p))
    return rows, by_sex


def _canonical(rows, by_sex) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["kode_desa", "no_tps", "alamat", "dpt", *(["dpt_l", "dpt_p"] * by_sex)])
    for village, number, address, dpt, dpt_l, dpt_p in rows:
        writer.writerow([village, number, address, dpt, *([dpt_l, dpt_p] * by_sex)])
    return out.getvalue()


@st.composite
def spellings(draw, rows, by_sex):
    """The same list in any accepted spelling: file name, cells, separator, BOM."""
    xlsx = draw(st.booleans())
    tps_code = draw(st.booleans())  # one 13-digit TPS code instead of village + number
    keys = ["tps_code"] if tps_code else ["village_code", "tps_number"]
    keys += ["address", "dpt"] + (["dpt_l", "dpt_p"] if by_sex else [])
    header = [_case(draw, draw(st.sampled_from(ALIASES[k]))) for k in keys]
    # One alias each must not be taken for another column: "tps" alone is a number.
    table = [header]
    for village, number, address, dpt, dpt_l, dpt_p in rows:
        digits = village.replace(".", "")
        if tps_code:
            code = draw(
                st.sampled_from(
                    [f"{digits}{number:03d}", f"{village}.{number:03d}"]
                    + ([int(f"{digits}{number:03d}")] if xlsx else [])
                )
            )
            cells = [code]
        else:
            code = draw(st.sampled_from([village, digits] + ([int(digits)] if xlsx else [])))
            spelt = draw(
                st.sampled_from(
                    [f"TPS {number:03d}", f"TPS{number:03d}", f"{number:03d}", str(number)]
                    + ([number] if xlsx else [])
                )
            )
            cells = [code, spelt]
        cells.append(address)
        for count in [dpt] + ([dpt_l, dpt_p] if by_sex else []):
            dotted = f"{count:,}".replace(",", ".")
            cells.append(draw(st.sampled_from([str(count), dotted] + ([count] if xlsx else []))))
        table.append(cells)
    if xlsx:
        return "list.xlsx", table, None, ""
    return (
        "list.csv",
        table,
        draw(st.sampled_from([";", ",", "\t"])),
        draw(st.sampled_from(["", "\ufeff"])),
    )


def _file(name, table, delimiter, bom) -> bytes:
    out = io.BytesIO()
    if name.endswith(".xlsx"):
        import openpyxl

        book = openpyxl.Workbook()
        for line in table:
            book.active.append(line)
        book.save(out)
    else:
        text = io.StringIO()
        csv.writer(text, delimiter=delimiter).writerows(table)
        out.write((bom + text.getvalue()).encode())
    return out.getvalue()


def _state(path: Path) -> tuple[list, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return (
            conn.execute(
                "SELECT code, village_code, number, address, dpt, dpt_l, dpt_p FROM tps "
                "ORDER BY code"
            ).fetchall(),
            conn.execute(
                "SELECT code, parent_code, level, name, dpt, tps_count, child_count FROM node "
                "WHERE code LIKE '36.02.01%' OR code LIKE '36.03.28%' OR length(code) <= 5 "
                "ORDER BY code"
            ).fetchall(),
        )
    finally:
        conn.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_accepted_spelling_imports_as_the_canonical_one(banten_template, data):
    rows, by_sex = data.draw(tps_lists())
    spelling = data.draw(spellings(rows, by_sex))
    name, content = spelling[0], _file(*spelling)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        states = []
        for file_name, body in (
            ("canonical.csv", _canonical(rows, by_sex).encode()),
            (name, content),
        ):
            db_path = copy_db(banten_template, tmp / f"{file_name}.sqlite")
            db = open_database(db_path)
            try:
                (tmp / file_name).write_bytes(body)
                assert import_tps(db, tmp / file_name, "operator") == len(rows)
            finally:
                db.close()
            states.append(_state(db_path))
    canonical, variant = states
    assert variant == canonical
    expected = {
        f"{v}.{n:03d}": (a, d, (dl if by_sex else None), (dp if by_sex else None))
        for v, n, a, d, dl, dp in rows
    }
    assert {r[0]: r[3:] for r in canonical[0] if r[0] in expected} == expected


def test_a_code_whose_name_is_another_village_is_refused_with_both(
    banten_db, banten_path, tmp_path
):
    path = tmp_path / "tps.csv"
    path.write_text("kode_desa,nama_desa,no_tps,dpt\n36.73.01.1001,Lopang,2,300\n", "utf-8")
    before = dump(banten_path)
    with pytest.raises(TpsImportError) as info:
        plan_tps_import(banten_db, path)
    [problem] = [p for p in info.value.problems if p.is_error]
    assert (problem.row, problem.field) == (2, "kode_desa")
    assert "is Serang in the region data, but the file names Lopang" in problem.message
    assert "whose code is 36.73.01.1005" in problem.message
    assert dump(banten_path) == before


def test_a_code_one_digit_off_says_which_lengths_are_meant(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("kode_tps;dpt\n360201200201;200\n", encoding="utf-8")
    with pytest.raises(TableError) as caught:
        plan_tps_import(banten_db, path)
    [problem] = caught.value.problems
    assert (problem.row, problem.field) == (2, "kode_tps")
    assert problem.message == (
        "'360201200201' has 12 digits: a village code has 10 (3602012001) and a KPU TPS code "
        "13, the village code and a 3-digit TPS number (3602012001003)"
    )


def test_no_header_names_the_columns_as_files_name_them(banten_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(TableError, match="columns such as kode_desa, kode_tps, no_tps, alamat"):
        plan_tps_import(banten_db, path)


def test_a_village_of_a_province_the_database_lacks_is_named_so(banten_db, tmp_path):
    path = tmp_path / "ntt.csv"
    path.write_text("kode_desa;no_tps;dpt\n53.07.01.2021;1;200\n", encoding="utf-8")
    with pytest.raises(TableError) as caught:
        plan_tps_import(banten_db, path)
    [problem] = caught.value.problems
    assert (problem.row, problem.field, problem.template) == (2, "kode_desa", Msg.OTHER_PROVINCE)
    assert "lies in province 53" in problem.message


def test_a_voter_list_as_csv_is_named_as_such(banten_db, tmp_path):
    path = tmp_path / "pemilih.csv"
    path.write_text(
        "NO;NIK;NAMA;JENIS KELAMIN;USIA;ALAMAT;TPS\n1;3602010101010001;Budi;L;40;Kp. A;1\n",
        encoding="utf-8",
    )
    with pytest.raises(TableError) as caught:
        plan_tps_import(banten_db, path)
    assert [p.template for p in caught.value.problems] == [Msg.VOTER_LIST]
