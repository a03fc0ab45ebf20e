"""The personnel board's models: groups (lanes, or posts) with people's cards under them.

One :class:`BoardModel` class serves both halves of the board: ``LANES`` groups the people
not on a post by state (siaga, BKO, cadangan, istirahat, cuti/sakit), ``POSTS`` groups the
people on a post by post, every post shown with its required, assigned and gap figures even
when nobody stands on it (an empty post is the gap to see). Both read one
:class:`~commandpost.store.board.Board`; after an edit, :meth:`BoardModel.refresh_rows` moves
only the changed cards (rows removed and inserted), so a drop shows at once and the view
keeps its place.

A drag carries NRPs (:data:`MIME`); a drop onto a group is not applied here but announced by
:attr:`BoardModel.drop_requested` (queued), for the panel to check, ask and record.
"""

from __future__ import annotations

import bisect
import datetime as dt

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from commandpost.core.shifts import LATE_AFTER
from commandpost.store.board import (
    LANES,
    PLAN,
    Board,
    BoardFilter,
    matching,
    sort_key,
    sort_order,
)

MIME = "application/x-commandpost-nrp"
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "group" or "person"
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # lane key / post id / NRP
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the board's person row or post row
LATE_ROLE = Qt.ItemDataRole.UserRole + 4  # person: not checked in 30 min into the shift

LANES_MODE, POSTS_MODE = "lanes", "posts"
FOLD_OVER = 200  # a lane with more cards than this opens folded
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GROUP_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
)
_CARD_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


def lane_title(key: str) -> str:
    return {
        "assigned": QCoreApplication.translate("Board", "On a post"),
        "available": QCoreApplication.translate("Board", "Available"),
        "bko": QCoreApplication.translate("Board", "BKO, not yet posted"),
        "reserve": QCoreApplication.translate("Board", "Reserve"),
        "resting": QCoreApplication.translate("Board", "Resting"),
        "unavailable": QCoreApplication.translate("Board", "On leave or sick"),
    }[key]


class BoardModel(QAbstractListModel):
    """Groups and cards of one half of the board (``mode``: :data:`LANES_MODE` or
    :data:`POSTS_MODE`), as one flat list: each group's header row followed by its cards
    (none while the group is folded). A flat list lets the view lay the rows out without
    asking the model about each (uniform row heights), so a moved card shows at once even
    with thousands on the board."""

    drop_requested = Signal(list, str, str)  # NRPs, "lane" or "post", lane key or post id

    def __init__(self, mode: str, parent=None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.board = Board()
        self.order: list[int] = []
        self.filter = BoardFilter()
        self.shift_start: dt.datetime | None = None
        self.now = dt.datetime.now(dt.UTC)
        self._groups: list[int] = []  # lanes: index into LANES; posts: the board's post row
        self._group_pos: dict[int, int] = {}
        self._members: dict[int, list[int]] = {}
        self._where: dict[int, int] = {}  # person row → its group (only when shown)
        self._keys: dict[int, list[tuple]] = {}  # per group, the sort keys of its members
        self._assigned: list[int] = []  # per board post row: people on it in this shift
        self._folded: set[int] = set()  # groups whose cards are hidden
        self._starts: list[int] = []  # the flat row of each group's header
        self._rows = 0

    # -- loading and filtering --------------------------------------------------------------

    def set_board(
        self, board: Board, order: list[int] | None = None, *, keep_folds: bool = False
    ) -> None:
        """Show ``board`` (people in ``order``: :func:`sort_order` when not given);
        ``keep_folds``: the groups folded now stay folded (the same board read again)."""
        folded = {self._key_of(g) for g in self._folded} if keep_folds else None
        self.beginResetModel()
        self.board = board
        self.order = sort_order(board) if order is None else order
        self._count_posts()
        self._folded = set()
        self._regroup()
        if folded is not None:
            self._folded = {g for g in self._groups if self._key_of(g) in folded}
            self._restart()
        elif self.mode == LANES_MODE:
            # a lane of hundreds is a list nobody reads on a wall: it opens folded, with its
            # count, and opens with a click or Right (or shows what a search finds)
            self._folded = {g for g in self._groups if len(self._members[g]) > FOLD_OVER}
            self._restart()
        self.endResetModel()

    def set_filter(self, wanted: BoardFilter, rows: list[int] | None = None) -> None:
        """Show only what ``wanted`` lets through; ``rows``: :func:`matching` already run
        (both halves of the board share one run)."""
        self.beginResetModel()
        self.filter = wanted
        if wanted.narrows_people or wanted.post:
            self._folded = set()  # what the officer searched for is shown
        self._regroup(rows)
        self.endResetModel()

    def set_clock(self, now: dt.datetime, shift_start: dt.datetime | None) -> None:
        """The time cards measure from (aware) and the shift's start (None: the plan)."""
        self.now, self.shift_start = now, shift_start
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(self._rows - 1))

    def _count_posts(self) -> None:
        board = self.board
        self._assigned = [0] * len(board.posts)
        for p in board.post:
            if p >= 0:
                self._assigned[p] += 1

    def _key_of(self, group: int) -> str:
        return LANES[group] if self.mode == LANES_MODE else self.board.posts[group].id

    def posted_total(self) -> int:
        """People on any post in this shift."""
        return sum(self._assigned)

    def short_total(self) -> int:
        """People missing on the posts a pattern sizes, summed over the posts."""
        posts = self.board.posts
        return sum(
            need - have
            for need, have in zip((p.required or 0 for p in posts), self._assigned, strict=True)
            if need > have
        )

    def post_count(self, post_row: int) -> int:
        """People on the board's post ``post_row`` in this shift, whatever is shown."""
        return self._assigned[post_row]

    def _group_of(self, row: int) -> int | None:
        if self.mode == POSTS_MODE:
            p = self.board.post[row]
            return p if p >= 0 else None
        lane = self.board.lanes[row]
        return None if lane == "assigned" else LANES.index(lane)

    def _regroup(self, rows: list[int] | None = None) -> None:
        board = self.board
        if rows is None:
            rows = matching(board, self.order, self.filter)
        members: dict[int, list[int]] = {}
        where: dict[int, int] = {}
        group_of = self._group_of
        for i in rows:
            g = group_of(i)
            if g is not None:
                members.setdefault(g, []).append(i)
                where[i] = g
        if self.mode == LANES_MODE:
            shown = self.filter.lanes
            groups = [
                g
                for g, lane in enumerate(LANES)
                if lane != "assigned" and (not shown or lane in shown)
            ]
        else:
            groups = [p for p in range(len(board.posts)) if self._post_shown(p, members)]
            if self.filter.short_only:
                need, have = board.posts, self._assigned
                groups = [p for p in groups if have[p] < (need[p].required or 0)]
        for g in groups:
            members.setdefault(g, [])
        self._groups = groups
        self._group_pos = {g: pos for pos, g in enumerate(groups)}
        self._members = members
        self._where = where
        self._keys = {}
        self._restart()

    def _restart(self, first: int = 0) -> None:
        """Flat rows of the group headers from group ``first`` on."""
        starts = self._starts[:first]
        row = starts[-1] + 1 + self._shown_count(first - 1) if first else 0
        for pos in range(first, len(self._groups)):
            starts.append(row)
            row += 1 + self._shown_count(pos)
        self._starts = starts
        self._rows = row

    def _shown_count(self, pos: int) -> int:
        group = self._groups[pos]
        return 0 if group in self._folded else len(self._members[group])

    def _post_shown(self, post: int, members: dict[int, list[int]]) -> bool:
        if post in members:
            return True
        wanted = self.filter
        if wanted.narrows_people:
            return False  # a post nobody found stands on is not what was asked for
        if wanted.post:
            from commandpost.core.text import normalise

            found = self.board.posts[post]
            text = normalise(wanted.post)
            return text in normalise(found.name) or text in normalise(found.place)
        return True

    def _locate(self, row: int) -> tuple[int, int]:
        """(group position, member number or -1 for the header) of a flat row."""
        pos = bisect.bisect_right(self._starts, row) - 1
        return pos, row - self._starts[pos] - 1

    # -- folding ------------------------------------------------------------------------------

    def is_folded(self, pos: int) -> bool:
        return self._groups[pos] in self._folded

    def set_folded(self, pos: int, folded: bool) -> None:
        """Hide (or show again) the cards of the group at ``pos``."""
        group = self._groups[pos]
        if (group in self._folded) == folded:
            return
        count = len(self._members[group])
        first = self._starts[pos] + 1
        if folded:
            if count:
                self.beginRemoveRows(QModelIndex(), first, first + count - 1)
            self._folded.add(group)
            self._restart(pos + 1)
            if count:
                self.endRemoveRows()
        else:
            if count:
                self.beginInsertRows(QModelIndex(), first, first + count - 1)
            self._folded.discard(group)
            self._restart(pos + 1)
            if count:
                self.endInsertRows()
        header = self.index(self._starts[pos])
        self.dataChanged.emit(header, header)

    # -- after an edit ------------------------------------------------------------------------

    def refresh_rows(self, rows: list[int]) -> None:
        """Move the cards of ``rows`` (read again into the board) to where they now belong,
        and update the figures of the groups they left and joined."""
        touched: set[int] = set()
        for row in rows:
            old = self._where.get(row)
            if old is None:
                continue
            pos = self._group_pos[old]
            members = self._members[old]
            at = members.index(row)
            shown = old not in self._folded
            if shown:
                flat = self._starts[pos] + 1 + at
                self.beginRemoveRows(QModelIndex(), flat, flat)
            del members[at]
            keys = self._keys.get(old)
            if keys is not None:
                del keys[at]  # the sort keys stay in step with the members
            del self._where[row]
            if shown:
                self._shift_starts(pos + 1, -1)
                self.endRemoveRows()
            touched.add(old)
        self._count_posts()
        passing = set(matching(self.board, rows, self.filter))
        for row in rows:
            new = self._group_of(row)
            if new is None or row not in passing:
                continue
            if new not in self._group_pos:
                if self.mode == LANES_MODE:
                    continue  # a lane the filter hides
                self._insert_group(new)
            pos = self._group_pos[new]
            members = self._members[new]
            keys = self._sorted_keys(new)
            key = sort_key(self.board, row)
            at = bisect.bisect_left(keys, key)
            shown = new not in self._folded
            if shown:
                flat = self._starts[pos] + 1 + at
                self.beginInsertRows(QModelIndex(), flat, flat)
            members.insert(at, row)
            keys.insert(at, key)
            self._where[row] = new
            if shown:
                self._shift_starts(pos + 1, 1)
                self.endInsertRows()
            touched.add(new)
        if self.mode == POSTS_MODE:
            # a post's figures change with every card that joins or leaves it, even when
            # this half shows none of them
            touched |= {self.board.post[r] for r in rows if self.board.post[r] >= 0}
        for g in touched:
            if g in self._group_pos:
                header = self.index(self._starts[self._group_pos[g]])
                self.dataChanged.emit(header, header)

    def _shift_starts(self, first: int, by: int) -> None:
        starts = self._starts
        for pos in range(first, len(starts)):
            starts[pos] += by
        self._rows += by

    def _sorted_keys(self, group: int) -> list[tuple]:
        keys = self._keys.get(group)
        if keys is None:
            keys = self._keys[group] = [sort_key(self.board, r) for r in self._members[group]]
        return keys

    def _insert_group(self, post: int) -> None:
        # among the posts in region order, a new one (read in last) too
        posts = self.board.posts
        keys = [(posts[g].node_code, posts[g].id) for g in self._groups]
        at = bisect.bisect_left(keys, (posts[post].node_code, posts[post].id))
        flat = self._starts[at] if at < len(self._starts) else self._rows
        self.beginInsertRows(QModelIndex(), flat, flat)
        self._groups.insert(at, post)
        self._group_pos = {g: pos for pos, g in enumerate(self._groups)}
        self._members.setdefault(post, [])
        self._restart(at)
        self.endInsertRows()

    # -- what the view reads ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def is_group(self, index: QModelIndex) -> bool:
        return index.isValid() and self._locate(index.row())[1] < 0

    def group_pos(self, index: QModelIndex) -> int:
        """The group position of a header or card row."""
        return self._locate(index.row())[0]

    def group_key(self, pos: int) -> str:
        """The lane key or post id of the group at ``pos``."""
        group = self._groups[pos]
        return LANES[group] if self.mode == LANES_MODE else self.board.posts[group].id

    def group_count(self) -> int:
        return len(self._groups)

    def group_at(self, pos: int) -> int:
        """The lane number (into LANES) or board post row of the group at ``pos``."""
        return self._groups[pos]

    def members(self, key: str) -> list[str]:
        """NRPs in the group of a lane key or post id, in board order (folded or not)."""
        for pos in range(len(self._groups)):
            if self.group_key(pos) == key:
                return [self.board.nrp[r] for r in self._members[self._groups[pos]]]
        return []

    def person_row(self, index: QModelIndex) -> int | None:
        """The board's person row of a card (None for a header)."""
        if not index.isValid():
            return None
        pos, k = self._locate(index.row())
        return None if k < 0 else self._members[self._groups[pos]][k]

    def group_figures(self, pos: int) -> tuple[int, int | None]:
        """People in a group, and what a post requires (None: a lane, or not sized)."""
        group = self._groups[pos]
        if self.mode == LANES_MODE:
            return len(self._members[group]), None
        return self._assigned[group], self.board.posts[group].required

    def is_late(self, row: int) -> bool:
        """On a post in a running shift, not checked in 30 minutes after it started."""
        board = self.board
        if self.shift_start is None or board.shift == PLAN or board.post[row] < 0:
            return False
        if board.checked_in[row]:
            return False
        return self.now >= self.shift_start + LATE_AFTER

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        pos, k = self._locate(index.row())
        if k < 0:
            return self._group_data(pos, role)
        row = self._members[self._groups[pos]][k]
        board = self.board
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{board.rank[row]} {board.name[row]}"
        if role == KIND_ROLE:
            return "person"
        if role == KEY_ROLE:
            return board.nrp[row]
        if role == ROW_ROLE:
            return row
        if role == LATE_ROLE:
            return self.is_late(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._person_tip(row)
        return None

    def _group_data(self, pos: int, role: int):
        group = self._groups[pos]
        if role == KIND_ROLE:
            return "group"
        if role == KEY_ROLE:
            return self.group_key(pos)
        if role == ROW_ROLE:
            return group
        people, required = self.group_figures(pos)
        if self.mode == LANES_MODE:
            title = lane_title(LANES[group])
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{title} ({people})"
            if role == Qt.ItemDataRole.ToolTipRole:
                return title
            return None
        post = self.board.posts[group]
        if role == Qt.ItemDataRole.DisplayRole:
            return post.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                x for x in (post.name, post.place, post.unit, figures_text(people, required)) if x
            )
        return None

    def _person_tip(self, row: int) -> str:
        board = self.board
        lines = [f"{board.rank[row]} {board.name[row]} · NRP {board.nrp[row]}"]
        if board.bko[row]:
            lines.append(
                QCoreApplication.translate("Board", "BKO to %1 (home unit %2)")
                .replace("%1", board.unit[row])
                .replace("%2", board.home_unit[row])
            )
        else:
            lines.append(board.unit[row])
        p = board.post[row]
        if p >= 0:
            post = board.posts[p]
            lines.append(f"{post.name} · {post.place}" if post.place else post.name)
        lines.append(check_text(board, row, self.now, self.is_late(row)))
        return "\n".join(x for x in lines if x)

    # -- drag and drop ------------------------------------------------------------------------

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _GROUP_FLAGS if self._locate(index.row())[1] < 0 else _CARD_FLAGS

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        nrps: list[str] = []
        for index in indexes:
            row = self.person_row(index)
            if row is not None and self.board.nrp[row] not in nrps:
                nrps.append(self.board.nrp[row])
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(nrps).encode()))
        data.setText("\n".join(nrps))
        return data

    def _target(self, row: int, parent: QModelIndex) -> tuple[str, str] | None:
        """The group a drop lands in: the row dropped on (a header, or a card's group), or
        the row it is dropped before."""
        if parent.isValid():
            flat = parent.row()
        elif 0 <= row < self._rows:
            flat = row
        else:
            return None
        if not self._groups:
            return None
        key = self.group_key(self._locate(flat)[0])
        return ("lane", key) if self.mode == LANES_MODE else ("post", key)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return data.hasFormat(MIME) and self._target(row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        target = self._target(row, parent)
        if not data.hasFormat(MIME) or target is None:
            return False
        nrps = [n for n in bytes(data.data(MIME).data()).decode().split("\n") if n]
        if not nrps:
            return False
        self.drop_requested.emit(nrps, *target)
        return True

    def group_index(self, key: str) -> QModelIndex:
        """The header row of a lane key or post id (invalid when not shown)."""
        for pos in range(len(self._groups)):
            if self.group_key(pos) == key:
                return self.index(self._starts[pos])
        return QModelIndex()

    def card_index(self, nrp: str) -> QModelIndex:
        """The card of a person (invalid when this half does not show them)."""
        row = self.board.row_of.get(nrp)
        group = self._where.get(row) if row is not None else None
        if group is None or group in self._folded:
            return QModelIndex()
        at = self._members[group].index(row)
        return self.index(self._starts[self._group_pos[group]] + 1 + at)


def figures_text(people: int, required: int | None) -> str:
    """ "wajib 4 · ada 2 · kurang 2" for a post, "2 orang" when no pattern sizes it."""
    if required is None:
        return QCoreApplication.translate("Board", "%1 people").replace("%1", str(people))
    gap = people - required
    if gap < 0:
        gap_text = QCoreApplication.translate("Board", "short %1").replace("%1", str(-gap))
    elif gap > 0:
        gap_text = QCoreApplication.translate("Board", "over %1").replace("%1", str(gap))
    else:
        gap_text = QCoreApplication.translate("Board", "complete")
    return (
        QCoreApplication.translate("Board", "required %1 · assigned %2 · %3")
        .replace("%1", str(required))
        .replace("%2", str(people))
        .replace("%3", gap_text)
    )


def check_text(board: Board, row: int, now: dt.datetime, late: bool) -> str:
    """The check-in line of a card: "masuk 35 mnt lalu", "keluar 07.10", "belum masuk"."""
    from commandpost.store.board import minutes_since

    if board.checked_out[row]:
        return QCoreApplication.translate("Board", "checked out %1 ago").replace(
            "%1", duration_text(minutes_since(board.checked_out[row], now) or 0)
        )
    if board.checked_in[row]:
        return QCoreApplication.translate("Board", "checked in %1 ago").replace(
            "%1", duration_text(minutes_since(board.checked_in[row], now) or 0)
        )
    if late:
        return QCoreApplication.translate("Board", "LATE: not checked in")
    if board.post[row] >= 0 and board.shift != PLAN:
        return QCoreApplication.translate("Board", "not checked in yet")
    last = minutes_since(board.last_in[row], now)
    if last is not None:
        return QCoreApplication.translate("Board", "last check-in %1 ago").replace(
            "%1", duration_text(last)
        )
    return ""


def duration_text(minutes: int) -> str:
    """ "35 mnt", "2 j 05 mnt", "3 hr" for a span in minutes."""
    minutes = max(minutes, 0)
    if minutes < 60:
        return QCoreApplication.translate("Board", "%1 min").replace("%1", str(minutes))
    if minutes < 48 * 60:
        return (
            QCoreApplication.translate("Board", "%1 h %2 min")
            .replace("%1", str(minutes // 60))
            .replace("%2", f"{minutes % 60:02d}")
        )
    return QCoreApplication.translate("Board", "%1 days").replace("%1", str(minutes // (24 * 60)))
