"""Search ranking on the Banten regions: higher levels first, then exact, prefix, word, inside;
TPS by "<village> <number>"; codes; the ancestors each hit lies in."""

from __future__ import annotations

import pytest

from commandpost.core.regions import Level
from commandpost.store import queries
from commandpost.store.search import Match, code_from_text, find
from tests.helpers import add_tps

HEGARMANAH = ("36.02.02.2017", "36.02.19.2013")  # Panggarangan and Cibeber, both in Lebak
LEBAK_IN_PANDEGLANG = "36.01.08.2018"  # Desa Lebak, Kecamatan Munjul


def codes(hits) -> list[str]:
    return [hit.node.code for hit in hits]


def test_lebak_offers_the_kabupaten_before_the_villages(banten_db):
    hits = find(banten_db, "lebak")
    found = codes(hits)
    assert found[0] == "36.02"  # Kabupaten Lebak: its name without "Kabupaten" is exact
    assert hits[0].match == Match.EXACT
    assert found.index("36.02") < found.index(LEBAK_IN_PANDEGLANG)
    # Word-start hits by level, then the level's exact names before prefixes before words.
    word_start = [h for h in hits if h.match != Match.INSIDE]
    keys = [(h.node.level, h.match, h.node.name.lower()) for h in word_start]
    assert keys == sorted(keys)
    villages = [h for h in hits if h.node.level == Level.VILLAGE]
    assert [h.node.name for h in villages[:2]] == ["Lebak", "Lebak"]
    assert {h.node.code for h in villages[:2]} == {LEBAK_IN_PANDEGLANG, "36.04.27.2003"}
    assert "Cijoro Lebak" in [h.node.name for h in villages if h.match == Match.WORD]
    # Each hit knows where it lies: the village Lebak in Munjul, Kabupaten Pandeglang.
    lebak = next(h for h in hits if h.node.code == LEBAK_IN_PANDEGLANG)
    assert [a.name for a in lebak.ancestors] == ["Banten", "Kabupaten Pandeglang", "Munjul"]


def test_an_exact_village_name_comes_after_the_kabupaten_and_kecamatan_so_named(banten_db):
    hits = find(banten_db, "pandeglang")
    assert [(h.node.code, h.node.level, h.match) for h in hits] == [
        ("36.01", Level.REGENCY, Match.EXACT),
        ("36.01.21", Level.DISTRICT, Match.EXACT),
        ("36.01.21.1009", Level.VILLAGE, Match.EXACT),
    ]
    # A village whose name only holds the text inside a word comes after every word match.
    serang = find(banten_db, "serang")
    names = [(h.node.name, h.match) for h in serang]
    assert names[:4] == [
        ("Kabupaten Serang", Match.EXACT),
        ("Kota Serang", Match.EXACT),
        ("Serang", Match.EXACT),
        ("Serang", Match.EXACT),
    ]
    assert names.index(("Karang Serang", Match.WORD)) < names.index(("Kaserangan", Match.INSIDE))


def test_level_words_and_spaces(banten_db):
    assert codes(find(banten_db, "kab lebak")) == ["36.02"]
    assert codes(find(banten_db, "Kota Serang")) == ["36.73"]
    assert codes(find(banten_db, "kec cimanuk")) == ["36.01.18"]
    desa = find(banten_db, "desa lebak")
    assert {h.node.level for h in desa} == {Level.VILLAGE}
    # Spaces do not count: "lebakwangi" is Lebak Wangi as well as Lebakwangi.
    wangi = find(banten_db, "lebakwangi")
    assert {h.node.name for h in wangi if h.match == Match.EXACT} >= {"Lebak Wangi", "Lebakwangi"}


def test_a_tps_is_found_by_number_within_its_village(banten_db):
    add_tps(banten_db, [(v, n, f"Jl. {n}", 200) for v in HEGARMANAH for n in (1, 2, 3, 4)])
    add_tps(banten_db, [("36.02.01.2002", 4, "Jl. 4", 200)])  # Cilangkahan: not Hegarmanah
    for typed in ("hegarmanah 4", "tps 4 hegarmanah", "Hegarmanah 004", "desa hegarmanah 4"):
        hits = find(banten_db, typed)
        assert codes(hits) == [f"{v}.004" for v in HEGARMANAH], typed
        assert hits[0].node.name == "TPS 004"
        assert [a.name for a in hits[0].ancestors][-1] == "Hegarmanah"
    assert find(banten_db, "hegarmanah 9") == []
    # The name alone finds the villages, not their TPS.
    assert {h.node.level for h in find(banten_db, "hegarmanah")} == {Level.VILLAGE}


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("36.02.01", "36.02.01"),
        ("3602012002", "36.02.01.2002"),
        ("3602012002001", "36.02.01.2002.001"),
        ("36", "36"),
        ("36.2", None),
        ("12345", None),
        ("lebak", None),
    ],
)
def test_codes_as_typed(typed, code):
    assert code_from_text(typed) == code


def test_codes_find_their_node_and_the_old_search_follows_the_new_order(banten_db):
    assert codes(find(banten_db, "3602012002")) == ["36.02.01.2002"]
    assert find(banten_db, "36.99") == []
    nodes = queries.search(banten_db, "lebak", limit=5)
    assert [n.code for n in nodes] == codes(find(banten_db, "lebak", 5))
    assert nodes[0].code == "36.02"
    assert find(banten_db, "   ") == [] and find(banten_db, "?!") == []
