"""The renderer's promises about pages: rows whole, tall rows continued between lines,
headers repeated, group rows and headings kept with what follows."""

from __future__ import annotations

import io

from pypdf import PdfReader

from commandpost.reports.document import Column, Document, Heading, Row, Table
from commandpost.reports.render import lay_out, page_image, pdf_bytes

COLUMNS = (Column("No", 0.5, "right"), Column("Desa"), Column("Uraian", 3))


def _pages(document: Document) -> list[list[str]]:
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    return [p.extract_text().replace("\t", " ").splitlines() for p in reader.pages]


def test_a_row_of_several_lines_is_never_split_between_pages():
    rows = tuple(
        Row((str(i), f"Desa {i}", f"awal-{i}\ntengah-{i}\nakhir-{i}")) for i in range(1, 200)
    )
    pages = _pages(Document(title="UJI", blocks=(Table(COLUMNS, rows),)))
    assert len(pages) > 3
    for i in range(1, 200):
        first = [n for n, lines in enumerate(pages) if f"awal-{i}" in lines]
        last = [n for n, lines in enumerate(pages) if f"akhir-{i}" in lines]
        assert first == last and len(first) == 1, i


def test_a_row_taller_than_a_page_goes_on_between_two_lines_under_the_header():
    tall = "\n".join(f"baris-{k}" for k in range(1, 301))
    rows = (Row(("1", "Desa A", "pendek")), Row(("2", "Desa B", tall)), Row(("3", "Desa C", "x")))
    pages = _pages(Document(title="UJI", blocks=(Table(COLUMNS, rows),)))
    assert len(pages) >= 3
    seen = [line for lines in pages for line in lines if line.startswith("baris-")]
    assert seen == [f"baris-{k}" for k in range(1, 301)]  # each line once, none cut
    for lines in pages[1:]:
        assert lines[lines.index("No") : lines.index("No") + 3] == ["No", "Desa", "Uraian"]


def test_a_group_row_and_a_heading_never_end_a_page():
    blocks: list = []
    for part in range(1, 8):
        rows = [Row((f"Polsek {part}",), "group")]
        rows += [Row((str(i), f"Desa {part}-{i}", "jalan")) for i in range(1, 23)]
        rows.append(Row(("", "Jumlah", str(22)), "subtotal"))
        blocks += [Heading(f"{part}. BAGIAN {part}"), Table(COLUMNS, tuple(rows))]
    document = Document(title="UJI", blocks=tuple(blocks))
    for lines in _pages(document):
        body = [line for line in lines if not line.startswith(("Halaman", "UJI"))]
        assert not body[-1].startswith(("Polsek", "BAGIAN")) and "BAGIAN" not in body[-1], body[-3:]


def test_the_preview_shows_the_page_the_pdf_has():
    rows = tuple(Row((str(i), f"Desa {i}", "jalan")) for i in range(1, 120))
    laid = lay_out(Document(title="UJI", blocks=(Table(COLUMNS, rows),), running="Uji"))
    image = page_image(laid, 2, dpi=50)
    # A4 at 50 dpi, and ink on it (the header, the rows), not a blank page.
    assert (image.width(), image.height()) == (413, 584)
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200


def test_the_pdf_embeds_the_report_font_with_the_names_glyphs():
    rows = (Row(("1", "Ma’ruf “Amin”", "Café Kelurahan Cilegon – Jl. Ké")),)
    document = Document(title="UJI", blocks=(Table(COLUMNS, rows),))
    reader = PdfReader(io.BytesIO(pdf_bytes(document)))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts and all(fonts.values()), fonts  # every font embedded
    assert all("DejaVuSansCondensed" in name for name in fonts)
    text = reader.pages[0].extract_text().replace("\t", " ")
    assert "Ma’ruf “Amin”" in text and "Café" in text and "–" in text
