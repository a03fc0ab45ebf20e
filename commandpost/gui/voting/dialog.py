"""Set the voting-day progress of a selection: state, time, reason; Ctrl+Enter saves.

Keyboard only: the state list has the focus, Tab goes to the time and the reason, Ctrl+Enter
saves, Esc cancels. Moving TPS back (finished → opened) is a correction: the dialog says how
many TPS it would move back and asks for the reason before Save is possible.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.core.progress import PROGRESS_STATES
from commandpost.core.regions import Level
from commandpost.core.stages import zone as zone_of
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.errors import failure_text
from commandpost.gui.models.region_tree import format_count, node_title
from commandpost.gui.voting.labels import state_color, state_label
from commandpost.gui.worker import run_in_background
from commandpost.store import progress, queries
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.threats import Edit

BACKGROUND_TPS = 2000  # bigger steps run in a worker thread behind a progress dialog
NAMES_SHOWN = 3


def _wall(moment: dt.datetime) -> QDateTime:
    """An aware moment as the wall-clock date and time an edit field shows."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the officer must read (tests replace this)."""
    QMessageBox.warning(parent, title, text)


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
        self.time_edit = QDateTimeEdit(self)
        self.time_edit.setObjectName("timeEdit")
        self.time_edit.setLocale(look.ID_LOCALE)
        # the post's clock, its zone written in the field (the typed time is read in it)
        self.time_edit.setDisplayFormat(f"{look.DATE_TIME_FORMAT} '{zone}'")
        self.time_edit.setCalendarPopup(True)
        tz = zone_of(zone)
        now = dt.datetime.now(dt.UTC).astimezone(tz)
        offered = (default or now).astimezone(tz)
        self.time_edit.setMaximumDateTime(_wall(now))
        self.time_edit.setDateTime(_wall(min(offered, now)))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.hint = QLabel(self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
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
        self.form.addRow(self.time_text, self.time_edit)
        self.form.addRow(self.reason_text, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.target)
        layout.addWidget(self.now_label)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        self.setTabOrder(self.state_combo, self.time_edit)
        self.setTabOrder(self.time_edit, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.save_button)

        self._fill_states()
        self.state_combo.currentIndexChanged.connect(self._update_state)
        self.reason_edit.textChanged.connect(self._update_state)
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
        self.reason_text.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(
            self.tr("Needed only for a correction (moving TPS back)")
        )
        self.time_edit.setToolTip(
            self.tr("When the TPS reached this state, in %1").replace("%1", self.zone)
        )
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

    def moving_back(self) -> int:
        """TPS of the selection that are further along than the chosen state."""
        rank = PROGRESS_STATES.index(self.chosen_state())
        return sum(self._counts.get(s, 0) for s in PROGRESS_STATES[rank + 1 :])

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
        self.hint.setText(missing)
        self.hint.setStyleSheet("color: #8a5a00;" if missing else "")
        self.save_button.setEnabled(not missing)

    # --- saving ---------------------------------------------------------------------------

    def chosen_time(self) -> dt.datetime:
        """The typed time as a moment of the post's zone (aware)."""
        wall = self.time_edit.dateTime()
        day, clock = wall.date(), wall.time()
        return dt.datetime(
            day.year(),
            day.month(),
            day.day(),
            clock.hour(),
            clock.minute(),
            tzinfo=zone_of(self.zone),
        )

    def save(self) -> None:
        if self.missing():
            self._update_state()
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
            warn(
                self, self.tr("Not saved"), self.tr("Nothing was saved: %1").replace("%1", str(exc))
            )
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
