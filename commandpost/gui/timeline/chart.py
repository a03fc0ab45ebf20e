"""The stage timeline drawn with pyqtgraph: stages as bands across the months, today's line
and voting day, and below them the rawan / sangat rawan TPS and the incidents per day.

Imported only when the timeline is first shown: pyqtgraph costs about 0.3 s to import, and
the window's first paint does not wait for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPen
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from commandpost.core.stages import Stage, depth, span
from commandpost.gui import look
from commandpost.store.timeline import ClassDay, DayCount

DAY = 86_400.0
ROW = 1.0
BAND = 0.72


def _x(day: dt.date) -> float:
    """A local day's start as the x value (seconds, the day read as UTC so ticks show it)."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()


def _day(x: float) -> dt.date:
    return dt.datetime.fromtimestamp(x, dt.UTC).date()


@dataclass(frozen=True)
class Band:
    stage: Stage
    row: int
    start: dt.date
    end: dt.date  # inclusive


def lanes(stages: list[Stage]) -> list[Band]:
    """Stages packed into as few rows as will hold them without overlap, in list order
    (parents before their sub-stages), so that a year of stages fits a laptop's dock."""
    ends: list[dt.date] = []  # the last day taken in each lane
    out: list[Band] = []
    for stage in stages:
        sp = span(stage, stages)
        if sp is None:
            continue
        for row, last in enumerate(ends):
            if last < sp[0]:
                ends[row] = sp[1]
                break
        else:
            row = len(ends)
            ends.append(sp[1])
        out.append(Band(stage, row, sp[0], sp[1]))
    return out


class StageBands(pg.GraphicsObject):
    """All stage bands in one item, labels drawn in screen pixels and cut to the band's
    width (a short stage shows its name on hover), so that no label runs over another."""

    def __init__(self, bands: list[Band], depths: dict[str, int]) -> None:
        super().__init__()
        self.bands = bands
        self.depths = depths
        self.selected: str | None = None
        rows = max((b.row for b in bands), default=0) + 1
        if bands:
            low = min(_x(b.start) for b in bands)
            high = max(_x(b.end) + DAY for b in bands)
        else:
            low, high = 0.0, DAY
        self._rect = QRectF(low, -0.5, high - low, rows)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter, _option, _widget=None) -> None:
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        font = QFont(painter.font())
        font.setPointSizeF(8)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for band in self.bands:
            rect = transform.mapRect(
                QRectF(
                    _x(band.start), band.row - BAND / 2, _x(band.end) + DAY - _x(band.start), BAND
                )
            )
            color = QColor(look.stage_color(band.stage.kind))
            if self.depths.get(band.stage.id):
                color = color.lighter(120)
            chosen = band.stage.id == self.selected
            painter.setBrush(QBrush(color))
            painter.setPen(
                QPen(QColor("#000000") if chosen else color.darker(160), 2 if chosen else 1)
            )
            painter.drawRect(rect)
            room = rect.width() - 6
            if room > 14:
                text = metrics.elidedText(band.stage.name, Qt.TextElideMode.ElideRight, int(room))
                painter.setPen(QColor("#111111"))
                painter.drawText(
                    rect.adjusted(3, 0, -3, 0),
                    int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    text,
                )
        painter.restore()


class _DateAxis(pg.DateAxisItem):
    """Dates as officers write them (27 Nov 2024) whatever the laptop's locale."""

    def tickStrings(self, values, scale, spacing):
        if spacing >= 25 * DAY:
            # Short month names fit a laptop's width; January carries the year.
            return [
                look.ID_LOCALE.toString(_qdate(v), "MMM yyyy" if _day(v).month == 1 else "MMM")
                for v in values
            ]
        return [look.ID_LOCALE.toString(_qdate(v), "d MMM") for v in values]


def _qdate(x: float):
    from PySide6.QtCore import QDate

    d = _day(x)
    return QDate(d.year, d.month, d.day)


class TimelineChart(QWidget):
    """Stage bands and overlays over time. Emits ``stageClicked(stage_id)``; keyboard: Left
    and Right pan, + and - zoom, Home shows the whole operation, T today, H voting day."""

    stageClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        pg.setConfigOptions(antialias=True, foreground="#333333", background="w")
        self.view = pg.GraphicsLayoutWidget(self)
        self.view.setObjectName("timelineView")
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.view)
        self.stage_plot = self.view.addPlot(row=0, col=0, axisItems={"bottom": _DateAxis()})
        self.class_plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": _DateAxis()})
        self.incident_plot = self.view.addPlot(row=2, col=0, axisItems={"bottom": _DateAxis()})
        self.view.ci.layout.setRowStretchFactor(0, 5)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.view.ci.layout.setRowStretchFactor(2, 2)
        for plot in (self.stage_plot, self.class_plot, self.incident_plot):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(44)
            plot.setMouseEnabled(x=True, y=False)
            plot.showGrid(x=True, y=False, alpha=0.15)
        for plot in (self.class_plot, self.incident_plot):
            plot.setXLink(self.stage_plot)
        self.stage_plot.invertY(True)
        self.stage_plot.getAxis("left").setStyle(showValues=False, tickLength=0)
        self.stage_plot.getAxis("bottom").setStyle(showValues=False)
        self.class_plot.getAxis("bottom").setStyle(showValues=False)
        self.legend = self.class_plot.addLegend(offset=(6, 2), labelTextSize="8pt")
        self.bands: list[Band] = []
        self._bands_item: StageBands | None = None
        self._selected: str | None = None
        self.classes: list[ClassDay] = []
        self.incidents: list[DayCount] = []
        self.today: dt.date = dt.date.today()
        self.voting_day: dt.date | None = None
        self._range: tuple[float, float] | None = None
        self.view.scene().sigMouseMoved.connect(self._hover)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self.texts: dict[str, str] = {}
        self.empty_notes: dict = {}

    # --- data -------------------------------------------------------------------------------

    def set_data(
        self,
        stages: list[Stage],
        *,
        classes: list[ClassDay],
        incidents: list[DayCount],
        today: dt.date,
        voting_day: dt.date | None,
        texts: dict[str, str],
    ) -> None:
        """Draw everything again. ``texts``: translated labels (rawan, sangat_rawan,
        incidents, today, voting_day, classes_title, incidents_title)."""
        self.texts = texts
        self.today, self.voting_day = today, voting_day
        self.classes, self.incidents = classes, incidents
        for plot in (self.stage_plot, self.class_plot, self.incident_plot):
            plot.clear()
        for note in self.empty_notes.values():
            note.setParentItem(None)
            if note.scene() is not None:
                note.scene().removeItem(note)
        self.empty_notes = {}
        self.legend.clear()
        self.bands = lanes(stages)
        self._bands_item = StageBands(self.bands, {st.id: depth(st, stages) for st in stages})
        self.stage_plot.addItem(self._bands_item)
        self._lines()
        if classes:
            days = [_x(c.day) for c in classes]
            xs = [*days, max(_x(today) + DAY, days[-1] + DAY)]
            for key, values in (
                ("sangat_rawan", [c.sangat_rawan for c in classes]),
                ("rawan", [c.rawan for c in classes]),
            ):
                color = QColor(look.class_color(key))
                self.class_plot.plot(
                    xs,
                    values,
                    stepMode="center",
                    pen=pg.mkPen(color, width=2, style=self._class_style(key)),
                    name=texts.get(key, key),
                )
        else:
            self._empty(self.class_plot, texts.get("no_classes", ""))
        if incidents:
            self.incident_plot.addItem(
                pg.BarGraphItem(
                    x0=[_x(i.day) for i in incidents],
                    width=DAY * 0.9,
                    height=[i.count for i in incidents],
                    brush=QColor("#8d6e63"),
                    pen=pg.mkPen("#4e342e"),
                )
            )
        else:
            self._empty(self.incident_plot, texts.get("no_incidents", ""))
        self.class_plot.setLabel("left", texts.get("classes_title", ""), **{"font-size": "8pt"})
        self.incident_plot.setLabel(
            "left", texts.get("incidents_title", ""), **{"font-size": "8pt"}
        )
        rows = max((b.row for b in self.bands), default=0) + 1
        self.stage_plot.setYRange(-0.6, rows - 0.4, padding=0)
        top = max([*(c.rawan for c in classes), *(c.sangat_rawan for c in classes), 1])
        self.class_plot.setYRange(0, top * 1.15, padding=0)
        self.incident_plot.setYRange(0, max([*(i.count for i in incidents), 1]) * 1.15, padding=0)
        self.show_all()
        self._paint_selection()

    @staticmethod
    def _class_style(key: str) -> Qt.PenStyle:
        # Readable in black and white: sangat rawan solid, rawan dashed.
        return Qt.PenStyle.SolidLine if key == "sangat_rawan" else Qt.PenStyle.DashLine

    def _empty(self, plot, text: str) -> None:
        """A grey note in the corner of an overlay that has nothing to show yet."""
        if not text:
            return
        item = pg.TextItem(text, color="#666666", anchor=(0, 0))
        item.setParentItem(plot.vb)
        item.setPos(8, 2)
        self.empty_notes[plot] = item

    def _lines(self) -> None:
        for plot in (self.stage_plot, self.class_plot, self.incident_plot):
            plot.addItem(
                pg.InfiniteLine(
                    _x(self.today) + DAY / 2,
                    angle=90,
                    pen=pg.mkPen("#c62828", width=2),
                    label=self.texts.get("today") if plot is self.stage_plot else None,
                    labelOpts={"position": 0.9, "color": "#c62828", "anchor": (0, 0.5)},
                ),
                ignoreBounds=True,
            )
            if self.voting_day is not None:
                plot.addItem(
                    pg.InfiniteLine(
                        _x(self.voting_day) + DAY / 2,
                        angle=90,
                        pen=pg.mkPen("#1a237e", width=1, style=Qt.PenStyle.DashLine),
                        label=self.texts.get("voting_day") if plot is self.stage_plot else None,
                        labelOpts={"position": 0.1, "color": "#1a237e", "anchor": (0, 0.5)},
                    ),
                    ignoreBounds=True,
                )

    # --- view -------------------------------------------------------------------------------

    def data_range(self) -> tuple[float, float]:
        days = [b.start for b in self.bands] + [b.end for b in self.bands]
        if self.voting_day:
            days.append(self.voting_day)
        if not days:
            days = [self.today - dt.timedelta(days=30), self.today + dt.timedelta(days=30)]
        return _x(min(days)) - 3 * DAY, _x(max(days)) + 40 * DAY

    def show_all(self) -> None:
        low, high = self.data_range()
        self.stage_plot.setXRange(low, high, padding=0)

    def x_range(self) -> tuple[float, float]:
        return tuple(self.stage_plot.viewRange()[0])  # type: ignore[return-value]

    def center_on(self, day: dt.date, width_days: float | None = None) -> None:
        low, high = self.x_range()
        width = (high - low) if width_days is None else width_days * DAY
        middle = _x(day) + DAY / 2
        self.stage_plot.setXRange(middle - width / 2, middle + width / 2, padding=0)

    def zoom(self, factor: float) -> None:
        low, high = self.x_range()
        middle, half = (low + high) / 2, (high - low) / 2 * factor
        half = min(max(half, 3 * DAY), 3 * 365 * DAY)
        self.stage_plot.setXRange(middle - half, middle + half, padding=0)

    def pan(self, fraction: float) -> None:
        low, high = self.x_range()
        step = (high - low) * fraction
        self.stage_plot.setXRange(low + step, high + step, padding=0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.7)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 0.7)
        elif key == Qt.Key.Key_Left:
            self.pan(-0.15)
        elif key == Qt.Key.Key_Right:
            self.pan(0.15)
        elif key == Qt.Key.Key_Home:
            self.show_all()
        elif key == Qt.Key.Key_T:
            self.center_on(self.today)
        elif key == Qt.Key.Key_H and self.voting_day is not None:
            self.center_on(self.voting_day, 30)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- selection and hover ----------------------------------------------------------------

    def select_stage(self, stage_id: str | None) -> None:
        self._selected = stage_id
        self._paint_selection()

    def _paint_selection(self) -> None:
        if self._bands_item is not None:
            self._bands_item.selected = self._selected
            self._bands_item.update()

    def band_at(self, x: float, y: float) -> Band | None:
        row = round(y)
        for band in self.bands:
            if band.row == row and _x(band.start) <= x < _x(band.end) + DAY:
                return band
        return None

    def describe_at(self, scene_pos: QPointF) -> str | None:
        """What the mouse points at, as a tooltip says it."""
        for plot in (self.stage_plot, self.class_plot, self.incident_plot):
            if not plot.sceneBoundingRect().contains(scene_pos):
                continue
            point = plot.vb.mapSceneToView(scene_pos)
            day = _day(point.x())
            if plot is self.stage_plot:
                band = self.band_at(point.x(), point.y())
                return (
                    self.texts.get("describe_stage", "{name}").format(
                        name=band.stage.name,
                        start=look.ID_LOCALE.toString(_qdate(_x(band.start)), "d MMM yyyy"),
                        end=look.ID_LOCALE.toString(_qdate(_x(band.end)), "d MMM yyyy"),
                        days=(band.end - band.start).days + 1,
                    )
                    if band
                    else None
                )
            when = look.ID_LOCALE.toString(_qdate(_x(day)), "d MMM yyyy")
            if plot is self.class_plot:
                last = None
                for c in self.classes:
                    if c.day <= day:
                        last = c
                if last is None:
                    return None
                return self.texts.get("describe_classes", "{day}").format(
                    day=when, rawan=last.rawan, sangat_rawan=last.sangat_rawan
                )
            count = next((i.count for i in self.incidents if i.day == day), 0)
            return self.texts.get("describe_incidents", "{day}").format(day=when, count=count)
        return None

    def _hover(self, scene_pos: QPointF) -> None:
        text = self.describe_at(scene_pos)
        if text:
            global_pos = self.view.mapToGlobal(self.view.mapFromScene(scene_pos))
            QToolTip.showText(global_pos, text, self.view)
        else:
            QToolTip.hideText()

    def _clicked(self, event) -> None:
        pos = event.scenePos()
        if not self.stage_plot.sceneBoundingRect().contains(pos):
            return
        point = self.stage_plot.vb.mapSceneToView(pos)
        band = self.band_at(point.x(), point.y())
        if band is not None:
            self.select_stage(band.stage.id)
            self.stageClicked.emit(band.stage.id)

    def band_scene_center(self, stage_id: str) -> QPointF:
        """Where a stage's band sits on the scene (tests click there)."""
        band = next(b for b in self.bands if b.stage.id == stage_id)
        low, high = self.x_range()
        x = (max(_x(band.start), low) + min(_x(band.end) + DAY, high)) / 2
        return self.stage_plot.vb.mapViewToScene(QPointF(x, band.row))
