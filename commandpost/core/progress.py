"""Voting-day progress of a TPS: the steps a TPS goes through on hari H, in order.

Polres command posts ask the field for these steps (personel tiba, TPS dibuka, pemungutan,
penghitungan, selesai, kotak suara dikawal ke PPK); a problem is a flag beside the step,
linked to the incident that describes it. Counts per region are kept per state (exactly
that state) and read "at least this far" by summing the later states.
"""

from __future__ import annotations

PROGRESS_STATES = ("none", "arrived", "opened", "voting", "counting", "finished", "escorted")
# The node roll-up column of each state (TPS whose latest step is that state).
PROGRESS_COLUMN = {s: f"p_{s}" for s in PROGRESS_STATES[1:]}
PROBLEM_COLUMN = "p_problem"


def parse_progress(value: str) -> str:
    """A state name (``opened``, any case); raises ValueError naming the known states."""
    key = value.strip().lower()
    if key not in PROGRESS_STATES:
        raise ValueError(
            f"unknown TPS progress state {value!r}: use one of {', '.join(PROGRESS_STATES)}"
        )
    return key


def at_least(counts: dict[str, int], state: str) -> int:
    """TPS that have reached ``state`` or gone further, from exact per-state counts."""
    start = PROGRESS_STATES.index(state)
    return sum(counts.get(s, 0) for s in PROGRESS_STATES[max(start, 1) :])
