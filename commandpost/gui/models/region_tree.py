"""The region tree: a lazy item model over the store's node table.

It loads one level at a time (``canFetchMore``/``fetchMore``), answers ``hasChildren`` from
the stored child counts, and keeps what it has loaded in small Python objects it owns, so
``data()`` never touches SQL. That keeps the tree instant at the national size (820,000 TPS),
where a QStandardItemModel or a recursive proxy would cost seconds.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from commandpost.core.progress import at_least
from commandpost.core.regions import Level, NodeInfo, VillageKind, ancestors_of, is_city
from commandpost.core.strength import people
from commandpost.gui import look
from commandpost.gui.voting.labels import PROBLEM_COLOR, state_label
from commandpost.store import queries
from commandpost.store.database import Database
from commandpost.store.first_screen import FirstScreen
from commandpost.store.worst import WorstThreat, worst_threats

CodeRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
NodeInfoRole = Qt.ItemDataRole.UserRole + 3
ClassRole = Qt.ItemDataRole.UserRole + 4  # a TPS's class, a region's worst class below

COL_NAME, COL_CLASS, COL_RAWAN, COL_SANGAT, COL_THREAT, COL_CODE, COL_TPS, COL_DPT = range(8)
# Voting day: a region's TPS opened (or further) of all, a TPS's own step. Last, so that a
# header state saved before it existed still restores the other columns.
COL_PROGRESS = 8
# Strength: police assigned / required by the TPS security patterns (store.strength), with
# the gap; last for the same reason.
COL_STRENGTH = 9
# Khusus TPS (prisons, hospitals) below a region; last for the same reason.
COL_KHUSUS = 10
COLUMN_COUNT = 11
_NUMBER_COLUMNS = (COL_RAWAN, COL_SANGAT, COL_TPS, COL_DPT, COL_STRENGTH, COL_KHUSUS)
_CLASS_ICON = {COL_RAWAN: "rawan", COL_SANGAT: "sangat_rawan", COL_KHUSUS: "khusus"}

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_SERVED = frozenset(
    {
        _DISPLAY,
        _DECORATION,
        _BACKGROUND,
        _FOREGROUND,
        _ALIGNMENT,
        _TOOLTIP,
        int(CodeRole),
        int(LevelRole),
        int(NodeInfoRole),
        int(ClassRole),
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TPS = Level.TPS
_NODE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF_FLAGS = _NODE_FLAGS | Qt.ItemFlag.ItemNeverHasChildren

ID_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
_PROBLEM_INK = QColor(PROBLEM_COLOR)
_OUTSIDE_INK = QColor("#9e9e9e")


def format_count(value: int) -> str:
    """Numbers as Indonesian officers write them: 17.231."""
    return ID_LOCALE.toString(value)


def signed(value: int) -> str:
    """A gap with its sign, as on paper: +3, 0, −3 (a true minus sign)."""
    if value < 0:
        return "\u2212" + format_count(-value)
    return ("+" if value > 0 else "") + format_count(value)


def level_label(info: NodeInfo) -> str:
    """The level's name on screen: Provinsi, Kabupaten, Kota, Kecamatan, Desa, Kelurahan, TPS."""
    if info.level == Level.PROVINCE:
        return QCoreApplication.translate("RegionLevel", "Province")
    if info.level == Level.REGENCY:
        if is_city(info.code):
            return QCoreApplication.translate("RegionLevel", "City")
        return QCoreApplication.translate("RegionLevel", "Regency")
    if info.level == Level.DISTRICT:
        return QCoreApplication.translate("RegionLevel", "District")
    if info.level == Level.VILLAGE:
        if info.village_kind == VillageKind.KELURAHAN:
            return QCoreApplication.translate("RegionLevel", "Urban village")
        if info.village_kind == VillageKind.DESA:
            return QCoreApplication.translate("RegionLevel", "Village")
        return QCoreApplication.translate("RegionLevel", "Village-level unit")
    return QCoreApplication.translate("RegionLevel", "Polling station (TPS)")


def node_title(info: NodeInfo) -> str:
    """ "Kecamatan Malingping", "Desa Cilangkahan", but "TPS 001" and "Kabupaten Lebak" as they
    are already named (regencies carry Kabupaten/Kota in their names)."""
    if info.level == Level.TPS:
        return info.name
    level = level_label(info)
    return info.name if info.name.lower().startswith(level.lower()) else f"{level} {info.name}"


class _Node:
    """One loaded node. ``children`` is None until its level has been fetched."""

    __slots__ = ("children", "info", "parent", "row")

    def __init__(self, info: NodeInfo | None, parent: _Node | None, row: int) -> None:
        self.info = info
        self.parent = parent
        self.children: list[_Node] | None = None
        self.row = row


class RegionTreeModel(QAbstractItemModel):
    """Provinsi > kabupaten/kota > kecamatan > desa/kelurahan > TPS, loaded on demand."""

    people_dropped = Signal(list, str)  # NRPs from the personnel board, the region's code

    def __init__(
        self, db: Database | None, parent=None, *, first: FirstScreen | None = None
    ) -> None:
        """On ``db``; or, before the database is open (``db`` None), showing the window's
        first frame from ``first`` (store.first_screen): its rows cannot be opened further
        until the window installs a model on the opened database."""
        super().__init__(parent)
        self._db = db
        self._root = _Node(None, None, 0)
        self._by_code: dict[str, _Node] = {}
        # A unit's jurisdiction the view is scoped to: rows outside it are shown greyed and
        # said to be outside (the demo's Kota Tangerang under Polda Metro Jaya, seen from
        # Polda Banten). None: no unit chosen.
        self._scope: tuple[str, ...] | None = None
        self._scope_name = ""
        self._outside: dict[str, bool] = {}
        # The worst threat's category per loaded node (store.worst), read with each level.
        self._worst: dict[str, WorstThreat] = {}
        if first is not None:
            self._root.children = self._make_children(self._root, first.roots)
            for code, infos in first.children.items():
                node = self._by_code[code]
                node.children = self._make_children(node, infos)
            self._worst.update(first.worst)
        else:
            self._root.children = self._make_children(self._root, queries.children(db, None))

    # --- structure -------------------------------------------------------------------------

    def _make_children(self, parent: _Node, infos: list[NodeInfo]) -> list[_Node]:
        nodes = [_Node(info, parent, row) for row, info in enumerate(infos)]
        for node in nodes:
            self._by_code[node.info.code] = node
        self._load_worst(infos)
        return nodes

    def _load_worst(self, infos: Iterable[NodeInfo]) -> None:
        """Read which threat is worst for these nodes (one query per code length), so that
        ``data()`` never queries."""
        infos = list(infos)
        for info in infos:
            self._worst.pop(info.code, None)
        threatened = [info.code for info in infos if info.worst_level]
        if threatened and self._db is not None:
            self._worst.update(worst_threats(self._db, threatened))

    def threat_text(self, info: NodeInfo, *, long: bool = False) -> str | None:
        """ "Banjir: Tinggi" for a TPS (" +1" when another category is as high), "Banjir:
        Tinggi (12)" for a region: the worst level, the category holding it at the most
        places, and how many (``long``, for tooltips: "Banjir: Tinggi (12 TPS)")."""
        if not info.worst_level:
            return None
        worst = self._worst.get(info.code)
        level = look.level_label(info.worst_level)
        if worst is None or worst.level != info.worst_level:
            return level
        text = f"{look.category_label(worst.category)}: {level}"
        if info.level == _TPS:
            return text + (f" +{worst.others}" if worst.others else "")
        count = format_count(worst.places)
        if long and worst.tps == worst.places:
            count = self.tr("%1 TPS").replace("%1", count)
        elif long:
            count = self.tr("%1 places").replace("%1", count)
        return f"{text} ({count})"

    def threat_samples(self) -> list[str]:
        """A usual wide text of the threat column, to size it (longer ones are elided and
        read in full in the tooltip)."""
        return [f"{look.category_label('banjir')}: {look.level_label(3)} (88)"]

    def _node(self, index: QModelIndex) -> _Node:
        if index.isValid():
            return index.internalPointer()
        return self._root

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if node.children is None or row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        up = node.parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node.children is not None else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        if node.children is not None:
            return bool(node.children)
        return node.info is not None and node.info.child_count > 0

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return (
            self._db is not None
            and node.children is None
            and node.info is not None
            and node.info.child_count > 0
        )

    def fetchMore(self, parent: QModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        node = self._node(parent)
        infos = queries.children(self._db, node.info.code)
        if not infos:
            node.children = []
            return
        self.beginInsertRows(parent, 0, len(infos) - 1)
        node.children = self._make_children(node, infos)
        self.endInsertRows()

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        info = index.internalPointer().info
        flags = _LEAF_FLAGS if info.child_count == 0 else _NODE_FLAGS
        if info.level >= Level.DISTRICT:
            flags |= Qt.ItemFlag.ItemIsDropEnabled  # a post: people from the board
        return flags

    # --- people dropped from the personnel board onto a kecamatan, village or TPS ----------

    def mimeTypes(self) -> list[str]:
        from commandpost.gui.board.model import MIME

        return [MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        from commandpost.gui.board.model import MIME

        return (
            data.hasFormat(MIME)
            and parent.isValid()
            and parent.internalPointer().info.level >= Level.DISTRICT
        )

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Announce (queued, :attr:`people_dropped`) the NRPs dropped on a post's row."""
        from commandpost.gui.board.model import MIME

        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        nrps = [n for n in bytes(data.data(MIME).data()).decode().split("\n") if n]
        if nrps:
            self.people_dropped.emit(nrps, parent.internalPointer().info.code)
        return bool(nrps)

    # --- data -----------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Region"),
                self.tr("Class"),
                self.tr("Rawan"),
                self.tr("S. rawan"),
                self.tr("Threat"),
                self.tr("Code"),
                self.tr("TPS"),
                self.tr("Voters (DPT)"),
                self.tr("Progress"),
                self.tr("Police"),
                self.tr("Khusus"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("Region name; the box shows the TPS class (for a region: the worst below)"),
                self.tr("Vulnerability class of the TPS"),
                self.tr("Number of rawan TPS in this region"),
                self.tr("Number of sangat rawan TPS in this region"),
                self.tr(
                    "Worst threat recorded here or below: the category with that level at the "
                    "most places"
                ),
                self.tr("Kemendagri region code"),
                self.tr("Number of polling stations (TPS) in this region"),
                self.tr("Number of voters on the final voter list (DPT)"),
                self.tr(
                    "Voting day: TPS opened (or further) of all TPS in this region; a TPS's "
                    "latest step"
                ),
                self.tr(
                    "Police assigned to posts here / police the TPS security patterns require "
                    "for the TPS classes here; red with the shortfall when people are missing"
                ),
                self.tr("Number of khusus TPS (prisons, hospitals, ...) in this region"),
            )[section]
        if role == Qt.ItemDataRole.DecorationRole and section in _CLASS_ICON:
            return look.class_icon(_CLASS_ICON[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        # Called thousands of times per repaint: plain ints, the cheap roles first.
        if role not in _SERVED or not index.isValid():
            return None
        info: NodeInfo = index.internalPointer().info
        column = index.column()
        is_tps = info.level == _TPS
        if role == _DISPLAY:
            if column == COL_NAME:
                return info.name
            if column == COL_CLASS:
                return look.class_label(info.tps_class) if is_tps else None
            if column == COL_RAWAN:
                return None if is_tps or not info.n_rawan else format_count(info.n_rawan)
            if column == COL_SANGAT:
                if is_tps or not info.n_sangat_rawan:
                    return None
                return format_count(info.n_sangat_rawan)
            if column == COL_THREAT:
                return self.threat_text(info)
            if column == COL_KHUSUS:
                return None if is_tps or not info.n_khusus else format_count(info.n_khusus)
            if column == COL_CODE:
                return info.code
            if column == COL_TPS:
                return None if is_tps else format_count(info.tps_count)
            if column == COL_PROGRESS:
                return self._progress_text(info)
            if column == COL_STRENGTH:
                return None if is_tps else self.strength_text(info)
            return format_count(info.dpt)
        if role == _DECORATION:
            return look.class_icon(look.region_class(info)) if column == COL_NAME else None
        if role == _BACKGROUND:
            return look.class_tint(info.tps_class) if is_tps else None
        if role == _FOREGROUND:
            if self._scope is not None and self.is_outside(info.code):
                return _OUTSIDE_INK
            if column == COL_THREAT:
                return look.level_color(info.worst_level)
            if column == COL_RAWAN:
                return look.class_ink("rawan")
            if column == COL_SANGAT:
                return look.class_ink("sangat_rawan")
            if column == COL_KHUSUS:
                return look.class_ink("khusus")
            if column == COL_CLASS and is_tps:
                return look.class_ink(info.tps_class)
            if column == COL_PROGRESS and info.p_problem:
                return _PROBLEM_INK
            if column == COL_STRENGTH and not is_tps and info.req_people:
                return look.gap_color(info.assigned < info.req_people)
            return None
        if role == _ALIGNMENT:
            return _RIGHT if column in _NUMBER_COLUMNS else None
        if role == _TOOLTIP:
            return self._tooltip(info)
        if role == CodeRole:
            return info.code
        if role == LevelRole:
            return int(info.level)
        if role == NodeInfoRole:
            return info
        return look.region_class(info)  # ClassRole

    def set_scope(self, areas: list[str] | None, name: str = "") -> None:
        """Scope the tree to a unit's areas (kabupaten/kota or kecamatan codes), or to all
        (None): rows wholly outside are greyed and their tooltip says so."""
        self._scope = tuple(areas) if areas is not None else None
        self._scope_name = name
        self._outside.clear()
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def scope(self) -> tuple[tuple[str, ...] | None, str]:
        return self._scope, self._scope_name

    def is_outside(self, code: str) -> bool:
        """True when a scope is set and ``code`` lies wholly outside it (neither inside one
        of its areas nor above one of them)."""
        if self._scope is None:
            return False
        found = self._outside.get(code)
        if found is None:
            found = not any(
                code == a or code.startswith(a + ".") or a.startswith(code + ".")
                for a in self._scope
            )
            self._outside[code] = found
        return found

    def _tooltip(self, info: NodeInfo) -> str:
        lines = [f"{node_title(info)} ({info.code})"]
        if self.is_outside(info.code):
            lines.append(self.tr("Outside the jurisdiction of %1").replace("%1", self._scope_name))
        if info.level == Level.TPS:
            lines.append(self.tr("Class: %1").replace("%1", look.class_label(info.tps_class)))
        else:
            lines.append(
                self.tr("TPS: %1 rawan, %2 sangat rawan, %3 khusus of %4")
                .replace("%1", format_count(info.n_rawan))
                .replace("%2", format_count(info.n_sangat_rawan))
                .replace("%3", format_count(info.n_khusus))
                .replace("%4", format_count(info.tps_count))
            )
        if info.worst_level:
            lines.append(
                self.tr("Worst threat: %1").replace("%1", self.threat_text(info, long=True))
            )
        lines.extend(self._progress_lines(info))
        if info.level != Level.TPS and (info.req_people or info.assigned):
            need = info.req_people
            lines.append(
                self.tr("Police: %1 assigned, %2 required (gap %3); Linmas required: %4")
                .replace("%1", format_count(info.assigned))
                .replace("%2", format_count(need))
                .replace("%3", signed(info.assigned - need))
                .replace("%4", format_count(people(info.req_linmas)))
            )
        return "\n".join(lines)

    def strength_text(self, info: NodeInfo) -> str | None:
        """ "5 / 8 (−3)": police assigned / required, and the gap when people are missing."""
        need = info.req_people
        if not need and not info.assigned:
            return None
        text = f"{format_count(info.assigned)} / {format_count(need)}"
        return text + f" ({signed(info.assigned - need)})" if info.assigned < need else text

    def strength_samples(self) -> list[str]:
        return [f"{format_count(8888)} / {format_count(8888)} ({signed(-8888)})"]

    def _progress_text(self, info: NodeInfo) -> str | None:
        """ "dibuka 16.900 / 17.231" for a region, "Dibuka" for a TPS; empty before any
        TPS below has reported a step (days other than voting day stay clean)."""
        counts = info.progress_counts()
        if counts["none"] == info.tps_count:
            return None
        if info.level == _TPS:
            return next(state_label(s) for s, n in counts.items() if n)
        return (
            self.tr("opened %1 / %2")
            .replace("%1", format_count(at_least(counts, "opened")))
            .replace("%2", format_count(info.tps_count))
        )

    def progress_samples(self) -> list[str]:
        """The widest texts the progress column shows, to size it (national counts)."""
        widest = (
            self.tr("opened %1 / %2")
            .replace("%1", format_count(888_888))
            .replace("%2", format_count(888_888))
        )
        return [widest, *(state_label(s) for s in ("voting", "counting", "finished"))]

    def _progress_lines(self, info: NodeInfo) -> list[str]:
        counts = info.progress_counts()
        if counts["none"] == info.tps_count and not info.p_problem:
            return []
        if info.level == _TPS:
            state = next((s for s, n in counts.items() if n), "none")
            lines = [self.tr("Voting day: %1").replace("%1", state_label(state))]
        else:
            shown = ", ".join(f"{state_label(s)} {format_count(n)}" for s, n in counts.items() if n)
            lines = [self.tr("Voting day (TPS): %1").replace("%1", shown)]
        if info.p_problem:
            lines.append(
                self.tr("TPS with a problem: %1").replace("%1", format_count(info.p_problem))
            )
        return lines

    # --- lookups and updates --------------------------------------------------------------

    def node_info(self, index: QModelIndex) -> NodeInfo | None:
        return self._node(index).info if index.isValid() else None

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        """The index of a node that is already loaded, else an invalid index."""
        node = self._by_code.get(code)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def reveal(self, code: str) -> QModelIndex:
        """Load the node's ancestors' levels as needed and return its index (invalid if none)."""
        for ancestor in ancestors_of(code):
            index = self.index_of(ancestor)
            if not index.isValid():
                return QModelIndex()
            self.fetchMore(index)
        return self.index_of(code)

    def retranslate(self) -> None:
        """The language changed: class and level names in every row, and the headers."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def refresh_nodes(self, codes: Iterable[str]) -> None:
        """Re-read loaded nodes (and their ancestors' roll-ups) and tell the views.

        A status change is a ``dataChanged`` for the row and its ancestors, never a reset.
        ``"*"`` means every loaded row (a change of people, patterns or units).
        """
        wanted: set[str] = set()
        for code in codes:
            if code == "*":  # everything loaded (people, patterns or units changed)
                wanted.update(self._by_code)
                continue
            if code in self._by_code:
                wanted.add(code)
            # An unloaded TPS still changes the totals of its loaded ancestors.
            wanted.update(a for a in ancestors_of(code) if a in self._by_code)
        if not wanted:
            return
        fresh = queries.nodes(self._db, sorted(wanted))
        roles = [
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            NodeInfoRole,
            ClassRole,
        ]
        self._load_worst(fresh.values())
        # Deepest first, so a view repaints a row before its parents' totals.
        for code in sorted(fresh, key=lambda c: -c.count(".")):
            node = self._by_code[code]
            node.info = fresh[code]
            self.dataChanged.emit(
                self.createIndex(node.row, 0, node),
                self.createIndex(node.row, COLUMN_COUNT - 1, node),
                roles,
            )

    def sync_children(self, codes: Iterable[str]) -> list[str]:
        """Re-read the children of loaded nodes whose children are loaded (another program
        imported TPS into a village, or took some away): rows that went are removed, new ones
        inserted in code order, the rest updated in place, so expansion, selection and scroll
        stay. Nodes not loaded, or whose children were never fetched, are left for
        ``fetchMore``. Returns the codes whose rows changed in number."""
        changed: list[str] = []
        for code in sorted(set(codes), key=lambda c: c.count(".")):
            node = self._by_code.get(code)
            if node is None or node.children is None:
                continue
            infos = queries.children(self._db, code)
            if [i.code for i in infos] == [c.info.code for c in node.children]:
                self._update_children(node, infos)
                continue
            changed.append(code)
            parent = self.createIndex(node.row, 0, node)
            keep = {i.code for i in infos}
            last = len(node.children) - 1
            while last >= 0:  # runs of rows that went, from the end
                if node.children[last].info.code in keep:
                    last -= 1
                    continue
                first = last
                while first > 0 and node.children[first - 1].info.code not in keep:
                    first -= 1
                self.beginRemoveRows(parent, first, last)
                for gone in node.children[first : last + 1]:
                    self._forget(gone)
                del node.children[first : last + 1]
                self._renumber(node)
                self.endRemoveRows()
                last = first - 1
            row = 0
            while row < len(infos):  # runs of new rows, in code order
                if row < len(node.children) and node.children[row].info.code == infos[row].code:
                    row += 1
                    continue
                end = row
                have = {c.info.code for c in node.children}
                while end < len(infos) and infos[end].code not in have:
                    end += 1
                self.beginInsertRows(parent, row, end - 1)
                new = [_Node(info, node, 0) for info in infos[row:end]]
                for child in new:
                    self._by_code[child.info.code] = child
                node.children[row:row] = new
                self._renumber(node)
                self.endInsertRows()
                row = end
            self._update_children(node, infos)
        return changed

    def _update_children(self, node: _Node, infos: list[NodeInfo]) -> None:
        """Fresh infos for a node's loaded children (same codes, same order): one
        ``dataChanged`` over them."""
        if not infos:
            return
        self._load_worst(infos)
        for child, info in zip(node.children, infos, strict=True):
            child.info = info
        first, last = node.children[0], node.children[-1]
        self.dataChanged.emit(
            self.createIndex(first.row, 0, first),
            self.createIndex(last.row, COLUMN_COUNT - 1, last),
        )

    @staticmethod
    def _renumber(node: _Node) -> None:
        for row, child in enumerate(node.children):
            child.row = row

    def _forget(self, node: _Node) -> None:
        """A row that went: it and everything loaded below it leave the code index."""
        stack = [node]
        while stack:
            gone = stack.pop()
            self._by_code.pop(gone.info.code, None)
            self._outside.pop(gone.info.code, None)
            self._worst.pop(gone.info.code, None)
            stack.extend(gone.children or ())
