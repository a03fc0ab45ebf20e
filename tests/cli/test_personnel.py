"""`commandpost units|personnel|assign|pattern|support|strength`: the issue's commands from a
fresh roster to a gap, with bad input refused (non-zero exit, the field named, nothing
changed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commandpost.cli import main
from tests.fixtures_store import KIBIN_TAMBAK
from tests.helpers import dump

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "cases"
WHO = ["--actor", "Bripka Uji (85010001)"]


def run(path: Path, *argv: str) -> int:
    return main([*argv, "--db", str(path)])


def as_json(path: Path, capsys, *argv: str):
    capsys.readouterr()
    assert run(path, *argv, "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_units_add_move_set_areas_and_retire(kibin_path, capsys):
    assert (
        run(
            kibin_path,
            "units",
            "add",
            "--name",
            "Polsek Percobaan",
            "--kind",
            "polsek",
            "--parent",
            "Polres Serang",
            "--areas",
            "36.04.17",
            *WHO,
        )
        == 0
    )
    listed = {u["name"]: u for u in as_json(kibin_path, capsys, "units", "list")}
    assert listed["Polsek Percobaan"]["areas"] == ["36.04.17"]
    assert listed["Polsek Percobaan"]["parent"] == "polres-serang"
    new_parent = ["--parent", "Polresta Serang Kota"]
    assert run(kibin_path, "units", "move", "Polsek Percobaan", *new_parent, *WHO) == 0
    new_name = ["--name", "Polsek Percobaan Baru"]
    assert run(kibin_path, "units", "set", "Polsek Percobaan", *new_name, *WHO) == 0
    assert run(kibin_path, "units", "retire", "Polsek Percobaan Baru", *WHO) == 0
    names = {u["name"] for u in as_json(kibin_path, capsys, "units", "list")}
    assert "Polsek Percobaan Baru" not in names
    everything = as_json(kibin_path, capsys, "units", "list", "--retired")
    [ciruas] = [u for u in everything if u["name"] == "Polsek Percobaan Baru"]
    assert (ciruas["parent"], ciruas["active"]) == ("polresta-serang-kota", False)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["units", "add", "--name", "Polsek Kibin", "--kind", "polsek"], "already exists"),
        (["units", "move", "Polres Serang", "--parent", "Polsek Kibin"], "under itself"),
        (["units", "set", "Polsek Kibin", "--areas", "36.04,36.04.16"], "inside 36.04"),
        (["units", "set", "Polsek Kibin", "--areas", "36.04.16.2008"], "not a kabupaten"),
        (
            [
                "personnel",
                "add",
                "--nrp",
                "1234567",
                "--name",
                "X",
                "--rank",
                "Brigpol",
                "--unit",
                "Polsek Kibin",
            ],
            "leading zero",
        ),
        (
            [
                "personnel",
                "add",
                "--nrp",
                "12345678",
                "--name",
                "X",
                "--rank",
                "Sersan",
                "--unit",
                "Polsek Kibin",
            ],
            "unknown rank 'Sersan'",
        ),
        (
            ["pattern", "set", "--unit", "Polsek Kibin", "--class", "rawan", "--pattern", "2-0-4"],
            "2-0-4",
        ),
        (["assign", "--nrp", "99999999", "--post", KIBIN_TAMBAK], "not on the roster"),
        (["strength", "--unit", "Polres Entah"], "unknown unit"),
    ],
)
def test_bad_input_exits_non_zero_with_the_reason_and_changes_nothing(
    kibin_path, capsys, argv, words
):
    before = dump(kibin_path)
    capsys.readouterr()
    who = [] if argv[0] == "strength" else WHO  # reading needs no actor
    assert run(kibin_path, *argv, *who) == 1
    assert words in capsys.readouterr().err
    assert dump(kibin_path) == before


def test_roster_import_refuses_c14_then_a_gap_shows_and_closes(kibin_path, capsys, tmp_path):
    before = dump(kibin_path)
    capsys.readouterr()
    assert run(kibin_path, "personnel", "import", str(CASES / "C14-roster-pam-tps.xlsx"), *WHO) == 1
    err = capsys.readouterr().err
    assert "sheet PERSONEL, row 5, field NRP/NIP" in err
    assert "sheet PAM TPS, row 8, field TPS" in err
    assert dump(kibin_path) == before
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "NAMA;PANGKAT/NRP;SATUAN;JABATAN;NO HP;DESA/KEL;TPS\n"
        "Agus Contoh;BRIPKA/85011234;Polsek Kibin;Bhabinkamtibmas;0812-0000-0001;Tambak;1-5\n"
        "Dedi Contoh;BHARADA/02030456;SAT BRIMOB (BKO);BKO;0812-0000-0004;Tambak;901-904\n",
        encoding="utf-8",
    )
    assert run(kibin_path, "personnel", "import", str(roster), "--dry-run", *WHO) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert dump(kibin_path) == before
    assert run(kibin_path, "personnel", "import", str(roster), *WHO) == 0
    assert "2 people (2 new, 0 updated, 1 BKO), 2 assignments" in capsys.readouterr().out
    people = as_json(kibin_path, capsys, "personnel", "list", "--unit", "Polsek Kibin")
    assert [(p["name"], p["bko"], p["post"]) for p in people] == [
        ("Agus Contoh", "", "Tambak TPS 1-5"),
        ("Dedi Contoh", "Polsek Kibin", "Tambak TPS 901-904"),
    ]
    assert all("phone" not in p for p in people)
    rows = as_json(kibin_path, capsys, "strength", "--unit", "Polsek Kibin")
    total = rows[0]
    # 22 TPS at the default 2-12-24 need 4 police; 2 are assigned.
    assert (total["required"], total["assigned"], total["gap"], total["bko_in"]) == (4, 2, -2, 1)
    assert (
        run(
            kibin_path,
            "personnel",
            "add",
            "--nrp",
            "93050012",
            "--name",
            "Budi Contoh",
            "--rank",
            "Brigadir",
            "--unit",
            "Polsek Kibin",
            *WHO,
        )
        == 0
    )
    assert (
        run(kibin_path, "assign", "--nrp", "93050012", "--post", f"{KIBIN_TAMBAK}.006", *WHO) == 0
    )
    assert (
        run(
            kibin_path,
            "pattern",
            "set",
            "--unit",
            "Polsek Kibin",
            "--class",
            "kurang_rawan",
            "--pattern",
            "2-16-32",
            *WHO,
        )
        == 0
    )
    total = as_json(kibin_path, capsys, "strength", "--unit", "Polsek Kibin")[0]
    assert (total["required"], total["assigned"], total["gap"]) == (3, 3, 0)
    patterns = as_json(kibin_path, capsys, "pattern", "list", "--unit", "Polsek Kibin")
    assert patterns[0] == {"class": "kurang_rawan", "pattern": "2-16-32", "set_by": "Polsek Kibin"}
    assert (
        run(
            kibin_path,
            "support",
            "--unit",
            "Polsek Kibin",
            "--kind",
            "linmas",
            "--count",
            "44",
            *WHO,
        )
        == 0
    )
    assert as_json(kibin_path, capsys, "strength", "--unit", "Polres Serang")[0]["linmas"] == 44


def test_a_person_moves_and_shows_the_record(kibin_path, capsys):
    assert (
        run(
            kibin_path,
            "personnel",
            "add",
            "--nrp",
            "85019999",
            "--name",
            "Eko Contoh",
            "--rank",
            "Aipda",
            "--unit",
            "Polda Banten",
            "--phone",
            "0812",
            *WHO,
        )
        == 0
    )
    assert (
        run(
            kibin_path,
            "personnel",
            "move",
            "85019999",
            "--to",
            "Polres Lebak",
            "--bko",
            "--on",
            "20 November 2024",
            *WHO,
        )
        == 0
    )
    shown = as_json(kibin_path, capsys, "personnel", "show", "85019999")
    assert (shown["unit"], shown["bko"], shown["phone"]) == ("Polda Banten", "Polres Lebak", "0812")
    assert shown["moves"][0]["moved_on"] == "2024-11-20"
    capsys.readouterr()
    assert (
        run(
            kibin_path,
            "personnel",
            "move",
            "85019999",
            "--on",
            "31 Nopember 2024",
            "--to",
            "Polres Serang",
            *WHO,
        )
        == 1
    )
    assert "--on" in capsys.readouterr().err
