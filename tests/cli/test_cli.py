import json
import subprocess
import sys
from pathlib import Path

import pytest

from commandpost.cli import main
from tests.helpers import file_digest


def test_stats_json_counts_levels_and_names_operation_and_station(demo_path, capsys):
    assert main(["stats", "--db", str(demo_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {
        "province": 1,
        "regency": 8,
        "district": 155,
        "village": 1552,
        "tps": 17231,
    }
    assert data["dpt"] == 8_926_662
    assert data["operation"].startswith("Operasi Mantap Praja Maung 2024")
    assert data["station"]["name"] == "Posko Polda Banten (demo)"
    assert data["demo"] is True


def test_stats_table_is_readable(demo_path, capsys):
    assert main(["stats", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "17,231" in out and "Posko Polda Banten (demo)" in out


def test_import_tps_reports_bad_rows_and_exits_non_zero(banten_path, tmp_path, capsys):
    bad = tmp_path / "tps.csv"
    bad.write_text("kode_desa,no_tps,alamat,dpt\n36.02.01.2003,1,X,lima\n", encoding="utf-8")
    before = file_digest(banten_path)
    assert main(["import-tps", str(bad), "--db", str(banten_path)]) == 1
    err = capsys.readouterr().err
    assert "tps.csv, row 2, field dpt" in err and "Traceback" not in err
    assert file_digest(banten_path) == before


def test_import_tps_then_stats(banten_path, tmp_path, capsys):
    good = tmp_path / "tps.csv"
    good.write_text("kode_desa,no_tps,alamat,dpt\n36.02.01.2003,1,X,300\n", encoding="utf-8")
    assert main(["import-tps", str(good), "--db", str(banten_path), "--actor", "Bripka A"]) == 0
    assert "imported 1 new TPS" in capsys.readouterr().out
    assert main(["stats", "--db", str(banten_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["tps"] == 4


@pytest.mark.parametrize("command", ["stats", "check"])
def test_a_file_that_is_not_a_database_gives_a_message_not_a_traceback(tmp_path, capsys, command):
    path = tmp_path / "laporan.sqlite"
    path.write_text("bukan basis data")
    assert main([command, "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "is not a database file" in err and str(path) in err
    assert path.read_text() == "bukan basis data"


def test_missing_database_is_reported(tmp_path, capsys):
    assert main(["stats", "--db", str(tmp_path / "nope.sqlite")]) == 2
    assert "nope.sqlite does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite").exists()


def test_check_reports_an_intact_file(demo_path, capsys):
    assert main(["check", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "pages intact (integrity_check), foreign keys intact, chain intact" in out
    assert "problem" not in out


def test_demo_if_missing_leaves_an_existing_database(demo_path, capsys):
    before = file_digest(demo_path)
    assert main(["demo", "--db", str(demo_path), "--if-missing"]) == 0
    assert file_digest(demo_path) == before


@pytest.mark.parametrize(
    "sub",
    [
        [],
        ["demo"],
        ["init"],
        ["stats"],
        ["import-tps"],
        ["bench"],
        ["check"],
        ["threat", "set"],
        ["threat", "list"],
        ["threat", "import"],
        ["threat", "sources"],
        ["units", "list"],
        ["units", "load"],
        ["incident", "add"],
        ["incident", "status"],
        ["incident", "list"],
    ],
)
def test_help_everywhere(sub, capsys):
    with pytest.raises(SystemExit) as info:
        main([*sub, "--help"])
    assert info.value.code == 0
    assert "usage: commandpost" in capsys.readouterr().out


def test_version_as_a_command():
    out = subprocess.run(
        [sys.executable, "-m", "commandpost", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith("CommandPost ")


def test_core_and_store_load_without_qt():
    code = (
        "import sys, commandpost.cli, commandpost.store.demo, commandpost.store.tps_import, "
        "commandpost.store.queries; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_threat_set_and_list(banten_path, capsys):
    db = ["--db", str(banten_path)]
    tps = "36.02.01.2002.001"
    assert (
        main(
            [
                "threat",
                "set",
                *db,
                "--node",
                tps,
                "--class",
                "sangat rawan",
                "--reason",
                "laporan Bhabinkamtibmas",
                "--source",
                "bhabinkamtibmas",
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "threat",
                "set",
                *db,
                "--node",
                tps,
                "--category",
                "banjir",
                "--level",
                "tinggi",
                "--reason",
                "BPBD",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert (
        main(["threat", "list", *db, "--class", "sangat_rawan", "--under", "36.02", "--json"]) == 0
    )
    [row] = json.loads(capsys.readouterr().out)
    assert (row["code"], row["class"], row["worst_level"]) == (tps, "sangat_rawan", 3)
    assert main(["threat", "list", *db, "--category", "bencana", "--json"]) == 0
    assert [r["code"] for r in json.loads(capsys.readouterr().out)] == [tps]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--node", "36.99.99", "--class", "rawan", "--reason", "r"], "unknown node"),
        (["--node", "36.02.01.2002.001", "--class", "merah", "--reason", "r"], "unknown TPS"),
        (["--node", "36.02.01.2002.001", "--class", "rawan"], "reason is required"),
        (["--node", "36.02.01.2002.001", "--category", "banjir", "--reason", "r"], "--level"),
        (
            ["--node", "36.02", "--category", "gunung", "--level", "1", "--reason", "r"],
            "unknown threat category",
        ),
    ],
)
def test_threat_set_errors_change_nothing(banten_path, capsys, argv, words):
    before = file_digest(banten_path)
    assert main(["threat", "set", "--db", str(banten_path), *argv]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert file_digest(banten_path) == before


def test_incident_add_advance_list(banten_path, capsys):
    db = ["--db", str(banten_path)]
    assert (
        main(
            [
                "incident",
                "add",
                *db,
                "--node",
                "36.02.01.2002",
                "--type",
                "unjuk_rasa",
                "--description",
                "Massa di depan kantor PPK",
                "--time",
                "2024-11-28T10:00+07:00",
            ]
        )
        == 0
    )
    incident_id = capsys.readouterr().out.strip()
    assert main(["incident", "status", *db, incident_id, "selesai", "--note", "x"]) == 1
    assert "cannot become 'selesai'" in capsys.readouterr().err
    assert main(["incident", "status", *db, incident_id, "ditangani", "--note", "negosiasi"]) == 0
    capsys.readouterr()
    assert main(["incident", "list", *db, "--status", "ditangani", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["id"], row["node_name"], row["type"]) == (incident_id, "Cilangkahan", "unjuk_rasa")


def test_threat_import_previews_then_applies(banten_path, tmp_path, capsys):
    path = tmp_path / "map.csv"
    path.write_text("kode_desa,no_tps,kelas\n36.02.01.2002,1,rawan\n", encoding="utf-8")
    db = ["--db", str(banten_path)]
    before = file_digest(banten_path)
    assert main(["threat", "import", str(path), *db, "--dry-run"]) == 0
    assert "class kurang_rawan -> rawan" in capsys.readouterr().out
    assert file_digest(banten_path) == before
    assert main(["threat", "import", str(path), *db]) == 1
    assert "reason is required" in capsys.readouterr().err
    assert main(["threat", "import", str(path), *db, "--reason", "pemetaan Bawaslu"]) == 0
    assert "applied as one transaction" in capsys.readouterr().out


def test_refusals_are_written_to_the_log_file(tmp_path, capsys):
    import os
    from pathlib import Path

    path = tmp_path / "catatan.sqlite"
    path.write_text("bukan basis data")
    assert main(["stats", "--db", str(path)]) == 2
    capsys.readouterr()
    for handler in __import__("logging").getLogger().handlers:
        handler.flush()
    log_file = Path(os.environ["COMMANDPOST_DATA_DIR"]) / "commandpost.log"
    assert "is not a database file" in log_file.read_text(encoding="utf-8")


def test_init_makes_a_real_operation_database(tmp_path, capsys):
    path = tmp_path / "lebak.sqlite"
    assert (
        main(
            [
                "init",
                "--db",
                str(path),
                "--station",
                "Posko Polres Lebak",
                "--operation",
                "Operasi Mantap Praja Maung 2024",
                "--voting-day",
                "2024-11-27",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["stats", "--db", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {
        "province": 1,
        "regency": 8,
        "district": 155,
        "village": 1552,
        "tps": 0,
    }
    assert (data["station"]["name"], data["demo"]) == ("Posko Polres Lebak", False)
    assert data["voting_day"] == "2024-11-27"


@pytest.mark.parametrize(
    ("extra", "words"),
    [(["--province", "99"], "no province"), (["--voting-day", "27-11-2024"], "not a date")],
)
def test_init_refuses_bad_input_and_leaves_no_file(tmp_path, capsys, extra, words):
    path = tmp_path / "x.sqlite"
    argv = ["init", "--db", str(path), "--station", "P", "--operation", "O", *extra]
    assert main(argv) == 1
    assert words in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_units_load_list_and_filter_by_unit(banten_path, tmp_path, capsys):
    db = ["--db", str(banten_path)]
    template = "resources/templates/units_banten.json"
    assert main(["units", "load", template, *db]) == 0
    shipped = json.loads(Path(template).read_text(encoding="utf-8"))["units"]
    assert len(shipped) == 167  # Polda, Polres, a Polsek per kecamatan, Brimob, Samapta
    assert f"loaded {len(shipped)} units" in capsys.readouterr().out
    assert main(["units", "list", *db, "--json"]) == 0
    listed = {u["name"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["Polres Lebak"]["areas"] == ["36.02"]
    assert "36.02" in listed["Polda Banten"]["all_areas"]
    tps = "36.02.01.2002.001"
    common = ["--reason", "r"]
    assert main(["threat", "set", *db, "--node", tps, "--class", "sangat_rawan", *common]) == 0
    capsys.readouterr()
    assert (
        main(["threat", "list", *db, "--class", "sangat_rawan", "--unit", "Polres Lebak", "--json"])
        == 0
    )
    assert [r["code"] for r in json.loads(capsys.readouterr().out)] == [tps]
    assert main(["threat", "list", *db, "--unit", "polres-pandeglang", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json", "not a units file"),
        ('{"units": [{"key": "x"}]}', "field 'name' is missing"),
        (
            '{"units": [{"key": "x", "name": "X", "kind": "polres", "parent": null,'
            ' "areas": ["36.99"]}]}',
            "unknown areas",
        ),
    ],
)
def test_bad_units_files_change_nothing(banten_path, tmp_path, capsys, content, words):
    bad = tmp_path / "units.json"
    bad.write_text(content, encoding="utf-8")
    before = file_digest(banten_path)
    assert main(["units", "load", str(bad), "--db", str(banten_path)]) == 1
    assert words in capsys.readouterr().err
    assert file_digest(banten_path) == before


def test_unknown_unit_is_a_clear_error(banten_path, capsys):
    assert main(["threat", "list", "--db", str(banten_path), "--unit", "Polres Atlantis"]) == 1
    assert "unknown unit 'Polres Atlantis'" in capsys.readouterr().err


def test_sources_add_hide_show(banten_path, capsys):
    db = ["--db", str(banten_path)]
    assert main(["threat", "sources", *db, "--add", "Laporan Babinsa", "--hide", "intelijen"]) == 0
    capsys.readouterr()
    assert main(["threat", "sources", *db, "--json"]) == 0
    listed = {s["key"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed["laporan_babinsa"] == {
        "key": "laporan_babinsa",
        "label": "Laporan Babinsa",
        "hidden": False,
        "added": True,
    }
    assert listed["intelijen"]["hidden"] is True
    assert main(["threat", "sources", *db, "--show", "intelijen"]) == 0
    before = file_digest(banten_path)
    assert main(["threat", "sources", *db, "--hide", "dukun"]) == 1
    assert "unknown source" in capsys.readouterr().err
    assert file_digest(banten_path) == before
    # A bad key in the same command: the good part is not recorded either.
    assert main(["threat", "sources", *db, "--add", "Intel Polsek", "--hide", "dukun"]) == 1
    assert file_digest(banten_path) == before


def test_the_database_may_be_named_before_the_command(demo_path, capsys):
    # commandpost --db X stats: the command must use X, never the default database.
    assert main(["--db", str(demo_path), "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["tps"] > 0


@pytest.mark.parametrize(
    "argv",
    [
        ["stage", "lisst"],  # a misspelt action
        ["tps-progress", "set", "--state"],  # an option without its value
        ["--bogus"],  # an unknown option
    ],
)
def test_a_command_line_it_cannot_read_is_bad_input_not_a_database_error(argv, capsys):
    # Exit 2 says "the database cannot be used" (README); a typo is bad input, exit 1.
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("usage: commandpost")
    assert "error:" in err
