"""The areas a unit can cover, as a tree with check boxes: kabupaten/kota, then kecamatan.

A ticked kabupaten stands for the kabupaten code, a partly ticked one for its ticked
kecamatan. Beside each area, in grey, the other units that cover it now, and a marker where
no unit covers a kecamatan or two units do. For a national operation the provinces are on
top and fill in when first opened (or when a unit's areas need them).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeWidget, QTreeWidgetItem, QWidget

from commandpost.store import queries
from commandpost.store.database import Database
from commandpost.store.units import Coverage, UnitInfo

CodeRole = Qt.ItemDataRole.UserRole
GREY = QColor("#6b6b6b")
MISSING = QColor("#b71c1c")  # a kecamatan no unit covers
TWICE = QColor("#b35c00")  # a kecamatan two units cover, neither above the other
NAMES_SHOWN = 2

_CHECKABLE = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
)


class AreaTree(QTreeWidget):
    """``areas()`` what is ticked; ``set_areas()`` ticks a unit's areas; ``areasChanged``
    whenever a tick changes by hand."""

    areasChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaTree")
        self._db = db
        self._items: dict[str, QTreeWidgetItem] = {}
        self._regencies: list[QTreeWidgetItem] = []
        self._loaded: set[str] = set()  # provinces filled in (a national operation)
        self._filling = False
        self._notes: tuple[str | None, list[UnitInfo], Coverage] | None = None
        self.setColumnCount(2)
        self.setUniformRowHeights(True)
        self.setHeaderLabels(
            [
                self.tr("Area"),
                self.tr("Covered now by"),
            ]
        )
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.itemExpanded.connect(self._expanded)
        self.itemChanged.connect(self._changed)
        operation = queries.operation(db)
        self.province = operation.province_code if operation is not None else None
        if self.province is not None:
            self._fill_province(self.invisibleRootItem(), self.province)
        else:
            for info in queries.children(db, None):
                item = QTreeWidgetItem(self, [info.name, ""])
                item.setData(0, CodeRole, info.code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                self._items[info.code] = item
            if self.topLevelItemCount() == 1:  # one province in the file: open it
                self.topLevelItem(0).setExpanded(True)

    # --- building -------------------------------------------------------------------------

    def _fill_province(self, parent: QTreeWidgetItem, province: str) -> None:
        """Its kabupaten/kota with their kecamatan, nothing ticked."""
        self._loaded.add(province)
        was = self._filling
        self._filling = True
        try:
            for regency in queries.children(self._db, province):
                item = self._add(parent, regency.name, regency.code)
                item.setFlags(_CHECKABLE | Qt.ItemFlag.ItemIsAutoTristate)
                self._regencies.append(item)
                for district in queries.children(self._db, regency.code):
                    self._add(item, district.name, district.code)
        finally:
            self._filling = was
        self._fit_names()
        if self._notes is not None:
            self.annotate(*self._notes)

    def _fit_names(self) -> None:
        """The area column as wide as the longest name (within reason); the rest for notes."""
        em = self.fontMetrics().horizontalAdvance("M")
        box = self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 2 * em
        below = 1 if self.province is None else 0  # under a province row
        widest = max(
            (
                self.fontMetrics().horizontalAdvance(item.text(0))
                + self.indentation() * (code.count(".") + below)
                for code, item in self._items.items()
            ),
            default=0,
        )
        width = min(max(widest + box, 16 * em), 30 * em)
        self.header().resizeSection(0, max(width, self.header().sectionSize(0)))

    def _add(self, parent: QTreeWidgetItem, name: str, code: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [name, ""])
        item.setData(0, CodeRole, code)
        item.setToolTip(0, f"{name} ({code})")
        item.setFlags(_CHECKABLE)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        self._items[code] = item
        return item

    def _expanded(self, item: QTreeWidgetItem) -> None:
        code = item.data(0, CodeRole)
        if item.parent() is None and self.province is None and code not in self._loaded:
            self._fill_province(item, code)

    def load_for(self, codes: Iterable[str]) -> None:
        """Fill in the provinces these codes lie in (a national operation)."""
        if self.province is not None:
            return
        for code in codes:
            province = code.split(".")[0]
            item = self._items.get(province)
            if item is not None and province not in self._loaded:
                self._fill_province(item, province)

    # --- ticks --------------------------------------------------------------------------

    def _changed(self, _item: QTreeWidgetItem, column: int) -> None:
        if column == 0 and not self._filling:
            self.areasChanged.emit()

    def set_areas(self, areas: Iterable[str]) -> list[str]:
        """Tick exactly these areas; returns those the tree does not hold (kept aside)."""
        areas = list(areas)
        self.load_for(areas)
        outside = []
        self._filling = True
        try:
            for item in self._regencies:
                item.setCheckState(0, Qt.CheckState.Unchecked)
            for code in areas:
                item = self._items.get(code)
                if item is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    outside.append(code)
                else:
                    item.setCheckState(0, Qt.CheckState.Checked)
        finally:
            self._filling = False
        first = None
        for regency in self._regencies:  # open where single kecamatan are ticked
            state = regency.checkState(0)
            if state == Qt.CheckState.PartiallyChecked:
                regency.setExpanded(True)
            if first is None and state != Qt.CheckState.Unchecked:
                first = regency
        if first is not None:
            self.scrollToItem(first, QTreeWidget.ScrollHint.PositionAtTop)
        return outside

    def areas(self) -> list[str]:
        """Whole kabupaten where all is ticked, else the ticked kecamatan, in code order."""
        found = []
        for regency in self._regencies:
            state = regency.checkState(0)
            if state == Qt.CheckState.Checked:
                found.append(regency.data(0, CodeRole))
            elif state == Qt.CheckState.PartiallyChecked:
                for i in range(regency.childCount()):
                    child = regency.child(i)
                    if child.checkState(0) == Qt.CheckState.Checked:
                        found.append(child.data(0, CodeRole))
        return sorted(found)

    def item(self, code: str) -> QTreeWidgetItem | None:
        return self._items.get(code)

    # --- who covers what ----------------------------------------------------------------

    def annotate(self, unit_id: str | None, everyone: list[UnitInfo], cover: Coverage) -> None:
        """Write beside each area the units other than ``unit_id`` that cover it, and mark
        kecamatan that no unit or two units cover."""
        self._notes = (unit_id, everyone, cover)
        parents = {u.id: u.parent_id for u in everyone}
        names = {u.id: u.name for u in everyone}
        whole: dict[str, set[str]] = {}  # area code -> units that have it in their list
        for unit in everyone:
            if unit.active and unit.id != unit_id:
                for area in unit.areas:
                    whole.setdefault(area, set()).add(unit.id)
        uncovered, twice = set(cover.uncovered), set(cover.twice)

        def above(uid: str) -> set[str]:
            found, seen = set(), parents.get(uid)
            while seen is not None and seen not in found:
                found.add(seen)
                seen = parents.get(seen)
            return found

        def listed(ids: set[str], *, lowest: bool) -> list[str]:
            if lowest:  # the units nearest the ground: drop those above another one
                keep = {u for u in ids if not any(u in above(o) for o in ids if o != u)}
            else:  # the units at the top: drop those below another one
                keep = {u for u in ids if not above(u) & ids}
            return sorted(names[u] for u in keep)

        self._filling = True
        try:
            for regency in self._regencies:
                by_whole = whole.get(regency.data(0, CodeRole), set())
                parts: set[str] = set()
                missing = double = 0
                for i in range(regency.childCount()):
                    child = regency.child(i)
                    district = child.data(0, CodeRole)
                    ids = by_whole | whole.get(district, set())
                    parts |= whole.get(district, set())
                    if district in uncovered:
                        missing += 1
                        _note(child, self.tr("no unit"), [], MISSING)
                    elif district in twice:
                        double += 1
                        _note(
                            child,
                            self.tr("twice: %1"),
                            listed(ids, lowest=True),
                            TWICE,
                        )
                    else:
                        _note(child, "%1", listed(ids, lowest=True), GREY)
                gaps = []
                if missing:
                    gaps.append(self.tr("%1 kecamatan without a unit").replace("%1", str(missing)))
                if double:
                    gaps.append(self.tr("%1 covered twice").replace("%1", str(double)))
                if gaps:
                    _note(regency, ", ".join(gaps), [], MISSING if missing else TWICE)
                elif by_whole:
                    _note(regency, "%1", listed(by_whole, lowest=False), GREY)
                else:
                    _note(
                        regency,
                        self.tr("part: %1") if parts else "",
                        listed(parts, lowest=False),
                        GREY,
                    )
        finally:
            self._filling = False


def _note(item: QTreeWidgetItem, pattern: str, names: list[str], color: QColor) -> None:
    """``pattern`` with the first names for %1 beside the area, all of them as its tip."""
    more = len(names) - NAMES_SHOWN
    short = ", ".join(names[:NAMES_SHOWN]) + (f" +{more}" if more > 0 else "")
    text = pattern.replace("%1", short)
    item.setText(1, text if color == GREY else "⚠ " + text)
    item.setForeground(1, QBrush(color))
    item.setToolTip(1, pattern.replace("%1", ", ".join(names)))
