"""Voting-day progress speed, on a copy of a given database (the original is never changed).

- one TPS step: the store call (one durable transaction) and the NodeInfo of the TPS and its
  ancestors read again, which is what a repaint of its tree rows needs (target < 10 ms);
- 1,000 TPS in one step, with their ancestors read again (target < 500 ms);
- the day's curve (progress by hour) over the whole database, after those steps.

Medians over repeats; `commandpost bench` reports them.
"""

from __future__ import annotations

import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from commandpost.core.regions import ancestors_of
from commandpost.store import duty, progress, queries
from commandpost.store.database import open_database

MANY = 1000
TARGETS_MS = {"one_tps_step_ms": 10.0, "many_tps_step_ms": 500.0}


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def _next_state(current: str, n: int) -> str:
    """A state other than ``current``: the steps in turn, back and forth."""
    state = progress.STEPS[n % len(progress.STEPS)]
    return state if state != current else progress.STEPS[(n + 1) % len(progress.STEPS)]


def run(db_path: Path | str, *, one_repeat: int = 20, many_repeat: int = 5) -> dict[str, Any]:
    """Measure on a copy of ``db_path``; returns medians (ms) with min, max and n."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"{db_path}: no such database (make one with `commandpost demo`)")
    rng = random.Random(27)
    one_ms: list[float] = []
    many_ms: list[float] = []
    curve_ms: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / db_path.name
        shutil.copyfile(db_path, copy)
        db = open_database(copy)
        try:
            with db.engine.connect() as conn:
                all_tps = [r[0] for r in conn.exec_driver_sql("SELECT code FROM tps ORDER BY code")]
            if not all_tps:
                raise ValueError(f"{db_path}: the database holds no TPS")
            voting_day = (queries.operation(db) or None) and queries.operation(db).voting_day
            for n in range(one_repeat):
                code = rng.choice(all_tps)
                current = progress.list_progress(db, code)[0].state
                state = _next_state(current, n)
                started = time.perf_counter()
                progress.set_progress(db, [code], state, actor="bench", reason="bench")
                queries.lineage(db, code)
                one_ms.append((time.perf_counter() - started) * 1000)
            count = min(MANY, len(all_tps))
            for n in range(many_repeat):
                start = rng.randrange(max(1, len(all_tps) - count + 1))
                codes = all_tps[start : start + count]
                state = progress.STEPS[(2 * n + 1) % len(progress.STEPS)]
                started = time.perf_counter()
                progress.set_progress(db, codes, state, actor="bench", reason="bench")
                queries.nodes(db, sorted({a for c in codes for a in ancestors_of(c)}))
                many_ms.append((time.perf_counter() - started) * 1000)
            if voting_day is not None:
                for _ in range(max(1, many_repeat)):
                    started = time.perf_counter()
                    progress.progress_by_hour(db, voting_day, duty.post_zone(db))
                    curve_ms.append((time.perf_counter() - started) * 1000)
        finally:
            db.close()
    result: dict[str, Any] = {
        "database": str(db_path),
        "tps": len(all_tps),
        "one_tps_step_ms": _spread(one_ms),
        "many_tps_step_ms": _spread(many_ms),
        "many_tps_count": count,
        "targets_ms": TARGETS_MS,
    }
    if curve_ms:
        result["progress_by_hour_ms"] = _spread(curve_ms)
    return result


if __name__ == "__main__":  # python -m commandpost.bench_progress PATH
    import json
    import sys

    print(json.dumps(run(sys.argv[1]), indent=2))
