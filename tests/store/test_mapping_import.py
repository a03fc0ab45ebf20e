import pytest

from commandpost.store import queries, threats
from commandpost.store.mapping_import import apply_mapping, plan_mapping
from commandpost.store.tps_import import TpsImportError
from tests.helpers import dump

T1, T2, T3 = (f"36.02.01.2002.00{n}" for n in (1, 2, 3))
GOOD = (
    "kode_desa;no_tps;kelas;banjir;rawan_bencana;politik_uang\n"
    "36.02.01.2002;1;rawan;;ya;\n"
    "36.02.01.2002;2;sangat rawan;tinggi;;sedang\n"
    "36.02.01.2002;3;;;tidak;\n"
)


def test_preview_lists_only_real_changes_then_apply_in_one_go(banten_db, banten_path, tmp_path):
    path = tmp_path / "bawaslu.csv"
    path.write_text(GOOD, encoding="utf-8")
    before = dump(banten_path)
    plan = plan_mapping(banten_db, path)
    assert dump(banten_path) == before, "a preview writes nothing"
    assert plan.rows == 3
    assert plan.class_changes == [
        (T1, "kurang_rawan", "rawan"),
        (T2, "kurang_rawan", "sangat_rawan"),
    ]
    # Bawaslu's "rawan bencana" is a TPS-location indicator and also makes the TPS
    # disaster-prone, so the disaster filter finds it.
    assert plan.threat_changes == [
        (T1, "bencana_lain", 0, 2),
        (T1, "lokasi_tps", 0, 2),
        (T2, "banjir", 0, 3),
        (T2, "politik_uang", 0, 2),
    ]
    edits = apply_mapping(banten_db, plan, actor="a", source="bawaslu", reason="pemetaan")
    assert len(edits) == 2
    assert [n.code for n in threats.filter_tps(banten_db, category="bencana")] == [T1, T2]
    banten = queries.node(banten_db, "36")
    assert (banten.n_rawan, banten.n_sangat_rawan, banten.worst_level) == (1, 1, 3)
    assert plan_mapping(banten_db, path).empty, "applying twice changes nothing more"
    for edit in reversed(edits):
        threats.compensate(banten_db, edit, actor="a", reason="batal impor")
    banten = queries.node(banten_db, "36")
    assert (banten.n_rawan, banten.n_sangat_rawan, banten.worst_level) == (0, 0, 0)
    assert threats.rollup_mismatches(banten_db) == []


@pytest.mark.parametrize(
    ("body", "row", "field", "words"),
    [
        ("kode_desa;no_tps;kelas;gunung\n", 1, "gunung", "unknown column"),
        ("kode_desa;kelas\n36.02.01.2002;rawan\n", 1, "tps_number", "missing column"),
        ("kode_desa;no_tps\n36.02.01.2002;1\n", 1, None, "no class column"),
        (GOOD + "36.02.01.2002;1;rawan;;;\n", 5, "tps_number", "already on row 2"),
        (GOOD + "36.02.01.2002;9;rawan;;;\n", 5, "tps_number", "no TPS 36.02.01.2002.009"),
        (GOOD + "36.02.01.2002;4;merah;;;\n", 5, "kelas", "unknown TPS class"),
        (GOOD + "36.02.01.2002;4;;parah;;\n", 5, "banjir", "unknown threat level"),
        (GOOD + "36.02.01.2002;4;;;mungkin;\n", 5, "rawan_bencana", "not ya or tidak"),
    ],
)
def test_bad_mapping_rows_are_named_and_nothing_applies(
    banten_db, banten_path, tmp_path, body, row, field, words
):
    path = tmp_path / "map.csv"
    path.write_text(body, encoding="utf-8")
    before = dump(banten_path)
    with pytest.raises(TpsImportError) as info:
        plan_mapping(banten_db, path)
    assert any(
        p.row == row and p.field == field and words in p.message for p in info.value.problems
    ), [str(p) for p in info.value.problems]
    assert dump(banten_path) == before
