"""The change record: what every mutation becomes before it touches the state.

Rules that do not need a database live here: the canonical form that is hashed into each
station's chain, and which of two writes to the same field wins.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class Change:
    id: str
    station_id: str
    seq: int
    hlc: int
    actor: str
    entity: str
    entity_id: str
    op: str
    values: dict[str, Any] = field(default_factory=dict)
    reason: str = ""
    prev_hash: str = GENESIS_HASH
    hash: str = ""

    def canonical(self) -> bytes:
        """Everything but the hash itself, in one stable byte form."""
        body = {
            "id": self.id,
            "station_id": self.station_id,
            "seq": self.seq,
            "hlc": self.hlc,
            "actor": self.actor,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "op": self.op,
            "values": self.values,
            "reason": self.reason,
            "prev_hash": self.prev_hash,
        }
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def computed_hash(self) -> str:
        return hashlib.sha256(self.canonical()).hexdigest()


def wins(hlc: int, station_id: str, change_id: str, other: tuple[int, str, str]) -> bool:
    """Last writer wins per field: the greater (HLC, station id) pair.

    One station never issues the same HLC twice; the change id only breaks ties between
    records that were made by hand or replayed, so that the order is total.
    """
    return (hlc, station_id, change_id) > other


def verify_chain(changes: list[Change]) -> list[str]:
    """Problems in one station's chain, given its changes in sequence order; [] if intact."""
    problems: list[str] = []
    prev = GENESIS_HASH
    for expected_seq, change in enumerate(changes, start=1):
        if change.seq != expected_seq:
            problems.append(f"seq {change.seq}: expected {expected_seq} (a change is missing)")
        if change.prev_hash != prev:
            problems.append(f"seq {change.seq}: does not follow the previous change")
        if change.computed_hash() != change.hash:
            problems.append(f"seq {change.seq}: content was altered after it was recorded")
        prev = change.hash
    return problems
