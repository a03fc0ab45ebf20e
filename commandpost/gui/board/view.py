"""One half of the personnel board on screen: a list of group headers with their cards,
painted by :class:`~commandpost.gui.board.delegate.BoardDelegate`, several cards selectable
and dragged as NRPs; a group folds with Left (or a click on its mark) and opens with Right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from commandpost.gui.board.delegate import BoardDelegate
from commandpost.gui.board.model import KEY_ROLE, KIND_ROLE


class BoardView(QListView):
    """One half of the board: group headers with their cards below, several cards
    selectable, dragged as NRPs and dropped onto a group (a header or any of its cards).
    Left folds a group (from a card: goes to its header), Right opens it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDragDropOverwriteMode(True)  # onto a row, never between two
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setItemDelegate(BoardDelegate(self))
        self.empty_text = ""  # said in the middle when there is nothing to show

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()

    def keyPressEvent(self, event) -> None:
        model, index = self.model(), self.currentIndex()
        key = event.key()
        if index.isValid() and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            pos = model.group_pos(index)
            if key == Qt.Key.Key_Left and not model.is_group(index):
                self.setCurrentIndex(model.group_index(model.group_key(pos)))
            else:
                model.set_folded(pos, key == Qt.Key.Key_Left)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        if (
            index.isValid()
            and model.is_group(index)
            and event.position().x() < self.visualRect(index).left() + 24
        ):
            model.set_folded(model.group_pos(index), not model.is_folded(model.group_pos(index)))
            return
        super().mousePressEvent(event)

    def select_nrps(self, nrps: list[str]) -> None:
        """Select the cards of ``nrps`` this half shows (the first becomes current)."""
        from PySide6.QtCore import QItemSelectionModel

        model, selection = self.model(), self.selectionModel()
        cards = [model.card_index(n) for n in nrps]
        cards = [c for c in cards if c.isValid()]
        for card in cards:
            selection.select(card, QItemSelectionModel.SelectionFlag.Select)
        if cards:
            selection.setCurrentIndex(cards[0], QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_nrps(self) -> list[str]:
        """NRPs of the selected cards, in board order; the current card if none is."""
        found = [
            i.data(KEY_ROLE)
            for i in sorted(self.selectionModel().selectedIndexes(), key=lambda i: i.row())
            if i.data(KIND_ROLE) == "person"
        ]
        current = self.currentIndex()
        if not found and current.isValid() and current.data(KIND_ROLE) == "person":
            found = [current.data(KEY_ROLE)]
        return found
