"""A "category: level" column that keeps the level when it is too narrow: the tree's threat
column reads "Konflik antar kel…: Tinggi (2)", so what matters most stays visible; the whole
text is in the cell's tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

# Room the style takes around a cell's text (margins), in pixels.
TEXT_MARGIN = 10


def keep_tail(text: str, width: int, metrics) -> str:
    """``text`` shortened to ``width`` pixels by eliding the part before ": " only."""
    if metrics.horizontalAdvance(text) <= width or ": " not in text:
        return text
    head, tail = text.split(": ", 1)
    tail = ": " + tail
    room = width - metrics.horizontalAdvance(tail)
    if room < metrics.horizontalAdvance("X…"):
        return text  # too narrow even for that: the view elides as usual
    return metrics.elidedText(head, Qt.TextElideMode.ElideRight, room) + tail


class KeepLevel(QStyledItemDelegate):
    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = keep_tail(option.text, option.rect.width() - TEXT_MARGIN, option.fontMetrics)
