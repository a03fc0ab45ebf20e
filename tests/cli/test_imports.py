"""`commandpost import-tps` and `commandpost threat import` with the files officers receive."""

import json

from commandpost.cli import main
from commandpost.store import queries
from commandpost.store.database import open_database
from tests.helpers import CASES, file_digest


def _tps(path, code):
    db = open_database(path)
    try:
        return queries.tps_info(db, code)
    finally:
        db.close()


def test_kpu_recap_sheet_imports_and_says_what_it_skipped(banten_path, capsys):
    args = ["import-tps", str(CASES / "C05-rekap-merged-header.xlsx"), "--db", str(banten_path)]
    assert main([*args, "--actor", "Bripka Uji"]) == 0
    out, err = capsys.readouterr()
    assert "imported 6 new TPS" in out
    assert "JUMLAH PEMILIH (DPT) L+P = dpt" in out
    assert "row 16: note: a JUMLAH/TOTAL row skipped" in err
    assert "row 18: note: rows below the table skipped" in err
    assert "field KETERANGAN: note: column not used" in err
    assert _tps(banten_path, "36.73.01.1004.901").dpt == 78
    assert main(["stats", "--db", str(banten_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["tps"] == 3 + 6


def test_bad_row_refuses_the_file_unless_asked_to_leave_it_out(banten_path, tmp_path, capsys):
    source = tmp_path / "dpt.csv"
    source.write_bytes((CASES / "C01-dpt-tps-semicolon-bom-crlf.csv").read_bytes())
    before = file_digest(banten_path)
    assert main(["import-tps", str(source), "--db", str(banten_path)]) == 1
    err = capsys.readouterr().err
    assert "dpt.csv, row 6, field Total_DPT: 265 is not DPT_L + DPT_P = 256" in err
    assert "Traceback" not in err
    assert file_digest(banten_path) == before

    assert main(["import-tps", str(source), "--db", str(banten_path), "--skip-bad-rows"]) == 0
    out = capsys.readouterr().out
    assert "imported 4 new TPS" in out
    rejects = tmp_path / "dpt-ditolak.csv"
    assert f"in {rejects}" in out
    lines = rejects.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(",Total_DPT,alasan_ditolak")
    assert len(lines) == 2 and "3673011004,2,130,126,265" in lines[1]
    assert "row 6, field Total_DPT: 265 is not DPT_L + DPT_P = 256" in lines[1]
    # Fixed, the rejects file brings the last TPS in.
    rejects.write_text(
        rejects.read_text(encoding="utf-8-sig").replace(",265,", ",256,"), encoding="utf-8"
    )
    assert main(["import-tps", str(rejects), "--db", str(banten_path)]) == 0
    assert "imported 1 new TPS" in capsys.readouterr().out
    kota_baru_2 = _tps(banten_path, "36.73.01.1004.002")
    assert kota_baru_2.dpt == 256


def test_windows_1252_file_is_read_only_when_asked(country_path, capsys):
    source = CASES / "C16-cp1252-export.csv"
    before = file_digest(country_path)
    assert main(["import-tps", str(source), "--db", str(country_path)]) == 1
    err = capsys.readouterr().err
    assert "probably Windows-1252" in err and "--encoding cp1252" in err
    assert file_digest(country_path) == before
    args = ["import-tps", str(source), "--db", str(country_path), "--encoding", "cp1252"]
    assert main(args) == 0
    assert "imported 2 new TPS" in capsys.readouterr().out
    assert _tps(country_path, "53.07.01.2021.001").address == "Jl. Contoh Km 5 – Simpang"


def test_dry_run_and_update_preview(banten_path, tmp_path, capsys):
    first = tmp_path / "tps.csv"
    first.write_text("kode_desa,no_tps,alamat,dpt\n36.02.01.2003,1,Balai,300\n", encoding="utf-8")
    assert main(["import-tps", str(first), "--db", str(banten_path)]) == 0
    capsys.readouterr()
    newer = tmp_path / "tps-baru.csv"
    newer.write_text(
        "kode_desa,no_tps,alamat,dpt\n36.02.01.2003,1,Balai,310\n36.02.01.2003,2,SD,200\n",
        encoding="utf-8",
    )
    before = file_digest(banten_path)
    assert main(["import-tps", str(newer), "--db", str(banten_path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 new TPS, 1 changed, 0 unchanged" in out
    assert "36.02.01.2003.001: dpt 300 -> 310" in out
    assert "nothing applied (dry run)" in out
    assert file_digest(banten_path) == before
    assert main(["import-tps", str(newer), "--db", str(banten_path)]) == 0
    assert _tps(banten_path, "36.02.01.2003.001").dpt == 310


def test_mapping_questions_are_asked_on_the_command_line(banten_path, tmp_path, capsys):
    tps = tmp_path / "tps.csv"
    tps.write_text(
        "kode_desa,no_tps,dpt\n"
        + "".join(f"36.01.31.2005,{n},200\n" for n in range(1, 7))
        + "36.01.31.2001,1,150\n",
        encoding="utf-8",
    )
    assert main(["import-tps", str(tps), "--db", str(banten_path)]) == 0
    mapping = CASES / "C08-tps-rawan-mixed.csv"
    db = ["--db", str(banten_path)]
    assert main(["threat", "import", str(mapping), *db, "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "--map-column 'jaringan_internet=INDICATOR'" in err
    assert "--t-means tidak" in err
    answered = [*db, "--map-column", "jaringan_internet=internet", "--t-means", "tidak"]
    assert main(["threat", "import", str(mapping), *answered, "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "row 6, field kategori: unknown TPS class 'cukup rawan'" in err
    assert "row 7, field politik_uang: unknown threat level '4'" in err
    assert "jaringan_internet" not in err
    assert main(["threat", "import", str(mapping), *db, "--map-column", "oops"]) == 1
    assert "HEADER=INDICATOR" in capsys.readouterr().err


def test_an_update_without_addresses_keeps_them(banten_path, tmp_path, capsys):
    recap = ["import-tps", str(CASES / "C05-rekap-merged-header.xlsx"), "--db", str(banten_path)]
    assert main(recap) == 0
    newer = tmp_path / "dpt.csv"
    newer.write_text("kode_desa;no_tps;dpt\n3673011001;1;231\n3673011001;2;241\n", "utf-8")
    assert main(["import-tps", str(newer), "--db", str(banten_path)]) == 0
    assert "0 new TPS, 1 changed, 1 unchanged" in capsys.readouterr().out
    first = _tps(banten_path, "36.73.01.1001.001")
    assert (first.address, first.dpt) == ("Jl. Contoh Satu No. 1", 231)
    assert _tps(banten_path, "36.73.01.1001.002").address == "Jl. Contoh Satu No. 40"


VILLAGE = "36.02.01.2002"  # TPS 001-003 in the test database (Jl. Uji n, DPT 250 + n)


def test_remove_missing_deletes_only_what_the_officer_asks_and_undo_takes_it_back(
    banten_path, tmp_path, capsys
):
    from commandpost.store import incidents

    db = open_database(banten_path)
    incidents.add_incident(
        db, node_code=f"{VILLAGE}.003", type="lainnya", description="Ribut", actor="op"
    )
    db.close()
    newer = tmp_path / "terbaru.csv"
    newer.write_text(f"kode_desa;no_tps;alamat;dpt\n{VILLAGE};1;Jl. Uji 1;260\n", encoding="utf-8")
    base = ["--db", str(banten_path), "--actor", "Bripka Uji"]

    # Without the flag, nothing is deleted and the officer learns what the flag would do.
    assert main(["import-tps", str(newer), *base]) == 0
    out = capsys.readouterr().out
    assert (
        "2 TPS of these villages are in the database but not in the file; they are kept "
        "(--remove-missing deletes 1 of them; 1 stay in any case: 1 with incidents)"
    ) in out
    assert f"{VILLAGE}.002: would be deleted" in out
    assert f"{VILLAGE}.003: kept: incidents" in out, out
    assert _tps(banten_path, f"{VILLAGE}.002") is not None

    assert main(["import-tps", str(newer), *base, "--remove-missing"]) == 0
    out = capsys.readouterr().out
    assert "1 will be deleted (--remove-missing), 1 kept (1 with incidents)" in out
    assert "imported 0 new TPS and 0 changes, deleted 1 TPS" in out
    assert _tps(banten_path, f"{VILLAGE}.002") is None
    assert _tps(banten_path, f"{VILLAGE}.003") is not None

    # The newest import (the deletion) is taken back, then the DPT change before it.
    assert main(["import-tps-undo", *base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert (
        "taking back the import of terbaru.csv" in out
        and "1 deleted TPS restored (would be)" in out
    )
    assert _tps(banten_path, f"{VILLAGE}.002") is None
    assert main(["import-tps-undo", *base]) == 0
    assert capsys.readouterr().out == (
        "took back the import of terbaru.csv as one transaction:\n  1 deleted TPS restored\n"
    )
    assert _tps(banten_path, f"{VILLAGE}.002").address == "Jl. Uji 2"
    assert _tps(banten_path, f"{VILLAGE}.001").dpt == 260
    assert main(["import-tps-undo", *base]) == 0
    capsys.readouterr()
    assert _tps(banten_path, f"{VILLAGE}.001").dpt == 251
    # The test database's own TPS came by an import without a file digest: nothing is left.
    before = file_digest(banten_path)
    assert main(["import-tps-undo", *base]) == 1
    assert "error: no TPS-list import to take back" in capsys.readouterr().err
    assert file_digest(banten_path) == before


def test_undo_of_an_import_leaves_a_tps_recorded_on_since(banten_path, capsys):
    from commandpost.store import threats

    base = ["--db", str(banten_path), "--actor", "Bripka Uji"]
    assert main(["import-tps", str(CASES / "C05-rekap-merged-header.xlsx"), *base]) == 0
    capsys.readouterr()
    db = open_database(banten_path)
    threats.set_tps_class(db, ["36.73.01.1004.901"], "rawan", reason="cek", actor="op")
    db.close()
    assert main(["import-tps-undo", *base, "--dry-run"]) == 0
    assert (
        "  5 new TPS removed (would be)\n"
        "    left as it is: 36.73.01.1004.901: a class set by an officer\n"
    ) in capsys.readouterr().out
    assert main(["import-tps-undo", *base]) == 0
    out = capsys.readouterr().out
    assert out.endswith(
        "  5 new TPS removed\n    left as it is: 36.73.01.1004.901: a class set by an officer\n"
    )
    assert _tps(banten_path, "36.73.01.1004.901") is not None
    assert _tps(banten_path, "36.73.01.1001.001") is None


def test_skip_bad_rows_with_no_good_row_is_an_error(banten_path, tmp_path, capsys):
    source = tmp_path / "semua-salah.csv"
    source.write_text("kode_desa;no_tps;dpt\n53.07.01.2021;1;200\n", encoding="utf-8")
    before = file_digest(banten_path)
    argv = ["import-tps", str(source), "--db", str(banten_path), "--skip-bad-rows"]
    assert main([*argv, "--actor", "Bripka Uji"]) == 1
    err = capsys.readouterr().err
    assert "error: every row of semua-salah.csv is wrong: nothing to import" in err
    assert file_digest(banten_path) == before
