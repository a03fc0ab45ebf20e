"""File › Restore from backup…: the backups of this database, newest first; the chosen one
is checked before anything is touched, and the officer confirms knowing what happens to the
current file (kept aside, never overwritten)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.gui import file_chooser, look
from commandpost.gui.errors import human_bytes
from commandpost.store import backup


class RestoreDialog(QDialog):
    """Choose a backup; ``chosen`` is its path after OK (checked and confirmed)."""

    def __init__(
        self, db_path: Path, extra_folders: list[Path | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.db_path = db_path
        self.chosen: Path | None = None
        folders = [backup.default_folder(), *(f for f in extra_folders if f is not None)]
        self.backups = sorted(
            (info for folder in folders for info in backup.list_backups(db_path, [folder])),
            key=lambda info: info.taken_at,
            reverse=True,
        )

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of <b>%1</b>. Changes made after the "
                "backup's time are not in it. The current file is not overwritten: it is "
                "kept beside it under a new name."
            ).replace("%1", db_path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.backups), 3, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time of the backup"), self.tr("Size"), self.tr("Folder")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, info in enumerate(self.backups):
            cells = (
                look.format_time(info.taken_at, seconds=True),
                human_bytes(info.size_bytes),
                str(info.path.parent),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(info.path))
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if self.backups:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(
            self.tr("No backup of this database was found in %1.").replace(
                "%1", ", ".join(str(f) for f in folders)
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self.backups)
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(bool(self.backups))
        other = QPushButton(self.tr("Other file…"), self)
        other.setObjectName("otherBackupButton")
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self.choose_file)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)
        self.resize(720, 420)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def choose_file(self) -> None:
        path, _ = file_chooser.get_open_file_name(
            self,
            self.tr("Choose a backup"),
            str(backup.default_folder()),
            self.tr("CommandPost databases (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self._confirm(Path(path))

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._confirm(chosen)

    def _confirm(self, chosen: Path) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            problems = backup.file_problems(chosen)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if problems:
            QMessageBox.warning(
                self,
                self.tr("Backup damaged"),
                self.tr("This backup fails its check and cannot be restored:")
                + f"\n{chosen}\n\n"
                + "\n".join(problems[:5]),
            )
            return
        info = backup.backup_info(chosen)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Put the backup of %1 in place of the database?\n\nChanges made after that "
                "time will not be in the database. The current file is kept, unchanged, "
                "beside it (its name ends in “before-restore”)."
            ).replace("%1", look.format_time(info.taken_at.isoformat())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = chosen
            super().accept()
