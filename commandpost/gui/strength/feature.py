"""What the main window gets from the strength feature: the strength view (Tampilan ›
Kekuatan personel, Ctrl+Shift+K) among the bottom docks, the roster import (Berkas › Impor
daftar personel) and the unit editor (Sunting › Satuan dan wilayah hukum, Ctrl+Shift+U).
The tree's police column (assigned / required) is the region model's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMainWindow

from commandpost.store.database import Database


class StrengthFeature(QObject):
    """Owns the strength dock (its panel built when first shown) and the two dialogs."""

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
        return self._panel

    def set_database(self, db: Database | None) -> None:
        self.db = db
        if self._panel is not None:
            self._panel.set_database(db)

    def after_change(self) -> None:
        if self._panel is not None and self.dock.isVisible():
            self._panel.reload()

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
        if self._panel is not None:
            self._panel.set_database(self.db)  # units may have been added or renamed

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
