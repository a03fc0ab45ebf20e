"""What an officer sees on the command line when the file or its disk fails, made for real:
a damaged page, a full disk and a read-only stick (tmpfs mounts in a user namespace), a
read-only folder, another process's lock, an empty or missing file, a file of a newer
version or another program, and a bug. Always one line of English, never a traceback."""

from __future__ import annotations

import functools
import logging
import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from commandpost import paths
from commandpost.cli import main
from tests.helpers import damage_root_page, file_digest, lock_held, quick_check
from tests.store.test_failures import TPS

LINUX = sys.platform.startswith("linux")
SET_CLASS = ["threat", "set", "--node", TPS, "--class", "rawan", "--reason", "laporan Bhabin"]


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _tps_class(path: Path) -> str:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT tps_class FROM tps WHERE code = ?", (TPS,)).fetchone()[0]
    finally:
        conn.close()


# -- damaged pages -------------------------------------------------------------------------------


def test_a_damaged_file_is_read_checked_and_never_written(banten_path, capsys):
    damage_root_page(banten_path)
    assert quick_check(banten_path) != ["ok"]
    before = file_digest(banten_path)

    code, out, err = _run(capsys, *SET_CLASS, "--db", banten_path)
    assert code == 2 and out == ""
    assert err.startswith(f"error: {banten_path} is a damaged CommandPost database")
    assert "CommandPost does not write to a damaged file" in err
    assert "restore the newest good backup" in err
    assert "Traceback" not in err

    code, out, err = _run(capsys, "check", "--db", banten_path)
    assert code == 2
    assert re.search(r"problem\(s\) found\n  integrity: ", err), err
    assert "the file is damaged: do not keep working on it" in err

    code, out, err = _run(capsys, "stats", "--db", banten_path)
    assert code == 0 and re.search(r"^tps +3$", out, re.M)
    assert file_digest(banten_path) == before


# -- a full disk and a read-only stick, for real -------------------------------------------------


@functools.cache
def _no_user_namespace() -> str | None:
    """Why tmpfs cannot be mounted here (None when it can)."""
    if not LINUX or shutil.which("unshare") is None:
        return "needs Linux and unshare(1) to mount a small disk"
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"user namespaces unavailable: `unshare -rm true` failed: {probe.stderr.strip()}"
    return None


# Runs in `unshare -rm` (root of a private mount namespace): $1 the mount point, $2 the
# database to copy there, $3 the folder for the results (outside the mount), $4 python.
# run NAME ARGS... leaves NAME.rc, NAME.out and NAME.err in $3.
_PRELUDE = """
stick=$1 src=$2 out=$3 py=$4
db=$stick/posko.sqlite
run() {
    name=$1; shift
    "$py" -m commandpost --db "$db" "$@" >"$out/$name.out" 2>"$out/$name.err"
    echo $? >"$out/$name.rc"
}
mount -t tmpfs -o size=16m tmpfs "$stick" || exit 90
cp "$src" "$db" || exit 91
"""


def _in_user_namespace(script: str, src: Path, tmp_path: Path) -> Path:
    reason = _no_user_namespace()
    if reason is not None:
        pytest.skip(reason)
    stick, out = tmp_path / "stick", tmp_path / "out"
    stick.mkdir()
    out.mkdir()
    arguments = (stick, src, out, sys.executable)
    done = subprocess.run(
        ["unshare", "-rm", "bash", "-c", _PRELUDE + script, "bash", *map(str, arguments)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return out


def _result(out: Path, name: str) -> tuple[int, str, str]:
    return (
        int((out / f"{name}.rc").read_text()),
        (out / f"{name}.out").read_text(),
        (out / f"{name}.err").read_text(),
    )


def test_a_full_disk_still_reads_refuses_the_write_and_writes_once_freed(banten_path, tmp_path):
    out = _in_user_namespace(
        f"""
dd if=/dev/zero of="$stick/filler" bs=1M 2>"$out/dd.err" && exit 92
run stats stats
run full {shlex.join(SET_CLASS)}
cp "$db" "$out/full.sqlite"
rm "$stick/filler"
run freed {shlex.join(SET_CLASS)}
cp "$db" "$out/freed.sqlite"
""",
        banten_path,
        tmp_path,
    )
    assert "No space left on device" in (out / "dd.err").read_text()

    code, stdout, stderr = _result(out, "stats")
    assert code == 0, stderr  # reading needs no room
    assert re.search(r"^tps +3$", stdout, re.M)
    assert "Traceback" not in stderr

    code, stdout, stderr = _result(out, "full")
    assert code == 2
    assert "cannot be written: the disk is full" in stderr
    assert "the last change was NOT saved" in stderr
    assert "Traceback" not in stderr
    assert file_digest(out / "full.sqlite") == file_digest(banten_path)

    code, stdout, stderr = _result(out, "freed")
    assert (code, stdout) == (0, "class rawan set on 1 TPS\n"), stderr
    assert _tps_class(out / "freed.sqlite") == "rawan"


def test_a_read_only_stick_is_read_and_the_write_refused(banten_path, tmp_path):
    out = _in_user_namespace(
        f"""
mount -o remount,ro "$stick" || exit 92
run stats stats
run write {shlex.join(SET_CLASS)}
cp "$db" "$out/after.sqlite"
ls -A "$stick" >"$out/ls"
""",
        banten_path,
        tmp_path,
    )
    code, stdout, stderr = _result(out, "stats")
    assert code == 0, stderr
    assert re.search(r"^tps +3$", stdout, re.M)

    code, stdout, stderr = _result(out, "write")
    assert (code, stdout) == (2, "")
    assert "cannot be written: the disk or stick it is on is read-only" in stderr
    assert "Traceback" not in stderr
    assert file_digest(out / "after.sqlite") == file_digest(banten_path)
    assert (out / "ls").read_text() == "posko.sqlite\n"


def _as_ordinary_user() -> list[str]:
    """The command prefix that runs a program without root's power over permissions."""
    if os.geteuid() != 0:
        return []
    # Root bypasses permissions; as user 1000 of a user namespace it does not.
    drop = ["unshare", "--map-user=1000", "--map-group=1000"]
    if shutil.which("unshare") is None or subprocess.run([*drop, "true"]).returncode != 0:
        pytest.skip("running as root, which bypasses permissions, and no user namespace to drop it")
    return drop


def test_a_read_only_folder_is_read_and_the_write_refused(banten_path, tmp_path):
    prefix = _as_ordinary_user()
    folder = banten_path.parent
    before = file_digest(banten_path)
    command = [*prefix, sys.executable, "-m", "commandpost", "--db", str(banten_path)]
    folder.chmod(0o555)
    try:
        stats = subprocess.run([*command, "stats"], capture_output=True, text=True)
        write = subprocess.run([*command, *SET_CLASS], capture_output=True, text=True)
    finally:
        folder.chmod(0o755)
    assert stats.returncode == 0, stats.stderr
    assert re.search(r"^tps +3$", stats.stdout, re.M)
    assert write.returncode == 2
    assert f"{banten_path} cannot be written: its folder is read-only" in write.stderr
    assert "Traceback" not in write.stderr
    assert file_digest(banten_path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["banten.sqlite"]


# -- another process holds the write lock ------------------------------------------------------


def test_a_locked_file_says_who_holds_it_while_waiting_then_gives_up(banten_path, capsys):
    before = file_digest(banten_path)
    with lock_held(banten_path) as holder:
        code, out, err = _run(capsys, *SET_CLASS, "--db", banten_path, "--wait", "1")
    assert (code, out) == (2, "")
    assert "Traceback" not in err
    waiting = err.index("waiting: ")
    error = err.index("error: ")
    assert waiting < error
    if LINUX:
        assert re.search(rf"^waiting: .* is being written by .*\(pid {holder.pid}\)", err, re.M)
    assert re.search(rf"^error: {re.escape(str(banten_path))} is being written by ", err, re.M)
    assert "the last change was NOT saved" in err
    assert file_digest(banten_path) == before


# -- an empty or missing file ------------------------------------------------------------------


@pytest.mark.parametrize("command", [["stats"], SET_CLASS], ids=["stats", "threat-set"])
def test_an_empty_file_is_refused_and_left_empty(tmp_path, capsys, command):
    path = tmp_path / "posko.sqlite"
    path.touch()
    code, out, err = _run(capsys, *command, "--db", path)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {path} is an empty file, not a CommandPost database")
    assert path.stat().st_size == 0
    assert [p.name for p in tmp_path.iterdir()] == ["posko.sqlite"], "no -wal, no -shm"


@pytest.mark.parametrize("command", [["stats"], SET_CLASS], ids=["stats", "threat-set"])
def test_a_missing_file_is_refused_and_nothing_is_made(tmp_path, capsys, command):
    path = tmp_path / "stick" / "posko.sqlite"
    code, out, err = _run(capsys, *command, "--db", path)
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {path} does not exist (make one with `commandpost init`")
    assert list(tmp_path.iterdir()) == []


# -- a file of a newer version or of another program ---------------------------------------


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '29991231_0001'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def _foreign(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE kontak (nama TEXT)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_newer, "was made by a newer version of CommandPost (schema 29991231_0001)"),
        (_foreign, "is a database, but not a CommandPost database"),
    ],
    ids=["newer", "foreign"],
)
def test_a_file_this_version_must_not_open_is_refused(banten_path, capsys, make, words):
    make(banten_path)
    before = file_digest(banten_path)
    for command in (["stats"], SET_CLASS):
        code, out, err = _run(capsys, *command, "--db", banten_path)
        assert (code, out, err) == (2, "", f"error: {banten_path} {words}\n")
    assert file_digest(banten_path) == before


# -- a bug ---------------------------------------------------------------------------------------


def test_an_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    banten_path, tmp_path, capsys, monkeypatch
):
    from commandpost.store import queries

    def broken(_db):
        raise RuntimeError("boom")

    monkeypatch.setattr(queries, "overview", broken)
    # The logging of a fresh process: handlers are installed once per process, so set them
    # up anew for a data dir of this test and take them away afterwards.
    root = logging.getLogger()
    monkeypatch.setenv("COMMANDPOST_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(root, "_commandpost", False, raising=False)
    kept, level = list(root.handlers), root.level
    try:
        code, out, err = _run(capsys, "stats", "--db", banten_path)
    finally:
        for handler in [h for h in root.handlers if h not in kept]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert (code, out) == (3, "")
    assert err == (
        "error: an unexpected error; the details are in commandpost.log in the data directory\n"
    )
    log = (paths.data_dir() / "commandpost.log").read_text(encoding="utf-8")
    assert "ERROR commandpost: unexpected error\nTraceback (most recent call last):" in log
    assert "RuntimeError: boom" in log


# -- known product bugs (strict: each fails loudly once fixed, then drop its marker) --------------


def test_a_write_whose_own_lookup_reads_a_damaged_page_is_refused_as_damaged(banten_path, capsys):
    damage_root_page(banten_path, "sqlite_autoindex_node_1")
    assert quick_check(banten_path) != ["ok"]
    before = file_digest(banten_path)
    code, out, err = _run(capsys, *SET_CLASS, "--db", banten_path)
    assert file_digest(banten_path) == before
    assert "Traceback" not in err
    assert (code, out) == (2, "")
    assert err.startswith(f"error: {banten_path} is a damaged CommandPost database")
    assert "CommandPost does not write to a damaged file" in err


def test_a_read_of_a_damaged_page_names_the_file(banten_path, capsys):
    damage_root_page(banten_path, "node")
    code, out, err = _run(capsys, "stats", "--db", banten_path)
    assert (code, out) == (2, "")
    assert "Traceback" not in err
    assert err.startswith(f"error: {banten_path} is a damaged CommandPost database")


def test_giving_up_on_a_lock_does_not_say_the_file_is_free(banten_path, capsys):
    with lock_held(banten_path):
        code, _out, err = _run(capsys, *SET_CLASS, "--db", banten_path, "--wait", "0.5")
    assert code == 2 and "waiting: " in err and "is being written by" in err
    assert "free again" not in err and "saving" not in err
