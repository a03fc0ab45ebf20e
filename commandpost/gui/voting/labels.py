"""How the voting-day progress states read on screen, and their colours.

Source strings are English (Qt Linguist context ``ProgressState``); officers read them in
Indonesian: Personel tiba, Dibuka, Pemungutan, Penghitungan, Selesai, Kotak suara dikawal
ke PPK, Belum ada laporan.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

_SOURCES = {
    "none": QT_TRANSLATE_NOOP("ProgressState", "No report yet"),
    "arrived": QT_TRANSLATE_NOOP("ProgressState", "Personnel arrived"),
    "opened": QT_TRANSLATE_NOOP("ProgressState", "Opened"),
    "voting": QT_TRANSLATE_NOOP("ProgressState", "Voting"),
    "counting": QT_TRANSLATE_NOOP("ProgressState", "Counting"),
    "finished": QT_TRANSLATE_NOOP("ProgressState", "Finished"),
    "escorted": QT_TRANSLATE_NOOP("ProgressState", "Ballot boxes escorted to the PPK"),
}
# One colour per state, the same in the chart, the bars and the list; the chart's lines
# also differ in dash pattern so that they read on a black-and-white printout.
STATE_COLORS = {
    "none": "#9e9e9e",
    "arrived": "#8d6e63",
    "opened": "#1565c0",
    "voting": "#00838f",
    "counting": "#6a1b9a",
    "finished": "#2e7d32",
    "escorted": "#e65100",
}
PROBLEM_COLOR = "#b71c1c"


def state_label(state: str) -> str:
    """A state's name in the interface language ("Dibuka"); the key itself if unknown."""
    source = _SOURCES.get(state)
    return QCoreApplication.translate("ProgressState", source) if source else state


def state_color(state: str) -> QColor:
    return QColor(STATE_COLORS.get(state, STATE_COLORS["none"]))
