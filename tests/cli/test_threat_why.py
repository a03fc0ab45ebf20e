"""`commandpost threat why`: the reasons and the class rule's suggestion, as the details pane
shows them; for a region, its TPS with a class lower than suggested."""

from __future__ import annotations

import json

from commandpost.cli import main
from commandpost.store import threats
from commandpost.store.database import open_database
from tests.helpers import file_digest

TPS1 = "36.02.01.2002.001"


def _record(path):
    db = open_database(path)
    try:
        threats.update_status(
            db,
            [TPS1],
            tps_class="rawan",
            levels={"keamanan": 2, "konflik_massa": 3},
            reason="laporan warga",
            actor="Aiptu Budi Santoso",
            source="bhabinkamtibmas",
            observed_at="2024-11-26T19:05+07:00",
        )
    finally:
        db.close()


def test_why_prints_reasons_source_who_when_and_the_suggestion(banten_path, capsys):
    _record(banten_path)
    before = file_digest(banten_path)
    assert main(["threat", "why", "--db", str(banten_path), "--node", TPS1]) == 0
    out = capsys.readouterr().out
    assert "class rawan" in out
    assert (
        "suggested by the class rule: sangat_rawan (riwayat kekerasan + ancaman kamtibmas tinggi)"
        in out
    )
    assert "LOWER than suggested" in out
    assert (
        "* Konflik antar kelompok massa: Tinggi — Laporan Bhabinkamtibmas, Aiptu Budi Santoso, "
        "2024-11-26 19:05 WIB"
    ) in out
    assert file_digest(banten_path) == before  # it only reads


def test_why_json_and_a_region_lists_its_lower_tps(banten_path, capsys):
    _record(banten_path)
    assert main(["threat", "why", "--db", str(banten_path), "--node", TPS1, "--json"]) == 0
    [data] = json.loads(capsys.readouterr().out)
    assert data["current"] == "rawan" and data["lower_than_suggested"] is True
    assert data["suggested"]["class"] == "sangat_rawan"
    assert data["suggested"]["counted"] == ["keamanan", "konflik_massa"]
    assert [r["category"] for r in data["recorded"]] == ["konflik_massa", "keamanan"]
    assert main(["threat", "why", "--db", str(banten_path), "--node", "36.02", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["code"], row["current"], row["class"]) == (TPS1, "rawan", "sangat_rawan")
    assert main(["threat", "why", "--db", str(banten_path), "--node", "36.99"]) == 1
    assert "unknown node 36.99" in capsys.readouterr().err
