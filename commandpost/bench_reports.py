"""`commandpost bench --reports`: how long printed reports take, data to finished PDF.

Targets (issue 10), each a median over repeated runs with min and max, never asserted in
tests:

1. the Polda Banten situation report (Banten demo) in under 3 s;
2. the TPS-rawan list of Polda Banten in under 3 s;
3. a national roll-up situation report (every Polda) in under 15 s, on the national demo
   with a Polda per province and their Polres (the strength bench's prepared copy);
4. a 9,000-row TPS list (one large kabupaten's TPS, as the Pemilu list has them) in under
   10 s: every TPS of the national demo's unit whose jurisdiction holds nearest 9,000 TPS.

Each time runs from the open database to the PDF written: the scope, the figures from SQL,
the document, the layout and the PDF (charts included). Run on the offscreen platform.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

TARGETS_S = {
    "sitrep_banten": 3.0,
    "tps_rawan_banten": 3.0,
    "sitrep_national": 15.0,
    "tps_list_9000": 10.0,
}
WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
PERIOD_END = dt.datetime(2024, 11, 28, 6, 0, tzinfo=WIB)


def _spread(values: list[float]) -> dict[str, float]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


def _timed(make, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = make()
        times.append(time.perf_counter() - started)
    return times, result


def _sitrep(db, unit: str | None, out: Path) -> int:
    from commandpost.reports.period import default_period
    from commandpost.reports.render import write_pdf
    from commandpost.reports.scope import scope_of
    from commandpost.reports.sitrep import SitrepOptions, build_sitrep
    from commandpost.reports.sitrep_data import sitrep_data

    scope = scope_of(db, unit)
    period = default_period(PERIOD_END, scope.zone)
    data = sitrep_data(db, scope, period)
    document = build_sitrep(data, SitrepOptions(), made_at=dt.datetime.now(dt.UTC))
    return write_pdf(document, out)


def _list(db, kind: str, unit: str, out: Path) -> int:
    from commandpost.reports.lists import build_list
    from commandpost.reports.render import write_pdf
    from commandpost.reports.scope import scope_of

    document = build_list(db, kind, scope_of(db, unit), made_at=dt.datetime.now(dt.UTC), made_by="")
    return write_pdf(document, out)


def _unit_near(db, tps: int) -> tuple[str, int]:
    """The unit whose jurisdiction holds the number of TPS nearest ``tps``: (its name, its
    TPS). The national demo has Pilkada-sized kabupaten (at most about 4,400 TPS), so the
    9,000-row list is a unit of that size (a small Polda), the size of one large
    kabupaten's Pemilu list."""
    from sqlalchemy import text

    from commandpost.core.units import subtree

    with db.engine.connect() as conn:
        parents = dict(conn.execute(text("SELECT id, parent_id FROM unit WHERE active")).all())
        names = dict(conn.execute(text("SELECT id, name FROM unit WHERE active")).all())
        per_unit = dict(
            conn.execute(
                text(
                    "SELECT s.unit_id, sum(n.tps_count) FROM area_share s "
                    "JOIN node n ON n.code = s.district_code WHERE s.unit_id IS NOT NULL "
                    "GROUP BY s.unit_id"
                )
            ).all()
        )
    sizes = {unit: sum(per_unit.get(u, 0) for u in subtree(unit, parents)) for unit in parents}
    best = min(sizes, key=lambda u: abs(sizes[u] - tps))
    return names[best], int(sizes[best])


def run_reports_bench(work: Path | None, repeat: int, as_json: bool) -> int:
    from commandpost.bench_strength import prepare
    from commandpost.reports.render import ensure_app
    from commandpost.store.database import open_database
    from commandpost.store.demo import build_demo

    ensure_app()
    work = work or Path(tempfile.gettempdir()) / "commandpost-bench"
    work.mkdir(parents=True, exist_ok=True)
    say = (lambda *_a, **_k: None) if as_json else print
    banten = work / "reports-banten.sqlite"
    if not banten.exists():
        say("building the Banten demo ...")
        build_demo(banten, seed=2024)
    national = Path(prepare(work, say=say)["prepared"])
    copy = work / "reports-national.sqlite"
    if not copy.exists() or copy.stat().st_mtime < national.stat().st_mtime:
        shutil.copyfile(national, copy)
    out = work / "report-bench.pdf"
    results: dict[str, dict] = {}

    db = open_database(banten)
    try:
        times, pages = _timed(lambda: _sitrep(db, "Polda Banten", out), repeat)
        results["sitrep_banten"] = {**_spread(times), "pages": pages}
        times, pages = _timed(lambda: _list(db, "tps-rawan", "Polda Banten", out), repeat)
        results["tps_rawan_banten"] = {**_spread(times), "pages": pages}
    finally:
        db.close()
    db = open_database(copy)
    try:
        times, pages = _timed(lambda: _sitrep(db, None, out), repeat)
        results["sitrep_national"] = {**_spread(times), "pages": pages}
        unit, tps = _unit_near(db, 9000)
        times, pages = _timed(lambda: _list(db, "tps", unit, out), repeat)
        results["tps_list_9000"] = {**_spread(times), "pages": pages, "rows": tps, "unit": unit}
    finally:
        db.close()
    for key, target in TARGETS_S.items():
        results[key]["target_s"] = target
        results[key]["met"] = results[key]["median"] < target
    if as_json:
        print(json.dumps(results, indent=2))
        return 0
    labels = {
        "sitrep_banten": "situation report, Polda Banten",
        "tps_rawan_banten": "TPS-rawan list, Polda Banten",
        "sitrep_national": "situation report, every Polda (national demo)",
        "tps_list_9000": "TPS list of one unit (every TPS)",
    }
    for key, label in labels.items():
        r = results[key]
        extra = f", {r['rows']:,} TPS ({r['unit']})" if "rows" in r else ""
        print(
            f"{label}: median {r['median']:.2f} s (min {r['min']:.2f}, max {r['max']:.2f}, "
            f"n={r['n']}), {r['pages']} pages{extra}; target < {r['target_s']:g} s: "
            f"{'met' if r['met'] else 'NOT met'}"
        )
    return 0
