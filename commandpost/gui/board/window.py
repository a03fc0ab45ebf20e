"""The personnel board (Tampilan › Papan personel, Ctrl+Shift+B): a window of its own, so
that it can fill the laptop or go to the wall screen.

Left, the people not on a post, in lanes by state; right, the posts with their people and
their required, assigned and gap figures. Drag cards (one or a selection) onto a post or a
lane, or from the keyboard: select, Ctrl+T and type the post, or Ctrl+1…5 for a lane. Every
move is one step of the main window's undo; a move that breaks a rule is refused or asked
about with the reason. Check-in (Ctrl+I) and check-out (Ctrl+Shift+I) are per shift; a
card not checked in 30 minutes into its shift says TERLAMBAT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commandpost.gui import look
from commandpost.gui.board.model import (
    KIND_ROLE,
    LANES_MODE,
    POSTS_MODE,
    BoardModel,
    duration_text,
    lane_title,
)
from commandpost.gui.board.moves import BoardMoves
from commandpost.gui.board.view import BoardView
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.store import board as board_store
from commandpost.store.board import LANES, PLAN, BoardFilter
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.threats import Edit

Record = Callable[[list[Edit], str], None]
# Lanes a card can be sent to from the keyboard, with their shortcut digit.
LATE = "late"  # the state filter's choice of the people late to check in
LANE_KEYS = {"available": "1", "reserve": "2", "resting": "3", "leave": "4", "sick": "5"}


class BoardWindow(BoardMoves, QWidget):
    """The board of one unit (None: everyone) for the operation's plan or one shift."""

    edited = Signal(list, str)  # edits, what the officer did (for the main window's undo)

    def __init__(self, db: Database, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("boardWindow")
        self.db = db
        self._record = record
        self.unit: str | None = None
        self.shift: str = PLAN
        self._shifts: list = []
        self._now_override: dt.datetime | None = None
        self._unit_name: str | None = None
        self._own = False  # the board's own edit is being recorded (its cards move alone)
        self.lanes_model = BoardModel(LANES_MODE, self)
        self.posts_model = BoardModel(POSTS_MODE, self)
        for model in (self.lanes_model, self.posts_model):
            model.drop_requested.connect(self.drop, Qt.ConnectionType.QueuedConnection)
        self._build()
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.tick)
        self._clock.start()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.apply_filter)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)

        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("boardTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.shift_label = QLabel(self.tr("&Shift:"), self)
        self.shift_combo = QComboBox(self)
        self.shift_combo.setObjectName("shiftCombo")
        self.shift_combo.setMinimumContentsLength(26)
        self.shift_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.shift_label.setBuddy(self.shift_combo)
        self.shift_combo.currentIndexChanged.connect(self._shift_chosen)
        top.addWidget(self.shift_label)
        top.addWidget(self.shift_combo)
        self.shifts_button = QPushButton(self.tr("S&hifts…"), self)
        self.shifts_button.setObjectName("shiftsButton")
        self.shifts_button.clicked.connect(self.edit_shifts)
        top.addWidget(self.shifts_button)
        self.copy_button = QPushButton(self.tr("&Copy to next shift"), self)
        self.copy_button.setObjectName("copyShiftButton")
        self.copy_button.clicked.connect(self.copy_to_next)
        top.addWidget(self.copy_button)
        self.export_button = QPushButton(self.tr("E&xport list…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        top.addWidget(self.export_button)
        layout.addLayout(top)

        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("reliefLabel")
        layout.addWidget(self.clock_label)

        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText(self.tr("Find NRP or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self._filter_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        QShortcut(QKeySequence("Esc"), self.search, self._clear_search)
        bar.addWidget(self.search, 2)
        self.unit_filter = self._combo("boardUnitFilter", self.tr("All units"))
        self.rank_filter = self._combo("boardRankFilter", self.tr("All ranks"))
        self.lane_filter = self._combo("boardLaneFilter", self.tr("All states"))
        for lane in LANES:
            self.lane_filter.addItem(lane_title(lane), lane)
        self.lane_filter.addItem(self.tr("Late to check in"), LATE)
        for combo in (self.unit_filter, self.rank_filter, self.lane_filter):
            bar.addWidget(combo, 1)
        self.post_filter = QLineEdit(self)
        self.post_filter.setObjectName("boardPostFilter")
        self.post_filter.setPlaceholderText(self.tr("Post or village"))
        self.post_filter.setClearButtonEnabled(True)
        self.post_filter.textEdited.connect(lambda _t: self._filter_timer.start())
        bar.addWidget(self.post_filter, 1)
        self.short_box = QCheckBox(self.tr("Only posts sh&ort of people"), self)
        self.short_box.setObjectName("boardShortOnly")
        self.short_box.toggled.connect(lambda _on: self.apply_filter())
        bar.addWidget(self.short_box)
        layout.addLayout(bar)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.lanes_view = BoardView("boardLanes", self.splitter)
        self.lanes_view.setModel(self.lanes_model)
        self.posts_view = BoardView("boardPosts", self.splitter)
        self.posts_view.setModel(self.posts_model)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        for view in (self.lanes_view, self.posts_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._menu(v, pos))
            view.doubleClicked.connect(lambda index, v=view: self._opened(v, index))
        layout.addWidget(self.splitter, 1)

        self.message = QLabel(self)
        self.message.setObjectName("boardMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._actions()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(everything, "")
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        return combo

    def _action(self, name: str, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _actions(self) -> None:
        self.assign_action = self._action(
            "boardAssign", self.tr("&Assign to a post…"), "Ctrl+T", self.assign_selected
        )
        self.lane_actions: dict[str, QAction] = {}
        texts = {
            "available": self.tr("Make available"),
            "reserve": self.tr("To the reserve"),
            "resting": self.tr("To rest"),
            "leave": self.tr("On leave"),
            "sick": self.tr("Sick"),
        }
        for lane, digit in LANE_KEYS.items():
            self.lane_actions[lane] = self._action(
                f"boardLane_{lane}",
                texts[lane],
                f"Ctrl+{digit}",
                lambda _c=False, lane=lane: self.send_selected(lane),
            )
        self.check_in_action = self._action(
            "boardCheckIn", self.tr("Check &in now"), "Ctrl+I", lambda: self.check(True)
        )
        self.check_out_action = self._action(
            "boardCheckOut", self.tr("Check &out now"), "Ctrl+Shift+I", lambda: self.check(False)
        )
        self._action("boardFind", self.tr("Find"), "Ctrl+F", self._focus_search)
        self._action("boardReload", self.tr("Reload"), "F5", self.reload)
        self._action("boardFullScreen", self.tr("Full screen"), "F11", self._full_screen)
        self.undo_action = self._action("boardUndo", self.tr("Undo"), "Ctrl+Z", self._undo)
        self.redo_action = self._action("boardRedo", self.tr("Redo"), "Ctrl+Shift+Z", self._redo)

    # -- what it shows ----------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The board's clock (aware, UTC); tests set it with :meth:`set_now`."""
        return self._now_override or dt.datetime.now(dt.UTC)

    def set_now(self, moment: dt.datetime | None) -> None:
        self._now_override = moment
        self.tick()

    def set_unit(self, unit_id: str | None, name: str | None = None) -> None:
        """Scope the board to a unit (the main window's Satuan) and read it again."""
        self.unit = unit_id
        self._unit_name = name
        self.reload()

    def reload(self, *, keep: bool = False) -> None:
        """Read the board again from the database (F5; after an undo). ``keep``: the
        same unit and shift again, so the folded groups and the selected cards stay."""
        chosen = self.selected_nrps() if keep else []
        board = board_store.load_board(self.db, unit=self.unit, shift=self.shift)
        order = board_store.sort_order(board)
        self.lanes_model.set_board(board, order, keep_folds=keep)
        self.posts_model.set_board(board, order, keep_folds=keep)
        self._fill_filters(board)
        self.apply_filter()
        self._retitle()
        self.tick()
        for view in (self.lanes_view, self.posts_view):
            view.select_nrps(chosen)

    def _fill_filters(self, board) -> None:
        for combo, values in (
            (self.unit_filter, sorted(set(board.unit))),
            (self.rank_filter, self._ranks(board)),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    @staticmethod
    def _ranks(board) -> list[str]:
        seniority = dict(zip(board.rank, board.seniority, strict=True))
        return sorted(seniority, key=lambda r: -seniority[r])

    def current_filter(self) -> BoardFilter:
        lane = self.lane_filter.currentData()
        if lane == LATE:
            lane = "assigned"  # and then only the late ones (apply_filter)
        return BoardFilter(
            search=self.search.text(),
            unit=self.unit_filter.currentData() or "",
            rank=self.rank_filter.currentData() or "",
            lanes=frozenset({lane}) if lane else frozenset(),
            post=self.post_filter.text().strip(),
            short_only=self.short_box.isChecked(),
        )

    def apply_filter(self) -> None:
        """Show what the search and filters let through (both halves, one pass)."""
        wanted = self.current_filter()
        model = self.lanes_model
        rows = board_store.matching(model.board, model.order, wanted)
        if self.lane_filter.currentData() == LATE:
            rows = [r for r in rows if self.posts_model.is_late(r)]
        self.lanes_model.set_filter(wanted, rows)
        self.posts_model.set_filter(wanted, rows)
        narrowed = wanted.narrows_people or wanted.post or wanted.short_only
        nothing = self.tr("Nothing here fits the search and filters.")
        self.lanes_view.empty_text = nothing if narrowed else self.tr("Nobody off a post.")
        self.posts_view.empty_text = (
            nothing
            if narrowed
            else self.tr("No posts yet: import a PAM TPS list, or assign with Ctrl+T.")
        )

    def _retitle(self) -> None:
        board = self.lanes_model.board
        who = self._unit_name or self.tr("All units")
        self.title.setText(self.tr("Personnel board · %1").replace("%1", who))
        self.setWindowTitle(self.title.text())
        total = len(board)
        posted = self.posts_model.posted_total()
        short = self.posts_model.short_total()
        self.message.setText(
            self.tr("%1 people · %2 on a post · %3 posts · %4 short")
            .replace("%1", f"{total:,}".replace(",", "."))
            .replace("%2", f"{posted:,}".replace(",", "."))
            .replace("%3", f"{len(board.posts):,}".replace(",", "."))
            .replace("%4", f"{short:,}".replace(",", "."))
        )

    # -- shifts -------------------------------------------------------------------------------

    def fill_shifts(self) -> None:
        """The shift chooser: the operation's plan, then every shift in time order."""
        from commandpost.store import shifts as shift_store

        self._shifts = shift_store.list_shifts(self.db)
        combo = self.shift_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Operation plan (no shift)"), PLAN)
        for shift in self._shifts:
            combo.addItem(shift_text(shift), shift.id)
        if combo.findData(self.shift) < 0:
            self.shift = PLAN  # the shift shown was deleted (or undone): back to the plan
        combo.setCurrentIndex(combo.findData(self.shift))
        combo.blockSignals(False)

    def running_shift(self) -> str:
        """The shift running now, else the plan."""
        from commandpost.core import shifts as shift_core

        found = shift_core.running(self._shifts, self.now())
        return found.id if found is not None else PLAN

    def choose_shift(self, shift_id: str) -> None:
        self.shift = shift_id
        self.shift_combo.setCurrentIndex(max(self.shift_combo.findData(shift_id), 0))
        self.reload()

    def _shift_chosen(self, _index: int) -> None:
        self.shift = self.shift_combo.currentData() or PLAN
        self.reload()

    def _shift(self):
        return next((s for s in self._shifts if s.id == self.shift), None)

    def tick(self) -> None:
        """Once a minute: the cards' times, the late marks and the relief due."""
        from commandpost.core import shifts as shift_core

        now = self.now()
        shift = self._shift()
        start = shift.start if shift is not None else None
        self.lanes_model.set_clock(now, start)
        self.posts_model.set_clock(now, start)
        parts = []
        if shift is not None:
            board = self.posts_model.board
            late = sum(1 for r in range(len(board)) if self.posts_model.is_late(r))
            if late:
                parts.append(
                    self.tr("%1 late (not checked in 30 minutes after the shift started)").replace(
                        "%1", str(late)
                    )
                )
            relief = shift_core.relief_due(self._shifts, now)
            if relief is not None:
                following, wait = relief
                minutes = int(wait.total_seconds() // 60)
                parts.append(
                    self.tr("Relief due: %1 at %2 (in %3)")
                    .replace("%1", following.name)
                    .replace("%2", look.clock_text(following.start))
                    .replace("%3", duration_text(minutes))
                )
        else:
            parts.append(self.tr("The operation's plan: choose a shift for check-in and relief."))
        self.clock_label.setText("   ·   ".join(parts))

    def edit_shifts(self) -> None:
        from commandpost.gui.board.shift_dialog import ShiftDialog

        dialog = ShiftDialog(self.db, self._record, self)
        dialog.exec()
        self.fill_shifts()
        self.reload()

    def copy_to_next(self) -> None:
        """Copy this shift's posts (or the plan's, to the first shift) to the next shift."""
        from commandpost.store import shifts as shift_store

        if self.shift == PLAN:
            target = self._shifts[0] if self._shifts else None
        else:
            target = shift_store.next_shift(self.db, self.shift)
        if target is None:
            self.say(self.tr("There is no next shift: add one with Shifts…"), refused=True)
            return
        try:
            result = self._write(
                lambda actor: shift_store.copy_plan(self.db, self.shift, target.id, actor=actor)
            )
        except ChangeError as exc:
            self.say(self.tr("Not copied: %1").replace("%1", refusal_text(exc)), refused=True)
            return
        skipped = self._skipped_text(result.skipped)
        if not result.copied:
            self.say(
                self.tr("Nothing copied to %1.").replace("%1", target.name) + skipped,
                refused=True,
            )
            return
        text = (
            self.tr("%1 posts copied to %2")
            .replace("%1", str(result.copied))
            .replace("%2", target.name)
        )
        self._record(list(result.edits), text)
        self.choose_shift(target.id)
        self.say(self.tr("Saved: %1").replace("%1", text) + skipped)

    def _skipped_text(self, skipped: list[tuple[str, str]]) -> str:
        """ " (lewat: 3 sudah di pos, 1 cuti)" for the people a copy left out."""
        if not skipped:
            return ""
        words = {
            "already_posted": self.tr("%1 already posted"),
            "off_roster": self.tr("%1 off the roster"),
            "on_leave": self.tr("%1 on leave"),
            "sick": self.tr("%1 sick"),
        }
        counts: dict[str, int] = {}
        for _nrp, reason in skipped:
            counts[reason] = counts.get(reason, 0) + 1
        parts = [
            words.get(reason, "%1 " + reason).replace("%1", str(n)) for reason, n in counts.items()
        ]
        return " " + self.tr("(skipped: %1)").replace("%1", ", ".join(parts))

    def after_change(self) -> None:
        """After any change in the main window: read again, unless it was the board's own
        edit (its cards were already moved)."""
        if not self._own:
            self.fill_shifts()  # an undone or deleted shift comes back or goes
            self.reload(keep=True)

    def say(self, text: str, *, refused: bool = False) -> None:
        self.message.setProperty("refused", refused)
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;" if refused else "")
        self.message.setText(text)

    # -- menus and keys ----------------------------------------------------------------------

    def _menu(self, view: BoardView, pos) -> None:
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        menu = QMenu(self)
        menu.addAction(self.assign_action)
        for action in self.lane_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.check_in_action)
        menu.addAction(self.check_out_action)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _opened(self, view: BoardView, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "person":
            self.assign_selected()

    def _clear_search(self) -> None:
        self.search.clear()
        self.apply_filter()

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _undo(self) -> None:
        self._undo_or_redo("undo")

    def _redo(self) -> None:
        self._undo_or_redo("redo")

    def _undo_or_redo(self, which: str) -> None:
        """Ctrl+Z / Ctrl+Shift+Z on the board: the main window's, said here too (its
        status bar is behind the board)."""
        window = self.parent()
        if window is None or not hasattr(window, which):
            return
        getattr(window, which)()
        self.say(window.statusBar().currentMessage())

    def export(self) -> None:
        from commandpost.gui.board.export_dialog import ExportDialog

        dialog = ExportDialog(self.db, self.unit, self.shift, self)
        dialog.exec()
        if dialog.saved:
            self.say(self.tr("Saved: %1").replace("%1", dialog.saved))


def shift_text(shift) -> str:
    """ "Sif 1 06.00–14.00 · 27 Nov 2024" for the chooser (its day on the post's clock)."""
    return f"{shift.name} · {look.post_day_text(shift.start)}"
