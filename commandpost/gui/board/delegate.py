"""Painting the board: a card per person and a header per lane or post, no widget each.

A card shows rank and name, the unit, the post and the check-in line; its left stripe has
the lane's colour and a written mark (BKO, CAD, IST, CUTI, SAKIT, TERLAMBAT) says the same in
words, so the board reads in black and white. A post's header carries its required,
assigned and gap figures, the gap in red.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from commandpost.gui import look
from commandpost.gui.board.model import (
    LANES_MODE,
    BoardModel,
    check_text,
    figures_text,
    lane_title,
)
from commandpost.store.board import LANES

CARD_HEIGHT = 44


def marks(model: BoardModel, row: int) -> list[tuple[str, QColor]]:
    """The written marks of a card, with their colours."""
    board = model.board
    found: list[tuple[str, QColor]] = []
    if model.is_late(row):
        found.append((QCoreApplication.translate("Board", "LATE"), QColor(look.LATE_COLOR)))
    if board.bko[row]:
        found.append((QCoreApplication.translate("Board", "BKO"), look.lane_color("bko")))
    duty = board.duty[row]
    if duty == "reserve":
        found.append((QCoreApplication.translate("Board", "RES"), look.lane_color("reserve")))
    elif duty == "resting":
        found.append((QCoreApplication.translate("Board", "REST"), look.lane_color("resting")))
    elif duty == "leave":
        found.append((QCoreApplication.translate("Board", "LEAVE"), look.lane_color("unavailable")))
    elif duty == "sick":
        found.append((QCoreApplication.translate("Board", "SICK"), look.lane_color("unavailable")))
    return found


class Fonts:
    """The fonts of a card and their metrics, made once per view font (a card is painted
    many times a second while scrolling)."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        self.small.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.metrics = QFontMetrics(self.font)
        self.bold_metrics = QFontMetrics(self.bold)
        self.small_metrics = QFontMetrics(self.small)


WHITE, BORDER, QUIET, BAND = (
    QColor("white"),
    QColor("#b0bec5"),
    QColor("#546e7a"),
    QColor("#e8ecef"),
)


class BoardDelegate(QStyledItemDelegate):
    """Cards and group headers for a :class:`BoardModel`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fonts: dict[str, Fonts] = {}

    def fonts(self, font: QFont) -> Fonts:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            found = self._fonts[key] = Fonts(font)
        return found

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # one height for headers and cards: the list lays its rows out without asking each
        return QSize(240, CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        painter.save()
        try:
            if model.is_group(index):
                self._paint_group(painter, option, model, model.group_pos(index))
            else:
                self._paint_card(painter, option, model, index)
        finally:
            painter.restore()

    def _paint_group(
        self, painter: QPainter, option: QStyleOptionViewItem, model: BoardModel, pos: int
    ) -> None:
        rect = option.rect.adjusted(0, 4, -2, -1)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, palette.highlight() if selected else BAND)
        people, required = model.group_figures(pos)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        fonts = self.fonts(option.font)
        bold = fonts.bold
        if model.mode == LANES_MODE:
            lane = LANES[model.group_at(pos)]
            painter.fillRect(
                QRect(rect.left(), rect.top(), 5, rect.height()), look.lane_color(lane)
            )
            title, detail, figures = lane_title(lane), "", str(people)
            short = False
        else:
            post = model.board.posts[model.group_at(pos)]
            title, detail = post.name, post.place
            figures = figures_text(people, required)
            short = required is not None and people < required
        metrics = fonts.bold_metrics
        figure_width = metrics.horizontalAdvance(figures) + 12
        # the fold mark: ▸ folded, ▾ open (Left and Right fold and open from the keyboard)
        painter.setPen(text_color)
        painter.setFont(option.font)
        painter.drawText(
            QRect(rect.left() + 8, rect.top(), 14, rect.height()),
            Qt.AlignmentFlag.AlignCenter,
            "▸" if model.is_folded(pos) else "▾",
        )
        text_rect = rect.adjusted(26, 0, -figure_width, 0)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, title_text)
        used = metrics.horizontalAdvance(title_text)
        if detail and used + 40 < text_rect.width():
            painter.setFont(option.font)
            rest = text_rect.adjusted(used + 10, 0, 0, 0)
            painter.setPen(text_color if selected else QColor("#546e7a"))
            painter.drawText(
                rest,
                Qt.AlignmentFlag.AlignVCenter,
                fonts.metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rest.width()),
            )
        painter.setFont(bold)
        painter.setPen(text_color if selected or required is None else look.gap_color(short))
        painter.drawText(
            rect.adjusted(0, 0, -8, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            figures,
        )

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        model: BoardModel,
        index: QModelIndex,
    ) -> None:
        row = model.person_row(index)
        board = model.board
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(18, 2, -4, -2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        background = palette.color(QPalette.ColorRole.Highlight) if selected else WHITE
        painter.setPen(BORDER)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(
            QRect(rect.left() + 1, rect.top() + 1, 5, rect.height() - 1),
            look.lane_color(board.lanes[row]),
        )
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = ink if selected else QUIET
        fonts = self.fonts(option.font)
        font, bold, small = fonts.font, fonts.bold, fonts.small
        inner = rect.adjusted(12, 3, -6, -3)
        line1 = QRect(inner.left(), inner.top(), inner.width(), inner.height() // 2)
        line2 = QRect(inner.left(), line1.bottom(), inner.width(), inner.height() - line1.height())

        # the marks, right-aligned on the first line, boxed
        right = line1.right()
        mark_metrics = fonts.small_metrics
        painter.setFont(small)
        for text, color in reversed(marks(model, row)):
            width = mark_metrics.horizontalAdvance(text) + 8
            box = QRect(right - width, line1.top() + 1, width, line1.height() - 2)
            painter.setPen(QPen(ink if selected else color, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            right = box.left() - 4

        painter.setFont(bold)
        painter.setPen(ink)
        metrics = fonts.bold_metrics
        rank = board.rank[row]
        painter.drawText(line1, Qt.AlignmentFlag.AlignVCenter, rank)
        name_left = line1.left() + metrics.horizontalAdvance(rank + " ")
        painter.setFont(font)
        name_rect = QRect(name_left, line1.top(), right - name_left - 4, line1.height())
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignVCenter,
            fonts.metrics.elidedText(
                board.name[row], Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )

        parts = [board.unit[row]]
        post = board.post[row]
        if post >= 0 and model.mode == LANES_MODE:
            parts.append(board.posts[post].name)
        late = model.is_late(row)
        check = check_text(board, row, model.now, late)
        painter.setFont(small)
        small_metrics = fonts.small_metrics
        check_width = small_metrics.horizontalAdvance(check) + 8 if check else 0
        painter.setPen(quiet)
        left_rect = line2.adjusted(0, 0, -check_width, 0)
        painter.drawText(
            left_rect,
            Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(
                " · ".join(p for p in parts if p), Qt.TextElideMode.ElideRight, left_rect.width()
            ),
        )
        if check:
            painter.setPen(ink if selected or not late else QColor(look.LATE_COLOR))
            painter.drawText(
                line2, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, check
            )
