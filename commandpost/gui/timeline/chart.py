"""The stage timeline drawn with pyqtgraph: stages as bands across the months, today's line
and voting day, and below them the rawan / sangat rawan TPS, the incidents per day, the
people deployed per day and the TPS progress hour by hour on voting day and the day after.

All rows share one time axis in seconds: a local day is drawn as its date read as UTC (see
``_x``), so hour h of a local day is ``_x(day) + h * 3600``.

Imported only when the timeline is first shown: pyqtgraph costs about 0.3 s to import, and
the window's first paint does not wait for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPen
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from commandpost.core.stages import Stage, depth, span
from commandpost.gui import look
from commandpost.gui.voting.labels import STATE_COLORS, state_label
from commandpost.store.timeline import (
    PROGRESS_SHOWN,
    ClassDay,
    DayCount,
    DutyDay,
    ProgressHour,
    VotingProgress,
)

DAY = 86_400.0
HOUR = 3_600.0
ROW = 1.0
BAND = 0.72
# Voting-day lines, readable in black and white (as in the voting-day view's chart).
PROGRESS_STYLES = {
    "opened": Qt.PenStyle.SolidLine,
    "finished": Qt.PenStyle.DashLine,
    "escorted": Qt.PenStyle.DotLine,
}
MIN_HALF_WIDTH = 6 * HOUR  # zoomed in as far as half a day: voting day's hours show
# Row heights in a dock of about 300 px (a 1366x768 laptop): each overlay row gets at least
# OVERLAY_MIN px (a title and legend line over the curve); the stages get a lane's height
# each (LANE_PX) and, of any room beyond, STAGE_STRETCH shares to one of each overlay.
OVERLAY_MIN = 40
LANE_PX = 15
STAGE_STRETCH = 3
# Above an overlay's highest value, room for its title line (px).
TITLE_PX = 15
AXIS_PX = 22  # the dates under the last row
# How a series' line reads in its row's title, as in the voting-day view's legend.
LEGEND_MARKS = {
    Qt.PenStyle.SolidLine: "━━",
    Qt.PenStyle.DashLine: "╍╍",
    Qt.PenStyle.DotLine: "┈┈",
}


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
    """Dates as officers write them (27 Nov 2024) whatever the laptop's locale; zoomed in
    to hours, the hours of the post's clock (09.00), midnight named by its date."""

    def tickStrings(self, values, scale, spacing):
        if spacing < DAY:
            return [
                look.ID_LOCALE.toString(_qdate(v), "d MMM")
                if v % DAY == 0
                else dt.datetime.fromtimestamp(v, dt.UTC).strftime("%H.%M")
                for v in values
            ]
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


def _count(value: int) -> str:
    """17.231, as officers write numbers."""
    return look.ID_LOCALE.toString(int(value))


class _CountAxis(pg.AxisItem):
    """Counts as officers write them (17.231), never as 17.2 with a "x1000" in the label;
    in a low row only 0 and at most two round values up to the highest one drawn
    (``data_top``), none in the title line above it."""

    def __init__(self) -> None:
        super().__init__("left")
        self.enableAutoSIPrefix(False)
        self.data_top = 1.0

    def tickValues(self, minVal, maxVal, size):
        levels = super().tickValues(minVal, min(maxVal, self.data_top), size / 2)
        if not levels:
            return levels
        spacing, values = levels[0]
        kept = [v for v in values if 0 <= v <= self.data_top + 1e-9]
        while len(kept) > 3:
            kept = kept[::2]
        return [(spacing, kept)]

    def tickStrings(self, values, scale, spacing):
        return [_count(v) if float(v).is_integer() else "" for v in values]


def hour_x(hour: ProgressHour) -> float:
    """Where a local hour of voting day starts on the time axis."""
    return _x(hour.day) + hour.hour * HOUR


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
        self.stage_plot = self._row(0, STAGE_STRETCH)
        self.class_plot = self._row(1, 1)
        self.incident_plot = self._row(2, 1)
        self.people_plot = self._row(3, 1)
        self.progress_plot = self._row(4, 1)
        self.plots = (
            self.stage_plot,
            self.class_plot,
            self.incident_plot,
            self.people_plot,
            self.progress_plot,
        )
        small = QFont()
        small.setPointSizeF(7.5)
        for plot in self.plots:
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(52)
            plot.getAxis("left").setStyle(tickFont=small, tickTextOffset=3)
            plot.setMouseEnabled(x=True, y=False)
            plot.showGrid(x=True, y=False, alpha=0.15)
            if plot is not self.stage_plot:
                plot.setXLink(self.stage_plot)
            if plot is not self.plots[-1]:  # the dates once, under the last row
                plot.getAxis("bottom").setStyle(showValues=False)
                plot.getAxis("bottom").setHeight(4)
        self.view.ci.layout.setVerticalSpacing(0)
        self.view.ci.setContentsMargins(2, 2, 2, 0)
        self.stage_plot.invertY(True)
        self.stage_plot.getAxis("left").setStyle(showValues=False, tickLength=0)
        # Each overlay's name and legend on one line in its top left corner (a rotated axis
        # title does not fit a row this low, nor does a legend box).
        self.titles = {}
        self._tops: dict = {}
        font = QFont()
        font.setPointSizeF(8)
        for plot in self.plots[1:]:
            title = pg.TextItem("", anchor=(0, 0))
            title.setFont(font)
            title.setParentItem(plot.vb)
            title.setPos(0, -5)
            self.titles[plot] = title
            plot.vb.sigResized.connect(lambda _vb, p=plot: self._fit(p))
        self.bands: list[Band] = []
        self._bands_item: StageBands | None = None
        self._selected: str | None = None
        self.classes: list[ClassDay] = []
        self.incidents: list[DayCount] = []
        self.duty: list[DutyDay] = []
        self.plan = 0
        self.progress = VotingProgress([], 0)
        self.zone = "WIB"
        self.today: dt.date = dt.date.today()
        self.voting_day: dt.date | None = None
        self._range: tuple[float, float] | None = None
        self.view.scene().sigMouseMoved.connect(self._hover)
        self.view.scene().sigMouseClicked.connect(self._clicked)
        self.texts: dict[str, str] = {}
        self.empty_notes: dict = {}

    def _row(self, row: int, stretch: int):
        grid = self.view.ci.layout
        if row:
            plot = self.view.addPlot(
                row=row, col=0, axisItems={"bottom": _DateAxis(), "left": _CountAxis()}
            )
            low = OVERLAY_MIN + (AXIS_PX if row == 4 else 0)
            grid.setRowMinimumHeight(row, low)
            grid.setRowPreferredHeight(row, low)
        else:
            plot = self.view.addPlot(row=row, col=0, axisItems={"bottom": _DateAxis()})
        plot.setMinimumHeight(0)
        plot.vb.setMinimumHeight(0)
        grid.setRowStretchFactor(row, stretch)
        return plot

    def _title(self, plot, title: str, entries: list[tuple[str, str, str]]) -> None:
        """An overlay's title line: its name in bold, then each series as (mark, colour,
        name), or the grey empty note when it has nothing to show."""
        parts = [f"<b>{escape(title)}</b>"] if title else []
        parts += [
            f"<span style='color:{color}; font-weight:bold'>{mark}</span>&nbsp;{escape(name)}"
            for mark, color, name in entries
        ]
        note = self.empty_notes.get(plot)
        if note:
            parts.append(f"<span style='color:#666666'>{escape(note)}</span>")
        self.titles[plot].setHtml(
            "<span style='color:#222222'>" + " &nbsp; ".join(parts) + "</span>"
        )

    def _fit(self, plot) -> None:
        """The row's highest value just under its title line, whatever the row's height."""
        top = max(self._tops.get(plot, 1), 1)
        plot.getAxis("left").data_top = top
        height = plot.vb.height()
        room = height / (height - TITLE_PX) if height > TITLE_PX + 8 else 1.6
        plot.setYRange(0, top * room, padding=0)

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
        duty: list[DutyDay] | None = None,
        plan: int = 0,
        progress: VotingProgress | None = None,
        zone: str = "WIB",
    ) -> None:
        """Draw everything again. ``texts``: translated labels (see TimelinePanel.chart_texts:
        rawan, sangat_rawan, today, voting_day, the rows' titles, empty notes and hover
        templates). ``duty``: people deployed per local day; ``plan``: people in the
        operation's plan; ``progress``: TPS per hour of voting day (None: none);
        ``zone``: the post's clock (WIB, WITA, WIT), named in the hover."""
        self.texts = texts
        self.today, self.voting_day = today, voting_day
        self.classes, self.incidents = classes, incidents
        self.duty, self.plan, self.zone = list(duty or []), plan, zone
        self.progress = progress or VotingProgress([], 0)
        for plot in self.plots:
            plot.clear()
        self.empty_notes = {}
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
        self._draw_people()
        self._draw_progress()
        self._titles()
        rows = max((b.row for b in self.bands), default=0) + 1
        self.view.ci.layout.setRowMinimumHeight(0, rows * LANE_PX + 8)
        self.view.ci.layout.setRowPreferredHeight(0, rows * LANE_PX + 8)
        self.stage_plot.setYRange(-0.6, rows - 0.4, padding=0)
        self._tops = {
            self.class_plot: max(
                [*(c.rawan for c in classes), *(c.sangat_rawan for c in classes)], default=1
            ),
            self.incident_plot: max((i.count for i in incidents), default=1),
            self.people_plot: max((d.on_duty for d in self.duty), default=1),
            self.progress_plot: self.progress.total,
        }
        for plot in self._tops:
            self._fit(plot)
        self.show_all()
        self._paint_selection()

    def _draw_people(self) -> None:
        """People on duty per day as open bars, those who reported at their post as the
        solid bar inside: in black and white, outline against fill."""
        texts = self.texts
        if not self.duty:
            note = texts.get("no_people", "")
            self._empty(self.people_plot, note.replace("{plan}", _count(self.plan)))
            return
        color = QColor(look.PERSONNEL_COLOR)
        on_duty = pg.BarGraphItem(
            x0=[_x(d.day) + DAY * 0.05 for d in self.duty],
            width=DAY * 0.9,
            height=[d.on_duty for d in self.duty],
            brush=QColor(color.lighter(185)),
            pen=pg.mkPen(color.darker(130), width=1),
        )
        present = pg.BarGraphItem(
            x0=[_x(d.day) + DAY * 0.25 for d in self.duty],
            width=DAY * 0.5,
            height=[d.checked_in for d in self.duty],
            brush=color,
            pen=pg.mkPen(color.darker(130), width=1),
        )
        self.people_plot.addItem(on_duty)
        self.people_plot.addItem(present)

    def _draw_progress(self) -> None:
        """TPS that reached opened, finished, escorted by the end of each hour, as steps."""
        hours = self.progress.hours
        if not hours:
            self._empty(self.progress_plot, self.texts.get("no_progress", ""))
            return
        xs = [*(hour_x(h) for h in hours), hour_x(hours[-1]) + HOUR]
        for state in PROGRESS_SHOWN:
            self.progress_plot.plot(
                xs,
                [h.reached[state] for h in hours],
                stepMode="center",
                pen=pg.mkPen(STATE_COLORS[state], width=2, style=PROGRESS_STYLES[state]),
            )

    def progress_hour_at(self, x: float) -> ProgressHour | None:
        """The hour of voting day drawn at ``x`` (None outside the hours drawn)."""
        for hour in self.progress.hours:
            if hour_x(hour) <= x < hour_x(hour) + HOUR:
                return hour
        return None

    def _titles(self) -> None:
        texts = self.texts

        def line(key: str, color: str, style: Qt.PenStyle) -> tuple[str, str, str]:
            return LEGEND_MARKS[style], color, key

        classes = [
            line(texts.get(k, k), look.class_color(k).name(), self._class_style(k))
            for k in ("sangat_rawan", "rawan")
        ]
        people = [
            ("□", look.PERSONNEL_COLOR, texts.get("on_duty", "on_duty")),
            ("■", look.PERSONNEL_COLOR, texts.get("checked_in", "checked_in")),
        ]
        progress = [
            line(state_label(s), STATE_COLORS[s], PROGRESS_STYLES[s]) for s in PROGRESS_SHOWN
        ]
        for plot, key, entries in (
            (self.class_plot, "classes_title", classes if self.classes else []),
            (self.incident_plot, "incidents_title", []),
            (self.people_plot, "people_title", people if self.duty else []),
            (self.progress_plot, "progress_title", progress if self.progress.hours else []),
        ):
            self._title(plot, texts.get(key, ""), entries)

    @staticmethod
    def _class_style(key: str) -> Qt.PenStyle:
        # Readable in black and white: sangat rawan solid, rawan dashed.
        return Qt.PenStyle.SolidLine if key == "sangat_rawan" else Qt.PenStyle.DashLine

    def _empty(self, plot, text: str) -> None:
        """A grey note after the title of an overlay that has nothing to show yet."""
        if text:
            self.empty_notes[plot] = text

    def _lines(self, plots=None) -> None:
        for plot in plots or self.plots:
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
        half = min(max(half, MIN_HALF_WIDTH), 3 * 365 * DAY)
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
        for plot in self.plots:
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
            if plot is self.people_plot:
                return self.describe_people(day)
            if plot is self.progress_plot:
                return self.describe_progress(point.x())
            count = next((i.count for i in self.incidents if i.day == day), 0)
            return self.texts.get("describe_incidents", "{day}").format(day=when, count=count)
        return None

    def describe_people(self, day: dt.date) -> str:
        """'27 Nov 2024: 2.342 people on duty in a shift, 2.323 reported…' for a day."""
        found = next((d for d in self.duty if d.day == day), DutyDay(day, 0, 0))
        return self.texts.get("describe_people", "{day}").format(
            day=look.ID_LOCALE.toString(_qdate(_x(day)), "d MMM yyyy"),
            on_duty=_count(found.on_duty),
            checked_in=_count(found.checked_in),
            plan=_count(self.plan),
        )

    def describe_progress(self, x: float) -> str | None:
        """'27 Nov 2024 09.00 WIB: 16.900 opened, …' for the hour drawn at ``x``: the TPS
        as they stood at the END of that hour."""
        hour = self.progress_hour_at(x)
        if hour is None:
            return None
        end = hour_x(hour) + HOUR
        when = look.ID_LOCALE.toString(_qdate(end), "d MMM yyyy") + dt.datetime.fromtimestamp(
            end, dt.UTC
        ).strftime(" %H.%M")
        return self.texts.get("describe_progress", "{time}").format(
            time=when,
            zone=self.zone,
            total=_count(self.progress.total),
            **{state: _count(n) for state, n in hour.reached.items()},
        )

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
