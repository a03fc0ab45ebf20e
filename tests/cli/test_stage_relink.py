"""`commandpost stage template|import --replace` says what became of the risk register: the
lines moved to the new stage of their kind, per stage, and each line left without a stage,
named by id, stage, threat and area."""

import json

import pytest

from commandpost.cli import main
from tests.helpers import CASES, copy_db

C11 = CASES / "C11-tahapan-dates-messy.csv"


@pytest.fixture
def demo(demo_path, tmp_path):
    return copy_db(demo_path, tmp_path / "demo.sqlite")


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _register(capsys, demo) -> dict[str, str]:
    """Each line's id → its stage's name as `risk list --json` shows it."""
    code, out, _err = _run(capsys, "risk", "list", "--db", demo, "--json")
    assert code == 0
    return {row["id"]: row["stage_name"] for row in json.loads(out)}


def test_a_template_lacking_a_kind_names_the_lines_left_without_a_stage(demo, capsys):
    code, out, _err = _run(
        capsys,
        *("risk", "add", "--db", demo, "--stage", "Pembentukan PPK"),
        *("--node", "36.02", "--threat", "hak_pilih", "--level", "2"),
        *("--mitigation", "Pendampingan rekrutmen KPPS", "--agency", "kpu"),
    )
    assert code == 0, out
    before = _register(capsys, demo)
    [formation] = [rid for rid, stage in before.items() if stage.startswith("Pembentukan")]

    code, out, _err = _run(capsys, "stage", "template", "--db", demo, "pemilu_2024", "--replace")
    assert code == 0
    lines = out.splitlines()
    assert "18 risk-register lines moved to the new stage of the same kind:" in lines
    assert "  Kampanye → Kampanye: 5" in lines
    assert lines[-3:] == [
        "1 risk-register lines left without a stage (no new stage of their kind):",
        f"  {formation[:8]}  Pembentukan PPK, PPS dan KPPS (formation): "
        "Hak pilih · Kabupaten Lebak (36.02)",
        "note: give them a stage with `commandpost risk set ID --stage STAGE`",
    ]
    after = _register(capsys, demo)
    assert after[formation] == ""
    assert sum(1 for stage in after.values() if stage) == 18


def test_an_import_replacing_the_stages_says_what_moved_and_what_was_left(demo, capsys):
    code, out, _err = _run(
        capsys, "stage", "import", "--db", demo, C11, "--skip-bad-rows", "--replace"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[1:4] == [
        "8 risk-register lines moved to the new stage of the same kind:",
        "  Pendaftaran pasangan calon → PENDAFTARAN PASANGAN CALON, TERMASUK PERBAIKAN: 3",
        "  Kampanye → KAMPANYE: 5",
    ]
    # The file has no quiet period, voting day or recapitulation: those lines are named.
    assert lines[4] == "10 risk-register lines left without a stage (no new stage of their kind):"
    left = lines[5:-1]
    assert len(left) == 10
    assert sum(1 for line in left if "  Masa tenang (quiet): " in line) == 3
    # A TPS is named with its code: "TPS 001" alone says nothing.
    floods = [line.split(": ", 1)[1] for line in left if "Banjir" in line]
    assert len(floods) == 2 and all(f.startswith("Banjir · TPS 001 (36.0") for f in floods)
    register = _register(capsys, demo)
    assert sorted(register.values()).count("") == 10
