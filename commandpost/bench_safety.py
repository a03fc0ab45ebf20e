"""`commandpost bench --safety`: what the data-safety checks cost on the national demo.

Figures (each a median over repeated runs, with min and max; never asserted in tests):

1. ``quick_check``: SQLite's page check that runs once per opening before the first write
   (in the background in the window, synchronously before a command-line write);
2. ``first_write_delay``: a command-line style write on a freshly opened database minus the
   same write once the check has been done (what an officer waits for the check);
3. ``full_check``: ``commandpost check`` (integrity_check, foreign_key_check, hash chain);
4. ``backup``: one verified backup (online copy, integrity_check and hash chain, rename).

The national demo is the strength bench's (built when missing, about a minute). A copy is
used, so the prepared file is never written.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from commandpost.bench_reports import _spread


def _one_tps(db) -> str:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT code FROM tps ORDER BY code LIMIT 1").scalar_one()


def run_safety_bench(work: Path | None, repeat: int, as_json: bool) -> int:
    from commandpost.bench_strength import prepare
    from commandpost.store import backup, threats
    from commandpost.store.database import Database, open_database

    work = work or Path(tempfile.gettempdir()) / "commandpost-bench"
    work.mkdir(parents=True, exist_ok=True)
    say = (lambda *_a, **_k: None) if as_json else print
    national = Path(prepare(work, say=say)["prepared"])
    copy = work / "safety-national.sqlite"
    shutil.copyfile(national, copy)
    size = copy.stat().st_size
    results: dict[str, dict] = {}

    def opened() -> Database:
        return open_database(copy)

    checks, first, later = [], [], []
    for n in range(repeat):
        db = opened()
        try:
            code = _one_tps(db)
            cls = "rawan" if n % 2 else "sangat_rawan"
            started = time.perf_counter()
            threats.set_tps_class(db, [code], cls, actor="bench", reason="bench")
            first.append(time.perf_counter() - started)
            checks.append(db.health.seconds or 0.0)
            started = time.perf_counter()
            threats.set_tps_class(db, [code], "khusus", actor="bench", reason="bench")
            later.append(time.perf_counter() - started)
        finally:
            db.close()
    results["quick_check"] = _spread(checks)
    results["first_write"] = _spread(first)
    results["later_write"] = _spread(later)
    results["first_write_delay"] = _spread([a - b for a, b in zip(first, later, strict=True)])

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        problems = backup.file_problems(copy)
        times.append(time.perf_counter() - started)
        assert not problems, problems
    results["full_check"] = _spread(times)

    folder = work / "safety-backups"
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        made = backup.make_backup(copy, folder, keep=2)
        times.append(time.perf_counter() - started)
        assert made.made, made.failed
    results["backup"] = _spread(times)
    shutil.rmtree(folder, ignore_errors=True)

    if as_json:
        print(json.dumps({"database_bytes": size, **results}, indent=2))
        return 0
    say(f"national demo copy: {size / 1e6:.0f} MB, {repeat} runs each (median, min-max)")
    for name, spread in results.items():
        say(f"  {name:<18} {spread['median']:7.3f} s  ({spread['min']:.3f}-{spread['max']:.3f})")
    return 0
