"""Charts for paper, drawn with pyqtgraph and exported as PNG at print resolution.

Black-and-white safe: each bar series has its class colour and its pattern (the same as the
tree's swatches: outline, hatch, solid, cross), and a legend names them; figures are
written above the bars. Needs a QApplication (render.ensure_app makes one).
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QBrush, QColor, QFont

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


def _font(pt: float) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(pt)
    return font


def _plot(height: int) -> tuple[pg.PlotWidget, pg.PlotItem]:
    ensure_app()
    widget = pg.PlotWidget(background="w")
    widget.resize(900, height)
    plot = widget.getPlotItem()
    plot.hideButtons()
    plot.setMenuEnabled(False)
    plot.showGrid(x=False, y=True, alpha=0.25)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen("k"))
        axis.setTextPen(pg.mkPen("k"))
        axis.setStyle(tickFont=_font(8))
    return widget, plot


def _png(widget: pg.PlotWidget) -> bytes:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(widget.getPlotItem())
    exporter.parameters()["width"] = WIDTH_PX
    exporter.parameters()["antialias"] = True
    image = exporter.export(toBytes=True)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    widget.deleteLater()
    return bytes(buffer.data().data())


def _label(plot: pg.PlotItem, x: float, y: float, text: str) -> None:
    item = pg.TextItem(text, color="k", anchor=(0.5, 1.0))
    item.setFont(_font(7))
    item.setPos(x, y)
    plot.addItem(item)


def class_chart(rows: list[ClassRow]) -> bytes:
    """Rawan, sangat rawan and khusus TPS per unit as grouped bars (kurang rawan would
    dwarf them; it is in the table)."""
    keys = ("rawan", "sangat_rawan", "khusus")
    tax = taxonomy()
    widget, plot = _plot(360)
    width = 0.26
    top = max([r.counts[k] for r in rows for k in keys] + [1])
    legend = plot.addLegend(
        offset=(-10, 10), labelTextColor="k", brush=pg.mkBrush("w"), pen=pg.mkPen("#888")
    )
    legend.setLabelTextSize("8pt")
    for j, key in enumerate(keys):
        color = QColor(tax.class_colors.get(key, "#757575"))
        brush = QBrush(color, _PATTERNS[tax.class_patterns.get(key, "solid")])
        xs = [i + (j - 1) * width for i in range(len(rows))]
        heights = [r.counts[key] for r in rows]
        bars = pg.BarGraphItem(
            x=xs,
            height=heights,
            width=width * 0.92,
            brush=brush,
            pen=pg.mkPen(color.darker(150), width=1.2),
        )
        plot.addItem(bars)
        legend.addItem(bars, tax.tps_class(key).label.text("id"))
        for x, h in zip(xs, heights, strict=True):
            if h:
                _label(plot, x, h + top * 0.01, words.number(h))
    plot.getAxis("bottom").setTicks([[(i, _short(r.name)) for i, r in enumerate(rows)]])
    plot.setYRange(0, top * 1.18, padding=0)
    plot.setXRange(-0.6, len(rows) - 0.4, padding=0)
    plot.setLabel("left", "TPS", color="k")
    return _png(widget)


def _short(name: str) -> str:
    return (
        name.replace("Polresta ", "Polresta\n")
        .replace("Polres ", "Polres\n")
        .replace("Polsek ", "Polsek\n")
        .replace("Polda ", "Polda\n")
    )


def incident_chart(per_day: tuple[tuple[dt.date, int], ...]) -> bytes:
    """Incidents per report day as bars, the count written above each."""
    widget, plot = _plot(300)
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
        _label(plot, x, h + top * 0.02, words.number(h))
    plot.getAxis("bottom").setTicks(
        [[(i, words.short_day(d)[:6]) for i, (d, _n) in enumerate(per_day)]]
    )
    plot.setYRange(0, top * 1.25, padding=0)
    plot.setXRange(-0.6, len(per_day) - 0.4, padding=0)
    plot.setLabel("left", "Kejadian", color="k")
    return _png(widget)
