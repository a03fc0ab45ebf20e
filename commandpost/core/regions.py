"""Region levels and Kemendagri codes.

A node is keyed by its code, which is also its sortable materialised path: provinsi ``36``,
kabupaten/kota ``36.04``, kecamatan ``36.04.01``, desa/kelurahan ``36.04.01.2001`` and TPS
``36.04.01.2001.003`` (village code plus a three-digit TPS number). Every segment has a fixed
width within its level, so ordering by code orders siblings and whole subtrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum, StrEnum

from commandpost.core.progress import PROGRESS_COLUMN


class Level(IntEnum):
    PROVINCE = 0
    REGENCY = 1
    DISTRICT = 2
    VILLAGE = 3
    TPS = 4


class VillageKind(StrEnum):
    """First digit of a village code's last part: 1 kelurahan, 2 desa (3: other units)."""

    KELURAHAN = "kelurahan"
    DESA = "desa"
    OTHER = "other"


MAX_TPS_NUMBER = 999

_CODE_RE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4}(\.\d{3})?)?)?)?$")


def is_valid_code(code: str) -> bool:
    return bool(_CODE_RE.match(code))


def level_of(code: str) -> Level:
    if not is_valid_code(code):
        raise ValueError(f"not a region or TPS code: {code!r}")
    return Level(code.count("."))


def parent_of(code: str) -> str | None:
    """The parent's code, or None for a province."""
    head, sep, _ = code.rpartition(".")
    return head if sep else None


def ancestors_of(code: str) -> list[str]:
    """Codes from the province down to (not including) ``code``."""
    parts = code.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def village_kind(code: str) -> VillageKind:
    last = code.split(".")[3]
    return {"1": VillageKind.KELURAHAN, "2": VillageKind.DESA}.get(last[0], VillageKind.OTHER)


def tps_code(village_code: str, number: int) -> str:
    if not 1 <= number <= MAX_TPS_NUMBER:
        raise ValueError(f"TPS number must be 1..{MAX_TPS_NUMBER}, got {number}")
    return f"{village_code}.{number:03d}"


def is_city(regency_code: str) -> bool:
    """Kota codes use 71..99 in their second part; kabupaten 01..70."""
    return int(regency_code.split(".")[1]) >= 71


@dataclass(frozen=True, slots=True)
class NodeInfo:
    """One node of the region tree as the store hands it out."""

    code: str
    parent_code: str | None
    level: Level
    name: str
    child_count: int
    tps_count: int
    dpt: int
    village_kind: VillageKind | None = None
    # Vulnerability roll-ups over the subtree (a TPS counts itself).
    n_rawan: int = 0
    n_sangat_rawan: int = 0
    n_khusus: int = 0
    worst_level: int = 0  # 0 none, 1 rendah, 2 sedang, 3 tinggi
    tps_class: str | None = None  # TPS only
    # Voting-day progress over the subtree: TPS whose latest step is exactly that state (a
    # TPS counts itself, so for a TPS one of them is 1), and TPS flagged with a problem.
    p_arrived: int = 0
    p_opened: int = 0
    p_voting: int = 0
    p_counting: int = 0
    p_finished: int = 0
    p_escorted: int = 0
    p_problem: int = 0
    # Strength (store.strength): police and Linmas the TPS patterns require in the subtree,
    # in core.strength.SHARE_SCALE units (0 on a TPS row: villages hold their TPS's needs),
    # and people assigned to posts in the subtree for the operation's plan.
    req_police: int = 0
    req_linmas: int = 0
    assigned: int = 0
    # Whole police required (store.strength): a village or kecamatan its own need rounded
    # up, a kabupaten/kota or province the sum of its kecamatan's.
    req_people: int = 0

    def progress_counts(self) -> dict[str, int]:
        """TPS per progress state (exactly that state; "none": no report yet) below here."""
        counts = {state: getattr(self, column) for state, column in PROGRESS_COLUMN.items()}
        return {"none": self.tps_count - sum(counts.values()), **counts}


@dataclass(frozen=True, slots=True)
class TpsInfo:
    code: str
    village_code: str
    number: int
    address: str
    dpt: int
