"""The incident list's table: one row per incident as the store listed it (newest first).

The model holds the rows it was given and never touches SQL in ``data()``. A voided
incident's row is greyed and struck through, its status cell saying "Voided".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from commandpost.core.threats import INCIDENT_FLOW
from commandpost.gui import look
from commandpost.gui.dialogs.incident_dialog import status_label, type_label
from commandpost.gui.models.rows import RowsModel
from commandpost.gui.widgets.incident_details import VOIDED_COLORS, reporter_line, voided_label
from commandpost.store.incidents import IncidentInfo

IncidentIdRole = Qt.ItemDataRole.UserRole + 1
NodeCodeRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
VoidedRole = Qt.ItemDataRole.UserRole + 4

(
    COL_TIME,
    COL_LOCATION,
    COL_TYPE,
    COL_STATUS,
    COL_DESCRIPTION,
    COL_REPORTER,  # who reported it from the field
    COL_RECORDED_BY,  # who logged it (the actor)
) = range(7)
COLUMN_COUNT = 7
VOIDED_INK = "#8a8a8a"  # a voided row: greyed and struck through, its status spelled out

REPORTED, HANDLED, CLOSED = INCIDENT_FLOW
# Status cells: background and text colour; the status is always spelled out beside it.
STATUS_COLORS = {
    REPORTED: ("#fde2e0", "#9b1c1c"),
    HANDLED: ("#fff1dc", "#8a4b00"),
    CLOSED: ("#e8f1e8", "#2f5f2f"),
}


def location_text(incident: IncidentInfo, place: str) -> str:
    return f"{incident.node_name} · {place}" if place else incident.node_name


class IncidentTableModel(RowsModel):
    """Rows of incidents as the store listed them (newest first); one row per incident."""

    COLUMN_COUNT = COLUMN_COUNT

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._places: dict[str, str] = {}

    def set_incidents(self, rows: list[IncidentInfo], where: dict[str, str]) -> None:
        self._places = dict(where)
        self._replace_rows(rows)

    def incidents(self) -> list[IncidentInfo]:
        return list(self._rows)

    def incident(self, row: int) -> IncidentInfo | None:
        return self.item(row)

    def place(self, code: str) -> str:
        return self._places.get(code, "")

    def data(self, index: QModelIndex, role: int = 0):
        if not index.isValid() or index.parent().isValid():
            return None
        incident = self.incident(index.row())
        column = index.column()
        if incident is None or not 0 <= column < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(incident, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_DESCRIPTION:
                return incident.description
            if column == COL_LOCATION:
                return location_text(incident, self.place(incident.node_code))
            if column in (COL_REPORTER, COL_RECORDED_BY):
                return reporter_line(incident)
            if column == COL_STATUS and incident.voided:
                return self.tr("Voided: %1").replace("%1", incident.void_reason)
            return None
        if role == IncidentIdRole:
            return incident.id
        if role == NodeCodeRole:
            return incident.node_code
        if role == StatusRole:
            return incident.status
        if role == VoidedRole:
            return incident.voided
        if incident.voided:
            return self._voided_data(column, role)
        if column == COL_STATUS and incident.status in STATUS_COLORS:
            background, foreground = STATUS_COLORS[incident.status]
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(background)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(foreground)
            if role == Qt.ItemDataRole.FontRole and incident.status == REPORTED:
                font = QFont()
                font.setBold(True)
                return font
        return None

    @staticmethod
    def _voided_data(column: int, role: int):
        """A voided row: grey text struck through; its status cell a grey badge."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(VOIDED_COLORS[1] if column == COL_STATUS else VOIDED_INK)
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return QColor(VOIDED_COLORS[0])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(column != COL_STATUS)
            return font
        return None

    def _display(self, incident: IncidentInfo, column: int) -> str:
        if column == COL_TIME:
            return look.format_time(incident.occurred_at)
        if column == COL_LOCATION:
            return location_text(incident, self.place(incident.node_code))
        if column == COL_TYPE:
            return type_label(incident.type)
        if column == COL_STATUS:
            return voided_label() if incident.voided else status_label(incident.status)
        if column == COL_DESCRIPTION:
            return " ".join(incident.description.split())
        if column == COL_REPORTER:
            return incident.reporter
        return incident.reported_by

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_TIME: self.tr("Time"),
            COL_LOCATION: self.tr("Location"),
            COL_TYPE: self.tr("Type"),
            COL_STATUS: self.tr("Status"),
            COL_DESCRIPTION: self.tr("Description"),
            COL_REPORTER: self.tr("Reporter"),
            COL_RECORDED_BY: self.tr("Logged by"),
        }
        return titles.get(section)
