"""Set the voting-day progress of a selection: state, time, reason; Ctrl+Enter saves.

Keyboard only: the state list has the focus; Tab goes to the time (typed in one go as
officers write it: ``06.10``, ``6.10``, ``06:10``, ``0610``; Up/Down change it), then the
date, then the reason; Ctrl+Enter saves, Esc cancels. The time is the post's (WIB, WITA or
WIT, shown beside it). Moving TPS back (finished → opened) is a correction: the dialog says
how many TPS it would move back and asks for the reason before Save is possible.

What cannot be saved is said in the dialog, in red, and nothing is saved: a time that is no
time (``25.10``), a time ahead of now, and the store's refusals, e.g. a step earlier than
the time the TPS reached an earlier state ("TPS 004 Desa X: penghitungan 06.30 WIB
sebelum dibuka 07.05 WIB"; store.progress.set_progress has the rule).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.core.progress import (
    FUTURE_TOLERANCE_MINUTES,
    PROGRESS_STATES,
    ClockError,
)
from commandpost.core.regions import Level
from commandpost.core.stages import zone as zone_of
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.gui.errors import failure_text
from commandpost.gui.models.region_tree import format_count, node_title
from commandpost.gui.voting.clock import ClockEdit
from commandpost.gui.voting.labels import state_color, state_label
from commandpost.gui.worker import run_in_background
from commandpost.store import progress, queries
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.threats import Edit

BACKGROUND_TPS = 2000  # bigger steps run in a worker thread behind a progress dialog
NAMES_SHOWN = 3


def _qdate(moment: dt.datetime) -> QDate:
    return QDate(moment.year, moment.month, moment.day)


def step_word(state: str) -> str:
    """A state as a word inside a sentence: "dibuka", "penghitungan" (Indonesian),
    "opened" (English); acronyms (PPK) stay."""
    label = state_label(state)
    return label[:1].lower() + label[1:]


def progress_refusal_text(exc: Exception) -> str:
    """A refusal of :func:`store.progress.set_progress` in the interface language, the
    states in its words (the store names them by their codes); anything else as
    :func:`refusal_text` shows it."""
    if not isinstance(exc, Refused) or exc.template not in (
        RefusalMsg.STEP_BEFORE_EARLIER,
        RefusalMsg.STEPS_BEFORE_EARLIER,
        RefusalMsg.PROGRESS_NOTHING_TO_CHANGE,
    ):
        return refusal_text(exc)
    values = dict(exc.values)
    values["state"] = step_word(values["state"])
    if "earlier" in values:
        values["earlier"] = step_word(values["earlier"])
    if "conflicts" in values:
        lines = [
            f"• {title}: {step_word(earlier)} {shown}"
            for _code, title, earlier, shown in values["conflicts"]
        ]
        if values.get("more"):
            lines.append(
                QCoreApplication.translate("ProgressDialog", "… and %1 more").replace(
                    "%1", format_count(values["more"])
                )
            )
        values["listing"] = "\n".join(lines)
    return refusal_text(Refused(exc.template, **values))


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the officer must read (tests replace this)."""
    QMessageBox.warning(parent, title, text)


class _DateEdit(QDateEdit):
    """A date field that Tab leaves (a QDateEdit's Tab walks its day, month and year);
    Up/Down still change the part the cursor is in, F4 opens the calendar."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, next)


class ProgressDialog(QDialog):
    """For a selection of TPS or regions; after Save, ``edits``, ``summary`` and ``codes``
    say what was recorded (what the main window's undo history takes)."""

    def __init__(
        self,
        db: Database,
        codes: list[str],
        parent: QWidget | None = None,
        *,
        zone: str | None = None,
        default: dt.datetime | None = None,
    ) -> None:
        """``zone``: the post's (WIB, WITA, WIT; default the open post's, gui.look); the
        time is typed and saved in it, whatever the laptop's clock says. ``default``: the
        time offered (aware; default now)."""
        super().__init__(parent)
        self.zone = zone = zone or look.post_zone()
        self.setObjectName("progressDialog")
        self._db = db
        self.codes = sorted(set(codes))
        self.edits: list[Edit] = []
        self.summary = ""
        self._nodes = queries.nodes(db, self.codes)
        self._counts = progress.selection_counts(db, self.codes)

        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.target.setTextFormat(Qt.TextFormat.RichText)
        self.now_label = QLabel(self)
        self.now_label.setWordWrap(True)
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("stateCombo")
        # The time typed in one go as officers write it (06.10), on the post's clock; the
        # date beside it (a TPS may report after midnight).
        self.time_edit = ClockEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.zone_label = QLabel(zone, self)
        self.zone_label.setObjectName("zoneLabel")
        self.date_edit = _DateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setLocale(look.ID_LOCALE)
        self.date_edit.setDisplayFormat(look.DATE_FORMAT)
        self.date_edit.setCalendarPopup(True)
        self.date_text = QLabel(self)
        self.date_text.setBuddy(self.date_edit)
        tz = zone_of(zone)
        now = dt.datetime.now(dt.UTC).astimezone(tz)
        offered = min((default or now).astimezone(tz), now)
        self.date_edit.setMaximumDate(_qdate(now))
        self.date_edit.setDate(_qdate(offered))
        self.time_edit.set_clock(offered.hour, offered.minute)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        # Why Save did not save (a time that is no time, a refusal), until it is fixed.
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.RichText)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.state_text = QLabel(self)
        self.time_text = QLabel(self)
        self.reason_text = QLabel(self)
        self.state_text.setBuddy(self.state_combo)
        self.time_text.setBuddy(self.time_edit)
        self.reason_text.setBuddy(self.reason_edit)
        self.form.addRow(self.state_text, self.state_combo)
        when = QHBoxLayout()
        when.addWidget(self.time_edit)
        when.addWidget(self.zone_label)
        when.addSpacing(12)
        when.addWidget(self.date_text)
        when.addWidget(self.date_edit)
        when.addStretch(1)
        self.form.addRow(self.time_text, when)
        self.form.addRow(self.reason_text, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.now_label)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.setTabOrder(self.state_combo, self.time_edit)
        self.setTabOrder(self.time_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.save_button)

        self._fill_states()
        self.state_combo.currentIndexChanged.connect(self._update_state)
        self.reason_edit.textChanged.connect(self._update_state)
        # A fixed time clears what was said about it; leaving a wrong one says it at once.
        for signal in (
            self.time_edit.clockChanged,
            self.date_edit.dateChanged,
            self.state_combo.currentIndexChanged,
            self.reason_edit.textChanged,
        ):
            signal.connect(self._clear_error)
        self.time_edit.editingFinished.connect(self._check_time_now)
        self._retranslate()
        self.state_combo.setFocus()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    # --- building -------------------------------------------------------------------------

    def _fill_states(self) -> None:
        """Every state, the one after the least advanced TPS of the selection first chosen."""
        self.state_combo.clear()
        for state in PROGRESS_STATES:
            self.state_combo.addItem(state_label(state), state)
            index = self.state_combo.count() - 1
            self.state_combo.setItemData(index, state_color(state), Qt.ItemDataRole.DecorationRole)
        present = [s for s in PROGRESS_STATES if self._counts.get(s)]
        lowest = PROGRESS_STATES.index(present[0]) if present else 0
        self.state_combo.setCurrentIndex(min(lowest + 1, len(PROGRESS_STATES) - 1))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Voting-day progress"))
        self.state_text.setText(self.tr("&State:"))
        self.time_text.setText(self.tr("&Time:"))
        self.date_text.setText(self.tr("&Date:"))
        self.reason_text.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(
            self.tr("Needed only for a correction (moving TPS back)")
        )
        self.time_edit.setToolTip(
            self.tr(
                "When the TPS reached this state, in %1: type it as hour.minute (06.10, "
                "6.10, 06:10 or 0610); Up/Down change the hour or the minutes"
            ).replace("%1", self.zone)
        )
        self.zone_label.setToolTip(self.tr("The post's time zone"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        for index in range(self.state_combo.count()):
            self.state_combo.setItemText(index, state_label(self.state_combo.itemData(index)))
        self.target.setText(self._target_text())
        shown = ", ".join(
            f"{state_label(s)} {format_count(self._counts[s])}"
            for s in PROGRESS_STATES
            if self._counts.get(s)
        )
        self.now_label.setText(self.tr("Now: %1").replace("%1", shown or "-"))
        self._update_state()

    def _target_text(self) -> str:
        nodes = [self._nodes[c] for c in self.codes if c in self._nodes]
        total = format_count(self._counts["total"])
        if len(nodes) == 1:
            node = nodes[0]
            title = node_title(node)
            if node.level == Level.TPS:
                return f"<b>{title}</b> ({node.code})"
            return "<b>" + self.tr("%1: %2 TPS").replace("%1", title).replace("%2", total) + "</b>"
        names = ", ".join(n.name for n in nodes[:NAMES_SHOWN]) + (
            ", …" if len(nodes) > NAMES_SHOWN else ""
        )
        heading = (
            self.tr("%1 selected: %2 TPS in all")
            .replace("%1", format_count(len(nodes)))
            .replace("%2", total)
        )
        return f"<b>{heading}</b><br>{names}"

    # --- state ----------------------------------------------------------------------------

    def chosen_state(self) -> str:
        return self.state_combo.currentData()

    def further_along(self) -> int:
        """TPS of the selection that are further along than the chosen state."""
        rank = PROGRESS_STATES.index(self.chosen_state())
        return sum(self._counts.get(s, 0) for s in PROGRESS_STATES[rank + 1 :])

    def moving_back(self) -> int:
        """TPS the step would move back: those further along, when it takes no TPS forward
        (else they are left as they are: store.progress.set_progress)."""
        rank = PROGRESS_STATES.index(self.chosen_state())
        if any(self._counts.get(s, 0) for s in PROGRESS_STATES[:rank]):
            return 0
        return self.further_along()

    def missing(self) -> str:
        """What still stops Save, in words; empty when it can be saved."""
        if not self._counts["total"]:
            return self.tr("The selection holds no TPS.")
        back = self.moving_back()
        if back and not self.reason_edit.text().strip():
            return self.tr(
                "%1 TPS are further along: moving them back is a correction. Write the reason."
            ).replace("%1", format_count(back))
        return ""

    def _update_state(self) -> None:
        missing = self.missing()
        left = self.further_along() if not self.moving_back() else 0
        note = missing or (
            self.tr("%1 TPS are further along already and are left as they are.").replace(
                "%1", format_count(left)
            )
            if left
            else ""
        )
        self.hint.setText(note)
        self.hint.setStyleSheet("color: #8a5a00;" if missing else "")
        self.hint.setHidden(not note)
        self.save_button.setEnabled(not missing)

    # --- saving ---------------------------------------------------------------------------

    def chosen_time(self) -> dt.datetime:
        """The typed date and time as a moment of the post's zone (aware); raises
        :class:`ClockError` when the time is no time."""
        hour, minute = self.time_edit.clock()
        day = self.date_edit.date()
        return dt.datetime(
            day.year(), day.month(), day.day(), hour, minute, tzinfo=zone_of(self.zone)
        )

    def time_problem(self) -> str:
        """What is wrong with the typed time, in words; "" when it can be saved."""
        try:
            moment = self.chosen_time()
        except ClockError as exc:
            reasons = {
                "form": self.tr("write the hour and the minutes, e.g. 06.10"),
                "hour": self.tr("the hour runs from 00 to 23"),
                "minute": self.tr("the minutes run from 00 to 59"),
            }
            return (
                self.tr("“%1” is not a time: %2")
                .replace("%1", exc.text)
                .replace("%2", reasons[exc.kind])
            )
        now = dt.datetime.now(dt.UTC)
        if moment > now + dt.timedelta(minutes=FUTURE_TOLERANCE_MINUTES):
            return (
                self.tr("%1 is later than now (%2); a step is recorded when it has happened.")
                .replace("%1", look.format_time(moment, self.zone))
                .replace("%2", look.format_time(now, self.zone))
            )
        return ""

    def error_text(self) -> str:
        """What the dialog says in red (plain text), "" when nothing."""
        if self.error.isHidden():
            return ""
        return self.error.property("plainText") or ""

    def _show_error(self, text: str, *, saving: bool = True) -> None:
        """Say ``text`` in red; after a Save that did not save (``saving``) headed so."""
        self.error.setProperty("plainText", text)
        body = html.escape(text).replace("\n", "<br>")
        heading = self.tr("Not saved.")
        self.error.setText(f"<b>{html.escape(heading)}</b> {body}" if saving else body)
        self.error.show()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _clear_error(self) -> None:
        if not self.error.isHidden() and not (
            self.error.property("timeError") and self.time_problem()
        ):
            self.error.hide()
            self.error.setProperty("timeError", False)

    def _check_time_now(self) -> None:
        """When the time field is left: say at once if what stands there is no time."""
        problem = self.time_problem()
        if problem:
            self._show_error(problem, saving=False)
            self.error.setProperty("timeError", True)

    def save(self) -> None:
        if self.missing():
            self._update_state()
            return
        problem = self.time_problem()
        if problem:
            self._show_error(problem)
            self.error.setProperty("timeError", True)
            self.time_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.time_edit.selectAll()
            return
        state = self.chosen_state()
        reason = self.reason_edit.text()
        at = self.chosen_time().isoformat(timespec="minutes")

        def work() -> list[Edit]:
            return progress.set_progress(
                self._db, self.codes, state, actor=cfg.operator_name(), at=at, reason=reason
            )

        try:
            if self._counts["total"] > BACKGROUND_TPS:
                self.edits = run_in_background(self, self.tr("Saving…"), work)
            else:
                self.edits = work()
        except (ChangeError, ValueError) as exc:
            # Said in the dialog, the entries kept, the time field ready to be typed again.
            self._show_error(progress_refusal_text(exc))
            self.error.setProperty("timeError", False)
            self.time_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.time_edit.selectAll()
            return
        except (SQLAlchemyError, OSError) as exc:
            warn(
                self,
                self.tr("Not saved"),
                self.tr("Nothing was saved; your entries are still in this window.")
                + "\n\n"
                + failure_text(exc),
            )
            return
        written = len({w.entity_id for e in self.edits for w in e.writes})
        self.summary = (
            self.tr("%1: %2 TPS")
            .replace("%1", state_label(state))
            .replace("%2", format_count(written))
        )
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
