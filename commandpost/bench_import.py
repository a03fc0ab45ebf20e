"""`commandpost bench --import`: the TPS import on a generated list of the real national size.

Targets (issue): the whole national import (820,161 TPS, 83,762 villages, ~33 MB of CSV; read,
check, write, roll-ups) under 20 s and under 400 MB peak RSS, and at most 6 times the floor
measured in the same run; the Banten list (33,324 TPS) under 2 s; a file of bad rows refused
without memory growing with the number of problems.

- The lists are generated (seeded, so the same every run) from the region data of a fresh
  whole-country database (:func:`commandpost.store.setup.create_operation_database`), in the
  columns KPU writes: ``kode_desa`` (10 digits), ``no_tps``, ``alamat``, ``dpt_l``, ``dpt_p``,
  ``dpt``, ``;``-separated.
- Every import runs in a child process of its own on a fresh copy of the empty national
  database, so that its peak RSS (the child's VmHWM) is that import's alone; the time is that
  of :func:`commandpost.store.tps_import.import_tps` (plan and apply, one transaction).
- The floor: the same CSV read with the ``csv`` module and the same ``node`` and ``tps`` rows
  inserted with plain ``sqlite3`` ``executemany`` in one transaction, same PRAGMAs (WAL,
  synchronous=FULL, foreign_keys=ON), no checks, no change log, no roll-ups.
- The bad-rows file: the national list with the DPT of every row ``x``; it must be refused.

Standalone: ``python -m commandpost.bench_import [--work DIR] [--repeat N] [--json]
[--profile] [--quarter]``. ``--profile`` also runs the national import once under cProfile
and once with its phases timed (time and peak RSS per phase).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from commandpost.memory import status_kb

NATIONAL_TPS = 820_161
NATIONAL_VILLAGES = 83_762
BANTEN_TPS = 33_324
BANTEN_PREFIX = "36."
SEED = 2024
MAX_DPT = 300

TARGET_NATIONAL_S = 20.0
TARGET_NATIONAL_RSS_MB = 400.0
TARGET_RATIO = 6.0
TARGET_BANTEN_S = 2.0

HEADER = "kode_desa;no_tps;alamat;dpt_l;dpt_p;dpt\r\n"  # CRLF, as Excel saves CSV
CHILD_TAG = "CP_IMPORT "


# -- the lists ------------------------------------------------------------------------------


def make_national_database(path: Path) -> Path:
    """An empty whole-country operation database, as ``commandpost init --province all``."""
    from commandpost.store.setup import create_operation_database

    return create_operation_database(
        path,
        station="Bench",
        province=None,
        operation="Bench import",
        kind="pemilu",
        actor="bench",
    )


def spread_tps(
    villages: list[str],
    seed: int = SEED,
    national_tps: int = NATIONAL_TPS,
    banten_tps: int = BANTEN_TPS,
) -> dict[str, int]:
    """TPS per village: ``national_tps`` over all villages, ``banten_tps`` of them over
    Banten's; every village at least one, the rest spread with uneven (log-normal) weights."""
    rng = random.Random(seed)
    out: dict[str, int] = {}
    banten = [v for v in villages if v.startswith(BANTEN_PREFIX)]
    rest = [v for v in villages if not v.startswith(BANTEN_PREFIX)]
    banten_total = banten_tps if banten else 0
    if not rest and national_tps != banten_total:
        raise ValueError("only Banten villages: national_tps must equal banten_tps")
    for group, total in ((banten, banten_total), (rest, national_tps - banten_total)):
        if not group:
            continue
        if total < len(group):
            raise ValueError(f"{total} TPS cannot cover {len(group)} villages")
        weights = [rng.lognormvariate(0.0, 0.7) for _ in group]
        extra = Counter(rng.choices(range(len(group)), weights=weights, k=total - len(group)))
        for i, village in enumerate(group):
            out[village] = 1 + extra.get(i, 0)
    return out


def _row(rng: random.Random, village: str, number: int) -> tuple[str, int, str, int, int]:
    dpt = rng.randint(120, MAX_DPT)
    dpt_l = dpt // 2 + rng.randint(-12, 12)
    address = f"RT {rng.randint(1, 20):03d}/RW {rng.randint(1, 12):03d}"
    return village.replace(".", ""), number, address, dpt_l, dpt - dpt_l


def write_lists(
    db_path: Path,
    out_dir: Path,
    seed: int = SEED,
    quarter: bool = False,
    *,
    national_tps: int = NATIONAL_TPS,
    banten_tps: int = BANTEN_TPS,
) -> dict:
    """Write national.csv, banten.csv, bad.csv (and quarter.csv) from the villages of
    ``db_path``; returns their paths, row counts and sizes."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)  # closed, checkpointed
    try:
        villages = [
            r[0] for r in conn.execute("SELECT code FROM node WHERE level = 3 ORDER BY code")
        ]
    finally:
        conn.close()
    counts = spread_tps(villages, seed, national_tps, banten_tps)
    rng = random.Random(seed + 1)
    names = ["national", "banten", "bad"] + (["quarter"] if quarter else [])
    paths = {n: out_dir / f"{n}.csv" for n in names}
    rows = dict.fromkeys(names, 0)
    files = {n: p.open("w", encoding="utf-8", newline="") for n, p in paths.items()}
    try:
        for f in files.values():
            f.write(HEADER)
        for index, village in enumerate(villages):
            in_banten = village.startswith(BANTEN_PREFIX)
            in_quarter = quarter and index % 4 == 0
            for number in range(1, counts[village] + 1):
                code, no, address, dpt_l, dpt_p = _row(rng, village, number)
                line = f"{code};{no:03d};{address};{dpt_l};{dpt_p};{dpt_l + dpt_p}\r\n"
                files["national"].write(line)
                files["bad"].write(f"{code};{no:03d};{address};{dpt_l};{dpt_p};x\r\n")
                rows["national"] += 1
                rows["bad"] += 1
                if in_banten:
                    files["banten"].write(line)
                    rows["banten"] += 1
                if in_quarter:
                    files["quarter"].write(line)
                    rows["quarter"] += 1
    finally:
        for f in files.values():
            f.close()
    return {
        n: {"path": str(paths[n]), "rows": rows[n], "mb": paths[n].stat().st_size / 1e6}
        for n in names
    } | {
        "villages": len(villages),
        "banten_villages": sum(v.startswith(BANTEN_PREFIX) for v in villages),
    }


# -- the child processes ---------------------------------------------------------------------


class _Sampler:
    """Peak RSS per phase: a thread reads VmRSS every few ms; ``phase`` says where we are."""

    def __init__(self) -> None:
        import threading

        self.phase = "start"
        self.peaks: dict[str, int] = {}
        self.times: dict[str, float] = {}
        self.order: list[str] = []
        self._since = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.01):
            self._note()

    def _note(self) -> None:
        rss = status_kb("VmRSS")
        self.peaks[self.phase] = max(self.peaks.get(self.phase, 0), rss)

    def enter(self, phase: str) -> str:
        now = time.perf_counter()
        self._note()
        self.times[self.phase] = self.times.get(self.phase, 0.0) + now - self._since
        if self.phase not in self.order:
            self.order.append(self.phase)
        before, self.phase, self._since = self.phase, phase, now
        self._note()
        return before

    def stop(self) -> list[dict[str, Any]]:
        self.enter("end")
        self._stop.set()
        self._thread.join()
        return [
            {"phase": p, "s": self.times[p], "peak_rss_mb": self.peaks.get(p, 0) / 1024}
            for p in self.order
        ]


def _mark_phases(sampler: _Sampler) -> None:
    """Wrap the importer's steps so that the sampler knows which one runs (phases mode)."""
    from commandpost.core import changes as core_changes
    from commandpost.store import changelog, tps, tps_import

    def wrap(owner: Any, name: str, phase: str, then: str | None = None) -> None:
        func = getattr(owner, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            before = sampler.enter(phase)
            try:
                return func(*args, **kwargs)
            finally:
                sampler.enter(then or before)

        setattr(owner, name, wrapped)

    # The CSV is checked for its encoding and its header found here; its rows stream later.
    wrap(tps_import, "read_table", "read: encoding check + header", "read + check rows")
    wrap(tps_import, "_codes_lookup", "check: SQL lookups")
    wrap(tps_import, "_digest", "sha256 of the file")
    wrap(core_changes.Change, "computed_hash", "change hash (canonical JSON)")
    wrap(changelog, "_append", "change_log insert (JSON values)")
    wrap(tps, "existing_tps", "apply: existing TPS lookup")
    wrap(tps, "insert_tps", "apply: TPS rows written")
    wrap(tps, "recount", "roll-up recount")
    # What is still held when the import returns (the plan) shows as its own phase.
    wrap(tps_import, "apply_tps_import", "apply: values, writes, other", "after the import")
    if hasattr(tps_import, "exists_writes"):
        wrap(tps_import, "exists_writes", "apply: undo writes (FieldWrite per TPS)")

    def progress(_fraction: float, stage: str) -> None:
        label = {"read": "read + check rows", "check": "check: villages, diff"}.get(stage)
        if label and sampler.phase in ("start", "read + check rows", "check: villages, diff"):
            sampler.enter(label)

    _mark_phases.progress = progress  # type: ignore[attr-defined]


def child_import(db_path: str, csv_path: str, mode: str, profile_out: str | None) -> dict:
    from commandpost.store.database import open_database
    from commandpost.store.tps_import import import_tps
    from commandpost.tabular import TableError

    baseline = status_kb("VmRSS")
    db = open_database(db_path)
    sampler = None
    progress = None
    if mode == "phases":
        from sqlalchemy import event

        sampler = _Sampler()
        _mark_phases(sampler)
        event.listen(db.engine, "commit", lambda _conn: sampler.enter("commit"))
        progress = _mark_phases.progress  # type: ignore[attr-defined]
        from commandpost.store import tps_import as module

        import_fn = module.import_tps
    else:
        import_fn = import_tps
    profiler = None
    if profile_out:
        import cProfile

        profiler = cProfile.Profile()
    result: dict[str, Any] = {"refused": False}
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    try:
        result["imported"] = import_fn(db, csv_path, "bench", progress)
    except TableError as exc:
        result["refused"] = True
        result["problems_kept"] = len(exc.problems)
        result["problems_more"] = exc.more
        result["message_chars"] = len(str(exc))
    finally:
        if profiler:
            profiler.disable()
    result["s"] = time.perf_counter() - started
    if sampler:
        result["phases"] = sampler.stop()
    if profiler:
        profiler.dump_stats(profile_out)
    db.close()
    result["baseline_rss_mb"] = baseline / 1024
    result["peak_rss_mb"] = status_kb("VmHWM") / 1024
    return result


def child_floor(db_path: str, csv_path: str) -> dict:
    """The same rows into the same tables with nothing but csv and sqlite3."""
    import csv
    import sqlite3

    baseline = status_kb("VmRSS")
    started = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    node_sql = (
        "INSERT INTO node (code, parent_code, level, name, name_norm, village_kind, "
        "child_count, tps_count, dpt) VALUES (?, ?, 4, ?, ?, NULL, 0, 1, ?)"
    )
    tps_sql = (
        "INSERT INTO tps (code, village_code, number, address, dpt, dpt_l, dpt_p) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    rows = 0
    conn.execute("BEGIN")
    with open(csv_path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        nodes: list[tuple] = []
        details: list[tuple] = []
        for kode, no, address, dpt_l, dpt_p, dpt in reader:
            village = f"{kode[:2]}.{kode[2:4]}.{kode[4:6]}.{kode[6:]}"
            number = int(no)
            code = f"{village}.{number:03d}"
            nodes.append((code, village, f"TPS {number:03d}", f"tps {number:03d}", int(dpt)))
            details.append((code, village, number, address, int(dpt), int(dpt_l), int(dpt_p)))
            if len(nodes) == 25_000:
                conn.executemany(node_sql, nodes)
                conn.executemany(tps_sql, details)
                rows += len(nodes)
                nodes, details = [], []
        conn.executemany(node_sql, nodes)
        conn.executemany(tps_sql, details)
        rows += len(nodes)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return {
        "s": seconds,
        "rows": rows,
        "baseline_rss_mb": baseline / 1024,
        "peak_rss_mb": status_kb("VmHWM") / 1024,
    }


def _run_child(kind: str, empty_db: Path, csv_path: Path, work: Path, extra: list[str]) -> dict:
    copy = work / f"run-{kind}.db"
    for p in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
        p.unlink(missing_ok=True)
    shutil.copyfile(empty_db, copy)
    try:
        started = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "commandpost.bench_import",
                "--child",
                kind,
                str(copy),
                str(csv_path),
                *extra,
            ],
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        wall = time.perf_counter() - started
    finally:
        for p in (copy, copy.with_name(copy.name + "-wal"), copy.with_name(copy.name + "-shm")):
            p.unlink(missing_ok=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(CHILD_TAG)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} run on {csv_path.name} failed: {proc.stderr[-3000:]}")
    data = json.loads(lines[-1].removeprefix(CHILD_TAG))
    data["process_s"] = wall
    return data


# -- the measurement ---------------------------------------------------------------------------


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def prepare(work: Path, seed: int = SEED, quarter: bool = False, say=print) -> dict:
    """The empty national database and the lists in ``work`` (kept and reused when there)."""
    work.mkdir(parents=True, exist_ok=True)
    empty = work / "national-empty.db"
    stamp = work / "lists.json"
    if not empty.exists():
        say("building the whole-country database (regions only) ...")
        started = time.perf_counter()
        make_national_database(empty)
        say(f"  done in {time.perf_counter() - started:.1f} s")
    lists = json.loads(stamp.read_text()) if stamp.exists() else None
    if (
        lists is None
        or lists.get("seed") != seed
        or (quarter and "quarter" not in lists)
        or not all(Path(lists[n]["path"]).exists() for n in ("national", "banten", "bad"))
    ):
        say("writing the lists ...")
        lists = write_lists(empty, work, seed, quarter) | {"seed": seed}
        stamp.write_text(json.dumps(lists, indent=2))
    lists["empty_db"] = str(empty)
    return lists


def measure(
    work: Path,
    *,
    repeat: int = 1,
    banten_repeat: int = 3,
    seed: int = SEED,
    quarter: bool = False,
    profile: bool = False,
    say=print,
) -> dict:
    lists = prepare(work, seed, quarter, say)
    empty = Path(lists["empty_db"])
    say(
        f"national list {lists['national']['rows']:,} TPS in {lists['villages']:,} villages, "
        f"{lists['national']['mb']:.1f} MB; Banten {lists['banten']['rows']:,} TPS in "
        f"{lists['banten_villages']:,} villages, {lists['banten']['mb']:.1f} MB"
    )
    runs: dict[str, list[dict]] = {"national": [], "floor": [], "banten": [], "bad": []}
    if quarter:
        runs["quarter"] = []
    for _ in range(repeat):
        runs["national"].append(
            _run_child("import", empty, Path(lists["national"]["path"]), work, [])
        )
        runs["floor"].append(_run_child("floor", empty, Path(lists["national"]["path"]), work, []))
        runs["bad"].append(_run_child("import", empty, Path(lists["bad"]["path"]), work, []))
        if quarter:
            runs["quarter"].append(
                _run_child("import", empty, Path(lists["quarter"]["path"]), work, [])
            )
    for _ in range(banten_repeat):
        runs["banten"].append(_run_child("import", empty, Path(lists["banten"]["path"]), work, []))
    for run in runs["national"] + runs["banten"] + runs.get("quarter", []):
        if run["refused"]:
            raise RuntimeError(f"a good list was refused: {run}")
    for run in runs["bad"]:
        if not run["refused"]:
            raise RuntimeError("the bad-rows list was imported")
    ratios = [n["s"] / f["s"] for n, f in zip(runs["national"], runs["floor"], strict=True)]
    report: dict[str, Any] = {
        "lists": {k: v for k, v in lists.items() if k != "empty_db"},
        "repeat_national": repeat,
        "repeat_banten": banten_repeat,
        "national_s": _spread([r["s"] for r in runs["national"]]),
        "national_rss_mb": _spread([r["peak_rss_mb"] for r in runs["national"]]),
        "floor_s": _spread([r["s"] for r in runs["floor"]]),
        "floor_rss_mb": _spread([r["peak_rss_mb"] for r in runs["floor"]]),
        "ratio_to_floor": _spread(ratios),
        "banten_s": _spread([r["s"] for r in runs["banten"]]),
        "banten_rss_mb": _spread([r["peak_rss_mb"] for r in runs["banten"]]),
        "bad_rows_s": _spread([r["s"] for r in runs["bad"]]),
        "bad_rows_rss_mb": _spread([r["peak_rss_mb"] for r in runs["bad"]]),
        "bad_rows_problems": runs["bad"][0]["problems_kept"] + runs["bad"][0]["problems_more"],
        "bad_rows_message_chars": runs["bad"][0]["message_chars"],
        "child_baseline_rss_mb": runs["national"][0]["baseline_rss_mb"],
        "targets": {
            "national_s": TARGET_NATIONAL_S,
            "national_rss_mb": TARGET_NATIONAL_RSS_MB,
            "ratio_to_floor": TARGET_RATIO,
            "banten_s": TARGET_BANTEN_S,
            "bad_rows_rss_mb": "not above the good import's",
        },
    }
    if quarter:
        report["quarter_s"] = _spread([r["s"] for r in runs["quarter"]])
        report["quarter_rss_mb"] = _spread([r["peak_rss_mb"] for r in runs["quarter"]])
    if profile:
        national = Path(lists["national"]["path"])
        stats_file = work / "national.prof"
        _run_child("import", empty, national, work, ["--profile", str(stats_file)])
        report["profile_file"] = str(stats_file)
        report["phases"] = _run_child("phases", empty, national, work, [])["phases"]
    return report


ROWS = (
    ("national_s", "import national (s)", lambda t: f"< {t['national_s']:g}"),
    ("national_rss_mb", "  peak RSS (MB)", lambda t: f"< {t['national_rss_mb']:g}"),
    ("floor_s", "floor: sqlite3 executemany (s)", lambda t: ""),
    ("ratio_to_floor", "  import / floor (x)", lambda t: f"<= {t['ratio_to_floor']:g}"),
    ("quarter_s", "import 1/4 national (s)", lambda t: ""),
    ("quarter_rss_mb", "  peak RSS (MB)", lambda t: ""),
    ("banten_s", "import Banten (s)", lambda t: f"< {t['banten_s']:g}"),
    ("banten_rss_mb", "  peak RSS (MB)", lambda t: ""),
    ("bad_rows_s", "bad rows refused (s)", lambda t: ""),
    ("bad_rows_rss_mb", "  peak RSS (MB)", lambda t: "<= import's"),
)


def print_report(report: dict) -> None:
    lists = report["lists"]
    print(
        f"import lists: national {lists['national']['rows']:,} TPS / {lists['villages']:,} "
        f"villages, {lists['national']['mb']:.1f} MB; Banten {lists['banten']['rows']:,} TPS; "
        f"bad rows {lists['bad']['rows']:,} (medians of {report['repeat_national']} national, "
        f"{report['repeat_banten']} Banten runs; each import in its own process)"
    )
    print(f"{'measure':<32}{'median':>10}{'min':>10}{'max':>10}  target")
    for key, label, target in ROWS:
        if key not in report:
            continue
        row = report[key]
        print(
            f"{label:<32}{row['median']:>10.2f}{row['min']:>10.2f}{row['max']:>10.2f}  "
            f"{target(report['targets'])}"
        )
    print(
        f"(bad rows: {report['bad_rows_problems']:,} problems, message "
        f"{report['bad_rows_message_chars']:,} chars; child process before the import: "
        f"{report['child_baseline_rss_mb']:.0f} MB)"
    )
    if "phases" in report:
        print(f"{'national import, phase':<40}{'s':>8}{'peak RSS MB':>13}")
        for p in report["phases"]:
            print(f"{p['phase']:<40}{p['s']:>8.2f}{p['peak_rss_mb']:>13.0f}")
    if "profile_file" in report:
        import pstats

        print(f"cProfile of the national import ({report['profile_file']}), top 25 cumulative:")
        pstats.Stats(report["profile_file"]).sort_stats("cumulative").print_stats(25)


def run_import_bench(
    repeat: int = 1,
    as_json: bool = False,
    *,
    work_dir: Path | None = None,
    banten_repeat: int = 3,
    quarter: bool = False,
    profile: bool = False,
) -> int:
    """Measure, print (table or JSON); the generated files go in ``work_dir`` (kept for the
    next run) or a temporary directory."""

    def say(msg: str) -> None:
        print(msg, file=sys.stderr if as_json else sys.stdout, flush=True)

    if work_dir is None:
        with tempfile.TemporaryDirectory(prefix="cp-bench-import-") as tmp:
            report = measure(
                Path(tmp),
                repeat=repeat,
                banten_repeat=banten_repeat,
                quarter=quarter,
                profile=False,
                say=say,
            )
    else:
        report = measure(
            Path(work_dir),
            repeat=repeat,
            banten_repeat=banten_repeat,
            quarter=quarter,
            profile=profile,
            say=say,
        )
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m commandpost.bench_import")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DB", "CSV"), help=argparse.SUPPRESS)
    parser.add_argument("--profile", nargs="?", const="", metavar="FILE")
    parser.add_argument("--work", metavar="DIR", help="keep the database and lists here")
    parser.add_argument("--repeat", type=int, default=1, help="national runs (default 1)")
    parser.add_argument("--banten-repeat", type=int, default=3, help="Banten runs (default 3)")
    parser.add_argument("--quarter", action="store_true", help="also a 1/4-size list")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.child:
        kind, db, csv_path = args.child
        if kind == "floor":
            data = child_floor(db, csv_path)
        else:
            data = child_import(db, csv_path, kind, args.profile or None)
        print(CHILD_TAG + json.dumps(data), flush=True)
        return 0
    work = Path(args.work) if args.work else None
    if args.profile is not None and work is None:
        parser.error("--profile needs --work DIR (the profile is written there)")
    return run_import_bench(
        args.repeat,
        args.json,
        work_dir=work,
        banten_repeat=args.banten_repeat,
        quarter=args.quarter,
        profile=args.profile is not None,
    )


if __name__ == "__main__":
    sys.exit(main())
