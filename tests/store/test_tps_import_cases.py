"""Each real-world case file (tests/cases, see its README) and its right outcome."""

import sqlite3
from pathlib import Path

import pytest

from commandpost.store import queries, threats
from commandpost.store.mapping_import import DROP, MappingMsg, MappingQuestion, plan_mapping
from commandpost.store.tps_import import Msg, apply_tps_import, import_tps, plan_tps_import
from commandpost.tabular import NOTE, WARNING, EncodingQuestion, TableError
from tests.helpers import add_tps, dump

CASES = Path(__file__).parents[1] / "cases"


def _tps(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT code, village_code, number, address, dpt, dpt_l, dpt_p FROM tps ORDER BY code"
        ).fetchall()
    finally:
        conn.close()


def _refused(db, db_path, path, **kw) -> TableError:
    """Import ``path``; it must be refused and leave the database as it was."""
    before = dump(db_path)
    with pytest.raises(TableError) as info:
        import_tps(db, path, "operator", **kw)
    assert dump(db_path) == before, "a refused import changes nothing"
    assert path.name in str(info.value)
    return info.value


def _errors(error: TableError) -> list[tuple]:
    return [(p.row, p.field, p.template) for p in error.problems if p.is_error]


def _copy(tmp_path, name, old: bytes = b"", new: bytes = b"", *, drop: tuple[int, ...] = ()):
    """The case file with one piece of it corrected, or rows (spreadsheet numbers) left out."""
    data = (CASES / name).read_bytes()
    if old:
        assert data.count(old) == 1
        data = data.replace(old, new)
    if drop:
        lines = data.splitlines(keepends=True)
        data = b"".join(line for n, line in enumerate(lines, start=1) if n not in drop)
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_c01_refuses_row_6_whose_total_is_not_l_plus_p(banten_db, banten_path):
    error = _refused(banten_db, banten_path, CASES / "C01-dpt-tps-semicolon-bom-crlf.csv")
    assert _errors(error) == [(6, "Total_DPT", Msg.DPT_NOT_SUM)]
    assert "265 is not DPT_L + DPT_P = 256" in str(error)


def test_c01_with_row_6_fixed_imports_all_5_keeping_l_and_p(banten_db, banten_path, tmp_path):
    path = _copy(tmp_path, "C01-dpt-tps-semicolon-bom-crlf.csv", b";265\r\n", b";256\r\n")
    plan = plan_tps_import(banten_db, path)
    assert plan.columns == {
        "village_code": "kode_kel",
        "tps_number": "no_tps",
        "dpt": "Total_DPT",
        "dpt_l": "DPT_L",
        "dpt_p": "DPT_P",
        "village_name": "kel",
    }
    assert {(p.field, p.template) for p in plan.notes} == {
        ("data", Msg.NOT_USED),
        ("pro", Msg.NOT_USED),
        ("kab", Msg.NOT_USED),
        ("kec", Msg.NOT_USED),
        ("kel", Msg.CHECK_ONLY),
    }
    apply_tps_import(banten_db, plan, "operator")
    assert [row for row in _tps(banten_path) if row[0].startswith("36.73")] == [
        ("36.73.01.1001.001", "36.73.01.1001", 1, "", 230, 112, 118),
        ("36.73.01.1001.002", "36.73.01.1001", 2, "", 241, 120, 121),
        ("36.73.01.1002.001", "36.73.01.1002", 1, "", 203, 99, 104),
        ("36.73.01.1004.002", "36.73.01.1004", 2, "", 256, 130, 126),
        ("36.73.01.1004.901", "36.73.01.1004", 901, "", 78, 40, 38),
    ]
    assert queries.node(banten_db, "36.73.01").dpt == 230 + 241 + 203 + 256 + 78


def test_c02_refuses_exactly_rows_7_and_8(banten_db, banten_path):
    error = _refused(banten_db, banten_path, CASES / "C02-tps-number-variants.csv")
    assert _errors(error) == [(7, "tps", Msg.TPS_TWICE), (8, "tps", Msg.ABROAD_TPS)]
    assert "already on row 2" in str(error)


def test_c02_number_spellings_are_the_same_numbers(banten_db, banten_path, tmp_path):
    path = _copy(tmp_path, "C02-tps-number-variants.csv", drop=(7, 8))
    assert import_tps(banten_db, path, "operator") == 5
    assert [(r[0], r[4]) for r in _tps(banten_path) if r[1] == "36.03.28.1001"] == [
        ("36.03.28.1001.001", 280),
        ("36.03.28.1001.002", 275),
        ("36.03.28.1001.003", 290),
        ("36.03.28.1001.004", 288),
        ("36.03.28.1001.901", 150),
    ]
    address = queries.tps_info(banten_db, "36.03.28.1001.001").address
    assert address == "Jl. Contoh Raya No. 1, RT 001/RW 002"


def test_c02b_13_digit_tps_codes(banten_db, banten_path):
    plan = plan_tps_import(banten_db, CASES / "C02b-tps-kode-13digit.csv")
    assert plan.new == [
        ("36.03.28.1001", 1, "", 280, None, None),
        ("36.03.28.1001", 93, "", 266, None, None),
        ("36.03.28.1001", 901, "", 150, None, None),
    ]
    assert [(p.field, p.template) for p in plan.notes] == [("nama", Msg.NOT_USED)]


@pytest.mark.parametrize(
    ("kode", "template"),
    [
        ("3603281001", Msg.NO_NUMBER),  # a village code: no TPS number beside it
        ("360328100100", Msg.CODE_DIGITS),  # 12 digits: the lengths meant are named
        ("36032810010011", Msg.CODE_DIGITS),
        ("3603281001000", Msg.NOT_TPS_NUMBER),
        ("360328", Msg.CODE_NOT_VILLAGE),
    ],
)
def test_c02b_a_kode_that_is_not_13_digits_is_a_row_error(
    banten_db, banten_path, tmp_path, kode, template
):
    path = _copy(tmp_path, "C02b-tps-kode-13digit.csv")
    path.write_bytes(path.read_bytes() + f"{kode},TPS X,100\n".encode())
    error = _refused(banten_db, banten_path, path)
    assert _errors(error) == [(5, "kode", template)]


def test_c05_recap_sheet_accepts_all_6_and_says_what_it_skipped(banten_db, banten_path):
    plan = plan_tps_import(banten_db, CASES / "C05-rekap-merged-header.xlsx")
    assert plan.sheet == "Rekap DPT per TPS"
    assert plan.columns["dpt"] == "JUMLAH PEMILIH (DPT) L+P"
    assert {(p.row, p.field, p.template) for p in plan.notes} == {
        (1, None, Msg.SKIPPED_TITLE),
        (8, None, Msg.SKIPPED_NUMBERS),
        (16, None, Msg.SKIPPED_TOTAL),
        (18, None, Msg.SKIPPED_BELOW),
        (6, "NO", Msg.NOT_USED),
        (6, "KETERANGAN", Msg.NOT_USED),
        (6, "DESA/KELURAHAN", Msg.CHECK_ONLY),
    }
    assert all(p.sheet == "Rekap DPT per TPS" for p in plan.notes)
    assert sum(r[3] for r in plan.new) == 1592  # = the JUMLAH row's 1.592: no warning
    assert plan.warnings == []
    assert len(plan.new) == 6 and plan.updates == []
    apply_tps_import(banten_db, plan, "operator")
    assert queries.node(banten_db, "36.73.01").dpt == 1592
    assert ("36.73.01.1004.901", "36.73.01.1004", 901, "Lokasi khusus (contoh)", 78, 40, 38) in (
        _tps(banten_path)
    )


def test_c05_a_jumlah_row_that_does_not_add_up_is_a_warning(banten_db, tmp_path):
    import openpyxl

    book = openpyxl.load_workbook(CASES / "C05-rekap-merged-header.xlsx")
    book.active["H16"] = "1.600"
    path = tmp_path / "rekap.xlsx"
    book.save(path)
    plan = plan_tps_import(banten_db, path)
    assert [(p.row, p.template) for p in plan.warnings] == [(16, Msg.DPT_SUM_DIFFERS)]
    assert "adds up to 1592, the file's JUMLAH row says 1600" in str(plan.warnings[0])


def test_c06_voter_list_is_refused_with_one_message(banten_db, banten_path):
    error = _refused(banten_db, banten_path, CASES / "C06-dpt-sheet-per-tps.xlsx")
    assert [(p.row, p.field, p.template) for p in error.problems] == [(None, None, Msg.VOTER_LIST)]
    assert "3 sheet(s)" in str(error)
    assert "WARGA" not in str(error) and "CIPARE" not in str(error)


def test_an_area_index_with_tps_counts_is_refused_with_one_message(
    banten_db, banten_path, tmp_path
):
    path = tmp_path / "index.csv"
    path.write_text("kode_kab,nama_kab,jumlah_tps,jumlah_dpt\n36.02,LEBAK,3000,900000\n")
    error = _refused(banten_db, banten_path, path)
    assert [(p.row, p.template) for p in error.problems] == [(None, Msg.REGION_INDEX)]


def test_c07_names_with_quotes_and_commas_accepted_by_code_without_warnings(country_db):
    plan = plan_tps_import(country_db, CASES / "C07-names-quotes-commas.csv")
    assert sorted((r[0], r[3]) for r in plan.new) == [
        ("12.07.28.1007", 260),
        ("14.02.09.2010", 240),
        ("35.13.15.2017", 200),
        ("35.18.17.2007", 190),
        ("35.25.01.2018", 210),
        ("53.07.01.2021", 150),
        ("53.07.08.2019", 160),
    ]
    assert plan.warnings == []
    assert [(p.field, p.template) for p in plan.notes] == [("nama_desa", Msg.CHECK_ONLY)]


def test_c15_refuses_rows_3_and_6_and_notes_what_it_read_exactly(banten_db, banten_path):
    error = _refused(banten_db, banten_path, CASES / "C15-excel-mangled-codes.csv")
    assert _errors(error) == [(3, "kode_tps", Msg.SCIENTIFIC), (6, "kode_kab", Msg.OUTSIDE_AREA)]
    assert "format the column as Text" in str(error)
    notes = [(p.row, p.field, p.message) for p in error.problems if p.severity == NOTE]
    assert notes == [
        (4, "kode_kab", "'36. 03' read as 36.03 (spaces removed)"),
        (5, "kode_tps", "'3603281001004.0' read as 36.03.28.1001.004 (a trailing .0 removed)"),
    ]


def test_c15_good_rows_with_skip_bad_rows(banten_db):
    plan = plan_tps_import(banten_db, CASES / "C15-excel-mangled-codes.csv", skip_bad_rows=True)
    assert [(r[0], r[1], r[3]) for r in plan.new] == [
        ("36.03.28.1001", 1, 280),
        ("36.03.28.1001", 3, 290),
        ("36.03.28.1001", 4, 288),
    ]
    assert [(p.row, p.field) for p in plan.rejected] == [(3, "kode_tps"), (6, "kode_kab")]


def test_c16_windows_1252_is_asked_then_read_exactly(country_db, country_path):
    path = CASES / "C16-cp1252-export.csv"
    before = dump(country_path)
    with pytest.raises(EncodingQuestion) as info:
        import_tps(country_db, path, "operator")
    assert dump(country_path) == before
    assert info.value.encoding == "cp1252"
    assert "probably Windows-1252" in str(info.value)
    plan = plan_tps_import(country_db, path, encoding=info.value.encoding)
    assert plan.encoding == "cp1252"
    assert plan.new == [
        ("53.07.01.2021", 1, "Jl. Contoh Km 5 – Simpang", 150, None, None),
        ("53.07.08.2019", 1, "Balai desa contoh", 160, None, None),
    ]
    # Regapu’u and Udek Du’en are read exactly: they match the region data's names.
    assert plan.warnings == []
    assert "read as Windows-1252" in {p.message for p in plan.notes}
    apply_tps_import(country_db, plan, "operator")
    assert "\ufffd" not in dump(country_path)
    assert queries.tps_info(country_db, "53.07.01.2021.001").address == "Jl. Contoh Km 5 – Simpang"


# -- C08: a vulnerability mapping ------------------------------------------------------------

C08 = "C08-tps-rawan-mixed.csv"
V5, V1 = "36.01.31.2005", "36.01.31.2001"


@pytest.fixture
def c08_db(banten_db):
    add_tps(banten_db, [(V5, n, "", 200) for n in range(1, 7)] + [(V1, 1, "", 200)])
    # Known before: a disaster threat at the TPS whose rawan_bencana cell is empty.
    threats.set_threat(banten_db, [f"{V1}.001"], "bencana_lain", 3, reason="survei", actor="a")
    return banten_db


def test_c08_asks_about_t_and_the_unknown_column(c08_db, banten_path):
    before = dump(banten_path)
    with pytest.raises(MappingQuestion) as info:
        plan_mapping(c08_db, CASES / C08)
    assert dump(banten_path) == before
    assert info.value.columns == ["jaringan_internet"]
    assert info.value.t_rows == [3]
    assert (3, "sulit_dijangkau", MappingMsg.T_AMBIGUOUS) in _errors(info.value)
    assert (1, "jaringan_internet", MappingMsg.UNKNOWN_MAPPING_COLUMN) in _errors(info.value)


@pytest.mark.parametrize("answer", [DROP, "internet"])
def test_c08_refuses_rows_6_and_7_once_answered(c08_db, banten_path, answer):
    before = dump(banten_path)
    with pytest.raises(TableError) as info:
        plan_mapping(c08_db, CASES / C08, column_map={"jaringan_internet": answer}, t_means="tidak")
    assert not isinstance(info.value, MappingQuestion)
    assert _errors(info.value) == [
        (6, "kategori", MappingMsg.UNKNOWN_CLASS),
        (7, "politik_uang", MappingMsg.UNKNOWN_LEVEL),
    ]
    assert "'cukup rawan'" in str(info.value) and "'4'" in str(info.value)
    assert dump(banten_path) == before


def _c08_fixed(tmp_path):
    path = _copy(tmp_path, C08, b",5,cukup rawan,", b",5,rawan,")
    data = path.read_bytes()
    assert data.count(b",6,rawan,ya,4,") == 1
    path.write_bytes(data.replace(b",6,rawan,ya,4,", b",6,rawan,ya,3,"))
    return path


T = {n: f"{V5}.{n:03d}" for n in range(1, 7)}
CLASSES = sorted(
    [
        (T[1], "kurang_rawan", "sangat_rawan"),
        (T[2], "kurang_rawan", "rawan"),
        (T[4], "kurang_rawan", "khusus"),
        (T[5], "kurang_rawan", "rawan"),
        (T[6], "kurang_rawan", "rawan"),
        (f"{V1}.001", "kurang_rawan", "rawan"),
    ]
)
THREATS = sorted(
    [
        # rawan_bencana marks lokasi_tps and bencana_lain; politik_uang is a level 0-3;
        # sulit_dijangkau / lokasi_khusus mark lokasi_tps; riwayat_psu marks hak_pilih.
        (T[1], "bencana_lain", 0, 2),
        (T[1], "lokasi_tps", 0, 2),
        (T[1], "politik_uang", 0, 2),
        (T[2], "bencana_lain", 0, 2),
        (T[2], "hak_pilih", 0, 2),
        (T[2], "lokasi_tps", 0, 2),
        (T[2], "politik_uang", 0, 1),
        (T[4], "lokasi_tps", 0, 2),
        (T[5], "politik_uang", 0, 1),
        (T[6], "bencana_lain", 0, 2),
        (T[6], "lokasi_tps", 0, 2),
        (T[6], "politik_uang", 0, 3),
        # The empty rawan_bencana cell leaves bencana_lain (3) as it is: unknown, not "tidak".
        (f"{V1}.001", "politik_uang", 0, 1),
    ]
)


def test_c08_fixed_plan_with_the_column_dropped(c08_db, tmp_path):
    plan = plan_mapping(
        c08_db, _c08_fixed(tmp_path), column_map={"jaringan_internet": DROP}, t_means="tidak"
    )
    assert plan.rows == 7
    assert plan.class_changes == CLASSES
    assert plan.threat_changes == THREATS
    assert [(p.field, p.template) for p in plan.notes] == [
        ("jaringan_internet", MappingMsg.LEFT_OUT)
    ]


def test_c08_fixed_plan_with_the_column_mapped(c08_db, tmp_path):
    plan = plan_mapping(
        c08_db, _c08_fixed(tmp_path), column_map={"jaringan_internet": "internet"}, t_means="ya"
    )
    assert plan.class_changes == CLASSES
    # jaringan_internet is now the internet indicator: "ya" on row 2 only.
    assert plan.threat_changes == sorted([*THREATS, (T[1], "listrik_internet", 0, 2)])
    assert [(p.field, p.template) for p in plan.notes] == [("jaringan_internet", MappingMsg.MAPPED)]


def test_c08_t_as_yes_marks_the_indicator(c08_db, tmp_path):
    # Row 3's T is in sulit_dijangkau (lokasi_tps), which rawan_bencana "Y" already marks;
    # on a row without that, T decides.
    path = _c08_fixed(tmp_path)
    data = path.read_bytes().replace(b"\n36.01.31.2005,2,RAWAN,Y,", b"\n36.01.31.2005,2,RAWAN,,")
    path.write_bytes(data)
    as_no = plan_mapping(c08_db, path, column_map={"jaringan_internet": DROP}, t_means="tidak")
    as_yes = plan_mapping(c08_db, path, column_map={"jaringan_internet": DROP}, t_means="ya")
    assert (T[2], "lokasi_tps", 0, 2) not in as_no.threat_changes
    assert (T[2], "lokasi_tps", 0, 2) in as_yes.threat_changes
    assert (T[2], "bencana_lain", 0, 2) not in as_yes.threat_changes


def test_dpt_above_the_legal_cap_is_a_warning_not_an_error(pemilu_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("kode_desa,no_tps,dpt\n36.02.01.2003,1,300\n36.02.01.2003,2,301\n")
    plan = plan_tps_import(pemilu_db, path)
    assert [r[3] for r in plan.new] == [300, 301]
    assert [(p.row, p.field, p.severity, p.template) for p in plan.warnings] == [
        (3, "dpt", WARNING, Msg.DPT_ABOVE_CAP)
    ]
    assert "legal maximum of 300 voters per TPS for a pemilu" in str(plan.warnings[0])


def test_pilkada_cap_is_600(country_db, tmp_path):
    path = tmp_path / "tps.csv"
    path.write_text("kode_desa,no_tps,dpt\n36.02.01.2003,1,600\n36.02.01.2003,2,601\n")
    plan = plan_tps_import(country_db, path)
    assert [p.row for p in plan.warnings] == [3]
