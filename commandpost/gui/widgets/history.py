"""Riwayat: every recorded change at the selected node (and, for a region, below it).

Who, when, what, why and from which source, newest first, straight from the change log. The
list loads when its tab is shown, so moving through the tree stays instant. Above TPS level a
row names the TPS and areas the change touched (the first few, "+ 37 more", all of them up to
store.audit.NAMES_IN_TOOLTIP in its tooltip), and an undo or redo says which it was.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.regions import Level, NodeInfo
from commandpost.gui import look
from commandpost.gui.models.region_tree import format_count, node_title
from commandpost.store import audit, threats
from commandpost.store.audit import NAMES_SHOWN, Place, Places
from commandpost.store.database import Database
from commandpost.store.threats import HistoryEntry

# Two columns that wrap, so the list reads in the narrow side pane: when and who; then what,
# why, and from which source and when it was observed.
COL_WHEN, COL_WHAT = range(2)
COLUMNS = 2
LIMIT = 500


def describe(
    entry: HistoryEntry,
    places: Places | None = None,
    redo: bool | None = None,
    *,
    names: int = NAMES_SHOWN,
) -> str:
    """What a change did, in words, and where: "Class: Rawan — TPS 004 Hegarmanah, TPS 005
    Hegarmanah, + 37 more", "Flood: High — Kecamatan Cibeber"; an undo or redo says so and
    what it took back: "Undone: Class → Rawan — TPS 004 Hegarmanah".

    ``places``: the nodes it touched (store.audit.places_of_changes) of which the first
    ``names`` are named, the rest counted; None: only their number ("(12 places)").
    ``redo``: for a compensating change, whether it redid (True) or undid (False); None when
    not known ("Undone/redone").
    """
    arrow = entry.compensates is not None
    parts = _what(entry, arrow)
    text = "; ".join(parts) or QCoreApplication.translate("History", "Changed")
    if places is not None and places.shown:
        text += " — " + place_list(places, names)
    elif entry.count > 1:
        text += " " + QCoreApplication.translate("History", "(%1 places)").replace(
            "%1", format_count(entry.count)
        )
    if entry.compensates:
        if redo is None:
            form = QCoreApplication.translate("History", "Undone/redone: %1")
        elif redo:
            form = QCoreApplication.translate("History", "Redone: %1")
        else:
            form = QCoreApplication.translate("History", "Undone: %1")
        text = form.replace("%1", text)
    return text


def place_name(place: Place) -> str:
    """ "TPS 004 Hegarmanah" (a TPS with its village), "Kecamatan Cibeber", "Desa Sukamaju",
    "Kabupaten Lebak" (an area with its level)."""
    if place.level == Level.TPS:
        return f"{place.name} {place.village}".strip()
    info = NodeInfo(place.code, None, place.level, place.name, 0, 0, 0, place.village_kind)
    return node_title(info)


def place_list(places: Places, names: int = NAMES_SHOWN) -> str:
    """The first ``names`` places by name and "+ 37 more" for the rest (of ``places.total``)."""
    shown = [place_name(p) for p in places.shown[:names]]
    more = places.total - len(shown)
    text = ", ".join(shown)
    if more > 0:
        text += " " + QCoreApplication.translate("History", "+ %1 more").replace(
            "%1", format_count(more)
        )
    return text


def _what(entry: HistoryEntry, arrow: bool) -> list[str]:
    """The fields a change wrote, as "Class: Rawan"; an undo's as "Class → Rawan"."""
    sep = " → " if arrow else ": "
    parts: list[str] = []
    if entry.entity == "tps" and "tps_added" in entry.what:
        parts.append(
            QCoreApplication.translate("History", "TPS list: %1 TPS added").replace(
                "%1", format_count(entry.what["tps_added"])
            )
        )
    elif entry.entity == "tps" and "tps_removed" in entry.what:
        parts.append(
            QCoreApplication.translate("History", "TPS list: %1 TPS deleted").replace(
                "%1", format_count(entry.what["tps_removed"])
            )
        )
    elif entry.entity == "tps":
        classes = sorted({f["tps_class"] for f in entry.items.values() if "tps_class" in f})
        if classes:  # an undo may write back several: "Class → Kurang rawan / Rawan"
            parts.append(
                QCoreApplication.translate("History", "Class")
                + sep
                + " / ".join(look.class_label(cls) for cls in classes)
            )
        if any("dpt" in f for f in entry.items.values()):
            parts.append(QCoreApplication.translate("History", "DPT changed"))
        if any("address" in f for f in entry.items.values()):
            parts.append(QCoreApplication.translate("History", "Address changed"))
        states = sorted({f["progress"] for f in entry.items.values() if "progress" in f})
        if states:
            from commandpost.gui.voting.labels import state_label

            parts.append(
                QCoreApplication.translate("History", "Voting day: %1").replace(
                    "%1", " / ".join(state_label(s) for s in states)
                )
            )
        flags = {bool(f["problem"]) for f in entry.items.values() if "problem" in f}
        if True in flags:
            parts.append(QCoreApplication.translate("History", "Problem at the TPS"))
        if False in flags:
            parts.append(QCoreApplication.translate("History", "Problem cleared"))
    elif entry.entity == "threat":
        seen: dict[str, set[int]] = {}
        for key, fields in entry.items.items():
            if "level" not in fields:
                continue
            # An undo writes back the level alone: the category is in the threat's key.
            category = fields.get("category") or (key.split("|", 1)[1] if "|" in key else "")
            seen.setdefault(category, set()).add(int(fields["level"]))
        for category, levels in sorted(seen.items()):
            name = (
                look.category_label(category)
                if category
                else QCoreApplication.translate("History", "Threat")
            )
            parts.append(f"{name}{sep}{' / '.join(look.level_label(lv) for lv in sorted(levels))}")
    elif entry.entity == "incident":
        fields = next(iter(entry.items.values()), {})
        if entry.op == "create":
            kind = fields.get("type", "")
            with contextlib.suppress(ValueError):
                kind = look.label(threats.taxonomy().incident_type(kind))
            parts.append(
                QCoreApplication.translate("History", "Incident logged: %1").replace("%1", kind)
            )
        elif "status" in fields:
            status = {s.key: look.label(s) for s in threats.taxonomy().incident_statuses}
            parts.append(
                QCoreApplication.translate("History", "Incident: %1").replace(
                    "%1", status.get(fields["status"], fields["status"])
                )
            )
        elif "voided" in fields:  # store.incidents.void_incident, or its undo
            parts.append(
                QCoreApplication.translate("History", "Incident voided")
                if fields["voided"]
                else QCoreApplication.translate("History", "Incident counted again (void undone)")
            )
        elif fields:  # store.incidents.correct_incident, or its undo
            from commandpost.gui.widgets.incident_details import field_label

            parts.append(
                QCoreApplication.translate("History", "Incident corrected: %1").replace(
                    "%1", ", ".join(field_label(f) for f in fields)
                )
            )
        else:
            parts.append(QCoreApplication.translate("History", "Incident changed"))
    elif entry.entity == "risk":
        parts.extend(_describe_risk(entry))
    return parts


def _describe_risk(entry: HistoryEntry) -> list[str]:
    """A line of the risk register added, moved on, deleted or changed."""
    from commandpost.gui.risks.model import STATUS_TEXTS

    parts: list[str] = []
    for fields in list(entry.items.values())[:1]:
        if fields.get("active") is False:
            parts.append(QCoreApplication.translate("History", "Risk deleted"))
        elif entry.op in ("create", "create_many") and "threat" in fields:
            name = fields["threat"]
            with contextlib.suppress(ValueError, KeyError):
                name = look.category_label(name)
            parts.append(
                QCoreApplication.translate("History", "Risk mapped: %1").replace("%1", name)
            )
        elif "status" in fields:
            status = STATUS_TEXTS.get(fields["status"])
            label = QCoreApplication.translate("RiskTableModel", status) if status else ""
            parts.append(QCoreApplication.translate("History", "Risk: %1").replace("%1", label))
        else:
            parts.append(QCoreApplication.translate("History", "Risk changed"))
    return parts


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[HistoryEntry] = []
        self._sources: dict[str, str] = {}
        self._places: dict[str, Places] = {}
        self._redone: dict[str, bool] = {}

    def set_entries(
        self,
        entries: list[HistoryEntry],
        sources: dict[str, str],
        places: dict[str, Places] | None = None,
        redone: dict[str, bool] | None = None,
    ) -> None:
        """Show ``entries`` (newest first); ``sources``: source key -> label; ``places``:
        change id -> the places it touched to name (none: counted only); ``redone``: change
        id -> True for a redo, False for an undo (store.audit)."""
        self.beginResetModel()
        self._entries = entries
        self._sources = sources
        self._places = places or {}
        self._redone = redone or {}
        self.endResetModel()

    def entries(self) -> list[HistoryEntry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMNS:
            return None
        return (self.tr("Recorded, by"), self.tr("Change, reason, source"))[section]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == COL_WHEN:
                return f"{look.format_time(entry.recorded_at)}\n{entry.actor}"
            places = self._places.get(entry.change_id)
            redo = self._redone.get(entry.change_id)
            if role == Qt.ItemDataRole.ToolTipRole and places and places.total > NAMES_SHOWN:
                # The tooltip names every place it has (store.audit.NAMES_IN_TOOLTIP), one
                # a line after the change, so a long list stays readable.
                lines = [describe(entry, None, redo), *map(place_name, places.shown)]
                rest = places.total - len(places.shown)
                if rest:
                    lines.append(self.tr("+ %1 more").replace("%1", format_count(rest)))
            else:
                lines = [describe(entry, places, redo)]
            if entry.reason:
                lines.append(self.tr("Reason: %1").replace("%1", entry.reason))
            source = self._sources.get(entry.source, entry.source) if entry.source else ""
            observed = look.format_time(entry.observed_at)
            if source and observed:
                lines.append(
                    self.tr("Source: %1, observed %2").replace("%1", source).replace("%2", observed)
                )
            elif source:
                lines.append(self.tr("Source: %1").replace("%1", source))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._info: NodeInfo | None = None
        self._stale = True
        self._period: tuple[str, str] | None = None
        self._period_name = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("historyTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.below_check = QCheckBox(self)
        self.below_check.setChecked(True)
        self.below_check.toggled.connect(self.refresh)
        top.addWidget(self.below_check)
        layout.addLayout(top)
        self.model = HistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        header.resizeSection(COL_WHEN, metrics.horizontalAdvance("27 Nov 2024 08.30") + 16)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("historyEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        layout.addWidget(self.empty_label)
        self._retranslate()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self._period = None
        self.show_node(None)

    def set_period(self, period: tuple[str, str] | None, name: str = "") -> None:
        """Only the changes observed in ``(since, until)`` (UTC ISO, until exclusive), e.g. a
        stage's days; None for all."""
        self._period = period
        self._period_name = name if period else ""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def show_node(self, info: NodeInfo | None) -> None:
        self._info = info
        self._stale = True
        self.below_check.setVisible(info is not None and info.level != Level.TPS)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        info, db = self._info, self._db
        if info is None or db is None:
            self.model.set_entries([], {})
        else:
            below = info.level != Level.TPS and self.below_check.isChecked()
            labels = {s.key: look.label(s) for s in threats.sources(db, include_hidden=True)}
            since, until = self._period or (None, None)
            entries = threats.history(db, info.code, LIMIT, below=below, since=since, until=until)
            # A region's list with what lies below names the TPS and areas each change
            # touched there (one query for all the rows).
            places = (
                audit.places_of_changes(db, [e.change_id for e in entries], info.code)
                if below
                else None
            )
            redone = audit.redone(db, [e.change_id for e in entries if e.compensates])
            self.model.set_entries(entries, labels, places, redone)
        self._show_state()

    def _show_state(self) -> None:
        info = self._info
        count = self.model.rowCount()
        if info is None:
            self.title.setText(self.tr("Choose a TPS or region in the tree to see its history."))
        else:
            text = self.tr("<b>%1</b>: %2 recorded changes").replace("%1", info.name)
            text = text.replace("%2", format_count(count))
            if count >= LIMIT:
                text += " " + self.tr("(the newest %1)").replace("%1", format_count(LIMIT))
            if self._period_name:
                text += " " + self.tr("in the stage %1").replace("%1", self._period_name)
            self.title.setText(text)
        self.table.setVisible(count > 0)
        self.empty_label.setVisible(info is not None and count == 0)
        self.empty_label.setText(
            self.tr(
                "No change has been recorded here yet. Updates of the vulnerability and "
                "incidents appear here with who made them, when and why."
            )
        )

    def entries(self) -> list[HistoryEntry]:
        return self.model.entries()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _retranslate(self) -> None:
        self.below_check.setText(self.tr("Include changes below"))
        self.below_check.setToolTip(
            self.tr("Also list changes to the regions and TPS inside this region")
        )
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
            if self.model.rowCount():
                self.model.dataChanged.emit(
                    self.model.index(0, 0),
                    self.model.index(self.model.rowCount() - 1, COLUMNS - 1),
                )
        super().changeEvent(event)
