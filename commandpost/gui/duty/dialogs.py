"""The officer on duty's dialogs: who is working (first start, Pengaturan) and the handover
of duty (serah terima tugas).

Both record through store.duty, one change each; what they check (a name, a rank from
resources/templates/ranks_polri.json, an NRP of 8 digits or a NIP of 18) is said beside the
field, in the officer's words, before anything is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.duty import ZONES, Duty, Officer
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.store import duty as store
from commandpost.store.database import Database

ERROR_STYLE = "QLabel { color: #b3261e; }"


def since_text(iso: str | None, zone: str) -> str:
    """A stored UTC time in the post's zone as officers write it: 27 Nov 2024 07.30 WIB."""
    return look.format_time(iso, zone)


class OfficerFields:
    """Rank (an editable list of Polri and PNS Polri ranks), name and NRP in a form; reads
    them as an :class:`Officer` or says what is wrong."""

    def __init__(self, form: QFormLayout, owner: QWidget) -> None:
        self.owner = owner
        self.rank = QComboBox(owner)
        self.rank.setObjectName("rankCombo")
        self.rank.setEditable(True)
        self.rank.addItems(store.rank_choices())
        self.rank.setCurrentIndex(-1)
        self.rank.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.rank.setMaxVisibleItems(15)
        self.rank.lineEdit().setPlaceholderText(
            QCoreApplication.translate("OfficerFields", "e.g. AIPTU")
        )
        self.name = QLineEdit(owner)
        self.name.setObjectName("nameEdit")
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(
            QCoreApplication.translate("OfficerFields", "full name, e.g. Budi Santoso")
        )
        self.nrp = QLineEdit(owner)
        self.nrp.setObjectName("nrpEdit")
        self.nrp.setMaxLength(22)
        self.nrp.setPlaceholderText(
            QCoreApplication.translate("OfficerFields", "8 digits, e.g. 78050123")
        )
        form.addRow(QCoreApplication.translate("OfficerFields", "&Rank:"), self.rank)
        form.addRow(QCoreApplication.translate("OfficerFields", "&Name:"), self.name)
        form.addRow(QCoreApplication.translate("OfficerFields", "N&RP:"), self.nrp)

    def fill(self, rank: str, name: str, nrp: str) -> None:
        self.rank.setCurrentText(rank)
        self.name.setText(name)
        self.nrp.setText(nrp)

    def officer(self) -> tuple[Officer | None, str, QWidget | None]:
        """(the officer, "", None), or (None, what is wrong, the field to fix)."""
        name = " ".join(self.name.text().split())
        if not name:
            return (
                None,
                QCoreApplication.translate("OfficerFields", "Fill in the officer's name."),
                self.name,
            )
        rank = self.rank.currentText().strip()
        if not rank:
            return (
                None,
                QCoreApplication.translate("OfficerFields", "Choose the officer's rank (pangkat)."),
                self.rank,
            )
        try:
            store.rank_book().find(rank)
        except ValueError:
            return (
                None,
                QCoreApplication.translate(
                    "OfficerFields", "%1 is not a Polri rank: choose one from the list."
                ).replace("%1", rank),
                self.rank,
            )
        digits = "".join(self.nrp.text().split())
        if not (digits.isascii() and digits.isdigit() and len(digits) in (8, 18)):
            return (
                None,
                QCoreApplication.translate(
                    "OfficerFields", "The NRP has 8 digits (a PNS Polri officer's NIP has 18)."
                ),
                self.nrp,
            )
        try:
            return store.check_officer(rank, name, digits), "", None
        except ValueError:
            return (
                None,
                QCoreApplication.translate(
                    "OfficerFields", "The NRP has 8 digits (a PNS Polri officer's NIP has 18)."
                ),
                self.nrp,
            )


def _buttons(dialog: QDialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(getattr(dialog, "cancel", dialog.reject))
    return box


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class IdentityDialog(QDialog):
    """Who is on duty at this post: rank, name, NRP, the post's name and its time zone.

    ``first_start``: the window has just opened a database that names nobody; the dialog
    is filled with the identity this computer used last (QSettings) and its Cancel closes
    the program. Otherwise (Pengaturan) it shows the officer on duty to correct. OK records
    one change (store.duty.set_duty) and remembers the identity on this computer."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, first_start=False):
        super().__init__(parent)
        self.setObjectName("identityDialog")
        self.db = db
        self.first_start = first_start
        self.recorded = None
        now: Duty = store.current(db)
        self.setWindowTitle(self.tr("Officer on duty"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "Before you start: who is on duty at this post? Rank, name and NRP are "
                "written with every change made here, so the history says who did what."
            )
            if first_start
            else self.tr(
                "Correct the officer on duty, the post's name or its time zone. When "
                "another officer takes over, use File › Handover of duty instead."
            )
        )
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields = OfficerFields(form, self)
        self.post = QLineEdit(self)
        self.post.setObjectName("postEdit")
        self.post.setMaxLength(200)
        self.post.setPlaceholderText(self.tr("e.g. Posko Pam Pilkada Polres Lebak"))
        form.addRow(self.tr("&Post:"), self.post)
        self.zone = QComboBox(self)
        self.zone.setObjectName("zoneCombo")
        for zone in ZONES:
            self.zone.addItem(zone, zone)
        form.addRow(self.tr("&Time zone:"), self.zone)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(
            _buttons(
                self,
                self.tr("Start duty") if first_start else self.tr("Save"),
                self.tr("Close CommandPost") if first_start else self.tr("Cancel"),
            )
        )
        last = cfg.last_officer()
        if now.officer is not None:
            self.fields.fill(now.officer.rank, now.officer.name, now.officer.nrp)
        else:
            self.fields.fill(last["rank"], last["name"], last["nrp"])
        self.post.setText(now.post)
        self.zone.setCurrentIndex(max(self.zone.findData(now.zone), 0))
        self.zone.setToolTip(
            self.tr("WIB, WITA or WIT; the operation's province gives the default")
        )
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())
        first_empty = next(
            (
                w
                for w in (self.fields.rank, self.fields.name, self.fields.nrp)
                if not (w.currentText() if isinstance(w, QComboBox) else w.text()).strip()
            ),
            self.fields.name,
        )
        first_empty.setFocus()

    def cancel(self) -> None:
        """The Cancel button: on the first start it closes the program (see feature)."""
        super().reject()

    def keyPressEvent(self, event) -> None:
        # On the first start Esc must not end the program by accident: only the button
        # that says so (or the title bar's close) does.
        if self.first_start and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def show_error(self, text: str, field: QWidget | None) -> None:
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def accept(self) -> None:
        officer, problem, field = self.fields.officer()
        if officer is None:
            self.show_error(problem, field)
            return
        post = " ".join(self.post.text().split())
        if not post:
            self.show_error(self.tr("Fill in the post's name."), self.post)
            return
        zone = self.zone.currentData()
        now = store.current(self.db)
        try:
            if now.officer != officer or now.post != post or now.zone != zone:
                self.recorded = store.set_duty(
                    self.db,
                    officer,
                    post=post,
                    zone=zone if (now.zone_set or zone != now.zone) else None,
                )
        except ValueError as exc:
            self.show_error(str(exc), None)
            return
        cfg.set_last_officer(
            rank=officer.rank, name=officer.name, nrp=officer.nrp, post=post, zone=zone
        )
        super().accept()


class HandoverDialog(QDialog):
    """Serah terima tugas: the officer on duty hands over to the incoming officer (rank,
    name, NRP) with an optional note; one change naming both (store.duty.handover). Below,
    the post's officers and handovers so far, newest first."""

    discard_guard = True  # Esc asks before what was typed is dropped (gui.dialog_keys)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.db = db
        self.recorded = None
        now = store.current(db)
        self.zone_name = now.zone
        self.setWindowTitle(self.tr("Handover of duty"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outgoing = QLabel(self)
        outgoing.setObjectName("outgoingLabel")
        outgoing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outgoing = now.officer
        if now.officer is None:
            outgoing.setText(self.tr("nobody recorded"))
        else:
            outgoing.setText(
                self.tr("%1\non duty since %2")
                .replace("%1", now.officer.label)
                .replace("%2", since_text(now.since, now.zone))
            )
        form.addRow(self.tr("Handing over:"), outgoing)
        heading = QLabel(self.tr("<b>Incoming officer</b>"), self)
        form.addRow(heading)
        self.fields = OfficerFields(form, self)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("situation at handover, open matters, equipment (optional)")
        )
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        form.addRow(self.tr("N&ote:"), self.note)
        layout.addLayout(form)
        self.error = _error_label(self)
        layout.addWidget(self.error)
        self.log = QTableWidget(0, 2, self)
        self.log.setObjectName("dutyLog")
        self.log.setHorizontalHeaderLabels([self.tr("When"), self.tr("What")])
        self.log.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.log.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.log.setWordWrap(False)
        self.log.horizontalHeader().setStretchLastSection(True)
        self.log.setMinimumHeight(90)
        history = QLabel(self.tr("Officers on duty at this post"), self)
        layout.addWidget(history)
        layout.addWidget(self.log, 1)
        layout.addWidget(_buttons(self, self.tr("Hand over"), self.tr("Cancel")))
        self._fill_log()
        self.resize(max(self.sizeHint().width(), 640), min(self.sizeHint().height() + 80, 560))
        self.fields.rank.setFocus()

    def _fill_log(self) -> None:
        entries = store.duty_log(self.db, limit=100)
        kinds = {
            "handover": self.tr("Handover"),
            "set": self.tr("Officer recorded"),
            "post": self.tr("Post changed"),
            "undo": self.tr("Undone"),
        }
        self.log.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            if entry.kind == "handover":
                what = f"{entry.outgoing} → {entry.officer}"
                if entry.note:
                    what += f" ({entry.note})"
            elif entry.kind == "set":
                what = entry.officer
                if entry.post:
                    what += f", {entry.post}"
            elif entry.kind == "post":
                what = ", ".join(x for x in (entry.post, entry.zone) if x)
            else:
                what = ""
            kind = kinds[entry.kind]
            text = f"{kind}: {what}" if what else kind
            by = self.tr("recorded by %1").replace("%1", entry.actor)
            for column, cell in enumerate((since_text(entry.at, self.zone_name), text)):
                item = QTableWidgetItem(cell)
                item.setToolTip(f"{text}\n{by}")
                self.log.setItem(row, column, item)
        self.log.resizeColumnToContents(0)

    def accept(self) -> None:
        incoming, problem, field = self.fields.officer()
        if incoming is None:
            self.error.setText(problem)
            self.error.show()
            if field is not None:
                field.setFocus()
            return
        if self.outgoing is not None and incoming.nrp == self.outgoing.nrp:
            self.error.setText(self.tr("%1 is already on duty.").replace("%1", incoming.short))
            self.error.show()
            self.fields.nrp.setFocus()
            return
        note = self.note.toPlainText()
        try:
            if self.outgoing is None:
                self.recorded = store.set_duty(self.db, incoming)
            else:
                self.recorded = store.handover(self.db, incoming, note=note)
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        now = store.current(self.db)
        cfg.set_last_officer(
            rank=incoming.rank, name=incoming.name, nrp=incoming.nrp, post=now.post, zone=now.zone
        )
        super().accept()
