"""Charts for paper, drawn with pyqtgraph and exported as PNG at print resolution.

Black-and-white safe: each bar series has its class colour and its pattern (the same as the
tree's swatches: outline, hatch, solid, cross), and a legend names them; figures are
written above the bars. Needs a QApplication (render.ensure_app makes one).
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF

from commandpost.reports import words
from commandpost.reports.render import FAMILY, ensure_app
from commandpost.reports.sitrep_data import ClassRow
from commandpost.store.threats import taxonomy

WIDTH_PX = 1800  # 160 mm at about 285 dpi
_PATTERNS = {
    "solid": Qt.BrushStyle.SolidPattern,
    "hatch": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "outline": Qt.BrushStyle.NoBrush,
}


CHART_PX = 700  # the plot's width on screen; printed 160 mm wide, so 10 pt reads as about 8
MOST_UNITS = 12  # a chart of more units names only those with the most rawan TPS


def _font(pt: float) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(pt)
    return font


def _plot(height: int) -> tuple[pg.PlotWidget, pg.PlotItem]:
    ensure_app()
    widget = pg.PlotWidget(background="w")
    widget.resize(CHART_PX, height)
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMenuEnabled(False)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen("k"))
        axis.setTextPen(pg.mkPen("k"))
        axis.setStyle(tickFont=_font(10))
    return widget, plot


def _step(top: int) -> int:
    """A whole-number tick step giving about five ticks (counts are people or TPS)."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return 10000


def _png(widget: pg.PlotWidget) -> bytes:
    from pyqtgraph.exporters import ImageExporter

    # The widget is never shown, so its layout must be settled by hand: the plot's size
    # (else pyqtgraph's 640x480) and the axes' widths (else names have no room).
    plot = widget.getPlotItem()
    plot.setGeometry(QRectF(0, 0, widget.width(), widget.height()))
    plot.layout.activate()
    exporter = ImageExporter(widget.getPlotItem())
    exporter.parameters()["width"] = WIDTH_PX
    exporter.parameters()["antialias"] = True
    image = exporter.export(toBytes=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    widget.deleteLater()
    return bytes(buffer.data().data())


def _label(plot: pg.PlotItem, x: float, y: float, text: str, anchor=(0.5, 1.0)) -> None:
    item = pg.TextItem(text, color="k", anchor=anchor)
    item.setFont(_font(9))
    item.setPos(x, y)
    plot.addItem(item)


def chart_rows(rows: list[ClassRow]) -> tuple[list[ClassRow], bool]:
    """The units a class chart shows: those with rawan, sangat rawan or khusus TPS, the
    most first, at most MOST_UNITS; and whether some were left out."""
    keys = ("rawan", "sangat_rawan", "khusus")
    shown = [r for r in rows if any(r.counts[k] for k in keys)]
    shown.sort(key=lambda r: (-sum(r.counts[k] for k in keys), r.name))
    return shown[:MOST_UNITS], len(shown) > MOST_UNITS


def class_chart(rows: list[ClassRow]) -> bytes:
    """Rawan, sangat rawan and khusus TPS per unit as horizontal grouped bars, each unit
    named beside its bars and each bar marked R, SR or K with its figure (kurang rawan
    would dwarf them; it is in the table)."""
    keys = ("rawan", "sangat_rawan", "khusus")
    tax = taxonomy()
    widget, plot = _plot(70 + 34 * max(len(rows), 2))
    thick = 0.26
    top = max([r.counts[k] for r in rows for k in keys] + [1])
    count = len(rows)
    marks = {"rawan": "R", "sangat_rawan": "SR", "khusus": "K"}
    for j, key in enumerate(keys):
        color = QColor(tax.class_colors.get(key, "#757575"))
        brush = QBrush(color, _PATTERNS[tax.class_patterns.get(key, "solid")])
        # The first unit at the top, its bars rawan, sangat rawan, khusus downwards.
        ys = [count - 1 - i - (j - 1) * thick for i in range(count)]
        values = [r.counts[key] for r in rows]
        bars = pg.BarGraphItem(
            x0=0,
            y=ys,
            width=values,
            height=thick * 0.92,
            brush=brush,
            pen=pg.mkPen(color.darker(150), width=1.2),
        )
        plot.addItem(bars)
        for y, v in zip(ys, values, strict=True):
            if v:  # the class written beside each bar: it reads in black and white
                _label(plot, v + top * 0.01, y, f"{words.number(v)} {marks[key]}", (0.0, 0.5))
    names = [words.unit_place(r.name).title() for r in rows]
    left = plot.getAxis("left")
    left.setTicks([[(count - 1 - i, name) for i, name in enumerate(names)]])
    # pyqtgraph sizes the axis for numbers; names need their own width.
    left.setWidth(int(QFontMetricsF(_font(10)).horizontalAdvance(max(names, key=len)) + 16))
    plot.getAxis("bottom").setTickSpacing(_step(top), _step(top))
    plot.setXRange(0, top * 1.25, padding=0)
    plot.setYRange(-0.6, count - 0.4, padding=0)
    return _png(widget)


def incident_chart(per_day: tuple[tuple[dt.date, int], ...]) -> bytes:
    """Incidents per report day as bars, the count written above each."""
    widget, plot = _plot(260)
    xs = list(range(len(per_day)))
    heights = [n for _d, n in per_day]
    top = max([*heights, 1])
    plot.addItem(
        pg.BarGraphItem(
            x=xs,
            height=heights,
            width=0.6,
            brush=QBrush(QColor("#5c6bc0"), Qt.BrushStyle.SolidPattern),
            pen=pg.mkPen(QColor("#283593"), width=1.2),
        )
    )
    for x, h in zip(xs, heights, strict=True):
        if h:
            _label(plot, x, h + top * 0.02, words.number(h))
    plot.getAxis("bottom").setTicks(
        [[(i, words.short_day(d)[:6]) for i, (d, _n) in enumerate(per_day)]]
    )
    plot.getAxis("left").setTickSpacing(_step(top), _step(top))
    plot.setYRange(0, top * 1.25, padding=0)
    plot.setXRange(-0.6, len(per_day) - 0.4, padding=0)
    plot.setLabel("left", "Kejadian", color="k")
    return _png(widget)
