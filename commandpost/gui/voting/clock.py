"""A time-of-day field that takes what an officer types in one go: ``06.10``, ``6.10``,
``06:10``, ``0610`` (core.progress.parse_clock), with Up/Down to change it.

A QTimeEdit splits the time into sections: typing ``06.10`` into its hour section loses
the minutes and Tab walks between the sections. This field is one piece of text (Tab leaves
it), a spin box for the arrows: Up/Down change the hour when the cursor is in the hours and
the minutes when it is in the minutes (as QTimeEdit does), PageUp/PageDown by ten. What is
typed is never reset behind the officer's back: a time that cannot be (``25.10``) stays as
typed and :meth:`ClockEdit.clock` raises, so that the dialog can say what is wrong.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QStyle, QStyleOptionSpinBox, QWidget

from commandpost.core.progress import ClockError, parse_clock

# What may stand in the field while typing: digits with at most one '.' or ':' between.
_TYPABLE = re.compile(r"\s*\d{0,2}[.:]?\d{0,2}\s*|\s*\d{0,4}\s*")
_LAST_MINUTE = 23 * 60 + 59


class ClockEdit(QAbstractSpinBox):
    """Hour and minute of the day as officers write them (``06.10``). ``clockChanged`` is
    emitted on every edit (typed or stepped)."""

    clockChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setKeyboardTracking(True)
        self.lineEdit().setMaxLength(5)
        self.lineEdit().textChanged.connect(lambda _text: self.clockChanged.emit())
        self.set_clock(0, 0)

    # --- value ----------------------------------------------------------------------------

    def clock(self) -> tuple[int, int]:
        """``(hour, minute)`` as typed; raises :class:`ClockError` when it is no time."""
        return parse_clock(self.text())

    def is_valid(self) -> bool:
        try:
            self.clock()
        except ClockError:
            return False
        return True

    def set_clock(self, hour: int, minute: int) -> None:
        self.lineEdit().setText(f"{hour:02d}.{minute:02d}")

    # --- QAbstractSpinBox -----------------------------------------------------------------

    def validate(self, text: str, pos: int) -> object:
        """Digits with one separator may be typed; letters may not. Whether it is a time is
        :meth:`clock`'s question (Acceptable here, so that nothing is reset)."""
        state = (
            QValidator.State.Acceptable if _TYPABLE.fullmatch(text) else QValidator.State.Invalid
        )
        return state, text, pos

    def fixup(self, text: str) -> str:
        return text

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag
        try:
            hour, minute = self.clock()
        except ClockError:
            return flags.StepNone
        value = hour * 60 + minute
        enabled = flags.StepNone
        if value > 0:
            enabled |= flags.StepDownEnabled
        if value < _LAST_MINUTE:
            enabled |= flags.StepUpEnabled
        return enabled

    def stepBy(self, steps: int) -> None:
        """Up/Down: one hour when the cursor is in the hours, else one minute; kept within
        00.00 to 23.59. The changed part is selected, as in a QTimeEdit."""
        try:
            hour, minute = self.clock()
        except ClockError:
            return
        edit = self.lineEdit()
        in_hours = edit.cursorPosition() <= self._hour_end() and not self._minutes_selected()
        value = hour * 60 + minute + steps * (60 if in_hours else 1)
        value = min(max(value, 0), _LAST_MINUTE)
        self.set_clock(*divmod(value, 60))
        if in_hours:
            edit.setSelection(0, 2)
        else:
            edit.setSelection(3, 2)

    def _hour_end(self) -> int:
        """Where the hours end in the text: before the separator, else before the last two
        digits (``0610``), else at the end (``7``)."""
        text = self.text().strip()
        for index, char in enumerate(text):
            if char in ".:":
                return index
        return max(len(text) - 2, 0) if len(text) > 2 else len(text)

    def _minutes_selected(self) -> bool:
        edit = self.lineEdit()
        return edit.hasSelectedText() and edit.selectionStart() > self._hour_end()

    def sizeHint(self) -> QSize:
        """Room for ``88.88`` and the arrows."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        content = QSize(
            metrics.horizontalAdvance("88.88 ") + 8, self.lineEdit().sizeHint().height()
        )
        option = QStyleOptionSpinBox()
        self.initStyleOption(option)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, content, self)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
