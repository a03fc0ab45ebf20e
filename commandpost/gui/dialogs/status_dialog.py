"""Perbarui kerawanan: set the TPS class and threat levels of a selection, with a reason.

One Save is one transaction in the store (class and levels together) and one step of undo.
The form scrolls inside the dialog and the dialog fits the screen (1366×768 laptops), so Simpan
and Batal are always on screen; Ctrl+Enter saves from any field (gui/dialog_keys.py).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from commandpost.core.regions import Level, NodeInfo, ancestors_of
from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.errors import failure_text
from commandpost.gui.forms.status_dialog_ui import Ui_StatusDialog
from commandpost.gui.models.region_tree import format_count, node_title
from commandpost.gui.screen_fit import fit_to_screen
from commandpost.gui.worker import run_in_background
from commandpost.store import queries, threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.threats import Edit

UNCHANGED = -1
BACKGROUND_WRITES = 2000  # bigger updates run in a worker thread behind a progress dialog
LAST_SOURCE = "status_dialog/last_source"
SELECTION_ROWS = 6  # rows of the selection list in view; a longer list scrolls
WIDTH = 860  # the two columns of threat categories side by side


def warn(parent: QWidget, title: str, text: str) -> None:
    """A warning the officer must read (tests replace this)."""
    QMessageBox.warning(parent, title, text)


def top_of_selection(selection: list[NodeInfo]) -> list[NodeInfo]:
    """The selection without nodes whose ancestor is selected too (they would count twice)."""
    codes = {n.code for n in selection}
    kept, seen = [], set()
    for node in sorted(selection, key=lambda n: n.code):
        if node.code in seen or any(a in codes for a in ancestors_of(node.code)):
            continue
        seen.add(node.code)
        kept.append(node)
    return kept


def selection_lines(db: Database, selection: list[NodeInfo]) -> list[str]:
    """One line per selected node with the two levels above it: "TPS 004 · Hegarmanah, Kec.
    Cikeusal", "Desa Hegarmanah · Kec. Cikeusal, Kabupaten Serang" (never the province
    alone when something nearer exists)."""
    wanted = {a for n in selection for a in ancestors_of(n.code)[-2:]}
    above = queries.nodes(db, sorted(wanted))
    lines = []
    for node in selection:
        parts = [above[c] for c in reversed(ancestors_of(node.code)[-2:]) if c in above]
        where = [parts[0].name] if parts else []
        if len(parts) > 1:
            where.append(_short_title(parts[1]))
        line = node_title(node)
        if where:
            line += " · " + ", ".join(where)
        lines.append(line)
    return lines


def _short_title(node: NodeInfo) -> str:
    """ "Kec. Cikeusal" for a district; regencies and cities carry their kind in their name."""
    if node.level == Level.DISTRICT:
        return QCoreApplication.translate("StatusDialog", "Dist. %1").replace("%1", node.name)
    return node.name


class StatusDialog(QDialog):
    """Built for a selection of tree nodes; after Save, ``edits`` and ``summary`` say what
    was recorded."""

    def __init__(
        self, db: Database, selection: list[NodeInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatusDialog()
        self.ui.setupUi(self)
        self._db = db
        self.selection = top_of_selection(selection)
        # Levels go to every selected node, also a TPS selected with its village.
        self.codes = sorted({n.code for n in selection})
        self.edits: list[Edit] = []
        self.summary = ""
        self.level_combos: dict[str, QComboBox] = {}
        self.tps_total = sum(1 if n.level == Level.TPS else n.tps_count for n in self.selection)
        self._current = self._current_levels()

        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self._fill_classes()
        self._build_categories()
        saved = cfg.settings().value(LAST_SOURCE, "bhabinkamtibmas")
        self.ui.sourceCombo.load(db, current=saved if isinstance(saved, str) else None)
        self.ui.observedEdit.setLocale(look.ID_LOCALE)
        look.zone_edit(self.ui.observedEdit)  # typed and shown on the post's clock
        now = look.post_now()
        self.ui.observedEdit.setMaximumDateTime(now)
        self.ui.observedEdit.setDateTime(now)
        self.ui.reasonEdit.textChanged.connect(self._update_state)
        self.ui.classCombo.currentIndexChanged.connect(self._update_state)
        self.ui.sourceCombo.currentTextChanged.connect(self._update_state)
        self._fill_selection_list()
        self._retranslate()
        self.ui.sourceCombo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._set_tab_order()
        self.ui.classCombo.setFocus()
        self._fit()

    # --- building -------------------------------------------------------------------------

    def _fit(self) -> None:
        """As big as the form, at most the screen: beyond that the form scrolls and the
        buttons stay in view."""
        form = self.ui.formArea.sizeHint()
        bar = self.ui.formScroll.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        outside = (
            self.ui.hintLabel.sizeHint().height()
            + self.ui.buttonBox.sizeHint().height()
            + 2 * self.layout().spacing()
            + margins.top()
            + margins.bottom()
        )
        wanted = QSize(
            max(WIDTH, form.width() + bar + margins.left() + margins.right()),
            form.height() + outside,
        )
        fit_to_screen(self, wanted)

    def _set_tab_order(self) -> None:
        """Tab walks the form top to bottom (class, each level, reason, source, time) and on
        to Simpan and Batal."""
        chain = [self.ui.classCombo, *self.level_combos.values(), self.ui.reasonEdit]
        chain += [self.ui.sourceCombo, self.ui.observedEdit, *self.ui.buttonBox.buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_selection_list(self) -> None:
        """Several selected: each named with where it lies ("TPS 004 · Hegarmanah, Kec.
        Cikeusal"); the list shows a few rows and scrolls."""
        view = self.ui.selectionList
        view.clear()
        if len(self.selection) < 2:
            view.hide()
            return
        view.addItems(selection_lines(self._db, self.selection))
        rows = min(len(self.selection), SELECTION_ROWS)
        height = view.sizeHintForRow(0) * rows + 2 * view.frameWidth() + 2
        view.setFixedHeight(height)
        view.show()

    def _current_levels(self) -> dict[str, int]:
        if len(self.selection) != 1:
            return {}
        return {t.category: t.level for t in threats.threats_of(self._db, self.selection[0].code)}

    def _fill_classes(self) -> None:
        combo = self.ui.classCombo
        combo.clear()
        combo.addItem(self.tr("— leave unchanged —"), None)
        for item in threats.taxonomy().classes:
            combo.addItem(look.class_icon(item.key), look.label(item), item.key)
        combo.setEnabled(self.tps_total > 0)

    def _build_categories(self) -> None:
        """Bawaslu's variables, health and logistics on the left; public order and disasters on
        the right: the whole taxonomy fits in view without scrolling."""
        grid = QGridLayout(self.ui.categoryArea)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(4, 1)
        grid.setColumnMinimumWidth(3, 18)
        taxonomy = threats.taxonomy()
        rows = [0, 0]
        for group in taxonomy.groups:
            members = [c for c in taxonomy.categories if c.group == group.key]
            if not members:
                continue
            side = 1 if group.key in ("kamtibmas", "bencana") else 0
            base = side * 4
            heading = QLabel(look.label(group), self.ui.categoryArea)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, rows[side], base, 1, 3)
            rows[side] += 1
            for category in members:
                name = QLabel(look.label(category), self.ui.categoryArea)
                name.setWordWrap(True)
                current = self._current.get(category.key)
                now = QLabel(look.level_label(current) if current else "", self.ui.categoryArea)
                now.setObjectName(f"current_{category.key}")
                color = look.level_color(current or 0)
                if color is not None:
                    now.setStyleSheet(f"color: {color.name()}; font-weight: bold;")
                combo = QComboBox(self.ui.categoryArea)
                combo.setObjectName(f"level_{category.key}")
                combo.addItem(self.tr("unchanged"), UNCHANGED)
                for value, level in enumerate(taxonomy.levels):
                    combo.addItem(look.label(level), value)
                combo.currentIndexChanged.connect(self._update_state)
                name.setBuddy(combo)
                grid.addWidget(name, rows[side], base)
                grid.addWidget(now, rows[side], base + 1)
                grid.addWidget(combo, rows[side], base + 2)
                self.level_combos[category.key] = combo
                rows[side] += 1
        grid.setRowStretch(max(rows), 1)

    def _retranslate(self) -> None:
        self.ui.targetLabel.setText(self._target_text())
        if self.tps_total == 0:
            self.ui.classNote.setText(
                self.tr("The selection holds no TPS, so no class can be set.")
            )
        elif len(self.selection) == 1 and self.selection[0].level == Level.TPS:
            self.ui.classNote.setText(
                self.tr("Current class: %1").replace(
                    "%1", look.class_label(self.selection[0].tps_class)
                )
            )
        else:
            self.ui.classNote.setText(
                self.tr("The class applies to every one of the %1 TPS in the selection.").replace(
                    "%1", format_count(self.tps_total)
                )
            )
        if len(self.selection) == 1:
            note = self.tr(
                "Levels are recorded at %1 itself; the current level is shown beside each."
            ).replace("%1", self.selection[0].name)
        else:
            note = self.tr("Levels are recorded at each selected TPS or region.")
        self.ui.threatNote.setText(note)
        self._update_state()

    def _target_text(self) -> str:
        if len(self.selection) == 1:
            node = self.selection[0]
            place = threats.places(self._db, [node.code])[node.code]
            where = f"<br><span>{place}</span>" if place else ""
            title = node_title(node)
            return (
                f"<b>{title}</b> "
                f"<span style='color: palette(placeholder-text)'>({node.code})</span>{where}"
            )
        return (
            "<b>"
            + self.tr("%1 selected: %2 TPS in all")
            .replace("%1", format_count(len(self.selection)))
            .replace("%2", format_count(self.tps_total))
            + "</b>"
        )

    # --- state ----------------------------------------------------------------------------

    def chosen_class(self) -> str | None:
        return self.ui.classCombo.currentData()

    def chosen_levels(self) -> dict[str, int]:
        return {
            key: combo.currentData()
            for key, combo in self.level_combos.items()
            if combo.currentData() != UNCHANGED
        }

    def missing(self) -> str:
        """What still stops Save, in words; empty when it can be saved."""
        if self.chosen_class() is None and not self.chosen_levels():
            return self.tr("Choose a class or a threat level to change.")
        if not self.ui.reasonEdit.toPlainText().strip():
            return self.tr("Write the reason for this update.")
        return ""

    def _update_state(self) -> None:
        missing = self.missing()
        self.ui.hintLabel.setText(missing)
        self.ui.hintLabel.setStyleSheet("color: #8a5a00;" if missing else "")
        self.save_button.setEnabled(not missing)

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self.missing():
            self._update_state()
            return
        key, new_label = self.ui.sourceCombo.choice()
        tps_class, levels = self.chosen_class(), self.chosen_levels()

        def work() -> list[Edit]:
            return threats.update_status(
                self._db,
                self.codes,
                tps_class=tps_class,
                levels=levels,
                reason=self.ui.reasonEdit.toPlainText(),
                actor=cfg.operator_name(),
                source=key,
                new_source=new_label,
                observed_at=look.iso_local(self.ui.observedEdit.dateTime()),
            )

        writes = (self.tps_total if tps_class else 0) + len(self.codes) * len(levels)
        try:
            if writes > BACKGROUND_WRITES:
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
        if key:
            cfg.settings().setValue(LAST_SOURCE, key)
        self.summary = self._summary(tps_class, levels)
        self.accept()

    def _summary(self, tps_class: str | None, levels: dict[str, int]) -> str:
        parts = []
        if tps_class is not None:
            parts.append(self.tr("class %1").replace("%1", look.class_label(tps_class)))
        for key, level in sorted(levels.items())[:2]:
            parts.append(f"{look.category_label(key)} {look.level_label(level).lower()}")
        if len(levels) > 2:
            parts.append(self.tr("%1 more").replace("%1", str(len(levels) - 2)))
        if len(self.selection) == 1:
            target = self.selection[0].name
        else:
            target = self.tr("%1 selected").replace("%1", format_count(len(self.selection)))
        return f"{', '.join(parts)} — {target}"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_selection_list()  # "Kec." / "Dist."
            self._retranslate()
        super().changeEvent(event)
