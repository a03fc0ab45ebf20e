"""The one renderer: a :class:`~commandpost.reports.document.Document` onto paper.

Layout happens once, at a fixed resolution (300 dpi) on an A4 page, so the preview, the
printer and the PDF show the same lines on the same pages. The document is a flow of
boxes: each heading, paragraph, field block, picture and signature is a small
``QTextDocument`` of its own (Qt's rich text: justification, underlines, images); each
table is measured row by row and drawn here. Pages are filled box by box:

- a table's header row is drawn again at the top of every page the table continues on;
- a row is kept whole: one that does not fit at the foot of a page starts the next (only
  a row taller than a whole page is continued, between two of its lines);
- a heading, a table caption and a group row are kept with what follows them;
- every page gets the running header, the classification marking at top and foot, and
  "Halaman x dari y".

Drawing tables here rather than as Qt text tables is what makes long lists fast: Qt's
table layout costs about 0.8 ms a row and its painting grows with the table, so a
9,000-row list took over half a minute.

Fonts: DejaVu Sans Condensed, shipped in ``resources/fonts`` and embedded in every PDF, so
names with ’ “ é print the same on every machine.

Needs a ``QGuiApplication`` (:func:`ensure_app` makes one for the command line).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSize, Qt
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
    QTextImageFormat,
    QTextLayout,
    QTextLength,
    QTextOption,
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
class _Rich:
    """A piece of rich text laid out alone, ``height`` layout pixels tall."""

    doc: QTextDocument
    height: float
    keep: bool = False  # keep with what follows on the same page
    before: float = 0.0  # space above it, except at the top of a page


@dataclass
class _Row:
    cells: tuple[str, ...]
    kind: str  # head | data | group | subtotal | total
    height: float
    wrap_anywhere: frozenset[int] = frozenset()  # cells with a word wider than the column
    small: frozenset[int] = frozenset()  # cells set smaller so that a long word fits


@dataclass
class _Grid:
    """A table measured for drawing: column edges (layout pixels), alignments, rows."""

    edges: list[float]
    aligns: list[Qt.AlignmentFlag]
    head: _Row
    rows: list[_Row]
    gap: float  # space after the table
    line: float  # the table font's line spacing: where a row taller than a page is cut


@dataclass(frozen=True)
class _Slice:
    """The part of a row taller than a page that one page shows: from ``start`` (layout
    pixels below the row's top, always between two lines of text), ``shown`` tall."""

    row: _Row
    start: float
    shown: float


# What a page holds: (y, what) with what a _Rich (and the y inside it where this page's
# part starts), or a grid row (the header row again on a continued table).
_Placed = tuple[float, object, object]


@dataclass
class Laid:
    """A document laid out on pages: the page's printable rectangle and the body rectangle
    inside it (layout pixels at :data:`DPI`), and what each page holds."""

    document: Document
    paper: QRectF  # the printable area of a page (inside the margins)
    body: QRectF  # where the text goes, between the header and footer bands
    placed: list[list[_Placed]]
    _device: QPdfWriter
    _buffer: QBuffer

    @property
    def pages(self) -> int:
        return len(self.placed)


def _layout_device(landscape: bool) -> tuple[QPdfWriter, QBuffer]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(page_layout(landscape))
    return writer, buffer


def lay_out(document: Document) -> Laid:
    """Lay ``document`` out on A4 pages. Raises RuntimeError when the fonts are missing and
    ValueError for a picture that is not a PNG image."""
    ensure_app()
    device, buffer = _layout_device(document.landscape)
    paper = QRectF(device.pageLayout().paintRectPixels(DPI))
    paper.moveTo(0, 0)
    body = QRectF(0, _px(HEADER_MM), paper.width(), paper.height() - _px(HEADER_MM + FOOTER_MM))
    flow = _Flow(device, body.width()).boxes(document)
    return Laid(document, paper, body, _paginate(flow, body.height()), device, buffer)


SHORT_ROWS = 10  # a table of at most this many rows is not split across two pages


def _first_height(item: object) -> float:
    """What must fit under a box kept with it: a rich box whole (at most a page); a short
    table whole; else a table's header and first row (two when the first is a group)."""
    if isinstance(item, _Rich):
        return item.height
    if isinstance(item, _Grid):
        if len(item.rows) <= SHORT_ROWS:
            return item.head.height + sum(r.height for r in item.rows)
        rows = item.rows[:2] if item.rows and item.rows[0].kind == "group" else item.rows[:1]
        return item.head.height + sum(r.height for r in rows)
    return 0.0


def _place_tall_row(
    pages: list[list[_Placed]], grid: _Grid, row: _Row, y: float, height: float
) -> float:
    """Place a row taller than a page in slices that end between two lines of text, the
    header row above each continued slice; returns where the page is filled to."""
    pad = _px(PAD_Y_MM)
    start = 0.0
    while start < row.height - 0.5:
        room = height - y
        lines = int((room - (pad if start == 0 else 0)) // grid.line)
        if lines < 2:
            pages.append([(0.0, grid, grid.head)])
            y = grid.head.height
            continue
        shown = min(row.height - start, lines * grid.line + (pad if start == 0 else 0))
        pages[-1].append((y, grid, _Slice(row, start, shown)))
        start += shown
        y += shown
        if start < row.height - 0.5:
            pages.append([(0.0, grid, grid.head)])
            y = grid.head.height
    return y


def _paginate(flow: list[object], height: float) -> list[list[_Placed]]:
    pages: list[list[_Placed]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for i, item in enumerate(flow):
        if isinstance(item, _Rich):
            # A chain of kept boxes (a heading, a caption, the text before a signature)
            # moves as one, with the start of what follows it.
            need, j = item.height, i
            while isinstance(flow[j], _Rich) and flow[j].keep and j + 1 < len(flow):
                j += 1
                nxt = flow[j]
                if isinstance(nxt, _Rich) and nxt.keep:
                    need += nxt.before + nxt.height
                else:
                    need += _first_height(nxt) + getattr(nxt, "before", 0.0)
                    break
            if y > 0:
                y += item.before
            if y > 0 and y + min(need, height) > height:
                new_page()
            start = 0.0  # a box taller than a page goes on over the next pages
            while True:
                pages[-1].append((y, item, start))
                shown = min(item.height - start, height - y)
                start += shown
                y += shown
                if start >= item.height - 0.5:
                    break
                new_page()
            continue
        grid: _Grid = item  # type: ignore[assignment]
        if y > 0 and y + _first_height(grid) > height:
            new_page()
        pages[-1].append((y, grid, grid.head))
        y += grid.head.height
        for r, row in enumerate(grid.rows):
            if row.height > height - grid.head.height:
                y = _place_tall_row(pages, grid, row, y, height)
                continue
            need = row.height
            if row.kind == "group" and r + 1 < len(grid.rows):
                need += grid.rows[r + 1].height
            if y + need > height and y > grid.head.height + 0.5:
                new_page()
                pages[-1].append((y, grid, grid.head))
                y += grid.head.height
            pages[-1].append((y, grid, row))
            y += row.height
        y = min(height, y + grid.gap)
    if not pages[-1] and len(pages) > 1:
        pages.pop()
    return pages


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
        indent_mm: float = 0.0,
    ) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        fmt.setTopMargin(_fl(before))
        fmt.setBottomMargin(_fl(after))
        if indent_mm:
            fmt.setLeftMargin(_fl(indent_mm))
        return fmt

    def _paragraph(self, text: str, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(text, char)

    # -- the pieces --------------------------------------------------------------------
    def title(self, doc: Document) -> None:
        """The kop, the title and the lines under it."""
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

    def caption(self, text: str) -> None:
        self._paragraph(
            text,
            self._block(after=1, indent_mm=5),
            self._char(BODY_PT - 0.5, bold=True),
        )

    def empty(self, text: str) -> None:
        self._paragraph(text, self._block(indent_mm=5, after=2), self._char())

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

    def heading(self, heading: Heading) -> None:
        level1 = heading.level <= 1
        self._paragraph(
            heading.text,
            self._block(after=1.5, indent_mm=0 if level1 else 5),
            self._char(BODY_PT + (0.5 if level1 else 0), bold=True),
        )

    def text_block(self, para: Paragraph) -> None:
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

    def fields(self, fields: Fields) -> None:
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

    def picture(self, picture: Picture) -> None:
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
        self._paragraph("", self._block(align=Qt.AlignmentFlag.AlignHCenter), self._char())
        self.cursor.insertImage(fmt)

    def signature(self, sig: Signature) -> None:
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


_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
}
_WORDS = int(Qt.TextFlag.TextWordWrap)
_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere)
_FILLS = {"head": HEAD_FILL, "group": GROUP_FILL, "subtotal": GROUP_FILL, "total": TOTAL_FILL}
_BOLD_ROWS = frozenset({"head", "group", "subtotal", "total"})
PAD_X_MM, PAD_Y_MM, RULE_MM = 1.0, 0.55, 0.2


class _Flow:
    """Turns a Document into boxes: rich-text pieces and measured tables."""

    def __init__(self, device: QPdfWriter, width: float) -> None:
        self.device = device
        self.width = width
        self.metrics = {
            (bold, small): QFontMetricsF(_font(_cell_pt(small), bold=bold), device)
            for bold in (False, True)
            for small in (False, True)
        }

    def _rich(self, build, *, keep: bool = False, before_mm: float = 0.0) -> _Rich:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setDefaultFont(_font(BODY_PT))
        doc.setDocumentMargin(0)
        doc.setTextWidth(self.width)
        builder = _Builder(doc, self.width)
        builder.cursor.beginEditBlock()
        build(builder)
        builder.cursor.endEditBlock()
        return _Rich(doc, doc.size().height(), keep, _px(before_mm))

    def boxes(self, document: Document) -> list[object]:
        out: list[object] = [self._rich(lambda b: b.title(document))]
        for block in document.blocks:
            if isinstance(block, Heading):
                out.append(
                    self._rich(
                        lambda b, h=block: b.heading(h),
                        keep=True,
                        before_mm=3.5 if block.level <= 1 else 2,
                    )
                )
            elif isinstance(block, Paragraph):
                out.append(self._rich(lambda b, p=block: b.text_block(p)))
            elif isinstance(block, Fields):
                out.append(self._rich(lambda b, f=block: b.fields(f)))
            elif isinstance(block, Table):
                if block.caption:
                    out.append(
                        self._rich(lambda b, t=block: b.caption(t.caption), keep=True, before_mm=1)
                    )
                if block.rows:
                    out.append(self.grid(block))
                else:
                    out.append(self._rich(lambda b, t=block: b.empty(t.empty)))
            elif isinstance(block, Picture):
                if block.caption:
                    out.append(
                        self._rich(lambda b, p=block: b.caption(p.caption), keep=True, before_mm=1)
                    )
                out.append(self._rich(lambda b, p=block: b.picture(p)))
            elif isinstance(block, Signature):
                if isinstance(out[-1], _Rich):
                    out[-1].keep = True  # never a signature alone on its page
                out.append(self._rich(lambda b, s=block: b.signature(s)))
        return out

    def grid(self, table: Table) -> _Grid:
        total = sum(c.width for c in table.columns)
        edges = [0.0]
        for column in table.columns:
            edges.append(edges[-1] + self.width * column.width / total)
        head = self._measure(tuple(c.title for c in table.columns), "head", edges)
        rows = [
            self._measure(
                (row.cells[0] if row.cells else "",) if row.kind == "group" else row.cells,
                row.kind,
                edges,
            )
            for row in table.rows
        ]
        aligns = [_ALIGN[c.align] for c in table.columns]
        return _Grid(edges, aligns, head, rows, _px(3), self._line_advance())

    def _line_advance(self) -> float:
        """How far down each further line of a cell goes, as drawText sets lines (not
        QFontMetricsF.lineSpacing, which differs by the leading)."""
        fm, room = self.metrics[False, False], QRectF(0, 0, 1e5, 1e7)
        return (
            fm.boundingRect(room, _WORDS, "X\nX").height()
            - fm.boundingRect(room, _WORDS, "X").height()
        )

    def _measure(self, cells: tuple[str, ...], kind: str, edges: list[float]) -> _Row:
        bold = kind in _BOLD_ROWS
        fm = self.metrics[bold, False]
        pad_x, pad_y = _px(PAD_X_MM), _px(PAD_Y_MM)
        if kind == "group":
            widths = [edges[-1] - edges[0]]
        else:
            widths = [edges[i + 1] - edges[i] for i in range(len(cells))]
        tallest = fm.height()
        anywhere, small = set(), set()
        for i, text in enumerate(cells):
            if not text:
                continue
            room = QRectF(0, 0, widths[i] - 2 * pad_x, 1e7)
            found = fm.boundingRect(room, _WORDS, text)
            if found.width() > room.width() + 0.5:
                # A word wider than the column: a smaller size first (a name stays whole),
                # broken inside the word only when even that does not fit.
                small.add(i)
                smaller = self.metrics[bold, True]
                found = smaller.boundingRect(room, _WORDS, text)
                if found.width() > room.width() + 0.5:
                    anywhere.add(i)
                    found = smaller.boundingRect(room, _ANYWHERE, text)
            tallest = max(tallest, found.height())
        return _Row(tuple(cells), kind, tallest + 2 * pad_y, frozenset(anywhere), frozenset(small))


def _cell_pt(small: bool) -> float:
    return TABLE_PT - 1.5 if small else TABLE_PT


def _device_font(painter: QPainter, pt: float, *, bold: bool = False) -> QFont:
    """A font that prints ``pt`` points tall on the painter's device under the layout
    scale (fonts resolve in the device's dots per inch, then the painter scales them)."""
    dpi = painter.device().logicalDpiY() or DPI
    return _font(pt * DPI / dpi, bold=bold)


def _draw_slice(
    painter: QPainter, grid: _Grid, part: _Slice, y: float, fonts: dict, device: QPdfWriter
) -> None:
    """A page's part of a row taller than a page, closed by a rule above and below. Only
    the lines of this part are drawn (a clip alone would leave the others in the PDF)."""
    x0, x1 = grid.edges[0], grid.edges[-1]
    top = y - part.start  # where the whole row's top would be
    painter.save()
    painter.setClipRect(QRectF(x0 - _px(1), y, x1 - x0 + _px(2), part.shown))
    _draw_row(painter, grid, part.row, top, fonts, text=False)
    painter.restore()
    rule = QPen(INK)
    rule.setWidthF(_px(RULE_MM))
    painter.setPen(rule)
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    painter.drawLine(QPointF(x0, y + part.shown), QPointF(x1, y + part.shown))
    painter.setPen(QPen(INK))
    pad_x, pad_y = _px(PAD_X_MM), _px(PAD_Y_MM)
    bold = part.row.kind in _BOLD_ROWS
    for i, text in enumerate(part.row.cells):
        if not text:
            continue
        left, right = grid.edges[i], grid.edges[i + 1]
        font = _font(_cell_pt(i in part.row.small), bold=bold)
        layout = QTextLayout(text.replace("\n", "\u2028"), font, device)
        option = QTextOption(grid.aligns[i])
        option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
            if i in part.row.wrap_anywhere
            else QTextOption.WrapMode.WordWrap
        )
        layout.setTextOption(option)
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(right - left - 2 * pad_x)
            line.setPosition(QPointF(0, len(lines) * grid.line))
            lines.append(line)
        layout.endLayout()
        origin = QPointF(left + pad_x, top + pad_y)
        for line in lines:
            line_top = pad_y + line.position().y()
            if (
                part.start - 0.5 <= line_top
                and line_top + grid.line <= part.start + part.shown + 0.5
            ):
                line.draw(painter, origin)


def _draw_row(
    painter: QPainter, grid: _Grid, row: _Row, y: float, fonts: dict, *, text: bool = True
) -> None:
    x0, x1 = grid.edges[0], grid.edges[-1]
    fill = _FILLS.get(row.kind)
    if fill is not None:
        painter.fillRect(QRectF(x0, y, x1 - x0, row.height), fill)
    rule = QPen(INK)
    rule.setWidthF(_px(RULE_MM))
    painter.setPen(rule)
    painter.drawLine(QPointF(x0, y), QPointF(x1, y))
    painter.drawLine(QPointF(x0, y + row.height), QPointF(x1, y + row.height))
    xs = (x0, x1) if row.kind == "group" else grid.edges
    for x in xs:
        painter.drawLine(QPointF(x, y), QPointF(x, y + row.height))
    if not text:
        return
    painter.setPen(QPen(INK))
    bold = row.kind in _BOLD_ROWS
    pad_x, pad_y = _px(PAD_X_MM), _px(PAD_Y_MM)
    for i, cell in enumerate(row.cells):
        if not cell:
            continue
        painter.setFont(fonts[bold, i in row.small])
        if row.kind == "group":
            left, right, align = x0, x1, Qt.AlignmentFlag.AlignLeft
        else:
            left, right = grid.edges[i], grid.edges[i + 1]
            align = Qt.AlignmentFlag.AlignHCenter if row.kind == "head" else grid.aligns[i]
        wrap = _ANYWHERE if i in row.wrap_anywhere else _WORDS
        painter.drawText(
            QRectF(left + pad_x, y + pad_y, right - left - 2 * pad_x, row.height - 2 * pad_y),
            int(align) | int(Qt.AlignmentFlag.AlignTop) | wrap,
            cell,
        )


def paint(laid: Laid, painter: QPainter, page: int, scale: float = 1.0) -> None:
    """Paint page ``page`` (1-based) of ``laid`` with ``painter``, whose device has
    ``scale`` device pixels per layout pixel; (0, 0) is the top left of the printable area."""
    doc = laid.document
    painter.save()
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paper, body = laid.paper, laid.body
    small = _device_font(painter, SMALL_PT)
    painter.setPen(QPen(GREY))
    painter.setFont(small)
    fm = QFontMetricsF(_font(SMALL_PT), laid._device)
    line = fm.height()
    if doc.classification:
        painter.setFont(_device_font(painter, BODY_PT - 1, bold=True))
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
    painter.setFont(_device_font(painter, SMALL_PT + 0.5, bold=True))
    painter.setPen(QPen(INK))
    painter.drawText(
        QRectF(paper.width() * 0.6, foot_y + line * 0.3, paper.width() * 0.4, line),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        page_text,
    )
    # The body: what this page holds.
    painter.translate(body.left(), body.top())
    fonts = {
        (bold, small): _device_font(painter, _cell_pt(small), bold=bold)
        for bold in (False, True)
        for small in (False, True)
    }
    for y, item, part in laid.placed[page - 1]:
        if isinstance(item, _Rich):
            start = float(part)  # type: ignore[arg-type]
            shown = min(item.height - start, body.height() - y)
            painter.save()
            painter.translate(0, y - start)
            clip = QRectF(0, start, body.width(), shown)
            painter.setClipRect(clip)
            item.doc.drawContents(painter, clip)
            painter.restore()
        elif isinstance(part, _Slice):
            _draw_slice(painter, item, part, y, fonts, laid._device)  # type: ignore[arg-type]
        else:
            _draw_row(painter, item, part, y, fonts)  # type: ignore[arg-type]
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
    path = Path(path)
    # Find out first whether the file can be written: Qt would only warn and draw nothing.
    existed = path.exists()
    try:
        with open(path, "ab"):
            pass
    except OSError as exc:
        raise OSError(f"{path}: cannot write the PDF ({exc.strerror or exc})") from None
    if not existed:
        path.unlink()
    laid = document if isinstance(document, Laid) else lay_out(document)
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


def page_size(laid: Laid, dpi: float = 96.0) -> QSize:
    """The size in pixels of a whole page of ``laid`` (margins included) at ``dpi``."""
    full = laid._device.pageLayout().fullRectPixels(DPI)
    scale = dpi / DPI
    return QSize(int(full.width() * scale), int(full.height() * scale))


def page_image(laid: Laid, page: int, dpi: float = 96.0) -> QImage:
    """Page ``page`` (1-based) as a white image at ``dpi``, margins included (the preview)."""
    margin = laid._device.pageLayout().paintRectPixels(DPI)
    scale = dpi / DPI
    size = page_size(laid, dpi)
    image = QImage(size.width(), size.height(), QImage.Format.Format_RGB32)
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
