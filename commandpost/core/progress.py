"""Voting-day progress of a TPS: the steps a TPS goes through on hari H, in order.

Polres command posts ask the field for these steps (personel tiba, TPS dibuka, pemungutan,
penghitungan, selesai, kotak suara dikawal ke PPK); a problem is a flag beside the step,
linked to the incident that describes it. Counts per region are kept per state (exactly
that state) and read "at least this far" by summing the later states.
"""

from __future__ import annotations

import re

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


# A step may be reported up to this far ahead of the laptop's clock (a field officer's watch
# and the laptop rarely agree to the minute); further ahead it is refused as in the future.
FUTURE_TOLERANCE_MINUTES = 5

_CLOCK_SEPARATED = re.compile(r"^(\d{1,2})[.:](\d{1,2})$")
_CLOCK_DIGITS = re.compile(r"^\d{1,4}$")


class ClockError(ValueError):
    """A typed time of day that is no time. ``kind`` says why: ``"form"`` (not hour.minute),
    ``"hour"`` (hour past 23), ``"minute"`` (minute past 59); ``text`` is what was typed."""

    def __init__(self, kind: str, text: str) -> None:
        self.kind, self.text = kind, text
        reasons = {
            "form": "write hour.minute, e.g. 06.10",
            "hour": "the hour runs from 00 to 23",
            "minute": "the minutes run from 00 to 59",
        }
        super().__init__(f"{text!r} is not a time of day: {reasons[kind]}")


def parse_clock(text: str) -> tuple[int, int]:
    """A time of day as officers write it, to ``(hour, minute)``: ``06.10``, ``6.10``,
    ``06:10``, ``0610``, ``610`` (the last two digits are the minutes) and ``7`` or ``07``
    (a whole hour). Spaces around it are ignored. Raises :class:`ClockError` for anything
    else: ``6.1`` (one minute digit: 06.01 or 06.10?), ``25.10``, ``06.75``, ``24.00``."""
    typed = text.strip()
    separated = _CLOCK_SEPARATED.match(typed)
    if separated:
        hour_text, minute_text = separated.groups()
        if len(minute_text) != 2:
            raise ClockError("form", typed)
    elif _CLOCK_DIGITS.match(typed):
        hour_text, minute_text = (typed, "0") if len(typed) <= 2 else (typed[:-2], typed[-2:])
    else:
        raise ClockError("form", typed)
    hour, minute = int(hour_text), int(minute_text)
    if hour > 23:
        raise ClockError("hour", typed)
    if minute > 59:
        raise ClockError("minute", typed)
    return hour, minute
