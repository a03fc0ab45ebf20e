"""Vulnerability (kerawanan): TPS classes, threat levels, the taxonomy and roll-up rules.

The taxonomy is data (resources/templates/threat_taxonomy.json), editable per operation;
this module only reads it into plain dataclasses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from pathlib import Path


class TpsClass(StrEnum):
    KURANG_RAWAN = "kurang_rawan"
    RAWAN = "rawan"
    SANGAT_RAWAN = "sangat_rawan"
    KHUSUS = "khusus"


# Classes counted in every region's roll-up; kurang rawan is the TPS count minus these.
COUNTED_CLASSES = (TpsClass.RAWAN, TpsClass.SANGAT_RAWAN, TpsClass.KHUSUS)
CLASS_COLUMN = {c: f"n_{c.value}" for c in COUNTED_CLASSES}


class ThreatLevel(IntEnum):
    NONE = 0
    RENDAH = 1
    SEDANG = 2
    TINGGI = 3


LEVEL_COLUMN = {
    ThreatLevel.RENDAH: "threat_l1",
    ThreatLevel.SEDANG: "threat_l2",
    ThreatLevel.TINGGI: "threat_l3",
}


# Roll-up conditions for "regions with ... below them". The store keeps a partial index for
# each one, and a query must use the very same text for SQLite to use the index.
REGION_CLASS_CONDITIONS = {
    TpsClass.RAWAN: "n_rawan + n_sangat_rawan > 0",  # rawan or worse
    TpsClass.SANGAT_RAWAN: "n_sangat_rawan > 0",
    TpsClass.KHUSUS: "n_khusus > 0",
}
REGION_THREAT_CONDITIONS = {
    ThreatLevel.RENDAH: "threat_l1 + threat_l2 + threat_l3 > 0",  # rendah or worse
    ThreatLevel.SEDANG: "threat_l2 + threat_l3 > 0",
    ThreatLevel.TINGGI: "threat_l3 > 0",
}


def worst_level(l1: int, l2: int, l3: int) -> ThreatLevel:
    """The worst threat level below a node, from its counts of threats per level."""
    if l3:
        return ThreatLevel.TINGGI
    if l2:
        return ThreatLevel.SEDANG
    if l1:
        return ThreatLevel.RENDAH
    return ThreatLevel.NONE


def parse_class(text: str) -> TpsClass:
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return TpsClass(key)
    except ValueError:
        raise ValueError(
            f"unknown TPS class {text!r}; use one of {', '.join(c.value for c in TpsClass)}"
        ) from None


def parse_level(text: str) -> ThreatLevel:
    key = text.strip().lower()
    names = {lv.name.lower(): lv for lv in ThreatLevel} | {
        "tidak_ada": ThreatLevel.NONE,
        "tidak ada": ThreatLevel.NONE,
    }
    if key in names:
        return names[key]
    if key.isdigit() and int(key) in ThreatLevel._value2member_map_:
        return ThreatLevel(int(key))
    raise ValueError(f"unknown threat level {text!r}; use none, rendah, sedang or tinggi (0-3)")


@dataclass(frozen=True)
class Label:
    id: str
    en: str

    def text(self, language: str) -> str:
        return self.en if language == "en" else self.id


@dataclass(frozen=True)
class Item:
    key: str
    label: Label
    group: str = ""
    indicators: tuple[Item, ...] = ()
    also: str = ""  # an indicator that also marks this category (see the taxonomy file)


@dataclass(frozen=True)
class Taxonomy:
    classes: tuple[Item, ...]
    class_colors: dict[str, str]
    class_patterns: dict[str, str]  # outline | hatch | solid | cross: readable in black and white
    levels: tuple[Item, ...]
    groups: tuple[Item, ...]
    categories: tuple[Item, ...]
    disaster_categories: frozenset[str]
    sources: tuple[Item, ...]
    incident_types: tuple[Item, ...]
    incident_statuses: tuple[Item, ...]

    def category(self, key: str) -> Item:
        for item in self.categories:
            if item.key == key:
                return item
        raise ValueError(
            f"unknown threat category {key!r}; use one of "
            + ", ".join(c.key for c in self.categories)
        )

    def tps_class(self, key: str) -> Item:
        for item in self.classes:
            if item.key == key:
                return item
        raise ValueError(f"unknown TPS class {key!r}")

    def level(self, value: int) -> Item:
        return self.levels[int(value)]

    def incident_type(self, key: str) -> Item:
        for item in self.incident_types:
            if item.key == key:
                return item
        raise ValueError(
            f"unknown incident type {key!r}; use one of "
            + ", ".join(t.key for t in self.incident_types)
        )


def _item(raw: dict) -> Item:
    return Item(
        key=raw["key"],
        label=Label(**raw["label"]),
        group=raw.get("group", ""),
        indicators=tuple(_item(i) for i in raw.get("indicators", ())),
        also=raw.get("also", ""),
    )


def load_taxonomy(path: Path) -> Taxonomy:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Taxonomy(
        classes=tuple(_item(c) for c in data["tps_classes"]),
        class_colors={c["key"]: c["color"] for c in data["tps_classes"]},
        class_patterns={c["key"]: c["pattern"] for c in data["tps_classes"]},
        levels=tuple(_item(lv) for lv in data["levels"]),
        groups=tuple(_item(g) for g in data["groups"]),
        categories=tuple(_item(c) for c in data["categories"]),
        disaster_categories=frozenset(data["disaster_categories"]),
        sources=tuple(_item(s) for s in data["sources"]),
        incident_types=tuple(_item(t) for t in data["incident_types"]),
        incident_statuses=tuple(_item(s) for s in data["incident_statuses"]),
    )


INCIDENT_FLOW = ("dilaporkan", "ditangani", "selesai")  # reported → handled → closed


def check_status_step(old: str, new: str) -> None:
    """An incident moves one step at a time along INCIDENT_FLOW, so every step is logged."""
    if new not in INCIDENT_FLOW:
        raise ValueError(f"unknown incident status {new!r}; use {', '.join(INCIDENT_FLOW)}")
    if INCIDENT_FLOW.index(new) != INCIDENT_FLOW.index(old) + 1:
        raise ValueError(f"an incident that is {old!r} cannot become {new!r}")
