"""A date field an officer can type into: ``27/11/2024``, ``27 Nop 2024``, ``2024-11-27``.

Why not a plain QDateEdit: its text is cut into day, month and year sections, so typed
text lands in whichever section the cursor is in (``01122024`` gave 1 Sep 2024, ``1 Des
2024`` changed nothing), Tab walks the sections instead of leaving, and a text it cannot
read is silently put back to the old date. This field is a line of text read whole, by the
same parser the import and the command line use (:func:`commandpost.tabular.dates.parse_date`,
day first, Indonesian or English month names, strict: ``31/11/2024`` is refused, never moved
to 1 Dec), so there is one set of rules for dates in the whole program.

It keeps the part of QDateEdit's interface the dialogs use: :meth:`date`, :meth:`setDate`,
:attr:`dateChanged`, :meth:`setMinimumDate`/:meth:`setMaximumDate`/:meth:`setDateRange`,
:meth:`setDisplayFormat`, :meth:`setCalendarPopup`. Keys: Up/Down a day, PageUp/PageDown a
month, F4 or Alt+Down the calendar, Tab leaves. A text that is not a date (or outside the
allowed range) is reported by :attr:`problemChanged` (the dialog shows it in its error line)
and by a red frame and tooltip on the field; the text stays as typed and :meth:`date` keeps
the last good date, so a dialog must call :meth:`check` before it saves.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from commandpost.gui import look
from commandpost.tabular.dates import MAX_YEAR, MIN_YEAR, parse_date
from commandpost.tabular.problems import CellProblem, Msg

_PROBLEM_STYLE = "QLineEdit { border: 2px solid #b71c1c; border-radius: 2px; }"
# The widest date the field must show whole (Indonesian short month names).
_WIDEST = "28 Agu 2024"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    """One calendar day, typed as text (see the module's docstring for what is read).

    ``dateChanged(QDate)`` is emitted whenever the day changes, by typing (as soon as the
    text reads as a date in range), by keys, by the calendar or by :meth:`setDate`.
    ``problemChanged(str)`` carries the message for a text that is not a usable date, and
    ``""`` once it is fixed or being retyped."""

    dateChanged = Signal(QDate)
    problemChanged = Signal(str)

    def __init__(self, *args, parent: QWidget | None = None) -> None:
        # Accepts DateField(parent) and DateField(QDate, parent), as QDateEdit does.
        start = None
        if args and isinstance(args[0], QDate):
            start, args = args[0], args[1:]
        super().__init__(*(args or (parent,)))
        self._date = QDate.currentDate()
        self._minimum = QDate(max(MIN_YEAR, 1900), 1, 1)
        self._maximum = QDate(MAX_YEAR, 12, 31)
        self._format = look.DATE_FORMAT
        self._problem = ""
        self._popup: QCalendarWidget | None = None
        self.setLocale(look.ID_LOCALE)
        self._calendar_action = QAction(_arrow_icon(), "", self)
        self._calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._retranslate()
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self.check)
        if start is not None:
            self._date = QDate(start)
        self._show(self._date)

    # -- QDateEdit's interface -------------------------------------------------------------
    def date(self) -> QDate:
        """The day shown, or the last good one while the text is not a date."""
        return QDate(self._date)

    def setDate(self, day: QDate | dt.date) -> None:
        """Shows ``day`` (clamped into the allowed range, as QDateEdit does); clears a problem."""
        if isinstance(day, dt.date):
            day = _qdate(day)
        if not day.isValid():
            return
        day = min(max(day, self._minimum), self._maximum)
        self._show(day)
        self._set_problem("")
        self._commit(day)

    def minimumDate(self) -> QDate:
        return QDate(self._minimum)

    def maximumDate(self) -> QDate:
        return QDate(self._maximum)

    def setMinimumDate(self, day: QDate) -> None:
        self.setDateRange(day, max(day, self._maximum))

    def setMaximumDate(self, day: QDate) -> None:
        self.setDateRange(min(day, self._minimum), day)

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:
        """Days outside are refused when typed (said, not replaced) and clamped when set."""
        self._minimum, self._maximum = QDate(minimum), QDate(maximum)
        if not minimum <= self._date <= maximum:
            self.setDate(self._date)

    def displayFormat(self) -> str:
        return self._format

    def setDisplayFormat(self, fmt: str) -> None:
        """How a day is written back (a QLocale format; the house style is look.DATE_FORMAT)."""
        self._format = fmt
        if not self._problem:
            self._show(self._date)

    def calendarPopup(self) -> bool:
        return self._calendar_action.isVisible()

    def setCalendarPopup(self, on: bool) -> None:
        """Whether F4, Alt+Down and the arrow at the right open a calendar (on by default)."""
        self._calendar_action.setVisible(on)

    # -- reading what was typed --------------------------------------------------------------
    def problem(self) -> str:
        """The message for the text shown, or ``""`` when it is a usable date."""
        return self._problem

    def read(self) -> tuple[QDate | None, str]:
        """The text's day and ``""``, or None and the message saying what is wrong."""
        text = self.text().strip()
        if not text:
            return None, self.tr("Type a date, for example 27/11/2024 or 27 Nov 2024.")
        try:
            day = _qdate(parse_date(text))
        except CellProblem as exc:
            if exc.template == Msg.NO_SUCH_DATE:
                return None, self.tr("There is no such day as “%1”.").replace("%1", text)
            return None, self.tr(
                "“%1” is not a date. Type it as 27/11/2024, 27 Nov 2024 or 2024-11-27."
            ).replace("%1", text)
        if not self._minimum <= day <= self._maximum:
            return None, (
                self.tr("%1 is outside the dates allowed here (%2 to %3).")
                .replace("%1", self._text_of(day))
                .replace("%2", self._text_of(self._minimum))
                .replace("%3", self._text_of(self._maximum))
            )
        return day, ""

    def check(self) -> bool:
        """Reads the text now: a good date is taken and written in the house style; a bad
        one is reported (problemChanged, red frame) and left as typed. True when good."""
        day, problem = self.read()
        if day is None:
            self._set_problem(problem)
            return False
        self._set_problem("")
        self._commit(day)
        if self.text() != self._text_of(day):
            self._show(day)
        return True

    # -- keys, focus, calendar ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            if self.calendarPopup():
                self.show_calendar()
                return
        elif not mods & ~Qt.KeyboardModifier.KeypadModifier:
            steps = {
                Qt.Key.Key_Up: (1, 0),
                Qt.Key.Key_Down: (-1, 0),
                Qt.Key.Key_PageUp: (0, 1),
                Qt.Key.Key_PageDown: (0, -1),
            }
            if key in steps:
                days, months = steps[key]
                start = self.read()[0] or self._date
                self.setDate(start.addDays(days).addMonths(months))
                self.selectAll()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()  # typing replaces the whole date, as in a spreadsheet cell

    def show_calendar(self) -> None:
        """Opens the month of the shown day under the field; a click or Enter takes a day."""
        if not self.isEnabled() or self.isReadOnly():
            return
        if self._popup is None:
            popup = QCalendarWidget(self)
            popup.setObjectName("dateFieldCalendar")
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setLocale(look.ID_LOCALE)
            popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            popup.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            popup.clicked.connect(self._picked)
            popup.activated.connect(self._picked)
            self._popup = popup
        popup = self._popup
        popup.setDateRange(self._minimum, self._maximum)
        popup.setSelectedDate(self.read()[0] or self._date)
        popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        popup.show()
        popup.setFocus(Qt.FocusReason.PopupFocusReason)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(_WIDEST) + metrics.averageCharWidth() * 2
        return QSize(width + hint.height() + 8, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.LanguageChange:
            self._retranslate()

    # -- inside --------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self._calendar_action.setToolTip(self.tr("Calendar (F4)"))
        self.setPlaceholderText(self.tr("27/11/2024"))
        if not self._problem:
            self.setToolTip(self.tr("Type a date: 27/11/2024, 27 Nov 2024 or 2024-11-27."))

    def _picked(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.close()
        self.setDate(day)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()

    def _edited(self, _text: str) -> None:
        day, _problem = self.read()
        if day is not None:
            self._commit(day)
        self._set_problem("")  # said again when the officer leaves the field or saves

    def _commit(self, day: QDate) -> None:
        if day != self._date:
            self._date = QDate(day)
            self.dateChanged.emit(QDate(day))

    def _show(self, day: QDate) -> None:
        self.setText(self._text_of(day))

    def _text_of(self, day: QDate) -> str:
        return look.ID_LOCALE.toString(day, self._format)

    def _set_problem(self, problem: str) -> None:
        if problem == self._problem:
            return
        self._problem = problem
        self.setStyleSheet(_PROBLEM_STYLE if problem else "")
        if problem:
            self.setToolTip(problem)
        else:
            self._retranslate()
        self.problemChanged.emit(problem)


def _arrow_icon() -> QIcon:
    """A small down arrow, as light as a combo box's (the style's standard arrow is heavy)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#505050"))
    painter.drawPolygon(QPolygonF([QPointF(4, 6), QPointF(12, 6), QPointF(8, 11)]))
    painter.end()
    return QIcon(pixmap)
