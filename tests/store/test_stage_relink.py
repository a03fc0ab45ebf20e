"""Replacing the stages keeps the risk register on them: every line moves to the new stage of
the same kind in the same transaction, a line whose kind has no new stage is left and named,
one undo puts back the old stage ids exactly, and sub-stages are chosen by the documented
rule (same name, else the dates that match best counted from voting day, else the main
stage)."""

import datetime as dt

import pytest

from commandpost.core.stages import Stage
from commandpost.store import changelog, queries, risks, stages
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from commandpost.store.stage_import import apply_stage_import, plan_stage_import
from commandpost.store.stage_relink import RELINK_REASON, counterparts
from commandpost.store.threats import compensate_all
from tests.helpers import CASES, add_tps, copy_db

D = dt.date
OFFICER = "Bripka Uji"
C11 = CASES / "C11-tahapan-dates-messy.csv"


def _operation(folder, kind: str):
    path = create_operation_database(
        folder / f"{kind}.sqlite",
        station="Posko Uji",
        province="36",
        operation=f"Operasi {kind}",
        kind=kind,
        actor="uji",
    )
    db = open_database(path)
    add_tps(db, [("36.02.01.2002", 1, "Jl. Uji 1", 250)])
    db.close()
    return path


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relink")
    return {kind: _operation(folder, kind) for kind in ("pilkada", "pemilu")}


@pytest.fixture
def pilkada(templates, tmp_path):
    db = open_database(copy_db(templates["pilkada"], tmp_path / "pilkada.sqlite"))
    yield db
    db.close()


@pytest.fixture
def pemilu(templates, tmp_path):
    db = open_database(copy_db(templates["pemilu"], tmp_path / "pemilu.sqlite"))
    yield db
    db.close()


def _line(db, stage_name: str, threat: str = "konflik_massa") -> str:
    edit = risks.add_risk(
        db,
        stage_id=risks.find_stage(db, stage_name).id,
        node_code="36.02",
        threat=threat,
        level=2,
        mitigation="Patroli gabungan",
        agency="polri",
        actor=OFFICER,
    )
    return edit.change.entity_id


def _stage_of(db) -> dict[str, str]:
    """Each line's stage as the register shows it ("" when its stage was deleted)."""
    return {r.id: r.stage_name for r in risks.list_risks(db)}


def _stage_ids(db) -> dict[str, str]:
    with db.engine.connect() as conn:
        return dict(conn.exec_driver_sql("SELECT id, stage_id FROM risk WHERE active").all())


# Pilkada 2024 stages with risk lines, and where taking Pemilu 2024 puts them.
PILKADA_TO_PEMILU = {
    "Kampanye": "Kampanye",
    "Masa tenang": "Masa tenang",
    "Pemungutan suara": "Pemungutan suara",
    # A sub-stage of Pencalonan; Pemilu has one under Pencalonan presiden, of the same name.
    "Pendaftaran pasangan calon": "Pendaftaran pasangan calon",
    # Pemilu has one recapitulation stage and one counting stage.
    "Rekapitulasi di PPK (kecamatan)": "Rekapitulasi hasil penghitungan suara",
    "Penghitungan suara di TPS": "Penghitungan suara",
}
NO_COUNTERPART = ("Pembentukan PPK, PPS dan KPPS", "Pemutakhiran data pemilih")


def test_taking_a_template_moves_each_line_to_the_stage_of_its_kind(pilkada):
    db = pilkada
    moved = {_line(db, name): new for name, new in PILKADA_TO_PEMILU.items()}
    left = {_line(db, name, "hak_pilih"): name for name in NO_COUNTERPART}
    # Told before anything changes: what the confirmation says.
    plan = stages.relink_plan(db, "pemilu_2024")
    assert (plan.moved, plan.left_count) == (6, 2)
    assert plan.left_stage_names() == list(NO_COUNTERPART)
    assert {line.id for line in plan.left} == set(left)
    before = len(changelog.load_changes(db))

    edits = stages.take_template(db, "pemilu_2024", actor=OFFICER)

    # One transaction: the stages, the voting day and the register's move.
    assert [e.entity for e in edits] == ["stage", "operation", "risk"]
    changes = changelog.load_changes(db)
    assert len(changes) == before + 3
    assert (changes[-1].entity, changes[-1].op, changes[-1].reason) == (
        "risk",
        "set_many",
        RELINK_REASON,
    )
    shown = _stage_of(db)
    assert {rid: shown[rid] for rid in moved} == moved
    # The lines left keep their old (deleted) stage: "(stage deleted)" in the register.
    assert {rid: shown[rid] for rid in left} == dict.fromkeys(left, "")
    new_ids = {s.id for s in stages.list_stages(db)}
    assert all(_stage_ids(db)[rid] in new_ids for rid in moved)


def test_one_undo_restores_the_old_stage_ids_exactly_and_redo_moves_them_again(pilkada):
    db = pilkada
    for name in (*PILKADA_TO_PEMILU, *NO_COUNTERPART):
        _line(db, name)
    old_ids, old_stages = _stage_ids(db), stages.list_stages(db)
    edits = stages.take_template(db, "pemilu_2024", actor=OFFICER)
    moved_ids = _stage_ids(db)

    undone = compensate_all(db, edits, actor=OFFICER, reason="batal")
    assert _stage_ids(db) == old_ids
    assert stages.list_stages(db) == old_stages
    assert queries.operation(db).voting_day == D(2024, 11, 27)
    assert set(_stage_of(db).values()) == {*PILKADA_TO_PEMILU, *NO_COUNTERPART}

    compensate_all(db, undone, actor=OFFICER, reason="ulang")
    assert _stage_ids(db) == moved_ids


def test_the_same_template_again_keeps_every_line_on_its_twin(pilkada):
    db = pilkada
    names = (
        "Pembentukan PPK, PPS dan KPPS",
        "Penelitian persyaratan calon",
        "Rekapitulasi di PPK (kecamatan)",
    )
    lines = {_line(db, name): name for name in names}
    plan = stages.relink_plan(db, "pilkada_2024")
    assert (plan.moved, plan.left_count) == (3, 0)
    edits = stages.take_template(db, "pilkada_2024", actor=OFFICER)
    assert [e.entity for e in edits] == ["stage", "risk"]  # the voting day stays
    assert {rid: _stage_of(db)[rid] for rid in lines} == lines


def test_from_pemilu_to_pilkada_sub_stages_are_chosen_by_name_then_dates(pemilu):
    db = pemilu
    recap = _line(db, "Rekapitulasi hasil penghitungan suara")
    registration = _line(db, "Pendaftaran pasangan calon")
    candidacy = _line(db, "Pencalonan presiden dan wakil presiden")
    stages.take_template(db, "pilkada_2024", actor=OFFICER)
    shown = _stage_of(db)
    # H+1..H+35 matches the whole of Penghitungan dan rekapitulasi suara (H..H+19) better
    # than any of its four sub-stages.
    assert shown[recap] == "Penghitungan dan rekapitulasi suara"
    assert shown[registration] == "Pendaftaran pasangan calon"  # the same name, a sub-stage
    # H-118..H-93: the candidacy stage of the Pilkada at the same point before voting day.
    assert shown[candidacy] == "Pemenuhan syarat dukungan calon perseorangan"


def _s(sid, name, start, end, kind, parent=None, position=0):
    return Stage(sid, name, start, end, parent, kind, position)


def test_nested_sub_stages_go_to_the_best_matching_dates_then_the_main_stage():
    new = [
        _s(
            "rekap",
            "Penghitungan dan rekapitulasi",
            D(2024, 11, 27),
            D(2024, 12, 16),
            "recapitulation",
        ),
        _s("ppk", "Di PPK", D(2024, 11, 28), D(2024, 12, 3), "recapitulation", "rekap", 1),
        _s("kab", "Di kabupaten", D(2024, 12, 1), D(2024, 12, 5), "recapitulation", "rekap", 2),
        _s("group", "Pengamanan", None, None, "other"),
        _s("escort", "Pengawalan", D(2024, 11, 27), D(2024, 11, 28), "other", "group", 3),
    ]
    old = [
        # Exactly the kabupaten days: the sub-stage, not the three weeks around it.
        _s("a", "Rekap kabupaten", D(2024, 12, 1), D(2024, 12, 5), "recapitulation"),
        # Spans all of it: the main stage.
        _s("b", "Rekapitulasi", D(2024, 11, 27), D(2024, 12, 20), "recapitulation"),
        # An undated group of recapitulation sub-stages: by its sub-stages' span.
        _s("c", "Rekapitulasi berjenjang", None, None, "recapitulation"),
        _s("c1", "Tingkat PPK", D(2024, 11, 28), D(2024, 12, 2), "recapitulation", "c"),
        # No dates to compare at all: the main stage.
        _s("d", "Rekap lain", None, None, "recapitulation"),
        # "other" is matched by name only.
        _s("e", "pengawalan", D(2024, 11, 27), D(2024, 11, 28), "other"),
        _s("f", "Patroli", D(2024, 11, 27), D(2024, 11, 28), "other"),
        _s("g", "Kampanye", D(2024, 10, 1), D(2024, 11, 23), "campaign"),
    ]
    assert counterparts(old, new) == {
        "a": "kab",
        "b": "rekap",
        "c": "ppk",
        "c1": "ppk",
        "d": "rekap",
        "e": "escort",
        "f": None,
        "g": None,
    }
    # Counted from voting day: a schedule a year earlier lands on the same stages.
    year = dt.timedelta(days=366)
    earlier = [
        Stage(s.id, s.name, s.start and s.start - year, s.end and s.end - year, s.parent_id, s.kind)
        for s in old
    ]
    assert counterparts(earlier, new, shift=year) == counterparts(old, new)


def test_an_import_replacing_the_stages_moves_the_lines_in_the_same_undo(pilkada):
    db = pilkada
    campaign = _line(db, "Kampanye", "bentrok_pendukung")
    registration = _line(db, "Pendaftaran pasangan calon")
    quiet = _line(db, "Masa tenang", "politik_uang")
    old_ids = _stage_ids(db)
    plan = plan_stage_import(C11, skip_bad_rows=True)
    preview = stages.schedule_relink_plan(db, plan.stages)
    assert (preview.moved, preview.left_stage_names()) == (2, ["Masa tenang"])

    before = len(changelog.load_changes(db))
    edit = apply_stage_import(db, plan, actor=OFFICER, replace_existing=True)
    assert len(changelog.load_changes(db)) == before + 2
    assert [e.entity for e in edit.more] == ["risk"]
    shown = _stage_of(db)
    assert (shown[campaign], shown[registration], shown[quiet]) == (
        "KAMPANYE",
        "PENDAFTARAN PASANGAN CALON, TERMASUK PERBAIKAN",
        "",
    )
    compensate_all(db, [edit], actor=OFFICER, reason="kembali")
    assert _stage_ids(db) == old_ids
    assert _stage_of(db)[quiet] == "Masa tenang"


def test_an_import_beside_the_stages_moves_nothing(pilkada):
    db = pilkada
    _line(db, "Kampanye")
    ids = _stage_ids(db)
    edit = apply_stage_import(db, plan_stage_import(C11, skip_bad_rows=True), actor=OFFICER)
    assert edit.more == ()
    assert _stage_ids(db) == ids


def test_no_lines_no_move_recorded(pilkada):
    plan = stages.relink_plan(pilkada, "pemilu_2024")
    assert (plan.moved, plan.left_count, plan.spec(OFFICER)) == (0, 0, None)
    edits = stages.take_template(pilkada, "pemilu_2024", actor=OFFICER)
    assert [e.entity for e in edits] == ["stage", "operation"]
