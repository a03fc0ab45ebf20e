"""Kill -9 at random moments of real writes: nothing acknowledged is lost, nothing is damaged.

A writer process opens a copy of a small Banten database with ``open_database`` and records
edits through the threats API (every one goes through ``changelog.record_many``). Before each
edit it says ``BEGIN``, just before the transaction commits ``COMMIT`` (SQLAlchemy's commit
event), and once the call has returned ``ACK`` with the ids of the changes it recorded. The
test reads those lines and sends SIGKILL at a random one of them, or up to a few
milliseconds after it; then it opens the file again and checks that

* every acknowledged change is in the log, and the state tables hold what the log says;
* ``PRAGMA integrity_check`` is ok and every station's hash chain is intact;
* no edit is half there: an edit's changes (one transaction) are all in the log or none;
* the roll-ups agree with a recount, and the database takes the next write.

Starting a Python that imports the store costs about half a second, so writers are forked
from one process that has imported it once (``_serve_trials``): a trial then costs about
0.15 s, most of it the writes themselves (each commit waits for its fsync).
Each trial's choices come from ``random.Random(seed)``, the seed being the trial's number;
where a kill lands inside a write also depends on timing, so a seed replays a trial's plan,
not always its exact moment.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from commandpost.core.changes import verify_chain
from commandpost.store import threats
from commandpost.store.changelog import load_changes
from commandpost.store.database import StoreError, open_database

TRIALS = 100
MOST_WRITES_BEFORE_KILL = 20
WRITES_PER_WRITER = 400  # a writer stops by itself only if it is never killed
TRIAL_TIMEOUT = 60.0  # seconds; only a hung writer gets near it

VILLAGE = "36.02.01.2002"  # Malingping's first village, with TPS 1-3 in the template
TPS = tuple(f"{VILLAGE}.00{n}" for n in (1, 2, 3))
CLASSES = ("kurang_rawan", "rawan", "sangat_rawan", "khusus")
CATEGORIES = ("keamanan", "politik_uang", "banjir", "intimidasi")
ACTOR = "Uji Crash (Bripka, 85010001)"
REASON = re.compile(r"crash trial (\d+) write (\d+)")
ROOT = Path(__file__).resolve().parents[2]


# --- the writer (runs in the forked process) -------------------------------------------------


def _say(line: str) -> None:
    # One write() per line: lines stay whole in the pipe the parent reads.
    os.write(1, (line + "\n").encode())


def _serve_trials() -> None:
    """Import the store once, then fork one writer per ``RUN <seed> <path>`` line on stdin;
    report ``EXIT <pid> <code>`` when the writer has died (it writes to the same stdout)."""
    from commandpost.store import changelog
    from commandpost.store import models as _models  # noqa: F401  (before the fork)

    threats.taxonomy()
    changelog.entities()
    _say("READY")
    while line := sys.stdin.readline():
        _run, seed, path = line.rstrip("\n").split(" ", 2)
        pid = os.fork()
        if pid == 0:
            _writer(int(seed), Path(path))
        _, status = os.waitpid(pid, 0)
        _say(f"EXIT {pid} {os.waitstatus_to_exitcode(status)}")


def _writer(seed: int, path: Path) -> None:
    """Edit until killed; never returns (the forked copy must not go on serving)."""
    code = 1
    try:
        _say(f"START {os.getpid()}")
        _write_until_killed(seed, path)
        _say("DONE")
        code = 0
    except BaseException:
        traceback.print_exc()
        _say("ERROR")
    finally:
        sys.stderr.flush()
        os._exit(code)


def _write_until_killed(seed: int, path: Path) -> None:
    from sqlalchemy import event

    rng = random.Random(f"crash trial writer {seed}")
    db = open_database(path)
    current = [-1]
    event.listen(db.engine, "commit", lambda _conn: _say(f"COMMIT {current[0]}"))
    _say("OPEN")
    previous: list[threats.Edit] = []
    for i in range(WRITES_PER_WRITER):
        current[0] = i
        reason = f"crash trial {seed} write {i}"
        kind = rng.choice("ABCD" if previous else "ABC")
        if kind == "A":  # a village's class (3 TPS) and a threat there: two changes, one commit
            _say(f"BEGIN {i} {kind} 2")
            edits = threats.update_status(
                db,
                [VILLAGE],
                tps_class=rng.choice(CLASSES),
                levels={rng.choice(CATEGORIES): rng.randint(0, 3)},
                reason=reason,
                actor=ACTOR,
            )
        elif kind == "B":  # two threats at each of the 3 TPS: one change of six items
            _say(f"BEGIN {i} {kind} 1")
            levels = {c: rng.randint(0, 3) for c in rng.sample(CATEGORIES, 2)}
            edits = threats.update_status(db, list(TPS), levels=levels, reason=reason, actor=ACTOR)
        elif kind == "C":  # one TPS's class
            _say(f"BEGIN {i} {kind} 1")
            cls = rng.choice(CLASSES)
            edits = [threats.set_tps_class(db, [rng.choice(TPS)], cls, reason=reason, actor=ACTOR)]
        else:  # undo the previous edit: one change per edit it still stands for
            _say(f"BEGIN {i} {kind} ?")
            edits = threats.compensate_all(db, previous, actor=ACTOR, reason=reason)
        _say(f"ACK {i} {','.join(e.change.id for e in edits)}")
        previous = edits


# --- the parent -------------------------------------------------------------------------------


class _Lines:
    """Lines from a pipe, waiting on it with select (never sleeping)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = b""
        self.lines: deque[str] = deque()

    def next(self, deadline: float) -> str | None:
        """The next line, or None once ``deadline`` (time.monotonic) has passed."""
        while not self.lines:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([self.fd], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise EOFError("the trial server closed its output")
            *whole, self.buf = (self.buf + chunk).split(b"\n")
            self.lines.extend(w.decode() for w in whole)
        return self.lines.popleft()


@dataclass
class _Trial:
    seed: int
    mode: str
    target: int
    delay: float
    begun: dict[int, tuple[str, str]] = field(default_factory=dict)  # write -> (kind, n)
    acked: dict[int, list[str]] = field(default_factory=dict)  # write -> change ids

    def take(self, line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "BEGIN":
            i, kind, n = rest.split()
            self.begun[int(i)] = (kind, n)
        elif word == "ACK":
            i, ids = rest.split()
            self.acked[int(i)] = ids.split(",")


@dataclass
class _Totals:
    trials: int = 0
    acked: int = 0
    lost: int = 0
    damaged: int = 0
    inconsistent: int = 0
    in_flight_committed: int = 0
    in_flight_rolled_back: int = 0
    modes: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)


# The line after which a trial's kill is due (``delay`` later): START for a kill while the
# writer opens the file, else the line of the target write.
_MARK = {"open": "START", "ack": "ACK", "begin": "BEGIN", "commit": "COMMIT"}


def _plan(seed: int) -> _Trial:
    rng = random.Random(seed)
    mode = rng.choices(["open", "ack", "begin", "commit"], weights=[1, 3, 3, 3])[0]
    target = rng.randint(0, MOST_WRITES_BEFORE_KILL) if mode != "open" else 0
    delay = {"open": 0.01, "ack": 0.0, "begin": 0.008, "commit": 0.002}[mode] * rng.random()
    return _Trial(seed, mode, target, delay)


def _kill_during_writes(trial: _Trial, lines: _Lines, stdin: Any, path: Path) -> None:
    """Run one writer on ``path`` and kill it where the trial's plan says."""
    stdin.write(f"RUN {trial.seed} {path}\n")
    stdin.flush()
    give_up = time.monotonic() + TRIAL_TIMEOUT
    pid = None
    kill_at: float | None = None
    try:
        while True:
            line = lines.next(give_up if kill_at is None else kill_at)
            if line is None:
                assert kill_at is not None, f"seed {trial.seed}: the writer went silent"
                break
            trial.take(line)
            word, _, rest = line.partition(" ")
            assert word not in ("DONE", "ERROR", "EXIT"), f"seed {trial.seed}: {line}"
            if word == "START":
                pid = int(rest)
            write = int(rest.split()[0]) if word in ("BEGIN", "COMMIT", "ACK") else 0
            if word == "ACK" and trial.mode != "open" and write >= trial.target:
                break  # the planned moment (or, with no COMMIT line, the write's end) is past
            if kill_at is None and word == _MARK[trial.mode] and write == trial.target:
                kill_at = time.monotonic() + trial.delay
            if kill_at is not None and time.monotonic() >= kill_at:
                break
    finally:
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):  # a writer that ended by itself
                os.kill(pid, signal.SIGKILL)
    assert pid is not None
    # Whatever the writer said before it died is still in the pipe, before the server's EXIT.
    while (line := lines.next(give_up)) is not None:
        if line.startswith("EXIT "):
            assert line == f"EXIT {pid} {-signal.SIGKILL}", f"seed {trial.seed}: {line}"
            return
        trial.take(line)
    raise AssertionError(f"seed {trial.seed}: the writer did not die")


def _expected_state(changes: list) -> dict[tuple[str, str], dict[str, Any]]:
    """TPS and threat fields as the logged edits leave them (one station: in seq order)."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for change in changes:
        if change.entity not in ("tps", "threat"):
            continue
        if change.op in ("set_many", "create_many"):
            items = change.values["items"]
        elif change.op in ("set", "create"):
            items = {change.entity_id: change.values}
        else:
            continue
        for key, values in items.items():
            state.setdefault((change.entity, key), {}).update(values)
    return state


def _check(trial: _Trial, path: Path, totals: _Totals) -> None:
    """Open the killed writer's file again and record what is wrong with it."""
    seed = trial.seed
    where = f"seed {seed} ({trial.mode} {trial.target}, +{trial.delay * 1000:.2f} ms)"
    acked_ids = {cid for ids in trial.acked.values() for cid in ids}
    totals.acked += len(acked_ids)
    try:
        db = open_database(path)
    except StoreError as exc:
        totals.damaged += 1
        totals.lost += len(acked_ids)
        totals.problems.append(f"{where}: does not open: {exc}")
        return
    damaged: list[str] = []
    wrong: list[str] = []
    try:
        with db.engine.connect() as conn:
            integrity = conn.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            foreign = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        if integrity != ["ok"]:
            damaged.append(f"integrity_check: {integrity[:5]}")
        if foreign:
            damaged.append(f"foreign_key_check: {foreign[:5]}")
        changes = load_changes(db)
        stations = sorted({c.station_id for c in changes})
        for station in stations:
            problems = verify_chain([c for c in changes if c.station_id == station])
            if problems:
                damaged.append(f"chain of {station}: {problems[:5]}")

        lost = acked_ids - {c.id for c in changes}
        if lost:
            totals.lost += len(lost)
            wrong.append(f"{len(lost)} acknowledged change(s) lost: {sorted(lost)[:5]}")

        # One edit's changes share its reason: all of them are in the log, or none.
        groups: dict[int, list[str]] = {}
        for change in changes:
            found = REASON.fullmatch(change.reason)
            if found and int(found[1]) == seed:
                groups.setdefault(int(found[2]), []).append(change.id)
        if sorted(groups) != list(range(len(groups))):
            wrong.append(f"edits in the log are not 0..n-1: {sorted(groups)}")
        for i, ids in groups.items():
            kind, n = trial.begun.get(i, ("?", "?"))
            if kind == "?":
                wrong.append(f"write {i} is in the log but was never begun")
            elif i in trial.acked and sorted(ids) != sorted(trial.acked[i]):
                wrong.append(f"write {i}: log holds {ids}, acknowledged {trial.acked[i]}")
            elif n != "?" and len(ids) != int(n):
                wrong.append(f"write {i} ({kind}) half there: {len(ids)} of {n} changes")
        in_flight = [i for i in trial.begun if i not in trial.acked]
        for i in in_flight:
            if i in groups:
                totals.in_flight_committed += 1
            else:
                totals.in_flight_rolled_back += 1

        # The state tables hold what the log says.
        with db.engine.connect() as conn:
            for (entity, key), values in _expected_state(changes).items():
                column = "code" if entity == "tps" else "id"
                row = (
                    conn.execute(text(f"SELECT * FROM {entity} WHERE {column} = :k"), {"k": key})
                    .mappings()
                    .first()
                )
                if row is None:
                    wrong.append(f"{entity} {key} is missing")
                    continue
                differ = {f: (row[f], v) for f, v in values.items() if row[f] != v}
                if differ:
                    wrong.append(f"{entity} {key} differs from the log: {differ}")
        mismatches = threats.rollup_mismatches(db)
        if mismatches:
            wrong.append(f"roll-ups: {mismatches[:3]}")

        # The next write after the crash follows the chain.
        edit = threats.set_tps_class(db, [TPS[0]], "khusus", reason="after the crash", actor=ACTOR)
        mine = load_changes(db, db.station_id)
        if mine[-1].id != edit.change.id or verify_chain(mine):
            damaged.append(f"the write after the crash broke the chain: {verify_chain(mine)[:3]}")
    except Exception as exc:  # anything the checks trip over is a damaged file too
        damaged.append(f"{type(exc).__name__}: {exc}")
    finally:
        db.close()
    if damaged:
        totals.damaged += 1
    if wrong:
        totals.inconsistent += 1
    totals.problems.extend(f"{where}: {p}" for p in [*damaged, *wrong])


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked")
def test_kill_9_during_writes_loses_and_damages_nothing(banten_template, tmp_path):
    assert not banten_template.with_name(banten_template.name + "-wal").exists()
    totals = _Totals()
    with (
        (tmp_path / "server.err").open("w") as errors,
        subprocess.Popen(
            [sys.executable, "-c", f"from {__name__} import _serve_trials; _serve_trials()"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        ) as server,
    ):
        assert server.stdin is not None and server.stdout is not None
        lines = _Lines(server.stdout.fileno())
        try:
            ready = lines.next(time.monotonic() + TRIAL_TIMEOUT)
            assert ready == "READY", f"trial server: {ready!r}"
            for seed in range(TRIALS):
                trial = _plan(seed)
                path = tmp_path / f"trial{seed}.sqlite"
                shutil.copyfile(banten_template, path)
                try:
                    _kill_during_writes(trial, lines, server.stdin, path)
                except AssertionError as exc:
                    raise AssertionError(
                        f"{exc}\n{(tmp_path / 'server.err').read_text()[-3000:]}"
                    ) from None
                _check(trial, path, totals)
                totals.trials += 1
                totals.modes[trial.mode] += 1
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        finally:
            server.stdin.close()
            server.wait(timeout=TRIAL_TIMEOUT)
    print(
        f"\ncrash trials: {totals.trials}, acknowledged {totals.acked}, lost {totals.lost}, "
        f"damaged {totals.damaged}, inconsistent {totals.inconsistent}; writes in flight "
        f"at the kill: {totals.in_flight_committed} committed, "
        f"{totals.in_flight_rolled_back} rolled back; kills {dict(sorted(totals.modes.items()))}"
    )
    assert totals.trials >= 50
    assert totals.acked > 0
    assert not totals.problems, "\n".join(totals.problems[:20])
    assert totals.lost == 0
    assert totals.damaged == 0
