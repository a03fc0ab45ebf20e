"""The situation report dialog (File › Situation report…, Ctrl+Shift+L).

Left, what the officer chooses or writes: the report (the situation report or one of the
printable lists of :mod:`commandpost.reports.lists`), the unit (or every Polda), the period
in the post's local time (by default the 24 hours up to the last 06.00 cut-off; for a demo
operation, the morning after its voting day), the general situation, classification,
number, obstacles, outlook, recommendation, signer and place; for the lists, the stage or
shift they cover. Only the fields the chosen report uses show. Right, the report as it will
print: the same layout the printer and the PDF get. F5 builds it again; printing and saving
use what the preview shows (built again first when a field changed since). Save Excel/CSV…
(Ctrl+E) writes the tables of the report shown. Only the situation report is kept as issued.

The report's own words are Indonesian and come from :mod:`commandpost.reports`; the
dialog's are English source text, translated like the rest of the window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import time
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QEventLoop, QSize, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.stages import zone as zone_tz
from commandpost.gui import file_chooser, look
from commandpost.gui import settings as cfg
from commandpost.gui.errors import failure_text
from commandpost.gui.screen_fit import fit_to_screen
from commandpost.reports import words
from commandpost.reports.period import (
    Period,
    ReportError,
    clock_at_end,
    default_now,
    default_period,
)
from commandpost.reports.sitrep import (
    STATUS_PHRASES,
    Signer,
    SitrepOptions,
    issue_sitrep,
    previous_figures,
)
from commandpost.store.database import Database
from commandpost.store.duty import post_zone
from commandpost.store.queries import operation
from commandpost.store.shifts import list_shifts
from commandpost.store.stages import list_stages
from commandpost.store.units import units

PREVIEW_DPI = 80  # an A4 page 661 px wide: the form and one page side by side at 1366 px
DEFAULT_SIZE = QSize(1260, 690)  # within 1366 × 768 with the frame and a task bar
FORM_WIDTH = 400
SITREP = "sitrep"
KINDS = (SITREP, "tps-rawan", "tps", "assignments", "incidents", "risks")  # the combo's order
PERIOD_KINDS = (SITREP, "incidents")  # the reports over a period (From, To)
SHIFT_KINDS = ("tps-rawan", "tps", "assignments")  # the lists of a shift's posts
FILE_PREFIX = {
    SITREP: "lapsit",
    "tps-rawan": "daftar-tps-rawan",
    "tps": "daftar-tps",
    "assignments": "daftar-penugasan",
    "incidents": "daftar-kejadian",
    "risks": "register-risiko",
}


def default_end(db: Database, zone_name: str, now: dt.datetime | None = None) -> dt.datetime:
    """The end of the default period: the last cut-off (06.00) at or before now; for a demo
    operation, the cut-off of the day after its voting day (as `commandpost report` does)."""
    op = operation(db)
    if now is None:
        now = default_now(op.voting_day if op else None, bool(op and op.is_demo), zone_name)
    return default_period(now, zone_name).end


def _to_qt(moment: dt.datetime) -> QDateTime:
    """An aware moment as the QDateTime the fields show: its local wall-clock time."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute),
        QTimeZone.utc(),  # a wall clock with no daylight saving of the computer's own zone
    )


def _from_qt(value: QDateTime, zone_name: str) -> dt.datetime:
    d, t = value.date(), value.time()
    tz = zone_tz(zone_name)
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class SitrepDialog(QDialog):
    def __init__(self, db: Database, unit: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sitrepDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Situation report"))
        self.setSizeGripEnabled(True)
        self.db = db
        self.zone = post_zone(db)
        self.document = None  # the Document the preview shows
        self.laid = None  # the same, laid out on pages
        self.dirty = True  # a field changed since the preview was built
        self.page_labels: list[QLabel] = []
        self.made_for: tuple = (None, None, "")  # unit id, period and name of the document
        self.made_kind = SITREP  # the kind of report the preview shows
        self.stage_chosen = False  # the officer chose the stage: the period no longer does
        self.issued_id: str | None = None  # the last report kept as issued

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        splitter.addWidget(self._make_form())
        splitter.addWidget(self._make_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout.addLayout(self._make_buttons())

        self.choose_unit(unit)
        end = default_end(db, self.zone)
        self.end_edit.setDateTime(_to_qt(end))
        self.start_edit.setDateTime(_to_qt(end - dt.timedelta(days=1)))
        self._show_length()
        self._default_stage()
        self._watch_fields()
        self._show_kind()
        self.dirty = True
        self._fit_screen()

    # --- building the widgets ---------------------------------------------------------------

    def _make_form(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setObjectName("sitrepFormScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(FORM_WIDTH)
        body = QWidget(scroll)
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form = form

        self.kind_combo = QComboBox(body)
        self.kind_combo.setObjectName("reportKind")
        names = self.kind_names()
        for kind in KINDS:
            self.kind_combo.addItem(names[kind], kind)
        self._row(form, self.tr("R&eport:"), self.kind_combo)

        self.unit_combo = QComboBox(body)
        self.unit_combo.setObjectName("sitrepUnit")
        self.unit_combo.setMinimumContentsLength(20)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.addItem(self.tr("National (every Polda)"), None)
        depth: dict[str, int] = {}
        for unit in units(self.db):  # each Polda followed by the units below it
            depth[unit.id] = depth.get(unit.parent_id, -1) + 1 if unit.parent_id else 0
            self.unit_combo.addItem("  " * depth[unit.id] + unit.name, unit.id)
        self._row(form, self.tr("&Unit:"), self.unit_combo)

        self.stage_combo = QComboBox(body)
        self.stage_combo.setObjectName("reportStage")
        self.stage_combo.setMinimumContentsLength(20)
        self.stage_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.stages = list_stages(self.db)
        stage_depth: dict[str, int] = {}
        for stage in self.stages:  # list_stages gives each stage before its sub-stages
            stage_depth[stage.id] = (
                stage_depth.get(stage.parent_id, -1) + 1 if stage.parent_id else 0
            )
            self.stage_combo.addItem("  " * stage_depth[stage.id] + stage.name, stage.id)
        self._row(form, self.tr("Sta&ge:"), self.stage_combo)

        self.shift_combo = QComboBox(body)
        self.shift_combo.setObjectName("reportShift")
        self.shift_combo.setMinimumContentsLength(20)
        self.shift_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.shift_combo.addItem(self.tr("The operation's plan"), None)
        for shift in list_shifts(self.db):
            shown = f"{shift.name} ({look.format_time(shift.start, self.zone)})"
            self.shift_combo.addItem(shown, shift.id)
        self.shift_combo.setToolTip(self.tr("Whose posts the list shows"))
        self._row(form, self.tr("Sh&ift:"), self.shift_combo)
        self.phone_box = QCheckBox(self.tr("&With phone numbers"), body)
        self.phone_box.setObjectName("reportPhone")
        form.addRow("", self.phone_box)

        self.start_edit = self._time_edit(body, "sitrepStart")
        self.end_edit = self._time_edit(body, "sitrepEnd")
        zone_note = self.tr("%1, local time of the post").replace("%1", self.zone)
        self.start_edit.setToolTip(zone_note)
        self.end_edit.setToolTip(zone_note)
        self._row(form, self.tr("&From:"), self.start_edit)
        self._row(form, self.tr("&To (cut-off):"), self.end_edit)
        self.length_label = QLabel(body)
        self.length_label.setObjectName("sitrepLength")
        form.addRow("", self.length_label)

        self.status_combo = QComboBox(body)
        self.status_combo.setObjectName("sitrepStatus")
        self.status_combo.setEditable(True)
        self.status_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.status_combo.setMinimumContentsLength(20)
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_combo.addItem(self.tr("(from the data)"))
        self.status_combo.addItems(list(STATUS_PHRASES))
        self.status_combo.setToolTip(
            self.tr("The general situation; choose a phrase or write your own")
        )
        self._row(form, self.tr("&Situation:"), self.status_combo)

        self.class_combo = QComboBox(body)
        self.class_combo.setObjectName("sitrepClassification")
        for marking in words.CLASSIFICATIONS:
            self.class_combo.addItem(marking or self.tr("(none)"), marking)
        self._row(form, self.tr("&Classification:"), self.class_combo)

        self.number_edit = self._line(body, "sitrepNumber", self.tr("blank: filled in by hand"))
        self._row(form, self.tr("&Number:"), self.number_edit)

        self.obstacles_edit = self._text(body, "sitrepObstacles")
        self._row(form, self.tr("&Obstacles:"), self.obstacles_edit)
        self.outlook24_edit = self._text(body, "sitrepOutlook24")
        self._row(form, self.tr("Outlook &24 h:"), self.outlook24_edit)
        self.outlook48_edit = self._text(body, "sitrepOutlook48")
        self._row(form, self.tr("Outlook &48 h:"), self.outlook48_edit)
        self.recommendation_edit = self._text(body, "sitrepRecommendation")
        self._row(form, self.tr("&Recommendation:"), self.recommendation_edit)

        self.signer_post_edit = self._line(body, "sitrepSignerPost", self.tr("e.g. KAPOLRES LEBAK"))
        self._row(form, self.tr("Signer's &post:"), self.signer_post_edit)
        self.signer_name_edit = self._line(body, "sitrepSignerName", "")
        self._row(form, self.tr("Signer's na&me:"), self.signer_name_edit)
        self.signer_rank_edit = self._line(body, "sitrepSignerRank", self.tr("e.g. AKBP"))
        self._row(form, self.tr("R&ank:"), self.signer_rank_edit)
        self.signer_nrp_edit = self._line(body, "sitrepSignerNrp", "")
        self._row(form, self.tr("N&RP:"), self.signer_nrp_edit)
        self.place_edit = self._line(
            body, "sitrepPlace", self.tr("blank: a line to fill in by hand")
        )
        self._row(form, self.tr("Pl&ace:"), self.place_edit)
        self.charts_box = QCheckBox(self.tr("C&harts"), body)
        self.charts_box.setObjectName("sitrepCharts")
        self.charts_box.setChecked(True)
        form.addRow("", self.charts_box)

        scroll.setWidget(body)
        return scroll

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        form.addRow(label, field)

    def _line(self, parent: QWidget, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(parent)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, parent: QWidget, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        lines = edit.fontMetrics().lineSpacing()
        edit.setFixedHeight(3 * lines + 12)
        return edit

    def _time_edit(self, parent: QWidget, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(parent)
        edit.setObjectName(name)
        # the report's zone (the post's) written in the field: 27 Nov 2024 06.00 WITA
        edit.setLocale(look.ID_LOCALE)
        edit.setDisplayFormat(f"{look.DATE_TIME_FORMAT} '{self.zone}'")
        edit.setCalendarPopup(True)
        edit.setTimeZone(QTimeZone.utc())
        edit.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        return edit

    def _make_preview(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.preview = QScrollArea(box)
        self.preview.setObjectName("sitrepPreview")
        self.preview.setWidgetResizable(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview.setBackgroundRole(QPalette.ColorRole.Dark)
        self.pages_widget = QWidget(self.preview)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview.setWidget(self.pages_widget)
        self.preview.verticalScrollBar().valueChanged.connect(self._show_page_number)
        self.preview.verticalScrollBar().valueChanged.connect(self._draw_visible)
        page_width = round(210 / 25.4 * PREVIEW_DPI)
        self.preview.setMinimumWidth(
            page_width + 2 * 12 + self.preview.verticalScrollBar().sizeHint().width() + 4
        )
        column.addWidget(self.preview, 1)
        self.page_label = QLabel(box)
        self.page_label.setObjectName("sitrepPage")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.page_label)
        return box

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sitrepStatusText")
        row.addWidget(self.status_label, 1)
        self.refresh_button = self._button(
            "sitrepRefresh", self.tr("&Refresh preview"), "F5", self.refresh
        )
        self.print_button = self._button(
            "sitrepPrint", self.tr("&Print…"), "Ctrl+P", self.print_report
        )
        self.save_button = self._button(
            "sitrepSave", self.tr("Save P&DF…"), "Ctrl+S", self.save_pdf
        )
        self.export_button = self._button(
            "reportExport", self.tr("Save E&xcel/CSV…"), "Ctrl+E", self.save_tables
        )
        self.close_button = self._button("sitrepClose", self.tr("Close"), "", self.close)
        for button in (
            self.refresh_button,
            self.print_button,
            self.save_button,
            self.export_button,
            self.close_button,
        ):
            row.addWidget(button)
        self.refresh_button.setDefault(False)
        self.refresh_button.setAutoDefault(False)
        return row

    def _button(self, name: str, text: str, keys: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if keys:  # a shortcut of the dialog, whatever field has the focus
            QShortcut(QKeySequence(keys), self, activated=lambda: button.isEnabled() and slot())
            button.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        button.clicked.connect(slot)
        return button

    def _watch_fields(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self._show_kind)
        for combo in (
            self.kind_combo,
            self.unit_combo,
            self.class_combo,
            self.stage_combo,
            self.shift_combo,
        ):
            combo.currentIndexChanged.connect(self._changed)
        self.stage_combo.activated.connect(self._stage_chosen)
        self.end_edit.dateTimeChanged.connect(self._default_stage)
        self.phone_box.toggled.connect(self._changed)
        self.status_combo.currentTextChanged.connect(self._changed)
        for edit in (self.start_edit, self.end_edit):
            edit.dateTimeChanged.connect(self._changed)
            edit.dateTimeChanged.connect(self._show_length)
        for line in (
            self.number_edit,
            self.signer_post_edit,
            self.signer_name_edit,
            self.signer_rank_edit,
            self.signer_nrp_edit,
            self.place_edit,
        ):
            line.textChanged.connect(self._changed)
        for text in (
            self.obstacles_edit,
            self.outlook24_edit,
            self.outlook48_edit,
            self.recommendation_edit,
        ):
            text.textChanged.connect(self._changed)
        self.charts_box.toggled.connect(self._changed)

    def _fit_screen(self) -> None:
        fit_to_screen(self, QSize(DEFAULT_SIZE))  # at most the screen less the frame

    def kind_names(self) -> dict[str, str]:
        return {
            SITREP: self.tr("Situation report"),
            "tps-rawan": self.tr("TPS rawan and sangat rawan"),
            "tps": self.tr("Every TPS"),
            "assignments": self.tr("Assignment list"),
            "incidents": self.tr("Incident and activity log"),
            "risks": self.tr("Risk register"),
        }

    def _show_kind(self, *_args) -> None:
        """Show the fields the chosen report uses, and name the window after it."""
        kind = self.kind()
        sitrep = kind == SITREP
        for field in (
            self.status_combo,
            self.number_edit,
            self.obstacles_edit,
            self.outlook24_edit,
            self.outlook48_edit,
            self.recommendation_edit,
            self.signer_post_edit,
            self.signer_name_edit,
            self.signer_rank_edit,
            self.signer_nrp_edit,
            self.place_edit,
            self.charts_box,
        ):
            self.form.setRowVisible(field, sitrep)
        for field in (self.start_edit, self.end_edit, self.length_label):
            self.form.setRowVisible(field, kind in PERIOD_KINDS)
        self.form.setRowVisible(self.stage_combo, kind == "risks")
        self.form.setRowVisible(self.shift_combo, kind in SHIFT_KINDS)
        self.form.setRowVisible(self.phone_box, kind == "assignments")
        self.setWindowTitle(self.kind_combo.currentText())

    def _stage_chosen(self, *_args) -> None:
        self.stage_chosen = True

    def _default_stage(self, *_args) -> None:
        """Choose the stage under way at the end of the period (else the first), until the
        officer chooses one."""
        if self.stage_chosen or not self.stages:
            return
        op = operation(self.db)
        end = _from_qt(self.end_edit.dateTime(), self.zone)
        period = Period(end - dt.timedelta(days=1), end, self.zone)
        clock = clock_at_end(self.stages, op.voting_day if op else None, period)
        index = self.stage_combo.findData(clock.stage.id) if clock.stage else 0
        self.stage_combo.setCurrentIndex(max(index, 0))

    # --- reading the fields -----------------------------------------------------------------

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def choose_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))

    def choose_unit(self, unit_id: str | None) -> None:
        index = self.unit_combo.findData(unit_id) if unit_id else 0
        self.unit_combo.setCurrentIndex(max(index, 0))

    def unit(self) -> str | None:
        return self.unit_combo.currentData()

    def period(self) -> Period:
        """The period the fields give; ReportError when it ends before it starts."""
        return Period(
            _from_qt(self.start_edit.dateTime(), self.zone),
            _from_qt(self.end_edit.dateTime(), self.zone),
            self.zone,
        )

    def status(self) -> str:
        text = self.status_combo.currentText().strip()
        return "" if text == self.status_combo.itemText(0) else text

    def options(self) -> SitrepOptions:
        return SitrepOptions(
            status=self.status(),
            classification=self.class_combo.currentData() or "",
            number=self.number_edit.text().strip(),
            obstacles=self.obstacles_edit.toPlainText().strip(),
            outlook_24=self.outlook24_edit.toPlainText().strip(),
            outlook_48=self.outlook48_edit.toPlainText().strip(),
            recommendation=self.recommendation_edit.toPlainText().strip(),
            place=self.place_edit.text().strip(),
            signer=Signer(
                self.signer_post_edit.text().strip(),
                self.signer_name_edit.text().strip(),
                self.signer_rank_edit.text().strip(),
                self.signer_nrp_edit.text().strip(),
            ),
            charts=self.charts_box.isChecked(),
        )

    # --- the report -------------------------------------------------------------------------

    def _changed(self, *_args) -> None:
        self.dirty = True
        if self.laid is not None:
            self.say(self.tr("Changed: F5 shows the report with the changes."))

    def _show_length(self, *_args) -> None:
        seconds = self.start_edit.dateTime().secsTo(self.end_edit.dateTime())
        if seconds <= 0:
            self.length_label.setText(self.tr("The period ends before it starts."))
        else:
            hours = seconds / 3600
            shown = f"{hours:.0f}" if hours == int(hours) else f"{hours:.1f}"
            self.length_label.setText(
                self.tr("%1 hours, %2").replace("%1", shown).replace("%2", self.zone)
            )

    def say(self, text: str) -> None:
        self.status_label.setText(text)

    def refresh(self) -> bool:
        """Build the report from the fields and show its pages; False (and a message) when
        it cannot be made."""
        from commandpost.reports.render import lay_out
        from commandpost.reports.scope import scope_of
        from commandpost.reports.sitrep import build_sitrep
        from commandpost.reports.sitrep_data import sitrep_data

        self.say(self.tr("Building the report…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        began = time.monotonic()
        kind = self.kind()
        if kind in PERIOD_KINDS and self.start_edit.dateTime() >= self.end_edit.dateTime():
            QApplication.restoreOverrideCursor()
            self.say(self.tr("The report could not be made."))
            self._refuse(
                self.tr("The report could not be made"),
                self.tr("The period ends before it starts: the end must come after the start."),
            )
            return False
        try:
            period = self.period() if kind in PERIOD_KINDS else None
            scope = scope_of(self.db, self.unit())
            unit_id = scope.unit.id if scope.unit else None
            if kind == SITREP:
                data = sitrep_data(self.db, scope, period)
                # What changed since the last report this unit issued, said in section 1.
                options = dataclasses.replace(
                    self.options(), previous=previous_figures(self.db, unit_id, period)
                )
                document = build_sitrep(
                    data, options, made_at=dt.datetime.now(dt.UTC), made_by=cfg.operator_name()
                )
            else:
                document = self._build_list(kind, scope, period)
            laid = lay_out(document)
        except (ReportError, OSError, RuntimeError) as exc:
            QApplication.restoreOverrideCursor()
            self.say(self.tr("The report could not be made."))
            self._refuse(self.tr("The report could not be made"), str(exc))
            return False
        self.document, self.laid, self.dirty = document, laid, False
        self.made_for = (unit_id, period, scope.name)
        self.made_kind = kind
        self._show_pages()
        QApplication.restoreOverrideCursor()
        self.say(
            self.tr("%1, %2 pages, made in %3 s")
            .replace("%1", scope.name)
            .replace("%2", str(laid.pages))
            .replace("%3", f"{time.monotonic() - began:.1f}")
        )
        return True

    def _build_list(self, kind: str, scope, period: Period | None):
        from commandpost.reports.lists import build_list

        stage = self.stage_combo.currentData() if kind == "risks" else None
        if kind == "risks" and stage is None:
            raise ReportError(self.tr("The operation has no stages: the risk register needs one."))
        return build_list(
            self.db,
            kind,
            scope,
            period=period,
            stage=stage,
            shift=self.shift_combo.currentData() if kind in SHIFT_KINDS else None,
            phone=kind == "assignments" and self.phone_box.isChecked(),
            made_at=dt.datetime.now(dt.UTC),
            made_by=cfg.operator_name(),
            classification=self.class_combo.currentData() or "",
        )

    def _show_pages(self) -> None:
        """One frame per page, each drawn only when it comes into view: a 500-page list
        drawn whole would take seconds and over a gigabyte of images."""
        for label in self.page_labels:
            self.pages_layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self.drawn: set[int] = set()
        from commandpost.reports.render import page_size

        size = page_size(self.laid, PREVIEW_DPI)
        for page in range(1, self.laid.pages + 1):
            label = QLabel(self.pages_widget)
            label.setObjectName(f"sitrepPage{page}")
            label.setFixedSize(size + QSize(2, 2))
            label.setFrameShape(QFrame.Shape.Box)
            label.setAutoFillBackground(True)
            label.setStyleSheet("QLabel { background: white; }")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.preview.verticalScrollBar().setValue(0)
        self._draw_visible()
        self._show_page_number()

    def _draw_visible(self, *_args) -> None:
        """Draw the pages in view and those next to them; forget pages far away."""
        from commandpost.reports.render import page_image

        if not self.page_labels or self.laid is None:
            return
        page = self.current_page()
        wanted = set(range(max(1, page - 2), min(len(self.page_labels), page + 2) + 1))
        ratio = self.devicePixelRatioF()
        for number in wanted - self.drawn:
            pixmap = QPixmap.fromImage(page_image(self.laid, number, PREVIEW_DPI * ratio))
            pixmap.setDevicePixelRatio(ratio)
            self.page_labels[number - 1].setPixmap(pixmap)
        for number in self.drawn - set(range(page - 10, page + 11)):
            self.page_labels[number - 1].clear()
        self.drawn = (self.drawn | wanted) & set(range(page - 10, page + 11))

    def current_page(self) -> int:
        """The page at the middle of the preview (1-based); 0 with none. Counted from the
        pages' heights: right after a refresh the labels have no place yet."""
        if not self.page_labels:
            return 0
        middle = self.preview.verticalScrollBar().value() + self.preview.viewport().height() // 2
        bottom = self.pages_layout.contentsMargins().top()
        for page, label in enumerate(self.page_labels, start=1):
            bottom += label.sizeHint().height() + self.pages_layout.spacing()
            if bottom >= middle:
                return page
        return len(self.page_labels)

    def _show_page_number(self, *_args) -> None:
        if not self.page_labels:
            self.page_label.setText("")
            return
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(self.current_page()))
            .replace("%2", str(len(self.page_labels)))
        )

    def _ready(self):
        """The laid-out report as the fields now say; None when it cannot be made."""
        if (self.dirty or self.laid is None) and not self.refresh():
            return None
        return self.laid

    def default_file_name(self) -> str:
        name = self.unit_combo.currentText().strip() if self.unit() else "nasional"
        slug = "-".join(re.findall(r"[a-z0-9]+", name.lower())) or "laporan"
        end = _from_qt(self.end_edit.dateTime(), self.zone)
        return f"{FILE_PREFIX[self.kind()]}-{slug}-{end:%Y-%m-%d-%H%M}.pdf"

    def save_pdf(self) -> None:
        from commandpost.reports.render import write_pdf

        laid = self._ready()
        if laid is None:
            return
        path, _ = file_chooser.get_save_file_name(
            self,
            self.tr("Save the situation report as PDF")
            if self.made_kind == SITREP
            else self.tr("Save the list as PDF"),
            str(Path.home() / self.default_file_name()),
            self.tr("PDF documents (*.pdf)"),
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = write_pdf(laid, path)
        except (OSError, RuntimeError) as exc:
            QApplication.restoreOverrideCursor()
            self._refuse(self.tr("The PDF could not be saved"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        kept = self._keep()
        self.say(
            self.tr("Saved %1 (%2 pages)").replace("%1", path).replace("%2", str(pages)) + kept
        )

    def save_tables(self) -> None:
        """Write the tables of the report shown as an Excel workbook or CSV file, by the
        suffix of the name chosen (an Excel workbook when it has neither)."""
        from commandpost.reports.export import write_csv, write_xlsx

        if self._ready() is None:
            return
        proposed = str(Path.home() / self.default_file_name())[: -len(".pdf")] + ".xlsx"
        path, chosen = file_chooser.get_save_file_name(
            self,
            self.tr("Save the tables as Excel or CSV"),
            proposed,
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if not path:
            return
        suffix = Path(path).suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            suffix = ".csv" if "*.csv" in (chosen or "") else ".xlsx"
            path += suffix
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            (write_csv if suffix == ".csv" else write_xlsx)(self.document, path)
        except OSError as exc:
            QApplication.restoreOverrideCursor()
            self._refuse(self.tr("The file could not be saved"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.say(self.tr("Saved %1").replace("%1", path))

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from commandpost.reports.render import print_to

        laid = self._ready()
        if laid is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(laid.document.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, laid.pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            last = min(printer.toPage() or laid.pages, laid.pages)
            pages = list(range(printer.fromPage(), last + 1))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            printed = print_to(laid, printer, pages)
        except (OSError, RuntimeError) as exc:
            QApplication.restoreOverrideCursor()
            self._refuse(self.tr("The report could not be printed"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        kept = self._keep()
        self.say(self.tr("Sent %1 pages to the printer").replace("%1", str(printed)) + kept)

    def _keep(self) -> str:
        """Keep the report just printed or saved as issued (a change, with the officer on
        duty): it prints again identically, and the next report says what changed since.
        Only a situation report is kept: the lists are not issued (nothing is said)."""
        from commandpost.store.changelog import ChangeError

        if self.made_kind != SITREP:
            return ""
        unit_id, period, name = self.made_for
        try:
            report_id = issue_sitrep(
                self.db,
                self.document,
                unit_id=unit_id,
                unit_name=name,
                period=period,
                number=self.number_edit.text().strip(),
                actor=cfg.operator_name(),
            )
        except (ChangeError, OSError) as exc:
            self._refuse(self.tr("The report could not be kept as issued"), failure_text(exc))
            return ""
        self.issued_id = report_id
        return self.tr("; kept as issued (%1)").replace("%1", report_id[:8])

    def _refuse(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)
