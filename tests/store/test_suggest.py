"""The suggested class in the store (store.suggest), the "lower than suggested" filter, the
worst threat per node (store.worst), and the demo's picture that the rule explains."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from commandpost.core.threats import TpsClass
from commandpost.store import queries, suggest, threats, worst
from commandpost.store.changelog import ChangeError
from commandpost.store.database import open_database
from tests.helpers import add_tps

TPS1, TPS2, TPS3 = (f"36.02.01.2002.00{n}" for n in (1, 2, 3))
ACTOR = "Aiptu Budi Santoso"


def _record(db, code, levels, cls=None, source="bhabinkamtibmas"):
    threats.update_status(
        db,
        [code],
        tps_class=cls,
        levels=levels,
        reason="laporan uji",
        actor=ACTOR,
        source=source,
        observed_at="2024-11-26T19:05+07:00",
    )


def test_why_lists_what_is_recorded_and_the_suggestion(banten_db):
    _record(banten_db, TPS1, {"keamanan": 2, "konflik_massa": 3, "banjir": 1}, cls="rawan")
    why = suggest.why(banten_db, TPS1)
    assert why.tps_class == "rawan"
    assert [(t.category, t.level, t.source, t.actor, t.observed_at) for t in why.threats] == [
        ("konflik_massa", 3, "bhabinkamtibmas", ACTOR, "2024-11-26T12:05+00:00"),
        ("keamanan", 2, "bhabinkamtibmas", ACTOR, "2024-11-26T12:05+00:00"),
        ("banjir", 1, "bhabinkamtibmas", ACTOR, "2024-11-26T12:05+00:00"),
    ]
    assert why.suggestion.tps_class == TpsClass.SANGAT_RAWAN
    assert why.suggestion.because == ("keamanan", "konflik_massa")
    assert why.lower
    # Shown, never applied: the class is what the officer set.
    assert queries.node(banten_db, TPS1).tps_class == "rawan"


def test_why_refuses_a_region_and_an_unknown_code(banten_db):
    with pytest.raises(ChangeError, match="is not a TPS"):
        suggest.why(banten_db, "36.02")
    with pytest.raises(ChangeError, match=r"unknown node 36\.99"):
        suggest.why(banten_db, "36.99.01.2001.001")


def test_lower_than_suggested_in_an_area_and_in_the_filter(banten_db):
    _record(banten_db, TPS1, {"hak_pilih": 2, "politik_uang": 2})  # rawan suggested, kurang set
    _record(banten_db, TPS2, {"banjir": 3}, cls="rawan")  # rawan as suggested
    _record(banten_db, TPS3, {"keamanan": 2, "intimidasi": 3}, cls="khusus")  # khusus: never
    [lower] = suggest.lower_than_suggested(banten_db, "36.02")
    assert (lower.code, lower.tps_class, lower.suggestion.tps_class) == (
        TPS1,
        "kurang_rawan",
        TpsClass.RAWAN,
    )
    assert suggest.lower_than_suggested(banten_db, "36.01") == []
    assert suggest.count_lower(banten_db, "36") == 1
    hits = threats.filter_tps(banten_db, under="36.02", lower_than_suggested=True)
    assert [n.code for n in hits] == [TPS1]
    # Combined with a class and with a threat category, as the filter panel combines them.
    assert threats.filter_tps(banten_db, classes=[TpsClass.RAWAN], lower_than_suggested=True) == []
    with_threat = threats.filter_tps(
        banten_db, category="*", areas=["36.02.01"], lower_than_suggested=True
    )
    assert [n.code for n in with_threat] == [TPS1]
    assert threats.filter_tps(banten_db, under="36.01", lower_than_suggested=True) == []
    # Raising the class clears it.
    threats.set_tps_class(banten_db, [TPS1], "rawan", reason="sesuai saran", actor=ACTOR)
    assert suggest.lower_than_suggested(banten_db) == []


def test_worst_threat_names_the_category_that_holds_the_worst_level_most(banten_db):
    _record(banten_db, TPS1, {"banjir": 3, "longsor": 3})
    _record(banten_db, TPS2, {"banjir": 3})
    _record(banten_db, TPS3, {"intimidasi": 2})
    found = worst.worst_threats(banten_db, [TPS1, TPS2, TPS3])
    assert found[TPS1] == worst.WorstThreat("banjir", 3, 1, 1, others=1)
    assert found[TPS2] == worst.WorstThreat("banjir", 3, 1, 1)
    assert found[TPS3] == worst.WorstThreat("intimidasi", 2, 1, 1)
    for region in ("36", "36.02", "36.02.01", "36.02.01.2002"):
        assert worst.worst_threats(banten_db, [region])[region] == worst.WorstThreat(
            "banjir", 3, 2, 2, others=1
        )
    # Siblings in one query; a threat at the region itself counts, as in the roll-ups.
    _record(banten_db, "36.01", {"gempa_tsunami": 3}, source="bpbd")
    both = worst.worst_threats(banten_db, ["36.01", "36.02", "36.03"])
    assert both["36.01"] == worst.WorstThreat("gempa_tsunami", 3, 1, 0)
    assert both["36.02"].category == "banjir" and "36.03" not in both


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def test_demo_classes_are_explained_by_what_is_recorded(demo):
    """Each rawan or sangat rawan demo TPS carries the indicators or threats behind its
    class, with source, time and who; no kurang rawan TPS carries a high threat; a handful
    are one class below the rule's suggestion (for the filter)."""
    with demo.engine.connect() as conn:
        unexplained = conn.execute(
            text(
                "SELECT count(*) FROM tps t WHERE t.tps_class IN ('rawan', 'sangat_rawan') "
                "AND NOT EXISTS (SELECT 1 FROM threat h WHERE h.node_code = t.code "
                "AND h.level > 0 AND h.source != '' AND h.observed_at != '' AND h.actor != '')"
            )
        ).scalar_one()
        high_on_kurang = conn.execute(
            text(
                "SELECT count(*) FROM threat h JOIN tps t ON t.code = h.node_code "
                "WHERE t.tps_class = 'kurang_rawan' AND h.level = 3"
            )
        ).scalar_one()
    assert unexplained == 0
    assert high_on_kurang == 0
    sangat = threats.filter_tps(demo, classes=[TpsClass.SANGAT_RAWAN])
    assert len(sangat) == 36
    for node in sangat:
        why = suggest.why(demo, node.code)
        assert why.threats, node.code
    lower = suggest.lower_than_suggested(demo, "36")
    assert 3 <= len(lower) <= 15
    assert {item.tps_class for item in lower} <= {"kurang_rawan", "rawan"}
    assert len(threats.filter_tps(demo, under="36", lower_than_suggested=True)) == len(lower)
    assert threats.rollup_mismatches(demo) == []


def _own_rule(tmp_path, **condition):
    """A rule file of one rule: sangat rawan when a disaster reaches the given level."""
    path = tmp_path / "aturan_polres.json"
    path.write_text(
        json.dumps(
            {
                "about": "Aturan Polres uji: bencana sedang sudah sangat rawan",
                "rules": [
                    {
                        "key": "bencana_sedang",
                        "class": "sangat_rawan",
                        "label": {"id": "bencana sedang atau lebih", "en": "disaster"},
                        "all": [{"group": "bencana", "min_level": "sedang", **condition}],
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


def test_the_rule_is_the_operations_own_and_travels_with_the_file(pemilu_db, tmp_path):
    """A Polres sets its own rule for its operation (one change); the shipped rule stays for
    every other database."""
    banten_db = pemilu_db
    add_tps(banten_db, [("36.02.01.2002", 1, "Jl. Uji 1", 250)])
    _record(banten_db, TPS1, {"banjir": 2}, cls="rawan")
    assert suggest.why(banten_db, TPS1).suggestion.tps_class == TpsClass.KURANG_RAWAN
    _edit, rule = suggest.set_class_rule(
        banten_db, _own_rule(tmp_path), actor=ACTOR, reason="aturan Polres Lebak"
    )
    assert [r.key for r in rule.rules] == ["bencana_sedang"]
    assert suggest.own_rule_text(banten_db) is not None
    assert suggest.why(banten_db, TPS1).suggestion.tps_class == TpsClass.SANGAT_RAWAN
    assert [lower.code for lower in suggest.lower_than_suggested(banten_db)] == [TPS1]
    # The change names who set it and why.
    with banten_db.engine.connect() as conn:
        actor, reason = conn.execute(
            text(
                "SELECT actor, reason FROM change_log WHERE entity = 'operation' "
                "ORDER BY rowid DESC LIMIT 1"
            )
        ).one()
    assert (actor, reason) == (ACTOR, "aturan Polres Lebak")
    # Back to the shipped rule.
    suggest.set_class_rule(banten_db, None, actor=ACTOR, reason="kembali ke aturan bawaan")
    assert suggest.own_rule_text(banten_db) is None
    assert suggest.why(banten_db, TPS1).suggestion.tps_class == TpsClass.KURANG_RAWAN


def test_a_bad_rule_file_names_entry_and_field_and_changes_nothing(pemilu_db, tmp_path):
    banten_db = pemilu_db
    before = suggest.own_rule_text(banten_db)
    with pytest.raises(
        ValueError,
        match=r"aturan_polres.json: rule 1 \(bencana_sedang\), "
        r"condition 1, field 'at_least'",
    ):
        suggest.set_class_rule(
            banten_db, _own_rule(tmp_path, at_least=99), actor=ACTOR, reason="uji"
        )
    with pytest.raises(ValueError, match=r"tidak_ada\.json: cannot be read"):
        suggest.set_class_rule(banten_db, tmp_path / "tidak_ada.json", actor=ACTOR, reason="uji")
    with pytest.raises(ChangeError, match="a reason is needed"):
        suggest.set_class_rule(banten_db, _own_rule(tmp_path), actor=ACTOR, reason=" ")
    assert suggest.own_rule_text(banten_db) == before
