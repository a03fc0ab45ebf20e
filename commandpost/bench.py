"""`commandpost bench`: speed and memory on a given database, medians over repeats.

Measures (targets in the README):
- cold start: a separate process, from its launch until the window with the tree's top level
  has first been painted (``commandpost --bench-startup`` prints a CP_READY line then). The
  first frame is read with plain sqlite3 (store.first_screen); the database is opened with
  SQLAlchemy after it, and the moment the opened database's tree is on screen (CP_OPEN) is
  reported as well ("database open");
- the same for a bare PySide6 window with a tree view (:data:`BARE_WINDOW`), run alternately
  with the cold starts in the same bench, and the ratio of the two medians (target: at most 3);
- expand: expanding a kecamatan in a real QTreeView over the region model;
- search: a search for a 4-letter village-name prefix, with the first hit revealed;
- peak RSS of the started program.

With ``imports=True`` (``bench --import``) it measures the TPS import instead, on generated
lists of the real national size: see :mod:`commandpost.bench_import`. With ``strength=True``
(``bench --strength``) it measures the roster import, required strength and the class changes
and assignments that move it, on the national demo: see :mod:`commandpost.bench_strength`.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from commandpost.memory import peak_rss_kb
from commandpost.store import queries
from commandpost.store.database import open_database

# `commandpost bench` reports start-up as a multiple of the bare window's; this is the target.
STARTUP_RATIO_TARGET = 3.0
# Where the started processes keep their bytecode when PYTHONDONTWRITEBYTECODE is set here.
BENCH_PYCACHE = Path(tempfile.gettempdir()) / f"commandpost-bench-pycache-{os.getuid()}"


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


# A bare PySide6 window with a tree view over a small model: what start-up is compared with.
# "Shown" means the same as for CommandPost (commandpost.gui.app.FirstPaint, spelled out here
# because this script must import nothing but PySide6): the tree's viewport has had its first
# paint event and the event loop has come round again.
BARE_WINDOW = """
import json, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView


class FirstPaint(QObject):
    def __init__(self, widget, done):
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self._done is not None:
            done, self._done = self._done, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False


def ready():
    rss = [ln for ln in open("/proc/self/status") if ln.startswith("VmHWM:")]
    line = {"t": time.time(), "rss_kb": int(rss[0].split()[1]) if rss else
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "heavy": []}
    sys.stdout.write("CP_READY " + json.dumps(line) + "\\n")
    sys.stdout.flush()
    app.quit()


app = QApplication(sys.argv[:1])
model = QStandardItemModel(0, 2)
model.setHorizontalHeaderLabels(["Name", "Code"])
for n in range(12):
    model.appendRow([QStandardItem(f"Region {n}"), QStandardItem(f"{n:02d}")])
window = QMainWindow()
tree = QTreeView()
tree.setUniformRowHeights(True)
tree.setModel(model)
window.setCentralWidget(tree)
window.resize(1180, 760)
FirstPaint(tree.viewport(), ready)
window.show()
sys.exit(app.exec())
"""


def _time_to_ready(
    command: list[str], env: dict[str, str]
) -> tuple[float, float, list[str], float]:
    """Seconds from launching ``command`` until it prints CP_READY (first frame), its peak RSS
    in MB, the heavy modules it had loaded by then, and the seconds until CP_OPEN (the
    opened database on screen; the CP_READY time for a program that prints none)."""
    started = time.time()
    proc = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=120, check=False
    )
    marks = {}
    for ln in proc.stdout.splitlines():
        name, _, rest = ln.partition(" ")
        if name in ("CP_READY", "CP_OPEN"):
            marks[name] = json.loads(rest)
    if proc.returncode != 0 or "CP_READY" not in marks:
        raise RuntimeError(f"start-up run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    ready = marks["CP_READY"]
    opened = marks.get("CP_OPEN", ready)
    rss = max(ready["rss_kb"], opened["rss_kb"])
    return ready["t"] - started, rss / 1024, ready.get("heavy", []), opened["t"] - started


def _start_env() -> dict[str, str]:
    """The environment of the measured processes: offscreen unless a platform is set, and with
    bytecode cached, so that every start is measured as an installed program starts, not while
    compiling itself. Where PYTHONDONTWRITEBYTECODE is set (as in CI) the bytecode goes to a
    folder of the bench's own in the temporary directory; Python checks it against the sources."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    if sys.flags.dont_write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BENCH_PYCACHE)
    return env


def _commandpost_command(db_path: Path) -> list[str]:
    return [sys.executable, "-m", "commandpost", "--db", str(db_path), "--bench-startup"]


def _bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def start_up(db_path: Path | None, repeat: int) -> dict[str, list]:
    """Seconds to the first paint and peak RSS (MB), each run in a fresh process: of
    CommandPost on ``db_path`` (``start_s``, ``start_rss_mb``) and of the bare window
    (``bare_s``, ``bare_rss_mb``). The two alternate, so that both see the same machine (these
    machines are noisy), after one unrecorded run of each that warms the disk cache and the
    bytecode. ``heavy`` lists the heavy modules CommandPost had loaded at its first paint.
    Without ``db_path`` only the bare window is measured."""
    result: dict[str, list] = {
        "start_s": [],
        "open_s": [],
        "start_rss_mb": [],
        "bare_s": [],
        "bare_rss_mb": [],
        "heavy": [],
    }
    heavy: set[str] = set()
    env = _start_env()
    _time_to_ready(_bare_command(), env)
    if db_path is not None:
        _time_to_ready(_commandpost_command(db_path), env)
    for _ in range(repeat):
        if db_path is not None:
            seconds, rss, loaded, opened = _time_to_ready(_commandpost_command(db_path), env)
            result["start_s"].append(seconds)
            result["open_s"].append(opened)
            result["start_rss_mb"].append(rss)
            heavy.update(loaded)
        seconds, rss, _, _ = _time_to_ready(_bare_command(), env)
        result["bare_s"].append(seconds)
        result["bare_rss_mb"].append(rss)
    result["heavy"] = sorted(heavy)
    return result


def bare_window(repeat: int) -> tuple[list[float], list[float]]:
    """Seconds to the first paint of a bare PySide6 window with a tree view, and its peak RSS
    in MB, each run in a fresh process."""
    measured = start_up(None, repeat)
    return measured["bare_s"], measured["bare_rss_mb"]


def cold_start(db_path: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Seconds to CommandPost's first painted window on ``db_path``, and its peak RSS in MB."""
    measured = start_up(db_path, repeat)
    return measured["start_s"], measured["start_rss_mb"]


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
    peak = peak_rss_kb() / 1024
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
    strength: bool = False,
    strength_work: Path | None = None,
) -> int:
    """Measure and print. With ``imports`` the TPS import is measured instead (``db_path`` is
    not used: the bench builds its own whole-country database): ``import_repeat`` runs of the
    national-size imports (about 1 minute each), ``repeat`` of the Banten one; the generated
    database and lists are kept in ``import_work`` when given, and reused. With ``strength``
    the roster import and required strength are measured instead on the national demo
    (``db_path`` is not used either), kept in ``strength_work`` (default: the bench folder in
    the temporary directory) and reused."""
    if strength:
        from commandpost.bench_strength import run_strength_bench

        return run_strength_bench(strength_work, repeat, as_json)
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
    started = start_up(db_path, repeat)
    measured = in_process(db_path, repeat)
    edits = threat_edits(db_path, repeat)
    from commandpost import bench_progress

    steps = bench_progress.run(db_path, one_repeat=max(repeat, 20), many_repeat=repeat)
    report = {
        "database": str(db_path),
        "tps": counts["tps"],
        "villages": counts["village"],
        "repeat": repeat,
        "cold_start_s": _spread(started["start_s"]),
        "database_open_s": _spread(started["open_s"]),
        "bare_window_s": _spread(started["bare_s"]),
        "start_vs_bare": statistics.median(started["start_s"])
        / statistics.median(started["bare_s"]),
        "start_vs_bare_target": STARTUP_RATIO_TARGET,
        "open_vs_bare": statistics.median(started["open_s"]) / statistics.median(started["bare_s"]),
        "heavy_at_first_paint": started["heavy"],
        "expand_district_ms": _spread(measured["expand_ms"]),
        "search_prefix4_ms": _spread(measured["search_ms"]),
        "peak_rss_mb": _spread(started["start_rss_mb"]),
        "bare_window_rss_mb": _spread(started["bare_rss_mb"]),
        "set_class_one_tps_ms": _spread(edits["one_ms"]),
        "set_class_1000_tps_ms": _spread(edits["thousand_ms"]),
        "filter_tps_ms": _spread(edits["filter_ms"]),
        "filter_regions_ms": _spread(edits["filter_regions_ms"]),
        "filter_list_ms": _spread(edits["filter_list_ms"]),
        "bench_process_rss_mb": measured["in_process_rss_mb"][0],
        "progress_one_tps_ms": steps["one_tps_step_ms"],
        "progress_1000_tps_ms": steps["many_tps_step_ms"],
    }
    if as_json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"database {db_path} ({counts['village']:,} villages, {counts['tps']:,} TPS)")
    print(f"{'measure':<28}{'median':>10}{'min':>10}{'max':>10}")
    for key, label, unit in (
        ("cold_start_s", "window shown (start-up)", "s"),
        ("database_open_s", "database open, tree shown", "s"),
        ("bare_window_s", "bare PySide6 window", "s"),
        ("expand_district_ms", "expand a kecamatan", "ms"),
        ("search_prefix4_ms", "search 4-letter prefix", "ms"),
        ("peak_rss_mb", "peak RSS of the program", "MB"),
        ("bare_window_rss_mb", "peak RSS, bare window", "MB"),
        ("set_class_one_tps_ms", "class of 1 TPS + repaint", "ms"),
        ("set_class_1000_tps_ms", "class of 1,000 TPS", "ms"),
        ("filter_tps_ms", "filter TPS", "ms"),
        ("filter_regions_ms", "filter regions rawan+", "ms"),
        ("filter_list_ms", "filter dock, list shown", "ms"),
        ("progress_one_tps_ms", "TPS progress, 1 TPS", "ms"),
        ("progress_1000_tps_ms", "TPS progress, 1,000 TPS", "ms"),
    ):
        row = report[key]
        print(
            f"{label + ' (' + unit + ')':<28}{row['median']:>10.3f}{row['min']:>10.3f}"
            f"{row['max']:>10.3f}"
        )
    ratio = report["start_vs_bare"]
    verdict = "within" if ratio <= STARTUP_RATIO_TARGET else "OVER"
    print(
        f"start-up is {ratio:.2f} x the bare window (medians; target at most "
        f"{STARTUP_RATIO_TARGET:g} x: {verdict}); with the database open "
        f"{report['open_vs_bare']:.2f} x"
    )
    if report["heavy_at_first_paint"]:
        print("loaded before the first paint: " + ", ".join(report["heavy_at_first_paint"]))
    if sys.flags.dont_write_bytecode:
        print(
            "(PYTHONDONTWRITEBYTECODE is set here: the started processes kept their bytecode "
            f"in {BENCH_PYCACHE}, as an installed program has it)"
        )
    return 0
