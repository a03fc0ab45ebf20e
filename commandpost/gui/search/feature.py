"""What the main window's search box does.

- Typing searches after a short pause (:data:`SEARCH_DELAY_MS`); the first hit is revealed in
  the tree and a list of the hits opens under the box: name, level and where it lies
  ("Kec. Cimanuk · Kab. Pandeglang"), higher levels first (see
  :mod:`commandpost.store.search`), at most :data:`SEARCH_LIMIT`.
- Keyboard in the box: Down/Up move in the list, Enter reveals the chosen hit in the tree
  and closes the list (with the list closed, or on the hit already shown, Enter goes to the
  next hit, wrapping round), Esc closes the list, a second Esc clears the box. A click on a
  row reveals it too.
- The window's shortcuts win over the line edit's own editing keys while the box has focus
  (on Linux QLineEdit takes Ctrl+E, Ctrl+K, Ctrl+H, ... as Emacs-style keys): see
  :meth:`SearchFeature.window_takes`. Copy, cut, paste and select-all stay the box's; Ctrl+Z
  and Ctrl+Shift+Z undo and redo the typing while the box has typing to undo, and the
  officer's updates otherwise, as in every text field, so that a key meant for the typed
  text never changes data by surprise.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
)

from commandpost.core.regions import Level, NodeInfo, VillageKind
from commandpost.gui import look
from commandpost.gui.models.region_tree import level_label
from commandpost.store import queries
from commandpost.store.search import SearchHit, find

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 200
POPUP_ROWS = 12
POPUP_MIN_WIDTH = 520

# Keys the line edit keeps even when the window has an action on them.
_EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)


class SearchPopup(QTreeWidget):
    """The list of hits under the search box. It never takes the focus: the keys stay in the
    box, which moves the list's current row."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setColumnCount(3)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.Box)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setStyleSheet(
            "QTreeWidget#searchPopup { border: 1px solid #8a8a8a; background: palette(base); }"
        )
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.hide()

    def rows_height(self) -> int:
        row = self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height()
        shown = min(POPUP_ROWS, max(1, self.topLevelItemCount()))
        return row * shown + 2 * self.frameWidth() + 2


class SearchFeature(QObject):
    """The search box, its status label and its list of hits, for one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.edit = window.ui.searchEdit
        self.status = window.ui.searchStatus
        self._hits: list[SearchHit] = []
        self._pos = -1  # the hit shown in the tree
        self._searched: str | None = None
        self._many_provinces = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.popup = SearchPopup(window)
        self.popup.itemClicked.connect(
            lambda item, _c: self._reveal_row(self.popup.indexOfTopLevelItem(item))
        )
        widest = self.status.fontMetrics().horizontalAdvance("888 dari 200+")
        self.status.setMinimumWidth(widest + 8)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit.installEventFilter(self)
        window.installEventFilter(self)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.returnPressed.connect(self.next)

    # --- public (the window's run_search, search_next, search_hits, focus_search) --------

    def set_database(self, db) -> None:
        self._many_provinces = db is not None and len(queries.children(db, None)) > 1
        self.clear()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def hits(self) -> list[NodeInfo]:
        """The nodes found by the last search, best first."""
        return [hit.node for hit in self._hits]

    def popup_rows(self) -> list[tuple[str, str, str]]:
        """What the list of hits shows: (name, level, where) per row."""
        return [
            tuple(self.popup.topLevelItem(r).text(c) for c in range(3))
            for r in range(self.popup.topLevelItemCount())
        ]

    def clear(self) -> None:
        self._timer.stop()
        self._hits = []
        self._pos = -1
        self._searched = None
        self.popup.clear()
        self.popup.hide()
        self.show_status()

    def run(self) -> None:
        """Search now for the text in the box, reveal the first hit and list them all."""
        self._timer.stop()
        text = self.edit.text().strip()
        db = self.window.db
        if not text or db is None:
            self.clear()
            return
        self._hits = find(db, text, SEARCH_LIMIT)
        self._searched = text
        self._pos = 0 if self._hits else -1
        if self._hits:
            self.window.select_code(self._hits[0].node.code)
        self._fill_popup()
        self.show_status()
        self.window.searchFinished.emit(len(self._hits))

    def next(self) -> None:
        """Enter: search if the text changed; reveal the hit chosen in the list; else go to
        the next hit (wrapping round)."""
        text = self.edit.text().strip()
        if self._timer.isActive() or text != self._searched:
            self.run()
            return
        if not self._hits:
            return
        chosen = self._popup_row()
        if self.popup.isVisible() and chosen >= 0 and chosen != self._pos:
            self._reveal_row(chosen)
            return
        self._go((self._pos + 1) % len(self._hits))

    def show_status(self) -> None:
        label = self.status
        if self._searched is None:
            label.clear()
            label.setToolTip("")
        elif not self._hits:
            label.setText(self.tr("not found"))
            label.setToolTip(
                self.tr(
                    "No region name fits. Type part of a name, a code, or a village and a "
                    "TPS number (hegarmanah 4)."
                )
            )
        else:
            total = str(len(self._hits))
            if len(self._hits) >= SEARCH_LIMIT:
                total += "+"
            label.setText(
                self.tr("%1 of %2").replace("%1", str(self._pos + 1)).replace("%2", total)
            )
            label.setToolTip(self.tr("↓/↑ choose in the list; Enter shows it or the next match"))

    def window_takes(self, event) -> bool:
        """True when the key of a ShortcutOverride in the box is a window shortcut that should
        win over the line edit's editing key (see the module's docstring)."""
        combo = QKeySequence(event.keyCombination())
        if any(event.matches(key) for key in _EDITING_KEYS):
            return False
        if event.matches(QKeySequence.StandardKey.Undo) and self.edit.isUndoAvailable():
            return False
        if event.matches(QKeySequence.StandardKey.Redo) and self.edit.isRedoAvailable():
            return False
        for action in self._window_actions():
            if action.shortcutContext() not in (
                Qt.ShortcutContext.WindowShortcut,
                Qt.ShortcutContext.ApplicationShortcut,
            ):
                continue
            if any(
                s.matches(combo) == QKeySequence.SequenceMatch.ExactMatch
                for s in action.shortcuts()
            ):
                return True
        return False

    def _window_actions(self) -> list[QAction]:
        """The window's own actions (its menus and toolbars), not those of its children."""
        actions = list(self.window.actions())
        for menu in self.window.menuBar().findChildren(QMenu):
            actions += menu.actions()
        return actions

    # --- events ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.edit:
            if kind == QEvent.Type.ShortcutOverride and self.window_takes(event):
                event.ignore()  # not the line edit's: the shortcut map delivers it
                return True
            if kind == QEvent.Type.KeyPress and self._key(event.key()):
                return True
            if kind == QEvent.Type.FocusOut:
                self.popup.hide()
        elif (
            watched is self.window
            and kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
            and self.popup.isVisible()
        ):
            self._place_popup()
        return False

    def _key(self, key: int) -> bool:
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.edit.clear()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self._hits:
                return False
            if not self.popup.isVisible():
                self._show_popup()
                return True
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: POPUP_ROWS - 1,
                Qt.Key.Key_PageUp: 1 - POPUP_ROWS,
            }[key]
            row = min(max(self._popup_row() + step, 0), len(self._hits) - 1)
            self._choose_row(row)
            return True
        return False

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self.clear()
            return
        self._timer.start()

    # --- revealing ------------------------------------------------------------------------

    def _go(self, pos: int) -> None:
        self._pos = pos
        self.window.select_code(self._hits[pos].node.code)
        self._choose_row(pos)
        self.show_status()

    def _reveal_row(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            self._go(row)
            self.popup.hide()

    def _popup_row(self) -> int:
        item = self.popup.currentItem()
        return self.popup.indexOfTopLevelItem(item) if item is not None else -1

    def _choose_row(self, row: int) -> None:
        item = self.popup.topLevelItem(row)
        if item is not None:
            self.popup.setCurrentItem(item)
            self.popup.scrollToItem(item)

    # --- the list -------------------------------------------------------------------------

    def _fill_popup(self) -> None:
        popup = self.popup
        popup.clear()
        grey = look.level_color(0) or popup.palette().placeholderText().color()
        for hit in self._hits:
            where = self.where(hit)
            # Made with the list as parent: the list owns the item (a list of parentless
            # items handed to addTopLevelItems would be freed twice).
            item = QTreeWidgetItem(popup, [hit.node.name, level_label(hit.node), where])
            item.setToolTip(0, f"{hit.node.name} ({hit.node.code})\n{where}")
            item.setIcon(0, look.class_icon(look.region_class(hit.node)))
            for column in (1, 2):
                item.setForeground(column, grey)
        if self._hits:
            self._choose_row(0)
            if self.edit.hasFocus():
                self._show_popup()
        else:
            popup.hide()

    def where(self, hit: SearchHit) -> str:
        """Where a hit lies, nearest first: "Desa Hegarmanah · Kec. Cibeber · Kab. Lebak"
        (the province too when the database holds several)."""
        parts = []
        for node in reversed(hit.ancestors):
            if node.level == Level.PROVINCE and not self._many_provinces:
                continue
            parts.append(self._short(node))
        return " · ".join(parts)

    def _short(self, node: NodeInfo) -> str:
        if node.level == Level.REGENCY:
            name = node.name
            if name.lower().startswith("kabupaten "):
                return self.tr("Reg. %1").replace("%1", name[len("kabupaten ") :])
            return name
        if node.level == Level.DISTRICT:
            return self.tr("Dist. %1").replace("%1", node.name)
        if node.level == Level.VILLAGE:
            if node.village_kind == VillageKind.KELURAHAN:
                return self.tr("Urb. %1").replace("%1", node.name)
            return self.tr("Vil. %1").replace("%1", node.name)
        return node.name

    def _show_popup(self) -> None:
        self._place_popup()
        self.popup.show()
        self.popup.raise_()

    def _place_popup(self) -> None:
        window, edit, popup = self.window, self.edit, self.popup
        below = edit.mapTo(window, QPoint(0, edit.height()))
        room = window.width() - below.x() - 8
        width = max(min(POPUP_MIN_WIDTH, room), edit.width() + self.status.width())
        width = min(width, room)
        height = min(popup.rows_height(), window.height() - below.y() - 8)
        popup.setGeometry(below.x(), below.y() + 1, width, max(height, 40))
        metrics = popup.fontMetrics()
        popup.setColumnWidth(0, int(width * 0.38))
        popup.setColumnWidth(1, metrics.horizontalAdvance("Desa/Kelurahan") + 16)
