"""`commandpost bench --strength`: the roster import, required strength and the edits that
move it, on the national demo (83,762 villages, 435,296 TPS).

Targets (issue), each reported as a median over repeated runs with min and max, never
asserted in tests:

1. a national roster of 300,000 people imported (plan + apply, as the officer's import does)
   in under 60 s and at most 6 times the floor measured in the same run: the same person
   rows inserted with plain ``sqlite3`` ``executemany`` in one transaction into a fresh file
   with the same ``unit`` and ``person`` tables and indexes and the same PRAGMAs (WAL,
   synchronous=FULL, foreign keys), the units copied in before the clock starts. Each import
   and each floor runs in a child process of its own on a fresh copy of the prepared
   database, so that its peak RSS (VmHWM) is its own;
2. the required strength of the whole country recomputed from scratch
   (:func:`~commandpost.store.strength.rebuild_required` inside a transaction) in under 1 s;
   :func:`~commandpost.store.strength.recount_required` alone is reported beside it;
3. the class of one TPS changed (:func:`~commandpost.store.threats.set_tps_class`, durable
   commit), its tree row and ancestors re-read by the region tree model and the tree's
   viewport repainted, in under 10 ms (the tree has no gap column yet: what is measured is
   the row + ancestors refresh and repaint that exists);
4. one person assigned to one TPS (:func:`~commandpost.store.personnel.assign`) and the
   required and assigned strength of the village and its ancestors read again
   (:func:`~commandpost.store.strength.area_needs`, what a view shows), in under 20 ms.

The work folder (kept and reused between runs) holds the national demo as built
(``national-strength.sqlite``), a prepared copy (``national-strength-prepared.sqlite``) with
units wherever the demo has none (a Polda per province over its kabupaten/kota, a Polres or
Polresta per kabupaten/kota) and a few people for the assignments, and the roster CSV
(``NAMA;PANGKAT/NRP;SATUAN;JABATAN;NO HP``, seeded, the units' real names, 8-digit NRPs).
The benches never change the prepared copy: each works on a copy of it.

Standalone: ``python -m commandpost.bench_strength [--work DIR] [--repeat N]
[--import-repeat N] [--rows N] [--profile] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from commandpost.memory import status_kb

ROSTER_ROWS = 300_000
IMPORT_REPEAT = 5
MIN_REPEAT = 5  # every figure is a median over at least this many runs
EDIT_REPEAT = 20  # class changes and assignments (cheap) per run
PEOPLE = 40  # people put on the prepared roster for the assignment bench
SEED = 2024
PREPARE_VERSION = 1

TARGET_IMPORT_S = 60.0
TARGET_RATIO = 6.0
TARGET_REBUILD_MS = 1000.0
TARGET_CLASS_MS = 10.0
TARGET_ASSIGN_MS = 20.0

BASE = "national-strength.sqlite"
PREPARED = "national-strength-prepared.sqlite"
STAMP = "strength.json"
CHILD_TAG = "CP_STRENGTH "
ACTOR = "bench"
RANKS = ("BRIPDA", "BRIPTU", "BRIGPOL", "BRIPKA", "AIPDA", "AIPTU", "IPDA", "IPTU", "AKP")
POSITIONS = (
    "BA SAT SAMAPTA",
    "BHABINKAMTIBMAS",
    "BA SAT LANTAS",
    "BA SAT INTELKAM",
    "BA SAT RESKRIM",
    "KANIT SAMAPTA",
    "PS. KANIT PROVOS",
    "BAMIN SIUM",
)


def _words(text_: str) -> tuple[str, ...]:
    return tuple(text_.split())


FIRST = _words(
    "AGUS BUDI DEDI EKO FAJAR GILANG HENDRA IRFAN JOKO KURNIAWAN LUKMAN MUHAMMAD NANANG "
    "OKTA PUTRA RIZKY SLAMET TEGUH UJANG WAHYU YUDI ZAINAL ADE ANDI ARIF BAMBANG DIAN ERWIN "
    "FIRMAN HARIS IWAN RUDI SITI DEWI RINA NUR ASEP"
)
LAST = _words(
    "SANTOSO PRASETYO HIDAYAT SETIAWAN NUGROHO SAPUTRA WIBOWO SUHENDAR RAMADHAN GUNAWAN "
    "SUPRIYADI HARAHAP SIREGAR NASUTION SIMANJUNTAK HUTAPEA LUBIS PANJAITAN SAGALA TAMBUNAN "
    "MAULANA FIRDAUS KUSUMA PRATAMA WIJAYA HALIM SYAHPUTRA RAHMAN SUDRAJAT MULYADI"
)


# -- preparing ---------------------------------------------------------------------------------


def _unlink_db(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)


def _bench_units(conn) -> list[dict]:
    """Units for every province the database has none in: its Polda over its kabupaten/kota
    and a Polres (kabupaten) or Polresta (kota) per kabupaten/kota, below the Polda."""
    from sqlalchemy import text

    from commandpost.store.units import unit_key

    covered = {
        code[:2]
        for (code,) in conn.execute(
            text(
                "SELECT j.node_code FROM jurisdiction j JOIN unit u ON u.id = j.unit_id "
                "WHERE u.active"
            )
        )
    }
    taken = {unit_key(n) for (n,) in conn.execute(text("SELECT name FROM unit"))}
    regencies: dict[str, list[tuple[str, str]]] = {}
    for code, name in conn.execute(text("SELECT code, name FROM node WHERE level = 1")):
        regencies.setdefault(code[:2], []).append((code, name))
    out: list[dict] = []

    def named(name: str, where: str) -> str:
        if unit_key(name) in taken:
            name = f"{name} ({where})"
        taken.add(unit_key(name))
        return name

    for code, province in conn.execute(text("SELECT code, name FROM node WHERE level = 0")):
        if code in covered or not regencies.get(code):
            continue
        polda = f"bench-polda-{code}"
        areas = sorted(r for r, _ in regencies[code])
        out.append(
            {
                "key": polda,
                "name": named(f"Polda {province}", "bench"),
                "kind": "polda",
                "parent": None,
                "areas": areas,
            }
        )
        for regency, name in sorted(regencies[code]):
            city = name.startswith("Kota ")
            short = name.removeprefix("Kabupaten ").removeprefix("Kota ")
            out.append(
                {
                    "key": f"bench-polres-{regency}",
                    "name": named(f"{'Polresta' if city else 'Polres'} {short}", province),
                    "kind": "polresta" if city else "polres",
                    "parent": polda,
                    "areas": [regency],
                }
            )
    return out


def _nrps(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    """``count`` distinct 8-digit NRPs (year and month of birth, then a number), none of
    ``taken``."""
    out: list[str] = []
    seen = set(taken)
    while len(out) < count:
        year = rng.choice([*range(70, 100), *range(0, 6)])
        nrp = f"{year:02d}{rng.randint(1, 12):02d}{rng.randint(0, 9999):04d}"
        if nrp not in seen:
            seen.add(nrp)
            out.append(nrp)
    return out


def _prepare_database(base: Path, prepared: Path, people: int, say) -> list[list[str]]:
    """Copy the demo, add units where it has none and ``people`` people, each with a TPS
    where their unit answers; returns [nrp, TPS code] for each."""
    from sqlalchemy import text

    from commandpost.store import personnel
    from commandpost.store.database import open_database
    from commandpost.store.units import load_units

    partial = prepared.with_name(prepared.name + ".partial")
    _unlink_db(partial)
    shutil.copyfile(base, partial)
    db = open_database(partial, create=True)
    try:
        with db.engine.connect() as conn:
            added = _bench_units(conn)
        if added:
            say(f"adding {len(added)} units where the demo has none ...")
            load_units(db, added, actor=ACTOR, reason="bench: units where the demo has none")
        rng = random.Random(SEED)
        with db.engine.connect() as conn:
            tps = [r[0] for r in conn.execute(text("SELECT code FROM tps ORDER BY code"))]
            answering = dict(
                conn.execute(
                    text("SELECT district_code, unit_id FROM area_share WHERE unit_id IS NOT NULL")
                ).all()
            )
            units = dict(conn.execute(text("SELECT id, name FROM unit WHERE active")).all())
            taken = set(conn.execute(text("SELECT nrp FROM person")).scalars())
        places = [c for c in tps if c[:8] in answering]
        if not places:
            raise RuntimeError("no TPS where a unit answers: the bench cannot assign anyone")
        chosen = (
            rng.sample(places, people) if len(places) >= people else rng.choices(places, k=people)
        )
        out = []
        for nrp, code in zip(_nrps(rng, people, taken), chosen, strict=True):
            personnel.add_person(
                db,
                nrp=nrp,
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                rank=rng.choice(RANKS),
                unit=units[answering[code[:8]]],
                actor=ACTOR,
                reason="bench: a person to assign",
            )
            out.append([nrp, code])
    finally:
        db.close()
    _unlink_db(prepared)
    os.replace(partial, prepared)
    return out


def write_roster(prepared: Path, path: Path, rows: int, seed: int = SEED) -> dict:
    """The roster CSV: ``rows`` people with the units' real names, new NRPs."""
    import sqlite3

    conn = sqlite3.connect(f"file:{prepared}?mode=ro&immutable=1", uri=True)
    try:
        units = [r[0] for r in conn.execute("SELECT name FROM unit WHERE active ORDER BY id")]
        taken = {r[0] for r in conn.execute("SELECT nrp FROM person")}
    finally:
        conn.close()
    rng = random.Random(seed)
    nrps = _nrps(rng, rows, taken)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("NAMA;PANGKAT/NRP;SATUAN;JABATAN;NO HP\r\n")
        for nrp in nrps:
            middle = f" {rng.choice(FIRST)}" if rng.random() < 0.3 else ""
            f.write(
                f"{rng.choice(FIRST)}{middle} {rng.choice(LAST)};{rng.choice(RANKS)}/{nrp};"
                f"{rng.choice(units)};{rng.choice(POSITIONS)};08{rng.randint(10**9, 10**10 - 1)}"
                "\r\n"
            )
    return {"path": str(path), "rows": rows, "mb": path.stat().st_size / 1e6, "units": len(units)}


def prepare(work: Path, say=print, progress=None, rows: int | None = None) -> dict:
    """The national demo, its prepared copy and the roster CSV of ``rows`` people (default
    :data:`ROSTER_ROWS`) in ``work`` (reused when they are there and still fit)."""
    from commandpost.store.demo import build_demo

    rows = ROSTER_ROWS if rows is None else rows

    work.mkdir(parents=True, exist_ok=True)
    base = work / BASE
    prepared = work / PREPARED
    if not base.exists():
        say("building the national demo (once; kept in the work folder) ...")
        started = time.perf_counter()
        build_demo(base, scale="national", progress=progress)
        say(f"  done in {time.perf_counter() - started:.0f} s")
    stamp_path = work / STAMP
    stamp = json.loads(stamp_path.read_text()) if stamp_path.exists() else {}
    made = base.stat()
    wanted = {"version": PREPARE_VERSION, "base": [made.st_size, made.st_mtime_ns]}
    if (
        not prepared.exists()
        or any(stamp.get(k) != v for k, v in wanted.items())
        or len(stamp.get("people", [])) < PEOPLE
    ):
        say("preparing a copy: units where the demo has none, people to assign ...")
        stamp = dict(wanted, people=_prepare_database(base, prepared, PEOPLE, say))
        stamp_path.write_text(json.dumps(stamp, indent=1))
    roster = stamp.get("roster")
    if roster is None or roster["rows"] != rows or not Path(roster["path"]).exists():
        say(f"writing a roster of {rows:,} people ...")
        roster = write_roster(prepared, work / f"roster-{rows}.csv", rows)
        stamp["roster"] = roster
        stamp_path.write_text(json.dumps(stamp, indent=1))
    return {"base": str(base), "prepared": str(prepared), **stamp}


# -- the child processes: the import and its floor ---------------------------------------------


def child_import(db_path: str, csv_path: str, profile_out: str | None = None) -> dict:
    from sqlalchemy import text

    from commandpost.store.database import open_database
    from commandpost.store.roster_import import apply_roster_import, plan_roster_import

    db = open_database(db_path)
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM person")).scalar_one()
    baseline = status_kb("VmRSS")
    profiler = None
    if profile_out:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    plan = plan_roster_import(db, csv_path)
    planned = time.perf_counter()
    plan_peak = status_kb("VmHWM")
    apply_roster_import(db, plan, actor=ACTOR)
    applied = time.perf_counter()
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile_out)
    with db.engine.connect() as conn:
        after = conn.execute(text("SELECT count(*) FROM person")).scalar_one()
    db.close()
    return {
        "plan_s": planned - started,
        "apply_s": applied - planned,
        "s": applied - started,
        "people": len(plan.people),
        "new": plan.new,
        "added": after - before,
        "baseline_rss_mb": baseline / 1024,
        "plan_peak_rss_mb": plan_peak / 1024,
        "peak_rss_mb": status_kb("VmHWM") / 1024,
    }


def floor_rows(source_db: str, csv_path: str) -> list[tuple]:
    """The rows the import's upsert writes, made from the CSV as it makes them."""
    import csv
    import sqlite3

    from commandpost.core.ranks import split_rank_id
    from commandpost.core.text import normalise
    from commandpost.store.personnel import rank_book
    from commandpost.store.units import unit_key

    conn = sqlite3.connect(f"file:{source_db}?mode=ro&immutable=1", uri=True)
    try:
        unit_ids = {
            unit_key(n): i for i, n in conn.execute("SELECT id, name FROM unit WHERE active")
        }
    finally:
        conn.close()
    book = rank_book()
    rows = []
    with open(csv_path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter=";")
        next(reader)
        for name, rank_nrp, unit, position, phone in reader:
            rank, nrp = split_rank_id(rank_nrp)
            rows.append(
                (
                    nrp,
                    name,
                    normalise(name),
                    book.find(rank).key,
                    position,
                    unit_ids[unit_key(unit)],
                    None,
                    phone,
                )
            )
    return rows


def child_floor(db_path: str, csv_path: str, source_db: str) -> dict:
    """The same person rows with nothing but sqlite3: a fresh file with the ``unit`` and
    ``person`` tables and indexes of ``source_db``, the units copied in, then the rows in one
    ``executemany`` in one transaction (only that is timed)."""
    import sqlite3

    from commandpost.store.database import _set_pragmas

    rows = floor_rows(source_db, csv_path)
    source = sqlite3.connect(f"file:{source_db}?mode=ro&immutable=1", uri=True)
    try:
        ddl = source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN ('unit', 'person') "
            "AND sql IS NOT NULL ORDER BY tbl_name != 'unit', type != 'table'"
        ).fetchall()
        columns = [r[1] for r in source.execute("PRAGMA table_info(unit)")]
        units = source.execute(f"SELECT {', '.join(columns)} FROM unit").fetchall()
    finally:
        source.close()
    conn = sqlite3.connect(db_path)
    _set_pragmas(conn, None)  # the PRAGMAs of every CommandPost connection
    for (sql,) in ddl:
        conn.execute(sql)
    conn.execute("BEGIN")
    # Parents before children, for the foreign key on parent_id.
    placed: set[str] = set()
    pending = list(units)
    while pending:
        ready = [u for u in pending if u[columns.index("parent_id")] in (None, *placed)]
        if not ready:
            ready = pending
        conn.executemany(
            f"INSERT INTO unit ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            ready,
        )
        placed.update(u[0] for u in ready)
        pending = [u for u in pending if u[0] not in placed]
    conn.execute("COMMIT")
    baseline = status_kb("VmRSS")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO person (nrp, name, name_norm, rank, position, unit_id, bko_unit_id, phone, "
        "duty, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'available', 1)",
        rows,
    )
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    count = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    conn.close()
    return {
        "s": seconds,
        "rows": count,
        "baseline_rss_mb": baseline / 1024,
        "peak_rss_mb": status_kb("VmHWM") / 1024,
    }


def _run_child(kind: str, prepared: Path, csv_path: Path, work: Path, extra: list[str]) -> dict:
    copy = work / f"run-{kind}.sqlite"
    _unlink_db(copy)
    if kind == "import":
        shutil.copyfile(prepared, copy)
        args = ["--child-import", str(copy), str(csv_path), *extra]
    else:
        args = ["--child-floor", str(copy), str(csv_path), str(prepared)]
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "commandpost.bench_strength", *args],
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
    finally:
        _unlink_db(copy)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(CHILD_TAG)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} run on {csv_path.name} failed: {proc.stderr[-3000:]}")
    return json.loads(lines[-1].removeprefix(CHILD_TAG))


# -- in process: required strength, a class change, an assignment --------------------------------


def _ms(started: float, ended: float) -> float:
    return (ended - started) * 1000


def strength_rebuilds(db, repeat: int) -> dict[str, list[float]]:
    """rebuild_required and recount_required, each inside a transaction of its own (timed
    without and with the commit), after one unrecorded warm-up of each."""
    from commandpost.store.strength import rebuild_required, recount_required

    out: dict[str, list[float]] = {
        "rebuild_ms": [],
        "rebuild_commit_ms": [],
        "recount_ms": [],
        "recount_commit_ms": [],
    }
    for name, func in (("rebuild", rebuild_required), ("recount", recount_required)):
        for n in range(repeat + 1):
            started = time.perf_counter()
            with db.engine.begin() as conn:
                func(conn)
                done = time.perf_counter()
            committed = time.perf_counter()
            if n:
                out[f"{name}_ms"].append(_ms(started, done))
                out[f"{name}_commit_ms"].append(_ms(started, committed))
    return out


def checkpoint(db) -> None:
    """Write the WAL back into the database file (untimed, between the parts)."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def rebuild_statements(db) -> list[dict]:
    """One more rebuild_required with each SQL statement timed, named by the line of
    commandpost/store/strength.py that runs it; the rest is Python (``python``)."""
    import re

    from sqlalchemy import event

    from commandpost.store import strength

    timed: dict[str, dict] = {}
    here = Path(strength.__file__).resolve()

    def before(conn, _cursor, _statement, _params, _context, _many) -> None:
        conn.info["bench_started"] = time.perf_counter()

    def after(conn, _cursor, statement, _params, _context, _many) -> None:
        ms = _ms(conn.info.pop("bench_started"), time.perf_counter())
        frame = sys._getframe(1)
        while frame is not None and Path(frame.f_code.co_filename).resolve() != here:
            frame = frame.f_back
        where = f"{frame.f_code.co_name} strength.py:{frame.f_lineno}" if frame else "elsewhere"
        row = timed.setdefault(
            where, {"where": where, "sql": re.sub(r"\s+", " ", statement)[:60], "ms": 0.0}
        )
        row["ms"] += ms

    event.listen(db.engine, "before_cursor_execute", before)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        started = time.perf_counter()
        with db.engine.begin() as conn:
            strength.rebuild_required(conn)
            total = _ms(started, time.perf_counter())
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
        event.remove(db.engine, "after_cursor_execute", after)
    rows = sorted(timed.values(), key=lambda r: -r["ms"])
    rows.append({"where": "python", "sql": "", "ms": total - sum(r["ms"] for r in rows)})
    return rows


def class_changes(db, repeat: int, rng: random.Random) -> dict[str, Any]:
    """One TPS's class set (durable commit), its tree row and ancestors re-read by the
    region tree model, then the tree's viewport repainted whole (``paint_ms``, the figure
    with the target); interleaved with as many where only what changed is repainted, as Qt
    does after ``dataChanged`` (``dirty_paint_ms``). ``gap_column`` says whether the tree has
    a strength (gap) column, in view."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView
    from sqlalchemy import text

    from commandpost.core.threats import TpsClass
    from commandpost.gui.models import region_tree
    from commandpost.gui.models.region_tree import RegionTreeModel
    from commandpost.store import threats

    app = QApplication.instance() or QApplication([])
    with db.engine.connect() as conn:
        tps = dict(conn.execute(text("SELECT code, tps_class FROM tps ORDER BY code")).all())
    codes = list(tps)
    count = 2 * repeat
    picks = rng.sample(codes, count) if len(codes) >= count else rng.choices(codes, k=count)
    model = RegionTreeModel(db)
    view = QTreeView()
    view.setUniformRowHeights(True)
    view.setModel(model)
    header = view.header()  # as the main window has it: the name takes what is left
    header.setStretchLastSection(False)
    header.setSectionResizeMode(region_tree.COL_NAME, QHeaderView.ResizeMode.Stretch)
    view.resize(1180, 700)  # the main window's size
    view.show()
    app.processEvents()
    # The gap column, where the tree has one (and it is in view, so that it is repainted).
    gap = getattr(region_tree, "COL_STRENGTH", None)
    gap_shown = gap is not None and 0 <= view.columnViewportPosition(gap) < view.width()
    cycle = [c.value for c in TpsClass]
    out: dict[str, Any] = {
        key: []
        for key in ("store_ms", "tree_ms", "paint_ms", "total_ms", "dirty_paint_ms", "dirty_ms")
    }
    out["gap_column"] = gap_shown
    try:
        for n, code in enumerate(picks):
            index = model.reveal(code)
            parent = index.parent()
            while parent.isValid():
                view.expand(parent)
                parent = parent.parent()
            view.scrollTo(index)
            app.processEvents()
            now = tps[code] or TpsClass.KURANG_RAWAN.value
            new = next(c for c in cycle[n % len(cycle) :] + cycle if c != now)
            whole = n % 2 == 0
            started = time.perf_counter()
            threats.set_tps_class(db, [code], new, reason="bench", actor=ACTOR)
            stored = time.perf_counter()
            model.refresh_nodes([code])
            refreshed = time.perf_counter()
            if whole:
                view.viewport().repaint()
            else:
                app.processEvents()  # paints the rows dataChanged marked, nothing else
            painted = time.perf_counter()
            tps[code] = new
            if whole:
                out["store_ms"].append(_ms(started, stored))
                out["tree_ms"].append(_ms(stored, refreshed))
                out["paint_ms"].append(_ms(refreshed, painted))
                out["total_ms"].append(_ms(started, painted))
            else:
                out["dirty_paint_ms"].append(_ms(refreshed, painted))
                out["dirty_ms"].append(_ms(started, painted))
            app.processEvents()
    finally:
        view.close()
        view.deleteLater()
        app.processEvents()
    return out


def assignments(db, people: list[list[str]], repeat: int) -> dict[str, list[float]]:
    """One person assigned to one TPS, then area_needs of the village and its ancestors."""
    from commandpost.core.regions import ancestors_of
    from commandpost.store import personnel
    from commandpost.store.strength import area_needs

    out: dict[str, list[float]] = {"store_ms": [], "read_ms": [], "total_ms": []}
    for nrp, code in people[:repeat]:
        village = code.rpartition(".")[0]
        chain = [*ancestors_of(village), village]
        before = {a.code: a.assigned for a in area_needs(db, codes=chain)}
        started = time.perf_counter()
        personnel.assign(db, nrp, code, actor=ACTOR)
        stored = time.perf_counter()
        shown = area_needs(db, codes=chain)
        read = time.perf_counter()
        if any(a.assigned != before[a.code] + 1 for a in shown):
            raise RuntimeError(f"assigning {nrp} to {code} did not show along {chain}")
        out["store_ms"].append(_ms(started, stored))
        out["read_ms"].append(_ms(stored, read))
        out["total_ms"].append(_ms(started, read))
    return out


# -- the measurement ------------------------------------------------------------------------------


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def measure(
    work: Path,
    *,
    repeat: int = 7,
    import_repeat: int | None = None,
    profile: bool = False,
    rows: int | None = None,
    say=print,
    progress=None,
) -> dict[str, Any]:
    from sqlalchemy import text

    from commandpost.store.database import open_database
    from commandpost.store.strength import strength_mismatches

    repeat = max(repeat, MIN_REPEAT)
    import_repeat = IMPORT_REPEAT if import_repeat is None else import_repeat
    edit_repeat = min(max(repeat, EDIT_REPEAT), PEOPLE)
    prep = prepare(work, say, progress, rows)
    prepared = Path(prep["prepared"])
    csv_path = Path(prep["roster"]["path"])
    rows = prep["roster"]["rows"]
    db = open_database(prepared)
    with db.engine.connect() as conn:
        counts = dict(
            conn.execute(
                text(
                    "SELECT 'tps', count(*) FROM tps UNION ALL "
                    "SELECT 'villages', count(*) FROM node WHERE level = 3 UNION ALL "
                    "SELECT 'units', count(*) FROM unit WHERE active UNION ALL "
                    "SELECT 'people', count(*) FROM person"
                )
            ).all()
        )
    db.close()

    say(f"roster import: {import_repeat} runs of {rows:,} people, each with its floor ...")
    runs: dict[str, list[dict]] = {"import": [], "floor": []}
    for _ in range(import_repeat):
        runs["import"].append(_run_child("import", prepared, csv_path, work, []))
        runs["floor"].append(_run_child("floor", prepared, csv_path, work, []))
    for run in runs["import"]:
        if run["people"] != rows or run["added"] != rows:
            raise RuntimeError(f"the roster import did not add {rows:,} people: {run}")
    for run in runs["floor"]:
        if run["rows"] != rows:
            raise RuntimeError(f"the floor did not write {rows:,} rows: {run}")

    say(f"required strength, a class change, an assignment ({repeat} / {edit_repeat} runs) ...")
    edits_copy = work / "run-edits.sqlite"
    _unlink_db(edits_copy)
    shutil.copyfile(prepared, edits_copy)
    db = open_database(edits_copy)
    try:
        checkpoint(db)
        rebuilt = strength_rebuilds(db, repeat)
        statements = rebuild_statements(db)
        checkpoint(db)  # the rebuilds' pages are not the class changes' to write back
        classes = class_changes(db, edit_repeat, random.Random(SEED + 7))
        checkpoint(db)
        assigned = assignments(db, prep["people"], edit_repeat)
        mismatches = strength_mismatches(db)
    finally:
        db.close()
        _unlink_db(edits_copy)

    imports = runs["import"]
    ratios = [i["s"] / f["s"] for i, f in zip(imports, runs["floor"], strict=True)]
    report: dict[str, Any] = {
        "database": str(prepared),
        **counts,
        "roster": prep["roster"],
        "repeat": {"import": import_repeat, "rebuild": repeat, "edits": edit_repeat},
        "import_s": _spread([r["s"] for r in imports]),
        "plan_s": _spread([r["plan_s"] for r in imports]),
        "apply_s": _spread([r["apply_s"] for r in imports]),
        "floor_s": _spread([r["s"] for r in runs["floor"]]),
        "ratio_to_floor": _spread(ratios),
        "plan_rss_mb": _spread([r["plan_peak_rss_mb"] for r in imports]),
        "import_rss_mb": _spread([r["peak_rss_mb"] for r in imports]),
        "floor_rss_mb": _spread([r["peak_rss_mb"] for r in runs["floor"]]),
        "child_baseline_rss_mb": imports[0]["baseline_rss_mb"],
        "rebuild_ms": _spread(rebuilt["rebuild_ms"]),
        "rebuild_commit_ms": _spread(rebuilt["rebuild_commit_ms"]),
        "recount_ms": _spread(rebuilt["recount_ms"]),
        "recount_commit_ms": _spread(rebuilt["recount_commit_ms"]),
        "class_store_ms": _spread(classes["store_ms"]),
        "class_tree_ms": _spread(classes["tree_ms"]),
        "class_paint_ms": _spread(classes["paint_ms"]),
        "class_total_ms": _spread(classes["total_ms"]),
        "class_dirty_paint_ms": _spread(classes["dirty_paint_ms"]),
        "class_dirty_ms": _spread(classes["dirty_ms"]),
        "assign_store_ms": _spread(assigned["store_ms"]),
        "assign_read_ms": _spread(assigned["read_ms"]),
        "assign_total_ms": _spread(assigned["total_ms"]),
        "rebuild_statements": statements,
        "strength_mismatches": len(mismatches),
        "gap_column": classes["gap_column"],
        "targets": {
            "import_s": TARGET_IMPORT_S,
            "ratio_to_floor": TARGET_RATIO,
            "rebuild_ms": TARGET_REBUILD_MS,
            "class_total_ms": TARGET_CLASS_MS,
            "assign_total_ms": TARGET_ASSIGN_MS,
        },
    }
    missed = [k for k in ("import_s", "ratio_to_floor") if not _met(report, k)]
    if profile or missed:
        say("profiling one import (cProfile) ...")
        stats_file = work / "roster-import.prof"
        _run_child("import", prepared, csv_path, work, ["--profile", str(stats_file)])
        report["profile"] = {"file": str(stats_file), "top": _top_costs(stats_file)}
    return report


def _met(report: dict, key: str) -> bool:
    return report[key]["median"] <= report["targets"][key]


def _top_costs(stats_file: Path, count: int = 15) -> list[dict]:
    """The functions with the most time of their own, with file:line and cumulative time."""
    import pstats

    stats = pstats.Stats(str(stats_file)).stats  # type: ignore[attr-defined]
    rows = []
    for (file, line, func), (_cc, calls, own, cumulative, _callers) in stats.items():
        where = f"{file}:{line}" if line else file
        for prefix in (str(Path(__file__).resolve().parents[1]) + os.sep, sys.prefix + os.sep):
            where = where.removeprefix(prefix)
        rows.append(
            {"where": where, "func": func, "calls": calls, "own_s": own, "cum_s": cumulative}
        )
    rows.sort(key=lambda r: -r["own_s"])
    return rows[:count]


ROWS = (
    ("import_s", "roster import, plan + apply", "s", "< {:g} s"),
    ("plan_s", "  plan (read + check)", "s", None),
    ("apply_s", "  apply (one change)", "s", None),
    ("floor_s", "  floor: sqlite3 executemany", "s", None),
    ("ratio_to_floor", "  import / floor", "x", "<= {:g} x"),
    ("plan_rss_mb", "  peak RSS after plan", "MB", None),
    ("import_rss_mb", "  peak RSS of the import", "MB", None),
    ("floor_rss_mb", "  peak RSS of the floor", "MB", None),
    ("rebuild_ms", "rebuild_required, national", "ms", "< {:g} ms"),
    ("rebuild_commit_ms", "  with its commit", "ms", None),
    ("recount_ms", "recount_required alone", "ms", None),
    ("recount_commit_ms", "  with its commit", "ms", None),
    ("class_store_ms", "class of 1 TPS: set_tps_class", "ms", None),
    ("class_tree_ms", "  tree row + ancestors re-read", "ms", None),
    ("class_paint_ms", "  tree viewport repaint", "ms", None),
    ("class_total_ms", "  total", "ms", "< {:g} ms"),
    ("class_dirty_paint_ms", "  or repaint changed rows only", "ms", None),
    ("class_dirty_ms", "  total, changed rows only", "ms", None),
    ("assign_store_ms", "assign 1 person to 1 TPS", "ms", None),
    ("assign_read_ms", "  area_needs, village + above", "ms", None),
    ("assign_total_ms", "  total", "ms", "< {:g} ms"),
)


def print_report(report: dict) -> None:
    roster = report["roster"]
    rep = report["repeat"]
    print(
        f"database {report['database']} ({report['villages']:,} villages, {report['tps']:,} "
        f"TPS, {report['units']:,} units, {report['people']:,} people)"
    )
    print(
        f"roster {roster['path']}: {roster['rows']:,} people, {roster['mb']:.1f} MB; medians of "
        f"{rep['import']} imports (each in its own process, on a fresh copy), {rep['rebuild']} "
        f"rebuilds, {rep['edits']} class changes and assignments"
    )
    print(f"{'figure':<34}{'median':>10}{'min':>10}{'max':>10}  {'target':<11}met?")
    for key, label, unit, target in ROWS:
        row = report[key]
        digits = 2 if unit in ("s", "x") else (0 if unit == "MB" else 1)
        goal = target.format(report["targets"][key]) if target else ""
        verdict = ("yes" if _met(report, key) else "NO") if target else ""
        print(
            f"{label + ' (' + unit + ')':<34}{row['median']:>10.{digits}f}"
            f"{row['min']:>10.{digits}f}{row['max']:>10.{digits}f}  {goal:<11}{verdict}"
        )
    tree = (
        "the tree's rows with their gap column"
        if report["gap_column"]
        else "the tree has no gap column yet: its rows as they are"
    )
    print(
        f"(import process before the plan: {report['child_baseline_rss_mb']:.0f} MB; class "
        f"change repainted: {tree}; required and assigned strength after the edits: "
        f"{report['strength_mismatches']} mismatches against a recount)"
    )
    if not _met(report, "rebuild_ms"):
        print("rebuild_required, one run with its statements timed (ms):")
        for r in report["rebuild_statements"]:
            print(f"{r['ms']:>8.1f}  {r['where']:<36}{r['sql']}")
    if "profile" in report:
        print(f"cProfile of one import ({report['profile']['file']}), most time of their own:")
        print(f"{'own s':>8}{'cum s':>8}{'calls':>10}  function")
        for r in report["profile"]["top"]:
            print(f"{r['own_s']:>8.2f}{r['cum_s']:>8.2f}{r['calls']:>10}  {r['func']} {r['where']}")


def default_work() -> Path:
    """The bench work folder, shared with ``bench --timeline``."""
    return Path(tempfile.gettempdir()) / "commandpost-bench"


def run_strength_bench(
    work: Path | None = None,
    repeat: int = 7,
    as_json: bool = False,
    *,
    import_repeat: int | None = None,
    profile: bool = False,
    rows: int | None = None,
) -> int:
    from commandpost.cli.common import ProgressPrinter

    def say(msg: str) -> None:
        print(msg, file=sys.stderr if as_json else sys.stdout, flush=True)

    report = measure(
        work or default_work(),
        repeat=repeat,
        import_repeat=import_repeat,
        profile=profile,
        rows=rows,
        say=say,
        progress=ProgressPrinter("national demo"),
    )
    if as_json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m commandpost.bench_strength")
    parser.add_argument("--child-import", nargs=2, metavar=("DB", "CSV"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--child-floor", nargs=3, metavar=("DB", "CSV", "SOURCE"), help=argparse.SUPPRESS
    )
    parser.add_argument("--profile", nargs="?", const="", metavar="FILE")
    parser.add_argument("--work", metavar="DIR", help="keep the databases and roster here")
    parser.add_argument("--repeat", type=int, default=7, help="rebuild runs (at least 5)")
    parser.add_argument("--import-repeat", type=int, default=IMPORT_REPEAT, metavar="N")
    parser.add_argument("--rows", type=int, default=ROSTER_ROWS, help="people in the roster")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.child_import:
        data = child_import(*args.child_import, args.profile or None)
        print(CHILD_TAG + json.dumps(data), flush=True)
        return 0
    if args.child_floor:
        print(CHILD_TAG + json.dumps(child_floor(*args.child_floor)), flush=True)
        return 0
    return run_strength_bench(
        Path(args.work) if args.work else None,
        args.repeat,
        args.json,
        import_repeat=args.import_repeat,
        profile=args.profile is not None,
        rows=args.rows,
    )


if __name__ == "__main__":
    sys.exit(main())
