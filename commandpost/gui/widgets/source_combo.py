"""Choosing the source of a piece of information; typing a new name adds it to the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from commandpost.gui import look
from commandpost.store import threats
from commandpost.store.database import Database


class SourceCombo(QComboBox):
    """An editable list of the operation's sources (Bhabinkamtibmas, Bawaslu, BPBD, ...).

    :meth:`choice` tells whether the officer picked a listed source (its key) or typed a new
    one (its label), which the caller records together with the update.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        self.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.lineEdit().setMaxLength(200)
        self._labels: dict[str, str] = {}
        self._names: dict[str, str] = {}  # any known name, lower case -> key

    def load(self, db: Database, current: str | None = None) -> None:
        self.clear()
        self._labels = {}
        self._names = {}
        for source in threats.sources(db, include_hidden=True):
            for name in (source.label.id, source.label.en):
                self._names[name.lower()] = source.key
            if source.hidden:
                continue
            text = look.label(source)
            self._labels[source.key] = text
            self.addItem(text, source.key)
        if current is not None:
            index = self.findData(current)
            if index >= 0:
                self.setCurrentIndex(index)

    def choice(self) -> tuple[str, str | None]:
        """(key, None) for a listed source; ("", label) for a new one; ("", None) if empty."""
        text = " ".join(self.currentText().split())
        if not text:
            return "", None
        # A listed name in either language (or a hidden source's) is that source.
        key = self._names.get(text.lower())
        if key is not None:
            return key, None
        return "", text
