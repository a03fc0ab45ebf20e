import pytest

from commandpost.store import queries
from commandpost.store.tps_import import TpsImportError, import_tps
from tests.helpers import dump

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
        (GOOD + "36.02.01.9999,1,X,10\n", 4, "village_code", "unknown village code"),
        (GOOD + "36.02.01,1,X,10\n", 4, "village_code", "not a village code"),
        (GOOD + "36.02.01.2003,2,Again,10\n", 4, "tps_number", "already on row 3"),
        (GOOD + "36.02.01.2002,1,Exists,10\n", 4, "tps_number", "already in the database"),
        (GOOD + "36.02.01.2003,3,X,banyak\n", 4, "dpt", "not a whole number"),
        (GOOD + "36.02.01.2003,3,X,-5\n", 4, "dpt", "not a whole number"),
        (GOOD + "36.02.01.2003,0,X,5\n", 4, "tps_number", "from 1 to 999"),
        ("kode_desa,no_tps,dpt\n36.02.01.2003,1,5\n", 1, "address", "missing column"),
        ("kode_desa,no_tps,alamat,dpt,kecamatan\n", 1, "kecamatan", "unknown column"),
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
        ("header.csv", b"kode_desa,no_tps,alamat,dpt\n", "no TPS rows"),
        ("tps.txt", b"kode_desa,no_tps,alamat,dpt\n", "unsupported file type"),
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
