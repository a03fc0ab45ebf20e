"""The situation report: its figures against the database, its window in time, its paper."""

from __future__ import annotations

import datetime as dt
import io
import random
from collections import Counter

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from commandpost.reports.document import Document
from commandpost.reports.period import Period, ReportError, default_period, parse_moment
from commandpost.reports.render import lay_out, pdf_bytes
from commandpost.reports.scope import scope_of
from commandpost.reports.sitrep import STATUS_PHRASES, Signer, SitrepOptions, build_sitrep
from commandpost.reports.sitrep_data import CLASSES, per_day, sitrep_data
from commandpost.store.database import open_database
from commandpost.store.incidents import add_incident
from commandpost.store.units import units
from tests.helpers import copy_db

WIB = dt.timezone(dt.timedelta(hours=7), "WIB")
MADE = dt.datetime(2024, 11, 28, 1, 0, tzinfo=dt.UTC)
VOTING_DAY_REPORT = Period(
    dt.datetime(2024, 11, 27, 6, 0, tzinfo=WIB), dt.datetime(2024, 11, 28, 6, 0, tzinfo=WIB), "WIB"
)


@pytest.fixture(scope="module")
def demo(demo_path):
    db = open_database(demo_path)
    yield db
    db.close()


def _pages(document: Document) -> list[str]:
    """The PDF's text per page (Qt writes word gaps that pypdf reads as tabs)."""
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    return [p.extract_text().replace("\t", " ") for p in reader.pages]


def _flat(pages: list[str]) -> str:
    """All pages as one line of words (table cells wrap where the PDF's lines end)."""
    return " ".join(" ".join(pages).split())


def _sitrep(db, unit, period=VOTING_DAY_REPORT, **options):
    data = sitrep_data(db, scope_of(db, unit), period)
    return data, build_sitrep(data, SitrepOptions(**options), made_at=MADE, made_by="AKP Uji")


def _tps_by_district(db) -> dict[str, Counter]:
    """Direct counts from the tps table: kecamatan code -> class -> TPS."""
    out: dict[str, Counter] = {}
    with db.engine.connect() as conn:
        for code, tps_class in conn.execute(text("SELECT code, tps_class FROM tps")):
            out.setdefault(".".join(code.split(".")[:3]), Counter())[tps_class] += 1
    return out


def test_the_banten_report_has_every_section_and_every_page_its_marks(demo):
    _data, document = _sitrep(
        demo,
        "Polda Banten",
        classification="TERBATAS",
        number="R/LAPSIT/27/XI/2024",
        signer=Signer("KAPOLDA BANTEN", "Abdul Karim", "Inspektur Jenderal Polisi", "68010123"),
    )
    pages = _pages(document)
    assert len(pages) >= 3
    whole = _flat(pages)
    for heading in (
        "LAPORAN SITUASI",
        "1. SITUASI UMUM",
        "2. TAHAPAN PEMILIHAN",
        "3. KEKUATAN PERSONEL",
        "4. TPS MENURUT TINGKAT KERAWANAN",
        "5. PERUBAHAN TINGKAT KERAWANAN",
        "6. KEJADIAN MENONJOL",
        "7. LANGKAH MITIGASI",
        "8. KENDALA",
        "9. PREDIKSI DAN REKOMENDASI",
        "KEPOLISIAN NEGARA REPUBLIK INDONESIA",
        "DAERAH BANTEN",
        "Nomor: R/LAPSIT/27/XI/2024",
        "per pukul 06.00 WIB, Kamis 28 November 2024",
        "ABDUL KARIM",
        "NRP 68010123",
    ):
        assert heading in whole, heading
    for number, page in enumerate(pages, start=1):
        assert f"Halaman {number} dari {len(pages)}" in page
        assert "Laporan situasi · Polda Banten" in page
        assert page.count("TERBATAS") >= 2  # top and foot
    # Names with ’ and “ survive into the PDF text (the font is embedded and maps them).
    assert "Rabu 27 November 2024 pukul 06.00 s.d. Kamis 28 November 2024 pukul 06.00 WIB" in whole


def test_tps_per_class_equals_the_tps_table_for_random_units(demo):
    direct = _tps_by_district(demo)
    listed = [u.name for u in units(demo)]
    rng = random.Random(10)
    for name in [*rng.sample(listed, 6), "Polda Banten", None]:
        scope = scope_of(demo, name)
        data = sitrep_data(demo, scope, VOTING_DAY_REPORT)
        *rows, total = data.classes
        for key in CLASSES:
            assert total.counts[key] == sum(r.counts[key] for r in rows), (name, key)
            expected = sum(direct.get(d, Counter())[key] for d in scope.districts)
            assert total.counts[key] == expected, (name, key)


def test_polda_banten_leaves_out_what_polda_metro_jaya_covers(demo):
    banten = sitrep_data(demo, scope_of(demo, "Polda Banten"), VOTING_DAY_REPORT).classes[-1]
    metro = sitrep_data(demo, scope_of(demo, "Polda Metro Jaya"), VOTING_DAY_REPORT).classes[-1]
    everything = sitrep_data(demo, scope_of(demo, None), VOTING_DAY_REPORT).classes[-1]
    assert metro.tps > 0
    assert banten.tps + metro.tps == everything.tps
    metro_districts = scope_of(demo, "Polda Metro Jaya").districts
    banten_districts = scope_of(demo, "Polda Banten").districts
    tangerang_in_banten = [d for d in metro_districts if d.startswith("36.03.")]
    assert not set(metro_districts) & set(banten_districts)
    assert tangerang_in_banten  # Kab. Tangerang really is split between the two Polda


def test_incident_figures_equal_direct_counts(demo):
    scope = scope_of(demo, "Polda Banten")
    data = sitrep_data(demo, scope, VOTING_DAY_REPORT)
    with demo.engine.connect() as conn:
        rows = conn.execute(text("SELECT node_code, occurred_at FROM incident")).all()
    inside = [when for code, when in rows if ".".join(code.split(".")[:3]) in set(scope.districts)]
    start = VOTING_DAY_REPORT.start.astimezone(dt.UTC)
    end = VOTING_DAY_REPORT.end.astimezone(dt.UTC)
    in_period = [w for w in inside if start <= dt.datetime.fromisoformat(w) < end]
    to_date = [w for w in inside if dt.datetime.fromisoformat(w) < end]
    assert len(data.incidents) == len(in_period) == sum(data.in_period.values()) > 0
    assert sum(data.to_date.values()) == len(to_date)
    text_ = _flat(_pages(build_sitrep(data, SitrepOptions(charts=False), made_at=MADE)))
    assert f"Tercatat {len(in_period)} kejadian menonjol" in text_


def test_incident_figures_equal_direct_counts_for_random_units_and_periods(demo):
    with demo.engine.connect() as conn:
        rows = conn.execute(text("SELECT node_code, occurred_at FROM incident")).all()
    listed = [u.name for u in units(demo)]
    rng = random.Random(27)
    for _ in range(12):
        name = rng.choice([*listed, None])
        start = dt.datetime(2024, 11, 20, tzinfo=WIB) + dt.timedelta(
            minutes=rng.randrange(0, 14400)
        )
        period = Period(start, start + dt.timedelta(hours=rng.choice((6, 24, 48, 72))), "WIB")
        scope = scope_of(demo, name)
        data = sitrep_data(demo, scope, period)
        districts = set(scope.districts)
        inside = [
            dt.datetime.fromisoformat(w) for c, w in rows if ".".join(c.split(".")[:3]) in districts
        ]
        assert len(data.incidents) == sum(period.start <= w < period.end for w in inside)
        assert sum(data.to_date.values()) == sum(w < period.end for w in inside)
        assert sum(data.in_period.values()) == len(data.incidents)
        assert sum(n for _d, n in data.per_day) <= sum(data.to_date.values())
        *parts, total = data.classes
        assert total.tps == sum(r.tps for r in parts)


def test_an_incident_logged_late_is_shown_apart_and_not_counted_in_the_period(demo_path, tmp_path):
    db = open_database(copy_db(demo_path, tmp_path / "late.sqlite"))
    try:
        now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        add_incident(
            db,
            node_code="36.02.01.2002",
            type="lainnya",
            actor="uji",
            description="dilaporkan terlambat",
            occurred_at=(now - dt.timedelta(days=3)).isoformat(),
        )
        add_incident(
            db,
            node_code="36.02.01.2002",
            type="lainnya",
            actor="uji",
            description="dalam periode",
            occurred_at=(now - dt.timedelta(hours=2)).isoformat(),
        )
        period = Period(now - dt.timedelta(hours=24), now + dt.timedelta(minutes=5), "WIB")
        data = sitrep_data(db, scope_of(db, "Polres Lebak"), period)
        late = [i.description for i in data.late_logged]
        # The demo's own incidents were logged when it was built, today, too.
        assert "dilaporkan terlambat" in late and "dalam periode" not in late
        assert [i.description for i in data.incidents] == ["dalam periode"]
        assert data.in_period == {"lainnya": 1} and data.to_date["lainnya"] == 2
        whole = _flat(_pages(build_sitrep(data, SitrepOptions(charts=False), made_at=MADE)))
        start = whole.index("6.2 Dilaporkan dalam periode")
        assert "dilaporkan terlambat" in whole[start:]
    finally:
        db.close()


def test_the_quiet_night_report_shows_the_escalations_with_what_they_were(demo):
    night = Period(
        dt.datetime(2024, 11, 26, 6, 0, tzinfo=WIB),
        dt.datetime(2024, 11, 27, 6, 0, tzinfo=WIB),
        "WIB",
    )
    data, document = _sitrep(demo, "Polda Banten", night)
    classes = [c for c in data.changes if c.field == "tps_class"]
    assert [(c.before, c.after) for c in classes] == [
        ("rawan", "sangat_rawan"),
        ("kurang_rawan", "rawan"),
        ("sangat_rawan", "rawan"),
        ("rawan", "kurang_rawan"),
    ]
    whole = _flat(_pages(document))
    assert "Informasi intelijen" in whole
    assert "Kurang rawan" in whole and "Sangat rawan" in whole


def test_an_empty_period_says_nihil_and_the_mildest_status(demo):
    quiet = Period(
        dt.datetime(2024, 10, 1, 6, 0, tzinfo=WIB),
        dt.datetime(2024, 10, 2, 6, 0, tzinfo=WIB),
        "WIB",
    )
    data, document = _sitrep(demo, "Polres Lebak", quiet)
    assert data.incidents == () and data.changes == ()
    whole = _flat(_pages(document))
    assert "Nihil: tidak ada perubahan tingkat kerawanan" in whole
    assert "6.1 Kejadian yang terjadi dalam periode Nihil." in whole
    assert f"secara umum {STATUS_PHRASES[0]}" in whole
    assert "KEPOLISIAN DAERAH BANTEN" in whole and "RESOR LEBAK" in whole


def test_an_open_serious_incident_sets_the_default_status_and_the_officer_can_override(demo):
    data, document = _sitrep(demo, "Polda Banten")
    assert any(i.type == "bentrok" and i.status != "selesai" for i in data.incidents)
    assert f"secara umum {STATUS_PHRASES[2]}" in _flat(_pages(document))
    _data, chosen = _sitrep(demo, "Polda Banten", status="aman dan terkendali")
    assert "secara umum aman dan terkendali." in _flat(_pages(chosen))


# -- the window in time ---------------------------------------------------------------------


@pytest.mark.parametrize(("zone", "offset"), [("WIB", 7), ("WITA", 8), ("WIT", 9)])
def test_the_default_period_ends_at_the_cut_off_in_the_posts_zone(zone, offset):
    tz = dt.timezone(dt.timedelta(hours=offset))
    before = default_period(dt.datetime(2024, 11, 27, 5, 59, tzinfo=tz), zone)
    assert before.local_end == dt.datetime(2024, 11, 26, 6, 0, tzinfo=tz)
    at = default_period(dt.datetime(2024, 11, 27, 6, 0, tzinfo=tz), zone)
    assert at.local_end == dt.datetime(2024, 11, 27, 6, 0, tzinfo=tz)
    assert at.local_start == dt.datetime(2024, 11, 26, 6, 0, tzinfo=tz)
    # The same moment seen from UTC: 22.59 UTC the day before is still before the cut-off.
    assert default_period(at.end - dt.timedelta(minutes=1), zone) == before


@pytest.mark.parametrize(("zone", "offset"), [("WIB", 7), ("WITA", 8), ("WIT", 9)])
def test_incidents_fall_in_the_report_by_the_time_they_occurred_not_the_utc_day(
    banten_db, zone, offset
):
    tps = "36.02.01.2002"
    times = {
        "before midnight": "2024-11-26T23:30",
        "after midnight": "2024-11-27T00:30",  # the UTC date is the 26th in every zone
        "just before the cut-off": "2024-11-27T05:59",
        "at the cut-off": "2024-11-27T06:00",  # the next report's
        "the start": "2024-11-26T06:00",
    }
    for what, local in times.items():
        add_incident(
            banten_db,
            node_code=tps,
            type="lainnya",
            description=what,
            actor="uji",
            occurred_at=f"{local}+{offset:02d}:00",
        )
    tz = dt.timezone(dt.timedelta(hours=offset))
    period = default_period(dt.datetime(2024, 11, 27, 8, 0, tzinfo=tz), zone)
    data = sitrep_data(banten_db, scope_of(banten_db, None), period)
    # No units in this database: the scope is every Polda and none exists, so count directly.
    assert data.incidents == ()
    from commandpost.store.incidents import list_incidents

    found = {
        i.description for i in list_incidents(banten_db, since=period.since, until=period.until)
    }
    assert found == {"the start", "before midnight", "after midnight", "just before the cut-off"}
    days = dict(per_day(list_incidents(banten_db), period))
    assert days[dt.date(2024, 11, 27)] == 4 and days[dt.date(2024, 11, 26)] == 0


def test_a_period_that_ends_before_it_starts_is_refused_with_both_times():
    with pytest.raises(ReportError, match=r"ends .* before it starts"):
        Period(parse_moment("2024-11-27T06:00", "WIB"), parse_moment("2024-11-26", "WIB"), "WIB")
    with pytest.raises(ReportError, match="not a date and time"):
        parse_moment("kemarin", "WIB")


def test_an_unknown_unit_is_refused_naming_the_closest(demo):
    with pytest.raises(ReportError, match="Polres Lebak"):
        scope_of(demo, "Polres Lebk")


# -- paper ------------------------------------------------------------------------------------


def test_a_kept_report_prints_again_identically(demo):
    _data, document = _sitrep(demo, "Polres Pandeglang", classification="RAHASIA")
    again = Document.from_json(document.to_json())
    assert again == document
    assert _pages(again) == _pages(document)
    assert document.meta["classes"]["Jumlah"]["sangat_rawan"] >= 0


def test_a_long_table_repeats_its_header_and_keeps_every_row(demo):
    from commandpost.reports.document import Column, Heading, Row, Table

    rows = tuple(
        Row((str(i), f"Desa Ke’{i} “Lama”", "jalan " * (60 if i % 37 == 0 else 2)))
        for i in range(1, 301)
    )
    table = Table((Column("No", 0.5, "right"), Column("Desa"), Column("Alamat", 3)), rows)
    document = Document(title="UJI", blocks=(Heading("1. DAFTAR"), table), running="Uji")
    laid = lay_out(document)
    pages = _pages(document)
    assert len(pages) == laid.pages >= 5
    for page in pages[1:]:
        lines = page.splitlines()
        at = lines.index("No")  # the header row, repeated before the first row of the page
        assert lines[at : at + 3] == ["No", "Desa", "Alamat"]
        assert lines[at + 3].isdigit()
    whole = "\n".join(pages)
    for i in (1, 37, 150, 296, 300):
        assert f"Desa Ke’{i} “Lama”" in whole


def test_a_heading_never_ends_a_page(demo):
    from commandpost.reports.document import Heading, Paragraph

    blocks = []
    for n in range(1, 40):
        blocks += [Heading(f"{n}. BAGIAN"), Paragraph("isi " * (40 + 7 * n))]
    pages = _pages(Document(title="UJI", blocks=tuple(blocks)))
    for page in pages:
        body = [line for line in page.splitlines() if line.strip()]
        last_text = [line for line in body if not line.startswith("Halaman")]
        assert not last_text[-1].endswith("BAGIAN"), page
