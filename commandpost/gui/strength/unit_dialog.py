"""Satuan dan wilayah hukum: the police units, where each stands and what each covers.

Left the units as a tree (add, rename, move, retire, restore); right the jurisdiction of
the selected unit as ticks on the operation's regions, saved with Apply. Every save is one
change that the window can undo (``record``); a refusal is shown in the dialog, and nothing
typed or ticked is thrown away without asking.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.core.regions import Level, level_of
from commandpost.gui import settings as cfg
from commandpost.gui.dialogs.refusal_texts import refusal_text
from commandpost.gui.errors import failure_text
from commandpost.gui.strength.area_tree import GREY, AreaTree
from commandpost.store import queries, units
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database, StoreError
from commandpost.store.threats import Edit
from commandpost.store.units import KINDS, UnitInfo

# The kinds as officers write them, in either language.
KIND_NAMES = {k: k.capitalize() for k in KINDS}
CHILD_KIND = {None: "polda", "polda": "polres", "polres": "polsek", "polresta": "polsek"}
IdRole = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"
HINT_STYLE = "color: palette(placeholder-text);"
UNSAVED_STYLE = "color: #b35c00; font-weight: bold;"
Record = Callable[[list[Edit], str], None]


def _label(parent: QWidget, name: str, style: str = "", text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def _below(everyone: list[UnitInfo], unit_id: str) -> set[str]:
    """The units under ``unit_id``, at any depth (``everyone`` lists parents first)."""
    found = {unit_id}
    for unit in everyone:
        if unit.parent_id in found:
            found.add(unit.id)
    return found - {unit_id}


class UnitForm(QDialog):
    """A new unit (name, kind, place), a new name and kind, or a new place: ``save(values)``
    runs on Save; a refusal (ChangeError) is shown here, and what was typed stays."""

    def __init__(
        self,
        everyone: list[UnitInfo],
        save: Callable[[dict], object],
        *,
        unit: UnitInfo | None = None,
        fields: tuple[str, ...] = ("name", "kind", "parent"),
        parent_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitForm")
        self._save = save
        self.fields = fields
        moving = fields == ("parent",)
        if unit is None:
            self.setWindowTitle(self.tr("New unit"))
        else:
            title = self.tr("Move %1") if moving else self.tr("Rename %1")
            self.setWindowTitle(title.replace("%1", unit.name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.nameEdit = QLineEdit(unit.name if unit else "", self)
        self.nameEdit.setObjectName("unitName")
        self.nameEdit.setMaxLength(120)
        self.nameEdit.setMinimumWidth(26 * self.fontMetrics().horizontalAdvance("M"))
        self.nameEdit.selectAll()
        self.kindCombo = QComboBox(self)
        self.kindCombo.setObjectName("unitKind")
        for kind in KINDS:
            self.kindCombo.addItem(KIND_NAMES[kind], kind)
        self.parentCombo = QComboBox(self)
        self.parentCombo.setObjectName("unitParent")
        self.parentCombo.setMaxVisibleItems(24)
        self.parentCombo.setMinimumWidth(self.nameEdit.minimumWidth())
        self.parentCombo.addItem(self.tr("(none: at the top)"), None)
        depth: dict[str | None, int] = {None: -1}
        for other in everyone:  # parents come first
            depth[other.id] = depth.get(other.parent_id, -1) + 1
            if other.active and (unit is None or other.id != unit.id):
                self.parentCombo.addItem("    " * depth[other.id] + other.name, other.id)
        self._kinds = {u.id: u.kind for u in everyone}
        for field, label, widget in (
            ("name", self.tr("&Name:"), self.nameEdit),
            ("kind", self.tr("&Kind:"), self.kindCombo),
            ("parent", self.tr("&Under:"), self.parentCombo),
        ):
            if field in fields:
                form.addRow(label, widget)
            else:
                widget.hide()
        layout.addLayout(form)
        self.errorLabel = _label(self, "unitFormError", ERROR_STYLE)
        self.errorLabel.hide()
        layout.addWidget(self.errorLabel)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, self)
        self.okButton = buttons.button(ok)
        self.okButton.setText(self.tr("&Move") if moving else self.tr("&Save"))
        buttons.button(cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if unit is not None:
            self.kindCombo.setCurrentIndex(self.kindCombo.findData(unit.kind))
            parent_id = unit.parent_id
        self.parentCombo.setCurrentIndex(max(0, self.parentCombo.findData(parent_id)))
        if unit is None:  # a Polsek under a Polres, and so on, until a kind is chosen
            self.parentCombo.currentIndexChanged.connect(self._suggest_kind)
            self.kindCombo.activated.connect(lambda _i: setattr(self, "_kinds", {}))
            self._suggest_kind()
        (self.parentCombo if moving else self.nameEdit).setFocus()

    def _suggest_kind(self) -> None:
        if not self._kinds:  # chosen by hand
            return
        kind = self._kinds.get(self.parentCombo.currentData())
        self.kindCombo.setCurrentIndex(self.kindCombo.findData(CHILD_KIND.get(kind, "satuan")))

    def values(self) -> dict:
        found = {
            "name": " ".join(self.nameEdit.text().split()),
            "kind": self.kindCombo.currentData(),
            "parent": self.parentCombo.currentData(),
        }
        return {k: v for k, v in found.items() if k in self.fields}

    def show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.show()

    def accept(self) -> None:
        if "name" in self.fields and not self.values()["name"]:
            self.show_error(self.tr("A unit needs a name."))
            self.nameEdit.setFocus()
            return
        try:
            self._save(self.values())
        except ChangeError as exc:
            self.show_error(self.tr("Not saved: %1").replace("%1", refusal_text(exc)))
            return
        super().accept()


class UnitEditorDialog(QDialog):
    """The units and their jurisdiction. ``record(edits, text)`` after every saved change;
    ``undo()`` (the window's) on Ctrl+Z, after which the dialog reads everything again."""

    def __init__(
        self,
        db: Database,
        record: Record,
        parent: QWidget | None = None,
        undo: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitEditorDialog")
        self._db = db
        self._record = record
        self._undo = undo
        self._everyone: list[UnitInfo] = []  # retired ones too, parents first
        self._units: dict[str, UnitInfo] = {}
        self._coverage = units.Coverage((), ())
        self._shown: str | None = None  # the unit whose areas are ticked
        self._saved_areas: list[str] = []  # its ticks as read from the file
        self._outside: list[str] = []  # its areas the tree does not show (kept as they are)
        self._busy = False  # filling the unit tree
        self._filled = False
        self.setWindowTitle(self.tr("Units and jurisdiction"))
        self._build()
        self._reload(None)
        self.unitTree.setFocus()

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
        units_label = QLabel(self.tr("&Units:"), left)
        column.addWidget(units_label)
        self.unitTree = QTreeWidget(left)
        self.unitTree.setObjectName("unitTree")
        self.unitTree.setUniformRowHeights(True)
        self.unitTree.setHeaderLabels([self.tr("Unit"), self.tr("Kind"), self.tr("Kecamatan")])
        self.unitTree.headerItem().setToolTip(2, self.tr("Kecamatan in its own jurisdiction"))
        header = self.unitTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        units_label.setBuddy(self.unitTree)
        column.addWidget(self.unitTree, 1)
        grid = QGridLayout()
        self.addButton = self._button(self.tr("&Add…"), "Ins", self.add_unit, grid, 0, 0)
        self.renameButton = self._button(self.tr("Re&name…"), "F2", self.rename_unit, grid, 0, 1)
        self.moveButton = self._button(
            self.tr("&Move under…"), "Ctrl+M", self.move_unit, grid, 1, 0
        )
        self.retireButton = self._button(self.tr("Re&tire…"), "Del", self.retire_unit, grid, 1, 1)
        self.restoreButton = self._button(
            self.tr("Rest&ore"), "Ctrl+R", self.restore_unit, grid, 2, 1
        )
        self.retiredCheck = QCheckBox(self.tr("Show &retired units"), left)
        self.retiredCheck.setObjectName("showRetired")
        grid.addWidget(self.retiredCheck, 2, 0)
        column.addLayout(grid)

        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(6, 0, 0, 0)
        self.areaTitle = QLabel(right)
        self.areaTitle.setObjectName("areaTitle")
        font = QFont(self.areaTitle.font())
        font.setBold(True)
        self.areaTitle.setFont(font)
        column.addWidget(self.areaTitle)
        hint = self.tr(
            "Tick a whole kabupaten/kota or single kecamatan (Space ticks). Beside each area: "
            "the other units that cover it now; ⚠ marks kecamatan that no unit or two units "
            "cover."
        )
        column.addWidget(_label(right, "areaHint", HINT_STYLE, hint))
        self.areaTree = AreaTree(self._db, right)
        self.areaTitle.setBuddy(self.areaTree)
        column.addWidget(self.areaTree, 1)
        self.outsideLabel = _label(right, "outsideAreas", HINT_STYLE)
        column.addWidget(self.outsideLabel)
        row = QGridLayout()
        self.applyButton = self._button(self.tr("A&pply areas"), "Ctrl+S", self.apply, row, 0, 0)
        self.resetButton = self._button(self.tr("R&eset ticks"), "", self.reset_ticks, row, 0, 1)
        self.unsavedLabel = _label(right, "unsaved", UNSAVED_STYLE, self.tr("Ticks not saved yet"))
        row.addWidget(self.unsavedLabel, 0, 2)
        row.setColumnStretch(3, 1)
        column.addLayout(row)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([36 * em, 56 * em])

        bottom = QHBoxLayout()
        self.statusLabel = _label(self, "unitStatus")
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.statusLabel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        if self._undo is not None:
            undo = QAction(self)
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            undo.triggered.connect(self.undo)
            self.addAction(undo)
        self.unitTree.currentItemChanged.connect(self._current_changed)
        self.areaTree.areasChanged.connect(self._update_state)
        self.retiredCheck.toggled.connect(lambda _on: self._reload(self._shown))

    def _button(
        self, text: str, keys: str, slot: Callable[[], object], grid: QGridLayout, row, col
    ) -> QPushButton:
        """A button in ``grid`` and its key: a shortcut of the dialog (Del only in the unit
        tree, so that it never retires a unit from elsewhere)."""
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: slot())
        grid.addWidget(button, row, col)
        if keys:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda: slot() if button.isEnabled() else None)
            if keys == "Del":
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            (self.unitTree if keys == "Del" else self).addAction(action)
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        return button

    def sizeHint(self) -> QSize:
        return super().sizeHint().expandedTo(QSize(1040, 640)).boundedTo(QSize(1340, 700))

    # --- filling --------------------------------------------------------------------------

    def _reload(self, select: str | None) -> None:
        """Read the units again and select ``select`` (else the one shown, else the first).
        Unsaved ticks of a unit that stays selected stay."""
        self._everyone = units.units(self._db, retired=True)
        self._units = {u.id: u for u in self._everyone}
        self._coverage = units.coverage(self._db)
        regencies = sorted(
            {a for u in self._everyone for a in u.areas if level_of(a) == Level.REGENCY}
        )
        counts = {c: n.child_count for c, n in queries.nodes(self._db, regencies).items()}
        expanded = {i.data(0, IdRole) for i in self._items() if i.isExpanded()}
        self._busy = True
        try:
            self.unitTree.clear()
            items: dict[str, QTreeWidgetItem] = {}
            for unit in self._everyone:
                if not unit.active and not self.retiredCheck.isChecked():
                    continue
                holder, up = None, unit.parent_id
                while up is not None and holder is None:  # under a hidden unit: its parent's
                    holder, up = items.get(up), self._units[up].parent_id
                n = sum(counts.get(a, 1) for a in unit.areas)
                text = [unit.name, KIND_NAMES.get(unit.kind, unit.kind), str(n) if n else "–"]
                item = QTreeWidgetItem(holder or self.unitTree, text)
                item.setData(0, IdRole, unit.id)
                item.setTextAlignment(
                    2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                if not unit.active:
                    for col in range(3):
                        item.setForeground(col, QBrush(GREY))
                    font = QFont(item.font(0))
                    font.setItalic(True)
                    item.setFont(0, font)
                    item.setToolTip(0, self.tr("Retired: restore it to use it again"))
                items[unit.id] = item
            for unit_id, item in items.items():  # all open at first: type-ahead finds all
                item.setExpanded(unit_id in expanded or not self._filled)
            self._filled = True
            wanted = select if select in items else self._shown if self._shown in items else None
            if wanted is None and self.unitTree.topLevelItemCount():
                wanted = self.unitTree.topLevelItem(0).data(0, IdRole)
            current = items.get(wanted or "")
            if current is not None:
                self.unitTree.setCurrentItem(current)
                self.unitTree.scrollToItem(current, QTreeWidget.ScrollHint.PositionAtCenter)
        finally:
            self._busy = False
        if wanted == self._shown and self._dirty():
            self.areaTree.annotate(self._shown, self._everyone, self._coverage)
            self._title()
            self._update_state()
        else:
            self._show_areas(wanted)

    def _items(self) -> Iterator[QTreeWidgetItem]:
        iterator = QTreeWidgetItemIterator(self.unitTree)
        while iterator.value() is not None:
            yield iterator.value()
            iterator += 1

    def _item(self, unit_id: str | None) -> QTreeWidgetItem | None:
        return next((i for i in self._items() if i.data(0, IdRole) == unit_id), None)

    def _show_areas(self, unit_id: str | None) -> None:
        """Tick the unit's areas as the file has them."""
        self._shown = unit_id
        unit = self._units.get(unit_id or "")
        self._outside = self.areaTree.set_areas(unit.areas if unit else ())
        self._saved_areas = self.areaTree.areas()
        self.areaTree.annotate(unit_id, self._everyone, self._coverage)
        self.areaTree.setEnabled(unit is not None and unit.active)
        self._title()
        self.outsideLabel.setText(
            self.tr("It also covers %1, outside this operation's area; kept as it is.").replace(
                "%1", ", ".join(self._outside)
            )
        )
        self.outsideLabel.setVisible(bool(self._outside))
        self._update_state()

    def _title(self) -> None:
        unit = self._units.get(self._shown or "")
        if unit is None:
            text = self.tr("No unit selected")
        elif unit.active:
            text = self.tr("&Jurisdiction of %1").replace("%1", unit.name)
        else:
            text = self.tr("Jurisdiction of %1 (retired: restore it to change)")
            text = text.replace("%1", unit.name)
        self.areaTitle.setText(text)

    # --- state ----------------------------------------------------------------------------

    def current_unit(self) -> UnitInfo | None:
        item = self.unitTree.currentItem()
        return self._units.get(item.data(0, IdRole)) if item is not None else None

    def _dirty(self) -> bool:
        return self._shown is not None and self.areaTree.areas() != self._saved_areas

    def _update_state(self) -> None:
        unit = self.current_unit()
        active = unit is not None and unit.active
        self.renameButton.setEnabled(unit is not None)
        self.moveButton.setEnabled(active)
        self.retireButton.setEnabled(active)
        self.restoreButton.setEnabled(unit is not None and not unit.active)
        dirty = self._dirty()
        self.applyButton.setEnabled(dirty)
        self.resetButton.setEnabled(dirty)
        self.unsavedLabel.setVisible(dirty)

    def _say(self, text: str, *, refused: bool = False) -> None:
        self.statusLabel.setStyleSheet(ERROR_STYLE if refused else "")
        self.statusLabel.setText(text)

    def _select(self, unit_id: str | None) -> None:
        item = self._item(unit_id)
        if item is not None and item is not self.unitTree.currentItem():
            self.unitTree.blockSignals(True)
            self.unitTree.setCurrentItem(item)
            self.unitTree.blockSignals(False)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        if self._busy:
            return
        wanted = current.data(0, IdRole) if current is not None else None
        if wanted == self._shown:
            self._update_state()
        elif not self._dirty():
            self._show_areas(wanted)
        else:  # stay, and ask once the click or key that moved is done with
            self._select(self._shown)
            QTimer.singleShot(0, lambda: self._switch(wanted))

    def _switch(self, wanted: str | None) -> None:
        self._select(self._shown)
        if self._settle() and self._item(wanted) is not None:
            self._select(wanted)
            self._show_areas(wanted)

    def _settle(self) -> bool:
        """Before unsaved ticks would go: ask, and save them if so answered. False: stay."""
        if not self._dirty():
            return True
        unit = self._units.get(self._shown or "")
        answer = self.ask_unsaved(unit.name if unit else "")
        if answer == QMessageBox.StandardButton.Save:
            return self.apply()
        return answer == QMessageBox.StandardButton.Discard

    def _ask(self, name: str, title: str, text: str, buttons, default) -> int:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, self)
        box.setObjectName(name)
        box.setDefaultButton(default)
        if buttons & QMessageBox.StandardButton.Yes:
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Retire"))
        return box.exec()

    def ask_unsaved(self, name: str) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved ticks (tests may replace this)."""
        button = QMessageBox.StandardButton
        return button(
            self._ask(
                "unsavedAreasBox",
                self.tr("Areas not saved"),
                self.tr("The ticked areas of %1 are not saved yet. Save them?").replace("%1", name),
                button.Save | button.Discard | button.Cancel,
                button.Save,
            )
        )

    def confirm_retire(self, unit: UnitInfo, below: int) -> bool:
        """Yes to retiring ``unit`` (tests may replace this)."""
        text = self.tr(
            "Retire %1? It leaves the lists but stays in the records, and can be restored."
        ).replace("%1", unit.name)
        if below:
            text += " " + self.tr("The %1 units below it stay.").replace("%1", str(below))
        button = QMessageBox.StandardButton
        answer = self._ask(
            "retireBox", self.tr("Retire unit"), text, button.Yes | button.Cancel, button.Cancel
        )
        return answer == button.Yes

    # --- saving ---------------------------------------------------------------------------

    def _change(self, text: str, work: Callable[[str], Edit]) -> Edit:
        """Run one store change as the officer, record it and say so. Raises ChangeError
        (also when the file cannot be written) and then nothing was saved."""
        try:
            edit = work(cfg.operator_name())
        except (StoreError, SQLAlchemyError, OSError) as exc:
            raise ChangeError(failure_text(exc)) from exc
        self._record([edit], text)
        self._say(self.tr("Saved: %1").replace("%1", text))
        return edit

    def _try(self, text: str, work: Callable[[str], Edit]) -> bool:
        """:meth:`_change`, a refusal said in the status line."""
        try:
            self._change(text, work)
        except ChangeError as exc:
            self._say(self.tr("Not saved: %1").replace("%1", refusal_text(exc)), refused=True)
            return False
        return True

    def apply(self) -> bool:
        """Save the ticks as the shown unit's jurisdiction (Ctrl+S). False if refused."""
        unit = self._units.get(self._shown or "")
        if unit is None or not unit.active or not self._dirty():
            return True
        areas = sorted({*self.areaTree.areas(), *self._outside})
        text = self.tr("areas of %1 (%2)").replace("%1", unit.name).replace("%2", str(len(areas)))
        if not self._try(
            text, lambda actor: units.set_jurisdiction(self._db, unit.id, areas, actor=actor)
        ):
            return False
        self._shown = None  # read the saved areas back
        self._reload(unit.id)
        return True

    def reset_ticks(self) -> None:
        self._show_areas(self._shown)

    def add_unit(self) -> None:
        """A new unit, under the selected one unless chosen otherwise (Ins)."""
        if not self._settle():
            return
        made: list[Edit] = []

        def save(values: dict) -> None:
            text = self.tr("unit %1 added").replace("%1", values["name"])
            made.append(
                self._change(text, lambda actor: units.add_unit(self._db, actor=actor, **values))
            )

        current = self.current_unit()
        parent_id = current.id if current is not None and current.active else None
        if UnitForm(self._everyone, save, parent_id=parent_id, parent=self).exec() and made:
            self._reload(made[0].change.entity_id)

    def rename_unit(self) -> None:
        """A new name or kind for the selected unit (F2)."""
        unit = self.current_unit()
        if unit is None:
            return

        def save(values: dict) -> None:
            changed = {k: v for k, v in values.items() if v != getattr(unit, k)}
            if "name" in changed:
                text = self.tr("unit %1 renamed %2").replace("%1", unit.name)
            elif changed:
                text = self.tr("unit %1 is now a %2").replace("%1", unit.name)
            else:
                return
            text = text.replace(
                "%2", values["name"] if "name" in changed else KIND_NAMES[values["kind"]]
            )
            self._change(
                text, lambda actor: units.set_unit(self._db, unit.id, actor=actor, **changed)
            )

        form = UnitForm(self._everyone, save, unit=unit, fields=("name", "kind"), parent=self)
        if form.exec():
            self._reload(unit.id)

    def move_unit(self) -> None:
        """Place the selected unit under another one (Ctrl+M)."""
        unit = self.current_unit()
        if unit is None or not unit.active:
            return

        def save(values: dict) -> None:
            parent_id = values["parent"]
            if parent_id == unit.parent_id:
                return
            above = self._units[parent_id].name if parent_id else self.tr("the top")
            text = self.tr("unit %1 moved under %2").replace("%1", unit.name)
            self._change(
                text.replace("%2", above),
                lambda actor: units.set_unit(
                    self._db, unit.id, actor=actor, parent=parent_id or "-"
                ),
            )

        if UnitForm(self._everyone, save, unit=unit, fields=("parent",), parent=self).exec():
            self._reload(unit.id)

    def retire_unit(self) -> None:
        """Retire the selected unit, once confirmed (Del)."""
        unit = self.current_unit()
        if unit is None or not unit.active:
            return
        below = sum(1 for u in _below(self._everyone, unit.id) if self._units[u].active)
        if not self._settle() or not self.confirm_retire(unit, below):
            return
        if self._try(
            self.tr("unit %1 retired").replace("%1", unit.name),
            lambda actor: units.set_unit(self._db, unit.id, actor=actor, active=False),
        ):
            self._reload(unit.id if self.retiredCheck.isChecked() else unit.parent_id)

    def restore_unit(self) -> None:
        """Take a retired unit back into use (Ctrl+R)."""
        unit = self.current_unit()
        if unit is None or unit.active:
            return
        if self._try(
            self.tr("unit %1 restored").replace("%1", unit.name),
            lambda actor: units.set_unit(self._db, unit.id, actor=actor, active=True),
        ):
            self._reload(unit.id)

    def undo(self) -> None:
        """The window's undo (Ctrl+Z), then everything read again."""
        if self._undo is None or not self._settle():
            return
        self._undo()
        self._shown, shown = None, self._shown
        self._reload(shown)
        self._say(self.tr("The last change was undone."))

    def reject(self) -> None:
        """Esc and Close: ask first about unsaved ticks."""
        if self._settle():
            super().reject()
