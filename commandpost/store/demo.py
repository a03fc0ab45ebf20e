"""Demo databases: the Banten Pilkada 2024 operation, or the whole country for benchmarks.

Regions are real (idn-area-data 4.0.1). TPS numbers per kabupaten/kota follow the figures in
the domain brief; which village gets how many TPS, each TPS's DPT and its address are
synthetic, generated from a seed (same seed, same data) and labelled as demo in the program.
The database is built in a temporary file and moved into place only when complete.
"""

from __future__ import annotations

import os
import random
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from commandpost.core.changes import Change
from commandpost.core.regions import Level
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.database import Database, open_database
from commandpost.store.models import Meta, Node
from commandpost.store.regions import DATASET
from commandpost.store.tps import TpsRow, insert_tps

DEMO_ACTOR = "demo"
DEFAULT_SEED = 2024

# Pilkada 2024 TPS per kabupaten/kota (domain brief). The four reported figures are used as
# they are; the remainder of Banten's 17,231 is spread in proportion to the Pemilu 2024 figures.
BANTEN_TPS_TOTAL = 17_231
BANTEN_DPT_TOTAL = 8_926_662
BANTEN_PILKADA_TPS = {"36.02": 2062, "36.01": 1915, "36.04": 2355, "36.73": 992}
BANTEN_PEMILU_TPS = {
    "36.03": 9016,
    "36.71": 5175,
    "36.04": 4425,
    "36.02": 3995,
    "36.74": 3824,
    "36.01": 3759,
    "36.73": 1877,
    "36.72": 1253,
}
NATIONAL_TPS_TOTAL = 435_296
MAX_DPT_PER_TPS = 600  # Pilkada 2024

SCALES = ("banten", "national")


def largest_remainder(total: int, weights: dict[str, float]) -> dict[str, int]:
    """Split ``total`` in proportion to ``weights``, in whole numbers that add up exactly."""
    weight_sum = sum(weights.values())
    exact = {k: total * w / weight_sum for k, w in weights.items()}
    shares = {k: int(v) for k, v in exact.items()}
    short = total - sum(shares.values())
    for key in sorted(exact, key=lambda k: (shares[k] - exact[k], k))[:short]:
        shares[key] += 1
    return shares


def banten_tps_per_regency() -> dict[str, int]:
    rest = {k: v for k, v in BANTEN_PEMILU_TPS.items() if k not in BANTEN_PILKADA_TPS}
    spread = largest_remainder(BANTEN_TPS_TOTAL - sum(BANTEN_PILKADA_TPS.values()), rest)
    return {**BANTEN_PILKADA_TPS, **spread}


def _spread_over_villages(rng: random.Random, villages: list[str], total: int) -> dict[str, int]:
    """At least one TPS per village; the rest by random weights (village sizes differ)."""
    if total < len(villages):
        raise ChangeError(f"{total} TPS cannot cover {len(villages)} villages")
    weights = {v: rng.lognormvariate(0.0, 0.6) for v in villages}
    extra = largest_remainder(total - len(villages), weights)
    return {v: 1 + extra[v] for v in villages}


_PLACES = ("Kp.", "Jl. Raya", "Jl.", "Gg.", "Dusun", "Perum", "Lingkungan")
_LANDMARKS = (
    "halaman SDN",
    "halaman masjid",
    "balai desa",
    "lapangan",
    "halaman madrasah",
    "gedung serbaguna",
    "pos ronda",
    "halaman rumah warga",
)


def generate_tps(
    rng: random.Random, per_village: dict[str, int], names: dict[str, str], mean_dpt: int
) -> list[TpsRow]:
    rows: list[TpsRow] = []
    spread = MAX_DPT_PER_TPS - mean_dpt
    for village in sorted(per_village):
        for number in range(1, per_village[village] + 1):
            dpt = rng.randint(mean_dpt - spread, MAX_DPT_PER_TPS)
            address = (
                f"{rng.choice(_LANDMARKS).capitalize()}, {rng.choice(_PLACES)} "
                f"{names[village]} RT {rng.randint(1, 12):03d}/RW {rng.randint(1, 8):03d}"
            )
            rows.append((village, number, address, dpt))
    return rows


def fit_total_dpt(rng: random.Random, rows: list[TpsRow], total: int) -> list[TpsRow]:
    """Nudge DPTs by one at a time, within 1..600, until they add up to ``total``."""
    dpts = [r[3] for r in rows]
    diff = total - sum(dpts)
    step = 1 if diff > 0 else -1
    while diff:
        i = rng.randrange(len(dpts))
        if 1 <= dpts[i] + step <= MAX_DPT_PER_TPS:
            dpts[i] += step
            diff -= step
    return [(v, n, a, d) for (v, n, a, _), d in zip(rows, dpts, strict=True)]


@batch_op("demo_tps")
def apply_demo_tps(session: Executor, change: Change, progress: Progress | None) -> None:
    """values: {"seed": int, "scale": "banten"|"national"}; regenerates the same TPS."""
    seed, scale = int(change.values["seed"]), change.values["scale"]
    rng = random.Random(seed)
    villages = session.execute(
        select(Node.code, Node.name).where(Node.level == Level.VILLAGE).order_by(Node.code)
    ).all()
    names = dict(villages)
    if scale == "banten":
        per_regency = banten_tps_per_regency()
        per_village: dict[str, int] = {}
        for regency in sorted(per_regency):
            members = [v for v in names if v.startswith(regency + ".")]
            per_village |= _spread_over_villages(rng, members, per_regency[regency])
        rows = generate_tps(rng, per_village, names, mean_dpt=518)
        rows = fit_total_dpt(rng, rows, BANTEN_DPT_TOTAL)
    elif scale == "national":
        per_village = _spread_over_villages(rng, sorted(names), NATIONAL_TPS_TOTAL)
        rows = generate_tps(rng, per_village, names, mean_dpt=470)
    else:
        raise ChangeError(f"unknown demo scale {scale!r}")
    insert_tps(session, rows, progress)


def build_demo(
    path: Path | str,
    scale: str = "banten",
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> Path:
    """Build a demo database at ``path`` (which must not exist yet)."""
    if scale not in SCALES:
        raise ValueError(f"scale must be one of {', '.join(SCALES)}")
    path = Path(path)
    if path.exists():
        raise FileExistsError(str(path))
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, partial.with_name(partial.name + "-wal")):
        leftover.unlink(missing_ok=True)
    station = "Posko Polda Banten (demo)" if scale == "banten" else "Posko Nasional (demo)"
    db = open_database(partial, station)
    try:
        _populate(db, scale, seed, progress)
    except BaseException:
        db.close()
        for leftover in (partial, partial.with_name(partial.name + "-wal")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, path)
    return path


def _stage(progress: Progress | None, start: float, end: float, label: str) -> Progress | None:
    if progress is None:
        return None
    return lambda fraction, _what: progress(start + (end - start) * fraction, label)


def _populate(db: Database, scale: str, seed: int, progress: Progress | None) -> None:
    op_id = str(uuid.UUID(int=random.Random(seed).getrandbits(128), version=4))
    if scale == "banten":
        op_values = {
            "name": "Operasi Mantap Praja Maung 2024 (Pilkada Banten)",
            "kind": "pilkada",
            "province_code": "36",
            "voting_day": date(2024, 11, 27).isoformat(),
            "is_demo": True,
        }
    else:
        op_values = {
            "name": "Pilkada Serentak 2024 (nasional, uji beban)",
            "kind": "pilkada",
            "province_code": None,
            "voting_day": date(2024, 11, 27).isoformat(),
            "is_demo": True,
        }
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="operation",
        entity_id=op_id,
        op="create",
        values=op_values,
        reason="demo database",
    )
    with db.session() as session, session.begin():
        session.add(Meta(key="operation_id", value=op_id))
    if progress:
        progress(0.02, "regions")
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="region",
        entity_id=op_values["province_code"] or "*",
        op="load_regions",
        values={"dataset": DATASET, "province": op_values["province_code"]},
        reason="reference data",
        progress=_stage(progress, 0.02, 0.25, "regions"),
    )
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="tps",
        entity_id=op_values["province_code"] or "*",
        op="demo_tps",
        values={"seed": seed, "scale": scale},
        reason="synthetic TPS for the demo",
        progress=_stage(progress, 0.25, 1.0, "tps"),
    )
    from commandpost.store.stages import apply_template

    apply_template(db, "pilkada_2024", actor=DEMO_ACTOR)
    if scale == "banten":
        from commandpost.store.risks import load_demo_register

        load_demo_register(db, actor=DEMO_ACTOR)

        from commandpost.store.units import load_units, read_units_template

        load_units(
            db,
            read_units_template(),
            actor=DEMO_ACTOR,
            reason="wilayah hukum Polres di Banten (data demo, sebagian belum terverifikasi)",
        )
        _picture(
            db, seed, BANTEN_SANGAT_RAWAN, BANTEN_RAWAN, BANTEN_DISASTER_PRONE, _PICTURE_SHARES
        )
    else:
        # The same proportions over the whole country, so that filters and the tree's
        # roll-ups are measured on a realistic picture.
        share = NATIONAL_TPS_TOTAL / BANTEN_TPS_TOTAL
        _picture(
            db,
            seed,
            round(BANTEN_SANGAT_RAWAN * share),
            round(BANTEN_RAWAN * share),
            round(BANTEN_DISASTER_PRONE * share),
            None,
        )
    if progress:
        progress(1.0, "done")


# The reported Banten Pilkada 2024 picture: 102 rawan and 36 sangat rawan TPS, mostly in the
# mountains of Lebak and Pandeglang, and 323 disaster-prone TPS; the rest kurang rawan.
# The national demo uses the same proportions.
# Which TPS they are is synthetic. Shares per kabupaten/kota (the rest goes to the others):
BANTEN_RAWAN = 102
BANTEN_SANGAT_RAWAN = 36
BANTEN_DISASTER_PRONE = 323
_PICTURE_SHARES = {"36.02": 0.42, "36.01": 0.36, "36.04": 0.10, "36.03": 0.06, "36.72": 0.06}
MAPPING_TIME = "2024-11-15T10:00+07:00"  # Bawaslu collected its TPS mapping 10-15 Nov 2024


def _picture(
    db: Database,
    seed: int,
    n_sangat: int,
    n_rawan: int,
    n_disaster: int,
    shares: dict[str, float] | None,
) -> None:
    """Mark TPS rawan, sangat rawan and disaster-prone, spread by ``shares`` per kabupaten/kota
    (None: anywhere), as two mapping changes like a Bawaslu and a BPBD list would be."""
    rng = random.Random(seed + 1)
    with db.engine.connect() as conn:
        codes = [r[0] for r in conn.exec_driver_sql("SELECT code FROM tps ORDER BY code")]
    by_regency: dict[str, list[str]] = {}
    for code in codes:
        by_regency.setdefault(code[:5], []).append(code)

    def pick(total: int, taken: set[str]) -> list[str]:
        if shares is None:
            chosen = rng.sample([c for c in codes if c not in taken], total)
        else:
            chosen = []
            for regency, count in largest_remainder(total, shares).items():
                pool = [c for c in by_regency[regency] if c not in taken]
                chosen += rng.sample(pool, count)
        taken.update(chosen)
        return chosen

    taken: set[str] = set()
    sangat = pick(n_sangat, taken)
    rawan = pick(n_rawan, taken)
    items = {c: {"tps_class": "sangat_rawan"} for c in sangat}
    items |= {c: {"tps_class": "rawan"} for c in rawan}
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="tps",
        entity_id=f"{len(items)} TPS",
        op="set_many",
        values={"items": items, "source": "bawaslu", "observed_at": MAPPING_TIME},
        reason="pemetaan TPS rawan awal (data demo)",
    )
    disaster = pick(n_disaster, set())
    threats = {}
    for code in disaster:
        category = rng.choice(("banjir", "banjir", "longsor", "gempa_tsunami", "cuaca_ekstrem"))
        threats[f"{code}|{category}"] = {
            "node_code": code,
            "category": category,
            "level": rng.choice((1, 2, 2, 3)),
            "source": "bpbd",
            "observed_at": MAPPING_TIME,
            "reason": "TPS rawan bencana (data demo)",
            "actor": DEMO_ACTOR,
        }
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="threat",
        entity_id=f"{len(threats)} bencana",
        op="create_many",
        values={"items": threats, "source": "bpbd", "observed_at": MAPPING_TIME},
        reason="pemetaan TPS rawan bencana (data demo)",
    )
