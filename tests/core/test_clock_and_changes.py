import itertools
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from commandpost.core.changes import GENESIS_HASH, Change, verify_chain, wins
from commandpost.core.hlc import HybridLogicalClock, pack, wall_ms_of
from commandpost.core.ids import uuid7


def test_clock_never_goes_backwards_when_the_wall_clock_does():
    walls = iter([1000, 1000, 900, 900, 1001])
    clock = HybridLogicalClock(wall=lambda: next(walls))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 5
    assert wall_ms_of(stamps[-1]) == 1001


def test_clock_moves_past_what_it_observes():
    clock = HybridLogicalClock(wall=lambda: 10)
    clock.observe(pack(5000, 3))
    assert clock.now() > pack(5000, 3)


@given(st.lists(st.integers(min_value=0, max_value=2**40), min_size=1, max_size=50))
def test_clock_is_strictly_monotonic_for_any_wall_clock(walls):
    it = iter(walls)
    clock = HybridLogicalClock(wall=lambda: next(it))
    stamps = [clock.now() for _ in walls]
    assert all(a < b for a, b in itertools.pairwise(stamps))


def test_uuid7_is_version_7_and_time_ordered():
    a, b = uuid7(1_700_000_000_000), uuid7(1_700_000_000_001)
    assert a.version == 7 and b.version == 7
    assert a < b


def test_last_writer_wins_on_hlc_then_station():
    assert wins(2, "a", "x", (1, "z", "x"))
    assert wins(1, "b", "x", (1, "a", "x"))
    assert not wins(1, "a", "x", (1, "b", "x"))
    assert wins(1, "a", "y", (1, "a", "x"))  # a total order, even for replayed ties


def _chain(n: int) -> list[Change]:
    changes, prev = [], GENESIS_HASH
    for seq in range(1, n + 1):
        c = Change(
            id=str(uuid7()),
            station_id="s",
            seq=seq,
            hlc=seq,
            actor="a",
            entity="tps",
            entity_id="36.04.01.2001.001",
            op="set",
            values={"dpt": seq},
            reason="r",
            prev_hash=prev,
        )
        c = replace(c, hash=c.computed_hash())
        changes.append(c)
        prev = c.hash
    return changes


def test_hash_chain_detects_edits_and_gaps():
    chain = _chain(4)
    assert verify_chain(chain) == []
    edited = [*chain[:2], replace(chain[2], values={"dpt": 999}), chain[3]]
    assert any("altered" in p for p in verify_chain(edited))
    assert any("missing" in p for p in verify_chain([chain[0], chain[2], chain[3]]))
