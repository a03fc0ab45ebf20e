"""What the main window gets from the strength feature: the strength view (Tampilan ›
Kekuatan personel, Ctrl+Shift+K) among the bottom docks, the roster import (Berkas › Impor
daftar personel) and the unit editor (Sunting › Satuan dan wilayah hukum, Ctrl+Shift+U).
The tree's police column (assigned / required) is the region model's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDockWidget, QLabel, QMainWindow, QMenu

from commandpost.gui.models.region_tree import format_count, signed
from commandpost.store import queries
from commandpost.store import units as unit_store
from commandpost.store.database import Database


class StrengthFeature(QObject):
    """Owns the strength dock (its panel built when first shown) and the two dialogs."""

    scope_changed = Signal(object, str)  # the unit the window works as (None: all), its name

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self._panel = None
        self.dock = QDockWidget(window)
        self.dock.setObjectName("strengthDock")
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.TopDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(window)
        self.action.setObjectName("actionShowStrength")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.dock.visibilityChanged.connect(
            lambda _v: self.action.setChecked(self.dock.isVisible())
        )
        self.dock.visibilityChanged.connect(lambda on: on and self.panel)
        self.action.triggered.connect(self.show_strength)
        window.ui.menuView.addAction(self.action)

        self.import_action = QAction(window)
        self.import_action.setObjectName("actionImportRoster")
        self.import_action.triggered.connect(self.import_roster)
        window.ui.menuFile.insertAction(window.ui.actionImportTps, self.import_action)
        window.ui.menuFile.insertAction(self.import_action, window.ui.actionImportTps)

        self.units_action = QAction(window)
        self.units_action.setObjectName("actionEditUnits")
        self.units_action.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.units_action.triggered.connect(self.edit_units)
        window.ui.menuEdit.addAction(self.units_action)

        self.people_action = QAction(window)
        self.people_action.setObjectName("actionEditPersonnel")
        self.people_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.people_action.triggered.connect(self.edit_people)
        window.ui.menuEdit.addAction(self.people_action)

        # The unit the post works for: scopes the tree (rows outside greyed), the filter
        # and the strength view to its jurisdiction, with its figures beside it.
        bar = window.ui.mainToolBar
        bar.addSeparator()
        self.scope_label = QLabel(bar)
        self.scope_label.setObjectName("scopeLabel")
        self.scope_label.setContentsMargins(6, 0, 4, 0)
        bar.addWidget(self.scope_label)
        self.scope_combo = QComboBox(bar)
        self.scope_combo.setObjectName("scopeUnitCombo")
        self.scope_combo.setMinimumContentsLength(18)
        self.scope_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        bar.addWidget(self.scope_combo)
        # The scope's figures: the combo's tooltip (at 1366 px neither the tool bar nor the
        # status bar, beside its permanent labels, has room left for them).
        self.scope_figures = QLabel()
        self.scope_figures.setObjectName("scopeFigures")
        QShortcut(QKeySequence("Ctrl+U"), window, self._focus_scope)
        self.scope_unit: str | None = None
        window.installEventFilter(self)
        self._retranslate()

    @property
    def panel(self):
        """The strength panel, made on first use."""
        if self._panel is None:
            from commandpost.gui.strength.panel import StrengthPanel

            panel = StrengthPanel()
            panel.edited.connect(self._edited)
            self.dock.setWidget(panel)
            self._panel = panel
            panel.set_database(self.db)
            if self.scope_unit is not None:
                panel.choose_unit(self.scope_unit)
        return self._panel

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.scope_unit = None
        # The unit list and the home unit are read after the first paint: start-up shows
        # the tree first (bench: start-up against a bare window).
        self.window.after_first_paint(lambda: self._start_scope(db))

    def _start_scope(self, db: Database | None) -> None:
        if db is not self.db:
            return  # another database was opened meanwhile
        self._fill_scope()
        home = self._home_unit()
        if home is not None:
            self.scope_to(home)
        if self._panel is not None:
            self._panel.set_database(db)

    def after_change(self) -> None:
        if self._panel is not None and self.dock.isVisible():
            self._panel.reload()
        if self.scope_unit is not None and self.window.model.scope()[0] is None:
            self.scope_to(self.scope_unit)  # the tree was read again: scope it again
        self._show_scope_figures()

    # --- the unit scope -------------------------------------------------------------------

    def _fill_scope(self) -> None:
        combo = self.scope_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All areas"), None)
        if self.db is not None:
            depth: dict[str, int] = {}
            for unit in unit_store.units(self.db):
                depth[unit.id] = depth.get(unit.parent_id, -1) + 1 if unit.parent_id else 0
                combo.addItem("  " * depth[unit.id] + unit.name, unit.id)
        index = combo.findData(self.scope_unit)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._show_scope_figures()

    def _home_unit(self) -> str | None:
        """The unit the post belongs to, when its name says so ("Posko Polres Lebak"):
        the window starts scoped to it. The longest unit name found wins."""
        if self.db is None:
            return None
        post = queries.header(self.db)[0].lower()
        found = [u for u in unit_store.units(self.db) if u.name.lower() in post]
        return max(found, key=lambda u: len(u.name)).id if found else None

    def _scope_tip(self) -> str:
        return self.tr(
            "Work as this unit (Ctrl+U): the tree greys the areas outside its "
            "jurisdiction, the filter and the strength view follow"
        )

    def _focus_scope(self) -> None:
        """Ctrl+U: to the unit chooser (then ↑/↓ or type); on a window too narrow for it
        (folded into the tool bar's » menu), the units as a menu instead."""
        combo = self.scope_combo
        if combo.isVisible():
            combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        menu = QMenu(self.window)
        for i in range(combo.count()):
            action = menu.addAction(combo.itemText(i))
            action.setData(combo.itemData(i))
            action.setCheckable(True)
            action.setChecked(i == combo.currentIndex())
        bar = self.window.ui.mainToolBar
        chosen = menu.exec(bar.mapToGlobal(bar.rect().bottomLeft()))
        menu.deleteLater()
        if chosen is not None:
            self.scope_to(chosen.data())

    def _scope_changed(self, _index: int) -> None:
        self.scope_to(self.scope_combo.currentData())

    def scope_to(self, unit_id: str | None) -> None:
        """Scope the window to a unit's jurisdiction (None: all areas): the tree greys what
        lies outside, the filter searches inside, the strength view shows the unit."""
        window = self.window
        self.scope_unit = unit_id
        if self.scope_combo.currentData() != unit_id:
            self.scope_combo.blockSignals(True)
            self.scope_combo.setCurrentIndex(max(self.scope_combo.findData(unit_id), 0))
            self.scope_combo.blockSignals(False)
        if self.db is None:
            return
        if unit_id is None:
            window.model.set_scope(None)
            window.ui.filterPanel.set_area("*")
        else:
            unit = unit_store.find_unit(self.db, unit_id)
            window.model.set_scope(unit_store.unit_areas(self.db, unit.id), unit.name)
            window.ui.filterPanel.set_area(f"unit:{unit.id}")
            if self._panel is not None:
                self._panel.choose_unit(unit.id)
        self._show_scope_figures()
        name = unit_store.find_unit(self.db, unit_id).name if unit_id else ""
        self.scope_changed.emit(unit_id, name)

    def _show_scope_figures(self) -> None:
        """TPS, rawan and police of the scope, as the tree counts them in its areas."""
        label = self.scope_figures
        if self.db is None or self.scope_unit is None:
            label.setText("")
            self.scope_combo.setToolTip(self._scope_tip())
            return
        areas = unit_store.unit_areas(self.db, self.scope_unit)
        top = [a for a in areas if not any(a.startswith(b + ".") for b in areas)]
        infos = queries.nodes(self.db, top).values()
        tps = sum(i.tps_count for i in infos)
        rawan = sum(i.n_rawan for i in infos)
        sangat = sum(i.n_sangat_rawan for i in infos)
        need = sum(i.req_people for i in infos)
        assigned = sum(i.assigned for i in infos)
        label.setText(
            self.tr("%1 TPS · %2 rawan · %3 sangat rawan · Polri %4 / %5 (%6)")
            .replace("%1", format_count(tps))
            .replace("%2", format_count(rawan))
            .replace("%3", format_count(sangat))
            .replace("%4", format_count(assigned))
            .replace("%5", format_count(need))
            .replace("%6", signed(assigned - need))
        )
        self.scope_combo.setToolTip(self._scope_tip() + "\n" + label.text())

    def show_strength(self, on: bool = True) -> None:
        """Tampilan › Kekuatan personel (Ctrl+Shift+K): among the bottom docks, in front."""
        window = self.window
        if not on and self.dock.isVisible() and self.dock.visibleRegion().isEmpty():
            on = True  # behind another tab: bring it to the front
            self.action.setChecked(True)
        if on and not window.tabifiedDockWidgets(self.dock):
            window.tabifyDockWidget(window.ui.incidentDock, self.dock)
        self.dock.setVisible(on)
        if not on:
            return
        self.dock.raise_()
        self.panel.reload()
        if self.dock.height() < 260 and window.height() > 500:
            window.resizeDocks(
                [self.dock], [max(260, int(window.height() * 0.42))], Qt.Orientation.Vertical
            )
        self.panel.table.setFocus()

    def _edited(self, edits: list, text: str) -> None:
        self.window.record_edits(edits, text)  # every loaded row is read again (undo.py)

    def import_roster(self) -> bool:
        """Berkas › Impor daftar personel: preview, then one change."""
        if self.db is None:
            return False
        from commandpost.gui.strength.roster_dialog import RosterImportDialog

        dialog = RosterImportDialog(self.db, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        window = self.window
        window._after_change(["*"])
        window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", dialog.summary), 8000)
        return True

    def edit_units(self) -> None:
        """Sunting › Satuan dan wilayah hukum (Ctrl+Shift+U)."""
        if self.db is None:
            return
        from commandpost.gui.strength.unit_dialog import UnitEditorDialog

        dialog = UnitEditorDialog(
            self.db,
            lambda edits, text: self.window.record_edits(edits, text),
            self.window,
            undo=self.window.undo,
        )
        dialog.exec()
        self._fill_scope()  # units may have been added, renamed or retired
        if self.scope_unit is not None:
            self.scope_to(self.scope_unit if self.scope_combo.currentData() else None)
        if self._panel is not None:
            self._panel.set_database(self.db)

    def edit_people(self) -> None:
        """Sunting › Personel dan penugasan (Ctrl+Shift+N): find, edit, move and assign
        people; the tree's current TPS, village or kecamatan is offered as the post, and
        the list starts with the unit the window works as."""
        if self.db is None:
            return
        from commandpost.core.regions import Level, level_of
        from commandpost.gui.strength.person_dialog import PersonnelDialog

        code = self.window.current_code()
        post = code if code and level_of(code) >= Level.DISTRICT else None
        dialog = PersonnelDialog(
            self.db,
            lambda edits, text: self.window.record_edits(edits, text),
            self.window,
            post=post,
            unit=self.scope_unit,
        )
        dialog.exec()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Strength"))
        self.action.setText(self.tr("&Strength (police required and assigned)"))
        self.action.setToolTip(
            self.tr("A unit's strength against what the TPS security patterns require")
        )
        self.import_action.setText(self.tr("Import a &personnel list…"))
        self.import_action.setToolTip(
            self.tr("A roster or PAM TPS list (CSV/XLSX): checked and previewed first")
        )
        self.units_action.setText(self.tr("&Units and jurisdiction…"))
        self.units_action.setToolTip(
            self.tr("Add, rename, move or retire units; tick the kecamatan each covers")
        )
        self.people_action.setText(self.tr("&Personnel and assignments…"))
        self.people_action.setToolTip(
            self.tr("Find, correct, move and assign people; the tree's selection is the post")
        )
        self.scope_label.setText(self.tr("Unit:"))
        if self.scope_combo.count():
            self.scope_combo.setItemText(0, self.tr("All areas"))
        self._show_scope_figures()
