"""The demo's vulnerability picture: which TPS are rawan and sangat rawan, and the indicators
and threats recorded at each that explain its class under the shipped class rule
(resources/templates/class_rule.json, store.suggest).

The class counts and the disaster-prone count are the reported Banten figures (store.demo);
which TPS they are, what is recorded at each, who recorded it and when are synthetic, from
the seed, and say "data demo" in every reason. Sources follow the domain brief: Bawaslu's
TPS-rawan mapping (collected 10-15 Nov 2024), BPBD's disaster-prone list, Bhabinkamtibmas
and intelligence reports in the week before voting day.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from commandpost.store import changelog
from commandpost.store.database import Database
from commandpost.store.demo import DEMO_ACTOR, largest_remainder
from commandpost.store.threats import utc_iso


def picture(
    db: Database,
    seed: int,
    n_sangat: int,
    n_rawan: int,
    n_disaster: int,
    shares: dict[str, float] | None,
    *,
    mapping_time: str,
) -> None:
    """Mark TPS rawan, sangat rawan and disaster-prone, spread by ``shares`` per kabupaten/kota
    (None: anywhere), and record at each the indicators and threats that explain its class
    under the shipped class rule (resources/templates/class_rule.json): a class mapping, then
    one change per source (Bawaslu's mapping, BPBD's list, Bhabinkamtibmas and intelligence
    reports), with who recorded each and when. Kurang rawan TPS carry nothing high. A few
    TPS (about one in nine sangat rawan) are set one class below what the rule suggests, so
    the "lower than suggested" filter has something to find."""
    rng = random.Random(seed + 1)
    with db.engine.connect() as conn:
        codes = [r[0] for r in conn.exec_driver_sql("SELECT code FROM tps ORDER BY code")]
    by_regency: dict[str, list[str]] = {}
    for code in codes:
        by_regency.setdefault(code[:5], []).append(code)

    def pick(total: int, taken: set[str], anywhere: bool = False) -> list[str]:
        if shares is None or anywhere:
            pool = [c for c in codes if c not in taken]
            chosen = rng.sample(pool, min(total, len(pool)))
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
    khusus: list[str] = []
    if shares is not None:  # Banten's 18 TPS khusus (prisons, hospitals), domain brief
        for regency, count in KHUSUS_PLACES.items():
            khusus += rng.sample([c for c in by_regency[regency] if c not in taken], count)
        taken.update(khusus)
    items = {c: {"tps_class": "sangat_rawan"} for c in sangat}
    items |= {c: {"tps_class": "rawan"} for c in rawan}
    items |= {c: {"tps_class": "khusus"} for c in khusus}
    changelog.record(
        db,
        actor=DEMO_ACTOR,
        entity="tps",
        entity_id=f"{len(items)} TPS",
        op="set_many",
        values={"items": items, "source": "bawaslu", "observed_at": mapping_time},
        reason="pemetaan TPS rawan awal (data demo)",
    )
    # What is recorded at each TPS: code → category → (level, source).
    found: dict[str, dict[str, tuple[int, str]]] = {}

    special: dict[tuple[str, str], str] = {}  # (code, category) → its own reason

    def note(code: str, category: str, level: int, source: str) -> None:
        found.setdefault(code, {}).setdefault(category, (level, source))

    for code in khusus:  # Bawaslu's "lokasi khusus" indicator
        note(code, "lokasi_tps", 2, "bawaslu")
        special[(code, "lokasi_tps")] = "TPS khusus di lapas, rutan atau rumah sakit (data demo)"

    def kamtibmas(code: str, level: int) -> None:
        note(code, rng.choice(_KAMTIBMAS), level, rng.choice(("bhabinkamtibmas", "intelijen")))

    def two_bawaslu(code: str) -> None:
        for category in rng.choice(_BAWASLU_PAIRS):
            note(code, category, 2, "bawaslu")

    # Rawan TPS in _NO_HIGH_REGENCY carry nothing high: the demo's incidents move one of
    # them to a school (kurang rawan) and must not leave a high threat on a kurang rawan TPS.
    disaster_evidence: list[str] = []
    lower = set(
        rng.sample([c for c in rawan if not c.startswith(_NO_HIGH_REGENCY)], _lower(n_sangat))
    )
    for code in sangat + sorted(lower):
        if code in lower or rng.random() < 0.75:
            note(code, "keamanan", 2, "bawaslu")  # riwayat kekerasan / intimidasi
            kamtibmas(code, 3)
        else:
            kamtibmas(code, 3)
            disaster_evidence.append(code)  # and a high disaster: two high threats
    for code in rawan:
        if code in lower:
            continue
        draw = rng.random()
        if draw < 0.4 and not code.startswith(_NO_HIGH_REGENCY):
            if rng.random() < 0.6:
                disaster_evidence.append(code)  # a high disaster threat alone
            else:
                kamtibmas(code, 3)
        elif draw < 0.8:
            two_bawaslu(code)
        else:
            note(code, "keamanan", 2, "bawaslu")
            kamtibmas(code, 2)
    # Kurang rawan TPS with two Bawaslu variables: one class below the rule's suggestion.
    for code in pick(_lower(n_sangat) - 1, taken, anywhere=True):
        two_bawaslu(code)
    # Kurang rawan TPS with a single Bawaslu indicator: recorded, not enough for rawan.
    for code in pick(2 * n_rawan, taken, anywhere=True):
        note(code, rng.choice(_BAWASLU_SINGLE), rng.choice((1, 2, 2)), "bawaslu")
    # Disaster-prone TPS: those whose class rests on a disaster, the rest anywhere. The
    # voting-day flood (demo_incidents) raises the first flood-prone TPS in code order, so
    # that one is a rawan TPS with a flood history.
    classes = {c: "sangat_rawan" for c in sangat} | {c: "rawan" for c in rawan}
    anchor = min(rawan)
    prone = [anchor, *(c for c in disaster_evidence if c != anchor)]
    prone += pick(n_disaster - len(prone), set(prone))
    for code in prone[:n_disaster]:
        has_high = any(level == 3 for level, _ in found.get(code, {}).values())
        if code == anchor:
            category, level = "banjir", 2
        elif code in disaster_evidence:
            category, level = rng.choice(_DISASTERS), 3
        else:
            category = rng.choice(_DISASTERS)
            high_ok = classes.get(code) == "sangat_rawan" or (
                classes.get(code) == "rawan"
                and not has_high
                and not code.startswith(_NO_HIGH_REGENCY)
            )
            level = rng.choice((1, 2, 2, 3) if high_ok else (1, 2, 2))
        if category == "banjir" and code < anchor:
            category = "longsor"
        note(code, category, level, "bpbd")
    by_source: dict[str, dict[str, dict]] = {}
    for code, recorded in found.items():
        for category, (level, source) in recorded.items():
            by_source.setdefault(source, {})[f"{code}|{category}"] = {
                "node_code": code,
                "category": category,
                "level": level,
                "source": source,
                "observed_at": utc_iso(
                    mapping_time if source == "bawaslu" else _report_time(rng, source)
                ),
                "reason": special.get((code, category), _REASONS.get(category, _REASONS[source])),
                "actor": rng.choice(_RECORDERS[source]),
            }
    for source, threats in sorted(by_source.items()):
        changelog.record(
            db,
            actor=DEMO_ACTOR,
            entity="threat",
            entity_id=f"{len(threats)} {source}",
            op="create_many",
            values={"items": threats, "source": source, "observed_at": mapping_time},
            reason=_SOURCE_REASONS[source],
        )


def _lower(n_sangat: int) -> int:
    """How many rawan TPS are set one class below the rule's suggestion (as many kurang
    rawan TPS, less one): about one in nine sangat rawan, at least one."""
    return max(2, round(n_sangat / 9))


def _report_time(rng: random.Random, source: str) -> str:
    """When a report came in: BPBD's list before the quiet period, field and intelligence
    reports over the last week before voting day (WIB, to the minute)."""
    if source == "bpbd":
        return "2024-11-18T09:00+07:00"
    day = date(2024, 11, 20) + timedelta(days=rng.randrange(7))
    minute = rng.randrange(7 * 60, 22 * 60)
    return f"{day.isoformat()}T{minute // 60:02d}:{minute % 60:02d}+07:00"


_NO_HIGH_REGENCY = "36.01."
# Where the Banten demo's 18 TPS khusus are (made up; Banten's prisons and hospitals are
# mostly in the cities): kabupaten/kota code → TPS.
KHUSUS_PLACES = {"36.71": 7, "36.73": 3, "36.03": 2, "36.02": 2, "36.01": 2, "36.72": 1, "36.04": 1}
_KAMTIBMAS = ("konflik_massa", "bentrok_pendukung", "intimidasi")
_DISASTERS = ("banjir", "banjir", "longsor", "gempa_tsunami", "cuaca_ekstrem")
_BAWASLU_PAIRS = (
    ("lokasi_tps", "listrik_internet"),
    ("hak_pilih", "politik_uang"),
    ("netralitas", "politik_uang"),
    ("lokasi_tps", "logistik_tps"),
    ("hak_pilih", "lokasi_tps"),
    ("sara", "politik_uang"),
)
_BAWASLU_SINGLE = ("hak_pilih", "hak_pilih", "lokasi_tps", "listrik_internet", "logistik_tps")
# Who recorded them (made-up names: the posko's operators and village police officers).
_RECORDERS = {
    "bawaslu": ("Brigpol Rina Marlina", "Bripka Dedi Kurniawan"),
    "bpbd": ("Brigpol Rina Marlina", "Bripda Fajar Nugraha"),
    "bhabinkamtibmas": (
        "Aiptu Dadang Suryana",
        "Aipda Ujang Saepudin",
        "Bripka Asep Hidayat",
        "Aiptu Budi Santoso",
    ),
    "intelijen": ("Iptu Hendra Wijaya", "Ipda Yusuf Maulana"),
}
_REASONS = {
    "keamanan": "Riwayat kekerasan dan intimidasi di TPS pada pemilihan sebelumnya (data demo)",
    "konflik_massa": "Dua kelompok massa pendukung bersitegang di sekitar TPS (data demo)",
    "bentrok_pendukung": "Rencana pengerahan pendukung ke lokasi TPS (data demo)",
    "intimidasi": "Warga melaporkan intimidasi kepada pemilih (data demo)",
    "bawaslu": "Indikator TPS rawan dari pemetaan Bawaslu (data demo)",
    "bpbd": "TPS rawan bencana (data demo)",
    "bhabinkamtibmas": "Laporan Bhabinkamtibmas (data demo)",
    "intelijen": "Informasi intelijen (data demo)",
}
_SOURCE_REASONS = {
    "bawaslu": "pemetaan TPS rawan Bawaslu (data demo)",
    "bpbd": "pemetaan TPS rawan bencana (data demo)",
    "bhabinkamtibmas": "laporan Bhabinkamtibmas (data demo)",
    "intelijen": "informasi intelijen (data demo)",
}
