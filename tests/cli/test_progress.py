"""`commandpost tps-progress`: set, problem, list and summary; bad input changes nothing."""

from __future__ import annotations

import json

import pytest

from commandpost.cli import main
from commandpost.store import changelog, progress
from commandpost.store.database import open_database
from tests.helpers import dump

VILLAGE = "36.02.01.2002"
T1, T2, T3 = (f"{VILLAGE}.00{n}" for n in (1, 2, 3))


def changes(path) -> int:
    db = open_database(path)
    try:
        return len(changelog.load_changes(db))
    finally:
        db.close()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_then_list_and_summary(banten_path, capsys):
    db = str(banten_path)
    code, out, _ = run(
        capsys, "tps-progress", "set", "--db", db, "--node", T1, T2, "--state", "opened",
        "--at", "2024-11-27T07:10+07:00", "--actor", "Bripka Andi",
    )  # fmt: skip
    assert code == 0
    assert out.strip() == "opened: recorded for 2 TPS, at 2024-11-27 07:10 WIB"
    # A time without an offset is the post's (Banten: WIB), whatever the laptop's zone.
    code, out, _ = run(
        capsys, "tps-progress", "set", "--db", db, "--node", T1, "--state", "Finished",
        "--at", "2024-11-27 13:05",
    )  # fmt: skip
    assert code == 0

    code, out, _ = run(capsys, "tps-progress", "list", "--db", db, "--under", VILLAGE, "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["code"], r["state"]) for r in rows] == [
        (T1, "finished"),
        (T2, "opened"),
        (T3, "none"),
    ]
    assert rows[0]["progress_at"] == "2024-11-27T06:05+00:00"
    assert rows[1] == {
        "code": T2,
        "village": "Cilangkahan",
        "number": 2,
        "state": "opened",
        "progress_at": "2024-11-27T00:10+00:00",
        "problem": False,
    }

    code, out, _ = run(
        capsys, "tps-progress", "list", "--db", db, "--under", "36.02", "--not-reached", "finished",
        "--json",
    )  # fmt: skip
    assert [r["code"] for r in json.loads(out)] == [T2, T3]
    code, out, _ = run(
        capsys, "tps-progress", "list", "--db", db, "--under", "36", "--not-reached", "opened",
        "--at", "2024-11-27T07:05+07:00", "--json",
    )  # fmt: skip
    assert [r["code"] for r in json.loads(out)] == [T1, T2, T3]
    code, out, _ = run(capsys, "tps-progress", "list", "--db", db, "--state", "opened")
    assert out.splitlines()[0].split() == [
        "code", "village", "number", "state", "progress_at", "problem"
    ]  # fmt: skip
    assert "2024-11-27 07:10 WIB" in out and T2 in out and T1 not in out

    code, out, _ = run(capsys, "tps-progress", "summary", "--db", db, "--under", "36.02", "--json")
    data = json.loads(out)
    assert data["total"] == 3 and data["problem"] == 0
    assert data["counts"]["opened"] == 1 and data["counts"]["finished"] == 1
    assert data["counts"]["none"] == 1
    assert data["reached"]["opened"] == 2 and data["reached"]["escorted"] == 0
    code, out, _ = run(capsys, "tps-progress", "summary", "--db", db, "--under", "36.02")
    assert code == 0 and "Kabupaten Lebak (36.02): 3 TPS, 0 with a problem" in out


def test_summary_by_hour(banten_path, capsys):
    db = str(banten_path)
    for node, state, at in (
        (VILLAGE, "opened", "2024-11-27T07:10+07:00"),
        (T1, "finished", "2024-11-27T13:20+07:00"),
    ):
        assert main(["tps-progress", "set", "--db", db, "--node", node, "--state", state,
                     "--at", at]) == 0  # fmt: skip
    capsys.readouterr()
    code, out, _ = run(
        capsys, "tps-progress", "summary", "--db", db, "--under", "36", "--by-hour",
        "--day", "2024-11-27", "--json",
    )  # fmt: skip
    assert code == 0
    hours = json.loads(out)["by_hour"]["hours"]
    assert [h["reached"]["opened"] for h in hours[6:9]] == [0, 3, 3]
    assert [h["reached"]["finished"] for h in hours[12:15]] == [0, 1, 1]
    code, out, _ = run(
        capsys, "tps-progress", "summary", "--db", db, "--under", "36", "--by-hour",
        "--day", "2024-11-27", "--zone", "WITA",
    )  # fmt: skip
    assert "2024-11-27 (WITA)" in out
    assert any(line.split()[:3] == ["08.59", "3", "3"] for line in out.splitlines())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["set", "--node", T1, "--state", "dibuka"], "unknown TPS progress state 'dibuka'"),
        (["set", "--node", T1, "36.99.01", "--state", "opened"], "unknown node 36.99.01"),
        (["set", "--node", "36.03", "--state", "opened"], "the selection holds no TPS"),
        (["set", "--node", T1, "--state", "opened", "--at", "jam tujuh"], "is not a time"),
        (["set", "--node", T1, "--state", "opened", "--at", "2999-11-27 07:00"], "in the future"),
        (["set", "--node", T2, "--state", "arrived"], "1 TPS would move back"),
        (["problem", "--node", T1, "--incident", "tidak-ada"], "unknown incident tidak-ada"),
        (["list", "--under", "36.99"], "unknown node 36.99"),
        (["list", "--not-reached", "buka"], "unknown TPS progress state 'buka'"),
        (["summary", "--under", "99"], "unknown node 99"),
        (["summary", "--under", "36", "--by-hour"], "no voting day"),
    ],
)
def test_bad_input_is_a_message_and_changes_nothing(banten_path, capsys, argv, message):
    db = open_database(banten_path)
    progress.set_progress(db, [T2], "opened", actor="uji", at="2024-11-27T07:00+07:00")
    db.close()
    before, count = dump(banten_path), changes(banten_path)
    code, _out, err = run(capsys, "tps-progress", *argv, "--db", str(banten_path))
    assert code == 1
    assert message in err and err.startswith("error: ") and "Traceback" not in err
    assert changes(banten_path) == count
    assert dump(banten_path) == before


def test_a_correction_back_with_a_reason_and_a_problem_flag(banten_path, capsys):
    db = str(banten_path)
    assert main(["tps-progress", "set", "--db", db, "--node", VILLAGE, "--state", "counting"]) == 0
    capsys.readouterr()
    code, out, _ = run(
        capsys, "tps-progress", "set", "--db", db, "--node", T3, "--state", "voting",
        "--reason", "salah lapor",
    )  # fmt: skip
    assert code == 0 and out.startswith("voting: recorded for 1 TPS")
    code, out, _ = run(capsys, "tps-progress", "problem", "--db", db, "--node", VILLAGE)
    assert code == 0 and out.strip() == "problem flagged at 3 TPS"
    code, out, _ = run(capsys, "tps-progress", "problem", "--db", db, "--node", T1, "--clear")
    assert out.strip() == "problem cleared at 1 TPS"
    code, out, _ = run(capsys, "tps-progress", "summary", "--db", db, "--under", VILLAGE, "--json")
    data = json.loads(out)
    assert (data["problem"], data["counts"]["counting"], data["counts"]["voting"]) == (2, 2, 1)
    code, out, _ = run(capsys, "tps-progress", "list", "--db", db, "--under", VILLAGE)
    assert [line.split()[-1] for line in out.splitlines()[1:]] == ["WIB", "yes", "yes"]


def test_help_names_the_states(capsys):
    with pytest.raises(SystemExit) as done:
        main(["tps-progress", "set", "--help"])
    assert done.value.code == 0
    assert "escorted" in capsys.readouterr().out


def test_a_village_step_says_which_tps_it_left_as_they_were(banten_path, capsys):
    db = str(banten_path)
    run(
        capsys, "tps-progress", "set", "--db", db, "--node", T1, "--state", "voting",
        "--at", "2024-11-27 07:10",
    )  # fmt: skip
    code, out, _ = run(
        capsys, "tps-progress", "set", "--db", db, "--node", VILLAGE, "--state", "opened",
        "--at", "2024-11-27 07:00",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines() == [
        "opened: recorded for 2 TPS, at 2024-11-27 07:00 WIB",
        f"left as they were, already further along: 1 TPS ({T1})",
    ]
