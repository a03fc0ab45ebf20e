"""The one renderer: a :class:`~commandpost.reports.document.Document` onto paper.

The document is laid out once as a ``QTextDocument`` at a fixed resolution (300 dpi) on an
A4 page, so the preview, the printer and the PDF show the same lines on the same pages.
Every page gets the running header, the classification marking at top and foot, and
"Halaman x dari y". Table header rows repeat on every page a table spans
(``QTextTableFormat.headerRowCount``); a heading or a table caption that would end a page
is moved to the next one with what it introduces; a row taller than what is left of a page
continues on the next (Qt breaks it between lines, it never cuts or hides one).

Fonts: DejaVu Sans Condensed, shipped in ``resources/fonts`` and embedded in every PDF, so
names with ’ “ é print the same on every machine.

Needs a ``QGuiApplication`` (:func:`ensure_app` makes one for the command line).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextTableFormat,
)

from commandpost.paths import RESOURCES
from commandpost.reports.document import (
    Document,
    Fields,
    Heading,
    Paragraph,
    Picture,
    Signature,
    Table,
)

DPI = 300
FAMILY = "DejaVu Sans Condensed"
FONT_FILES = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf")
# Page geometry in millimetres: A4, margins after the usual naskah dinas layout (wider on
# the binding side), with bands for the running header and the page footer.
MARGINS_MM = QMarginsF(25, 12, 18, 10)
HEADER_MM = 11.0
FOOTER_MM = 13.0
BODY_PT = 10.0
TABLE_PT = 8.5
SMALL_PT = 7.5
INK = QColor("#000000")
GREY = QColor("#555555")
HEAD_FILL = QColor("#d9d9d9")
GROUP_FILL = QColor("#efefef")
TOTAL_FILL = QColor("#e6e6e6")
# A block property marking what must not end a page (a heading, a table caption).
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one on the offscreen platform when there is
    none (the command line): reports need fonts, never a screen."""
    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication  # pyqtgraph charts need widgets

        app = QApplication(["commandpost"])
    register_fonts()
    return app  # type: ignore[return-value]


@cache
def register_fonts() -> str:
    """Add the shipped report fonts to Qt's database once; returns the family."""
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(RESOURCES / "fonts" / name)) < 0:
            raise RuntimeError(f"cannot load the report font {name} from resources/fonts")
    return FAMILY


def _font(pt: float, *, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(pt)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _px(mm: float) -> float:
    """Millimetres in layout pixels (page geometry and painting)."""
    return mm / 25.4 * DPI


def _fl(mm: float) -> float:
    """Millimetres as a text-format length: Qt reads margins, padding, borders and image
    sizes in 96-dpi pixels and scales them to the paint device itself."""
    return mm / 25.4 * 96


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter
    )


@dataclass
class Laid:
    """A document laid out on pages: the text document, the page's printable rectangle and
    the body rectangle inside it (both in layout pixels at :data:`DPI`)."""

    document: Document
    text: QTextDocument
    paper: QRectF  # the printable area of a page (inside the margins)
    body: QRectF  # where the text goes, between the header and footer bands
    _device: QPdfWriter
    _buffer: QBuffer

    @property
    def pages(self) -> int:
        return self.text.pageCount()


def _layout_device(landscape: bool) -> tuple[QPdfWriter, QBuffer]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout(landscape))
    return writer, buffer


def lay_out(document: Document) -> Laid:
    """Lay ``document`` out on A4 pages. Raises RuntimeError when the fonts are missing."""
    ensure_app()
    device, buffer = _layout_device(document.landscape)
    paper = QRectF(device.pageLayout().paintRectPixels(DPI))
    paper.moveTo(0, 0)
    body = QRectF(0, _px(HEADER_MM), paper.width(), paper.height() - _px(HEADER_MM + FOOTER_MM))
    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)
    text.setDefaultFont(_font(BODY_PT))
    text.setDocumentMargin(0)
    text.setPageSize(QSizeF(body.width(), body.height()))
    builder = _Builder(text, body.width())
    # One edit block: Qt lays the document out once at its end, not after every insertion
    # (which made a 300-row table take minutes).
    builder.cursor.beginEditBlock()
    builder.build(document)
    builder.cursor.endEditBlock()
    _paginate(text, body.height())
    return Laid(document, text, paper, body, device, buffer)


def _paginate(text: QTextDocument, page_height: float) -> None:
    """Keep headings with what follows: a heading or caption that would be the last thing
    on a page moves to the next with what it introduces. Each move shifts what follows, so
    the pass repeats until nothing moves (each pass moves one more heading, so it ends).

    Table rows are Qt's: a row of single lines moves whole to the next page; a row of
    several lines that meets the foot of a page continues on the next, under the repeated
    header, between two lines (never cut or hidden)."""
    for _round in range(20):
        moved = _lonely_headings(text, page_height)
        if not moved:
            return


def _break_before(block) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(fmt)


def _lonely_headings(text: QTextDocument, page_height: float) -> int:
    layout = text.documentLayout()
    moved = 0
    block = text.begin()
    while block.isValid():
        if block.blockFormat().property(KEEP_WITH_NEXT):
            rect = layout.blockBoundingRect(block)
            nxt = block.next()
            if nxt.isValid():
                frame = QTextCursor(nxt).currentFrame()
                in_table = frame is not None and frame != text.rootFrame()
                nrect = (
                    layout.frameBoundingRect(frame) if in_table else layout.blockBoundingRect(nxt)
                )
                # A table's header and first row must sit on the heading's page; a
                # paragraph's first line.
                first_line = _first_line_height(nxt, in_table)
                page = int(rect.top() // page_height)
                next_top_page = int((nrect.top() + first_line - 1) // page_height)
                already = block.blockFormat().pageBreakPolicy() & (
                    QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
                )
                if next_top_page > page and not already:
                    _break_before(block)
                    moved += 1
        block = block.next()
    return moved


def _first_line_height(block, in_table: bool) -> float:
    layout = block.layout()
    if layout is not None and layout.lineCount():
        height = layout.lineAt(0).height()
        return height * (3 if in_table else 1)  # header row and first row of a table
    return 0.0


class _Builder:
    """Writes the blocks of a Document into a QTextDocument with one cursor."""

    def __init__(self, text: QTextDocument, width: float) -> None:
        self.text = text
        self.width = width
        self.cursor = QTextCursor(text)
        self.first = True

    # -- formats -----------------------------------------------------------------------
    def _char(
        self,
        pt: float = BODY_PT,
        *,
        bold: bool = False,
        color: QColor = INK,
        underline: bool = False,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(_font(pt, bold=bold))
        fmt.setForeground(QBrush(color))
        fmt.setFontUnderline(underline)
        return fmt

    def _block(
        self,
        *,
        align=Qt.AlignmentFlag.AlignLeft,
        before: float = 0.0,
        after: float = 0.0,
        keep: bool = False,
        indent_mm: float = 0.0,
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        fmt.setTopMargin(_fl(before))
        fmt.setBottomMargin(_fl(after))
        if indent_mm:
            fmt.setLeftMargin(_fl(indent_mm))
        if keep:
            fmt.setProperty(KEEP_WITH_NEXT, True)
        return fmt

    def _paragraph(self, text: str, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(text, char)

    # -- the document ------------------------------------------------------------------
    def build(self, doc: Document) -> None:
        if doc.letterhead:
            self._letterhead(doc.letterhead)
        self._paragraph(
            doc.title,
            self._block(align=Qt.AlignmentFlag.AlignHCenter, before=6 if doc.letterhead else 0),
            self._char(12, bold=True, underline=True),
        )
        for line in doc.subtitle:
            self._paragraph(
                line, self._block(align=Qt.AlignmentFlag.AlignHCenter), self._char(BODY_PT)
            )
        self._paragraph("", self._block(after=1), self._char(4))
        for block in doc.blocks:
            if isinstance(block, Heading):
                self._heading(block)
            elif isinstance(block, Paragraph):
                self._text(block)
            elif isinstance(block, Fields):
                self._fields(block)
            elif isinstance(block, Table):
                self._table(block)
            elif isinstance(block, Picture):
                self._picture(block)
            elif isinstance(block, Signature):
                self._signature(block)

    def _letterhead(self, lines: tuple[str, ...]) -> None:
        # The kop: a block at the top left, each line centred over the last, underlined.
        fm = QFontMetricsF(_font(BODY_PT, bold=True), self.text.documentLayout().paintDevice())
        widest = max(fm.horizontalAdvance(line) for line in lines) * 96 / DPI + _fl(6)
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(0)
        fmt.setCellSpacing(0)
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft)
        fmt.setWidth(QTextLength(QTextLength.Type.FixedLength, widest))
        if self.first:
            self.first = False
        table = self.cursor.insertTable(1, 1, fmt)
        cell = table.cellAt(0, 0)
        cell_cursor = cell.firstCursorPosition()
        for i, line in enumerate(lines):
            block = self._block(align=Qt.AlignmentFlag.AlignHCenter)
            char = self._char(BODY_PT, bold=True, underline=i == len(lines) - 1)
            if i:
                cell_cursor.insertBlock(block, char)
            else:
                cell_cursor.setBlockFormat(block)
            cell_cursor.insertText(line, char)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def _heading(self, heading: Heading) -> None:
        level1 = heading.level <= 1
        self._paragraph(
            heading.text,
            self._block(
                before=4 if level1 else 2.5, after=1.5, keep=True, indent_mm=0 if level1 else 5
            ),
            self._char(BODY_PT + (0.5 if level1 else 0), bold=True),
        )

    def _text(self, para: Paragraph) -> None:
        indent = 5 if para.style != "quote" else 10
        char = self._char(SMALL_PT + 0.5, color=GREY) if para.style == "note" else self._char()
        align = (
            Qt.AlignmentFlag.AlignJustify if para.style == "body" else Qt.AlignmentFlag.AlignLeft
        )
        for i, line in enumerate(para.text.split("\n")):
            self._paragraph(
                line,
                self._block(
                    after=1 if i == para.text.count("\n") else 0, indent_mm=indent, align=align
                ),
                char,
            )

    def _fields(self, fields: Fields) -> None:
        fm = QFontMetricsF(_font(BODY_PT), self.text.documentLayout().paintDevice())
        label_w = max(
            (fm.horizontalAdvance(k) for k, _v in fields.items), default=0
        ) * 96 / DPI + _fl(3)
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(_fl(0.4))
        fmt.setCellSpacing(0)
        fmt.setLeftMargin(_fl(5))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.FixedLength, label_w),
                QTextLength(QTextLength.Type.FixedLength, _fl(3)),
                QTextLength(QTextLength.Type.VariableLength, 0),
            ]
        )
        self.first = False
        table = self.cursor.insertTable(len(fields.items), 3, fmt)
        for r, (label, value) in enumerate(fields.items):
            for c, text in enumerate((label, ":", value)):
                table.cellAt(r, c).firstCursorPosition().insertText(text, self._char())
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._spacer(1.5)

    def _spacer(self, mm: float) -> None:
        self._paragraph("", self._block(), self._char(mm * 72 / 25.4 * 0.8))

    def _table(self, table: Table) -> None:
        if table.caption:
            self._paragraph(
                table.caption,
                self._block(before=1.5, after=1, keep=True, indent_mm=5),
                self._char(BODY_PT - 0.5, bold=True),
            )
        if not table.rows:
            self._paragraph(table.empty, self._block(indent_mm=5, after=2), self._char())
            return
        n = len(table.columns)
        total_w = sum(c.width for c in table.columns)
        fmt = QTextTableFormat()
        fmt.setBorder(_fl(0.2))
        fmt.setBorderBrush(QBrush(INK))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(_fl(0.8))
        fmt.setCellSpacing(0)
        fmt.setHeaderRowCount(1)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 100 * c.width / total_w)
                for c in table.columns
            ]
        )
        self.first = False
        qt_table = self.cursor.insertTable(len(table.rows) + 1, n, fmt)
        aligns = {
            "left": Qt.AlignmentFlag.AlignLeft,
            "right": Qt.AlignmentFlag.AlignRight,
            "center": Qt.AlignmentFlag.AlignHCenter,
        }
        self._row(
            qt_table,
            0,
            [c.title for c in table.columns],
            [Qt.AlignmentFlag.AlignHCenter] * n,
            HEAD_FILL,
            bold=True,
        )
        for r, row in enumerate(table.rows, start=1):
            if row.kind == "group":
                qt_table.mergeCells(r, 0, 1, n)
                self._row(
                    qt_table,
                    r,
                    [row.cells[0] if row.cells else ""],
                    [Qt.AlignmentFlag.AlignLeft],
                    GROUP_FILL,
                    bold=True,
                )
                continue
            fill = (
                TOTAL_FILL
                if row.kind == "total"
                else (GROUP_FILL if row.kind == "subtotal" else None)
            )
            self._row(
                qt_table,
                r,
                list(row.cells),
                [aligns[c.align] for c in table.columns],
                fill,
                bold=row.kind in ("subtotal", "total"),
            )
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self._spacer(2)

    def _row(
        self, table, r: int, cells: list[str], aligns, fill: QColor | None, *, bold: bool
    ) -> None:
        for c, text in enumerate(cells):
            cell = table.cellAt(r, c)
            cell_fmt = cell.format().toTableCellFormat()
            # With collapsed borders each cell draws its own (the table's are not used).
            cell_fmt.setBorder(_fl(0.2))
            cell_fmt.setBorderBrush(QBrush(INK))
            cell_fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            cell_fmt.setTopPadding(_fl(0.5))
            cell_fmt.setBottomPadding(_fl(0.5))
            cell_fmt.setLeftPadding(_fl(1))
            cell_fmt.setRightPadding(_fl(1))
            if fill is not None:
                cell_fmt.setBackground(QBrush(fill))
            cell.setFormat(cell_fmt)
            cursor = cell.firstCursorPosition()
            char = self._char(TABLE_PT, bold=bold)
            for i, line in enumerate(text.split("\n")):
                block = self._block(align=aligns[c] | Qt.AlignmentFlag.AlignTop)
                if i:
                    cursor.insertBlock(block, char)
                else:
                    cursor.setBlockFormat(block)
                cursor.insertText(line, char)

    def _picture(self, picture: Picture) -> None:
        image = QImage.fromData(QByteArray(picture.png), "PNG")
        if image.isNull():
            raise ValueError("a report picture is not a PNG image")
        name = f"picture-{id(picture)}"
        self.text.addResource(QTextDocument.ResourceType.ImageResource, name, image)
        width = min(_fl(picture.width_mm), self.width * 96 / DPI)
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(width)
        fmt.setHeight(width * image.height() / max(1, image.width()))
        if picture.caption:
            self._paragraph(
                picture.caption,
                self._block(before=1.5, after=1, keep=True, indent_mm=5),
                self._char(BODY_PT - 0.5, bold=True),
            )
        self._paragraph("", self._block(align=Qt.AlignmentFlag.AlignHCenter), self._char())
        self.cursor.insertImage(fmt)

    def _signature(self, sig: Signature) -> None:
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(0)
        fmt.setCellSpacing(0)
        fmt.setTopMargin(_fl(8))
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints(
            [
                QTextLength(QTextLength.Type.PercentageLength, 50),
                QTextLength(QTextLength.Type.PercentageLength, 50),
            ]
        )
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        self.first = False
        table = self.cursor.insertTable(1, 2, fmt)
        cursor = table.cellAt(0, 1).firstCursorPosition()
        center = Qt.AlignmentFlag.AlignHCenter
        lines = [
            (sig.place_date, self._char()),
            (sig.post, self._char(bold=True)),
            ("", self._char()),
            ("", self._char()),
            ("", self._char()),
            (sig.name, self._char(bold=True, underline=True)),
            (sig.rank_nrp, self._char()),
        ]
        for i, (line, char) in enumerate(lines):
            if i:
                cursor.insertBlock(self._block(align=center), char)
            else:
                cursor.setBlockFormat(self._block(align=center))
            cursor.insertText(line, char)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)


def paint(laid: Laid, painter: QPainter, page: int, scale: float = 1.0) -> None:
    """Paint page ``page`` (1-based) of ``laid`` with ``painter``, whose device has
    ``scale`` device pixels per layout pixel; (0, 0) is the top left of the printable area."""
    doc = laid.document
    painter.save()
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paper, body = laid.paper, laid.body
    small = _font(SMALL_PT)
    painter.setPen(QPen(GREY))
    painter.setFont(small)
    fm = QFontMetricsF(small, laid._device)
    line = fm.height()
    if doc.classification:
        painter.setFont(_font(BODY_PT - 1, bold=True))
        painter.setPen(QPen(INK))
        painter.drawText(
            QRectF(0, 0, paper.width(), line * 1.4),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            doc.classification,
        )
        painter.drawText(
            QRectF(0, paper.height() - line * 1.4, paper.width(), line * 1.4),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
            doc.classification,
        )
    painter.setFont(small)
    painter.setPen(QPen(GREY))
    head_y = _px(HEADER_MM) - line * 1.6
    painter.drawText(
        QRectF(0, head_y, paper.width() * 0.75, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm.elidedText(doc.running, Qt.TextElideMode.ElideRight, paper.width() * 0.75),
    )
    pages = laid.pages
    page_text = f"Halaman {page} dari {pages}"
    painter.drawText(
        QRectF(paper.width() * 0.6, head_y, paper.width() * 0.4, line),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        page_text,
    )
    rule = QPen(GREY)
    rule.setWidthF(_px(0.15))
    painter.setPen(rule)
    painter.drawLine(QPointF(0, head_y + line * 1.15), QPointF(paper.width(), head_y + line * 1.15))
    foot_y = body.bottom() + _px(2)
    painter.drawLine(QPointF(0, foot_y), QPointF(paper.width(), foot_y))
    painter.setPen(QPen(GREY))
    painter.drawText(
        QRectF(0, foot_y + line * 0.3, paper.width() * 0.7, line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fm.elidedText(doc.footer, Qt.TextElideMode.ElideRight, paper.width() * 0.7),
    )
    painter.setFont(_font(SMALL_PT + 0.5, bold=True))
    painter.setPen(QPen(INK))
    painter.drawText(
        QRectF(paper.width() * 0.6, foot_y + line * 0.3, paper.width() * 0.4, line),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        page_text,
    )
    # The body: this page's slice of the text document.
    painter.translate(body.left(), body.top() - (page - 1) * body.height())
    clip = QRectF(0, (page - 1) * body.height(), body.width(), body.height())
    painter.setClipRect(clip)
    laid.text.drawContents(painter, clip)
    painter.restore()


def print_to(laid: Laid, device: QPagedPaintDevice, pages: list[int] | None = None) -> int:
    """Paint ``laid`` on a printer or PDF writer, page by page; returns the pages painted.
    The device's page layout is set to the document's (A4, its margins)."""
    device.setPageLayout(page_layout(laid.document.landscape))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start printing (is the printer or file available?)")
    try:
        scale = device.logicalDpiX() / DPI
        wanted = pages or list(range(1, laid.pages + 1))
        for i, page in enumerate(wanted):
            if i:
                device.newPage()
            paint(laid, painter, page, scale)
    finally:
        painter.end()
    return len(wanted)


def write_pdf(document: Document | Laid, path: Path | str) -> int:
    """Write ``document`` as a PDF file (fonts embedded); returns its page count. Raises
    OSError when the file cannot be written."""
    laid = document if isinstance(document, Laid) else lay_out(document)
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setCreator("CommandPost")
    writer.setTitle(laid.document.title)
    writer.setPdfVersion(QPdfWriter.PdfVersion.PdfVersion_1_6)
    pages = print_to(laid, writer)
    del writer
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"{path}: the PDF could not be written")
    return pages


def page_image(laid: Laid, page: int, dpi: float = 96.0) -> QImage:
    """Page ``page`` (1-based) as a white image at ``dpi``, margins included (the preview)."""
    full = laid._device.pageLayout().fullRectPixels(DPI)
    margin = laid._device.pageLayout().paintRectPixels(DPI)
    scale = dpi / DPI
    image = QImage(
        int(full.width() * scale), int(full.height() * scale), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(margin.left() * scale, margin.top() * scale)
    paint(laid, painter, page, scale)
    painter.end()
    return image


def pdf_bytes(document: Document) -> bytes:
    """The PDF of ``document`` in memory (tests, keeping)."""
    laid = lay_out(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    print_to(laid, writer)
    del writer
    return bytes(buffer.data().data())
