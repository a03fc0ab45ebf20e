"""`commandpost risk ...`: add, set, delete, list and the agencies; bad input exits non-zero
with the field named and leaves the database unchanged."""

import json

import pytest

from commandpost.cli import main
from commandpost.store import risks
from commandpost.store.database import open_database
from tests.helpers import copy_db


@pytest.fixture
def demo(demo_path, tmp_path):
    """A private copy of the Banten demo, with its register."""
    return copy_db(demo_path, tmp_path / "demo.sqlite")


def run(path, *argv) -> int:
    return main(["risk", argv[0], "--db", str(path), *argv[1:]])


def changes(path) -> int:
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar_one()
    finally:
        db.close()


def listed(path, capsys, *argv) -> list[dict]:
    capsys.readouterr()
    assert run(path, "list", "--json", *argv) == 0
    return json.loads(capsys.readouterr().out)


ADD = [
    "add",
    "--stage",
    "masa tenang",
    "--node",
    "36.02.01",
    "--threat",
    "politik_uang",
    "--level",
    "tinggi",
    "--mitigation",
    "Patroli subuh di Malingping",
    "--agency",
    "Polri",
    "--due",
    "26 November 2024",
    "--actor",
    "Bripka Uji",
]


def test_add_records_one_change_and_prints_the_line(demo, capsys):
    before = changes(demo)
    assert run(demo, *ADD, "--note", "serangan fajar") == 0
    out = capsys.readouterr().out
    assert "added to the risk register" in out and "Malingping (36.02.01)" in out
    assert "due 2024-11-26" in out
    assert changes(demo) == before + 1
    [line] = listed(demo, capsys, "--under", "36.02.01")
    assert (line["stage_name"], line["level"], line["agency"], line["status"], line["note"]) == (
        "Masa tenang",
        3,
        "polri",
        "planned",
        "serangan fajar",
    )


def test_set_marks_done_by_a_short_id(demo, capsys):
    [line] = listed(demo, capsys, "--stage", "kampanye", "--under", "36.04")
    before = changes(demo)
    assert run(demo, "set", line["id"][:8], "--status", "selesai", "--due", "20/10/2024") == 0
    assert "changed:" in capsys.readouterr().out
    assert changes(demo) == before + 1
    [line] = listed(demo, capsys, "--stage", "kampanye", "--under", "36.04")
    assert (line["status"], line["due"], line["overdue"]) == ("done", "2024-10-20", False)
    assert run(demo, "set", line["id"][:8], "--status", "done") == 0
    assert "nothing changed" in capsys.readouterr().out
    assert changes(demo) == before + 1


def test_delete_takes_a_line_off(demo, capsys):
    lines = listed(demo, capsys)
    assert run(demo, "delete", lines[0]["id"], "--reason", "rangkap") == 0
    assert "deleted from the risk register" in capsys.readouterr().out
    assert len(listed(demo, capsys)) == len(lines) - 1


def test_list_filters_by_stage_area_unit_agency_status_and_overdue(demo, capsys):
    every = listed(demo, capsys)
    assert 12 <= len(every) <= 20
    quiet = listed(demo, capsys, "--stage", "Masa tenang")
    assert quiet and {r["stage_name"] for r in quiet} == {"Masa tenang"}
    recap = listed(demo, capsys, "--stage", "penghitungan dan rekapitulasi")
    assert recap and all(r["stage_name"].startswith("Rekapitulasi di PPK") for r in recap)
    lebak = listed(demo, capsys, "--unit", "Polres Lebak")
    assert lebak and all(r["node_code"].startswith("36.02") for r in lebak)
    assert listed(demo, capsys, "--under", "36.02") == lebak
    bpbd = listed(demo, capsys, "--agency", "BPBD")
    assert bpbd and {r["agency_label"] for r in bpbd} == {"BPBD"}
    open_lines = listed(demo, capsys, "--status", "planned", "--status", "berjalan")
    assert open_lines and "done" not in {r["status"] for r in open_lines}
    late = listed(demo, capsys, "--overdue", "--today", "25 November 2024")
    assert late and all(r["overdue"] and r["due"] < "2024-11-25" for r in late)
    assert len(late) < len([r for r in every if r["status"] != "done"])


def test_list_as_a_table_marks_overdue_lines(demo, capsys):
    assert run(demo, "list", "--stage", "kampanye", "--today", "2024-11-25") == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == [
        "id",
        "stage",
        "area",
        "threat",
        "level",
        "agency",
        "status",
        "due",
    ]
    assert "2024-10-15 !" in out and "Kabupaten Serang (36.04)" in out
    assert "overdue (! = overdue on 2024-11-25)" in out


def test_agencies_are_listed_added_renamed_and_hidden(demo, capsys):
    assert run(demo, "agencies", "--add", "Satpol PP", "--rename", "pemda=Pemprov Banten") == 0
    out = capsys.readouterr().out
    assert "satpol_pp  Satpol PP" in out and "Pemprov Banten" in out
    assert run(demo, "agencies", "--hide", "dinkes", "--json") == 0
    data = {a["key"]: a for a in json.loads(capsys.readouterr().out)}
    assert data["dinkes"]["hidden"] is True
    assert run(demo, *ADD[:-6], "--agency", "satpol_pp") == 0


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--stage", "Debat kandidat"], "stage: no stage 'Debat kandidat'"),
        (["--stage", "Rekapitulasi"], "fits several stages"),
        (["--node", "36.99"], "node: unknown area or TPS '36.99'"),
        (["--threat", "tawuran"], "threat: unknown threat category 'tawuran'"),
        (["--level", "parah"], "--level: 'parah' is not a level"),
        (["--agency", "polisi"], "agency: unknown agency 'polisi'"),
        (["--due", "31/11/2024"], "due: '31/11/2024': no such day"),
        (["--due", "11/27/2024"], "due: '11/27/2024' is not a date"),
        (["--mitigation", " "], "mitigation: the mitigation is required"),
        (["--status", "beres"], "status: unknown status 'beres'"),
    ],
)
def test_bad_input_to_add_is_refused_and_nothing_changes(demo, capsys, argv, words):
    before = changes(demo)
    assert run(demo, *ADD, *argv) == 1
    captured = capsys.readouterr()
    assert words in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    assert changes(demo) == before


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["zzzzzzzz", "--status", "done"], "id: no risk 'zzzzzzzz'"),
        (["abc", "--status", "done"], "at least 4 characters"),
        (["{id}"], "nothing to change"),
        (["{id}", "--status", "beres"], "unknown status"),
        (["{id}", "--due", "kemarin"], "due: 'kemarin' is not a date"),
        (["{id}", "--agency", "polisi"], "unknown agency"),
        (["{id}", "--stage", "Debat"], "no stage"),
    ],
)
def test_bad_input_to_set_is_refused_and_nothing_changes(demo, capsys, argv, words):
    first = listed(demo, capsys)[0]["id"]
    before = changes(demo)
    assert run(demo, "set", *[a.replace("{id}", first) for a in argv]) == 1
    assert words in capsys.readouterr().err
    assert changes(demo) == before


def test_bad_input_to_list_and_agencies_is_refused(demo, capsys):
    before = changes(demo)
    assert run(demo, "list", "--unit", "Polres Atlantis") == 1
    assert "unknown unit" in capsys.readouterr().err
    assert run(demo, "list", "--status", "beres") == 1
    assert "unknown status" in capsys.readouterr().err
    assert run(demo, "agencies", "--add", "Linmas", "--hide", "nope") == 1
    assert "unknown agency 'nope'" in capsys.readouterr().err
    assert run(demo, "agencies", "--rename", "pemda") == 1
    assert "KEY=NEW NAME" in capsys.readouterr().err
    assert run(demo, "delete", "zzzzzzzz") == 1
    assert changes(demo) == before
    db = open_database(demo)
    try:
        assert "linmas" not in {a.key for a in risks.agencies(db, include_hidden=True)}
    finally:
        db.close()


def test_a_database_without_stages_refuses_with_a_message(banten_path, capsys):
    assert run(banten_path, *ADD) == 1
    assert "stage: no stage 'masa tenang'" in capsys.readouterr().err
