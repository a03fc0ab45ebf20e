"""`commandpost threat rule show|set|reset`: the operation's own class rule, set from a file
checked whole first, and back to the shipped one."""

from __future__ import annotations

import json

from commandpost.cli import main
from tests.helpers import file_digest

RULE = {
    "about": "Aturan Polres uji",
    "rules": [
        {
            "key": "bencana_sedang",
            "class": "sangat_rawan",
            "label": {"id": "bencana sedang atau lebih", "en": "disaster"},
            "all": [{"group": "bencana", "min_level": "sedang"}],
        }
    ],
}


def test_show_set_and_reset(pemilu_path, tmp_path, capsys):
    db = ["--db", str(pemilu_path)]
    assert main(["threat", "rule", "show", *db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("the shipped class rule (class_rule.json)")
    assert "riwayat kekerasan + ancaman kamtibmas tinggi  [kekerasan_kamtibmas]" in out

    path = tmp_path / "aturan.json"
    path.write_text(json.dumps(RULE), encoding="utf-8")
    assert main(["threat", "rule", "set", str(path), "--reason", "aturan Polres", *db]) == 0
    assert "the operation's class rule is now aturan.json" in capsys.readouterr().out
    assert main(["threat", "rule", "show", "--json", *db]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {
        "own": True,
        "rules": [
            {"key": "bencana_sedang", "class": "sangat_rawan", "label": "bencana sedang atau lebih"}
        ],
    }
    assert main(["threat", "rule", "reset", "--reason", "kembali", *db]) == 0
    assert "the operation uses the shipped class rule again" in capsys.readouterr().out
    assert main(["threat", "rule", "show", "--json", *db]) == 0
    assert json.loads(capsys.readouterr().out)["own"] is False


def test_a_bad_file_or_call_is_refused_and_changes_nothing(pemilu_path, tmp_path, capsys):
    db = ["--db", str(pemilu_path)]
    before = file_digest(pemilu_path)
    bad = dict(RULE, rules=[dict(RULE["rules"][0], all=[{"group": "cuaca"}])])
    path = tmp_path / "salah.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert main(["threat", "rule", "set", str(path), "--reason", "uji", *db]) == 1
    err = capsys.readouterr().err
    assert "salah.json: rule 1 (bencana_sedang), condition 1, field 'group': unknown group" in err
    assert main(["threat", "rule", "set", str(path), *db]) == 1
    assert "threat rule set needs --reason" in capsys.readouterr().err
    assert main(["threat", "rule", "set", "--reason", "uji", *db]) == 1
    assert "threat rule set needs the rule FILE" in capsys.readouterr().err
    assert file_digest(pemilu_path) == before
