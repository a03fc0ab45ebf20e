"""Sumber informasi: the operation's list of sources of threat information, edited in place.

Every change (add, rename, hide, show) is recorded at once through the change log.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QListWidgetItem, QMessageBox, QWidget

from commandpost.gui import look
from commandpost.gui import settings as cfg
from commandpost.gui.forms.sources_dialog_ui import Ui_SourcesDialog
from commandpost.store import threats
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database

KeyRole = Qt.ItemDataRole.UserRole + 1


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when cancelled (tests replace this)."""
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


class SourcesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SourcesDialog()
        self.ui.setupUi(self)
        self._db = db
        self.ui.addButton.clicked.connect(self.add)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.sourceList.itemChanged.connect(self._toggled)
        self.ui.sourceList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        listing = self.ui.sourceList
        listing.blockSignals(True)
        current = listing.currentItem().data(KeyRole) if listing.currentItem() else None
        listing.clear()
        for source in threats.sources(self._db, include_hidden=True):
            item = QListWidgetItem(look.label(source))
            item.setData(KeyRole, source.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if source.hidden else Qt.CheckState.Checked)
            listing.addItem(item)
            if source.key == current:
                listing.setCurrentItem(item)
        listing.blockSignals(False)
        self._update_buttons()

    def labels(self) -> list[tuple[str, bool]]:
        """(label, shown) per row, as the officer sees the list."""
        listing = self.ui.sourceList
        return [
            (listing.item(i).text(), listing.item(i).checkState() == Qt.CheckState.Checked)
            for i in range(listing.count())
        ]

    def add(self) -> None:
        label = ask_text(self, self.tr("Add a source"), self.tr("Name of the source:"))
        if label is None or not label.strip():
            return
        self._run(lambda: threats.add_source(self._db, label, actor=cfg.operator_name()))

    def rename(self) -> None:
        item = self.ui.sourceList.currentItem()
        if item is None:
            return
        label = ask_text(self, self.tr("Rename source"), self.tr("New name:"), item.text())
        if label is None or not label.strip() or label.strip() == item.text():
            return
        key = item.data(KeyRole)
        self._run(lambda: threats.set_source(self._db, key, actor=cfg.operator_name(), label=label))

    def _toggled(self, item: QListWidgetItem) -> None:
        hidden = item.checkState() != Qt.CheckState.Checked
        key = item.data(KeyRole)
        self._run(
            lambda: threats.set_source(self._db, key, actor=cfg.operator_name(), hidden=hidden)
        )

    def _run(self, action) -> None:
        try:
            action()
        except threats.SourceExists as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("“%1” is already on the list.").replace("%1", exc.label),
            )
        except ChangeError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
        self.reload()

    def _update_buttons(self) -> None:
        self.ui.renameButton.setEnabled(self.ui.sourceList.currentItem() is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.reload()
        super().changeEvent(event)
