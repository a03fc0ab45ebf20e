"""`commandpost incident ...`: the field reporter, corrections and voids from the command
line; every refusal says why, exits 1 and leaves the file as it was."""

from __future__ import annotations

import json

import pytest

from commandpost.cli import main
from tests.helpers import file_digest

ACTOR = ["--actor", "Aipda Rudi"]


@pytest.fixture
def logged(banten_path, capsys):
    db = ["--db", str(banten_path)]
    code = main(
        [
            "incident",
            "add",
            *db,
            *ACTOR,
            "--node",
            "36.02.01.2002",
            "--type",
            "bentrok",
            "--description",
            "Dua kelompok pemuda adu mulut",
            "--time",
            "2024-11-28T10:00+07:00",
            "--reporter-name",
            "Bripka Andi",
            "--reporter-unit",
            "Polsek Malingping",
            "--reporter-contact",
            "0812 3456 7890",
        ]
    )
    assert code == 0
    return db, capsys.readouterr().out.strip()


def _listed(db, capsys, *extra):
    assert main(["incident", "list", *db, "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_add_records_the_reporter_and_list_shows_it(logged, capsys):
    db, incident_id = logged
    [row] = _listed(db, capsys)
    assert row["id"] == incident_id
    assert (row["reported_by"], row["reporter"], row["voided"]) == (
        "Aipda Rudi",
        "Bripka Andi (Polsek Malingping, 0812 3456 7890)",
        False,
    )
    assert main(["incident", "list", *db]) == 0
    table = capsys.readouterr().out
    assert "Bripka Andi (Polsek Malingping, 0812 3456 7890)" in table
    assert "VOIDED" not in table


def test_correct_then_void(logged, capsys):
    db, incident_id = logged
    code = main(
        [
            "incident",
            "correct",
            incident_id,
            *db,
            *ACTOR,
            "--reason",
            "pelapor meralat lewat telepon",
            "--type",
            "unjuk_rasa",
            "--at",
            "2024-11-28T09:30+07:00",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out.strip() == (
        f"incident {incident_id}: corrected (occurred_at, type)"
    )
    [row] = _listed(db, capsys)
    assert (row["type"], row["occurred_at"]) == ("unjuk_rasa", "2024-11-28T02:30+00:00")

    assert main(["incident", "void", incident_id, *db, *ACTOR, "--reason", "hoaks"]) == 0
    assert capsys.readouterr().out.strip() == f"incident {incident_id}: voided"
    [row] = _listed(db, capsys)
    assert (row["voided"], row["void_reason"]) == (True, "hoaks")
    assert _listed(db, capsys, "--hide-voided") == []
    assert main(["incident", "list", *db]) == 0
    assert "dilaporkan VOIDED" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["correct", "{id}", "--type", "lainnya"], "reason for the correction is required"),
        (["correct", "{id}", "--reason", "r", "--type", "tawuran"], "unknown incident type"),
        (["correct", "{id}", "--reason", "r", "--at", "besok"], "not a date and time"),
        (["correct", "{id}", "--reason", "r", "--node", "36.99"], "unknown node 36.99"),
        (["correct", "{id}", "--reason", "r", "--type", "bentrok"], "nothing to correct"),
        (["correct", "nope", "--reason", "r", "--type", "lainnya"], "no incident nope"),
        (["void", "{id}"], "reason for voiding the incident is required"),
        (["void", "nope", "--reason", "r"], "no incident nope"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(logged, banten_path, capsys, args, words):
    db, incident_id = logged
    before = file_digest(banten_path)
    args = [a.replace("{id}", incident_id) for a in args]
    assert main(["incident", *args, *db, *ACTOR]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert file_digest(banten_path) == before


def test_a_voided_incident_cannot_be_voided_or_moved_on(logged, banten_path, capsys):
    db, incident_id = logged
    assert main(["incident", "void", incident_id, *db, *ACTOR, "--reason", "dobel"]) == 0
    capsys.readouterr()
    before = file_digest(banten_path)
    assert main(["incident", "void", incident_id, *db, *ACTOR, "--reason", "lagi"]) == 1
    assert "is voided" in capsys.readouterr().err
    status = ["incident", "status", incident_id, "ditangani", *db, *ACTOR, "--note", "n"]
    assert main(status) == 1
    assert "is voided" in capsys.readouterr().err
    assert file_digest(banten_path) == before


def test_add_without_a_known_type_is_refused(banten_path, capsys):
    before = file_digest(banten_path)
    args = ["--node", "36.02.01.2002", "--description", "x", "--type", ""]
    assert main(["incident", "add", "--db", str(banten_path), *ACTOR, *args]) == 1
    assert "incident type is required" in capsys.readouterr().err
    assert file_digest(banten_path) == before


@pytest.mark.parametrize(("zone", "stored"), [("WIB", "T02:00"), ("WITA", "T01:00")])
def test_a_time_without_offset_is_the_posts_clock(banten_path, capsys, zone, stored):
    """`--time 2024-11-27T09:00` is 09.00 on the post's clock (its zone as set), whatever
    zone the laptop is in; the store keeps UTC."""
    from commandpost.store import duty
    from commandpost.store.database import open_database

    handle = open_database(banten_path)
    try:
        duty.set_post(handle, zone=zone, actor="Aipda Rudi")
    finally:
        handle.close()
    db = ["--db", str(banten_path)]
    args = ["--node", "36.02.01.2002", "--type", "hoaks", "--description", "Pesan berantai"]
    assert main(["incident", "add", *db, *ACTOR, *args, "--time", "2024-11-27T09:00"]) == 0
    capsys.readouterr()
    assert main(["incident", "list", *db, "--json"]) == 0
    [row] = [r for r in json.loads(capsys.readouterr().out) if r["type"] == "hoaks"]
    assert row["occurred_at"].startswith(f"2024-11-27{stored}")
