"""The printable lists on the Banten demo: what they print, read back from the PDF, against
counts written here directly in SQL."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pypdf
import pytest
from sqlalchemy import text

from commandpost.reports.document import Document, Table
from commandpost.reports.list_data import ACROSS, parts_of, risk_items, tps_rawan
from commandpost.reports.lists import LIST_KINDS, build_list
from commandpost.reports.period import Period, ReportError
from commandpost.reports.render import pdf_bytes
from commandpost.reports.scope import scope_of
from commandpost.store.database import open_database
from commandpost.store.incidents import add_incident, advance_incident
from commandpost.store.risks import find_stage
from tests.helpers import copy_db

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
MADE = dt.datetime(2024, 11, 27, 6, 0, tzinfo=WIB)
BY = "Bripka Uji (85010001)"
LISTED = "t.tps_class IN ('rawan', 'sangat_rawan')"
# The kecamatan a unit answers for: those whose answering unit is it or an active unit below.
KEC = (
    "WITH RECURSIVE sub(id) AS (SELECT id FROM unit WHERE name = :unit "
    "UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id WHERE u.active), "
    "kec(code) AS (SELECT district_code FROM area_share WHERE unit_id IN (SELECT id FROM sub)) "
)


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def sql(db, query: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(text(query), params).one()


def pages_of(document: Document) -> list[str]:
    """Each page's text, ligatures undone and all white space one space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(document)))
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text()).split()) for p in reader.pages]


def figure(cell: str) -> int:
    """The number at the start of a cell: ``17.231`` or ``332 orang di 202 pos``."""
    found = re.match(r"\d{1,3}(?:\.\d{3})*", cell.strip())
    assert found, cell
    return int(found.group().replace(".", ""))


def rows_of(table: Table, kind: str):
    return [r for r in table.rows if r.kind == kind]


def check_furniture(pages: list[str], title: str, running: str) -> None:
    """The title on page 1; the running header and "Halaman x dari N" on every page."""
    assert title in pages[0]
    for number, page in enumerate(pages, start=1):
        assert running in page, f"page {number} lacks the running header"
        assert f"Halaman {number} dari {len(pages)}" in page


def check_sums(table: Table, columns: list[int]) -> None:
    """The total row's figures are the sums of the subtotal rows' (and of the data rows'
    where those hold figures of their own)."""
    [total] = rows_of(table, "total")
    subtotals = rows_of(table, "subtotal")
    assert subtotals
    for column in columns:
        assert figure(total.cells[column]) == sum(figure(r.cells[column]) for r in subtotals)


# --- TPS rawan and sangat rawan -------------------------------------------------------------


@pytest.fixture(scope="module")
def banten_tps(qapp, demo) -> tuple[Document, list[str]]:
    """Polda Banten's TPS rawan list and its pages' text (read once: reading is slow)."""
    document = build_list(
        demo, "tps-rawan", scope_of(demo, "Polda Banten"), made_at=MADE, made_by=BY
    )
    return document, pages_of(document)


def test_polda_banten_tps_rawan_prints_the_database_counts_over_several_pages(demo, banten_tps):
    document, pages = banten_tps
    count, dpt, rawan, sangat = sql(
        demo,
        KEC + f"SELECT count(*), sum(t.dpt), sum(t.tps_class = 'rawan'), "
        f"sum(t.tps_class = 'sangat_rawan') FROM tps t WHERE {LISTED} "
        "AND substr(t.code, 1, 8) IN (SELECT code FROM kec)",
        unit="Polda Banten",
    )
    (people,) = sql(
        demo,
        KEC + "SELECT count(DISTINCT a.nrp) FROM assignment a JOIN post po ON po.id = a.post_id "
        "WHERE a.active AND a.shift = '' AND po.active AND po.kind = 'tps' AND EXISTS ("
        "SELECT 1 FROM tps t WHERE t.village_code = po.node_code AND "
        "instr(',' || po.tps || ',', ',' || t.number || ',') > 0 AND "
        f"{LISTED} AND substr(t.code, 1, 8) IN (SELECT code FROM kec))",
        unit="Polda Banten",
    )
    assert count > 100 and people > 100  # the demo has enough for several pages

    assert len(pages) >= 4
    check_furniture(
        pages,
        "DAFTAR TPS RAWAN DAN SANGAT RAWAN",
        "Daftar TPS rawan · Polda Banten · per 27 Nov 2024 06.00 WIB",
    )
    assert "KEPOLISIAN NEGARA REPUBLIK INDONESIA DAERAH BANTEN" in pages[0]
    assert "Keadaan per pukul 06.00 WIB, Rabu 27 November 2024" in pages[0]
    n = lambda v: f"{v:,}".replace(",", ".")  # noqa: E731
    # The summary's total row, then the detail's (the last page), as printed.
    assert f"Jumlah seluruhnya {n(rawan)} {n(sangat)} {n(count)} {n(dpt)} {n(people)}" in pages[0]
    assert (
        f"Jumlah seluruhnya {n(count)} R {n(rawan)} SR {n(sangat)} {n(dpt)} {n(people)}"
        in pages[-1]
    )
    # The detail table's header row is printed again on every page it continues on.
    header = "No Kecamatan Desa/Kel. TPS Alamat TPS Kelas DPT Personel pengamanan Pers."
    for page in pages[1:]:
        assert header in page
    # Totals are the sums of the subtotals, the subtotals each Polres's own counts.
    summary, detail = document.tables()
    check_sums(detail, [3, 6, 8])
    assert len(rows_of(detail, "data")) == count
    for row in rows_of(detail, "subtotal"):
        polres = row.cells[2]
        own, own_dpt = sql(
            demo,
            KEC + f"SELECT count(*), sum(t.dpt) FROM tps t WHERE {LISTED} "
            "AND substr(t.code, 1, 8) IN (SELECT code FROM kec)",
            unit=polres,
        )
        assert (figure(row.cells[3]), figure(row.cells[6])) == (own, own_dpt), polres
    [summary_total] = rows_of(summary, "total")
    assert [figure(c) for c in summary_total.cells[2:7]] == [rawan, sangat, count, dpt, people]


def test_a_group_row_never_ends_a_page(banten_tps):
    document, pages = banten_tps
    groups = [r.cells[0] for r in rows_of(document.tables()[1], "group")]
    assert len(groups) >= 5
    for number, page in enumerate(pages[:-1], start=1):
        assert not any(page.endswith(" " + g) for g in groups), f"page {number}"


def test_polda_banten_leaves_out_the_kecamatan_polda_metro_jaya_answers_for(demo):
    banten = scope_of(demo, "Polda Banten")
    metro = scope_of(demo, "Polda Metro Jaya")
    national = scope_of(demo, None)
    banten_rows = tps_rawan(demo, banten)
    metro_rows = tps_rawan(demo, metro)
    assert metro_rows, "the demo has TPS rawan in Polda Metro Jaya's part of Banten"
    assert not {r.district_code for r in banten_rows} & set(metro.districts)
    assert {r.code for r in banten_rows}.isdisjoint(r.code for r in metro_rows)
    assert len(tps_rawan(demo, national)) == len(banten_rows) + len(metro_rows)
    (tangerang,) = sql(
        demo,
        f"SELECT count(*) FROM tps t WHERE {LISTED} AND t.code LIKE '36.03.%'",
    )
    in_banten = sum(r.code.startswith("36.03.") for r in banten_rows)
    assert 0 < in_banten < tangerang  # Kabupaten Tangerang is shared between the Poldas


def test_a_polsek_list_has_its_rows_and_a_total_without_groups(qapp, demo):
    scope = scope_of(demo, "Polsek Malingping")
    document = build_list(demo, "tps-rawan", scope, made_at=MADE, made_by=BY)
    [detail] = document.tables()
    (count,) = sql(demo, f"SELECT count(*) FROM tps t WHERE {LISTED} AND t.code LIKE '36.02.01.%'")
    assert count and len(rows_of(detail, "data")) == count
    assert not rows_of(detail, "group") and not rows_of(detail, "subtotal")
    [total] = rows_of(detail, "total")
    assert figure(total.cells[3]) == count
    pages = pages_of(document)
    assert "KEPOLISIAN RESOR LEBAK SEKTOR MALINGPING" in pages[0]


def test_a_cluster_post_counts_its_people_once(demo):
    document = build_list(
        demo, "tps-rawan", scope_of(demo, "Polres Cilegon"), made_at=MADE, made_by=BY
    )
    detail = document.tables()[-1]
    shared = [r for r in rows_of(detail, "data") if r.cells[7].startswith("Satu pos dengan")]
    assert shared, "the demo's Ketileng TPS 17 and 25 share a post"
    assert all(r.cells[8] == "" for r in shared)
    [total] = rows_of(detail, "total")
    counted = sum(figure(r.cells[8]) for r in rows_of(detail, "data") if r.cells[8])
    assert figure(total.cells[8]) == counted


# --- assignments ----------------------------------------------------------------------------


def test_the_assignment_list_counts_people_and_posts_as_the_database(qapp, demo):
    scope = scope_of(demo, "Polres Serang")
    document = build_list(demo, "assignments", scope, made_at=MADE, made_by=BY)
    people, posts = sql(
        demo,
        KEC + "SELECT count(*), count(DISTINCT a.post_id) FROM assignment a "
        "JOIN post po ON po.id = a.post_id WHERE a.active AND a.shift = '' "
        "AND substr(po.node_code, 1, 8) IN (SELECT code FROM kec)",
        unit="Polres Serang",
    )
    pages = pages_of(document)
    assert len(pages) > 3
    check_furniture(
        pages,
        "DAFTAR PENUGASAN PERSONEL",
        "Daftar penugasan personel · Polres Serang · Rencana operasi",
    )
    assert "KEPOLISIAN DAERAH BANTEN RESOR SERANG" in pages[0]
    n = lambda v: f"{v:,}".replace(",", ".")  # noqa: E731
    assert f"Jumlah seluruhnya {n(people)} orang di {n(posts)} pos" in pages[-1]
    assert f"Jumlah seluruhnya {n(posts)} {n(people)}" in pages[0]  # the summary
    for page in pages[1:]:
        assert "No Kecamatan Pos Pangkat Nama NRP Satuan asal" in page
    detail = document.tables()[-1]
    check_sums(detail, [4])
    assert len(rows_of(detail, "data")) == people
    # Contacts are personal: no phone column unless asked for.
    assert all("No HP" not in page for page in pages)
    (a_phone,) = sql(
        demo,
        KEC + "SELECT p.phone FROM assignment a JOIN person p ON p.nrp = a.nrp "
        "JOIN post po ON po.id = a.post_id WHERE a.active AND a.shift = '' AND p.phone != '' "
        "AND substr(po.node_code, 1, 8) IN (SELECT code FROM kec) LIMIT 1",
        unit="Polres Serang",
    )
    assert all(a_phone not in page for page in pages)


def test_phone_numbers_and_check_ins_only_when_asked_and_on_a_landscape_page(demo):
    scope = scope_of(demo, "Polsek Malingping")
    plain = build_list(demo, "assignments", scope, made_at=MADE, made_by=BY)
    asked = build_list(
        demo, "assignments", scope, shift="Sif 1", phone=True, made_at=MADE, made_by=BY
    )
    assert not plain.landscape and asked.landscape
    assert [c.title for c in plain.tables()[-1].columns][-1] == "Satuan asal"
    columns = [c.title for c in asked.tables()[-1].columns]
    assert columns[-3:] == ["Datang", "Pulang", "No HP"]
    phones = [r.cells[-1] for r in rows_of(asked.tables()[-1], "data")]
    assert phones and all(re.fullmatch(r"0[\d-]{9,}", p) for p in phones)
    assert "Sif 1 06.00–14.00, Rabu 27 November 2024" in " ".join(asked.subtitle)


def test_an_empty_list_says_nihil(qapp, demo):
    scope = scope_of(demo, "Polda Metro Jaya")
    (assigned,) = sql(
        demo,
        KEC + "SELECT count(*) FROM assignment a JOIN post po ON po.id = a.post_id "
        "WHERE a.active AND substr(po.node_code, 1, 8) IN (SELECT code FROM kec)",
        unit="Polda Metro Jaya",
    )
    assert assigned == 0  # nobody is posted in Polda Metro Jaya's part of the demo
    pages = pages_of(build_list(demo, "assignments", scope, made_at=MADE, made_by=BY))
    assert len(pages) == 1
    assert "Nihil: belum ada personel ditugaskan di wilayah Polda Metro Jaya" in pages[0]
    assert "KEPOLISIAN NEGARA REPUBLIK INDONESIA DAERAH METRO JAYA" in pages[0]


# --- incidents ------------------------------------------------------------------------------


@pytest.fixture
def incidents_db(demo_path, tmp_path):
    """A copy of the demo with incidents of the last day: in Lebak (one handled and
    closed), in Pandeglang, at Kabupaten Serang (several Polres), in Polda Metro Jaya's
    Teluknaga; and one five days old handled today."""
    db = open_database(copy_db(demo_path, tmp_path / "incidents.sqlite"))
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)

    def add(code: str, kind: str, hours: float, description: str) -> str:
        return add_incident(
            db,
            node_code=code,
            type=kind,
            description=description,
            actor=BY,
            occurred_at=(now - dt.timedelta(hours=hours)).isoformat(),
        )

    first = add("36.02.01.2002.001", "unjuk_rasa", 3, "Warga berkumpul di depan TPS – Jum’at")
    add("36.02.14.1002", "politik_uang", 8, "Pembagian amplop menjelang subuh.")
    add("36.01.24.2006.001", "bencana", 13, "Banjir 40 cm di sekitar TPS.")
    add("36.04", "bentrok", 18, "Bentrok kecil di beberapa titik Kabupaten Serang.")
    add("36.03.13.2001", "intimidasi", 20, "Teluknaga: urusan Polda Metro Jaya.")
    old = add("36.02.03", "perusakan", 24 * 5, "Baliho dirusak.")
    advance_incident(db, first, "ditangani", actor=BY, note="Massa dibubarkan persuasif")
    advance_incident(db, first, "selesai", actor=BY, note="Situasi kondusif")
    advance_incident(db, old, "ditangani", actor=BY, note="Pelaku diidentifikasi")
    yield db, Period(now - dt.timedelta(days=2), now + dt.timedelta(hours=1), "WIB")
    db.close()


def test_the_incident_log_of_a_period(qapp, incidents_db):
    db, period = incidents_db
    scope = scope_of(db, "Polda Banten")
    document = build_list(db, "incidents", scope, period=period, made_at=period.end, made_by=BY)
    where_in_scope = (
        "(substr(i.node_code, 1, 8) IN (SELECT code FROM kec) OR EXISTS (SELECT 1 FROM kec "
        "WHERE kec.code LIKE i.node_code || '.%'))"
    )
    (incidents,) = sql(
        db,
        KEC + "SELECT count(*) FROM incident i WHERE i.occurred_at >= :since "
        f"AND i.occurred_at < :until AND {where_in_scope}",
        unit="Polda Banten",
        since=period.since,
        until=period.until,
    )
    (steps,) = sql(
        db,
        KEC + "SELECT count(*) FROM change_log c JOIN incident i ON i.id = c.entity_id "
        "WHERE c.entity = 'incident' AND c.recorded_at >= :since AND c.recorded_at < :until "
        f"AND {where_in_scope}",
        unit="Polda Banten",
        since=period.since,
        until=period.until,
    )
    # The four added in Banten's kecamatan or at Kabupaten Serang, with their eight steps
    # (and what else the demo recorded meanwhile), not Teluknaga's.
    assert incidents >= 4 and steps >= 8
    pages = pages_of(document)
    text = " ".join(pages)
    check_furniture(pages, "DAFTAR KEJADIAN DAN KEGIATAN", "Daftar kejadian · Polda Banten")
    n = lambda v: f"{v:,}".replace(",", ".")  # noqa: E731
    assert f"Jumlah seluruhnya {n(incidents)} kejadian" in text
    assert f"Jumlah seluruhnya {n(steps)} langkah" in text
    assert "Warga berkumpul di depan TPS – Jum’at" in text
    assert "Teluknaga" not in text  # Polda Metro Jaya's
    assert "Nihil" not in text
    incidents_table, steps_table = document.tables()[1:]
    check_sums(incidents_table, [3])
    check_sums(steps_table, [3])
    # Kabupaten Serang is shared by three Polres: its incident is in the group across them.
    groups = [r.cells[0] for r in rows_of(incidents_table, "group")]
    assert groups[0] == next(p.name for p in parts_of(scope) if p.key == ACROSS)
    assert "Polres Lebak" in groups


def test_a_quiet_period_says_nihil_and_the_period_is_required(qapp, demo):
    scope = scope_of(demo, "Polres Lebak")
    end = dt.datetime(2024, 6, 2, 6, 0, tzinfo=WIB)  # months before the demo's incidents
    quiet = Period(end - dt.timedelta(days=1), end, "WIB")
    (logged,) = sql(
        demo, "SELECT count(*) FROM incident WHERE occurred_at < :until", until=quiet.until
    )
    assert logged == 0
    pages = pages_of(build_list(demo, "incidents", scope, period=quiet, made_at=MADE, made_by=BY))
    assert len(pages) == 1
    assert "Nihil: tidak ada kejadian di wilayah Polres Lebak dalam periode ini." in pages[0]
    assert (
        "Periode Sabtu 1 Juni 2024 pukul 06.00 s.d. Minggu 2 Juni 2024 pukul 06.00 WIB"
    ) in pages[0]
    with pytest.raises(ReportError, match="period"):
        build_list(demo, "incidents", scope, made_at=MADE, made_by=BY)


# --- the risk register ----------------------------------------------------------------------

RISKS_IN_SCOPE = (
    KEC + "SELECT count(*) FROM risk r WHERE r.active AND r.stage_id IN ({stages}) AND ("
    "coalesce(r.node_code, '') = '' OR substr(r.node_code, 1, 8) IN (SELECT code FROM kec) "
    "OR EXISTS (SELECT 1 FROM kec WHERE kec.code LIKE r.node_code || '.%'))"
)


def stage_ids(db, name: str) -> str:
    with db.engine.connect() as conn:
        ids = (
            conn.execute(
                text(
                    "WITH RECURSIVE s(id) AS (SELECT id FROM stage WHERE name = :n AND active "
                    "UNION SELECT t.id FROM stage t JOIN s ON t.parent_id = s.id WHERE t.active) "
                    "SELECT id FROM s"
                ),
                {"n": name},
            )
            .scalars()
            .all()
        )
    return ", ".join(f"'{i}'" for i in ids)


@pytest.mark.parametrize(
    ("unit", "stage"),
    [
        ("Polda Banten", "Kampanye"),
        ("Polres Lebak", "Kampanye"),
        ("Polda Banten", "Penghitungan dan rekapitulasi suara"),  # a stage with sub-stages
    ],
)
def test_the_risk_register_of_a_stage(qapp, demo, unit, stage):
    scope = scope_of(demo, unit)
    document = build_list(demo, "risks", scope, stage=stage, made_at=MADE, made_by=BY)
    (count,) = sql(demo, RISKS_IN_SCOPE.format(stages=stage_ids(demo, stage)), unit=unit)
    assert count > 0
    pages = pages_of(document)
    check_furniture(pages, "REGISTER RISIKO", f"Register risiko {stage} · {unit}")
    assert f"Tahapan {stage}" in pages[0]
    detail = document.tables()[-1]
    assert len(rows_of(detail, "data")) == count
    [total] = rows_of(detail, "total")
    label_at = 2 if stage.startswith("Penghitungan") else 1
    assert f"{count} risiko" in total.cells[label_at + 1]
    assert f"{count} risiko" in " ".join(pages)
    if rows_of(detail, "subtotal"):
        check_sums(detail, [label_at + 1])


def test_region_wide_risks_go_to_the_units_that_guard_part_of_the_region(demo):
    stage = find_stage(demo, "Kampanye").id
    lebak = {r.place for r in risk_items(demo, scope_of(demo, "Polres Lebak"), stage)}
    cilegon = {r.place for r in risk_items(demo, scope_of(demo, "Polres Cilegon"), stage)}
    metro = {r.place for r in risk_items(demo, scope_of(demo, "Polda Metro Jaya"), stage)}
    assert "Kabupaten Lebak" in lebak and "Kabupaten Lebak" not in cilegon
    assert "Kota Cilegon" in cilegon and "Kota Cilegon" not in lebak
    assert "Kabupaten Serang" in cilegon  # Polres Cilegon guards part of Kabupaten Serang
    assert "Kabupaten Tangerang" in metro  # shared by both Poldas
    assert "Kabupaten Lebak" not in metro


# --- refusals -------------------------------------------------------------------------------


def test_what_cannot_be_listed_is_refused_in_words(demo):
    scope = scope_of(demo, "Polres Lebak")
    with pytest.raises(ReportError) as refused:
        build_list(demo, "daftar-tps", scope, made_at=MADE, made_by=BY)
    assert all(kind in str(refused.value) for kind in LIST_KINDS)
    with pytest.raises(ReportError):
        scope_of(demo, "Polres Atlantis")
    with pytest.raises(ReportError, match="stage"):
        build_list(demo, "risks", scope, made_at=MADE, made_by=BY)
    with pytest.raises(ReportError, match="Masa kampanye terbuka"):
        build_list(demo, "risks", scope, stage="Masa kampanye terbuka", made_at=MADE, made_by=BY)
    with pytest.raises(ReportError, match="Sif 9"):
        build_list(demo, "assignments", scope, shift="Sif 9", made_at=MADE, made_by=BY)
    with pytest.raises(ReportError, match="zone"):
        build_list(demo, "tps-rawan", scope, made_at=MADE.replace(tzinfo=None), made_by=BY)


def test_the_national_lists_carry_the_headquarters_kop(demo):
    document = build_list(demo, "tps-rawan", scope_of(demo, None), made_at=MADE, made_by=BY)
    assert document.letterhead == ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "MARKAS BESAR")
    groups = [r.cells[0] for r in rows_of(document.tables()[-1], "group")]
    assert groups == ["Polda Banten", "Polda Metro Jaya"]
    check_sums(document.tables()[-1], [3, 6, 8])
