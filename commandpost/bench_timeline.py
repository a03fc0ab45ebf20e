"""`commandpost bench --timeline`: the stage timeline with every overlay, drawn on the
national demo database with 100,000 logged changes (target: under 500 ms).

The database is built once in a work folder and reused: the national demo (83,762 villages,
435,296 TPS, the Pilkada 2024 stages), then real changes through the change log until it
holds 100,000: class updates of single TPS observed over the campaign and voting day, and
incidents on their days, so that every overlay has a long history to aggregate.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text

TARGET_CHANGES = 100_000
TARGET_MS = 500.0
BATCH = 2_000
START = dt.datetime(2024, 9, 25, tzinfo=dt.UTC)  # the campaign's first day; 70 days on


def prepare(work: Path, progress=None) -> Path:
    """The national demo with at least TARGET_CHANGES changes in its log, in ``work``."""
    from commandpost.store import changelog
    from commandpost.store.changelog import ChangeSpec
    from commandpost.store.database import open_database
    from commandpost.store.demo import build_demo
    from commandpost.store.threats import taxonomy

    work.mkdir(parents=True, exist_ok=True)
    path = work / "national-timeline.sqlite"
    if not path.exists():
        build_demo(path, scale="national", progress=progress)
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            have = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
            codes = [r[0] for r in conn.execute(text("SELECT code FROM tps ORDER BY code"))]
            nodes = codes[:: max(1, len(codes) // 5000)]
        rng = random.Random(2024)
        kind = taxonomy().incident_types[0].key
        classes = ("rawan", "sangat_rawan", "kurang_rawan")
        while have < TARGET_CHANGES:
            specs = []
            for _ in range(min(BATCH, TARGET_CHANGES - have)):
                moment = START + dt.timedelta(minutes=rng.randint(0, 70 * 24 * 60))
                when = moment.isoformat(timespec="minutes")
                if rng.random() < 0.1:
                    specs.append(
                        ChangeSpec(
                            "bench",
                            "incident",
                            f"bench-{have + len(specs)}",
                            "create",
                            {
                                "node_code": rng.choice(nodes),
                                "occurred_at": when,
                                "type": kind,
                                "description": "bench",
                                "status": "dilaporkan",
                                "reported_by": "bench",
                            },
                            "bench",
                        )
                    )
                    continue
                code = rng.choice(codes)
                specs.append(
                    ChangeSpec(
                        "bench",
                        "tps",
                        code,
                        "set_many",
                        {"items": {code: {"tps_class": rng.choice(classes)}}, "observed_at": when},
                        "bench",
                    )
                )
            changelog.record_many(db, specs)
            have += len(specs)
            if progress:
                progress(min(1.0, have / TARGET_CHANGES), "changes")
    finally:
        db.close()
    return path


_MEASURE = r"""
import json, os, statistics, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from commandpost.store.database import open_database
from commandpost.gui.timeline.panel import TimelinePanel
db = open_database(sys.argv[1])
repeat = int(sys.argv[2])
panel = TimelinePanel()
panel.resize(1340, 330)
panel.set_database(db)
t = time.perf_counter()
panel.show()
panel.refresh_if_stale()            # as the menu does: imports pyqtgraph and draws
app.processEvents()
panel.chart.grab()
first = (time.perf_counter() - t) * 1000
times = []
for _ in range(repeat):
    t = time.perf_counter()
    panel.refresh_chart()           # stages, series by SQL, every item drawn again
    panel.chart.grab()              # painted, as the officer sees it
    times.append((time.perf_counter() - t) * 1000)
chart = panel.chart
print(json.dumps({
    "first_ms": first,
    "draw_ms": times,
    "class_days": len(chart.classes),
    "incident_days": len(chart.incidents),
    "stages": len(chart.bands),
}))
"""


def measure(path: Path, repeat: int) -> dict:
    """Draw the timeline ``repeat`` times in a fresh process, after a first show (which
    imports pyqtgraph, reported apart)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(repeat)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["first_draw_ms"] = data.pop("first_ms")
    return data


def run_timeline_bench(work: Path, repeat: int, as_json: bool) -> int:
    from commandpost.cli.common import ProgressPrinter
    from commandpost.store.database import open_database

    started = time.perf_counter()
    path = prepare(work, ProgressPrinter("prepare"))
    prepared_s = time.perf_counter() - started
    db = open_database(path)
    with db.engine.connect() as conn:
        changes = conn.execute(text("SELECT count(*) FROM change_log")).scalar_one()
        tps = conn.execute(text("SELECT count(*) FROM tps")).scalar_one()
    db.close()
    data = measure(path, repeat)
    draws = data["draw_ms"]
    report = {
        "database": str(path),
        "tps": tps,
        "changes": changes,
        "prepare_s": round(prepared_s, 1),
        "repeat": repeat,
        "draw_ms": {
            "median": statistics.median(draws),
            "min": min(draws),
            "max": max(draws),
        },
        "first_draw_ms": data["first_draw_ms"],
        "target_ms": TARGET_MS,
        "class_days": data["class_days"],
        "incident_days": data["incident_days"],
        "stages": data["stages"],
    }
    if as_json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"database {path} ({tps:,} TPS, {changes:,} logged changes)")
    d = report["draw_ms"]
    verdict = "within" if d["median"] <= TARGET_MS else "OVER"
    print(
        f"timeline with all overlays drawn: median {d['median']:.0f} ms "
        f"(min {d['min']:.0f}, max {d['max']:.0f}; {repeat} runs; target under "
        f"{TARGET_MS:.0f} ms: {verdict})"
    )
    print(
        f"first show in a fresh process, pyqtgraph import included: {data['first_draw_ms']:.0f} ms"
    )
    print(
        f"series drawn: {report['class_days']} days of rawan counts, "
        f"{report['incident_days']} days of incidents, {report['stages']} stages"
    )
    return 0
