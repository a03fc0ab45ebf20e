"""The class rule (core.class_rule): each condition, its boundaries, and a bad rule file
refused with the file, the entry and the field named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from commandpost.core.class_rule import (
    RuleError,
    is_lower,
    load_rule,
    parse_rule,
    suggest,
)
from commandpost.core.threats import TpsClass, load_taxonomy
from commandpost.paths import RESOURCES

TAXONOMY = load_taxonomy(RESOURCES / "templates" / "threat_taxonomy.json")
SHIPPED = RESOURCES / "templates" / "class_rule.json"


@pytest.fixture(scope="module")
def rule():
    return load_rule(SHIPPED, TAXONOMY)


def test_shipped_rule_reads_and_says_where_it_comes_from(rule):
    assert [r.key for r in rule.rules] == [
        "kekerasan_kamtibmas",
        "dua_ancaman_tinggi",
        "ancaman_tinggi",
        "kekerasan_kamtibmas_sedang",
        "dua_variabel_bawaslu",
    ]
    assert "Bawaslu" in rule.about and "Polres" in rule.about


def test_nothing_recorded_is_kurang_rawan(rule):
    found = suggest(rule, {})
    assert (found.tps_class, found.rule, found.because) == (TpsClass.KURANG_RAWAN, None, ())


def test_violence_history_and_high_kamtibmas_threat_is_sangat_rawan(rule):
    found = suggest(rule, {"keamanan": 2, "bentrok_pendukung": 3, "banjir": 1})
    assert found.tps_class == TpsClass.SANGAT_RAWAN
    assert found.rule.key == "kekerasan_kamtibmas"
    assert found.rule.label.id == "riwayat kekerasan + ancaman kamtibmas tinggi"
    assert found.because == ("keamanan", "bentrok_pendukung")  # the flood did not count


def test_boundary_kamtibmas_sedang_with_violence_history_is_only_rawan(rule):
    found = suggest(rule, {"keamanan": 1, "intimidasi": 2})
    assert (found.tps_class, found.rule.key) == (TpsClass.RAWAN, "kekerasan_kamtibmas_sedang")
    # Kamtibmas at rendah with the same history: no rule holds.
    assert suggest(rule, {"keamanan": 1, "intimidasi": 1}).tps_class == TpsClass.KURANG_RAWAN


def test_a_level_of_none_counts_for_nothing(rule):
    assert suggest(rule, {"keamanan": 0, "konflik_massa": 3}).rule.key == "ancaman_tinggi"


def test_two_high_threats_of_any_kind_are_sangat_rawan_one_is_rawan(rule):
    two = suggest(rule, {"banjir": 3, "longsor": 3})
    assert (two.tps_class, two.rule.key, two.because) == (
        TpsClass.SANGAT_RAWAN,
        "dua_ancaman_tinggi",
        ("banjir", "longsor"),
    )
    one = suggest(rule, {"banjir": 3, "longsor": 2})
    assert (one.tps_class, one.rule.key, one.because) == (
        TpsClass.RAWAN,
        "ancaman_tinggi",
        ("banjir",),
    )


def test_two_bawaslu_variables_are_rawan_one_is_not(rule):
    two = suggest(rule, {"hak_pilih": 2, "politik_uang": 1})
    assert (two.tps_class, two.because) == (TpsClass.RAWAN, ("hak_pilih", "politik_uang"))
    assert suggest(rule, {"hak_pilih": 2, "banjir": 2}).tps_class == TpsClass.KURANG_RAWAN


def test_first_rule_that_holds_wins(rule):
    # Both "history + high kamtibmas" and "two high threats" hold: the first one is named.
    found = suggest(rule, {"keamanan": 3, "konflik_massa": 3})
    assert found.rule.key == "kekerasan_kamtibmas"


def test_lower_compares_ranks_and_khusus_is_never_lower(rule):
    sangat = suggest(rule, {"keamanan": 2, "konflik_massa": 3})
    assert is_lower("rawan", sangat) and is_lower("kurang_rawan", sangat)
    assert not is_lower("sangat_rawan", sangat)
    assert not is_lower("khusus", sangat)
    assert not is_lower("kurang_rawan", suggest(rule, {}))


def _rule_with(tmp_path: Path, **changes) -> Path:
    data = json.loads(SHIPPED.read_text(encoding="utf-8"))
    entry = data["rules"][1]
    for key, value in changes.items():
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
    path = tmp_path / "class_rule.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"all": [{"categories": ["banjirr"], "min_level": "tinggi"}]},
            "class_rule.json: rule 2 (dua_ancaman_tinggi), condition 1, field 'categories': "
            "unknown threat category 'banjirr'",
        ),
        (
            {"all": [{"group": "cuaca", "min_level": "tinggi"}]},
            "class_rule.json: rule 2 (dua_ancaman_tinggi), condition 1, field 'group': "
            "unknown group 'cuaca'",
        ),
        (
            {"all": [{"min_level": "parah"}]},
            "class_rule.json: rule 2 (dua_ancaman_tinggi), condition 1, field 'min_level': "
            "unknown level 'parah'",
        ),
        (
            {"all": [{"min_lvl": "tinggi"}]},
            "class_rule.json: rule 2 (dua_ancaman_tinggi), condition 1: unknown field 'min_lvl'",
        ),
        (
            {"all": [{"categories": ["banjir"], "at_least": 2}]},
            "class_rule.json: rule 2 (dua_ancaman_tinggi), condition 1, field 'at_least': "
            "must be a whole number from 1 to 1",
        ),
        (
            {"class": "khusus"},
            "class_rule.json: rule 2 (dua_ancaman_tinggi), field 'class': a rule suggests "
            "rawan or sangat_rawan, not 'khusus'",
        ),
        (
            {"kelas": "rawan"},
            "class_rule.json: rule 2 (dua_ancaman_tinggi): unknown field 'kelas'",
        ),
        (
            {"label": None},
            "class_rule.json: rule 2 (dua_ancaman_tinggi): missing field 'label'",
        ),
        (
            {"key": "kekerasan_kamtibmas"},
            "class_rule.json: rule 2 (kekerasan_kamtibmas), field 'key': a key must be a text "
            "used once",
        ),
    ],
)
def test_bad_rule_file_is_refused_naming_file_entry_and_field(tmp_path, changes, message):
    with pytest.raises(RuleError) as caught:
        load_rule(_rule_with(tmp_path, **changes), TAXONOMY)
    assert str(caught.value).startswith(message)


def test_broken_json_names_the_file_and_line(tmp_path):
    path = tmp_path / "class_rule.json"
    path.write_text('{"rules": [\n  {"key": }\n]}', encoding="utf-8")
    with pytest.raises(RuleError, match=r"^class_rule\.json: line 2: not valid JSON"):
        load_rule(path, TAXONOMY)


def test_a_rule_file_without_rules_is_refused():
    with pytest.raises(RuleError, match=r"x\.json: top level: needs a list 'rules'"):
        parse_rule({"rule": []}, TAXONOMY, Path("x.json"))
