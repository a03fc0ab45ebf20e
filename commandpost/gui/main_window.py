"""The main window: region tree with search on the left, details and history of the selection on
the right, the vulnerability filter and the incident list in docks below, and the officer's
updates (with undo) from the Edit menu and the toolbar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from commandpost import __version__
from commandpost.core.regions import NodeInfo
from commandpost.gui import file_chooser, look
from commandpost.gui import settings as cfg
from commandpost.gui.app import FirstPaint
from commandpost.gui.board.feature import BoardFeature
from commandpost.gui.duty.feature import DutyFeature
from commandpost.gui.errors import open_or_ask, show_store_error
from commandpost.gui.forms.main_window_ui import Ui_MainWindow
from commandpost.gui.freshness import FreshnessFeature
from commandpost.gui.models.region_tree import (
    COL_CLASS,
    COL_CODE,
    COL_DPT,
    COL_KHUSUS,
    COL_NAME,
    COL_PROGRESS,
    COL_RAWAN,
    COL_SANGAT,
    COL_STRENGTH,
    COL_THREAT,
    COL_TPS,
    NodeInfoRole,
    RegionTreeModel,
    format_count,
)
from commandpost.gui.operation.feature import OperationFeature
from commandpost.gui.reports.feature import ReportFeature
from commandpost.gui.safety.feature import SafetyFeature
from commandpost.gui.search.feature import SearchFeature
from commandpost.gui.status_room import ElidedLabel
from commandpost.gui.strength.feature import StrengthFeature
from commandpost.gui.timeline.feature import StageFeature
from commandpost.gui.undo import UndoHistory, touched_codes, undo_in_window
from commandpost.gui.widgets.elide import KeepLevel
from commandpost.gui.widgets.legend import ClassLegend
from commandpost.store import incidents, queries, units
from commandpost.store.database import Database
from commandpost.store.failures import classify
from commandpost.store.first_screen import FirstScreen
from commandpost.store.queries import OperationInfo
from commandpost.store.threats import Edit, taxonomy

log = logging.getLogger(__name__)
# Narrower than this (a 1366×768 laptop, 1536 px at 125 %), the tree starts without the
# police-strength column so that region and TPS names can be read.
WIDE_SCREEN = 1600
# Updates that write more values than this run in a worker thread with a progress dialog.
BACKGROUND_WRITES = 2000


class MainWindow(QMainWindow):
    """One open database. The window owns it and closes it when it closes."""

    # Emitted after a search ran: the number of hits (0 when nothing was found).
    searchFinished = Signal(int)

    def __init__(
        self,
        db: Database | None,
        parent: QWidget | None = None,
        *,
        first: FirstScreen | None = None,
    ) -> None:
        """The window on ``db``; or (``db`` None) its first frame from ``first``, read before
        the database is opened (store.first_screen), until :meth:`set_database` and
        :meth:`restore_selection` are called with the opened database (gui.app.run_gui)."""
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.db: Database | None = None
        self.station_name = ""
        self.operation: OperationInfo | None = None
        self.model: RegionTreeModel | None = None
        self.undo_history = UndoHistory(self)

        self._setup_tree()
        self._setup_docks()
        self._painted = False
        self._after_paint: list = []
        FirstPaint(self.ui.regionTree.viewport(), self._first_painted)
        self.stages = StageFeature(self)
        self.strength = StrengthFeature(self)
        self.personnel_board = BoardFeature(self)
        self.reports = ReportFeature(self)
        self.safety = SafetyFeature(self)
        self.duty = DutyFeature(self)
        self.new_operation = OperationFeature(self)
        self.freshness = FreshnessFeature(self)
        self.search = SearchFeature(self)
        self._setup_status_bar()
        self._connect()
        self._first_path: Path | None = None
        if db is not None:
            self.set_database(db)
            self._restore_settings()
        elif first is not None:
            self._show_first_screen(first)
            self._restore_layout()
        self._update_undo_actions()

    # --- set-up ---------------------------------------------------------------------------

    def after_first_paint(self, done) -> None:
        """Call ``done`` once the window's tree has been painted (at once if it has): parts
        that need a slow import (pyqtgraph) fill in after the window has shown."""
        if self._painted:
            QTimer.singleShot(0, self, done)
        else:
            self._after_paint.append(done)

    def _first_painted(self) -> None:
        self._painted = True
        waiting, self._after_paint = self._after_paint, []
        for done in waiting:
            done()

    def _setup_tree(self) -> None:
        tree = self.ui.regionTree
        # Several TPS or regions can be selected (Ctrl/Shift+click) and updated at once.
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # People dragged from the personnel board onto a kecamatan, village or TPS.
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        tree.installEventFilter(self)
        # "Konflik antar…: Tinggi (2)": the threat's level stays visible in a narrow column.
        tree.setItemDelegateForColumn(COL_THREAT, KeepLevel(tree))
        self.legend = ClassLegend(self.ui.treePanel)
        self.ui.treePanelLayout.addWidget(self.legend)
        header = tree.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([860, 440])

    def _size_tree_columns(self) -> None:
        """Each column as wide as its header or its widest value, in the current language."""
        header = self.ui.regionTree.header()
        metrics = self.ui.regionTree.fontMetrics()
        classes = [look.class_label(item.key) for item in taxonomy().classes]
        levels = [look.level_label(value) for value in range(1, 4)]
        icon = 22  # the class swatch in the R and SR headers
        for column, samples, extra in (
            (COL_CLASS, classes, 12),
            (COL_RAWAN, ["888"], icon),
            (COL_SANGAT, ["888"], icon),
            (COL_THREAT, [*levels, *self.model.threat_samples()], 12),
            (COL_KHUSUS, ["888"], icon),
            (COL_CODE, ["36.02.01.2002.001"], 12),
            (COL_TPS, ["88.888"], 14),
            (COL_DPT, ["8.888.888"], 14),
            (COL_PROGRESS, self.model.progress_samples(), 12),
            (COL_STRENGTH, self.model.strength_samples(), 14),
        ):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(metrics.horizontalAdvance(text) for text in [*samples, title])
            header.resizeSection(column, widest + extra)

    def _header_menu(self, pos) -> None:
        """Right-click on the tree's header: choose the columns (the name always shows)."""
        header = self.ui.regionTree.header()
        menu = QMenu(self)
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(header.mapToGlobal(pos))

    def _setup_docks(self) -> None:
        self.tabifyDockWidget(self.ui.filterDock, self.ui.incidentDock)
        for dock, action in (
            (self.ui.filterDock, self.ui.actionShowFilter),
            (self.ui.incidentDock, self.ui.actionShowIncidents),
        ):
            dock.hide()
            action.setCheckable(True)
            action.triggered.connect(lambda on, d=dock: self._show_dock(d, on))
            dock.visibilityChanged.connect(lambda _v, d=dock, a=action: a.setChecked(d.isVisible()))
        self.ui.filterPanel.revealRequested.connect(self._reveal_from_list)
        self.ui.filterPanel.updateRequested.connect(self.update_status)
        self.ui.incidentPanel.revealRequested.connect(self._reveal_from_list)
        self.ui.incidentPanel.incidentsChanged.connect(self._incidents_changed)
        self.ui.incidentPanel.editsRecorded.connect(self.record_edits)  # correct, void

    def _show_dock(self, dock: QDockWidget, on: bool = True) -> None:
        dock.setVisible(on)
        if on:
            dock.raise_()

    def _setup_status_bar(self) -> None:
        bar = self.ui.statusbar
        self.incident_button = QPushButton(self)
        self.incident_button.setObjectName("openIncidentsButton")
        self.incident_button.setFlat(True)
        self.incident_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.incident_button.clicked.connect(lambda: self._show_dock(self.ui.incidentDock, True))
        bar.addPermanentWidget(self.incident_button)
        # Long labels end in "…" (whole in their tooltip) when the bar is short of room.
        self.operation_label = ElidedLabel(self)
        self.operation_label.setObjectName("operationLabel")
        self.station_label = ElidedLabel(self)
        self.station_label.setObjectName("stationLabel")
        self.path_label = ElidedLabel(self)
        self.path_label.setObjectName("pathLabel")
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet(
            "QLabel#demoLabel { background: #b3261e; color: white; font-weight: bold;"
            " padding: 1px 8px; border-radius: 3px; }"
        )
        for label in (self.operation_label, self.station_label, self.path_label):
            label.setContentsMargins(8, 0, 8, 0)
            # In a narrow window the labels give way (elided) rather than widen the window.
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.demo_label)
        from commandpost.gui.status_room import MessageRoom

        # "Tersimpan: …" is read in full: these labels give way while it shows.
        give_way = [self.path_label, self.station_label, self.operation_label]
        self.message_room = MessageRoom(bar, [*give_way, self.safety.backup_label])

    def _connect(self) -> None:
        ui = self.ui
        ui.actionOpen.triggered.connect(self.choose_database)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionCollapseAll.triggered.connect(ui.regionTree.collapseAll)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionDataSources.triggered.connect(self.show_data_sources)
        ui.actionUpdateStatus.triggered.connect(lambda: self.update_status())
        ui.actionLogIncident.triggered.connect(self.log_incident)
        ui.actionUndo.triggered.connect(self.undo)
        ui.actionRedo.triggered.connect(self.redo)
        ui.actionImportMapping.triggered.connect(self.import_mapping)
        ui.actionImportTps.triggered.connect(self.import_tps_list)
        ui.actionSources.triggered.connect(self.edit_sources)
        ui.actionShowHistory.triggered.connect(
            lambda: ui.detailsTabs.setCurrentWidget(ui.historyPanel)
        )
        self.undo_history.changed.connect(self._update_undo_actions)

    # --- database -------------------------------------------------------------------------

    def set_database(self, db: Database) -> None:
        old = self.db
        self.db = db
        self.freshness.set_database(db)  # before anything reads the file
        self.duty.set_database(db)  # the post's clock (look.post_zone) before any time shows
        self.station_name, self.operation = queries.header(db)
        self._install_tree_model(db)
        self.stages.set_database(db)
        self.strength.set_database(db)
        self.personnel_board.set_database(db)
        self.reports.set_database(db)
        self.safety.set_database(db)
        self.ui.detailsPane.set_database(db, demo=self.is_demo, empty=self.model.rowCount() == 0)
        self.ui.historyPanel.set_database(db)
        self.ui.filterPanel.set_database(db)
        self.ui.incidentPanel.set_database(db, units.units(db))
        self._show_node(None)  # nothing of the previous database may linger in the panels
        self.undo_history.clear()
        self._update_edit_actions()
        self.search.set_database(db)
        self._open_lone_province()
        self._update_texts()
        if old is not None and old is not db:
            old.close()

    def _show_first_screen(self, first: FirstScreen) -> None:
        """The first frame: title and the tree's top level, read without opening the file."""
        self._first_path = first.path
        self.station_name, self.operation = first.station_name, first.operation
        self._install_tree_model(None, first)
        self.ui.detailsPane.set_database(None, demo=self.is_demo, empty=not first.roots)
        self._update_edit_actions()
        self._open_lone_province()
        self._update_texts()

    def _open_lone_province(self) -> None:
        """An operation of one province opens on its kabupaten/kota (read now, so that no
        frame shows the province open and empty)."""
        if self.model.rowCount() == 1:
            index = self.model.index(0, 0)
            if self.model.canFetchMore(index):
                self.model.fetchMore(index)
            self.ui.regionTree.expand(index)

    def _install_tree_model(self, db: Database | None, first: FirstScreen | None = None) -> None:
        self.model = RegionTreeModel(db, self, first=first)
        old_model = self.ui.regionTree.model()
        old_selection = self.ui.regionTree.selectionModel()
        self.ui.regionTree.setModel(self.model)
        # setModel leaves the old model and selection model alone; they are ours to delete.
        for stale in (old_selection, old_model):
            if stale is not None:
                stale.deleteLater()
        self.ui.regionTree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.people_dropped.connect(
            self.personnel_board.drop_on_region, Qt.ConnectionType.QueuedConnection
        )
        self.ui.regionTree.selectionModel().selectionChanged.connect(self._selection_changed)
        header = self.ui.regionTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._size_tree_columns()
        header.setMinimumSectionSize(40)

    def _reload_tree(self) -> None:
        """Read the tree again (rows were added), with the same nodes open and selected."""
        tree, model = self.ui.regionTree, self.model
        expanded: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if tree.isExpanded(index):
                    expanded.append(model.node_info(index).code)
                    walk(index)

        walk(QModelIndex())
        current = self.current_code()
        self._install_tree_model(self.db)
        for code in expanded:
            index = self.model.reveal(code)
            if index.isValid():
                tree.expand(index)
        if current is not None:
            self.select_code(current, center=False)

    @property
    def is_demo(self) -> bool:
        return bool(self.operation and self.operation.is_demo)

    def choose_database(self) -> None:
        start = str(self.db.path.parent) if self.db is not None else ""
        path, _ = file_chooser.get_open_file_name(
            self,
            self.tr("Open database"),
            start,
            self.tr("CommandPost databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database_file(Path(path))

    def open_database_file(self, path: Path) -> bool:
        """Open another database in this window; on a bad file say why and keep the old one
        (a missing or empty file becomes a new database only when the officer says so)."""
        db = open_or_ask(self, path)
        if db is None:
            return False
        old = self.db
        try:
            self.set_database(db)
        except Exception as exc:  # pages too damaged to show: back to the file that was open
            error = classify(exc, path)
            if error is None or old is None:
                raise
            db.close()
            self.set_database(old)
            show_store_error(self, error, path=path)
            return False
        return True

    # --- texts ----------------------------------------------------------------------------

    def _update_texts(self) -> None:
        path = self.db.path if self.db is not None else self._first_path
        if path is None:
            return
        parts = ["CommandPost"]
        if self.operation is not None:
            parts.append(self.operation.name)
        parts += [self.station_name, path.name]
        title = " — ".join(parts)
        if self.is_demo:
            title += " [DEMO]"
        self.setWindowTitle(title)

        if self.operation is not None:
            self.operation_label.setText(
                self.tr("Operation: %1").replace("%1", self.operation.name)
            )
        else:
            self.operation_label.setText(self.tr("No operation yet"))
        self.station_label.setText(self.tr("Station: %1").replace("%1", self.station_name))
        # In a narrow window these labels are cut short; their tooltips say them whole.
        self.operation_label.setToolTip(self.operation_label.text())
        self.station_label.setToolTip(self.station_label.text())
        full = str(path)
        elided = self.path_label.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle, 360)
        self.path_label.setText(elided)
        self.path_label.setToolTip(self.tr("Database file: %1").replace("%1", full))
        self.demo_label.setText(self.tr("DEMO DATA (synthetic)"))
        self.demo_label.setToolTip(
            self.tr("This database was generated for practice; its TPS and voters are invented.")
        )
        self.demo_label.setVisible(self.is_demo)
        self.search.show_status()
        self._update_incident_count()
        self._update_undo_actions()

    def _update_incident_count(self) -> None:
        if self.db is None:
            return
        count = incidents.open_incident_count(self.db)
        self.incident_button.setText(
            self.tr("Open incidents: %1").replace("%1", format_count(count))
        )
        self.incident_button.setToolTip(self.tr("Show the incident list (Ctrl+J)"))
        self.incident_button.setStyleSheet(
            "QPushButton#openIncidentsButton { color: #b71c1c; font-weight: bold; }"
            if count
            else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_texts()
            if self.model is not None:
                self.model.retranslate()
                self._size_tree_columns()
        super().changeEvent(event)

    # --- tree and selection ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = self.model.node_info(current) if current.isValid() else None
        self._show_node(info)
        self._update_edit_actions()
        if self.stages.voting_dock.isVisible():
            self.stages.follow_selection()
        if info is not None:
            cfg.settings().setValue(cfg.LAST_NODE, info.code)

    def _show_node(self, info: NodeInfo | None) -> None:
        self.ui.detailsPane.show_node(info)
        self.ui.historyPanel.show_node(info)
        self.ui.filterPanel.set_selected_node(info)
        self.ui.incidentPanel.set_selected_node(info)

    def _update_edit_actions(self) -> None:
        self.ui.actionUpdateStatus.setEnabled(bool(self.selected_nodes()))
        self.ui.actionLogIncident.setEnabled(self.ui.regionTree.currentIndex().isValid())

    def _selection_changed(self, *_args) -> None:
        count = len(self.selected_nodes())
        self._update_edit_actions()
        if self.stages.voting_dock.isVisible():
            self.stages.follow_selection()
        if count > 1:
            self.statusBar().showMessage(
                self.tr("%1 selected; Ctrl+E updates them together").replace(
                    "%1", format_count(count)
                ),
                5000,
            )

    def selected_nodes(self) -> list[NodeInfo]:
        """What the officer selected in the tree (several with Ctrl/Shift+click)."""
        rows = self.ui.regionTree.selectionModel().selectedRows(0)
        return [index.data(NodeInfoRole) for index in rows if index.isValid()]

    def current_code(self) -> str | None:
        info = self.ui.detailsPane.current()
        return info.code if info is not None else None

    def select_code(self, code: str, *, center: bool = True) -> bool:
        """Reveal a node in the tree: load and expand its ancestors, select it, scroll to it."""
        index = self.model.reveal(code)
        if not index.isValid():
            return False
        tree = self.ui.regionTree
        chain = []
        parent = index.parent()
        while parent.isValid():
            chain.append(parent)
            parent = parent.parent()
        for ancestor in reversed(chain):
            tree.expand(ancestor)
        tree.setCurrentIndex(index)
        hint = (
            QAbstractItemView.ScrollHint.PositionAtCenter
            if center
            else QAbstractItemView.ScrollHint.EnsureVisible
        )
        tree.scrollTo(index, hint)
        return True

    def _reveal_from_list(self, code: str) -> None:
        if not self.select_code(code):
            self.statusBar().showMessage(self.tr("%1 is not in this database").replace("%1", code))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.ui.regionTree and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._toggle_current()
                return True
        return super().eventFilter(watched, event)

    def _toggle_current(self) -> None:
        tree = self.ui.regionTree
        index = tree.currentIndex()
        if not index.isValid():
            return
        index = index.siblingAtColumn(0)
        tree.setExpanded(index, not tree.isExpanded(index))

    # --- search (gui/search/feature.py) --------------------------------------------------

    def focus_search(self) -> None:
        self.search.focus()

    def run_search(self) -> None:
        self.search.run()

    def search_next(self) -> None:
        self.search.next()

    def search_hits(self) -> list[NodeInfo]:
        return self.search.hits()

    # --- updates and undo -----------------------------------------------------------------

    def update_status(self, nodes: list[NodeInfo] | None = None) -> bool:
        """Open the update dialog for ``nodes`` (default: the tree selection); True if saved."""
        from commandpost.gui.dialogs.status_dialog import StatusDialog

        if self.db is None:
            return False
        nodes = nodes or self.selected_nodes()
        if not nodes:
            self.statusBar().showMessage(
                self.tr("Select one or more TPS or regions in the tree first."), 5000
            )
            return False
        dialog = StatusDialog(self.db, nodes, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.record_edits(dialog.edits, dialog.summary, dialog.codes)
        return True

    def record_edits(self, edits: list[Edit], text: str, codes: list[str] = ()) -> None:
        """After the officer saved something: offer its undo and show it everywhere."""
        self.undo_history.push(edits, text)
        self._after_change(touched_codes(edits) + list(codes))
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", text), 8000)

    def _after_change(self, codes: list[str]) -> None:
        self.model.refresh_nodes(codes)
        current = self.ui.regionTree.currentIndex()
        info = self.model.node_info(current) if current.isValid() else None
        self._show_node(info)
        self.ui.filterPanel.refresh()
        self.ui.incidentPanel.refresh()  # an undone correction or void shows at once
        self._update_incident_count()
        self.stages.after_change()
        self.strength.after_change()
        self.personnel_board.after_change()

    def undo(self) -> None:
        self._undo_or_redo(redo=False)

    def redo(self) -> None:
        self._undo_or_redo(redo=True)

    def _undo_or_redo(self, *, redo: bool) -> None:
        undo_in_window(self, redo=redo, background_over=BACKGROUND_WRITES)

    def _update_undo_actions(self) -> None:
        ui, history = self.ui, self.undo_history
        undo, redo = history.undo_text(), history.redo_text()
        ui.actionUndo.setEnabled(undo is not None)
        ui.actionRedo.setEnabled(redo is not None)
        ui.actionUndo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        ui.actionRedo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        ui.actionUndo.setIconText(self.tr("Undo"))
        ui.actionRedo.setIconText(self.tr("Redo"))

    def log_incident(self) -> None:
        if self.db is None:
            return
        info = self.ui.detailsPane.current()
        if info is None:
            self.statusBar().showMessage(
                self.tr("Select the TPS or region where it happened first."), 5000
            )
            return
        self.ui.incidentPanel.log_incident(info)

    def _incidents_changed(self) -> None:
        self._update_incident_count()
        self._show_node(self.ui.detailsPane.current())

    def import_mapping(self) -> None:
        from commandpost.gui.dialogs.mapping_import_dialog import MappingImportDialog

        if self.db is None:
            return
        dialog = MappingImportDialog(self.db, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.applied_edits:
            return
        plan = dialog.plan
        self.record_edits(
            dialog.applied_edits,
            self.tr("import of %1").replace("%1", plan.source if plan else ""),
            dialog.changed_codes,
        )

    def import_tps_list(self) -> bool:
        """Import a TPS list; afterwards the tree shows the new TPS and the changed DPT."""
        from commandpost.gui.dialogs.tps_import_dialog import TpsImportDialog

        if self.db is None:
            return False
        dialog = TpsImportDialog(self.db, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.plan is None:
            return False
        if dialog.new_codes or dialog.removed_codes:
            # Rows added or taken away under villages: read the tree again, keeping the
            # officer's place.
            self._reload_tree()
        text = (
            self.tr("import of %1: %2 new TPS, %3 changed")
            .replace("%1", dialog.plan.source)
            .replace("%2", format_count(len(dialog.new_codes)))
            .replace("%3", format_count(len(dialog.changed_codes)))
        )
        if dialog.removed_codes:
            text += self.tr(", %1 deleted").replace("%1", format_count(len(dialog.removed_codes)))
        self.record_edits(
            dialog.applied_edits,
            text,
            dialog.new_codes + dialog.changed_codes + dialog.removed_codes,
        )
        self._update_texts()
        return True

    def edit_sources(self) -> None:
        from commandpost.gui.dialogs.sources_dialog import SourcesDialog

        if self.db is not None:
            SourcesDialog(self.db, self).exec()
            self._show_node(self.ui.detailsPane.current())

    # --- dialogs --------------------------------------------------------------------------

    def open_settings(self) -> None:
        from commandpost.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        dialog.exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CommandPost"),
            self.tr(
                "<h3>CommandPost %1</h3><p>Election-security command post "
                "(Posko Pengamanan Pemilu) for Polri units.</p>"
            ).replace("%1", __version__)
            + "<p>"
            + self.tr("Region data: idn-area-data 4.0.1, Open Database License (ODbL) 1.0")
            + "</p>",
        )

    def show_data_sources(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Region data sources"),
            "<p><b>"
            + self.tr("Region data: idn-area-data 4.0.1, Open Database License (ODbL) 1.0")
            + "</b></p><p>"
            + self.tr(
                "Names and Kemendagri codes of the provinces, regencies and cities, districts "
                "and villages come from the idn-area-data package. The data stays open under "
                "the ODbL; the licence text ships in resources/regions/LICENSE.md."
            )
            + "</p>",
        )

    # --- settings -------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        self._restore_layout()
        self.restore_selection()

    def restore_selection(self) -> None:
        """Select the region selected when the window last closed."""
        last = cfg.settings().value(cfg.LAST_NODE)
        if isinstance(last, str) and last:
            self.select_code(last)

    def _restore_layout(self) -> None:
        store = cfg.settings()
        geometry = store.value(cfg.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._first_size()
        state = store.value(cfg.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        splitter = store.value(cfg.SPLITTER)
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)
        header = store.value(cfg.TREE_HEADER)
        if header is None or not self.ui.regionTree.header().restoreState(header):
            # The code is in the details pane and the tooltip; its column is a right-click away.
            # Voting-day progress shows with the voting-day panel.
            self.ui.regionTree.header().setSectionHidden(COL_CODE, True)
            self.ui.regionTree.header().setSectionHidden(COL_PROGRESS, True)
            # On a laptop screen the names come first: police strength (the strength view's
            # figures) starts hidden there, a right-click on the header away.
            screen = self.screen()
            if screen is not None and screen.availableGeometry().width() < WIDE_SCREEN:
                self.ui.regionTree.header().setSectionHidden(COL_STRENGTH, True)

    def _first_size(self) -> None:
        """The first time: most of the screen (a 1366×768 laptop gets nearly all of it)."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None or screen.width() < 200:
            return
        width = min(screen.width() - 40, max(1280, int(screen.width() * 0.9)), 1600)
        height = min(screen.height() - 40, max(760, int(screen.height() * 0.9)), 1000)
        self.resize(width, height)
        self.move(
            screen.x() + (screen.width() - width) // 2, screen.y() + (screen.height() - height) // 2
        )

    def save_settings(self) -> None:
        store = cfg.settings()
        store.setValue(cfg.GEOMETRY, self.saveGeometry())
        store.setValue(cfg.WINDOW_STATE, self.saveState())
        store.setValue(cfg.SPLITTER, self.ui.splitter.saveState())
        store.setValue(cfg.TREE_HEADER, self.ui.regionTree.header().saveState())
        code = self.current_code()
        if code:
            store.setValue(cfg.LAST_NODE, code)
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.safety.before_close()
        self.save_settings()
        super().closeEvent(event)

    def close_database(self) -> None:
        """Close the file. The parts that read it on their own time (the watch for other
        programs' writes, the timeline's and voting-day panels' deferred reads) let go of it
        first: a read after closing would open the file again."""
        self.freshness.set_database(None)
        self.stages.set_database(None)
        self.duty.set_database(None)
        if self.db is not None:
            self.db.close()
            self.db = None
