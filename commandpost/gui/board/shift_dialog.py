"""Shifts (Sif… on the board): the list in time order, the three-shift relay for a day
(06.00–14.00, 14.00–22.00, 22.00–06.00), a shift of one's own, renaming and deleting. Each
edit is one step of the main window's undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.gui.errors import failure_text
from commandpost.store import shifts as shift_store
from commandpost.store import stages as stage_store
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database, StoreError
from commandpost.store.threats import Edit

Record = Callable[[list[Edit], str], None]


class ShiftDialog(QDialog):
    def __init__(self, db: Database, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shiftDialog")
        self.setWindowTitle(self.tr("Shifts"))
        self.db = db
        self._record = record
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("shiftTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Shift"), self.tr("Starts"), self.tr("Ends"), self.tr("Stage")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self._selected())
        layout.addWidget(self.table, 1)

        self.stage_combo = QComboBox(self)
        self.stage_combo.setObjectName("shiftStage")
        self.stage_combo.addItem(self.tr("(whole operation)"), None)
        for stage in stage_store.list_stages(db):
            self.stage_combo.addItem(stage.name, stage.id)

        relay = QGroupBox(self.tr("Three-shift relay for a day"), self)
        relay_row = QHBoxLayout(relay)
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("relayDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(look.DATE_FORMAT)
        self.day_edit.setDate(self._voting_day())
        day_label = QLabel(self.tr("&Day:"), relay)
        day_label.setBuddy(self.day_edit)
        relay_row.addWidget(day_label)
        relay_row.addWidget(self.day_edit)
        self.relay_button = QPushButton(self.tr("Add 06.00, 14.00 and &22.00 shifts"), relay)
        self.relay_button.setObjectName("addRelay")
        self.relay_button.clicked.connect(self.add_relay)
        relay_row.addWidget(self.relay_button)
        relay_row.addStretch(1)
        layout.addWidget(relay)

        own = QGroupBox(self.tr("One shift"), self)
        form = QFormLayout(own)
        self.name_edit = QLineEdit(own)
        self.name_edit.setObjectName("shiftName")
        self.start_edit = QDateTimeEdit(own)
        self.end_edit = QDateTimeEdit(own)
        for edit, name in ((self.start_edit, "shiftStart"), (self.end_edit, "shiftEnd")):
            edit.setObjectName(name)
            edit.setLocale(look.ID_LOCALE)
            look.zone_edit(edit)  # typed and shown on the post's clock
            edit.setCalendarPopup(True)
        day = self._voting_day()
        self.start_edit.setDateTime(QDateTime(day, QTime(6, 0), look.post_qzone()))
        self.end_edit.setDateTime(QDateTime(day, QTime(14, 0), look.post_qzone()))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Starts:"), self.start_edit)
        form.addRow(self.tr("&Ends:"), self.end_edit)
        form.addRow(self.tr("S&tage:"), self.stage_combo)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add shift"), own)
        self.add_button.setObjectName("addShift")
        self.add_button.clicked.connect(self.add_shift)
        self.save_button = QPushButton(self.tr("&Save changes"), own)
        self.save_button.setObjectName("saveShift")
        self.save_button.clicked.connect(self.save_shift)
        self.delete_button = QPushButton(self.tr("&Delete shift"), own)
        self.delete_button.setObjectName("deleteShift")
        self.delete_button.clicked.connect(self.delete_shift)
        for button in (self.add_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow(buttons)
        layout.addWidget(own)

        self.message = QLabel(self)
        self.message.setObjectName("shiftMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        QShortcut(QKeySequence("Del"), self.table, self.delete_shift)
        self.resize(720, 560)
        self.refresh()

    def _voting_day(self) -> QDate:
        from commandpost.store import queries

        operation = queries.operation(self.db)
        day = getattr(operation, "voting_day", None) if operation else None
        if isinstance(day, str) and day:
            day = dt.date.fromisoformat(day)
        if isinstance(day, dt.date):
            return QDate(day.year, day.month, day.day)
        return QDate.currentDate()

    def refresh(self, select: str | None = None) -> None:
        self.shifts = shift_store.list_shifts(self.db)
        stages = {s.id: s.name for s in stage_store.list_stages(self.db)}
        self.table.setRowCount(len(self.shifts))
        for row, shift in enumerate(self.shifts):
            values = [
                shift.name,
                look.format_time(shift.start),
                look.format_time(shift.end),
                stages.get(shift.stage_id, "") if shift.stage_id else "",
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
            if shift.id == select:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self._selected()

    def _current(self):
        row = self.table.currentRow()
        return self.shifts[row] if 0 <= row < len(self.shifts) else None

    def _selected(self) -> None:
        shift = self._current()
        self.save_button.setEnabled(shift is not None)
        self.delete_button.setEnabled(shift is not None)
        if shift is None:
            return
        self.name_edit.setText(shift.name)
        for edit, moment in ((self.start_edit, shift.start), (self.end_edit, shift.end)):
            edit.setDateTime(
                QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), look.post_qzone())
            )
        self.stage_combo.setCurrentIndex(max(self.stage_combo.findData(shift.stage_id), 0))

    @staticmethod
    def _naive(edit: QDateTimeEdit) -> dt.datetime:
        """The time typed, on the post's clock (aware; the store turns it into the
        operation's zone, which is the post's unless the post's zone was set otherwise)."""
        return dt.datetime.fromisoformat(look.iso_local(edit.dateTime()))

    def _run(self, work, text: str, select: str | None = None) -> bool:
        try:
            result = work(cfg.operator_name())
        except (StoreError, SQLAlchemyError, OSError) as exc:
            self._say(failure_text(exc), refused=True)
            return False
        except ChangeError as exc:
            self._say(self.tr("Not saved: %1").replace("%1", refusal_text(exc)), refused=True)
            return False
        edits = result if isinstance(result, list) else [result]
        self._record(edits, text)
        self._say(self.tr("Saved: %1").replace("%1", text))
        self.refresh(select)
        return True

    def add_relay(self) -> None:
        d = self.day_edit.date()
        day = dt.date(d.year(), d.month(), d.day())
        self._run(
            lambda actor: shift_store.add_day_shifts(
                self.db, day, stage_id=self.stage_combo.currentData(), actor=actor
            ),
            self.tr("three shifts on %1").replace("%1", look.day_text(day)),
        )

    def add_shift(self) -> None:
        name = self.name_edit.text().strip()
        self._run(
            lambda actor: shift_store.add_shift(
                self.db,
                name=name,
                start=self._naive(self.start_edit),
                end=self._naive(self.end_edit),
                stage_id=self.stage_combo.currentData(),
                actor=actor,
            ),
            self.tr("shift %1 added").replace("%1", name),
        )

    def save_shift(self) -> None:
        shift = self._current()
        if shift is None:
            return
        name = self.name_edit.text().strip()
        self._run(
            lambda actor: shift_store.set_shift(
                self.db,
                shift.id,
                name=name,
                start=self._naive(self.start_edit),
                end=self._naive(self.end_edit),
                stage_id=self.stage_combo.currentData(),
                actor=actor,
            ),
            self.tr("shift %1 changed").replace("%1", name),
            shift.id,
        )

    def delete_shift(self) -> None:
        shift = self._current()
        if shift is None:
            return
        button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete shift"),
            self.tr("Delete %1? Its assignments end (undo brings them back).").replace(
                "%1", shift.name
            ),
            button.Yes | button.No,
            self,
        )
        box.setObjectName("deleteShiftBox")
        box.setDefaultButton(button.No)
        if box.exec() != button.Yes:
            return
        self._run(
            lambda actor: shift_store.delete_shift(self.db, shift.id, actor=actor),
            self.tr("shift %1 deleted").replace("%1", shift.name),
        )

    def _say(self, text: str, *, refused: bool = False) -> None:
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;" if refused else "")
        self.message.setText(text)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft)
