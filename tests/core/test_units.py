"""The unit tree walks: above and below, and a damaged parent loop ends."""

from commandpost.core.units import chain, subtree

PARENTS = {
    "polda": None,
    "polres-lebak": "polda",
    "polsek-malingping": "polres-lebak",
    "polres-serang": "polda",
    "sat-brimob": "polda",
}


def test_chain_runs_from_the_unit_up_to_its_polda():
    assert chain("polsek-malingping", PARENTS) == ["polsek-malingping", "polres-lebak", "polda"]
    assert chain(None, PARENTS) == []


def test_subtree_holds_the_unit_and_everything_below():
    assert subtree("polres-lebak", PARENTS) == {"polres-lebak", "polsek-malingping"}
    assert subtree("polda", PARENTS) == set(PARENTS)
    assert subtree("sat-brimob", PARENTS) == {"sat-brimob"}


def test_a_parent_loop_in_damaged_data_ends_the_walk():
    loop = {"a": "b", "b": "a"}
    assert chain("a", loop) == ["a", "b"]
    assert subtree("a", loop) == {"a", "b"}
