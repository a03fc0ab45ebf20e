"""Assignment lists (daftar penugasan personel): who stands where, in the order a posko
prints them, and the CSV and XLSX files officers open in Excel."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from commandpost.core.stages import zone
from commandpost.store import assignment_lists, personnel, shifts
from commandpost.store.refusals import Refused
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK

WIB = zone("WIB")
MALINGPING_VILLAGE = "36.02.01.2002"  # Desa Cilangkahan


@pytest.fixture
def posted(kibin_db):
    """People of Polsek Kibin, Polres Serang and Polres Lebak on posts in Kibin (TPS and the
    kecamatan command post) and Malingping (a village post), one of them BKO."""
    people = [
        # nrp, name, rank, unit, phone, post
        ("02010001", "Ade Muda", "Bripda", "Polsek Kibin", "0812-1111-0001", f"{KIBIN_TAMBAK}.001"),
        ("85010003", "Cecep Hidayat", "Bripka", "Polsek Kibin", "", f"{KIBIN_TAMBAK}.001"),
        ("85010002", "Agus Setiawan", "Bripka", "Polsek Kibin", "", f"{KIBIN_TAMBAK}.001"),
        ("80010001", "Hendra Kusuma, S.H.", "AKP", "Polsek Kibin", "", f"{KIBIN_TAMBAK}.001"),
        ("75010001", "Bambang Santoso", "Kompol", "Polres Serang", "", "36.04.16"),
        ("88010005", "Dedi Lubis", "Aipda", "Polres Lebak", "", MALINGPING_VILLAGE),
    ]
    for nrp, name, rank, unit, phone, post in people:
        personnel.add_person(
            kibin_db, nrp=nrp, name=name, rank=rank, unit=unit, phone=phone, actor=ACTOR
        )
        personnel.assign(kibin_db, nrp, post, actor=ACTOR)
    # From Lebak, BKO to Kibin for TPS 10.
    personnel.add_person(
        kibin_db, nrp="90010004", name="Wawan BKO", rank="Brigpol", unit="Polres Lebak", actor=ACTOR
    )
    personnel.assign(kibin_db, "90010004", f"{KIBIN_TAMBAK}.010", bko=True, actor=ACTOR)
    return kibin_db


def _table(rows):
    return [(r.polsek, r.kecamatan, r.desa, r.post_name, r.rank_short, r.name) for r in rows]


def test_the_plan_is_listed_by_place_then_rank_seniority(posted):
    rows = assignment_lists.assignment_rows(posted)
    assert _table(rows) == [
        ("Polsek Kibin", "Kibin", "", "Posko kecamatan Kibin", "Kompol", "Bambang Santoso"),
        ("Polsek Kibin", "Kibin", "Tambak", "Tambak TPS 1", "AKP", "Hendra Kusuma, S.H."),
        ("Polsek Kibin", "Kibin", "Tambak", "Tambak TPS 1", "Bripka", "Agus Setiawan"),
        ("Polsek Kibin", "Kibin", "Tambak", "Tambak TPS 1", "Bripka", "Cecep Hidayat"),
        ("Polsek Kibin", "Kibin", "Tambak", "Tambak TPS 1", "Bripda", "Ade Muda"),
        ("Polsek Kibin", "Kibin", "Tambak", "Tambak TPS 10", "Brigpol", "Wawan BKO"),
        ("Polsek Malingping", "Malingping", "Cilangkahan", "Pos desa Cilangkahan",
         "Aipda", "Dedi Lubis"),
    ]  # fmt: skip
    bko = rows[5]
    assert (bko.nrp, bko.home_unit, bko.bko_unit, bko.post_kind) == (
        "90010004",
        "Polres Lebak",
        "Polsek Kibin",
        "tps",
    )
    assert {r.shift_name for r in rows} == {"Rencana operasi"}
    assert {(r.checked_in, r.checked_out, r.phone) for r in rows} == {("", "", "")}
    assert rows[4].nrp == "02010001"  # text, leading zero kept


def test_a_unit_sees_the_posts_it_and_the_units_below_it_answer_for(posted):
    serang = assignment_lists.assignment_rows(posted, unit="Polres Serang")
    assert {r.polsek for r in serang} == {"Polsek Kibin"}
    assert len(serang) == 6
    lebak = assignment_lists.assignment_rows(posted, unit="polres-lebak")
    assert [(r.polsek, r.name) for r in lebak] == [("Polsek Malingping", "Dedi Lubis")]
    assert len(assignment_lists.assignment_rows(posted, unit="Polda Banten")) == 7
    with pytest.raises(Refused, match="unknown unit"):
        assignment_lists.assignment_rows(posted, unit="Polres Entah")


def test_a_shift_lists_its_own_people_with_check_in_times(posted):
    edit = shifts.add_shift(
        posted,
        name="Sif 1 06.00–14.00",
        start=dt.datetime(2024, 11, 27, 6, tzinfo=WIB),
        end=dt.datetime(2024, 11, 27, 14, tzinfo=WIB),
        actor=ACTOR,
    )
    shift_id = edit.change.entity_id
    assert assignment_lists.assignment_rows(posted, shift=shift_id) == []
    shifts.copy_plan(posted, shifts.PLAN, shift_id, actor=ACTOR)
    shifts.check_in(
        posted, "02010001", shift_id, at=dt.datetime(2024, 11, 27, 5, 50, tzinfo=WIB), actor=ACTOR
    )
    shifts.check_out(
        posted, "02010001", shift_id, at=dt.datetime(2024, 11, 27, 14, 5, tzinfo=WIB), actor=ACTOR
    )
    rows = assignment_lists.assignment_rows(posted, shift=shift_id, unit="Polsek Kibin")
    assert len(rows) == 6
    assert {r.shift_name for r in rows} == {"Sif 1 06.00–14.00"}
    [ade] = [r for r in rows if r.nrp == "02010001"]
    assert (ade.checked_in, ade.checked_out) == ("2024-11-27 05:50 WIB", "2024-11-27 14:05 WIB")
    assert assignment_lists.list_title(posted, unit="Polsek Kibin", shift=shift_id) == (
        "POLSEK KIBIN — Sif 1 06.00–14.00"
    )
    assert assignment_lists.list_title(posted) == "SELURUH SATUAN — Rencana operasi"


def test_phone_numbers_only_when_asked(posted):
    rows = assignment_lists.assignment_rows(posted, phone=True)
    assert [r.phone for r in rows if r.phone] == ["0812-1111-0001"]
    assert all(r.phone == "" for r in assignment_lists.assignment_rows(posted))


def test_csv_is_utf8_with_bom_and_indonesian_headers(posted, tmp_path):
    rows = assignment_lists.assignment_rows(posted)
    path = assignment_lists.write_csv(rows, tmp_path / "daftar.csv", phone=False)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0] == [
        "No",
        "Polsek",
        "Kecamatan",
        "Desa/Kelurahan",
        "Pos",
        "Jenis Pos",
        "Sif",
        "NRP",
        "Pangkat",
        "Nama",
        "Satuan Asal",
        "BKO ke",
        "Datang",
        "Pulang",
    ]
    assert len(table) == 1 + len(rows)
    assert table[5][:10] == [
        "5",
        "Polsek Kibin",
        "Kibin",
        "Tambak",
        "Tambak TPS 1",
        "TPS",
        "Rencana operasi",
        "02010001",
        "Bripda",
        "Ade Muda",
    ]
    with_phone = assignment_lists.write_csv(rows, tmp_path / "hp.csv", phone=True)
    with with_phone.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    assert table[0][-1] == "No HP"
    assert table[5][-1] == ""  # phone=False rows carry no numbers, whatever the file asks
    rows = assignment_lists.assignment_rows(posted, phone=True)
    assignment_lists.write_csv(rows, with_phone, phone=True)
    with with_phone.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f))[5][-1] == "0812-1111-0001"


def test_xlsx_has_a_title_a_frozen_bold_header_and_nrp_as_text(posted, tmp_path):
    rows = assignment_lists.assignment_rows(posted, unit="Polres Serang", phone=True)
    title = assignment_lists.list_title(posted, unit="Polres Serang")
    path = assignment_lists.write_xlsx(rows, tmp_path / "daftar.xlsx", phone=True, title=title)
    sheet = load_workbook(path).active
    assert sheet.title == "Penugasan"
    assert sheet["A1"].value == "DAFTAR PENUGASAN PERSONEL"
    assert sheet["A1"].font.b
    assert sheet["A2"].value == "POLRES SERANG — Rencana operasi"
    header = [c.value for c in sheet[4]]
    assert header[:3] == ["No", "Polsek", "Kecamatan"]
    assert header[-1] == "No HP"
    assert all(c.font.b for c in sheet[4])
    assert sheet.freeze_panes == "A5"
    nrp_column = header.index("NRP") + 1
    assert sheet.column_dimensions["J"].width == 32  # Nama
    nrps = [sheet.cell(row=r, column=nrp_column) for r in range(5, 5 + len(rows))]
    assert [c.value for c in nrps] == [r.nrp for r in rows]
    ade = next(c for c in nrps if c.value == "02010001")
    assert (ade.data_type, ade.number_format) == ("s", "@")
    assert sheet.cell(row=ade.row, column=len(header)).value == "0812-1111-0001"
    assert sheet.max_row == 4 + len(rows)

    plain = assignment_lists.write_xlsx(rows, tmp_path / "tanpa-hp.xlsx", phone=False, title="")
    sheet = load_workbook(plain).active
    assert [c.value for c in sheet[3]][-2:] == ["Datang", "Pulang"]  # no title: header on 3
    assert "No HP" not in [c.value for c in sheet[3]]
    assert sheet.freeze_panes == "A4"
    values = [v for row in sheet.iter_rows(min_row=4, values_only=True) for v in row]
    assert "0812-1111-0001" not in values
