"""Hybrid logical clock: wall-clock milliseconds with a logical counter.

A timestamp is one integer, ``wall_ms << 16 | counter``, so comparing integers compares
timestamps. The clock never goes backwards, even when the laptop's clock does, and it moves
past every timestamp it has seen from another station.
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    return (wall_ms << COUNTER_BITS) | counter


def wall_ms_of(hlc: int) -> int:
    return hlc >> COUNTER_BITS


class HybridLogicalClock:
    def __init__(self, last: int = 0, wall: Callable[[], int] | None = None) -> None:
        self.last = last
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)

    def now(self) -> int:
        """A timestamp greater than every one this clock issued or observed."""
        wall = self._wall()
        last_wall, last_counter = self.last >> COUNTER_BITS, self.last & COUNTER_MASK
        if wall > last_wall:
            self.last = pack(wall, 0)
        elif last_counter < COUNTER_MASK:
            self.last = pack(last_wall, last_counter + 1)
        else:
            self.last = pack(last_wall + 1, 0)
        return self.last

    def observe(self, remote: int) -> None:
        """Move past a timestamp received from another station."""
        self.last = max(self.last, remote)
