"""`commandpost duty`: the officer on duty names every change a command records; without
one (and without --actor) writes are refused; the login name is never asked for."""

from __future__ import annotations

import getpass
import json

import pytest

from commandpost.cli import main
from commandpost.store import changelog
from commandpost.store.database import open_database
from tests.helpers import ON_DUTY, add_tps, file_digest, load_province

BUDI = "AIPTU Budi Santoso · NRP 78050123"
RINA = "BRIPKA Rina Wati · NRP 85010002"
SET_CLASS = ["threat", "set", "--node", "36.02.01.2002.001", "--class", "rawan", "--reason", "uji"]


@pytest.fixture(autouse=True)
def no_login_name(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the login name was asked for")

    monkeypatch.setattr(getpass, "getuser", refuse)


@pytest.fixture
def nobody_path(tmp_path):
    path = tmp_path / "baru.sqlite"
    db = open_database(path, "Posko", create=True)
    load_province(db)
    add_tps(db, [("36.02.01.2002", 1, "Jl. Uji 1", 251)])
    db.close()
    return path


def last_actor(path) -> str:
    db = open_database(path)
    try:
        return changelog.load_changes(db)[-1].actor
    finally:
        db.close()


def show(path, capsys) -> dict:
    capsys.readouterr()
    assert main(["duty", "show", "--db", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_writes_without_an_officer_are_refused_with_how_to_set_one(nobody_path, capsys):
    before = file_digest(nobody_path)
    assert main([*SET_CLASS, "--db", str(nobody_path)]) == 1
    err = capsys.readouterr().err
    assert "no officer on duty is recorded" in err
    assert "commandpost duty set --name NAME --rank RANK --nrp NRP [--post NAME]" in err
    assert file_digest(nobody_path) == before
    # --actor still names whoever the command is for.
    assert main([*SET_CLASS, "--db", str(nobody_path), "--actor", "Bripka Andi"]) == 0
    assert last_actor(nobody_path) == "Bripka Andi"


def test_duty_set_then_every_write_names_the_officer(nobody_path, capsys):
    argv = ["duty", "set", "--db", str(nobody_path), "--name", "Budi Santoso", "--rank"]
    assert main([*argv, "aiptu", "--nrp", "78050123", "--post", "Posko Pam Pilkada Lebak"]) == 0
    assert BUDI in capsys.readouterr().out
    data = show(nobody_path, capsys)
    assert data["officer"]["label"] == BUDI and data["post"] == "Posko Pam Pilkada Lebak"
    assert (data["time_zone"], data["time_zone_from_province"]) == ("WIB", True)
    assert main([*SET_CLASS, "--db", str(nobody_path)]) == 0
    assert last_actor(nobody_path) == BUDI
    assert main([*SET_CLASS, "--db", str(nobody_path), "--actor", "Kompol Dedi"]) == 0
    assert last_actor(nobody_path) == "Kompol Dedi"


def test_handover_then_the_incoming_officer_is_the_actor(banten_path, capsys):
    argv = ["duty", "handover", "--db", str(banten_path), "--rank", "Bripka", "--name"]
    assert main([*argv, "Rina Wati", "--nrp", "85010002", "--note", "aman"]) == 0
    assert capsys.readouterr().out.strip() == f"handed over: {ON_DUTY} -> {RINA}"
    assert last_actor(banten_path) == ON_DUTY  # the handover itself: the outgoing officer
    data = show(banten_path, capsys)
    assert data["officer"]["label"] == RINA
    assert (data["handed_over_by"], data["note"]) == (ON_DUTY, "aman")
    assert data["history"][0] == {
        "at": data["history"][0]["at"],
        "kind": "handover",
        "actor": ON_DUTY,
        "officer": RINA,
        "outgoing": ON_DUTY,
        "note": "aman",
        "post": None,
        "time_zone": None,
    }
    assert main([*SET_CLASS, "--db", str(banten_path)]) == 0
    assert last_actor(banten_path) == RINA
    assert main(["duty", "show", "--db", str(banten_path)]) == 0
    out = capsys.readouterr().out
    assert f"on duty    {RINA}" in out and f"handover {ON_DUTY} -> {RINA} (aman)" in out


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--rank", "Bripka", "--name", "Rina", "--nrp", "8501000"], "7 digits"),
        (["--rank", "Kapten", "--name", "Rina", "--nrp", "85010002"], "not a Polri"),
        (["--rank", "Bripka", "--name", " ", "--nrp", "85010002"], "name is empty"),
        (["--rank", "Bripka", "--name", "Uji", "--nrp", "85010001"], "already on duty"),
    ],
)
def test_bad_handovers_are_refused_and_change_nothing(banten_path, capsys, extra, words):
    before = file_digest(banten_path)
    assert main(["duty", "handover", "--db", str(banten_path), *extra]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert file_digest(banten_path) == before


def test_a_handover_with_nobody_on_duty_says_to_set_one(nobody_path, capsys):
    argv = ["duty", "handover", "--db", str(nobody_path), "--rank", "Bripka", "--name", "R"]
    assert main([*argv, "--nrp", "85010002"]) == 1
    assert "commandpost duty set" in capsys.readouterr().err


def test_init_records_the_officer_and_the_post(tmp_path, capsys):
    path = tmp_path / "op.sqlite"
    argv = ["init", "--db", str(path), "--post", "Posko Pam Pilkada Polres Lebak"]
    argv += ["--operation", "Uji", "--stages", "none", "--officer-name", "Budi Santoso"]
    assert main([*argv, "--rank", "AIPTU", "--nrp", "78050123"]) == 0
    data = show(path, capsys)
    assert (data["post"], data["officer"]["label"]) == ("Posko Pam Pilkada Polres Lebak", BUDI)
    db = open_database(path)
    try:
        assert {c.actor for c in changelog.load_changes(db)} == {BUDI}
    finally:
        db.close()


def test_init_without_an_officer_says_writes_wait_for_one(tmp_path, capsys):
    path = tmp_path / "op.sqlite"
    argv = ["init", "--db", str(path), "--station", "Posko X", "--operation", "Uji"]
    assert main([*argv, "--stages", "none", "--zone", "WITA"]) == 0
    assert "no officer on duty yet" in capsys.readouterr().err
    data = show(path, capsys)
    assert (data["officer"], data["time_zone"]) == (None, "WITA")
    half = tmp_path / "half.sqlite"
    argv = ["init", "--db", str(half), "--station", "P", "--operation", "O", "--nrp", "78050123"]
    assert main(argv) == 1
    assert "--officer-name, --rank and --nrp" in capsys.readouterr().err
    assert not half.exists()


def test_the_demo_has_an_officer_on_duty(demo_path, capsys):
    data = show(demo_path, capsys)
    assert data["officer"]["label"] == BUDI
    assert data["post"] == "Posko Polda Banten (demo)"
