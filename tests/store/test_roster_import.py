"""The roster import against case C14 and the kinds of fault it stands for."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from commandpost.store import personnel, strength, units
from commandpost.store.roster_import import apply_roster_import, plan_roster_import
from commandpost.tabular import TableError
from tests.fixtures_store import ACTOR, KIBIN_TAMBAK
from tests.helpers import dump

CASES = Path(__file__).resolve().parents[2].parent / "shared" / "cases"
C14 = CASES / "C14-roster-pam-tps.xlsx"


@pytest.fixture
def contoh_db(kibin_db):
    """The C14 workbook's units all known: Polres Contoh added as an officer would."""
    units.add_unit(
        kibin_db, name="Polres Contoh", kind="polres", parent="Polda Banten", actor=ACTOR
    )
    return kibin_db


def _refusals(db, path) -> list[tuple[str | None, int | None, str | None, str]]:
    with pytest.raises(TableError) as caught:
        plan_roster_import(db, path)
    return [(p.sheet, p.row, p.field, p.message) for p in caught.value.problems]


def _fixed(tmp_path: Path, **cells: str) -> Path:
    """C14 with the cells its README refuses corrected as the officer would ("E7": ...)."""
    book = openpyxl.load_workbook(C14)
    fixes = {
        ("PAM TPS", "E7"): "AIPDA/85011299",
        ("PAM TPS", "H7"): "14",
        ("PAM TPS", "H8"): "15-17",
        ("PERSONEL", "D5"): "01020346",
        ("PERSONEL", "D6"): "198501012010012001",
    }
    for key, value in cells.items():
        sheet, cell = key.split("!")
        fixes[(sheet, cell)] = value
    for (sheet, cell), value in fixes.items():
        book[sheet][cell] = value
    path = tmp_path / "roster.xlsx"
    book.save(path)
    return path


def test_c14_is_refused_exactly_where_its_readme_says(contoh_db, kibin_path):
    before = dump(kibin_path)
    found = _refusals(contoh_db, C14)
    where = sorted({(sheet, row) for sheet, row, _field, _msg in found})
    assert where == [("PAM TPS", 7), ("PAM TPS", 8), ("PERSONEL", 5), ("PERSONEL", 6)]
    by_place = {(s, r, f): m for s, r, f, m in found}
    assert "85011234 is already on row 3" in by_place[("PAM TPS", 7, "PANGKAT/NRP")]
    assert "TPS 14 is listed twice" in by_place[("PAM TPS", 7, "TPS")]
    assert "17-15 runs backwards" in by_place[("PAM TPS", 8, "TPS")]
    assert "leading zero was probably lost" in by_place[("PERSONEL", 5, "NRP/NIP")]
    assert "format the column as Text" in by_place[("PERSONEL", 5, "NRP/NIP")]
    assert "lost digits" in by_place[("PERSONEL", 6, "NRP/NIP")]
    assert dump(kibin_path) == before  # nothing applied


def test_c14_corrected_gives_one_person_per_nrp_with_canonical_ranks(contoh_db, tmp_path):
    plan = plan_roster_import(contoh_db, _fixed(tmp_path))
    assert (plan.new, plan.updated, len(plan.assignments)) == (15, 0, 7)
    apply_roster_import(contoh_db, plan, actor=ACTOR)
    everyone = {p.nrp: p for p in personnel.people(contoh_db)}
    assert len(everyone) == 15
    # On both sheets, "BRIGADIR" on one and "Brigpol" on the other: one person, one rank.
    gita = everyone["96070321"]
    assert (gita.name, gita.rank_short, gita.unit_name) == (
        "GITA CONTOH",
        "Brigpol",
        "Polsek Kibin",
    )
    assert gita.post_name == "Tambak TPS 18"
    assert everyone["70010123"].rank_short == everyone["71050678"].rank_short == "Kombes Pol"
    # NRP and NIP are text: leading zeros kept.
    assert "01020345" in everyone and "198501012010012001" in everyone
    assert everyone["198501012010012001"].rank_short == "Penata Tk. I"
    # "(BKO)" in the unit, or BKO in the position: placed under the unit answering there.
    assert everyone["02030456"].unit_name == "Sat Brimob"
    assert everyone["02030456"].bko_unit_name == "Polsek Kibin"
    assert everyone["01020345"].bko_unit_name == "Polsek Kibin"
    assert everyone["85011234"].post_name == "Tambak TPS 1-5, 7"
    # Phones are personal: left out of lists unless asked.
    assert everyone["85011234"].phone == ""
    assert personnel.person(contoh_db, "85011234").phone == "0812-0000-0001"
    need = strength.area_needs(contoh_db, codes=[KIBIN_TAMBAK])[0]
    assert need.assigned == 7
    assert strength.strength_mismatches(contoh_db) == []


def test_an_unknown_unit_is_named_with_a_hint_and_nothing_changes(kibin_db, kibin_path, tmp_path):
    before = dump(kibin_path)
    found = _refusals(kibin_db, _fixed(tmp_path))
    assert {(s, r) for s, r, _f, _m in found} == {("PERSONEL", n) for n in (3, 4, 5, 6, 10)}
    assert all(
        f == "SATKER" and "'POLRES CONTOH' is not in the unit list" in m for *_, f, m in found
    )
    assert dump(kibin_path) == before


def test_a_tps_the_village_does_not_have_is_a_row_error(contoh_db, tmp_path):
    found = _refusals(contoh_db, _fixed(tmp_path, **{"PAM TPS!H9": "18-20"}))
    [(sheet, row, field, message)] = found
    assert (sheet, row, field) == ("PAM TPS", 9, "TPS")
    assert "no TPS 19-20" in message and "1-18, 901-904" in message


def test_an_nrp_that_is_someone_else_in_the_database_is_refused(contoh_db, tmp_path):
    personnel.add_person(
        contoh_db, nrp="88120789", name="Orang Lain", rank="Ipda", unit="Polres Contoh", actor=ACTOR
    )
    found = _refusals(contoh_db, _fixed(tmp_path))
    assert [(s, r, m) for s, r, _f, m in found] == [
        ("PERSONEL", 10, "NRP 88120789 belongs to Orang Lain in the database")
    ]


def test_an_nrp_naming_two_people_on_two_sheets_is_refused(contoh_db, tmp_path):
    found = _refusals(contoh_db, _fixed(tmp_path, **{"PERSONEL!B8": "GITA LAIN"}))
    [(sheet, row, field, message)] = found
    assert (sheet, row, field) == ("PERSONEL", 8, "NRP/NIP")
    assert "GITA CONTOH on row 9 of sheet PAM TPS" in message


def test_a_second_import_updates_people_and_moves_their_posts(contoh_db, tmp_path):
    apply_roster_import(contoh_db, plan_roster_import(contoh_db, _fixed(tmp_path)), actor=ACTOR)
    again = _fixed(tmp_path, **{"PAM TPS!H9": "16", "PAM TPS!H8": "15, 17"})
    plan = plan_roster_import(contoh_db, again)
    assert (plan.new, plan.updated) == (0, 15)
    apply_roster_import(contoh_db, plan, actor=ACTOR)
    assert personnel.person(contoh_db, "96070321").post_name == "Tambak TPS 16"
    assert strength.area_needs(contoh_db, codes=[KIBIN_TAMBAK])[0].assigned == 7
    assert strength.strength_mismatches(contoh_db) == []


def test_a_csv_personnel_list_with_rank_and_nrp_in_one_column(contoh_db, tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_text(
        "No;Nama;Pangkat/NRP;Satuan;Jabatan\n"
        "1;Rina Contoh;BRIPTU 97010011;Polsek Kibin;Anggota\n"
        "2;Sari Contoh;Kombes 99010011;Polres Contoh;Kapolres\n"
        "3;Tono Contoh;Sersan 97010012;Polres Contoh;Anggota\n",
        encoding="utf-8",
    )
    found = _refusals(contoh_db, path)
    [(sheet, row, field, message)] = found
    assert (sheet, row, field) == (None, 4, "Pangkat/NRP")
    assert "'Sersan' is not a Polri or PNS rank" in message


def test_a_file_without_any_nrp_column_says_what_is_needed(contoh_db, tmp_path):
    path = tmp_path / "tanpa_nrp.csv"
    path.write_text("Nama;Pangkat;Satuan\nRina;Briptu;Polsek Kibin\n", encoding="utf-8")
    with pytest.raises(TableError) as caught:
        plan_roster_import(contoh_db, path)
    assert "an NRP/NIP column" in str(caught.value)


def test_a_rank_and_nrp_cell_without_the_rank_says_so(contoh_db, tmp_path):
    path = tmp_path / "tanpa_pangkat.csv"
    path.write_text(
        "Nama;Pangkat/NRP;Satuan\nRina Contoh;97010011;Polsek Kibin\n", encoding="utf-8"
    )
    [(_sheet, row, field, message)] = _refusals(contoh_db, path)
    assert (row, field) == (2, "Pangkat/NRP")
    assert "has no rank before the NRP" in message
