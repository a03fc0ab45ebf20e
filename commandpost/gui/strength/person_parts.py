"""Parts of the personnel dialog: the people list's model, the post field's completer over
regions and TPS, the rank and unit choosers, and the form for a new person."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.regions import Level
from commandpost.gui import look
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.store import queries
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.personnel import (
    DUTIES,
    MOVE_KINDS,
    UNAVAILABLE,
    Move,
    PersonInfo,
    rank_book,
)
from commandpost.store.shifts import PLAN, list_shifts
from commandpost.store.threats import places
from commandpost.store.units import UnitInfo

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
HINT_STYLE = "color: palette(placeholder-text);"
GREY = QColor("#757575")
CODE_AT_END = re.compile(r"\(([0-9][0-9.]*)\)\s*$")
Index = QModelIndex | QPersistentModelIndex


def label(parent: QWidget, name: str, style: str = "", text: str = "") -> QLabel:
    found = QLabel(text, parent)
    found.setObjectName(name)
    found.setWordWrap(True)
    found.setStyleSheet(style)
    return found


def button(text: str, parent: QWidget) -> QPushButton:
    """A push button that is never the default one: Enter belongs to the fields."""
    found = QPushButton(text, parent)
    found.setAutoDefault(False)
    return found


def _bare(post_name: str | None) -> bool:
    return bool(post_name) and str(post_name).startswith("TPS ")


def post_texts(db: Database, people: list[PersonInfo]) -> dict[str, str]:
    """Each person's post as shown, by NRP; a TPS post named without its village (as the
    demo names them) gets the village's name in front."""
    bare = {p.post_id.partition(":")[0] for p in people if p.post_id and _bare(p.post_name)}
    villages = {c: n.name for c, n in queries.nodes(db, sorted(bare)).items()}
    texts = {}
    for p in people:
        if p.post_id:
            village = villages.get(p.post_id.partition(":")[0]) if _bare(p.post_name) else None
            texts[p.nrp] = f"{village} {p.post_name}" if village else p.post_name or ""
    return texts


def _contains_completer(parent: QObject, model=None) -> QCompleter:
    completer = QCompleter(parent) if model is None else QCompleter(model, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


def rank_combo(parent: QWidget, name: str) -> QComboBox:
    """An editable combo of the rank shorts (Bripka, Kombes Pol); the store reads any
    spelling a roster uses, so what is typed goes to it as it stands."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(20)
    for rank in rank_book().ranks:
        combo.addItem(rank.short, rank.key)
        combo.setItemData(combo.count() - 1, rank.name, Qt.ItemDataRole.ToolTipRole)
    combo.setCompleter(_contains_completer(combo, combo.model()))
    combo.lineEdit().setMaxLength(40)
    return combo


def unit_combo(parent: QWidget, name: str, everyone: list[UnitInfo]) -> QComboBox:
    """An editable combo of the units (parents first); a part of a name finds a unit."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(20)
    for unit in everyone:
        combo.addItem(unit.name, unit.id)
    combo.setCompleter(_contains_completer(combo, combo.model()))
    combo.lineEdit().setMaxLength(120)
    combo.setCurrentIndex(-1)
    return combo


def spread_columns(view: QTableView, width: int) -> None:
    """The people list's columns for a list ``width`` pixels wide: NRP, rank and duty as
    wide as they need, the rest shares what is left (the name most), none below a minimum.
    The officer may still drag a column wider until the list's width changes."""
    model, advance = view.model(), view.fontMetrics().horizontalAdvance
    em = advance("M")
    if not isinstance(model, PeopleModel):
        return
    fixed = {
        PeopleModel.NRP: advance("88888888"),
        PeopleModel.RANK: advance("Bharaka"),
        PeopleModel.DUTY: max(advance(model.duty_label(d)) for d in DUTIES[1:]),
    }
    shares = {PeopleModel.NAME: 3, PeopleModel.UNIT: 2, PeopleModel.BKO: 2, PeopleModel.POST: 2.5}
    least = {PeopleModel.NAME: 9 * em, PeopleModel.UNIT: 7 * em, PeopleModel.BKO: 5 * em}
    header = view.horizontalHeader()
    left = width - sum(fixed.values()) - 12 * len(fixed)
    for col, pixels in fixed.items():
        header.resizeSection(col, pixels + 12)
    for col, share in shares.items():
        pixels = int(left * share / sum(shares.values()))
        header.resizeSection(col, max(pixels, least.get(col, 6 * em)))


class PeopleModel(QAbstractTableModel):
    """The people found, one row each (never their phone numbers); the duty column names
    only those not simply available."""

    NRP, RANK, NAME, UNIT, BKO, DUTY, POST = range(7)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonInfo] = []
        self._posts: dict[str, str] = {}

    def duty_label(self, key: str) -> str:
        labels = {
            "available": self.tr("Available"),
            "reserve": self.tr("Reserve"),
            "resting": self.tr("Resting"),
            "leave": self.tr("On leave"),
            "sick": self.tr("Sick"),
        }
        return labels.get(key, key)

    def titles(self) -> list[str]:
        return [
            self.tr("NRP"),
            self.tr("Rank"),
            self.tr("Name"),
            self.tr("Unit"),
            self.tr("BKO to"),
            self.tr("Duty"),
            self.tr("Post"),
        ]

    def set_people(self, people: list[PersonInfo], posts: dict[str, str]) -> None:
        """``posts``: the post as shown, by NRP (with its village where the name lacks it)."""
        self.beginResetModel()
        self._people, self._posts = list(people), dict(posts)
        self.endResetModel()

    def person_at(self, row: int) -> PersonInfo | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, nrp: str | None) -> int:
        return next((i for i, p in enumerate(self._people) if p.nrp == nrp), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def _text(self, person: PersonInfo, column: int) -> str:
        return (
            person.nrp,
            person.rank_short,
            person.name,
            person.unit_name,
            person.bko_unit_name or "",
            "" if person.duty == "available" else self.duty_label(person.duty),
            self._posts.get(person.nrp, ""),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        person = self.person_at(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(person, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and person.duty in UNAVAILABLE:
            return GREY
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None


class PostCompleter(QObject):
    """Completion for a post field: names of villages and kecamatan as typed, and below a
    code the places it holds (a kecamatan's villages, a village's TPS). Each entry ends in
    its code in brackets, which is what :meth:`where` reads back."""

    def __init__(self, db: Database, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._db = db
        self._edit = edit
        self._model = QStringListModel(self)
        self._parent_code: str | None = None
        self.completer = _contains_completer(self, self._model)
        edit.setCompleter(self.completer)
        edit.textEdited.connect(self._edited)

    def entry(self, code: str) -> str:
        """A code as the list offers it: ``Tambak · Kibin › Kabupaten Serang (36.04…)``."""
        found = queries.node(self._db, code)
        if found is None:
            return code
        where = places(self._db, [code]).get(code, "")
        return f"{found.name} · {where} ({code})" if where else f"{found.name} ({code})"

    def _entries(self, nodes) -> list[str]:
        where = places(self._db, [n.code for n in nodes])
        return [
            f"{n.name} · {where[n.code]} ({n.code})" if where[n.code] else f"{n.name} ({n.code})"
            for n in nodes
        ]

    def _edited(self, typed: str) -> None:
        typed = typed.strip()
        if not typed or CODE_AT_END.search(typed):
            return
        if typed[0].isdigit():
            parent = typed.rpartition(".")[0]
            if parent == self._parent_code or queries.node(self._db, parent) is None:
                return
            self._parent_code = parent
            hits = queries.children(self._db, parent)[:300]
        elif len(typed) >= 2:
            self._parent_code = None
            hits = [
                h
                for h in queries.search(self._db, typed, limit=40)
                if h.level in (Level.DISTRICT, Level.VILLAGE)
            ][:20]
        else:
            return
        self._model.setStringList(self._entries(hits))
        if hits:
            self.completer.setCompletionPrefix(typed)
            self.completer.complete()

    def where(self) -> tuple[str | None, str]:
        """What the field names, for ``personnel.assign``: (a code or post key, "") or
        (None, why it cannot be told)."""
        typed = " ".join(self._edit.text().split())
        if not typed:
            return None, self.tr("Type a TPS code, a village or a kecamatan to assign to.")
        match = CODE_AT_END.search(typed)
        if match:
            return match[1], ""
        if typed[0].isdigit():
            return typed, ""  # a code or a post key: the store says if it is neither
        hits = [
            h
            for h in queries.search(self._db, typed, limit=20)
            if h.level in (Level.DISTRICT, Level.VILLAGE)
        ]
        exact = [h for h in hits if h.name.lower() == typed.lower()]
        if len(exact) == 1 or (not exact and len(hits) == 1):
            return (exact or hits)[0].code, ""
        if not hits:
            return None, self.tr("No village or kecamatan is called %1.").replace("%1", typed)
        return None, self.tr("%1 places fit %2: choose one from the list.").replace(
            "%1", str(len(exact) or len(hits))
        ).replace("%2", typed)


class NewPersonForm(QDialog):
    """A new person: NRP, name, rank, unit, position, phone. ``save(values)`` runs on Save;
    a refusal (ChangeError) is shown here and what was typed stays."""

    def __init__(
        self,
        everyone: list[UnitInfo],
        save: Callable[[dict], object],
        *,
        unit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPersonForm")
        self.setWindowTitle(self.tr("New person"))
        self._save = save
        em = self.fontMetrics().horizontalAdvance("M")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.nrpEdit = QLineEdit(self)
        self.nrpEdit.setObjectName("newNrp")
        self.nrpEdit.setMaxLength(18)
        self.nrpEdit.setPlaceholderText(self.tr("8 digits (a PNS: the 18-digit NIP)"))
        self.nameEdit = QLineEdit(self)
        self.nameEdit.setObjectName("newName")
        self.nameEdit.setMaxLength(120)
        self.nameEdit.setMinimumWidth(26 * em)
        self.rankCombo = rank_combo(self, "newRank")
        self.rankCombo.setCurrentIndex(-1)
        self.unitCombo = unit_combo(self, "newUnit", everyone)
        if unit_id is not None:
            self.unitCombo.setCurrentIndex(self.unitCombo.findData(unit_id))
        self.positionEdit = QLineEdit(self)
        self.positionEdit.setObjectName("newPosition")
        self.positionEdit.setMaxLength(120)
        self.phoneEdit = QLineEdit(self)
        self.phoneEdit.setObjectName("newPhone")
        self.phoneEdit.setMaxLength(30)
        for text, widget in (
            (self.tr("&NRP:"), self.nrpEdit),
            (self.tr("N&ame:"), self.nameEdit),
            (self.tr("&Rank:"), self.rankCombo),
            (self.tr("&Unit:"), self.unitCombo),
            (self.tr("&Position:"), self.positionEdit),
            (self.tr("P&hone:"), self.phoneEdit),
        ):
            form.addRow(text, widget)
        layout.addLayout(form)
        self.errorLabel = label(self, "newPersonError", ERROR_STYLE)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        self.okButton = buttons.button(ok)
        self.okButton.setText(self.tr("&Save"))
        buttons.button(cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.nrpEdit.setFocus()

    def values(self) -> dict:
        return {
            "nrp": self.nrpEdit.text().strip(),
            "name": " ".join(self.nameEdit.text().split()),
            "rank": self.rankCombo.currentText().strip(),
            "unit": self.unitCombo.currentText().strip(),
            "position": self.positionEdit.text().strip(),
            "phone": self.phoneEdit.text().strip(),
        }

    def show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.show()

    def accept(self) -> None:
        values = self.values()
        if not values["rank"] or not values["unit"]:
            self.show_error(self.tr("A person needs a rank and a unit."))
            (self.rankCombo if not values["rank"] else self.unitCombo).setFocus()
            return
        try:
            self._save(values)
        except ChangeError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", refusal_text(exc)))
            return
        super().accept()


class PostBox(QGroupBox):
    """The person's post in the plan, End assignment, and the field to assign them by:
    a TPS code, or a village or kecamatan by name (completed) or code, and the shift chosen
    from a list (the operation's plan first)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Post in the plan"))
        self._db = db
        grid = QGridLayout(self)
        self.postLabel = label(self, "personPost")
        grid.addWidget(self.postLabel, 0, 0, 1, 5)
        self.postEdit = QLineEdit(self)
        self.postEdit.setObjectName("postEdit")
        self.postEdit.setPlaceholderText(self.tr("TPS code, village or kecamatan"))
        self.postEdit.setToolTip(
            self.tr("A TPS by its code (36.04.16.2008.001); a village or kecamatan by name")
        )
        self.postCompleter = PostCompleter(db, self.postEdit)
        self.postCompleter.completer.activated[str].connect(self.choose)
        self.postHint = label(self, "postHint", HINT_STYLE)
        self.shiftCombo = QComboBox(self)
        self.shiftCombo.setObjectName("shiftCombo")
        self.shiftCombo.setEditable(False)
        self.shiftCombo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.shiftCombo.setMinimumContentsLength(22)
        self.shiftCombo.setMaxVisibleItems(20)
        self.shiftCombo.setToolTip(self.tr("The operation's plan, or one shift"))
        self._shift_names: dict[str, str] = {}
        self.fill_shifts()
        self.assignButton = button(self.tr("Assi&gn"), self)
        self.endButton = button(self.tr("&End assignment"), self)
        for row, (text, widget) in enumerate(
            ((self.tr("Assign &to:"), self.postEdit), (self.tr("Sh&ift:"), self.shiftCombo))
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, 1 + 2 * row, 0)
            grid.addWidget(widget, 1 + 2 * row, 1, 1, 4 if row == 0 else 2)
        grid.addWidget(self.postHint, 2, 1, 1, 4)
        grid.addWidget(self.assignButton, 3, 3)
        grid.addWidget(self.endButton, 3, 4)
        grid.setColumnStretch(2, 1)
        self.postEdit.textChanged.connect(self.describe)

    def fill_shifts(self) -> None:
        """The shift list read again: the operation's plan first, then every shift by its
        start (``Sif 1 06.00–14.00 · 27/11``); the one chosen stays chosen while it exists,
        else the plan. No signal: the caller updates what depends on it."""
        chosen = self.shiftCombo.currentData() or PLAN
        found = list_shifts(self._db)
        self._shift_names = {s.id: s.name for s in found}
        blocked = self.shiftCombo.blockSignals(True)
        try:
            self.shiftCombo.clear()
            self.shiftCombo.addItem(self.tr("Operation plan (no shift)"), PLAN)
            for shift in found:
                start, end = look.format_time(shift.start), look.format_time(shift.end)
                day = look.post_day_text(shift.start)
                self.shiftCombo.addItem(f"{shift.name} · {day}", shift.id)
                self.shiftCombo.setItemData(
                    self.shiftCombo.count() - 1,
                    f"{shift.name}: {start} – {end}",
                    Qt.ItemDataRole.ToolTipRole,
                )
            self.shiftCombo.setCurrentIndex(max(0, self.shiftCombo.findData(chosen)))
        finally:
            self.shiftCombo.blockSignals(blocked)

    def shift(self) -> str:
        """The shift chosen, for personnel.assign and unassign: its id, ``''`` the plan."""
        return self.shiftCombo.currentData() or PLAN

    def shift_name(self) -> str:
        """The name of the shift chosen; ``''`` for the operation's plan."""
        return self._shift_names.get(self.shift(), "")

    def choose(self, entry: str) -> None:
        """A place taken from the list: the field keeps its code, the hint names it."""
        match = CODE_AT_END.search(entry)
        if match:
            self.postEdit.setText(match[1])

    def set_post(self, code: str) -> None:
        self.postEdit.setText(code)

    def show_person(self, person: PersonInfo | None) -> None:
        if person is None:
            self.postLabel.clear()
        elif person.post_name:
            village = (person.post_id or "").partition(":")[0]
            where = places(self._db, [village]).get(village, "") if village else ""
            name = post_texts(self._db, [person]).get(person.nrp, person.post_name)
            self.postLabel.setText(f"{name} · {where}" if where else name)
        else:
            self.postLabel.setText(self.tr("No post in the plan yet."))

    def describe(self) -> None:
        """Under the field: where the text typed would assign to, or why it cannot tell."""
        where, problem = self.postCompleter.where()
        if not self.postEdit.text().strip():
            self.postHint.clear()
        elif where is None or ":" in where:
            self.postHint.setText(problem)
        else:
            found = queries.node(self._db, where)
            if found is None:
                self.postHint.setText(self.tr("%1 is not in the database.").replace("%1", where))
            else:
                place = places(self._db, [where]).get(where, "")
                self.postHint.setText(f"{found.name} · {place}" if place else found.name)


class MoveBox(QGroupBox):
    """Move a person (transfer, BKO, end of BKO) on a day, and the moves they made."""

    def __init__(self, everyone: list[UnitInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Moves"))
        grid = QGridLayout(self)
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("moveKind")
        for kind in MOVE_KINDS:
            self.kindCombo.addItem(self.kind_label(kind), kind)
        self.moveUnit = unit_combo(self, "moveUnit", everyone)
        self.moveUnit.lineEdit().setPlaceholderText(self.tr("the unit they move to"))
        self.dateEdit = QDateEdit(QDate.currentDate(), self)
        self.dateEdit.setObjectName("moveDate")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat("d MMM yyyy")
        self.dateEdit.setLocale(look.ID_LOCALE)
        self.moveButton = button(self.tr("Mo&ve"), self)
        for n, (text, widget) in enumerate(
            (
                (self.tr("&Move:"), self.kindCombo),
                (self.tr("Da&y:"), self.dateEdit),
                (self.tr("T&o:"), self.moveUnit),
            )
        ):
            caption = QLabel(text, self)
            caption.setBuddy(widget)
            grid.addWidget(caption, n // 2, (n % 2) * 2)
            grid.addWidget(widget, n // 2, (n % 2) * 2 + 1, 1, 3 if n == 2 else 1)
        grid.addWidget(self.moveButton, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.movesTree = QTreeWidget(self)
        self.movesTree.setObjectName("movesTree")
        self.movesTree.setRootIsDecorated(False)
        self.movesTree.setUniformRowHeights(True)
        self.movesTree.setHeaderLabels([self.tr("Day"), self.tr("Move"), self.tr("From → to")])
        self.movesTree.setToolTip(self.tr("A move's note shows when the mouse rests on it."))
        header = self.movesTree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.movesTree.setMinimumHeight(4 * (self.fontMetrics().height() + 6))
        grid.addWidget(self.movesTree, 2, 0, 1, 5)
        self.kindCombo.currentIndexChanged.connect(
            lambda _i: self.moveUnit.setEnabled(self.kindCombo.currentData() != "bko_end")
        )

    def kind_label(self, kind: str) -> str:
        labels = {
            "transfer": self.tr("Transfer"),
            "bko": self.tr("BKO"),
            "bko_end": self.tr("End of BKO"),
        }
        return labels.get(kind, kind)

    def values(self) -> dict:
        """For personnel.move_person: kind, to_unit (as typed), on."""
        day = self.dateEdit.date()
        return {
            "kind": self.kindCombo.currentData(),
            "to_unit": self.moveUnit.currentText().strip() or None,
            "on": dt.date(day.year(), day.month(), day.day()),
        }

    def show_moves(self, moves: list[Move]) -> None:
        self.movesTree.clear()
        for m in moves:
            day = look.day_text(dt.date.fromisoformat(m.moved_on))
            units = f"{m.from_unit or '–'} → {m.to_unit or '–'}"
            item = QTreeWidgetItem(self.movesTree, [day, self.kind_label(m.kind), units])
            for col in range(3):
                item.setToolTip(col, f"{units}\n{m.note}" if m.note else units)
