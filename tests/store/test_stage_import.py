"""Stage schedules (jadwal tahapan) as KPU offices hand them out: the handed case C11, an XLSX
with real date cells under a title, and files whose rows break the schedule's rules."""

import datetime as dt

import openpyxl
import pytest

from commandpost.core.stages import span
from commandpost.store import changelog, stages
from commandpost.store.database import open_database
from commandpost.store.setup import create_operation_database
from commandpost.store.stage_import import apply_stage_import, guess_kind, plan_stage_import
from commandpost.store.threats import compensate_all
from commandpost.tabular import TableError
from tests.helpers import CASES, copy_db, dump

D = dt.date
C11 = CASES / "C11-tahapan-dates-messy.csv"
OFFICER = "Bripka Uji"


@pytest.fixture(scope="module")
def exercise_template(tmp_path_factory):
    return create_operation_database(
        tmp_path_factory.mktemp("exercise") / "latihan.sqlite",
        station="Posko Uji",
        province="36",
        operation="Latihan",
        kind="exercise",
        actor="uji",
    )


@pytest.fixture
def db_path(exercise_template, tmp_path):
    return copy_db(exercise_template, tmp_path / "latihan.sqlite")


@pytest.fixture
def db(db_path):
    database = open_database(db_path)
    yield database
    database.close()


def _errors(exc: TableError) -> list[tuple]:
    return [(p.row, p.field) for p in exc.problems if p.is_error]


def _schedule(db) -> list[tuple]:
    found = stages.list_stages(db)
    names = {s.id: s.name for s in found}
    return [(s.name, s.start, s.end, names.get(s.parent_id)) for s in found]


def _csv(tmp_path, text: str, name: str = "jadwal.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- C11 ---------------------------------------------------------------------------------------

C11_ACCEPTED = [
    # (spreadsheet row, name as the timeline shows it, start, end, parent's name, kind)
    (2, "PENCALONAN", None, None, None, "candidacy"),
    (
        3,
        "PENDAFTARAN PASANGAN CALON, TERMASUK PERBAIKAN",
        D(2024, 8, 27),
        D(2024, 8, 29),
        "PENCALONAN",
        "registration",
    ),
    (4, "PENETAPAN PASANGAN CALON", D(2024, 9, 22), D(2024, 9, 22), "PENCALONAN", "determination"),
    (5, "KAMPANYE", D(2024, 9, 25), D(2024, 11, 23), None, "campaign"),
    (10, "PENGAMANAN KOTAK SUARA", D(2024, 11, 27), D(2024, 12, 5), None, "other"),
]


def test_c11_refuses_rows_6_to_9_naming_row_and_field():
    with pytest.raises(TableError) as caught:
        plan_stage_import(C11)
    assert _errors(caught.value) == [(6, "finish"), (7, "finish"), (8, "finish"), (9, "parent_id")]
    message = str(caught.value)
    assert message.startswith("nothing was imported:")
    for line in (
        "C11-tahapan-dates-messy.csv, row 6, field finish: '26 Nopemebr 2024' is not a date",
        "C11-tahapan-dates-messy.csv, row 7, field finish: '27 November 20244' is not a date",
        "C11-tahapan-dates-messy.csv, row 8, field finish: ends (2024-11-27) before it starts "
        "(2024-11-28)",
        "C11-tahapan-dates-messy.csv, row 9, field parent_id: parent 99 is not a stage in this "
        "file",
    ):
        assert line in message


def test_c11_accepts_rows_2_to_5_and_10():
    plan = plan_stage_import(C11, skip_bad_rows=True)
    names = {s.id: s.name for s in plan.stages}
    got = [
        (plan.rows[s.id], s.name, s.start, s.end, names.get(s.parent_id), s.kind)
        for s in plan.stages
    ]
    assert got == C11_ACCEPTED
    assert [(p.row, p.field) for p in plan.rejected] == [
        (6, "finish"),
        (7, "finish"),
        (8, "finish"),
        (9, "parent_id"),
    ]
    group = plan.stages[0]
    assert span(group, plan.stages) == (D(2024, 8, 27), D(2024, 9, 22))
    assert [str(n) for n in plan.notes] == [
        "C11-tahapan-dates-messy.csv, row 1, field category: note: column not used"
    ]


def test_c11_with_skip_bad_rows_lands_in_one_change_and_undo_removes_it(db):
    before = len(changelog.load_changes(db))
    plan = plan_stage_import(C11, skip_bad_rows=True)
    edit = apply_stage_import(db, plan, actor=OFFICER)
    changes = changelog.load_changes(db)
    assert len(changes) == before + 1
    assert (changes[-1].entity, changes[-1].op, changes[-1].actor) == (
        "stage",
        "create_many",
        OFFICER,
    )
    assert "C11-tahapan-dates-messy.csv" in changes[-1].reason
    expected = [(name, start, end, parent) for _row, name, start, end, parent, _k in C11_ACCEPTED]
    assert _schedule(db) == expected
    undone = compensate_all(db, [edit], actor=OFFICER, reason="salah berkas")
    assert stages.list_stages(db) == []
    compensate_all(db, undone, actor=OFFICER, reason="berkas benar")
    assert _schedule(db) == expected


def test_an_import_can_replace_the_template_in_one_change(tmp_path):
    path = create_operation_database(
        tmp_path / "pilkada.sqlite",
        station="Posko Uji",
        province="36",
        operation="Pilkada",
        kind="pilkada",
        actor="uji",
    )
    db = open_database(path)
    try:
        template = _schedule(db)
        assert len(template) == 19
        before = len(changelog.load_changes(db))
        plan = plan_stage_import(C11, skip_bad_rows=True)
        edit = apply_stage_import(db, plan, actor=OFFICER, replace_existing=True)
        assert len(changelog.load_changes(db)) == before + 1
        assert [name for name, *_ in _schedule(db)] == [row[1] for row in C11_ACCEPTED]
        compensate_all(db, [edit], actor=OFFICER, reason="kembali ke templat")
        assert _schedule(db) == template
    finally:
        db.close()


# -- XLSX --------------------------------------------------------------------------------------


def test_an_xlsx_schedule_with_date_cells_under_a_title_imports(db, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jadwal"
    sheet.append(["JADWAL TAHAPAN PEMILIHAN BUPATI DAN WAKIL BUPATI SERANG TAHUN 2024"])
    sheet.append([])
    sheet.append(["No", "Tahapan", "Tanggal Mulai", "Tanggal Selesai", "Induk"])
    sheet.append([1, "Penghitungan dan rekapitulasi suara", D(2024, 11, 27), D(2024, 12, 16)])
    sheet.append([2, "Rekapitulasi di PPK", dt.datetime(2024, 11, 28), dt.datetime(2024, 12, 3), 1])
    sheet.append([3, "Pemungutan suara", D(2024, 11, 27), D(2024, 11, 27), 0])
    sheet.append([])
    sheet.append([None, "Serang, 1 Agustus 2024"])  # the signature block
    sheet.append([None, "KETUA KPU KABUPATEN SERANG"])
    path = tmp_path / "jadwal-serang.xlsx"
    book.save(path)

    plan = plan_stage_import(path)
    assert [str(n) for n in plan.notes] == [
        "jadwal-serang.xlsx, sheet Jadwal, row 1: note: title rows above the table skipped",
        "jadwal-serang.xlsx, sheet Jadwal, row 8: note: rows below the table skipped "
        "(signature block, notes)",
    ]
    apply_stage_import(db, plan, actor=OFFICER)
    assert _schedule(db) == [
        ("Penghitungan dan rekapitulasi suara", D(2024, 11, 27), D(2024, 12, 16), None),
        (
            "Rekapitulasi di PPK",
            D(2024, 11, 28),
            D(2024, 12, 3),
            "Penghitungan dan rekapitulasi suara",
        ),
        ("Pemungutan suara", D(2024, 11, 27), D(2024, 11, 27), None),
    ]
    assert [s.kind for s in stages.list_stages(db)] == [
        "recapitulation",
        "recapitulation",
        "voting",
    ]


# -- rows that break the rules -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "errors", "words"),
    [
        (
            # A sub-stage ending after its parent.
            "id,nama,mulai,selesai,induk\n"
            "1,Rekapitulasi,27/11/2024,16/12/2024,\n"
            "2,Rekapitulasi provinsi,6/12/2024,17/12/2024,1\n",
            [(3, "selesai")],
            "lies outside its parent Rekapitulasi (2024-11-27 – 2024-12-16)",
        ),
        (
            # Starting before it, under an undated group inside the dated parent.
            "id,nama,mulai,selesai,induk\n"
            "1,Rekapitulasi,27/11/2024,16/12/2024,\n"
            "2,Rekapitulasi kecamatan,,,1\n"
            "3,Pleno PPK,26/11/2024,28/11/2024,2\n",
            [(4, "mulai")],
            "lies outside its parent Rekapitulasi",
        ),
        (
            # A refused parent takes its sub-stages with it.
            "id,nama,mulai,selesai,induk\n"
            "1,Kampanye,25 September 2024,31 Nopember 2024,\n"
            "2,Rapat umum,10 November 2024,20 November 2024,1\n",
            [(2, "selesai"), (3, "induk")],
            "its parent (row 2) was refused",
        ),
        (
            "id,nama,mulai,selesai,induk\n"
            "1,Kampanye,25/09/2024,23/11/2024,\n"
            "1,Masa tenang,24/11/2024,26/11/2024,\n",
            [(3, "id")],
            "id 1 is used again (first on row 2)",
        ),
        (
            "id,nama,mulai,selesai,induk\n"
            "1,Kampanye,25/09/2024,23/11/2024,2\n"
            "2,Rapat umum,10/11/2024,20/11/2024,1\n",
            [(2, "induk"), (3, "induk")],
            "is the stage itself or one of its sub-stages",
        ),
        (
            "nama,mulai,selesai\nKampanye,25/09/2024,\n",
            [(2, "selesai")],
            "needs both a start and an end date",
        ),
        (
            "nama,mulai,selesai\nKampanye,25/09/1999,23/11/1999\n",
            [(2, "mulai")],
            "1999-09-25 is not a plausible date",
        ),
        (
            "nama,mulai,selesai\n,25/09/2024,23/11/2024\nMasa tenang,24/11/2024,26/11/2024\n",
            [(2, "nama")],
            "a stage needs a name",
        ),
    ],
)
def test_a_bad_row_refuses_the_file_naming_row_and_field(db_path, tmp_path, text, errors, words):
    path = _csv(tmp_path, text)
    before = dump(db_path)
    with pytest.raises(TableError) as caught:
        plan_stage_import(path)
    assert _errors(caught.value) == errors
    assert words in str(caught.value)
    assert dump(db_path) == before


def test_skipping_bad_rows_leaves_out_the_sub_stages_of_a_refused_row(tmp_path):
    path = _csv(
        tmp_path,
        "id,nama,mulai,selesai,induk\n"
        "1,Rekapitulasi,27/11/2024,16/12/2024,\n"
        "2,Rekapitulasi kecamatan,1/12/2024,20/12/2024,1\n"  # outside its parent
        "3,Pleno PPK,2/12/2024,3/12/2024,2\n"
        "4,Pelantikan,20/02/2025,20/02/2025,\n",
    )
    plan = plan_stage_import(path, skip_bad_rows=True)
    assert [s.name for s in plan.stages] == ["Rekapitulasi", "Pelantikan"]
    assert [(p.row, p.field) for p in plan.rejected] == [(3, "selesai")]


def test_a_file_with_nothing_left_is_refused(tmp_path):
    path = _csv(tmp_path, "nama,mulai,selesai\nKampanye,25/09/2024,31/11/2024\n")
    with pytest.raises(TableError, match="the file holds no stages"):
        plan_stage_import(path, skip_bad_rows=True)


def test_a_refused_import_leaves_the_database_as_it_was(db, db_path, tmp_path):
    apply_stage_import(db, plan_stage_import(C11, skip_bad_rows=True), actor=OFFICER)
    schedule, count = _schedule(db), len(changelog.load_changes(db))
    before = dump(db_path)
    with pytest.raises(TableError):
        plan_stage_import(C11)
    with pytest.raises(TableError, match="needs columns such as nama, mulai, selesai"):
        plan_stage_import(_csv(tmp_path, "no,uraian\n1,Kampanye\n", "tanpa-tanggal.csv"))
    with pytest.raises(TableError, match="field end: missing column end"):
        plan_stage_import(_csv(tmp_path, "nama,mulai\nKampanye,25/09/2024\n", "satu.csv"))
    assert dump(db_path) == before
    assert (_schedule(db), len(changelog.load_changes(db))) == (schedule, count)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("PENGHITUNGAN DAN REKAPITULASI SUARA", "recapitulation"),
        ("Pemungutan dan penghitungan suara di TPS", "voting"),
        ("MASA  TENANG", "quiet"),
        ("Pemutakhiran data pemilih", "voter_list"),
        ("Perselisihan hasil di MK", "dispute"),
        ("Pengamanan kotak suara", "other"),
    ],
)
def test_the_kind_comes_from_the_schedule_wording(name, kind):
    assert guess_kind(name) == kind
