"""What happened around voting day in the Banten demo: incidents with the actions taken,
and the vulnerability changes officers recorded (made up, on real places).

The days follow the Pilkada 2024 calendar: the quiet period 24–26 November, voting day 27
November, counting and the PPK recapitulation after it. The kinds follow the domain brief
(serangan fajar in the quiet period, floods at TPS in Lebak and Pandeglang on voting day,
supporter crowds at PPK offices during recapitulation). Times are WIB; some fall between
00.00 and 07.00 WIB, where the UTC date is the day before, so the daily reports' cut-off is
exercised by the demo itself.
"""

from __future__ import annotations

import random

from commandpost.store.database import Database
from commandpost.store.incidents import add_incident, advance_incident
from commandpost.store.sql import text
from commandpost.store.threats import set_threat, update_status

# (kabupaten code, local time WIB, type, description, people, damage, actions, steps)
# steps: how far it got: 0 reported, 1 handled, 2 closed.
INCIDENTS = (
    (
        "36.02",
        "2024-11-24T21:40",
        "politik_uang",
        "Dugaan pembagian amplop berisi uang kepada warga oleh orang tidak dikenal menjelang "
        "masa tenang berakhir.",
        "2 orang terlapor",
        "",
        "Tim Satgas Money Politic mendatangi lokasi, barang bukti 14 amplop diamankan dan "
        "diserahkan ke Bawaslu.",
        2,
    ),
    (
        "36.01",
        "2024-11-25T10:15",
        "unjuk_rasa",
        "Massa sekitar 60 orang mendatangi kantor PPK menuntut pemutakhiran daftar pemilih.",
        "± 60 orang",
        "",
        "Negosiasi oleh Kapolsek bersama Ketua PPK; massa membubarkan diri pukul 11.30 WIB.",
        2,
    ),
    (
        "36.04",
        "2024-11-26T02:30",
        "politik_uang",
        "Serangan fajar: warga melaporkan kendaraan membagikan sembako berstiker paslon.",
        "3 orang",
        "",
        "Patroli dialogis, kendaraan dan 40 paket sembako diamankan, koordinasi dengan Gakkumdu.",
        2,
    ),
    (
        "36.02",
        "2024-11-26T16:20",
        "logistik",
        "Distribusi logistik ke TPS di desa terpencil tertunda karena jalan putus.",
        "",
        "",
        "Logistik dipindahkan ke kendaraan Brimob dan dikawal sampai PPS pukul 20.10 WIB.",
        2,
    ),
    (
        "36.02",
        "2024-11-27T03:45",
        "bencana",
        "Banjir setinggi 40 cm merendam lokasi TPS setelah hujan deras sejak malam.",
        "",
        "Tenda TPS rusak",
        "TPS dipindahkan ke gedung SD terdekat atas persetujuan KPPS dan "
        "Panwas; warga diberitahu melalui pengeras suara masjid.",
        2,
    ),
    (
        "36.01",
        "2024-11-27T05:10",
        "bencana",
        "Longsor kecil menutup akses jalan menuju TPS.",
        "",
        "",
        "Bersama BPBD dan TNI membersihkan material; akses dibuka pukul 06.30 WIB.",
        2,
    ),
    (
        "36.03",
        "2024-11-27T09:20",
        "intimidasi",
        "Saksi paslon melaporkan dihalangi masuk ke TPS oleh sekelompok orang.",
        "1 saksi",
        "",
        "Personel PAM TPS menengahi, saksi dapat masuk; pelaku diberi peringatan.",
        2,
    ),
    (
        "36.04",
        "2024-11-27T11:05",
        "kesehatan",
        "Anggota KPPS pingsan karena kelelahan saat pemungutan suara.",
        "1 anggota KPPS",
        "",
        "Dibawa ke Puskesmas; tugas digantikan anggota KPPS lain.",
        2,
    ),
    (
        "36.72",
        "2024-11-27T14:30",
        "bentrok",
        "Adu mulut antar pendukung saat penghitungan suara berkembang menjadi saling dorong.",
        "± 20 orang",
        "",
        "Personel Samapta melerai, dua provokator diamankan ke Polsek.",
        1,
    ),
    (
        "36.73",
        "2024-11-27T22:50",
        "perusakan",
        "Kaca jendela kantor PPS dilempar batu oleh orang tidak dikenal.",
        "",
        "1 kaca pecah",
        "Olah TKP, penjagaan kantor PPS ditingkatkan; pelaku dalam penyelidikan.",
        1,
    ),
    (
        "36.01",
        "2024-11-28T05:40",
        "unjuk_rasa",
        "Pendukung paslon berkumpul di kantor PPK menunggu rekapitulasi.",
        "± 150 orang",
        "",
        "Pengamanan kantor PPK dipertebal satu peleton Brimob; massa tertib.",
        1,
    ),
    (
        "36.02",
        "2024-11-28T13:15",
        "penolakan_hasil",
        "Saksi paslon menolak menandatangani berita acara rekapitulasi tingkat PPK.",
        "",
        "",
        "Dikoordinasikan dengan PPK dan Panwascam; keberatan dicatat dalam formulir kejadian "
        "khusus.",
        0,
    ),
)

# Changes officers recorded the night before voting day and in its first hours: two up,
# two down, so the demo still starts from the reported Banten totals (102 rawan, 36 sangat
# rawan) whichever day is shown. (kabupaten, local time WIB, from, to, reason, source)
CHANGES = (
    (
        "36.02",
        "2024-11-26T21:00",
        "rawan",
        "sangat_rawan",
        "Informasi intelijen: rencana pengerahan massa pendukung ke TPS",
        "intelijen",
    ),
    (
        "36.01",
        "2024-11-26T22:30",
        "kurang_rawan",
        "rawan",
        "Riwayat konflik pada pilkades, ada laporan intimidasi kepada KPPS",
        "intelijen",
    ),
    (
        "36.04",
        "2024-11-27T01:15",
        "sangat_rawan",
        "rawan",
        "Situasi membaik setelah mediasi tokoh masyarakat dan kedua tim pemenangan",
        "bhabinkamtibmas",
    ),
    (
        "36.01",
        "2024-11-27T02:00",
        "rawan",
        "kurang_rawan",
        "TPS dipindahkan ke gedung sekolah, akses dan penerangan memadai",
        "pengamatan",
    ),
)


# What the officer recorded with a raised class, in the same update: the indicators and
# threats behind it (store.suggest reads them to explain the class).
CHANGE_EVIDENCE = {
    "2024-11-26T21:00": {"konflik_massa": 3},  # mass mobilisation planned
    "2024-11-26T22:30": {"keamanan": 2, "intimidasi": 2},  # conflict history, intimidation
}


def _places(
    db: Database, regency: str, rng: random.Random, n: int, tps_class: str | None = None
) -> list[str]:
    """``n`` TPS of the kabupaten (of a class when given; anywhere when it has none)."""
    where = "code > :low AND code < :high"
    if tps_class:
        where += " AND tps_class = :cls"
    with db.engine.connect() as conn:
        codes = [
            r[0]
            for r in conn.execute(
                text(f"SELECT code FROM tps WHERE {where} ORDER BY code"),
                {"low": regency + ".", "high": regency + "/", "cls": tps_class},
            )
        ]
    if not codes and tps_class:
        return _places(db, "36", rng, n, tps_class)
    return rng.sample(codes, min(n, len(codes)))


def _wib(local: str) -> str:
    return local + "+07:00"


def load_demo_incidents(db: Database, *, actor: str, seed: int) -> int:
    """Add the demo's incidents and escalations; returns how many incidents."""
    rng = random.Random(seed + 7)
    for regency, when, before, tps_class, reason, source in CHANGES:
        [code] = _places(db, regency, rng, 1, before)
        update_status(
            db,
            [code],
            tps_class=tps_class,
            levels=CHANGE_EVIDENCE.get(when),
            reason=reason,
            actor=actor,
            observed_at=_wib(when),
            source=source,
        )
    with db.engine.connect() as conn:
        flood = conn.execute(
            text("SELECT node_code FROM threat WHERE category = 'banjir' ORDER BY node_code")
        ).first()
    if flood is not None:
        set_threat(
            db,
            [flood[0]],
            "banjir",
            3,
            actor=actor,
            observed_at=_wib("2024-11-27T03:30"),
            source="bpbd",
            reason="Hujan deras sejak malam, genangan di lokasi TPS",
        )
    for regency, when, kind, description, people, damage, actions, steps in INCIDENTS:
        [code] = _places(db, regency, rng, 1)
        incident = add_incident(
            db,
            node_code=code,
            type=kind,
            description=description,
            actor=actor,
            occurred_at=_wib(when),
            people=people,
            damage=damage,
        )
        if steps >= 1:
            advance_incident(
                db, incident, "ditangani", actor=actor, note="Ditangani di lokasi", actions=actions
            )
        if steps >= 2:
            advance_incident(db, incident, "selesai", actor=actor, note="Situasi kondusif")
    return len(INCIDENTS)
