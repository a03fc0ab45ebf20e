"""`commandpost report ...`: reports and lists without a window; issued reports kept and
printed again identically; bad input exits 1 with the reason and writes nothing."""

from __future__ import annotations

from collections import Counter

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from commandpost.cli import main
from commandpost.reports.scope import scope_of
from commandpost.store.database import open_database
from tests.helpers import copy_db


@pytest.fixture
def demo(demo_path, tmp_path):
    return copy_db(demo_path, tmp_path / "demo.sqlite")


def report(path, *argv) -> int:
    return main(["report", argv[0], "--db", str(path), *argv[1:]])


def words(pdf) -> str:
    pages = PdfReader(pdf).pages
    return " ".join(" ".join(p.extract_text() for p in pages).split())


def test_sitrep_writes_the_voting_day_report_of_a_demo(demo, tmp_path, capsys):
    out = tmp_path / "lapsit.pdf"
    assert (
        report(
            demo,
            "sitrep",
            "--unit",
            "Polres Lebak",
            "--out",
            str(out),
            "--classification",
            "TERBATAS",
            "--signer-name",
            "Budi Santoso",
        )
        == 0
    )
    said = capsys.readouterr().out
    assert "2024-11-27 06:00 to 2024-11-28 06:00 WIB" in said  # a demo: its voting day
    text_ = words(out)
    assert "LAPORAN SITUASI" in text_ and "RESOR LEBAK" in text_ and "BUDI SANTOSO" in text_
    assert "per pukul 06.00 WIB, Kamis 28 November 2024" in text_


def test_an_issued_report_prints_again_identically_after_the_data_changed(demo, tmp_path, capsys):
    first = tmp_path / "first.pdf"
    assert (
        report(
            demo,
            "sitrep",
            "--unit",
            "Polda Banten",
            "--out",
            str(first),
            "--issue",
            "--actor",
            "AKBP Uji",
            "--no-charts",
        )
        == 0
    )
    report_id = capsys.readouterr().out.split("kept as ")[1].strip()[:8]
    assert (
        main(
            [
                "incident",
                "add",
                "--db",
                str(demo),
                "--node",
                "36.02.01.2002",
                "--type",
                "lainnya",
                "--description",
                "kejadian baru",
                "--time",
                "2024-11-27T12:00+07:00",
            ]
        )
        == 0
    )
    again = tmp_path / "again.pdf"
    assert report(demo, "reprint", report_id, "--out", str(again)) == 0
    assert words(again) == words(first)
    assert "kejadian baru" not in words(again)
    # A new report of the same period has the new incident; the next day's compares.
    capsys.readouterr()
    assert report(demo, "issued") == 0
    listed = capsys.readouterr().out
    assert report_id in listed and "AKBP Uji" in listed


def test_the_tps_list_counts_every_tps_of_the_unit(demo, tmp_path):
    out = tmp_path / "tps.xlsx"
    assert report(demo, "list", "tps", "--unit", "Polres Pandeglang", "--out", str(out)) == 0
    db = open_database(demo)
    try:
        districts = set(scope_of(db, "Polres Pandeglang").districts)
        with db.engine.connect() as conn:
            codes = [r[0] for r in conn.execute(text("SELECT code FROM tps"))]
    finally:
        db.close()
    expected = Counter(".".join(c.split(".")[:3]) in districts for c in codes)[True]
    sheet = load_workbook(out).worksheets[0]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in values if r and r[0] == "No")
    total = next(r for r in values if r and "Jumlah seluruhnya" in [str(v) for v in r])
    assert total[header.index("Jumlah TPS")] == expected > 1000


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["sitrep", "--unit", "Polres Lebk"], "did you mean"),
        (["sitrep", "--unit", "Polres Lebak", "--from", "2024-11-27T06:00"], "both --from"),
        (
            [
                "sitrep",
                "--unit",
                "Polres Lebak",
                "--from",
                "2024-11-27T06:00",
                "--to",
                "2024-11-26",
            ],
            "before it starts",
        ),
        (["sitrep", "--unit", "Polres Lebak", "--at", "kemarin"], "not a date and time"),
        (
            [
                "list",
                "incidents",
                "--unit",
                "Polres Lebak",
                "--from",
                "2024-11-27",
                "--to",
                "2024-11-26",
            ],
            "the period is empty",
        ),
        (["list", "risks", "--unit", "Polres Lebak", "--stage", "Tahapan Fiktif"], "stage"),
    ],
)
def test_bad_input_is_refused_with_its_reason_and_writes_nothing(
    demo, tmp_path, capsys, argv, reason
):
    out = tmp_path / "x.pdf"
    assert report(demo, *argv, "--out", str(out)) == 1
    assert reason in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("name", ["x.pdf", "x.xlsx", "x.csv"])
def test_an_output_in_a_missing_folder_is_refused_in_one_line(demo, tmp_path, capsys, name):
    out = tmp_path / "missing" / name
    assert report(demo, "list", "tps-rawan", "--unit", "Polres Lebak", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {out}: cannot write") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert not out.parent.exists()


def test_an_output_that_is_not_pdf_xlsx_or_csv_is_refused(demo, tmp_path, capsys):
    assert report(demo, "sitrep", "--unit", "Polres Lebak", "--out", str(tmp_path / "x.doc")) == 1
    assert ".pdf, .xlsx or .csv" in capsys.readouterr().err
