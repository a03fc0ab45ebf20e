"""The voting-day panel (hari H): how far the TPS of the selected region are, over the day.

Left, the TPS per state now (bars: TPS that reached at least that state, of all); middle, a
chart of the TPS opened, finished and escorted by the end of each local hour (from the
change log, so an undo shows at once); right, the TPS that had not reached a state by a time
("belum dibuka pukul 07.30"). Counts are TPS; hours are the post's (WIB, WITA or WIT).

pyqtgraph is imported only when the chart is first shown: the window's start-up does not
pay for it. A large region's curve and list are read in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QThread,
    QTime,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.progress import PROGRESS_STATES, at_least
from commandpost.core.stages import h_label, local_day
from commandpost.core.stages import zone as zone_of
from commandpost.core.zones import in_zone
from commandpost.gui import look
from commandpost.gui.models.region_tree import format_count, node_title
from commandpost.gui.models.rows import RowsModel
from commandpost.gui.voting.labels import PROBLEM_COLOR, STATE_COLORS, state_label
from commandpost.store import duty, progress, queries
from commandpost.store.database import Database
from commandpost.store.progress import ProgressRow

# The chart's lines: TPS opened, finished, boxes escorted (each also with its own dash).
CHART_STATES = ("opened", "finished", "escorted")
_DASHES = {
    "opened": Qt.PenStyle.SolidLine,
    "finished": Qt.PenStyle.DashLine,
    "escorted": Qt.PenStyle.DotLine,
}
_LEGEND_LINES = {"opened": "━━", "finished": "╍╍", "escorted": "┈┈"}
# The late-TPS filters: not reached this state by this local time (the default time).
FILTERS = (("opened", QTime(7, 30)), ("finished", QTime(14, 0)), ("escorted", QTime(18, 0)))
LIST_LIMIT = 2000
SYNC_TPS = 5000  # larger regions are read in a worker thread
CodeRole = Qt.ItemDataRole.UserRole + 1
COL_TPS, COL_VILLAGE, COL_STATE, COL_TIME, COL_PROBLEM = range(5)
_COLUMNS = 5


def _pale(color: str, strength: float = 0.4) -> str:
    """The colour mixed with white: a bar behind black text stays readable."""
    c = QColor(color)
    mix = [round(255 - (255 - v) * strength) for v in (c.red(), c.green(), c.blue())]
    return QColor(*mix).name()


class ProgressListModel(RowsModel):
    """The late-TPS list: TPS, village, current state, when, problem."""

    COLUMN_COUNT = _COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = "WIB"
        self._day: dt.date | None = None

    def set_rows(self, rows: list[ProgressRow], zone: str, day: dt.date | None) -> None:
        self._zone, self._day = zone, day
        self._replace_rows(rows)

    def rows(self) -> list[ProgressRow]:
        return list(self._rows)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < _COLUMNS:
            return None
        return (
            self.tr("TPS"),
            self.tr("Village"),
            self.tr("State now"),
            self.tr("Reported"),
            self.tr("Problem"),
        )[section]

    def _time(self, iso: str) -> str:
        """The post's clock only on voting day (the list's day), else day and time."""
        when = in_zone(iso, self._zone)
        if when is None:
            return iso or ""
        if when.date() == self._day:
            return f"{when:%H.%M}"
        return look.format_time(when, self._zone)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_TPS:
                return f"TPS {row.number:03d}"
            if column == COL_VILLAGE:
                return row.village
            if column == COL_STATE:
                return state_label(row.state)
            if column == COL_TIME:
                return self._time(row.progress_at)
            return self.tr("problem") if row.problem else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.code
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_PROBLEM and row.problem:
                return QColor(PROBLEM_COLOR)
            if column == COL_STATE:
                return QColor(STATE_COLORS.get(row.state, STATE_COLORS["none"])).darker(130)
            return None
        if role == CodeRole:
            return row.code
        return None


class _Job(QThread):
    """One read in a worker thread; the panel takes its result if still wanted."""

    def __init__(self, key: tuple, func: Callable[[], Any], done: Callable[[Any], None]) -> None:
        super().__init__()
        self.key = key
        self.func = func
        self.done = done
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.func()
        except Exception as exc:  # handed to the GUI thread, shown there
            self.error = exc


class VotingDayPanel(QWidget):
    """The voting-day view of one region. ``edited(edits, text, codes)`` is emitted after the
    officer saved progress from here: the main window adds it to its undo history."""

    edited = Signal(list, str, list)
    revealRequested = Signal(str)  # a TPS code to show in the tree (double-click in the list)
    chartReady = Signal()  # the chart's data (and the list) were read again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("votingDayPanel")
        self._db: Database | None = None
        self._code: str | None = None
        self._selection: list[str] = []
        self._zone = "WIB"
        self._day: dt.date | None = None
        self._chart_data: dict[str, list[int]] = {}
        self._total = 0
        self._plot = None  # the pyqtgraph PlotWidget, made when first shown
        # How to wait for the window's first paint before importing pyqtgraph (the main
        # window gives its own; on its own, this panel's first paint).
        self.after_first_paint = self._after_own_paint
        self._curves: dict[str, Any] = {}
        self._jobs: set[_Job] = set()
        self._tokens: dict[str, int] = {}
        self._language_pending = False
        self._build()
        self._retranslate()
        self._show_empty()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("titleLabel")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_button = QPushButton(self)
        self.set_button.setObjectName("setProgressButton")
        self.set_action = QAction(self)
        self.set_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        # Window-wide while the panel is on screen: the officer selects in the tree.
        self.set_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.set_action.triggered.connect(self.set_progress_for_selection)
        self.addAction(self.set_action)
        self.set_button.clicked.connect(self.set_action.trigger)
        self.problem_button = QPushButton(self)
        self.problem_button.setObjectName("problemButton")
        self.problem_button.clicked.connect(self.flag_problem_for_selection)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.problem_button)
        top.addWidget(self.set_button)

        # Left: TPS per state.
        self.counts_box = QWidget(self)
        grid = QGridLayout(self.counts_box)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        self.counts_heading = QLabel(self.counts_box)
        self.now_heading = QLabel(self.counts_box)
        self.now_heading.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.counts_heading, 0, 0, 1, 2)
        grid.addWidget(self.now_heading, 0, 2)
        self.state_names: dict[str, QLabel] = {}
        self.bars: dict[str, QProgressBar] = {}
        self.now_counts: dict[str, QLabel] = {}
        for row, state in enumerate(PROGRESS_STATES[1:] + PROGRESS_STATES[:1], start=1):
            name = QLabel(self.counts_box)
            bar = QProgressBar(self.counts_box)
            bar.setObjectName(f"bar_{state}")
            bar.setTextVisible(True)
            # Room for "17.231 dari 17.231" (a province's count), not cut at the edges.
            bar.setMinimumWidth(bar.fontMetrics().horizontalAdvance("888.888 dari 888.888") + 16)
            bar.setMaximumHeight(18)
            chunk = _pale(STATE_COLORS[state])
            bar.setStyleSheet(
                "QProgressBar { border: 1px solid #b0b0b0; border-radius: 2px; "
                "background: #f4f4f4; text-align: center; } "
                f"QProgressBar::chunk {{ background: {chunk}; }}"
            )
            now = QLabel(self.counts_box)
            now.setObjectName(f"now_{state}")
            now.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            swatch = QLabel(self.counts_box)
            swatch.setFixedSize(10, 10)
            swatch.setStyleSheet(f"background: {STATE_COLORS[state]}; border: 1px solid #555;")
            line = QHBoxLayout()
            line.setSpacing(5)
            line.addWidget(swatch)
            line.addWidget(name, 1)
            grid.addLayout(line, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(now, row, 2)
            self.state_names[state], self.bars[state], self.now_counts[state] = name, bar, now
        self.problem_label = QLabel(self.counts_box)
        self.problem_label.setObjectName("problemLabel")
        grid.addWidget(self.problem_label, len(PROGRESS_STATES) + 1, 0, 1, 3)
        grid.setRowStretch(len(PROGRESS_STATES) + 2, 1)
        grid.setColumnStretch(1, 1)

        # Middle: the chart (made when first shown).
        self.chart_box = QWidget(self)
        self.chart_layout = QVBoxLayout(self.chart_box)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart_title = QLabel(self.chart_box)
        self.chart_title.setObjectName("chartTitle")
        legend = QHBoxLayout()
        legend.setContentsMargins(4, 0, 0, 0)
        legend.setSpacing(12)
        legend.addWidget(self.chart_title)
        self.legend_labels: dict[str, QLabel] = {}
        for state in CHART_STATES:
            label = QLabel(self.chart_box)
            label.setTextFormat(Qt.TextFormat.RichText)
            legend.addWidget(label)
            self.legend_labels[state] = label
        legend.addStretch(1)
        self.chart_layout.addLayout(legend)
        self.chart_placeholder = QLabel(self.chart_box)
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.chart_placeholder, 1)

        # Right: the late-TPS list.
        self.list_box = QWidget(self)
        self.filter_combo = QComboBox(self.list_box)
        self.filter_combo.setObjectName("filterCombo")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.time_edit = QTimeEdit(self.list_box)
        self.time_edit.setObjectName("filterTime")
        self.time_edit.setDisplayFormat("HH.mm")
        self.time_edit.setLocale(look.ID_LOCALE)
        self.zone_label = QLabel(self.list_box)
        self.list_count = QLabel(self.list_box)
        self.list_count.setObjectName("listCount")
        self.model = ProgressListModel(self)
        self.table = QTableView(self.list_box)
        self.table.setObjectName("lateTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Short columns as wide as their text, the village takes the rest (two "TPS 001" rows
        # are told apart by their village).
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VILLAGE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.doubleClicked.connect(self._double_clicked)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.filter_combo)
        filters.addWidget(self.time_edit)
        filters.addWidget(self.zone_label)
        filters.addStretch(1)
        list_layout = QVBoxLayout(self.list_box)
        list_layout.setContentsMargins(6, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.table)
        # Under the list, so that the filter's words keep their room on a laptop.
        self.list_count.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        list_layout.addWidget(self.list_count)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.time_edit.timeChanged.connect(lambda _time: self._load_list())

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for part in (self.counts_box, self.chart_box, self.list_box):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([310, 520, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        for _state, default in FILTERS:
            self.filter_combo.addItem("", default)
        self.time_edit.setTime(FILTERS[0][1])

    def _retranslate(self) -> None:
        self.problem_button.setText(self.tr("Mark a &problem…"))
        self.problem_button.setToolTip(
            self.tr("Flag a problem at the selected TPS, linked to the incident that describes it")
        )
        self.set_button.setText(self.tr("Set progress for the selection…"))
        self.set_button.setToolTip(
            self.tr(
                "Record the voting-day step the selected TPS reached (Ctrl+Shift+P); a "
                "region stands for every TPS below it"
            )
        )
        self.set_action.setText(self.tr("Set progress for the selection…"))
        reached, now = self.tr("TPS that reached"), self.tr("now")
        self.counts_heading.setText(f"<b>{reached}</b>")
        self.now_heading.setText(f"<b>{now}</b>")
        self.now_heading.setToolTip(self.tr("TPS whose latest step is this one"))
        for state, label in self.state_names.items():
            label.setText(state_label(state))
        self.chart_placeholder.setText(self.tr("The day's chart appears here."))
        title = self.tr("TPS by the end of each hour")
        self.chart_title.setText(f"<b>{title}</b> ({self._zone}):")
        for state, label in self.legend_labels.items():
            label.setText(
                f"<span style='color: {STATE_COLORS[state]}; font-weight: bold'>"
                f"{_LEGEND_LINES[state]}</span> {state_label(state)}"
            )
        filter_texts = {
            "opened": self.tr("TPS not opened by"),
            "finished": self.tr("TPS not finished by"),
            "escorted": self.tr("Boxes not escorted by"),
        }
        for index, (state, _time) in enumerate(FILTERS):
            self.filter_combo.setItemText(index, filter_texts[state])
        self.time_edit.setToolTip(self.tr("Local time on voting day"))
        self.table.setToolTip(
            self.tr("Double-click to show the TPS in the tree; select rows to update them")
        )
        self.model.retranslate()

    # --- what is shown --------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        """Show ``db`` (None: nothing); the post's zone and voting day come from it."""
        self._wait_for_jobs()
        self._db = db
        self._code = None
        self._selection = []
        if db is not None:
            self._zone = duty.post_zone(db)
            op = queries.operation(db)
            self._day = op.voting_day if op and op.voting_day else self._today()
        self.zone_label.setText(self._zone)
        self._retranslate()  # the chart's title names the zone
        self.reload()

    def show_node(self, code: str | None) -> None:
        """Show a region's (or a TPS's) progress; None shows nothing. The selection that
        "set progress" uses is left alone (see :meth:`set_selection`)."""
        self._code = code
        self.reload()

    def set_selection(self, codes: list[str]) -> None:
        """The TPS or regions selected in the tree: what "set progress" applies to when no
        row of the list is selected ([]: the region shown)."""
        self._selection = list(codes)

    def selection_codes(self) -> list[str]:
        """Rows selected in the list, else the tree's selection, else the region shown."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            return [self.model.rows()[r].code for r in rows]
        if self._selection:
            return list(self._selection)
        return [self._code] if self._code else []

    def current_code(self) -> str | None:
        return self._code

    def voting_day(self) -> dt.date | None:
        return self._day

    def zone(self) -> str:
        return self._zone

    def chart_data(self) -> dict[str, list[int]]:
        """What the chart shows: for each of opened, finished and escorted, the TPS that had
        reached at least that state by the end of each local hour 0..23 of voting day."""
        return {state: list(values) for state, values in self._chart_data.items()}

    def list_rows(self) -> list[ProgressRow]:
        return self.model.rows()

    def reload(self) -> None:
        """Read everything again (after a change, or when the region changes)."""
        if self._db is None or self._code is None:
            self._show_empty()
            return
        info = queries.node(self._db, self._code)
        if info is None:
            self._code = None
            self._show_empty()
            return
        self._show_title(info)
        self._show_counts(info.progress_counts(), info.tps_count, info.p_problem)
        self._total = info.tps_count
        self._load_chart(info.tps_count)
        self._load_list()

    def _today(self) -> dt.date:
        return local_day(self.now(), self._zone)

    @staticmethod
    def now() -> dt.datetime:
        """The moment the panel counts from (the window gives a demo its own day)."""
        return dt.datetime.now(dt.UTC)

    def _show_empty(self) -> None:
        self.title.setText(
            self.tr("Select a region or TPS in the tree to see its voting-day progress.")
        )
        self._show_counts(dict.fromkeys(PROGRESS_STATES, 0), 0, 0)
        self._chart_data = {s: [0] * 24 for s in CHART_STATES}
        self._total = 0
        self._draw_chart()
        self.model.set_rows([], self._zone, self._day)
        self.list_count.setText("")
        self.set_button.setEnabled(False)
        self.problem_button.setEnabled(False)
        self.set_action.setEnabled(False)

    def _show_title(self, info) -> None:
        day = self._day
        when = ""
        if day is not None:
            offset = (self._today() - day).days
            when = f" · {h_label(offset)} · " + look.day_text(day) + f" ({self._zone})"
        self.title.setText(f"<b>{node_title(info)}</b>{when}")
        self.set_button.setEnabled(True)
        self.problem_button.setEnabled(True)
        self.set_action.setEnabled(True)

    def _show_counts(self, counts: dict[str, int], total: int, problems: int) -> None:
        for state in PROGRESS_STATES:
            bar = self.bars[state]
            reached = counts.get("none", 0) if state == "none" else at_least(counts, state)
            bar.setMaximum(max(total, 1))
            bar.setValue(reached)
            bar.setFormat(
                self.tr("%1 of %2")
                .replace("%1", format_count(reached))
                .replace("%2", format_count(total))
            )
            self.now_counts[state].setText(format_count(counts.get(state, 0)))
        if problems:
            self.problem_label.setText(
                self.tr("TPS with a problem: %1").replace("%1", format_count(problems))
            )
            self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOR}; font-weight: bold;")
        else:
            self.problem_label.setText(self.tr("No TPS with a problem"))
            self.problem_label.setStyleSheet("")

    # --- the chart ------------------------------------------------------------------------

    def _run(self, kind: str, func: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """``func`` in a worker thread; ``done(result)`` here, unless another read of the
        same ``kind`` (or another region or database) was asked for since."""
        self._tokens[kind] = self._tokens.get(kind, 0) + 1
        job = _Job((kind, self._tokens[kind], id(self._db), self._code), func, done)
        self._jobs.add(job)
        job.finished.connect(self._job_finished)  # queued: this object lives in the GUI thread
        job.start()

    def _job_finished(self) -> None:
        job = self.sender()
        if not isinstance(job, _Job):
            return
        self._jobs.discard(job)
        job.deleteLater()
        kind, token, db_id, code = job.key
        if (token, db_id, code) != (self._tokens.get(kind), id(self._db), self._code):
            return  # asked again since: a newer read is on its way
        if job.error is not None:
            self.list_count.setText(self.tr("could not be read"))
            return
        job.done(job.result)

    def _wait_for_jobs(self) -> None:
        for job in list(self._jobs):
            job.wait()

    def _load_chart(self, tps_count: int) -> None:
        db, day, zone, code = self._db, self._day, self._zone, self._code

        def read() -> dict[str, list[int]]:
            curve = progress.progress_by_hour(db, day, zone, code)
            return {s: [reached[s] for _hour, reached in curve] for s in CHART_STATES}

        def show(data: dict[str, list[int]]) -> None:
            self._chart_data = data
            self._draw_chart()
            self.chartReady.emit()

        if tps_count <= SYNC_TPS:
            self._tokens["chart"] = self._tokens.get("chart", 0) + 1  # older reads are stale
            show(read())
        else:
            self._run("chart", read, show)

    def _ensure_chart(self) -> None:
        if self._plot is not None:
            return
        import pyqtgraph as pg  # here, not at start-up: it costs a few hundred milliseconds

        class HourAxis(pg.AxisItem):
            def tickStrings(self, values, scale, spacing):
                return [f"{int(v):02d}.00" for v in values]

        class CountAxis(pg.AxisItem):
            def tickStrings(self, values, scale, spacing):
                return [format_count(int(v)) if v == int(v) else "" for v in values]

        plot = pg.PlotWidget(
            self.chart_box,
            background="w",
            axisItems={"bottom": HourAxis("bottom"), "left": CountAxis("left")},
        )
        plot.setObjectName("progressChart")
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.getAxis("bottom").setTickSpacing(3, 1)
        for side in ("bottom", "left"):
            plot.getAxis(side).setTextPen("#333333")
            plot.getAxis(side).setPen("#888888")
        for state in CHART_STATES:
            pen = pg.mkPen(STATE_COLORS[state], width=2.5, style=_DASHES[state])
            self._curves[state] = plot.plot([], [], pen=pen)
        self.chart_layout.removeWidget(self.chart_placeholder)
        self.chart_placeholder.hide()
        self.chart_layout.addWidget(plot, 1)
        self._plot = plot
        self._draw_chart()

    def _draw_chart(self) -> None:
        if self._plot is None:
            return
        # The end of hour h is h + 1 on the clock; on voting day itself, up to now.
        shown = 24
        if self._day is not None and self._today() == self._day:
            now = self.now().astimezone(zone_of(self._zone))
            shown = now.hour + 1
        hours = list(range(1, shown + 1))
        for state, curve in self._curves.items():
            curve.setData(hours, self._chart_data.get(state, [0] * 24)[:shown])
        self._plot.setXRange(0, 24, padding=0.01)
        self._plot.setYRange(0, max(self._total, 1), padding=0.05)

    # --- the late-TPS list ----------------------------------------------------------------

    def _filter_changed(self, index: int) -> None:
        default = self.filter_combo.itemData(index)
        if isinstance(default, QTime) and self.time_edit.time() != default:
            self.time_edit.setTime(default)  # reloads the list
        else:
            self._load_list()

    def filter_state(self) -> str:
        return FILTERS[max(0, self.filter_combo.currentIndex())][0]

    def filter_moment(self) -> dt.datetime | None:
        """The filter's time on voting day in the post's zone."""
        if self._day is None:
            return None
        time = self.time_edit.time()
        return dt.datetime.combine(
            self._day, dt.time(time.hour(), time.minute()), tzinfo=zone_of(self._zone)
        )

    def set_filter(self, state: str, hour: int, minute: int = 0) -> None:
        """Choose a late-TPS filter, e.g. ``("opened", 7, 30)``: not opened by 07.30."""
        index = [s for s, _t in FILTERS].index(state)
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(index)
        self.filter_combo.blockSignals(False)
        self.time_edit.setTime(QTime(hour, minute))
        self._load_list()

    def _load_list(self) -> None:
        if self._db is None or self._code is None:
            return
        db, code, state, at = self._db, self._code, self.filter_state(), self.filter_moment()

        def read() -> list[ProgressRow]:
            return progress.list_progress(db, code, not_reached=state, at=at, limit=LIST_LIMIT + 1)

        if self._total <= SYNC_TPS:
            self._tokens["list"] = self._tokens.get("list", 0) + 1
            self._show_list(read())
        else:
            self.list_count.setText(self.tr("reading…"))
            self._run("list", read, self._show_list)

    def _show_list(self, rows: list[ProgressRow]) -> None:
        shown = rows[:LIST_LIMIT]
        self.model.set_rows(shown, self._zone, self._day)
        if len(rows) > LIST_LIMIT:
            text = self.tr("first %1 TPS").replace("%1", format_count(LIST_LIMIT))
        else:
            text = self.tr("%1 TPS").replace("%1", format_count(len(shown)))
        self.list_count.setText(text)
        self._size_columns(shown)

    def _size_columns(self, rows: list[ProgressRow]) -> None:
        """TPS, state, time and problem as wide as what they hold; the village takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()

        def fit(column: int, samples: list[str]) -> None:
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = max(metrics.horizontalAdvance(t) for t in [*samples, title])
            header.resizeSection(column, widest + 14)

        fit(COL_TPS, ["TPS 888"])
        fit(COL_STATE, [state_label(s) for s in {r.state for r in rows} or {"none"}])
        fit(
            COL_TIME,
            [
                self.model.data(self.model.index(i, COL_TIME)) or ""
                for i in range(min(len(rows), 200))
            ]
            or ["88.88"],
        )
        fit(COL_PROBLEM, [self.tr("problem")])
        self.table.setColumnHidden(COL_PROBLEM, not any(r.problem for r in rows))

    def _double_clicked(self, index: QModelIndex) -> None:
        code = index.data(CodeRole)
        if code:
            self.revealRequested.emit(code)

    # --- updating -------------------------------------------------------------------------

    def create_problem_dialog(self, codes: list[str]):
        from commandpost.gui.voting.problem_dialog import ProblemDialog

        return ProblemDialog(self._db, codes, self._code, self)

    def flag_problem_for_selection(self) -> bool:
        """Flag or clear a problem at :meth:`selection_codes`; True if something was saved."""
        codes = self.selection_codes()
        if self._db is None or not codes:
            return False
        dialog = self.create_problem_dialog(codes)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            edits, text = dialog.edits, dialog.summary
        finally:
            dialog.deleteLater()
        self.reload()
        self.edited.emit(edits, text, codes)
        return True

    def set_progress_for_selection(self) -> bool:
        """Open the dialog for :meth:`selection_codes`; True if something was saved."""
        from commandpost.gui.voting.dialog import ProgressDialog

        codes = self.selection_codes()
        if self._db is None or not codes:
            return False
        # Typed in the post's zone; a demo (whose "today" is before voting day) is offered
        # voting day at 07.00.
        default = None
        if self._day is not None and self._today() != self._day:
            default = dt.datetime.combine(self._day, dt.time(7, 0), zone_of(self._zone))
        dialog = ProgressDialog(self._db, codes, self, zone=self._zone, default=default)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            edits, text = dialog.edits, dialog.summary
        finally:
            dialog.deleteLater()
        self.reload()
        self.edited.emit(edits, text, codes)
        return True

    # --- Qt events ------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._plot is None:
            # pyqtgraph loads after this panel has been painted: a window that starts with
            # the panel open shows first, the chart fills in (as the timeline does).
            self.after_first_paint(self._chart_when_shown)
        else:
            self._ensure_chart()

    def _after_own_paint(self, done) -> None:
        from commandpost.gui.app import FirstPaint

        FirstPaint(self, done)

    def _chart_when_shown(self) -> None:
        if self.isVisible():
            self.ensure_chart_now()

    def ensure_chart_now(self) -> None:
        """Build the chart at once (the menu and tests do; a start-up defers it)."""
        self._ensure_chart()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._language_pending:
            self._language_pending = True
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self, self._language_changed)
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._language_pending = False
        self._retranslate()
        if self._code is not None:
            self.reload()
        else:
            self._show_empty()

    def closeEvent(self, event) -> None:
        self._wait_for_jobs()
        super().closeEvent(event)
