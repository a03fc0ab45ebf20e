"""Demo databases: the Banten Pilkada 2024 operation, or the whole country for benchmarks.

Regions are real (idn-area-data 4.0.1). TPS numbers per kabupaten/kota follow the figures in
the domain brief; which village gets how many TPS, each TPS's DPT and its address are
synthetic, generated from a seed (same seed, same data) and labelled as demo in the program.
The database is built in a temporary file and moved into place only when complete.

The Banten demo also holds the police side of the operation, all of it synthetic unless
said otherwise, labelled as demo data in every change's reason:

- units: ``resources/templates/units_banten.json`` (Polda Banten, its Polres, a Polsek per
  kecamatan, Sat Brimob and Sat Samapta, Polda Metro Jaya's two Polres with theirs);
- TPS security patterns per Polres: Polres Serang uses its published Pemilu 2024 pattern and
  the Polda Metro Jaya Polres the published Polres Metro Tangerang Kota Pilkada 2024 one
  (2-6, 2-2; the Linmas figures are added here); every other pattern is a made-up
  variation (Lebak and Pandeglang denser, for their mountain TPS);
- a roster of made-up people (names, NRPs, phones), sized by the reported figures: 4,344
  Polri for the operation (about 1,300 of them Polda personnel BKO to the Polres; Polres
  Lebak 560 own + 250 Polda BKO + 88 Brimob; Polres Serang 242 Polsek + 178 Polres + 190
  Polda BKO + 83 Brimob), the rest spread by TPS, plus a reserve of 120 Brimob and Samapta
  at the Polda; its assignments to TPS clusters follow each pattern, short in Lebak and
  Pandeglang on purpose;
- support forces per Polres: TNI 1,530 and Linmas 21,434 (reported for Banten) spread by
  TPS; the Satpol PP figures are made up.

The national demo gets Banten's units, roster and support over its own TPS, but not the
per-Polres patterns (the shipped default applies): a pattern change recounts the whole
country's requirement, which costs as much as the unit load (up to a second each).
"""

from __future__ import annotations

import os
import random
import uuid
from datetime import UTC, date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from commandpost.core.changes import Change
from commandpost.core.regions import Level
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError, Executor, Progress, batch_op
from commandpost.store.database import Database, open_database
from commandpost.store.models import Meta, Node
from commandpost.store.regions import DATASET
from commandpost.store.tps import TpsRow, insert_tps

if TYPE_CHECKING:
    from commandpost.store.roster_import import PlannedAssignment, PlannedPerson

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
    db = open_database(partial, station, create=True)
    try:
        _populate(db, scale, seed, progress)
        _officer_on_duty(db)
    except BaseException:
        db.close()
        for leftover in (partial, partial.with_name(partial.name + "-wal")):
            leftover.unlink(missing_ok=True)
        raise
    db.close()
    os.replace(partial, path)
    return path


# The demo post's officer on duty (store.duty): a bintara operator posko, NRP from his
# birth year and month as Polri numbers them.
DEMO_OFFICER = ("Aiptu", "Budi Santoso", "78050123")


def _officer_on_duty(db: Database) -> None:
    from commandpost.store import duty

    duty.set_duty(db, duty.check_officer(*DEMO_OFFICER))


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
        reason="basis data demo",
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
        reason="data wilayah acuan (Kemendagri)",
        progress=_stage(progress, 0.02, 0.25, "regions"),
    )
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="tps",
        entity_id=op_values["province_code"] or "*",
        op="demo_tps",
        values={"seed": seed, "scale": scale},
        reason="TPS sintetis untuk demo",
        progress=_stage(progress, 0.25, 1.0, "tps"),
    )
    from commandpost.store.stages import apply_template

    apply_template(db, "pilkada_2024", actor=DEMO_ACTOR)
    if scale == "banten":
        from commandpost.store.risks import load_demo_register

        load_demo_register(db, actor=DEMO_ACTOR)

        _load_demo_units(db)
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
        _load_demo_units(db)
    _force(db, seed, patterns=scale == "banten")
    _voting_day_shifts(db, seed)
    if scale == "banten":
        from commandpost.store.demo_incidents import load_demo_incidents

        load_demo_incidents(db, actor=DEMO_ACTOR, seed=seed)
    if progress:
        progress(1.0, "done")


# Voting day: the usual three-shift relay, the plan copied into the first shift, and the
# first shift's members reporting between 05.40 and 06.40 WIB, most of them well before
# 06.00; a handful have not reported (made up), so the board shows who is late.
VOTING_DAY = date(2024, 11, 27)
# Minutes after midnight (low, high, most likely): most report for the 06.00 roll call, the
# rest straggle in up to 06.40.
ON_TIME, STRAGGLING = (5 * 60 + 40, 6 * 60, 5 * 60 + 50), (6 * 60, 6 * 60 + 40, 6 * 60 + 5)
STRAGGLERS = 0.12
NOT_REPORTED = 0.008  # of the first shift: 19 of the Banten demo's 2,342


def _voting_day_shifts(db: Database, seed: int) -> None:
    """Shifts on voting day when the operation has a voting stage and a plan to copy."""
    from commandpost.store import shifts
    from commandpost.store.stages import list_stages

    voting = next((s for s in list_stages(db) if s.kind == "voting" and s.covers(VOTING_DAY)), None)
    if voting is None:
        return
    first, *_rest = shifts.add_day_shifts(
        db, VOTING_DAY, stage_id=voting.id, actor=DEMO_ACTOR, reason="sif hari H (data demo)"
    )
    shift = shifts.get_shift(db, first.change.entity_id)
    copied = shifts.copy_plan(
        db, shifts.PLAN, shift.id, actor=DEMO_ACTOR, reason="rencana operasi ke sif 1 (data demo)"
    )
    if not copied.copied:
        return
    with db.engine.connect() as conn:
        ids = list(
            conn.execute(
                text("SELECT id FROM assignment WHERE shift = :s AND active ORDER BY id"),
                {"s": shift.id},
            ).scalars()
        )
    rng = random.Random(seed + 3)
    missing = set(rng.sample(ids, max(1, round(NOT_REPORTED * len(ids)))))
    day = shift.start.replace(hour=0, minute=0)
    items = {}
    for assignment in ids:
        if assignment in missing:
            continue
        minute = rng.triangular(*(STRAGGLING if rng.random() < STRAGGLERS else ON_TIME))
        moment = day + timedelta(minutes=int(minute), seconds=rng.randrange(60))
        items[assignment] = {"checked_in": moment.astimezone(UTC).strftime(shifts.UTC_FORMAT)}
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="assignment",
        entity_id=f"{len(items)} check-ins",
        op="set_many",
        values={"items": items},
        reason="absensi sif 1 hari H (data demo)",
    )


def _load_demo_units(db: Database) -> None:
    from commandpost.store.units import load_units, read_units_template

    load_units(
        db,
        read_units_template(),
        actor=DEMO_ACTOR,
        reason="wilayah hukum Polres dan Polsek di Banten "
        "(data demo, sebagian belum terverifikasi)",
    )


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
    """The TPS classes and what explains them (store.demo_picture)."""
    from commandpost.store.demo_picture import picture

    picture(db, seed, n_sangat, n_rawan, n_disaster, shares, mapping_time=MAPPING_TIME)


# -- the police side: patterns, roster, assignments, support ---------------------------------
# Reported figures (domain brief, "Strength and TPS security patterns"); everything else in
# this part is made up, and the people are synthetic: no name, NRP or phone is a real one.

POLDA_BANTEN = "polda-banten"
SAT_BRIMOB = "sat-brimob"
SAT_SAMAPTA = "sat-samapta"
OPERATION_POLRI = 4_344  # Banten Pilkada 2024: Polri for the operation, Polda BKO included
POLDA_BKO = 1_300  # Polda personnel BKO to the Polres (Pemilu 2024 report)
RESERVE_BRIMOB = RESERVE_SAMAPTA = 60  # the Polda's reserve (POH) of 120 Brimob and Samapta
BANTEN_TNI = 1_530
BANTEN_LINMAS = 21_434
REPORTED_FORCE = {
    "polres-lebak": {"own": 560, "polda_bko": 250, "brimob": 88},
    "polres-serang": {"own": 420, "polsek": 242, "polda_bko": 190, "brimob": 83},
}
# Made up.
POLDA_HQ_STAFF = 40  # Polda posko and operation staff, part of OPERATION_POLRI
BANTEN_SATPOL_PP = 1_050
POLSEK_SHARE = 0.58  # of a Polres's own people (Polres Serang: 242 of 420)
POLSEK_MINIMUM = 5
BRIMOB_SHARE = 0.25  # of the Polda BKO not reported per Polres
SAMAPTA_SHARE = 0.55  # of the Polda BKO that is not Brimob; the rest is Polda staff
# Polres whose assignments fall short of their pattern: the share of the requirement met.
SHORT_OF_PATTERN = {"polres-lebak": 0.82, "polres-pandeglang": 0.86}
NRP_SERIALS = (5000, 9999)  # demo NRPs never clash with the test rosters (serials below 5000)

_SERANG_2024 = "2-12-24", "2-2-4", "2-1-2"  # published (tps_patterns.json)
_METRO_TANGERANG_KOTA = "2-6-12", "2-2-4", "2-1-2"  # 2-6 and 2-2 published; Linmas added
DEMO_PATTERNS: dict[str, tuple[str, str, str]] = {  # kurang rawan, rawan, sangat rawan
    "polres-serang": _SERANG_2024,
    "polres-lebak": ("2-8-16", "2-1-4", "4-1-6"),
    "polres-pandeglang": ("2-10-20", "2-1-4", "3-1-4"),
    "polres-cilegon": ("2-10-20", "2-2-4", "2-1-2"),
    "polresta-serang-kota": ("2-12-24", "2-2-4", "3-1-4"),
    "polresta-tangerang": ("2-14-28", "2-2-4", "2-1-2"),
    "polres-metro-tangerang-kota": _METRO_TANGERANG_KOTA,
    "polres-tangerang-selatan": _METRO_TANGERANG_KOTA,
}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_MALE = _words(
    "Aceng Ade Adi Aditya Agus Ahmad Andi Anwar Arif Asep Bambang Bayu Budi Cecep Dadang Dani "
    "Deden Dedi Dimas Eko Encep Endang Engkos Fajar Fahmi Feri Galih Gilang Hadi Hendra Heru "
    "Ilham Imam Irfan Iwan Jajang Joko Kiki Kurnia Lukman Maman Muhamad Nana Nanang Nur Oki "
    "Rahmat Reza Ridwan Rizki Rohmat Rudi Saepul Sandi Sigit Slamet Sofyan Sugeng Tatang Taufik "
    "Ujang Umar Wahyu Wawan Yadi Yayan Yudi Yusuf Zainal"
)
_FEMALE = _words(
    "Anisa Ayu Dewi Dina Eka Fitri Indah Intan Maya Novi Nurul Putri Ratna Rina Siti Sri Tika "
    "Wulan Yuni"
)
_FAMILY = _words(
    "Ardiansyah Effendi Fauzi Firmansyah Gunawan Hakim Harahap Hartono Hasanudin Hermawan "
    "Hidayat Iskandar Jaelani Kurniawan Kusuma Lubis Manurung Maulana Mulyadi Mulyana Munandar "
    "Nasution Nugraha Nurdin Pratama Prasetyo Permana Purnama Rahman Ramadhan Rohman Rosadi "
    "Saepudin Sanjaya Santoso Saputra Setiawan Simanjuntak Siregar Sitompul Sopian Sudrajat "
    "Suhendar Sulaeman Sumarna Supriyadi Suryadi Susanto Syahputra Tambunan Wibowo Wijaya"
)
_FAMILY_FEMALE = _words(
    "Anggraini Fitriani Handayani Lestari Novianti Permatasari Puspitasari Rahmawati Sari Wulandari"
)
_DEGREES = (", S.H.", ", S.I.K.", ", S.I.K., M.H.", ", S.Sos.", ", S.H., M.H.")
# Age range (years in 2024) per rank: the NRP starts with the birth year and month (YYMM).
_AGES = {
    "bharada": (19, 24),
    "bharatu": (21, 27),
    "bharaka": (23, 30),
    "bripda": (19, 26),
    "briptu": (23, 31),
    "brigpol": (26, 38),
    "bripka": (30, 45),
    "aipda": (36, 50),
    "aiptu": (40, 57),
    "ipda": (24, 55),
    "iptu": (28, 55),
    "akp": (32, 55),
    "kompol": (36, 55),
    "akbp": (40, 56),
    "kombes_pol": (44, 57),
}
_BINTARA = {"bripda": 14, "briptu": 16, "brigpol": 24, "bripka": 24, "aipda": 12, "aiptu": 10}
_SENIOR = {"brigpol": 15, "bripka": 40, "aipda": 25, "aiptu": 20}
_BRIMOB = {
    "bharada": 25,
    "bharatu": 20,
    "bharaka": 15,
    "bripda": 15,
    "briptu": 12,
    "brigpol": 8,
    "bripka": 5,
}
_SAMAPTA = {"bripda": 20, "briptu": 22, "brigpol": 25, "bripka": 18, "aipda": 10, "aiptu": 5}
_STAFF = {"briptu": 10, "brigpol": 20, "bripka": 30, "aipda": 20, "aiptu": 15, "ipda": 5}
_KANIT = {"ipda": 40, "aiptu": 45, "aipda": 15}
_POLRES_HEADS = (
    ("KAPOLRES", {"akbp": 1}),
    ("WAKAPOLRES", {"kompol": 1}),
    ("KABAG OPS", {"kompol": 1}),
    ("KABAG REN", {"kompol": 1}),
    ("KABAG SDM", {"kompol": 1}),
    ("KABAG LOG", {"kompol": 1}),
    ("KASAT SAMAPTA", {"akp": 1}),
    ("KASAT INTELKAM", {"akp": 1}),
    ("KASAT RESKRIM", {"akp": 1}),
    ("KASAT LANTAS", {"akp": 1}),
    ("KASAT BINMAS", {"akp": 1}),
    ("KASI HUMAS", {"iptu": 1}),
    ("KASI PROPAM", {"iptu": 1}),
    ("PAUR OPS", {"ipda": 1}),
)
_POLRES_STAFF = {
    "ANGGOTA SAT SAMAPTA": 36,
    "ANGGOTA SAT LANTAS": 18,
    "ANGGOTA SAT RESKRIM": 12,
    "ANGGOTA SAT INTELKAM": 10,
    "ANGGOTA SAT BINMAS": 8,
    "ANGGOTA BAG OPS": 6,
    "BAMIN": 4,
    "OPERATOR POSKO": 3,
    "ANGGOTA SI PROPAM": 3,
}
_POLDA_HEADS = (
    ("KAROOPS", {"kombes_pol": 1}),
    ("KABAG BINOPS", {"akbp": 1}),
    ("KAPOSKO", {"akbp": 1}),
    ("KASUBBAG RENOPS", {"kompol": 1}),
    ("KASUBBAG DALOPS", {"kompol": 1}),
    *[("PAMA POSKO", {"iptu": 1, "akp": 1})] * 5,
)
_POLDA_BA = (
    "BA DITSAMAPTA",
    "BA DITBINMAS",
    "BA DITLANTAS",
    "BA DITINTELKAM",
    "BA BIROOPS",
    "BA DITPAMOBVIT",
    "BA BIDHUMAS",
)
# Who may stand at a TPS; commanders, traffic, investigators and the posko do not.
_AT_TPS = {
    "ANGGOTA",
    "BHABINKAMTIBMAS",
    "ANGGOTA SAT SAMAPTA",
    "ANGGOTA SAT BINMAS",
    "ANGGOTA BAG OPS",
    *_POLDA_BA,
}


class _People:
    """Makes synthetic people: names, NRPs (birth YYMM + a serial), phones, ranks."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.nrps: set[str] = set()
        self.people: list[PlannedPerson] = []

    def add(
        self,
        unit: str,
        position: str,
        ranks: dict[str, int],
        bko: str | None = None,
        female_share: float = 0.06,
    ) -> str:
        from commandpost.store.roster_import import PlannedPerson

        rng = self.rng
        rank = rng.choices(list(ranks), weights=list(ranks.values()))[0]
        female = rng.random() < female_share
        given = _FEMALE if female else _MALE
        parts = [rng.choice(given)]
        if rng.random() < 0.3:
            parts.append(rng.choice(given))
        parts.append(rng.choice(_FAMILY_FEMALE if female and rng.random() < 0.5 else _FAMILY))
        name = " ".join(dict.fromkeys(parts))
        officer = rank in ("ipda", "iptu", "akp", "kompol", "akbp", "kombes_pol")
        if rng.random() < (0.6 if officer else 0.06):
            name += rng.choice(_DEGREES)
        low, high = _AGES[rank]
        born = (2024 - rng.randint(low, high)) % 100
        while True:
            nrp = f"{born:02d}{rng.randint(1, 12):02d}{rng.randint(*NRP_SERIALS):04d}"
            if nrp not in self.nrps:
                break
        self.nrps.add(nrp)
        phone = f"0812-0{rng.randrange(1000):03d}-{rng.randrange(10000):04d}"
        self.people.append(PlannedPerson(nrp, name, rank, position, unit, phone, bko))
        return nrp


def _force(db: Database, seed: int, *, patterns: bool = True) -> None:
    """Patterns (unless told not to), the roster with its TPS assignments, the reserve and
    the support forces of Polda Banten's Polres (see the module docstring); nothing when
    the units are missing."""
    from commandpost.store import strength
    from commandpost.store.roster_import import RosterPlan, apply_roster_import
    from commandpost.store.units import units

    listed = {u.id: u for u in units(db)}
    if not {POLDA_BANTEN, SAT_BRIMOB, SAT_SAMAPTA} <= set(listed):
        return
    if patterns:
        _set_patterns(db, listed)
    polres = sorted(
        u.id
        for u in listed.values()
        if u.parent_id == POLDA_BANTEN and u.kind in ("polres", "polresta")
    )
    with db.engine.connect() as conn:
        parents = strength.active_units(conn)
        set_patterns = strength.unit_patterns(conn)
        answering = dict(
            conn.exec_driver_sql("SELECT district_code, unit_id FROM area_share").all()
        )
        rows = conn.exec_driver_sql(
            "SELECT village_code, number, tps_class FROM tps "
            "WHERE code >= '36.' AND code < '36/' ORDER BY village_code, number"
        ).all()
        required = dict(
            conn.exec_driver_sql(
                "SELECT s.unit_id, sum(n.req_police) FROM area_share s "
                "JOIN node n ON n.code = s.district_code GROUP BY s.unit_id"
            ).all()
        )

    def polres_of(unit: str | None) -> str | None:
        while unit is not None and unit not in polres:
            unit = parents.get(unit)
        return unit

    # district → its Polres and the Polsek answering there; village → TPS by class.
    where: dict[str, tuple[str, str | None]] = {}
    for district, unit in answering.items():
        owner = polres_of(unit)
        if owner is not None and district.startswith("36."):
            where[district] = (owner, unit if listed[unit].kind == "polsek" else None)
    villages: dict[str, dict[str, list[int]]] = {}
    for village, number, cls in rows:
        if village[:8] in where:
            villages.setdefault(village, {}).setdefault(cls, []).append(number)
    tps_of_district: dict[str, int] = {}
    for village, by_class in villages.items():
        d = village[:8]
        tps_of_district[d] = tps_of_district.get(d, 0) + sum(map(len, by_class.values()))
    tps_of_polres = {p: 0 for p in polres}
    for d, n in tps_of_district.items():
        tps_of_polres[where[d][0]] += n
    polres = [p for p in polres if tps_of_polres[p]]
    if not polres:
        return

    rng = random.Random(seed + 2)
    make = _People(rng)
    sizes = _sizes(polres, tps_of_polres)
    at_tps: dict[str, list[str]] = {}  # Polres (or district for a Polsek) → people for TPS
    reserve: list[str] = []

    def add_many(key: str, unit: str, position: str, ranks: dict[str, int], n: int, **kw) -> None:
        for _ in range(n):
            nrp = make.add(unit, position, ranks, **kw)
            if position in _AT_TPS:
                at_tps.setdefault(key, []).append(nrp)

    for position, ranks in _POLDA_HEADS:
        make.add(POLDA_BANTEN, position, ranks)
    add_many("-", POLDA_BANTEN, "OPERATOR POSKO", _BINTARA, 20)
    add_many("-", POLDA_BANTEN, "BAMIN", _BINTARA, POLDA_HQ_STAFF - 20 - len(_POLDA_HEADS))
    for unit, n, kind in (
        (SAT_BRIMOB, RESERVE_BRIMOB, "brimob"),
        (SAT_SAMAPTA, RESERVE_SAMAPTA, "samapta"),
    ):
        before = len(make.people)
        _polda_group(make, unit, None, kind, n)
        reserve += [p.nrp for p in make.people[before:]]
    for p in polres:
        size = sizes[p]
        polresta = listed[p].kind == "polresta"
        for position, ranks in _POLRES_HEADS:
            if polresta and position in ("KAPOLRES", "WAKAPOLRES"):
                ranks = {"kombes_pol": 1} if position == "KAPOLRES" else {"akbp": 1}
            make.add(p, position, ranks)
        # The Polsek's people by their kecamatan's TPS (a Polres without Polsek keeps them).
        weights = {d: n for d, n in tps_of_district.items() if where[d][0] == p and where[d][1]}
        hq = size["hq"] if weights else size["hq"] + size["polsek"]
        staff = largest_remainder(hq - len(_POLRES_HEADS), _POLRES_STAFF)
        for position in sorted(staff):
            add_many(p, p, position, _BINTARA, staff[position])
        left = size["polsek"] - POLSEK_MINIMUM * len(weights)
        spread = largest_remainder(left, weights) if weights else {}
        for d in sorted(weights):
            n_villages = sum(1 for v in villages if v[:8] == d)
            _polsek_group(add_many, d, where[d][1], POLSEK_MINIMUM + spread[d], n_villages)
        for kind in ("samapta", "staff", "brimob"):
            before = len(make.people)
            _polda_group(make, _HOME[kind], p, kind, size[kind])
            at_tps.setdefault(p, []).extend(
                q.nrp for q in make.people[before:] if q.position in _AT_TPS
            )

    assignments = _assign(rng, polres, where, villages, set_patterns, parents, required, at_tps)
    # Posts named as an officer writes them: the village, then its TPS ("Tambak TPS 1-5").
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT code, name FROM node WHERE level = 3 AND code LIKE '36.%'")
        ).all()
    village_names = {code: name for code, name in rows}
    for a in assignments:
        a.post_name = f"{village_names.get(a.village, a.village)} {a.post_name}"
    plan = RosterPlan(
        file="daftar personel demo (sintetis)", people=make.people, assignments=assignments
    )
    apply_roster_import(db, plan, actor=DEMO_ACTOR)
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="person",
        entity_id=f"{len(reserve)} people",
        op="set_many",
        values={"items": {nrp: {"duty": "reserve"} for nrp in reserve}},
        reason="cadangan (POH) Polda: Brimob dan Samapta di Mapolda (data demo)",
    )
    support = {
        "tni": largest_remainder(BANTEN_TNI, {p: tps_of_polres[p] for p in polres}),
        "linmas": largest_remainder(BANTEN_LINMAS, {p: tps_of_polres[p] for p in polres}),
        "satpol_pp": largest_remainder(BANTEN_SATPOL_PP, {p: tps_of_polres[p] for p in polres}),
    }
    for p in polres:
        for kind, counts in support.items():
            strength.set_support(
                db,
                unit=p,
                kind=kind,
                count=counts[p],
                actor=DEMO_ACTOR,
                reason="kekuatan pendukung (data demo: TNI dan Linmas Banten dibagi per TPS)",
            )


_HOME = {"brimob": SAT_BRIMOB, "samapta": SAT_SAMAPTA, "staff": POLDA_BANTEN}


def _sizes(polres: list[str], tps: dict[str, int]) -> dict[str, dict[str, int]]:
    """People per Polres: own (Polsek, HQ) and Polda BKO (Brimob, Samapta, Polda staff);
    the reported Polres as reported, the rest of the totals by TPS."""
    reported = {p: f for p, f in REPORTED_FORCE.items() if p in polres}
    others = {p: tps[p] for p in polres if p not in reported}
    own_left = (
        OPERATION_POLRI - POLDA_BKO - POLDA_HQ_STAFF - sum(f["own"] for f in reported.values())
    )
    bko_left = POLDA_BKO - sum(f["polda_bko"] + f["brimob"] for f in reported.values())
    own = largest_remainder(own_left, others) if others else {}
    bko = largest_remainder(bko_left, others) if others else {}
    out = {}
    for p in polres:
        if p in reported:
            f = reported[p]
            total_own, brimob, polda = f["own"], f["brimob"], f["polda_bko"]
            polsek = f.get("polsek", round(total_own * POLSEK_SHARE))
        else:
            total_own, brimob = own[p], round(bko[p] * BRIMOB_SHARE)
            polda, polsek = bko[p] - brimob, round(own[p] * POLSEK_SHARE)
        samapta = round(polda * SAMAPTA_SHARE)
        out[p] = {
            "polsek": polsek,
            "hq": total_own - polsek,
            "brimob": brimob,
            "samapta": samapta,
            "staff": polda - samapta,
        }
    return out


def _polsek_group(add_many, district: str, polsek: str, size: int, n_villages: int) -> None:
    roles = [("KAPOLSEK", {"iptu": 55, "akp": 45}), ("KANIT SAMAPTA", _KANIT)]
    for minimum, role in ((8, "KANIT RESKRIM"), (10, "KANIT INTELKAM"), (12, "KANIT BINMAS")):
        if size >= minimum:
            roles.append((role, _KANIT))
    for position, ranks in roles:
        add_many(district, polsek, position, ranks, 1)
    rest = size - len(roles)
    bhabin = min(n_villages, rest // 2)
    add_many(district, polsek, "BHABINKAMTIBMAS", _SENIOR, bhabin)
    add_many(district, polsek, "ANGGOTA", _BINTARA, rest - bhabin)


def _polda_group(make: _People, unit: str, bko: str | None, kind: str, n: int) -> None:
    """``n`` Polda people of one kind (Brimob, Samapta or Polda staff), BKO to ``bko``."""
    if kind == "brimob":
        leaders = [("DANKI", {"akp": 1})] * (n // 100 or (1 if n >= 50 else 0))
        leaders += [("DANTON", {"ipda": 1, "iptu": 1})] * (n // 30)
        members = ("ANGGOTA",), _BRIMOB, 0.0
    elif kind == "samapta":
        leaders = [("PANIT", {"ipda": 1})] * (n // 25)
        members = ("ANGGOTA",), _SAMAPTA, 0.06
    else:
        leaders = [("PAMATWIL", {"kompol": 2, "akbp": 1})] * min(2, n)
        members = _POLDA_BA, _STAFF, 0.06
    for position, ranks in leaders:
        make.add(unit, position, ranks, bko)
    positions, ranks, female = members
    for _ in range(n - len(leaders)):
        make.add(unit, make.rng.choice(positions), ranks, bko, female_share=female)


def _assign(
    rng: random.Random,
    polres: list[str],
    where: dict[str, tuple[str, str | None]],
    villages: dict[str, dict[str, list[int]]],
    patterns: dict,
    parents: dict[str, str | None],
    required: dict[str | None, int],
    at_tps: dict[str, list[str]],
) -> list[PlannedAssignment]:
    """TPS clusters per village following each Polres's patterns, staffed by the Polsek's
    own people first, then the Polres's and the BKO; short where SHORT_OF_PATTERN says."""
    from commandpost.core.strength import people
    from commandpost.store.personnel import tps_post_id, tps_post_name
    from commandpost.store.roster_import import PlannedAssignment as Planned
    from commandpost.store.strength import pattern_for

    slots: dict[str, list[tuple[bool, str, tuple[int, ...]]]] = {p: [] for p in polres}
    for village in sorted(villages):
        district = village[:8]
        owner, polsek = where[district]
        for cls in sorted(villages[village]):
            pattern, _scope = pattern_for(polsek or owner, cls, patterns, parents)
            numbers = villages[village][cls]
            for start in range(0, len(numbers), pattern.tps):
                chunk = tuple(numbers[start : start + pattern.tps])
                k = max(1, -(-pattern.police * len(chunk) // pattern.tps))
                slots[owner] += [(i == 0, village, chunk) for i in range(k)]
    out = []
    for p in polres:
        mine = slots[p]
        share = SHORT_OF_PATTERN.get(p)
        if share is not None:
            need = people(sum(v or 0 for u, v in required.items() if _under(u, p, parents)))
            target = min(len(mine), round(share * need))
            order = list(range(len(mine)))
            rng.shuffle(order)
            order.sort(key=lambda i: mine[i][0])  # drop second officers before first ones
            dropped = set(order[: len(mine) - target])
            mine = [s for i, s in enumerate(mine) if i not in dropped]
        by_district: dict[str, list] = {}
        for slot in mine:
            by_district.setdefault(slot[1][:8], []).append(slot)
        open_slots, leftover = [], []
        for district in sorted(by_district):
            local = list(at_tps.get(district, []))
            rng.shuffle(local)
            for slot in by_district[district]:
                if local:
                    out.append((local.pop(), slot))
                else:
                    open_slots.append(slot)
            leftover += local
        pool = list(at_tps.get(p, []))
        rng.shuffle(pool)
        pool += leftover
        for slot, nrp in zip(open_slots, pool, strict=False):
            out.append((nrp, slot))
    return [
        Planned(nrp, tps_post_id(village, chunk), tps_post_name(chunk), village, chunk)
        for nrp, (_first, village, chunk) in out
    ]


def _under(unit: str | None, top: str, parents: dict[str, str | None]) -> bool:
    while unit is not None:
        if unit == top:
            return True
        unit = parents.get(unit)
    return False


def _set_patterns(db: Database, listed: dict) -> None:
    """Every Polres's patterns as ONE change (one recount of the requirement)."""
    from commandpost.core.strength import parse_pattern

    items = {}
    for unit in sorted(DEMO_PATTERNS):
        if unit not in listed:
            continue
        for cls, written in zip(
            ("kurang_rawan", "rawan", "sangat_rawan"), DEMO_PATTERNS[unit], strict=True
        ):
            pattern = parse_pattern(written)
            items[f"{unit}|{cls}"] = {
                "scope": unit,
                "tps_class": cls,
                "police": pattern.police,
                "tps": pattern.tps,
                "linmas": pattern.linmas,
                "active": True,
            }
    if items:
        changelog.record(
            db,
            actor=DEMO_ACTOR,
            entity="pattern",
            entity_id=f"{len(items)} patterns",
            op="create_many",
            values={"items": items},
            reason="pola pengamanan TPS per Polres (data demo; Polres Serang dan Polres Metro "
            "Tangerang Kota menurut pola yang diumumkan)",
        )
