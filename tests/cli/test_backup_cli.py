"""`commandpost backup now|list|restore` as an officer types them."""

import argparse
import io
import json
import re
import sys

import pytest

from commandpost.cli.backup import register
from commandpost.store.backup import file_problems, make_backup
from commandpost.store.failures import human_bytes
from tests.helpers import dump, file_digest
from tests.store.test_backup import T0, damage_page, set_dpt

NAME = r"banten-\d{8}-\d{6}(-\d+)?\.sqlite"


def _db_option(p: argparse.ArgumentParser) -> None:
    """The same options as build_parser's db_option."""
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS)
    p.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)


def _run(capsys, *argv):
    parser = argparse.ArgumentParser(prog="commandpost")
    register(parser.add_subparsers(), _db_option)
    args = parser.parse_args([str(a) for a in argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    path = tmp_path / "data"
    monkeypatch.setenv("COMMANDPOST_DATA_DIR", str(path))
    return path


# -- now ---------------------------------------------------------------------------------------


def test_now_writes_a_verified_backup_and_says_where(banten_path, tmp_path, capsys):
    folder = tmp_path / "backups"
    code, out, err = _run(capsys, "backup", "now", "--db", banten_path, "--to", folder)
    assert (code, err) == (0, "")
    [written] = list(folder.iterdir())
    assert re.fullmatch(NAME, written.name)
    size = human_bytes(written.stat().st_size)
    assert out == f"backup written and verified: {written} ({size})\n"
    assert file_problems(written) == []


def test_now_goes_to_the_data_dir_by_default(banten_path, data_dir, capsys):
    code, out, _err = _run(capsys, "backup", "now", "--db", banten_path)
    assert code == 0
    [written] = list((data_dir / "backups").iterdir())
    assert out.startswith(f"backup written and verified: {written} (")


def test_now_keeps_the_newest_and_says_how_many_it_removed(banten_path, tmp_path, capsys):
    folder = tmp_path / "backups"
    for _ in range(2):
        _run(capsys, "backup", "now", "--db", banten_path, "--to", folder, "--keep", "2")
    code, out, _err = _run(
        capsys, "backup", "now", "--db", banten_path, "--to", folder, "--keep", "2"
    )
    assert code == 0
    assert out.splitlines()[1] == "removed 1 older backup (keeping the newest 2 in each folder)"
    assert len(list(folder.iterdir())) == 2


def test_a_failing_second_folder_is_an_error_but_the_first_is_kept(banten_path, tmp_path, capsys):
    usb = tmp_path / "usb"
    usb.write_text("a file")
    code, out, err = _run(
        capsys, "backup", "now", "--db", banten_path, "--to", tmp_path / "b", "--also", usb
    )
    assert code == 2
    [written] = list((tmp_path / "b").iterdir())
    assert out.startswith(f"backup written and verified: {written} (")
    assert err == f"error: cannot write backups to {usb}: it is a file, not a folder\n"


def test_now_refuses_a_missing_database_and_keep_zero(tmp_path, capsys):
    missing = tmp_path / "hilang.sqlite"
    code, out, err = _run(capsys, "backup", "now", "--db", missing, "--to", tmp_path / "b")
    assert (code, out, err) == (2, "", f"error: {missing}: no such database\n")
    code, out, err = _run(capsys, "backup", "now", "--db", missing, "--keep", "0")
    assert (code, out, err) == (1, "", "error: --keep must be at least 1\n")
    assert not (tmp_path / "b").exists()


# -- list --------------------------------------------------------------------------------------


def test_list_shows_newest_first_as_a_table_and_as_json(banten_path, tmp_path, capsys):
    folder = tmp_path / "backups"
    older = make_backup(banten_path, folder, now=T0).made[0]
    newer = make_backup(banten_path, folder, now=T0.replace(hour=4)).made[0]
    code, out, err = _run(capsys, "backup", "list", "--db", banten_path, "--to", folder)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["taken", "(UTC)", "size", "file"]
    assert lines[1].split()[:2] == ["2024-11-27", "04:15:00"]
    assert lines[1].endswith(str(newer.path))
    assert lines[2].split()[:2] == ["2024-11-27", "03:15:00"]
    assert lines[2].endswith(str(older.path))

    code, out, _err = _run(capsys, "backup", "list", "--db", banten_path, "--to", folder, "--json")
    assert code == 0
    assert json.loads(out) == [
        {
            "path": str(newer.path),
            "taken_at": "2024-11-27T04:15:00Z",
            "size_bytes": newer.size_bytes,
        },
        {
            "path": str(older.path),
            "taken_at": "2024-11-27T03:15:00Z",
            "size_bytes": older.size_bytes,
        },
    ]


def test_list_with_no_backups_says_so(banten_path, tmp_path, capsys):
    folder = tmp_path / "kosong"
    code, out, _err = _run(capsys, "backup", "list", "--db", banten_path, "--to", folder)
    assert (code, out) == (0, f"no backups of banten.sqlite in {folder}\n")
    code, out, _err = _run(capsys, "backup", "list", "--db", banten_path, "--to", folder, "--json")
    assert (code, json.loads(out)) == (0, [])


# -- restore -----------------------------------------------------------------------------------


@pytest.fixture
def taken(banten_path, tmp_path):
    """A backup, after which the database changed."""
    info = make_backup(banten_path, tmp_path / "backups", now=T0).made[0]
    set_dpt(banten_path, 321)
    return info


def test_restore_with_yes_says_where_the_old_file_is(banten_path, taken, capsys):
    before = file_digest(banten_path)
    code, out, err = _run(capsys, "backup", "restore", taken.path, "--db", banten_path, "--yes")
    assert (code, err) == (0, "")
    [aside] = banten_path.parent.glob("banten.before-restore-*.sqlite")
    assert out == f"restored from {taken.path}; the previous file is kept as {aside}\n"
    assert file_digest(aside) == before
    assert dump(banten_path) == dump(taken.path)


def test_restore_without_yes_off_a_terminal_changes_nothing(banten_path, taken, capsys):
    before = file_digest(banten_path)
    code, out, err = _run(capsys, "backup", "restore", taken.path, "--db", banten_path)
    assert code == 1
    assert out.splitlines() == [
        f"restore would replace {banten_path} with {taken.path} (taken 2024-11-27 03:15:00 "
        f"UTC, {human_bytes(taken.size_bytes)}, checked: good)",
        "the current file would be kept as banten.before-restore-<UTC time>.sqlite in "
        f"{banten_path.parent}; close CommandPost on this database first",
    ]
    assert err == "error: not restored: run again with --yes to confirm\n"
    assert file_digest(banten_path) == before
    assert not list(banten_path.parent.glob("*.before-restore-*"))


@pytest.mark.parametrize(
    ("answer", "restored"), [("ya\n", True), ("YES\n", True), ("tidak\n", False), ("", False)]
)
def test_restore_asks_on_a_terminal(banten_path, taken, capsys, monkeypatch, answer, restored):
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    before = file_digest(banten_path)
    code, out, _err = _run(capsys, "backup", "restore", taken.path, "--db", banten_path)
    assert "type 'ya' to restore: " in out
    if restored:
        assert code == 0
        assert out.endswith(
            f"restore: restored from {taken.path}; the previous file is kept as "
            f"{next(banten_path.parent.glob('banten.before-restore-*'))}\n"
        )
        assert dump(banten_path) == dump(taken.path)
    else:
        assert code == 1
        assert out.endswith("not restored; nothing was changed\n")
        assert file_digest(banten_path) == before


def test_restore_by_name_from_the_backup_folder(
    banten_path, data_dir, capsys, monkeypatch, tmp_path
):
    info = make_backup(banten_path, now=T0).made[0]
    set_dpt(banten_path, 321)
    monkeypatch.chdir(tmp_path)
    code, out, _err = _run(
        capsys, "backup", "restore", info.path.name, "--db", banten_path, "--yes"
    )
    assert code == 0
    assert out.startswith(f"restored from {data_dir / 'backups' / info.path.name}; ")


@pytest.mark.parametrize("yes", [True, False])
def test_a_damaged_backup_is_refused_without_a_traceback(banten_path, taken, capsys, yes):
    damage_page(taken.path)
    before = file_digest(banten_path)
    argv = ["backup", "restore", taken.path, "--db", banten_path] + (["--yes"] if yes else [])
    code, out, err = _run(capsys, *argv)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {taken.path} is damaged and cannot be restored: integrity: ")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert file_digest(banten_path) == before


def test_restore_of_a_missing_file_is_refused(banten_path, tmp_path, capsys):
    missing = tmp_path / "banten-20241127-031500.sqlite"
    for extra in (["--yes"], []):
        code, out, err = _run(capsys, "backup", "restore", missing, "--db", banten_path, *extra)
        assert (code, out, err) == (2, "", f"error: {missing}: no such backup\n")
