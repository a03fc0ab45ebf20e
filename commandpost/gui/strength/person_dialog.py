"""Personel: find a person, correct their details, move them, assign them to a post.

Left the people found as the officer types (a name or the start of an NRP) within a unit;
right the selected person's details (the phone only here), their post in the plan and
their moves. Every save is recorded for the window's undo (``record``); a refusal is said
in the dialog, the two that can be answered become questions (replace the post they hold;
place them BKO to the unit that answers there), and unsaved details are never dropped
without asking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.gui.errors import failure_text
from commandpost.gui.strength.person_parts import (
    ERROR_STYLE,
    HINT_STYLE,
    MoveBox,
    NewPersonForm,
    PeopleModel,
    PostBox,
    button,
    label,
    post_texts,
    rank_combo,
    spread_columns,
)
from commandpost.store import personnel, units
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database, StoreError
from commandpost.store.personnel import DUTIES, UNAVAILABLE, PersonInfo
from commandpost.store.threats import Edit

LIMIT = 200
UNSAVED_STYLE = "color: #b35c00; font-weight: bold;"
Record = Callable[[list[Edit], str], None]
Work = Callable[[str], list[Edit]]
# The two refusals of personnel.assign that a question can answer.
SAVE = QMessageBox.StandardButton.Save
DISCARD = QMessageBox.StandardButton.Discard


class PersonnelDialog(QDialog):
    """The roster by hand. ``post``: a region or TPS code offered as the post to assign to;
    ``unit``: a unit id the list starts filtered by."""

    def __init__(
        self,
        db: Database,
        record: Record,
        parent: QWidget | None = None,
        *,
        post: str | None = None,
        unit: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personnelDialog")
        self.setWindowTitle(self.tr("Personnel"))
        self._db = db
        self._record = record
        self._everyone = units.units(db)
        self._shown: PersonInfo | None = None  # with the phone
        self._filling = False  # the list or the form is being filled
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.search_now)
        self._build()
        if unit is not None:
            self.unitFilter.setCurrentIndex(max(0, self.unitFilter.findData(unit)))
        if post:
            self.postBox.set_post(post)
        self.unitFilter.currentIndexChanged.connect(lambda _i: self.search_now())
        self.search_now()
        self.searchEdit.setFocus()

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        top = QGridLayout()
        self.searchEdit = QLineEdit(left)
        self.searchEdit.setObjectName("personSearch")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setPlaceholderText(self.tr("part of a name, or the start of an NRP"))
        self.searchEdit.setToolTip(self.tr("↑/↓ move in the list; Enter goes to the details"))
        self.unitFilter = QComboBox(left)
        self.unitFilter.setObjectName("personUnitFilter")
        self.unitFilter.setMaxVisibleItems(24)
        self.unitFilter.addItem(self.tr("All units"), None)
        for unit in self._everyone:
            self.unitFilter.addItem(unit.name, unit.id)
        for row, (text, widget) in enumerate(
            ((self.tr("&Find:"), self.searchEdit), (self.tr("&Unit:"), self.unitFilter))
        ):
            caption = QLabel(text, left)
            caption.setBuddy(widget)
            top.addWidget(caption, row, 0)
            top.addWidget(widget, row, 1)
        column.addLayout(top)
        self.peopleModel = PeopleModel(self)
        self.peopleView = QTableView(left)
        self.peopleView.setObjectName("peopleView")
        self.peopleView.setModel(self.peopleModel)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.peopleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setWordWrap(False)
        self.peopleView.setTabKeyNavigation(False)
        rows = self.peopleView.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.peopleView.horizontalHeader().setHighlightSections(False)
        self.peopleView.viewport().installEventFilter(self)  # widths follow its width
        column.addWidget(self.peopleView, 1)
        bottom = QHBoxLayout()
        self.countLabel = label(left, "personCount", HINT_STYLE)
        bottom.addWidget(self.countLabel, 1)
        self.newButton = self._keys(button(self.tr("&New person…"), left), "Ins", self.new_person)
        bottom.addWidget(self.newButton)
        column.addLayout(bottom)

        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        self.titleLabel = label(right, "personTitle")
        font = QFont(self.titleLabel.font())
        font.setBold(True)
        self.titleLabel.setFont(font)
        column.addWidget(self.titleLabel)
        self.unitLabel = label(right, "personUnit", HINT_STYLE)
        column.addWidget(self.unitLabel)
        self.detailsBox = QGroupBox(self.tr("Details"), right)
        form = QFormLayout(self.detailsBox)
        self.nameEdit = QLineEdit(self.detailsBox)
        self.nameEdit.setObjectName("personName")
        self.nameEdit.setMaxLength(120)
        self.rankCombo = rank_combo(self.detailsBox, "personRank")
        self.positionEdit = QLineEdit(self.detailsBox)
        self.positionEdit.setObjectName("personPosition")
        self.positionEdit.setMaxLength(120)
        self.phoneEdit = QLineEdit(self.detailsBox)
        self.phoneEdit.setObjectName("personPhone")
        self.phoneEdit.setMaxLength(30)
        self.dutyCombo = QComboBox(self.detailsBox)
        self.dutyCombo.setObjectName("personDuty")
        for duty in DUTIES:
            self.dutyCombo.addItem(self.peopleModel.duty_label(duty), duty)
        self.dutyCombo.setToolTip(self.tr("On leave or sick ends their posts."))
        for text, widget in (
            (self.tr("N&ame:"), self.nameEdit),
            (self.tr("&Rank:"), self.rankCombo),
            (self.tr("&Position:"), self.positionEdit),
            (self.tr("P&hone:"), self.phoneEdit),
            (self.tr("&Duty:"), self.dutyCombo),
        ):
            form.addRow(text, widget)
        row = QHBoxLayout()
        self.saveButton = self._keys(button(self.tr("&Save"), self.detailsBox), "Ctrl+S", self.save)
        row.addWidget(self.saveButton)
        self.unsavedLabel = label(self, "personUnsaved", UNSAVED_STYLE, self.tr("Not saved yet"))
        row.addWidget(self.unsavedLabel)
        row.addStretch(1)
        form.addRow(row)
        column.addWidget(self.detailsBox)

        self.postBox = PostBox(self._db, right)
        self.postEdit, self.shiftCombo = self.postBox.postEdit, self.postBox.shiftCombo
        self.postCompleter = self.postBox.postCompleter
        self.postCompleter.completer.popup().installEventFilter(self)
        self.endButton = self._keys(self.postBox.endButton, "", self.end_assignment)
        self.assignButton = self._keys(self.postBox.assignButton, "Ctrl+Return", self.assign)
        QShortcut(QKeySequence("Ctrl+Enter"), self, activated=self.assign)
        column.addWidget(self.postBox)
        self.moveBox = MoveBox(self._everyone, right)
        self.moveButton = self._keys(self.moveBox.moveButton, "", self.move)
        column.addWidget(self.moveBox, 1)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([62 * em, 38 * em])

        bottom = QHBoxLayout()
        self.statusLabel = label(self, "personStatus")
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.statusLabel, 1)
        self.closeButton = self._keys(button(self.tr("&Close"), self), "", self.reject)
        bottom.addWidget(self.closeButton)
        layout.addLayout(bottom)

        self.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.searchEdit.returnPressed.connect(self._search_entered)
        self.searchEdit.installEventFilter(self)
        self.peopleView.selectionModel().currentRowChanged.connect(self._current_changed)
        self.peopleView.activated.connect(lambda _i: self.nameEdit.setFocus())
        for edit in (self.nameEdit, self.positionEdit, self.phoneEdit):
            edit.textChanged.connect(self._update_state)
            edit.returnPressed.connect(self.save)
        self.rankCombo.currentTextChanged.connect(self._update_state)
        self.dutyCombo.currentIndexChanged.connect(self._update_state)
        self.shiftCombo.currentIndexChanged.connect(self._update_state)

    def _keys(self, found: QPushButton, keys: str, slot: Callable[[], object]) -> QPushButton:
        """``found`` runs ``slot``, and so do its keys (a shortcut of the dialog)."""
        found.clicked.connect(lambda: slot())
        if keys:
            QShortcut(QKeySequence(keys), self, activated=lambda: found.isEnabled() and slot())
            found.setToolTip(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))
        return found

    def showEvent(self, event: QShowEvent) -> None:
        """Each time it opens: the shifts listed again (added or renamed meanwhile)."""
        if not event.spontaneous():
            self.postBox.fill_shifts()
            self._update_state()
        super().showEvent(event)

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(1040, 640)).boundedTo(QSize(1340, 700))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.peopleView.viewport():
            spread_columns(self.peopleView, event.size().width())
        if event.type() == QEvent.Type.KeyPress:
            key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if watched is self.searchEdit and key in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
                Qt.Key.Key_PageUp,
                Qt.Key.Key_PageDown,
            ):
                if self._timer.isActive():
                    self.search_now()
                self.peopleView.keyPressEvent(event)
                return True
            if (
                watched is self.postCompleter.completer.popup()
                and ctrl
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            ):  # Ctrl+Enter in the list of places
                self.assign()
                return True
        return super().eventFilter(watched, event)

    # --- the list -------------------------------------------------------------------------

    def search_now(self, *, keep: bool = False) -> None:
        """Find the people for the text typed and the unit chosen. ``keep``: the person
        shown stays shown even when no longer in the list (after a save)."""
        self._timer.stop()
        typed = self.searchEdit.text().strip()
        try:
            found = personnel.people(
                self._db, unit=self.unitFilter.currentData(), search=typed or None, limit=LIMIT + 1
            )
        except ChangeError as exc:  # the unit went away meanwhile
            self._say(refusal_text(exc), refused=True)
            found = []
        more, found = len(found) > LIMIT, found[:LIMIT]
        shown = self._shown.nrp if self._shown else None
        self._filling = True
        try:
            self.peopleModel.set_people(found, post_texts(self._db, found))
            row = self.peopleModel.row_of(shown)
            if row < 0 and found and not keep and not self._dirty():
                row = 0
            if row >= 0:
                # The row's first column: scrolling to a later one hid NRP, rank and name.
                index = self.peopleModel.index(row, 0)
                self.peopleView.setCurrentIndex(index)
                self.peopleView.scrollTo(index)
                self.peopleView.horizontalScrollBar().setValue(0)
        finally:
            self._filling = False
        if more:
            text = self.tr("The first %1 are shown: type more of a name or NRP.")
        elif found:
            text = self.tr("%1 found")
        else:
            text = self.tr("Nobody found")
        self.countLabel.setText(text.replace("%1", str(len(found))))
        wanted = self.peopleModel.person_at(row).nrp if row >= 0 else None
        if wanted is not None and wanted != shown:
            self._show(wanted)
        elif wanted is None and not keep and not self._dirty():
            self._show(None)

    def _search_entered(self) -> None:
        if self._timer.isActive():
            self.search_now()
        if self._shown is not None:
            self.nameEdit.setFocus()
            self.nameEdit.selectAll()

    def _select(self, nrp: str | None) -> None:
        row = self.peopleModel.row_of(nrp)
        self._filling = True
        try:
            if row >= 0:
                self.peopleView.setCurrentIndex(self.peopleModel.index(row, 0))
                self.peopleView.horizontalScrollBar().setValue(0)
            else:
                self.peopleView.selectionModel().clear()
        finally:
            self._filling = False

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        if self._filling:
            return
        person = self.peopleModel.person_at(current.row())
        wanted = person.nrp if person else None
        shown = self._shown.nrp if self._shown else None
        if wanted == shown:
            return
        if not self._dirty():
            self._show(wanted)
        else:  # stay, and ask once the click or key that moved is done with
            self._select(shown)
            QTimer.singleShot(0, lambda: self._switch(wanted))

    def _switch(self, wanted: str | None) -> None:
        if self._settle():
            self._select(wanted)
            self._show(wanted)

    # --- the person -----------------------------------------------------------------------

    def current_person(self) -> PersonInfo | None:
        """The person shown on the right (with their phone)."""
        return self._shown

    def _show(self, nrp: str | None, *, keep_form: bool = False) -> None:
        """Read the person again and show them; ``keep_form``: leave typed details."""
        try:
            self._shown = personnel.person(self._db, nrp) if nrp else None
        except ChangeError:
            self._shown = None
        p = self._shown
        self.titleLabel.setText(f"{p.rank_short} {p.name} · NRP {p.nrp}" if p else "")
        if p is None:
            self.unitLabel.setText(self.tr("Choose a person from the list."))
        elif p.bko_unit_name:
            text = self.tr("%1, BKO to %2").replace("%1", p.unit_name)
            self.unitLabel.setText(text.replace("%2", p.bko_unit_name))
        else:
            self.unitLabel.setText(p.unit_name)
        if not keep_form:
            self._fill_form(p)
        self.postBox.show_person(p)
        self.moveBox.show_moves(personnel.moves(self._db, p.nrp) if p else [])
        for box in (self.detailsBox, self.postBox, self.moveBox):
            box.setEnabled(p is not None)
        self._update_state()

    def _fill_form(self, p: PersonInfo | None) -> None:
        self._filling = True
        try:
            self.nameEdit.setText(p.name if p else "")
            self.rankCombo.setCurrentIndex(self.rankCombo.findData(p.rank) if p else -1)
            self.rankCombo.setEditText(p.rank_short if p else "")
            self.positionEdit.setText(p.position if p else "")
            self.phoneEdit.setText(p.phone if p else "")
            self.dutyCombo.setCurrentIndex(max(0, self.dutyCombo.findData(p.duty if p else "")))
        finally:
            self._filling = False

    def _changes(self) -> dict:
        """The details typed that differ from the file, for personnel.set_person."""
        p = self._shown
        if p is None:
            return {}
        rank = self.rankCombo.currentText().strip()
        typed = {
            "name": " ".join(self.nameEdit.text().split()),
            "rank": rank if rank.lower() not in (p.rank_short.lower(), p.rank) else p.rank,
            "position": self.positionEdit.text().strip(),
            "phone": self.phoneEdit.text().strip(),
            "duty": self.dutyCombo.currentData(),
        }
        held = {
            "name": " ".join(p.name.split()),
            "rank": p.rank,
            "position": p.position.strip(),
            "phone": p.phone.strip(),
            "duty": p.duty,
        }
        return {k: v for k, v in typed.items() if v != held[k]}

    def _dirty(self) -> bool:
        return bool(self._changes())

    def _update_state(self, *_args) -> None:
        if self._filling:
            return
        p = self._shown
        dirty = self._dirty()
        self.saveButton.setEnabled(dirty)
        self.unsavedLabel.setVisible(dirty)
        ending = p is not None and (bool(p.post_id) or bool(self.postBox.shift()))
        self.endButton.setEnabled(ending)
        self.assignButton.setEnabled(p is not None)

    # --- asking ---------------------------------------------------------------------------

    def _ask(self, name: str, title: str, text: str, buttons, default) -> int:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self)
        box.setObjectName(name)
        box.setDefaultButton(default)
        return box.exec()

    def ask_unsaved(self, name: str) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved details (tests may replace this)."""
        button = QMessageBox.StandardButton
        text = self.tr("The details of %1 are not saved yet. Save them?").replace("%1", name)
        return button(
            self._ask(
                "unsavedPersonBox",
                self.tr("Details not saved"),
                text,
                button.Save | button.Discard | button.Cancel,
                button.Save,
            )
        )

    def ask_replace(self, name: str, other: str, post: str) -> bool:
        """Yes: end their post ``other`` in this shift and assign them to ``post`` (tests may
        replace this)."""
        text = self.tr("%1 is already on %2 in this shift. End that and assign them to %3?")
        text = text.replace("%1", name).replace("%2", other).replace("%3", post)
        button = QMessageBox.StandardButton
        answer = self._ask(
            "replaceBox", self.tr("Replace post"), text, button.Yes | button.No, button.No
        )
        return answer == button.Yes

    def ask_bko(self, name: str, unit: str, post: str) -> bool:
        """Yes: place them BKO to ``unit``, the unit that answers at ``post`` (tests may
        replace this)."""
        text = self.tr(
            "%1 is outside the unit's jurisdiction: %2 answers for %3. Place %1 BKO to %2 "
            "and assign them there?"
        )
        text = text.replace("%1", name).replace("%2", unit).replace("%3", post)
        button = QMessageBox.StandardButton
        answer = self._ask("bkoBox", self.tr("Place BKO"), text, button.Yes | button.No, button.No)
        return answer == button.Yes

    def _settle(self) -> bool:
        """Before unsaved details would go: ask, and save them if so answered. False: stay."""
        if not self._dirty():
            return True
        answer = self.ask_unsaved(self._shown.name if self._shown else "")
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self._fill_form(self._shown)
            self._update_state()
            return True
        return False

    # --- saving ---------------------------------------------------------------------------

    def _say(self, text: str, *, refused: bool = False) -> None:
        self.statusLabel.setStyleSheet(ERROR_STYLE if refused else "")
        self.statusLabel.setText(text)

    def _refused(self, exc: ChangeError) -> None:
        self._say(self.tr("Not saved: %1").replace("%1", refusal_text(exc)), refused=True)

    def _write(self, work: Work) -> list[Edit]:
        """One store action as the officer; raises ChangeError (also when the file cannot
        be written), and then nothing was saved."""
        try:
            return work(cfg.operator_name())
        except (StoreError, SQLAlchemyError, OSError) as exc:
            raise ChangeError(failure_text(exc)) from exc

    def _done(
        self, edits: list[Edit], text: str, nrp: str, *, note: str = "", form: bool = False
    ) -> None:
        """Record one action (one step of undo), say so, and show the person again (the
        details typed stay unless ``form``: they were what was saved)."""
        self._record(edits, text)
        self._say(self.tr("Saved: %1").replace("%1", text) + note)
        self._show(nrp, keep_form=not form and self._dirty())
        self.search_now(keep=True)

    def save(self) -> bool:
        """Save the details typed (Ctrl+S, Enter in a field). False if refused."""
        p, changes = self._shown, self._changes()
        if p is None or not changes:
            return True
        try:
            edits = self._write(
                lambda actor: [personnel.set_person(self._db, p.nrp, actor=actor, **changes)]
            )
        except ChangeError as exc:
            self._refused(exc)
            return False
        note = ""
        if changes.get("duty") in UNAVAILABLE and p.post_name:
            note = " " + self.tr("(their post %1 ended)").replace("%1", p.post_name)
        self._done(
            edits, self.tr("details of %1").replace("%1", p.name), p.nrp, note=note, form=True
        )
        return True

    def assign(self) -> None:
        """Assign the person shown to the post typed (Ctrl+Enter), asking when they hold
        another post in this shift or when the post lies outside their unit's reach."""
        popup = self.postCompleter.completer.popup()
        if popup.isVisible():  # the place highlighted in the list is the one meant
            if popup.currentIndex().isValid():
                self.postBox.choose(popup.currentIndex().data())
            popup.hide()
        p = self._shown
        if p is None:
            return
        where, problem = self.postCompleter.where()
        if where is None:
            self._say(problem, refused=True)
            self.postEdit.setFocus()
            return
        shift, shift_name = self.postBox.shift(), self.postBox.shift_name()
        options = {"replace": False, "bko": False}
        while True:
            try:
                edits = self._write(
                    lambda actor: personnel.assign(
                        self._db, p.nrp, where, shift=shift, actor=actor, **options
                    )
                )
                break
            except personnel.AlreadyPosted as exc:
                if not options["replace"] and self.ask_replace(
                    p.name, exc.post, self._post_name(where)
                ):
                    options["replace"] = True
                    continue
                self._refused(exc)
                return
            except personnel.OutsideReach as exc:
                if not options["bko"] and self.ask_bko(p.name, exc.unit, self._post_name(where)):
                    options["bko"] = True
                    continue
                self._refused(exc)
                return
            except ChangeError as exc:
                self._refused(exc)
                return
        text = self.tr("%1 assigned to %2").replace("%1", p.name)
        text = text.replace("%2", self._post_name(where))
        if shift:
            text += " (" + (shift_name or shift) + ")"
        self._done(edits, text, p.nrp)

    def _post_name(self, where: str) -> str:
        try:
            return personnel.resolve_post(self._db, where)[0].name
        except ChangeError:
            return where

    def end_assignment(self) -> None:
        """End the person's post in the plan, or in the shift chosen."""
        p = self._shown
        if p is None:
            return
        shift = self.postBox.shift()
        try:
            edits = self._write(
                lambda actor: [personnel.unassign(self._db, p.nrp, shift=shift, actor=actor)]
            )
        except ChangeError as exc:
            self._refused(exc)
            return
        self._done(edits, self.tr("assignment of %1 ended").replace("%1", p.name), p.nrp)

    def move(self) -> None:
        """Transfer the person, place them BKO, or end their BKO, on the day chosen."""
        p = self._shown
        if p is None:
            return
        values = self.moveBox.values()
        kind = values["kind"]
        try:
            edits = self._write(
                lambda actor: [personnel.move_person(self._db, p.nrp, actor=actor, **values)]
            )
        except ChangeError as exc:
            self._refused(exc)
            return
        after = personnel.person(self._db, p.nrp)
        if kind == "transfer":
            text = self.tr("%1 transferred to %2").replace("%2", after.unit_name)
        elif kind == "bko":
            text = self.tr("%1 placed BKO to %2").replace("%2", after.bko_unit_name or "")
        else:
            text = self.tr("BKO of %1 ended")
        self._done(edits, text.replace("%1", p.name), p.nrp)

    def new_person(self) -> None:
        """A new person on the roster (Ins); shown once saved."""
        if not self._settle():
            return
        made: list[str] = []

        def save(values: dict) -> None:
            edits = self._write(
                lambda actor: [personnel.add_person(self._db, actor=actor, **values)]
            )
            made.append(values["nrp"])
            text = self.tr("%1 added").replace("%1", values["name"])
            self._record(edits, text)
            self._say(self.tr("Saved: %1").replace("%1", text))

        unit = self.unitFilter.currentData() or (self._shown.unit_id if self._shown else None)
        form = NewPersonForm(self._everyone, save, unit_id=unit, parent=self)
        if form.exec() and made:
            self._show(made[0])
            self.searchEdit.setText(made[0])
            self.search_now(keep=True)
            self.nameEdit.setFocus()

    def reject(self) -> None:
        """Esc and Close: ask first about unsaved details."""
        if self._settle():
            super().reject()
