"""Room in the status bar for a confirmation to be read in full.

A status bar draws its temporary message ("Tersimpan: kelas Rawan — TPS 004", "Urungkan: …")
in the space left of its first visible permanent widget. In a 1366 px window the permanent
labels (incidents, operation, station, file, last backup) leave too little of it, and the
officer would read half a confirmation. While a message shows, :class:`MessageRoom` hides the
labels it names, least important first, until the whole message fits; they come back when the
message goes. Warnings (read-only, demo data) are never among them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizeGrip, QStatusBar, QWidget

# QStatusBar draws its message from x=6 to 2 px before the first permanent widget (Qt's
# QStatusBarPrivate::messageRect; right edge at most width-12): what the text may not use.
MESSAGE_INSET = 6 + 2 + 4


class MessageRoom(QObject):
    """``give_way``: permanent widgets of ``bar`` that may hide for a message, in the order
    they do (least important first)."""

    def __init__(self, bar: QStatusBar, give_way: list[QWidget]) -> None:
        super().__init__(bar)
        self.bar = bar
        self.give_way = list(give_way)
        self.hidden: list[QWidget] = []
        bar.messageChanged.connect(self._message_changed)
        bar.installEventFilter(self)

    def message_width(self) -> int:
        """Pixels the current message needs."""
        return self.bar.fontMetrics().horizontalAdvance(self.bar.currentMessage()) + MESSAGE_INSET

    def room(self) -> int:
        """Pixels left of the widgets the bar shows, at their preferred widths (the bar hides
        its normal widgets while a message shows; all others are permanent)."""
        layout = self.bar.layout()
        spacing = max(layout.spacing(), 0) if layout is not None else 6
        used = 0
        for widget in self.bar.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if isinstance(widget, QSizeGrip):
                used += widget.sizeHint().width() if widget.isVisibleTo(self.bar) else 0
            elif not widget.isHidden():
                used += widget.sizeHint().width() + spacing
        return self.bar.width() - used

    def _message_changed(self, text: str) -> None:
        self._restore()
        if text:
            self._make_room()

    def _make_room(self) -> None:
        need = self.message_width()
        for widget in self.give_way:
            if self.room() >= need:
                break
            if not widget.isHidden():
                widget.hide()
                self.hidden.append(widget)

    def _restore(self) -> None:
        hidden, self.hidden = self.hidden, []
        for widget in hidden:
            widget.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.Resize and self.bar.currentMessage():
            self._restore()
            self._make_room()
        return False


class ElidedLabel(QLabel):
    """A status-bar label that, when the bar is short of room, ends in "…" instead of being
    cut mid-word; :meth:`text` stays whole, and when it is cut the tooltip shows it whole
    (unless the code gave the label a tooltip of its own). Plain text only (the status bar's
    labels are)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._own_tip = ""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().horizontalAdvance("Xxxx…") + 16
        return QSize(min(hint.width(), least), hint.height())

    def shown_text(self) -> str:
        """What the label paints at its present width."""
        margins = self.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def setToolTip(self, text: str) -> None:
        self._own_tip = text
        self._update_tip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        cut = self.shown_text() != self.text()
        super().setToolTip(self._own_tip or (self.text() if cut else ""))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            QPalette.ColorRole.WindowText,
        )
        painter.end()
