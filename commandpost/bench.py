"""`commandpost bench`: speed and memory on a given database, medians over repeats.

Measures (targets in the README):
- cold start: a separate process, from its launch until the window is shown with the tree's
  top level (``commandpost --bench-startup`` prints a CP_READY line then);
- expand: expanding a kecamatan in a real QTreeView over the region model;
- search: a search for a 4-letter village-name prefix, with the first hit revealed;
- peak RSS of the started program.

With ``imports=True`` (``bench --import``) it measures the TPS import instead, on generated
lists of the real national size: see :mod:`commandpost.bench_import`.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from commandpost.store import queries
from commandpost.store.database import open_database


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def cold_start(db_path: Path, repeat: int) -> tuple[list[float], list[float]]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    seconds, rss_mb = [], []
    for _ in range(repeat):
        started = time.time()
        proc = subprocess.run(
            [sys.executable, "-m", "commandpost", "--db", str(db_path), "--bench-startup"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        ready = [ln for ln in proc.stdout.splitlines() if ln.startswith("CP_READY ")]
        if proc.returncode != 0 or not ready:
            raise RuntimeError(f"start-up run failed ({proc.returncode}): {proc.stderr[-2000:]}")
        data = json.loads(ready[-1].removeprefix("CP_READY "))
        seconds.append(data["t"] - started)
        rss_mb.append(data["rss_kb"] / 1024)
    return seconds, rss_mb


def _sample_districts(db, count: int, rng: random.Random) -> list[str]:
    regencies = [r.code for p in queries.children(db, None) for r in queries.children(db, p.code)]
    picks = []
    for regency in rng.sample(regencies, min(count, len(regencies))):
        districts = queries.children(db, regency)
        if districts:
            picks.append(rng.choice(districts).code)
    return picks


def _prefixes(db, districts: list[str], rng: random.Random) -> list[str]:
    names = [v.name for d in districts for v in queries.children(db, d) if len(v.name) >= 4]
    return [n[:4] for n in rng.sample(names, min(len(districts), len(names)))]


def in_process(db_path: Path, repeat: int) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTreeView

    from commandpost.gui.models.region_tree import RegionTreeModel

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    rng = random.Random(7)
    districts = _sample_districts(db, repeat, rng)
    prefixes = _prefixes(db, districts, rng)
    model = RegionTreeModel(db)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    app.processEvents()

    expand_ms = []
    for code in districts:
        index = model.reveal(code)  # loads and expands nothing below the kecamatan itself
        parent = index.parent()
        while parent.isValid():
            view.expand(parent)
            parent = parent.parent()
        app.processEvents()
        started = time.perf_counter()
        view.expand(index)
        app.processEvents()
        expand_ms.append((time.perf_counter() - started) * 1000)
        if model.rowCount(index) == 0:
            raise RuntimeError(f"expanding {code} showed no villages")

    search_ms = []
    for prefix in prefixes:
        view.collapseAll()
        app.processEvents()
        started = time.perf_counter()
        hits = queries.search(db, prefix)
        index = model.reveal(hits[0].code)
        parent = index.parent()
        while parent.isValid():
            view.expand(parent)
            parent = parent.parent()
        view.setCurrentIndex(index)
        view.scrollTo(index)
        app.processEvents()
        search_ms.append((time.perf_counter() - started) * 1000)
    view.close()
    db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"expand_ms": expand_ms, "search_ms": search_ms, "in_process_rss_mb": [peak]}


def threat_edits(db_path: Path, repeat: int) -> dict[str, list[float]]:
    """Threat-status edits, on a copy of the database (the bench never changes the original).

    - one TPS's class set (durable commit) with its tree row and ancestors repainted;
    - the class of 1,000 TPS set at once, with the loaded rows repainted;
    - filters: rawan-or-worse TPS, TPS with a disaster threat, regions with rawan TPS, and the
      filter dock's quick filters with their list filled and painted.
    """
    import shutil
    import tempfile

    from PySide6.QtWidgets import QApplication, QTreeView

    from commandpost.core.threats import TpsClass
    from commandpost.gui.models.region_tree import RegionTreeModel
    from commandpost.store import threats

    app = QApplication.instance() or QApplication([])
    results: dict[str, list[float]] = {
        "one_ms": [],
        "thousand_ms": [],
        "filter_ms": [],
        "filter_regions_ms": [],
        "filter_list_ms": [],
    }
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / db_path.name
        shutil.copyfile(db_path, copy)
        db = open_database(copy)
        rng = random.Random(11)
        with db.engine.connect() as conn:
            all_tps = [r[0] for r in conn.exec_driver_sql("SELECT code FROM tps ORDER BY code")]
        model = RegionTreeModel(db)
        view = QTreeView()
        view.setUniformRowHeights(True)
        view.setModel(model)
        view.resize(900, 700)
        view.show()
        classes = [TpsClass.RAWAN, TpsClass.SANGAT_RAWAN, TpsClass.KURANG_RAWAN]
        for n in range(repeat):
            code = rng.choice(all_tps)
            index = model.reveal(code)
            view.scrollTo(index)
            app.processEvents()
            started = time.perf_counter()
            threats.set_tps_class(db, [code], classes[n % 3], reason="bench", actor="bench")
            model.refresh_nodes([code])
            app.processEvents()
            results["one_ms"].append((time.perf_counter() - started) * 1000)
        for n in range(repeat):
            start = rng.randrange(max(1, len(all_tps) - 1000))
            codes = all_tps[start : start + 1000]
            model.reveal(codes[0])
            app.processEvents()
            started = time.perf_counter()
            threats.set_tps_class(db, codes, classes[n % 3], reason="bench", actor="bench")
            model.refresh_nodes(codes)
            app.processEvents()
            results["thousand_ms"].append((time.perf_counter() - started) * 1000)
        for n in range(repeat):
            started = time.perf_counter()
            if n % 2:
                threats.filter_tps(db, category="bencana")
            else:
                threats.filter_tps(db, classes=[TpsClass.RAWAN, TpsClass.SANGAT_RAWAN])
            results["filter_ms"].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            threats.filter_regions(db, TpsClass.RAWAN)
            results["filter_regions_ms"].append((time.perf_counter() - started) * 1000)
        # What the officer waits for in the filter dock: query, places, list repainted.
        from commandpost.gui.widgets.filter_panel import FilterPanel

        panel = FilterPanel()
        panel.set_database(db)
        panel.resize(1200, 300)
        panel.show()
        app.processEvents()
        for n in range(repeat):
            started = time.perf_counter()
            panel.apply_preset(("tps_bencana", "tps_sangat_rawan", "regions_rawan")[n % 3])
            app.processEvents()
            results["filter_list_ms"].append((time.perf_counter() - started) * 1000)
        panel.close()
        view.close()
        db.close()
    return results


def run_bench(
    db_path: Path | None,
    repeat: int = 7,
    as_json: bool = False,
    *,
    imports: bool = False,
    import_repeat: int = 1,
    import_work: Path | None = None,
) -> int:
    """Measure and print. With ``imports`` the TPS import is measured instead (``db_path`` is
    not used: the bench builds its own whole-country database): ``import_repeat`` runs of the
    national-size imports (about 1 minute each), ``repeat`` of the Banten one; the generated
    database and lists are kept in ``import_work`` when given, and reused."""
    if imports:
        from commandpost.bench_import import run_import_bench

        return run_import_bench(
            import_repeat, as_json, work_dir=import_work, banten_repeat=max(1, repeat)
        )
    if db_path is None or not db_path.exists():
        raise FileNotFoundError(f"{db_path}: no such database (make one with `commandpost demo`)")
    db = open_database(db_path)
    counts = queries.overview(db).counts
    db.close()
    start_s, start_rss = cold_start(db_path, repeat)
    measured = in_process(db_path, repeat)
    edits = threat_edits(db_path, repeat)
    report = {
        "database": str(db_path),
        "tps": counts["tps"],
        "villages": counts["village"],
        "repeat": repeat,
        "cold_start_s": _spread(start_s),
        "expand_district_ms": _spread(measured["expand_ms"]),
        "search_prefix4_ms": _spread(measured["search_ms"]),
        "peak_rss_mb": _spread(start_rss),
        "set_class_one_tps_ms": _spread(edits["one_ms"]),
        "set_class_1000_tps_ms": _spread(edits["thousand_ms"]),
        "filter_tps_ms": _spread(edits["filter_ms"]),
        "filter_regions_ms": _spread(edits["filter_regions_ms"]),
        "filter_list_ms": _spread(edits["filter_list_ms"]),
        "bench_process_rss_mb": measured["in_process_rss_mb"][0],
    }
    if as_json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"database {db_path} ({counts['village']:,} villages, {counts['tps']:,} TPS)")
    print(f"{'measure':<28}{'median':>10}{'min':>10}{'max':>10}")
    for key, label, unit in (
        ("cold_start_s", "window shown (start-up)", "s"),
        ("expand_district_ms", "expand a kecamatan", "ms"),
        ("search_prefix4_ms", "search 4-letter prefix", "ms"),
        ("peak_rss_mb", "peak RSS of the program", "MB"),
        ("set_class_one_tps_ms", "class of 1 TPS + repaint", "ms"),
        ("set_class_1000_tps_ms", "class of 1,000 TPS", "ms"),
        ("filter_tps_ms", "filter TPS", "ms"),
        ("filter_regions_ms", "filter regions rawan+", "ms"),
        ("filter_list_ms", "filter dock, list shown", "ms"),
    ):
        row = report[key]
        print(
            f"{label + ' (' + unit + ')':<28}{row['median']:>10.3f}{row['min']:>10.3f}"
            f"{row['max']:>10.3f}"
        )
    return 0
