"""The risk register as a table: the rows the store listed, never a query in ``data()``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from commandpost.gui import look
from commandpost.gui.models.rows import RowsModel
from commandpost.store.risks import DONE, IN_PROGRESS, PLANNED, RiskItem

RiskIdRole = Qt.ItemDataRole.UserRole + 1
NodeCodeRole = Qt.ItemDataRole.UserRole + 2
StageIdRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
OverdueRole = Qt.ItemDataRole.UserRole + 5
LevelRole = Qt.ItemDataRole.UserRole + 6
DueRole = Qt.ItemDataRole.UserRole + 7  # ISO date or None

(
    COL_STAGE,
    COL_AREA,
    COL_THREAT,
    COL_LEVEL,
    COL_MITIGATION,
    COL_AGENCY,
    COL_STATUS,
    COL_DUE,
) = range(8)
COLUMN_COUNT = 8

CONTEXT = "RiskTableModel"
STATUS_TEXTS = {
    PLANNED: QT_TRANSLATE_NOOP("RiskTableModel", "Planned"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("RiskTableModel", "In progress"),
    DONE: QT_TRANSLATE_NOOP("RiskTableModel", "Done"),
}
# Status cells: background and text colour; the status is always spelled out as well.
STATUS_COLORS = {
    PLANNED: ("#fff1dc", "#8a4b00"),
    IN_PROGRESS: ("#e3eefb", "#1f4e8c"),
    DONE: ("#e8f1e8", "#2f5f2f"),
}
# Overdue lines: the tint of the most urgent class (look.py), dark red text, and the words
# "overdue" in the due column, so the mark survives a black-and-white printout.
OVERDUE_INK = QColor("#9b1c1c")
DATE_FORMAT = "d MMM yyyy"


def status_text(key: str) -> str:
    """A status in the interface language."""
    source = STATUS_TEXTS.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else key


def overdue_tint() -> QColor:
    return look.class_tint("sangat_rawan") or QColor("#fde2e0")


def format_day(day: dt.date | None) -> str:
    if day is None:
        return ""
    return look.ID_LOCALE.toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


class RiskTableModel(RowsModel):
    """One row per line of the register, in the order the store gave them."""

    COLUMN_COUNT = COLUMN_COUNT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._places: dict[str, str] = {}

    def set_risks(self, rows: list[RiskItem], places: dict[str, str]) -> None:
        self._places = dict(places)
        self._replace_rows(rows)

    def risks(self) -> list[RiskItem]:
        return list(self._rows)

    def risk(self, row: int) -> RiskItem | None:
        return self.item(row)

    def data(self, index: QModelIndex, role: int = 0):
        if not index.isValid() or index.parent().isValid():
            return None
        item = self.risk(index.row())
        column = index.column()
        if item is None or not 0 <= column < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == RiskIdRole:
            return item.id
        if role == NodeCodeRole:
            return item.node_code
        if role == StageIdRole:
            return item.stage_id
        if role == StatusRole:
            return item.status
        if role == OverdueRole:
            return item.overdue
        if role == LevelRole:
            return item.level
        if role == DueRole:
            return item.due.isoformat() if item.due else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == COL_STATUS and item.status in STATUS_COLORS:
                return QColor(STATUS_COLORS[item.status][0])
            if item.overdue:
                return overdue_tint()
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_STATUS and item.status in STATUS_COLORS:
                return QColor(STATUS_COLORS[item.status][1])
            if column == COL_LEVEL:
                return look.level_color(item.level)
            if item.overdue and column == COL_DUE:
                return OVERDUE_INK
            return None
        if role == Qt.ItemDataRole.FontRole:
            if (column == COL_DUE and item.overdue) or (column == COL_LEVEL and item.level >= 3):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return None

    def area_text(self, item: RiskItem) -> str:
        if not item.node_code:
            return self.tr("Whole operation area")
        place = self._places.get(item.node_code, "")
        if place and len(item.node_code) > len("36.02.01.2002"):
            # A TPS: its number alone says little, so name its village too.
            return f"{item.node_name} · {place.split(' › ')[0]}"
        return item.node_name

    def due_text(self, item: RiskItem) -> str:
        if item.due is None:
            return "—"
        day = format_day(item.due)
        return self.tr("%1 · overdue").replace("%1", day) if item.overdue else day

    def _display(self, item: RiskItem, column: int) -> str:
        if column == COL_STAGE:
            return item.stage_name or self.tr("(stage deleted)")
        if column == COL_AREA:
            return self.area_text(item)
        if column == COL_THREAT:
            return look.category_label(item.threat)
        if column == COL_LEVEL:
            return look.level_label(item.level)
        if column == COL_MITIGATION:
            return " ".join(item.mitigation.split())
        if column == COL_AGENCY:
            return item.agency_label
        if column == COL_STATUS:
            return status_text(item.status)
        return self.due_text(item)

    def _tooltip(self, item: RiskItem, column: int) -> str | None:
        if column == COL_AREA and item.node_code:
            place = self._places.get(item.node_code, "")
            where = f"{item.node_name} · {place}" if place else item.node_name
            return f"{where} ({item.node_code})"
        if column == COL_MITIGATION:
            if item.note:
                return item.mitigation + "\n\n" + self.tr("Note: %1").replace("%1", item.note)
            return item.mitigation
        if column == COL_DUE and item.overdue:
            return self.tr("Past its due date and not done yet")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_STAGE: self.tr("Stage"),
            COL_AREA: self.tr("Area"),
            COL_THREAT: self.tr("Threat"),
            COL_LEVEL: self.tr("Level"),
            COL_MITIGATION: self.tr("Mitigation"),
            COL_AGENCY: self.tr("Agency"),
            COL_STATUS: self.tr("Status"),
            COL_DUE: self.tr("Due"),
        }
        return titles.get(section)
