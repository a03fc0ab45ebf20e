import pytest

from commandpost.store import queries, threats
from commandpost.store.mapping_import import (
    DROP,
    MappingMsg,
    MappingQuestion,
    apply_mapping,
    plan_mapping,
)
from commandpost.tabular import TableError
from commandpost.tabular.problems import KEEP
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
        ("kode_desa;kelas\n36.02.01.2002;rawan\n", 1, None, "missing column: the TPS number"),
        ("kode_desa;no_tps\n36.02.01.2002;1\n", 1, None, "no class column"),
        (GOOD + "36.02.01.2002;1;rawan;;;\n", 5, "no_tps", "already on row 2"),
        (GOOD + "36.02.01.2002;9;rawan;;;\n", 5, "no_tps", "no TPS 36.02.01.2002.009"),
        (GOOD + "36.02.01.2002;;rawan;;;\n", 5, "no_tps", "a value is needed"),
        (GOOD + "36.02.01;4;rawan;;;\n", 5, "kode_desa", "is not a code"),
        (GOOD + "3.60201E+12;4;rawan;;;\n", 5, "kode_desa", "scientific notation"),
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
    with pytest.raises(TableError) as info:
        plan_mapping(banten_db, path)
    assert not isinstance(info.value, MappingQuestion)
    assert any(
        p.row == row and p.field == field and words in p.message for p in info.value.problems
    ), [str(p) for p in info.value.problems]
    assert dump(banten_path) == before


def test_an_unknown_column_is_asked_about_never_dropped(banten_db, banten_path, tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("kode_desa;no_tps;kelas;gunung\n36.02.01.2002;1;rawan;ya\n")
    before = dump(banten_path)
    with pytest.raises(MappingQuestion) as info:
        plan_mapping(banten_db, path)
    assert dump(banten_path) == before
    assert info.value.columns == ["gunung"]
    assert [(p.row, p.field, p.template) for p in info.value.problems] == [
        (1, "gunung", MappingMsg.UNKNOWN_MAPPING_COLUMN)
    ]
    dropped = plan_mapping(banten_db, path, column_map={"gunung": DROP})
    assert dropped.threat_changes == []
    assert dropped.class_changes == [(T1, "kurang_rawan", "rawan")]
    mapped = plan_mapping(banten_db, path, column_map={"Gunung": "rawan_bencana"})
    assert mapped.threat_changes == [(T1, "bencana_lain", 0, 2), (T1, "lokasi_tps", 0, 2)]
    with pytest.raises(ValueError, match="not a category or indicator"):
        plan_mapping(banten_db, path, column_map={"gunung": "vulkanik"})


@pytest.mark.parametrize("header", ["kategori", "KATEGORI_KERAWANAN", "Status", "Kelas TPS"])
@pytest.mark.parametrize("value", ["sangat rawan", "SANGAT RAWAN", "Sangat Rawan", "sangat_rawan"])
def test_class_column_names_and_class_names_in_any_case(banten_db, tmp_path, header, value):
    path = tmp_path / "map.csv"
    path.write_text(f"kode_desa,no_tps,{header}\n36.02.01.2002,1,{value}\n")
    assert plan_mapping(banten_db, path).class_changes == [(T1, "kurang_rawan", "sangat_rawan")]


def test_a_13_digit_tps_code_is_enough(banten_db, tmp_path):
    path = tmp_path / "map.csv"
    path.write_text("kode_tps,kelas\n3602012002002,rawan\n")
    assert plan_mapping(banten_db, path).class_changes == [(T2, "kurang_rawan", "rawan")]


def test_an_empty_yes_no_cell_is_unknown_not_no(banten_db, tmp_path):
    threats.set_threat(banten_db, [T1], "bencana_lain", 3, reason="survei", actor="a")
    path = tmp_path / "map.csv"
    path.write_text("kode_desa,no_tps,rawan_bencana\n36.02.01.2002,1,\n36.02.01.2002,2,tidak\n")
    plan = plan_mapping(banten_db, path)
    assert plan.threat_changes == []  # T1 keeps 3; T2's "tidak" is 0 already
    path.write_text("kode_desa,no_tps,rawan_bencana\n36.02.01.2002,1,tidak\n")
    assert plan_mapping(banten_db, path).threat_changes == [
        (T1, "bencana_lain", 3, 0),
    ]


@pytest.mark.parametrize(("answer", "level"), [("tidak", 0), ("ya", 2)])
def test_t_is_asked_then_read_as_answered(banten_db, tmp_path, answer, level):
    path = tmp_path / "map.csv"
    path.write_text("kode_desa,no_tps,dpt_tms\n36.02.01.2002,1,T\n36.02.01.2002,2,t\n")
    with pytest.raises(MappingQuestion) as info:
        plan_mapping(banten_db, path)
    assert info.value.t_rows == [2, 3] and info.value.columns == []
    plan = plan_mapping(banten_db, path, t_means=answer)
    expected = [(T1, "hak_pilih", 0, level), (T2, "hak_pilih", 0, level)]
    assert plan.threat_changes == (expected if level else [])


@pytest.mark.parametrize(
    ("cell", "field", "words"),
    [
        ("9" * 5000 + ";1;rawan;;;", "kode_desa", "is not a region code"),
        ("36.02.01.2002;٣;rawan;;;", "no_tps", "another script"),
        ("36.02.01.2002;1;ra\x00wan;;;", "kelas", "unknown TPS class 'ra\\x00wan'"),
        ("36.02.01.2002;1;;;" + "y" * 5000 + ";", "rawan_bencana", "not ya or tidak"),
        ("36.02.01.2002;1;;" + "9" * 5000 + ";;", "banjir", "unknown threat level"),
    ],
)
def test_hostile_mapping_cells_are_row_errors_shown_short(
    banten_db, banten_path, tmp_path, cell, field, words
):
    path = tmp_path / "map.csv"
    path.write_text(GOOD.splitlines()[0] + "\n" + cell + "\n", encoding="utf-8")
    before = dump(banten_path)
    with pytest.raises(TableError) as info:
        plan_mapping(banten_db, path)
    assert dump(banten_path) == before
    assert [(p.row, p.field) for p in info.value.problems] == [(2, field)]
    assert words in str(info.value)
    assert len(str(info.value)) < 300


def test_a_50k_row_all_bad_mapping_keeps_a_few_hundred_problems(banten_db, tmp_path):
    path = tmp_path / "map.csv"
    path.write_text(
        "kode_desa;no_tps;kelas;dpt_tms\n"
        + "".join(f"36.02.01.{2001 + n // 999};{n % 999 + 1};merah;T\n" for n in range(50_000))
    )
    with pytest.raises(MappingQuestion) as info:
        plan_mapping(banten_db, path)
    # Each row has an unknown class; T is asked about once.
    assert len(info.value.problems) == KEEP
    assert len(info.value.t_rows) == KEEP
    assert info.value.t_rows[:3] == [2, 3, 4]
    assert info.value.more == 50_000 + 1 - KEEP
