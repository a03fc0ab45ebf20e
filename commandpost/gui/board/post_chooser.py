"""Choosing a post by typing (Ctrl+T on the board): the board's posts whose name, village
or kecamatan holds what is typed, the shortest gap first; a region code typed in full (a
TPS, village or kecamatan) names a post that may not exist yet."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from commandpost.core.regions import is_valid_code
from commandpost.core.text import normalise
from commandpost.store.board import Board


class PostChooser(QDialog):
    """Type, ↓/↑ to pick, Enter to choose; :attr:`chosen` is the post id (or a region
    code) afterwards. ``figures``: by post id, its required/assigned/gap text."""

    def __init__(
        self, board: Board, parent: QWidget | None = None, figures: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("postChooser")
        self.setWindowTitle(self.tr("Assign to a post"))
        self.chosen: str | None = None
        self._ids = [p.id for p in board.posts]
        figures = figures or {}
        entries = [
            " · ".join(x for x in (p.name, p.place, figures.get(p.id, "")) if x)
            for p in board.posts
        ]
        self._norm = [normalise(e) for e in entries]
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Post (name, village, kecamatan, or a region code):"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("postChooserEdit")
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        self.source = QStringListModel(entries, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list = QListView(self)
        self.list.setObjectName("postChooserList")
        self.list.setModel(self.proxy)
        self.list.setMinimumHeight(260)
        self.list.doubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list, 1)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b71c1c;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.textChanged.connect(self._typed)
        for keys in ("Down", "Up", "PgDown", "PgUp"):
            QShortcut(QKeySequence(keys), self.edit, lambda k=keys: self._move(k))
        self.resize(560, 420)
        self._typed("")

    def _typed(self, typed: str) -> None:
        self.proxy.setFilterFixedString(typed.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _move(self, key: str) -> None:
        step = {"Down": 1, "Up": -1, "PgDown": 10, "PgUp": -10}[key]
        row = self.list.currentIndex().row() + step
        row = max(0, min(row, self.proxy.rowCount() - 1))
        self.list.setCurrentIndex(self.proxy.index(row, 0))

    def accept(self) -> None:
        typed = self.edit.text().strip()
        if typed and is_valid_code(typed):
            self.chosen = typed
            super().accept()
            return
        current = self.list.currentIndex()
        if not current.isValid():
            self.problem.setText(
                self.tr("No post fits what was typed; type a TPS, village or kecamatan code.")
            )
            return
        self.chosen = self._ids[self.proxy.mapToSource(current).row()]
        super().accept()
