"""`commandpost shift ...`, `checkin`, `checkout` and `personnel export`: voting day from the
relay to the late list and the file for the Polsek, with bad input refused (exit 1, the field
named, nothing changed)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from commandpost.cli import main
from tests.fixtures_store import KIBIN_TAMBAK
from tests.helpers import dump

WHO = ["--actor", "Bripka Uji (85010001)"]


def run(path: Path, *argv: str) -> int:
    return main([*argv, "--db", str(path)])


def as_json(path: Path, capsys, *argv: str):
    capsys.readouterr()
    assert run(path, *argv, "--json") == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def voting_day(kibin_path, capsys) -> Path:
    """Kibin with the voting stage, its three relay shifts and two people in the plan."""
    stage = ["--name", "Pemungutan suara", "--start", "27 November 2024"]
    assert run(kibin_path, "stage", "add", *stage, "--end", "27/11/2024", "--kind", "voting") == 0
    for nrp, name, rank, tps in (
        ("02010001", "Ade Muda", "Bripda", "001"),
        ("85010002", "Agus Setiawan", "Bripka", "002"),
    ):
        person = ["--nrp", nrp, "--name", name, "--rank", rank, "--unit", "Polsek Kibin"]
        assert run(kibin_path, "personnel", "add", *person, "--phone", "0812-1", *WHO) == 0
        assert run(kibin_path, "assign", "--nrp", nrp, "--post", f"{KIBIN_TAMBAK}.{tps}", *WHO) == 0
    capsys.readouterr()
    assert run(kibin_path, "shift", "day", "27 November 2024", "--stage", "Pemungutan", *WHO) == 0
    out = capsys.readouterr().out
    assert "shift added: Sif 1 06.00–14.00, 2024-11-27 06:00 WIB to 2024-11-27 14:00 WIB" in out
    assert "Sif 3 22.00–06.00, 2024-11-27 22:00 WIB to 2024-11-28 06:00 WIB" in out
    return kibin_path


def test_the_relay_is_listed_and_shifts_are_added_changed_and_deleted(voting_day, capsys):
    listed = as_json(voting_day, capsys, "shift", "list")
    assert [(s["name"], s["start"], s["stage"]) for s in listed] == [
        ("Sif 1 06.00–14.00", "2024-11-27 06:00 WIB", "Pemungutan suara"),
        ("Sif 2 14.00–22.00", "2024-11-27 14:00 WIB", "Pemungutan suara"),
        ("Sif 3 22.00–06.00", "2024-11-27 22:00 WIB", "Pemungutan suara"),
    ]
    extra = ["--name", "Sif cadangan", "--start", "27/11/2024 08.00", "--end", "2024-11-27 16:00"]
    assert run(voting_day, "shift", "add", *extra, "--stage", "Pemungutan suara", *WHO) == 0
    assert "shift added: Sif cadangan, 2024-11-27 08:00 WIB" in capsys.readouterr().out
    assert run(voting_day, "shift", "set", "Sif cadangan", "--end", "2024-11-27 15:30", *WHO) == 0
    assert "to 2024-11-27 15:30 WIB" in capsys.readouterr().out
    shift_id = next(s["id"] for s in as_json(voting_day, capsys, "shift", "list"))
    assert run(voting_day, "shift", "delete", shift_id, *WHO) == 0
    assert "shift deleted: Sif 1 06.00–14.00; 0 assignments ended" in capsys.readouterr().out
    names = [s["name"] for s in as_json(voting_day, capsys, "shift", "list", "--stage", "Pemu")]
    assert names == ["Sif cadangan", "Sif 2 14.00–22.00", "Sif 3 22.00–06.00"]


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (
            ["shift", "add", "--name", "X", "--start", "2024-11-27 14:00", "--end",
             "2024-11-27 06:00"],
            "ends (2024-11-27 06:00 WIB) at or before its start (2024-11-27 14:00 WIB)",
        ),
        (
            ["shift", "add", "--name", "X", "--start", "2024-11-27 06:00", "--end",
             "2024-11-28 07:00"],
            "25 hours; a shift lasts at most 24 hours",
        ),
        (
            ["shift", "add", "--name", "X", "--start", "2024-11-28 06:00", "--end",
             "2024-11-28 14:00", "--stage", "Pemungutan suara"],
            "outside the stage Pemungutan suara (2024-11-27 to 2024-11-27)",
        ),
        (
            ["shift", "add", "--name", "X", "--start", "besok pagi", "--end", "2024-11-28 14:00"],
            "--start: 'besok pagi' is not a date and time like '2024-11-27 06:10'",
        ),
        (["shift", "day", "27 November 2024", "--stage", "Pemungutan suara"], "already a shift"),
        (["shift", "set", "Sif", "--name", "Y"], "fits several shifts"),
        (["shift", "set", "plan", "--name", "Y"], "unknown shift 'plan'"),
        (["shift", "delete", "Sif 7"], "unknown shift 'Sif 7'"),
        (["shift", "copy", "--to", "plan"], "Rencana operasi cannot be copied into itself"),
        (["checkin", "02010001", "--shift", "Sif 1"], "Ade Muda has no post in Sif 1"),
        (["checkout", "02010001"], "Ade Muda has not checked in to Rencana operasi"),
        (["checkin", "2010001", "--shift", "plan"], "a leading zero may have been lost"),
        (["assign", "--nrp", "02010001", "--post", f"{KIBIN_TAMBAK}.003", "--shift", "pagi"],
         "unknown shift 'pagi'"),
        (["personnel", "export", "daftar.pdf"], "daftar.pdf: give a file name ending in .xlsx"),
        (["personnel", "export", "/no/such/folder/daftar.xlsx"], "does not exist"),
        (["personnel", "export", "daftar.xlsx", "--unit", "Polres Entah"], "unknown unit"),
    ],
)  # fmt: skip
def test_bad_input_exits_non_zero_with_the_reason_and_changes_nothing(
    voting_day, capsys, tmp_path, monkeypatch, argv, words
):
    monkeypatch.chdir(tmp_path)
    before = dump(voting_day)
    capsys.readouterr()
    assert run(voting_day, *argv) == 1
    assert words in capsys.readouterr().err
    assert dump(voting_day) == before
    assert not (tmp_path / "daftar.xlsx").exists()


def test_copy_check_in_the_late_list_and_check_out(voting_day, capsys):
    assert run(voting_day, "shift", "copy", "--to", "Sif 1", *WHO) == 0
    assert "2 assignments copied from Rencana operasi to Sif 1 06.00–14.00" in (
        capsys.readouterr().out
    )
    assert run(voting_day, "shift", "copy", "--from", "plan", "--to", "Sif 1", *WHO) == 0
    out = capsys.readouterr().out
    assert "0 assignments copied" in out
    assert "02010001: already on a post in that shift" in out
    status = as_json(voting_day, capsys, "shift", "status", "Sif 1", "--at", "2024-11-27 06:30")
    assert (status["assigned"], status["checked_in"], status["late"]) == (
        2,
        0,
        ["02010001", "85010002"],
    )
    assert (
        run(voting_day, "checkin", "02010001", "--shift", "Sif 1", "--at", "2024-11-27 05:52") == 0
    )
    assert "Ade Muda (02010001) checked in: Sif 1 06.00–14.00, 2024-11-27 05:52 WIB" in (
        capsys.readouterr().out
    )
    # An ISO time with its own offset keeps it: 00.10 UTC is 07.10 WIB.
    at = ["--at", "2024-11-27T00:10:00+00:00"]
    assert run(voting_day, "checkin", "85010002", "--shift", "sif 1 06", *at, *WHO) == 0
    assert "2024-11-27 07:10 WIB" in capsys.readouterr().out
    status = as_json(voting_day, capsys, "shift", "status", "Sif 1", "--at", "2024-11-27 07:15")
    assert (status["checked_in"], status["late"]) == (2, [])
    assert (
        run(voting_day, "checkout", "02010001", "--shift", "Sif 1", "--at", "27/11/2024 14.05") == 0
    )
    assert "Ade Muda (02010001) checked out: Sif 1 06.00–14.00, 2024-11-27 14:05 WIB" in (
        capsys.readouterr().out
    )
    before = dump(voting_day)
    at = ["--at", "2024-11-27 13:00"]
    assert run(voting_day, "checkout", "85010002", "--shift", "Sif 1", *at, *WHO) == 0
    capsys.readouterr()
    assert run(voting_day, "checkout", "02010001", "--shift", "Sif 1", *WHO) == 1
    assert "already checked out of Sif 1 06.00–14.00 at 2024-11-27 14:05 WIB" in (
        capsys.readouterr().err
    )
    assert dump(voting_day) != before
    status = as_json(voting_day, capsys, "shift", "status", "Sif 1", "--at", "2024-11-27 15:00")
    assert (status["checked_in"], status["checked_out"]) == (0, 2)
    # The assignment in the second shift is made by name.
    post = ["--post", f"{KIBIN_TAMBAK}.005", "--shift", "Sif 2"]
    assert run(voting_day, "assign", "--nrp", "02010001", *post, *WHO) == 0
    listed = as_json(voting_day, capsys, "shift", "list")
    assert [s["assigned"] for s in listed] == [2, 1, 0]


def test_the_assignment_list_is_exported_as_xlsx_and_csv(voting_day, capsys, tmp_path):
    assert run(voting_day, "shift", "copy", "--to", "Sif 1", *WHO) == 0
    at = ["--at", "2024-11-27 05:52"]
    assert run(voting_day, "checkin", "02010001", "--shift", "Sif 1", *at, *WHO) == 0
    capsys.readouterr()
    book = tmp_path / "daftar.xlsx"
    shift = ["--shift", "Sif 1", "--unit", "Polsek Kibin"]
    assert run(voting_day, "personnel", "export", str(book), *shift, "--phone") == 0
    assert f"2 assignments (POLSEK KIBIN — Sif 1 06.00–14.00) written to {book}" in (
        capsys.readouterr().out
    )
    sheet = load_workbook(book).active
    assert sheet["A1"].value == "DAFTAR PENUGASAN PERSONEL"
    assert sheet["A2"].value == "POLSEK KIBIN — Sif 1 06.00–14.00"
    header = [c.value for c in sheet[4]]
    rows = [dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=5, values_only=True)]
    assert [(r["NRP"], r["Pangkat"], r["Datang"], r["No HP"]) for r in rows] == [
        ("02010001", "Bripda", "2024-11-27 05:52 WIB", "0812-1"),
        ("85010002", "Bripka", None, "0812-1"),  # not checked in: an empty cell
    ]
    table = tmp_path / "daftar.csv"
    assert run(voting_day, "personnel", "export", str(table)) == 0
    with table.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    assert [(r["NRP"], r["Sif"], r["Pos"]) for r in lines] == [
        ("02010001", "Rencana operasi", "Tambak TPS 1"),
        ("85010002", "Rencana operasi", "Tambak TPS 2"),
    ]
    assert "No HP" not in lines[0]
