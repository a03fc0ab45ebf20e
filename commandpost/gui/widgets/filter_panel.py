"""Filter kerawanan: a flat list of the TPS or regions that match, each one a click from the tree.

"Areas with rawan or worse", "sangat rawan TPS in Polres Lebak", "TPS with a disaster threat":
every filter runs in SQLite (on the roll-ups for regions), so it stays fast on the national
database. Selected TPS can be updated together from here.

The list sorts by any column (a click on its header; a third click returns to code order):
names and places alphabetically, counts as numbers, classes by severity. Ctrl+C copies the
selected rows (or all) with the header, "Save as…" writes CSV or Excel (see
:mod:`.filter_export`). The criteria, the sort and the column widths are kept in the settings
between runs. The controls wrap onto more lines in a narrow window (a flow layout), so the
panel never widens the main window.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.regions import Level, NodeInfo
from commandpost.core.threats import TpsClass
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.models.region_tree import format_count, node_title
from commandpost.gui.widgets.flow_layout import FlowLayout, group
from commandpost.store import queries, threats, units
from commandpost.store.database import Database
from commandpost.store.units import UnitInfo

LIMIT = 5000
DELAY_MS = 120
(
    COL_NAME,
    COL_PLACE,
    COL_CLASS,
    COL_RAWAN,
    COL_SANGAT,
    COL_THREAT,
    COL_CODE,
    COL_DPT,
) = range(8)
COLUMNS = 8
KIND_TPS, KIND_REGIONS = "tps", "regions"
AREA_ALL, AREA_SELECTED = "*", "@"
# Classes by severity, for sorting: the order of look.region_class's "worst class".
CLASS_SEVERITY = {
    TpsClass.KURANG_RAWAN.value: 0,
    TpsClass.KHUSUS.value: 1,
    TpsClass.RAWAN.value: 2,
    TpsClass.SANGAT_RAWAN.value: 3,
}
SETTINGS = "filter_panel/"


class FilterResultModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[NodeInfo] = []
        self._query_order: list[NodeInfo] = []
        self._places: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[NodeInfo], places: dict[str, str]) -> None:
        self.beginResetModel()
        self._query_order = list(rows)
        self._places = places
        self._rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the order of the query, by code); kept for new rows."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._rows = self._sorted()
        self.layoutChanged.emit()

    def sort_key(self, info: NodeInfo, column: int):
        """What a column sorts by: numbers as numbers, classes by severity, text folded."""
        is_tps = info.level == Level.TPS
        if column == COL_NAME:
            return (node_title(info).casefold(), info.code)
        if column == COL_PLACE:
            return (self._places.get(info.code, "").casefold(), info.code)
        if column == COL_CLASS:
            return CLASS_SEVERITY.get(look.region_class(info), 0)
        if column == COL_RAWAN:
            return -1 if is_tps else info.n_rawan
        if column == COL_SANGAT:
            return -1 if is_tps else info.n_sangat_rawan
        if column == COL_THREAT:
            return info.worst_level or 0
        if column == COL_DPT:
            return info.dpt or 0
        return info.code

    def _sorted(self) -> list[NodeInfo]:
        column, order = self._sort
        if not 0 <= column < COLUMNS:
            return list(self._query_order)
        # Stable: equal keys keep code order, also when descending.
        rows = sorted(self._query_order, key=lambda n: n.code)
        return sorted(
            rows,
            key=lambda n: self.sort_key(n, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def node(self, row: int) -> NodeInfo:
        return self._rows[row]

    def nodes(self) -> list[NodeInfo]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Name"),
                self.tr("Where"),
                self.tr("Class"),
                self.tr("Rawan"),
                self.tr("S. rawan"),
                self.tr("Threat"),
                self.tr("Code"),
                self.tr("Voters (DPT)"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (
            COL_RAWAN,
            COL_SANGAT,
            COL_DPT,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        info = self._rows[index.row()]
        column = index.column()
        is_tps = info.level == Level.TPS
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NAME:
                return node_title(info)
            if column == COL_PLACE:
                return self._places.get(info.code, "")
            if column == COL_CLASS:
                return look.class_label(look.region_class(info)) if is_tps else None
            if column == COL_RAWAN:
                return None if is_tps else format_count(info.n_rawan)
            if column == COL_SANGAT:
                return None if is_tps else format_count(info.n_sangat_rawan)
            if column == COL_THREAT:
                return look.level_label(info.worst_level) if info.worst_level else None
            if column == COL_CODE:
                return info.code
            return format_count(info.dpt)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return look.class_icon(look.region_class(info))
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_THREAT:
            return look.level_color(info.worst_level)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_RAWAN, COL_SANGAT, COL_DPT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_PLACE):
            return f"{info.name} ({info.code})\n{self._places.get(info.code, '')}"
        return None


class FilterPanel(QWidget):
    revealRequested = Signal(str)
    updateRequested = Signal(list)  # list[NodeInfo]: open the update dialog for these

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._units: list[UnitInfo] = []
        self._areas_loaded = False
        self._selected: NodeInfo | None = None
        self._stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 6)
        outer.setSpacing(4)
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        self.kind_label.setBuddy(self.kind_combo)
        self.class_label = QLabel(self)
        self.class_checks: dict[str, QCheckBox] = {}
        for item in threats.taxonomy().classes:
            check = QCheckBox(self)
            check.setObjectName(f"class_{item.key}")
            check.setIcon(look.class_icon(item.key))
            check.toggled.connect(self.schedule)
            self.class_checks[item.key] = check
        # TPS whose class is lower than the operation's class rule suggests (store.suggest).
        self.lower_check = QCheckBox(self)
        self.lower_check.setObjectName("lowerThanSuggested")
        self.lower_check.toggled.connect(self.schedule)
        self.region_class_combo = QComboBox(self)
        self.region_class_combo.setObjectName("regionClassCombo")
        self.threat_label = QLabel(self)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryCombo")
        self.category_combo.setMaxVisibleItems(24)
        self.category_combo.setMinimumContentsLength(22)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.view().setMinimumWidth(360)  # the open list shows names whole
        self.threat_label.setBuddy(self.category_combo)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelCombo")
        self.area_label = QLabel(self)
        self.area_combo = QComboBox(self)
        self.area_combo.setObjectName("areaCombo")
        self.area_combo.setMinimumContentsLength(18)
        self.area_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.area_label.setBuddy(self.area_combo)
        # The controls wrap onto more lines when the dock is narrow: a label stays with its
        # control, and the panel is never wider than its widest group.
        criteria = FlowLayout(spacing=6)
        criteria.setSpacing(6)
        for widgets in (
            (self.kind_label, self.kind_combo),
            (self.class_label, *self.class_checks.values(), self.region_class_combo),
            (self.lower_check,),
            (self.threat_label, self.category_combo, self.level_combo),
            (self.area_label, self.area_combo),
        ):
            criteria.addWidget(group(self, *widgets))
        outer.addLayout(criteria)

        self.presets_label = QLabel(self)
        self.preset_regions = QPushButton(self)
        self.preset_regions.setObjectName("presetRegions")
        self.preset_regions.clicked.connect(lambda: self.apply_preset("regions_rawan"))
        self.preset_sangat = QPushButton(self)
        self.preset_sangat.setObjectName("presetSangat")
        self.preset_sangat.clicked.connect(lambda: self.apply_preset("tps_sangat_rawan"))
        self.preset_disaster = QPushButton(self)
        self.preset_disaster.setObjectName("presetDisaster")
        self.preset_disaster.clicked.connect(lambda: self.apply_preset("tps_bencana"))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("filterCount")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.clicked.connect(self._reveal_current)
        self.update_button = QPushButton(self)
        self.update_button.setObjectName("updateButton")
        self.update_button.clicked.connect(self._update_selected)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_rows)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveButton")
        self.save_button.clicked.connect(self.save_as)
        actions = FlowLayout(spacing=6)
        actions.addWidget(
            group(self, self.presets_label, self.preset_regions, self.preset_sangat, spacing=6)
        )
        actions.addWidget(self.preset_disaster)
        actions.addWidget(self.count_label)
        actions.addWidget(group(self, self.reveal_button, self.update_button, spacing=6))
        actions.addWidget(group(self, self.copy_button, self.save_button, spacing=6))
        outer.addLayout(actions)

        self.model = FilterResultModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("filterTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorClearable(True)  # a third click: back to code order
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (COL_NAME, "Kecamatan Tangerang Selatan"),
            (COL_CLASS, "Highly vulnerable"),
            (COL_RAWAN, "S. rawan"),
            (COL_SANGAT, "S. rawan"),
            (COL_THREAT, "Sedang"),
            (COL_CODE, "36.02.01.2002.001"),
            (COL_DPT, "Voters (DPT)"),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 28)
        self.table.doubleClicked.connect(lambda index: self._reveal(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.copy_action = QAction(self.table)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_rows)
        self.table.addAction(self.copy_action)
        outer.addWidget(self.table, 1)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.region_class_combo, self.category_combo, self.level_combo):
            combo.currentIndexChanged.connect(self.schedule)
        self.category_combo.currentIndexChanged.connect(self._threat_changed)
        self.area_combo.currentIndexChanged.connect(self.schedule)
        self._wanted_area: str | None = None
        self._retranslate()
        self._kind_changed()
        self._restore_settings()
        header.sortIndicatorChanged.connect(self._save_header)
        header.sectionResized.connect(self._save_header)

    # --- public ---------------------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        """Areas are listed, and the filter runs, when the panel is first shown."""
        self._db = db
        self._areas_loaded = False
        self.model.set_rows([], {})
        self._stale = True
        if self.isVisible():
            self._load_areas()
            self.run()

    def _load_areas(self) -> None:
        if not self._areas_loaded:
            self._units = units.units(self._db) if self._db is not None else []
            self._areas_loaded = True
            self._fill_areas()

    def set_selected_node(self, info: NodeInfo | None) -> None:
        self._selected = info
        index = self.area_combo.findData(AREA_SELECTED)
        if index >= 0:
            self.area_combo.setItemText(index, self._selected_text())
        if self.area_combo.currentData() == AREA_SELECTED:
            self.schedule()

    def schedule(self) -> None:
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def refresh(self) -> None:
        """Run again (after an update) if shown; else when next shown."""
        self.schedule()

    def set_classes(self, keys: list[str]) -> None:
        for key, check in self.class_checks.items():
            check.blockSignals(True)
            check.setChecked(key in keys)
            check.blockSignals(False)
        self.schedule()

    def set_area(self, key: str) -> bool:
        self._load_areas()
        index = self.area_combo.findData(key)
        if index < 0:
            return False
        self.area_combo.setCurrentIndex(index)
        return True

    def apply_preset(self, name: str) -> None:
        """One of the quick filters: regions rawan or worse, sangat rawan TPS, disaster TPS."""
        kind = KIND_REGIONS if name == "regions_rawan" else KIND_TPS
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.blockSignals(False)
        self._kind_changed()  # the category list depends on the kind
        combos = (self.region_class_combo, self.category_combo, self.level_combo)
        for combo in combos:
            combo.blockSignals(True)
        self.level_combo.setCurrentIndex(0)
        if name == "regions_rawan":
            self.region_class_combo.setCurrentIndex(
                self.region_class_combo.findData(TpsClass.RAWAN.value)
            )
            self.category_combo.setCurrentIndex(0)
            classes: list[str] = []
        elif name == "tps_sangat_rawan":
            self.category_combo.setCurrentIndex(0)
            classes = [TpsClass.SANGAT_RAWAN.value]
        else:
            self.category_combo.setCurrentIndex(self.category_combo.findData("bencana"))
            classes = []
        for combo in combos:
            combo.blockSignals(False)
        self._threat_changed()
        self.lower_check.blockSignals(True)
        self.lower_check.setChecked(False)
        self.lower_check.blockSignals(False)
        self.set_classes(classes)
        self.run()

    def results(self) -> list[NodeInfo]:
        return self.model.nodes()

    def run(self) -> None:
        """Filter now with what the controls say."""
        self._timer.stop()
        self._stale = False
        db = self._db
        if db is None:
            self.model.set_rows([], {})
            self._show_count()
            return
        areas = self._areas()
        level = self.level_combo.currentData() or 1
        if self.kind_combo.currentData() == KIND_TPS:
            classes = [TpsClass(k) for k, c in self.class_checks.items() if c.isChecked()]
            rows = threats.filter_tps(
                db,
                classes=classes or None,
                category=self.category_combo.currentData(),
                min_level=level,
                limit=LIMIT + 1,
                areas=areas,
                lower_than_suggested=self.lower_check.isChecked(),
            )
        else:
            min_class = self.region_class_combo.currentData()
            threat = self.category_combo.currentData()
            rows = threats.filter_regions(
                db,
                TpsClass(min_class) if min_class else None,
                limit=LIMIT + 1,
                areas=areas,
                min_threat=level if threat else 0,
            )
        self._more = len(rows) > LIMIT
        rows = rows[:LIMIT]
        self.model.set_rows(rows, threats.places(db, [r.code for r in rows]))
        self._show_count()
        self._save_criteria()

    def selected_rows(self) -> list[int]:
        """The selected rows in the order shown."""
        return self._selected_rows()

    def criteria_text(self) -> str:
        """What the list shows, in words, for the head of an exported file."""
        parts = [self.kind_combo.currentText()]
        if self.kind_combo.currentData() == KIND_TPS:
            classes = [c.text() for c in self.class_checks.values() if c.isChecked()]
            if classes:
                parts.append(self.class_label.text() + " " + ", ".join(classes))
            if self.lower_check.isChecked():
                parts.append(self.lower_check.text().replace("&", ""))
        else:
            parts.append(self.region_class_combo.currentText())
        if self.category_combo.currentData() is not None:
            parts.append(
                self.threat_label.text().replace("&", "")
                + " "
                + self.category_combo.currentText()
                + ", "
                + self.level_combo.currentText()
            )
        parts.append(self.area_label.text().replace("&", "") + " " + self.area_combo.currentText())
        parts.append(self.count_label.text())
        return " · ".join(parts)

    def copy_rows(self) -> int:
        """Ctrl+C: the selected rows (or all) on the clipboard, tab-separated with the
        header; returns how many rows were copied."""
        from commandpost.gui.widgets.filter_export import copy_list

        count = copy_list(self)
        self._say(
            self.tr("%1 rows copied (paste them into a spreadsheet)").replace(
                "%1", format_count(count)
            )
        )
        return count

    def save_as(self) -> None:
        """Save as…: the list (or the selected rows, when several are) as an Excel workbook
        or CSV; the status bar says how many rows went where."""
        from commandpost.gui.widgets.filter_export import save_list_as

        store = cfg.settings()
        folder = store.value(SETTINGS + "folder", "")
        saved = save_list_as(self, folder if isinstance(folder, str) else "")
        if saved is not None:
            written, count = saved
            store.setValue(SETTINGS + "folder", str(written.parent))
            self._say(
                self.tr("Saved %1 rows to %2")
                .replace("%1", format_count(count))
                .replace("%2", str(written))
            )

    def _say(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 8000)

    # --- settings -------------------------------------------------------------------------

    def _save_criteria(self) -> None:
        store = cfg.settings()
        store.setValue(SETTINGS + "kind", self.kind_combo.currentData())
        store.setValue(
            SETTINGS + "classes",
            ",".join(k for k, c in self.class_checks.items() if c.isChecked()),
        )
        store.setValue(SETTINGS + "lower", "1" if self.lower_check.isChecked() else "")
        for key, combo in (
            ("region_class", self.region_class_combo),
            ("category", self.category_combo),
            ("level", self.level_combo),
        ):
            value = combo.currentData()
            store.setValue(SETTINGS + key, "" if value is None else str(value))
        if self._areas_loaded and self._wanted_area is None:
            store.setValue(SETTINGS + "area", self.area_combo.currentData() or AREA_ALL)

    def _save_header(self, *_args) -> None:
        cfg.settings().setValue(SETTINGS + "header", self.table.horizontalHeader().saveState())

    def _restore_settings(self) -> None:
        """The criteria, sort and column widths of the last run (settings saved by run())."""
        store = cfg.settings()

        def text(key: str) -> str:
            value = store.value(SETTINGS + key, "")
            return value if isinstance(value, str) else ""

        def choose(combo: QComboBox, value) -> None:
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)

        kind = text("kind")
        if kind:
            choose(self.kind_combo, kind)
            self._kind_changed()
        classes = set(text("classes").split(","))
        for key, check in self.class_checks.items():
            check.blockSignals(True)
            check.setChecked(key in classes)
            check.blockSignals(False)
        self.lower_check.blockSignals(True)
        self.lower_check.setChecked(text("lower") == "1")
        self.lower_check.blockSignals(False)
        choose(self.region_class_combo, text("region_class") or None)
        choose(self.category_combo, text("category") or None)
        if text("level").isdigit():
            choose(self.level_combo, int(text("level")))
        self._threat_changed()
        self._wanted_area = text("area") or None
        header = self.table.horizontalHeader()
        state = store.value(SETTINGS + "header")
        if state is not None and header.restoreState(state):
            header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self._kind_changed()  # the columns shown follow the kind, not the saved state

    # --- helpers --------------------------------------------------------------------------

    def _areas(self) -> list[str] | None:
        key = self.area_combo.currentData()
        if key in (None, AREA_ALL):
            return None
        if key == AREA_SELECTED:
            return [self._selected.code] if self._selected is not None else None
        if key.startswith("unit:"):
            return units.unit_areas(self._db, key.removeprefix("unit:"))
        return [key]

    def _selected_text(self) -> str:
        if self._selected is None:
            return self.tr("Selected in the tree (none)")
        return self.tr("Selected: %1").replace("%1", self._selected.name)

    def _fill_areas(self) -> None:
        combo = self.area_combo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All areas"), AREA_ALL)
        combo.addItem(self._selected_text(), AREA_SELECTED)
        if self._units:
            combo.insertSeparator(combo.count())
            for unit in self._units:
                indent = "    " if unit.parent_id else ""
                combo.addItem(indent + unit.name, f"unit:{unit.id}")
        if self._db is not None:
            regencies = queries.at_level(self._db, Level.REGENCY, limit=61)
            if len(regencies) <= 60:  # one province: its kabupaten/kota; the country: too many
                combo.insertSeparator(combo.count())
                for regency in regencies:
                    combo.addItem(regency.name, regency.code)
        wanted = self._wanted_area if self._db is not None else None
        index = combo.findData(wanted if wanted is not None else current)
        if wanted is not None:
            self._wanted_area = None
            if index < 0:
                index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _kind_changed(self) -> None:
        tps = self.kind_combo.currentData() == KIND_TPS
        for check in self.class_checks.values():
            check.setVisible(tps)
        self.lower_check.setVisible(tps)
        self.region_class_combo.setVisible(not tps)
        category = self.category_combo
        category.blockSignals(True)
        current = category.currentData()
        category.clear()
        category.addItem(self.tr("any (not required)"), None)
        category.addItem(self.tr("any threat"), "*")
        if tps:
            category.addItem(self.tr("any natural disaster"), "bencana")
            for group in threats.taxonomy().groups:
                for item in threats.taxonomy().categories:
                    if item.group == group.key:
                        category.addItem(look.label(item), item.key)
        index = category.findData(current)
        category.setCurrentIndex(index if index >= 0 else 0)
        category.blockSignals(False)
        self.table.setColumnHidden(COL_CLASS, not tps)
        self.table.setColumnHidden(COL_RAWAN, tps)
        self.table.setColumnHidden(COL_SANGAT, tps)
        self._threat_changed()
        self.schedule()

    def _threat_changed(self) -> None:
        self.level_combo.setEnabled(self.category_combo.currentData() is not None)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        tps = self.kind_combo.currentData() == KIND_TPS
        if getattr(self, "_more", False):
            text = self.tr("more than %1 found; the first %1 are shown").replace(
                "%1", format_count(LIMIT)
            )
        elif tps:
            text = self.tr("%1 TPS found").replace("%1", format_count(count))
        else:
            text = self.tr("%1 regions found").replace("%1", format_count(count))
        self.count_label.setText(text)
        self._selection_changed()

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _selection_changed(self, *_args) -> None:
        rows = self._selected_rows()
        self.reveal_button.setEnabled(len(rows) == 1)
        self.update_button.setEnabled(bool(rows))
        if rows:
            self.update_button.setText(
                self.tr("Update %1 selected…").replace("%1", format_count(len(rows)))
            )
        else:
            self.update_button.setText(self.tr("Update selected…"))

    def _reveal(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.revealRequested.emit(self.model.node(row).code)

    def _reveal_current(self) -> None:
        rows = self._selected_rows()
        if rows:
            self._reveal(rows[0])

    def _update_selected(self) -> None:
        rows = self._selected_rows()
        if rows:
            self.updateRequested.emit([self.model.node(r) for r in rows])

    def showEvent(self, event) -> None:
        self._load_areas()
        if self._stale:
            self._timer.start(0)
        super().showEvent(event)

    def _retranslate(self) -> None:
        self.kind_label.setText(self.tr("&Show:"))
        kind = self.kind_combo.currentData()
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("TPS"), KIND_TPS)
        self.kind_combo.addItem(self.tr("Regions"), KIND_REGIONS)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.kind_combo.blockSignals(False)
        self.class_label.setText(self.tr("Class:"))
        for item in threats.taxonomy().classes:
            self.class_checks[item.key].setText(look.label(item))
        region = self.region_class_combo.currentData()
        self.region_class_combo.blockSignals(True)
        self.region_class_combo.clear()
        self.region_class_combo.addItem(self.tr("with rawan TPS or worse"), "rawan")
        self.region_class_combo.addItem(self.tr("with sangat rawan TPS"), "sangat_rawan")
        self.region_class_combo.addItem(self.tr("with khusus TPS"), "khusus")
        self.region_class_combo.addItem(self.tr("any class"), None)
        self.region_class_combo.setCurrentIndex(max(0, self.region_class_combo.findData(region)))
        self.lower_check.setText(self.tr("Below the class rule's suggestion"))
        self.lower_check.setToolTip(
            self.tr(
                "TPS whose class is lower than the operation's class rule suggests from the "
                "indicators and threats recorded there (never changed on its own)"
            )
        )
        self.region_class_combo.blockSignals(False)
        self.threat_label.setText(self.tr("T&hreat:"))
        level = self.level_combo.currentData()
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        for value in (1, 2, 3):
            self.level_combo.addItem(
                self.tr("%1 or worse").replace("%1", look.level_label(value).lower()), value
            )
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))
        self.level_combo.blockSignals(False)
        self.area_label.setText(self.tr("&Area:"))
        self.presets_label.setText(self.tr("Quick:"))
        self.preset_regions.setText(self.tr("Areas rawan or worse"))
        self.preset_sangat.setText(self.tr("Sangat rawan TPS"))
        self.preset_disaster.setText(self.tr("Disaster-prone TPS"))
        self.reveal_button.setText(self.tr("Show in tree"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr("Copy the selected rows (or all) with the header, for a spreadsheet (Ctrl+C)")
        )
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(
            self.tr("Save the list (or the selected rows) as an Excel workbook or CSV")
        )
        self.table.setToolTip(
            self.tr("Double-click a row to show it in the tree; select several to update them")
        )
        self._fill_areas()
        if self.category_combo.count():
            self._kind_changed()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        super().changeEvent(event)
