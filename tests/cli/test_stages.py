"""`commandpost stage ...` and `commandpost init --stages` as an officer types them."""

import json

import pytest

from commandpost.cli import main
from commandpost.store import changelog
from commandpost.store.database import open_database
from tests.helpers import CASES, copy_db, file_digest

C11 = CASES / "C11-tahapan-dates-messy.csv"
OFFICER = "Bripka Uji"


@pytest.fixture
def demo(demo_path, tmp_path):
    """A copy of the demo (Pilkada 2024 schedule) that a test may change."""
    return copy_db(demo_path, tmp_path / "demo.sqlite")


def _changes(path) -> list:
    db = open_database(path)
    try:
        return changelog.load_changes(db)
    finally:
        db.close()


def _listed(path, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["stage", "list", "--db", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- list and clock ----------------------------------------------------------------------------


def test_list_shows_the_schedule_with_sub_stages_indented(demo_path, capsys):
    code, out, _err = _run(capsys, "stage", "list", "--db", demo_path)
    assert code == 0
    lines = [line.rstrip() for line in out.splitlines()]
    assert lines[0].split() == ["id", "start", "end", "kind", "name"]
    assert len(lines) == 1 + 19
    assert any(
        line.split()[1:] == ["2024-11-27", "2024-11-27", "voting", "Pemungutan", "suara"]
        for line in lines
    )
    pencalonan = next(i for i, line in enumerate(lines) if line.endswith("  Pencalonan"))
    assert lines[pencalonan + 1].endswith("    Pengumuman pendaftaran pasangan calon")

    rows = _listed(demo_path, capsys)
    assert len(rows) == 19
    provinsi = next(r for r in rows if r["name"] == "Rekapitulasi di KPU provinsi")
    assert (provinsi["start"], provinsi["end"], provinsi["depth"], provinsi["kind"]) == (
        "2024-12-06",
        "2024-12-16",
        1,
        "recapitulation",
    )
    assert provinsi["threats"] == ["unjuk_rasa", "penolakan_hasil"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--date", "2024-11-27"], "Pemungutan suara, hari H"),
        (["--date", "26 November 2024"], "Masa tenang, H-1"),
        (["--date", "28/11/2024", "--zone", "WIT"], "Penghitungan suara di TPS, H+1"),
        (["--date", "15 Nop 2024"], "Kampanye, H-12"),
        (["--date", "1 Januari 2025"], "di luar tahapan, H+35"),
    ],
)
def test_clock_on_a_day(demo_path, capsys, argv, expected):
    code, out, err = _run(capsys, "stage", "clock", "--db", demo_path, *argv)
    assert (code, out, err) == (0, expected + "\n", "")


def test_clock_as_json(demo_path, capsys):
    code, out, _err = _run(
        capsys, "stage", "clock", "--db", demo_path, "--date", "2024-11-27", "--json"
    )
    assert code == 0
    assert json.loads(out) == {
        "day": "2024-11-27",
        "stage": "Pemungutan suara",
        "current": [
            "Pemungutan suara",
            "Penghitungan suara di TPS",
            "Penghitungan dan rekapitulasi suara",
        ],
        "h": "hari H",
        "day_offset": 0,
        "next": "Rekapitulasi di PPK (kecamatan)",
        "text": "Pemungutan suara, hari H",
    }


# -- add, set, delete, template ----------------------------------------------------------------


def test_add_set_and_delete_a_stage(demo, capsys):
    before = len(_changes(demo))
    code, out, _err = _run(
        capsys,
        "stage",
        "add",
        "--db",
        demo,
        "--name",
        "Pengamanan debat publik",
        "--start",
        "15 Oktober 2024",
        "--end",
        "15/10/2024",
        "--parent",
        "kampanye",
        "--kind",
        "Campaign",
        "--threat",
        "bentrok_pendukung",
        "--threat",
        "unjuk_rasa",
        "--actor",
        OFFICER,
    )
    assert code == 0 and out.startswith("stage added: Pengamanan debat publik (")
    [row] = [r for r in _listed(demo, capsys) if r["name"] == "Pengamanan debat publik"]
    assert (row["start"], row["end"], row["depth"], row["kind"], row["threats"]) == (
        "2024-10-15",
        "2024-10-15",
        1,
        "campaign",
        ["bentrok_pendukung", "unjuk_rasa"],
    )
    changes = _changes(demo)
    assert len(changes) == before + 1 and changes[-1].actor == OFFICER

    code, out, _err = _run(
        capsys,
        "stage",
        "set",
        "--db",
        demo,
        "pengamanan debat",
        "--name",
        "Debat publik kedua",
        "--end",
        "16 Oktober 2024",
        "--parent",
        "-",
        "--actor",
        OFFICER,
    )
    assert (code, out) == (0, "stage changed: Pengamanan debat publik\n")
    [row] = [r for r in _listed(demo, capsys) if r["name"] == "Debat publik kedua"]
    assert (row["start"], row["end"], row["depth"]) == ("2024-10-15", "2024-10-16", 0)

    # The short id that `stage list` shows names the stage too.
    code, out, _err = _run(capsys, "stage", "list", "--db", demo)
    short = next(line.split()[0] for line in out.splitlines() if "Debat publik kedua" in line)
    code, out, _err = _run(capsys, "stage", "set", "--db", demo, short, "--name", "Debat kedua")
    assert (code, out) == (0, "stage changed: Debat publik kedua\n")
    code, out, _err = _run(capsys, "stage", "set", "--db", demo, "Debat kedua", "--parent", "-")
    assert (code, out) == (0, "no change: Debat kedua\n")

    assert len(_changes(demo)) == before + 3
    code, out, _err = _run(
        capsys,
        "stage",
        "delete",
        "--db",
        demo,
        "Penghitungan dan rekapitulasi suara",
        "--reason",
        "jadwal KPU diganti",
        "--actor",
        OFFICER,
    )
    assert (code, out) == (
        0,
        "stage deleted (with its sub-stages): Penghitungan dan rekapitulasi suara\n"
        "note: 3 risk-register lines have lost their stage; give them one with "
        "`commandpost risk set ID --stage STAGE`\n",
    )
    names = [r["name"] for r in _listed(demo, capsys)]
    assert len(names) == 20 - 5
    assert not any(name.startswith("Rekapitulasi") for name in names)
    assert (_changes(demo)[-1].reason, len(_changes(demo))) == ("jadwal KPU diganti", before + 4)


def test_template_replaces_only_when_asked(demo, capsys):
    before = file_digest(demo)
    code, _out, err = _run(capsys, "stage", "template", "--db", demo, "pemilu_2024")
    assert code == 1
    assert "already has stages; add --replace" in err
    assert file_digest(demo) == before
    code, out, _err = _run(capsys, "stage", "template", "--db", demo, "pemilu_2024", "--replace")
    # The Pemilu votes on 14 February: the operation's voting day follows the template.
    # The register's lines move to the Pemilu's stage of the same kind (store.stage_relink).
    assert (code, out) == (
        0,
        "10 stages from template pemilu_2024\nvoting day set to 2024-02-14\n"
        "18 risk-register lines moved to the new stage of the same kind:\n"
        "  Pendaftaran pasangan calon → Pendaftaran pasangan calon: 3\n"
        "  Kampanye → Kampanye: 5\n"
        "  Masa tenang → Masa tenang: 3\n"
        "  Pemungutan suara → Pemungutan suara: 4\n"
        "  Rekapitulasi di PPK (kecamatan) → Rekapitulasi hasil penghitungan suara: 3\n",
    )
    code, out, _err = _run(capsys, "stage", "clock", "--db", demo, "--date", "14/02/2024")
    assert (code, out) == (0, "Pemungutan suara, hari H\n")


def test_a_group_without_dates_is_listed_with_dashes(demo, capsys):
    code, out, _err = _run(
        capsys, "stage", "add", "--db", demo, "--name", "Operasi Mantap Praja", "--kind", "other"
    )
    assert code == 0
    code, out, _err = _run(capsys, "stage", "list", "--db", demo)
    [line] = [line for line in out.splitlines() if "Operasi Mantap Praja" in line]
    assert line.split()[1:] == ["-", "-", "other", "Operasi", "Mantap", "Praja"]
    [row] = [r for r in _listed(demo, capsys) if r["name"] == "Operasi Mantap Praja"]
    assert (row["start"], row["end"], row["dated"]) == (None, None, False)


# -- init --stages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "count", "clock"),
    [
        ([], 19, "Masa tenang, H-1"),
        (["--kind", "pemilu"], 10, "di luar tahapan, H+286"),
        (["--kind", "exercise"], 0, "di luar tahapan"),
        (["--kind", "exercise", "--stages", "pilkada_2024"], 19, "Masa tenang, H-1"),
        (["--stages", "none", "--voting-day", "2024-11-27"], 0, "di luar tahapan, H-1"),
    ],
)
def test_init_starts_with_the_stages_asked_for(tmp_path, capsys, extra, count, clock):
    path = tmp_path / "op.sqlite"
    argv = ["init", "--db", path, "--station", "Posko Polres Lebak", "--operation", "Uji"]
    assert _run(capsys, *argv, *extra)[0] == 0
    assert len(_listed(path, capsys)) == count
    code, out, _err = _run(capsys, "stage", "clock", "--db", path, "--date", "26/11/2024")
    assert (code, out) == (0, clock + "\n")


# -- import ------------------------------------------------------------------------------------


def test_import_c11_refuses_the_file_unless_asked_to_skip(demo, capsys):
    before, digest = len(_changes(demo)), file_digest(demo)
    code, out, err = _run(capsys, "stage", "import", "--db", demo, C11)
    assert code == 1 and out == ""
    assert "error: nothing was imported:" in err
    for where in ("row 6, field finish", "row 7, field finish", "row 8, field finish"):
        assert f"C11-tahapan-dates-messy.csv, {where}" in err
    assert "row 9, field parent_id: parent 99 is not a stage in this file" in err
    assert "Traceback" not in err
    assert (len(_changes(demo)), file_digest(demo)) == (before, digest)

    code, out, err = _run(
        capsys, "stage", "import", "--db", demo, C11, "--skip-bad-rows", "--dry-run"
    )
    assert (code, out) == (0, "5 stages would be imported; nothing changed (--dry-run)\n")
    assert err.count("  refused: C11-tahapan-dates-messy.csv, row ") == 4
    assert file_digest(demo) == digest

    code, out, err = _run(
        capsys, "stage", "import", "--db", demo, C11, "--skip-bad-rows", "--replace"
    )
    assert out.startswith(
        "5 stages imported from C11-tahapan-dates-messy.csv, 4 rows refused and left out\n"
        "8 risk-register lines moved to the new stage of the same kind:\n"
    )
    assert code == 0
    assert "field category: note: column not used" in err
    assert len(_changes(demo)) == before + 2  # the stages, and the register's lines moved
    names = [r["name"] for r in _listed(demo, capsys)]
    assert names == [
        "PENCALONAN",
        "PENDAFTARAN PASANGAN CALON, TERMASUK PERBAIKAN",
        "PENETAPAN PASANGAN CALON",
        "KAMPANYE",
        "PENGAMANAN KOTAK SUARA",
    ]
    code, out, _err = _run(capsys, "stage", "clock", "--db", demo, "--date", "2024-11-27")
    assert out == "PENGAMANAN KOTAK SUARA, hari H\n"


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (
            ["set", "Tidak ada", "--name", "X"],
            "no stage 'Tidak ada' (see `commandpost stage list`)",
        ),
        (["delete", "Rekapitulasi di", "--reason", "r"], "'Rekapitulasi di' fits several stages"),
        (
            ["add", "--name", "Rapat umum", "--start", "31 November 2024", "--end", "2/12/2024"],
            "'31 November 2024': no such day",
        ),
        (
            ["add", "--name", "Rapat", "--start", "28 November 2024", "--end", "27/11/2024"],
            "ends (2024-11-27) before it starts (2024-11-28)",
        ),
        (
            ["set", "Kampanye", "--start", "2024-11-24"],
            "ends (2024-11-23) before it starts (2024-11-24)",
        ),
        (
            [
                *("add", "--name", "Rapat umum", "--parent", "Kampanye"),
                *("--start", "20/11/2024", "--end", "25/11/2024"),
            ],
            "lies outside 'Kampanye' (2024-09-25 – 2024-11-23)",
        ),
        (
            ["set", "Penghitungan dan rekapitulasi suara", "--parent", "Rekapitulasi di PPK"],
            "would contain itself",
        ),
        (["add", "--name", "Pesta", "--kind", "pesta"], "unknown stage kind 'pesta'"),
        (["set", "Kampanye"], "nothing to change"),
        (["clock", "--date", "31 November 2024"], "'31 November 2024': no such day"),
        (["clock", "--date", "besok"], "'besok' is not a date"),
        (["import", str(C11)], "row 6, field finish: '26 Nopemebr 2024' is not a date"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(demo, capsys, argv, words):
    before, digest = len(_changes(demo)), file_digest(demo)
    code, out, err = _run(capsys, "stage", argv[0], "--db", demo, *argv[1:])
    assert code == 1
    assert out == ""
    assert err.startswith("error: ")
    assert words in err
    assert "Traceback" not in err
    assert (len(_changes(demo)), file_digest(demo)) == (before, digest)


def test_clock_in_the_posts_zone_and_the_demos_day(demo, capsys):
    # 23.30 WIB on 26 November is still H-1 in Banten, already hari H in WITA.
    code, out, _err = _run(capsys, "stage", "clock", "--db", demo, "--at", "26/11/2024 23.30")
    assert (code, out) == (0, "Masa tenang, H-1\n")
    code, out, _err = _run(
        capsys, "stage", "clock", "--db", demo, "--at", "2024-11-27 00.30", "--zone", "WITA"
    )
    assert (code, out) == (0, "Pemungutan suara, hari H\n")
    # With no date, a demo is shown as it stood on its day (15 November 2024).
    code, out, _err = _run(capsys, "stage", "clock", "--db", demo)
    assert (code, out) == (0, "Kampanye, H-12\n")
    code, _out, err = _run(capsys, "stage", "clock", "--db", demo, "--at", "26/11/2024 24.10")
    assert code == 1 and "24.10" in err


def test_import_beside_existing_stages_must_be_asked_for(demo, capsys, tmp_path):
    from tests.helpers import CASES

    before = file_digest(demo)
    code, _out, err = _run(
        capsys,
        "stage",
        "import",
        "--db",
        demo,
        str(CASES / "C11-tahapan-dates-messy.csv"),
        "--skip-bad-rows",
    )
    assert code == 1 and "--replace" in err and "--add" in err
    assert file_digest(demo) == before
