"""The new-operation wizard (Berkas › Operasi baru…, Ctrl+N): a new database file for a real
operation without a terminal.

Pages: kind and name, voting day and stages, province (or the whole country), the post's
name, the police units, and where to save the file. Finishing builds the file in a worker
thread with a progress bar (store.setup.create_operation_database, the function
`commandpost init` uses: it builds a side file and moves it into place only when complete, so
cancelling or a failure leaves no half-made file). Nothing is written before Finish.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from commandpost.core.duty import Officer
from commandpost.core.text import normalise
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.import_texts import fill, number
from commandpost.gui.duty.dialogs import OfficerFields
from commandpost.gui.operation.file_page import FilePage
from commandpost.gui.operation.plan import OperationPlan
from commandpost.store import setup, stages

WHOLE_COUNTRY = "*"


# --- pages -------------------------------------------------------------------------------------


class KindPage(QWizardPage):
    """(a) The operation's kind and name."""

    def __init__(self, wizard: OperationWizard) -> None:
        super().__init__(wizard)
        self.plan = wizard.plan
        self.setTitle(self.tr("Kind and name of the operation"))
        self.setSubTitle(
            self.tr(
                "A new database file holds one operation. Nothing is written until you "
                "press Create."
            )
        )
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        texts = {
            "pilkada": self.tr("&Pilkada: regional head elections"),
            "pemilu": self.tr("P&emilu: general elections (president, DPR, DPD, DPRD)"),
            "psu": self.tr("P&SU: repeat voting"),
            "exercise": self.tr("&Exercise: training, not a real operation"),
        }
        self.buttons: dict[str, QRadioButton] = {}
        for kind in setup.KINDS:
            button = QRadioButton(texts[kind], self)
            button.setObjectName(f"kind_{kind}")
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
            button.toggled.connect(lambda on, k=kind: on and self._kind_chosen(k))
        layout.addSpacing(12)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("operationName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Operasi Mantap Praja Maung 2024"))
        self.name_edit.textEdited.connect(self._name_edited)
        self.name_edit.textChanged.connect(self.completeChanged)
        label = QLabel(self.tr("&Name of the operation:"), self)
        label.setBuddy(self.name_edit)
        form.addRow(label, self.name_edit)
        layout.addLayout(form)
        layout.addStretch(1)
        self._name_touched = False
        self.buttons["pilkada"].setChecked(True)

    def default_name(self, kind: str) -> str:
        return {
            "pilkada": self.tr("Pilkada 2024 security operation"),
            "pemilu": self.tr("Pemilu 2024 security operation"),
            "psu": self.tr("PSU security operation"),
            "exercise": self.tr("Command post exercise"),
        }[kind]

    def _kind_chosen(self, kind: str) -> None:
        self.plan.kind = kind
        if not self._name_touched:
            self.name_edit.setText(self.default_name(kind))

    def _name_edited(self, _text: str) -> None:
        self._name_touched = True

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def validatePage(self) -> bool:
        self.plan.name = " ".join(self.name_edit.text().split())
        return True


class DayPage(QWizardPage):
    """(b) Voting day and the stages (tahapan) the operation starts with."""

    def __init__(self, wizard: OperationWizard) -> None:
        super().__init__(wizard)
        self.plan = wizard.plan
        self.setTitle(self.tr("Voting day and stages"))
        self.setSubTitle(
            self.tr(
                "The stage schedule (tahapan) comes from a template; change it later in the "
                "Stages panel."
            )
        )
        form = QFormLayout(self)
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("stageTemplate")
        for key in stages.TEMPLATES:
            tmpl = stages.template(key)
            self.template_combo.addItem(f"{tmpl.name} ({tmpl.basis})", key)
        self.template_combo.addItem(self.tr("No stages (add them later)"), None)
        self.template_combo.activated.connect(self._template_chosen)
        label = QLabel(self.tr("&Stages:"), self)
        label.setBuddy(self.template_combo)
        form.addRow(label, self.template_combo)
        self.day_edit = QDateEdit(self)
        self.day_edit.setObjectName("votingDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setLocale(look.ID_LOCALE)
        self.day_edit.setDisplayFormat("d MMM yyyy")
        self.day_edit.dateChanged.connect(self._show_note)
        label = QLabel(self.tr("&Voting day:"), self)
        label.setBuddy(self.day_edit)
        form.addRow(label, self.day_edit)
        self.note = QLabel(self)
        self.note.setObjectName("dayNote")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self._kind: str | None = None

    def initializePage(self) -> None:
        if self._kind == self.plan.kind:
            return  # back and forth: keep what the officer chose
        self._kind = self.plan.kind
        key = stages.TEMPLATE_FOR_KIND.get(self.plan.kind)
        self.template_combo.setCurrentIndex(self.template_combo.findData(key))
        self._template_chosen()

    def _template_chosen(self, *_args) -> None:
        key = self.template_combo.currentData()
        day = stages.template(key).voting_day if key else date.today()
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self._show_note()

    def _show_note(self, *_args) -> None:
        key = self.template_combo.currentData()
        chosen = self.day_edit.date().toPython()
        if key and chosen != stages.template(key).voting_day:
            self.note.setText(
                fill(
                    self.tr(
                        "The template's stages keep their own dates (voting day %1); move them "
                        "in the Stages panel after the file is made."
                    ),
                    look.day_text(stages.template(key).voting_day),
                )
            )
        else:
            self.note.setText("")

    def validatePage(self) -> bool:
        self.plan.voting_day = self.day_edit.date().toPython()
        self.plan.stage_template = self.template_combo.currentData()
        return True


class AreaPage(QWizardPage):
    """(c) One province, or the whole country."""

    def __init__(self, wizard: OperationWizard) -> None:
        super().__init__(wizard)
        self.plan = wizard.plan
        self.setTitle(self.tr("Area of the operation"))
        self.setSubTitle(
            self.tr(
                "The file gets the province's kabupaten/kota, kecamatan and desa/kelurahan "
                "(Kemendagri codes); the TPS come from the TPS list afterwards."
            )
        )
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("areaSearch")
        self.search.setPlaceholderText(self.tr("Type to find a province, e.g. banten"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Province:"), self)
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("areaList")
        listed = setup.provinces()
        whole = QListWidgetItem(
            fill(self.tr("The whole country (%1 provinces)"), number(len(listed))), self.list
        )
        whole.setData(Qt.ItemDataRole.UserRole, WHOLE_COUNTRY)
        for code, name in listed:
            item = QListWidgetItem(f"{name} ({code})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, code)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self.completeChanged)
        self.search.returnPressed.connect(self._enter)

    def initializePage(self) -> None:
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        wanted = normalise(text)
        visible = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = not wanted or wanted in normalise(item.text())
            item.setHidden(not shown)
            if shown:
                visible.append(item)
        current = self.list.currentItem()
        if len(visible) == 1:
            self.list.setCurrentItem(visible[0])
        elif current is not None and current.isHidden():
            self.list.setCurrentItem(None)
        self.completeChanged.emit()

    def _enter(self) -> None:
        if self.isComplete():
            self.wizard().next()

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def choose(self, code: str | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == (code or WHOLE_COUNTRY):
                self.list.setCurrentItem(item)

    def isComplete(self) -> bool:
        return self.chosen() is not None

    def validatePage(self) -> bool:
        code = self.chosen()
        self.plan.province = None if code == WHOLE_COUNTRY else code
        return code is not None


class PostPage(QWizardPage):
    """(d) The post's name (the database's station name) and the officer on duty, whom the
    new file records (store.duty.set_duty) and whose name its set-up changes carry."""

    def __init__(self, wizard: OperationWizard) -> None:
        super().__init__(wizard)
        self.plan = wizard.plan
        self.setTitle(self.tr("The command post"))
        self.setSubTitle(
            self.tr(
                "The name of this post appears in the window's title and marks every change "
                "recorded here."
            )
        )
        self.form = QFormLayout(self)
        self.post_edit = QLineEdit(self)
        self.post_edit.setObjectName("postName")
        self.post_edit.setPlaceholderText(self.tr("e.g. Posko Pam Pilkada Polres Lebak"))
        self.post_edit.textChanged.connect(self.completeChanged)
        label = QLabel(self.tr("Name of the &post:"), self)
        label.setBuddy(self.post_edit)
        self.form.addRow(label, self.post_edit)
        heading = QLabel(self.tr("<b>Officer on duty</b> (written with every change made here)"))
        heading.setObjectName("officerHeading")
        self.form.addRow(heading)
        self.officer_fields = OfficerFields(self.form, self)
        self.error = QLabel(self)
        self.error.setObjectName("officerError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.form.addRow(self.error)
        officer = wizard.officer
        if officer is not None:
            self.officer_fields.fill(officer.rank, officer.name, officer.nrp)
        else:
            last = cfg.last_officer()
            self.officer_fields.fill(last["rank"], last["name"], last["nrp"])

    def initializePage(self) -> None:
        self.post_edit.setFocus()

    def isComplete(self) -> bool:
        return bool(self.post_edit.text().strip())

    def validatePage(self) -> bool:
        self.plan.post = " ".join(self.post_edit.text().split())
        officer, why, where = self.officer_fields.officer()
        self.error.setText(why)
        if officer is None:
            if where is not None:
                where.setFocus()
            return False
        self.plan.officer = officer
        return True


class UnitsPage(QWizardPage):
    """(e) Which Polres (with their Polsek) the operation starts with."""

    def __init__(self, wizard: OperationWizard) -> None:
        super().__init__(wizard)
        self.plan = wizard.plan
        self.setTitle(self.tr("Police units"))
        self.setSubTitle(
            self.tr(
                "Tick the Polres this post works with; each brings its Polsek and jurisdiction "
                "(wilayah hukum), and the Polda above it."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("unitSearch")
        self.search.setPlaceholderText(self.tr("Find a Polres"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        row.addWidget(self.search, 1)
        self.all_button = QPushButton(self.tr("Tick &all"), self)
        self.all_button.setObjectName("allUnits")
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self.tr("Tick &none"), self)
        self.none_button.setObjectName("noUnits")
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setObjectName("unitList")
        self.list.itemChanged.connect(self._show_count)
        layout.addWidget(self.list, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("unitsCount")
        layout.addWidget(self.count_label)
        self.note = QLabel(self)
        self.note.setObjectName("unitsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.note)
        self._area: object = None
        self._units: list[dict] = []

    def initializePage(self) -> None:
        if self._area == self.plan.province and self.list.count():
            return
        self._area = self.plan.province
        self._units = setup.unit_plan(self.plan.province)
        choices = setup.polres_choices(self._units)
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            text = fill(
                self.tr("%1: %2 Polsek, %3"), choice.name, number(choice.polsek), choice.polda
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, choice.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self.search.clear()
        generated = any(c.generated for c in choices)
        if generated:
            self.note.setText(
                self.tr(
                    "Where no unit list ships, the units are named from the region list: one "
                    "Polres per kabupaten/kota and one Polsek per kecamatan. Check and correct "
                    "their names and jurisdiction in Edit › Units and jurisdiction (Ctrl+Shift+U)."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Names and jurisdiction from the shipped unit list (partly unverified); "
                    "correct them in Edit › Units and jurisdiction (Ctrl+Shift+U)."
                )
            )
        self._show_count()

    def _filter(self, text: str) -> None:
        wanted = normalise(text)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in normalise(item.text()))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                item.setCheckState(state)
        self.list.blockSignals(False)
        self._show_count()

    def chosen_keys(self) -> list[str]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def chosen_units(self) -> list[dict]:
        return setup.choose_units(self._units, self.chosen_keys())

    def _show_count(self, *_args) -> None:
        units = self.chosen_units()
        if not units:
            self.count_label.setText(
                self.tr("No units: add them later in Edit › Units and jurisdiction.")
            )
            return
        kinds = [u["kind"] for u in units]
        self.count_label.setText(
            fill(
                self.tr("Chosen: %1 Polres, %2 Polsek, %3 Polda"),
                number(sum(k in setup.POLRES_KINDS for k in kinds)),
                number(kinds.count("polsek")),
                number(kinds.count("polda")),
            )
        )

    def validatePage(self) -> bool:
        self.plan.units = self.chosen_units()
        return True


class OperationWizard(QWizard):
    """Collects an :class:`OperationPlan` and, on Finish, makes the file (``created_path``)."""

    KIND, DAY, AREA, POST, UNITS, FILE = range(6)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_path: Path | None = None,
        officer: Officer | None = None,
    ) -> None:
        """``open_path``: the database open in the window (never replaced); ``officer``: who
        is on duty there, offered as the new file's officer on duty."""
        super().__init__(parent)
        self.setObjectName("operationWizard")
        self.plan = OperationPlan()
        self.open_path = open_path
        self.officer = officer
        self.created_path: Path | None = None
        self.replaced_path: Path | None = None
        self.setWindowTitle(self.tr("New operation"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.kind_page = KindPage(self)
        self.day_page = DayPage(self)
        self.area_page = AreaPage(self)
        self.post_page = PostPage(self)
        self.units_page = UnitsPage(self)
        self.file_page = FilePage(self)
        for page_id, page in enumerate(
            (
                self.kind_page,
                self.day_page,
                self.area_page,
                self.post_page,
                self.units_page,
                self.file_page,
            )
        ):
            self.setPage(page_id, page)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(760, 540)
