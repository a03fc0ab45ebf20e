"""Exporting the assignment list (Ekspor daftar… on the board): who is where, per Polsek and
post, for the board's unit and shift, as XLSX or CSV. Phone numbers only when the officer
ticks the box: they are personal details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.gui import file_chooser
from commandpost.store import assignment_lists
from commandpost.store.database import Database


class ExportDialog(QDialog):
    def __init__(
        self, db: Database, unit: str | None, shift: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the assignment list"))
        self.db, self.unit, self.shift = db, unit, shift
        self.saved = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setText(str(Path.home() / default_name(db, unit, shift)))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._browse)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        covers = QLabel(assignment_lists.list_title(db, unit=unit, shift=shift), self)
        covers.setObjectName("exportCovers")
        form.addRow(self.tr("List:"), covers)
        file_label = QLabel(self.tr("&File (.xlsx or .csv):"), self)
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        self.phone_box = QCheckBox(self.tr("Include &phone numbers (personal details)"), self)
        self.phone_box.setObjectName("exportPhone")
        form.addRow("", self.phone_box)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 180)

    def _browse(self) -> None:
        path, _ = file_chooser.get_save_file_name(
            self,
            self.tr("Export the assignment list"),
            self.path_edit.text(),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.path_edit.setText(path)

    def save(self) -> None:
        path = Path(self.path_edit.text().strip()).expanduser()
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".csv"):
            self._refuse(self.tr("The file must end in .xlsx or .csv."))
            return
        if path.exists() and not self.ask_overwrite(path):
            return
        phone = self.phone_box.isChecked()
        rows = assignment_lists.assignment_rows(
            self.db, unit=self.unit, shift=self.shift, phone=phone
        )
        try:
            if suffix == ".csv":
                assignment_lists.write_csv(rows, path, phone=phone)
            else:
                title = assignment_lists.list_title(self.db, unit=self.unit, shift=self.shift)
                assignment_lists.write_xlsx(rows, path, phone=phone, title=title)
        except OSError as exc:
            self._refuse(
                self.tr("%1 could not be written: %2")
                .replace("%1", str(path))
                .replace("%2", self._os_reason(exc))
            )
            return
        self.saved = (
            self.tr("%2 assignments exported to %1")
            .replace("%2", str(len(rows)))
            .replace("%1", path.name)
        )
        self.accept()

    def ask_overwrite(self, path: Path) -> bool:
        """Yes: write over the file that is there (tests may replace)."""
        button = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("%1 already exists. Write over it?").replace("%1", path.name),
            button.Yes | button.No,
            self,
        )
        box.setObjectName("overwriteBox")
        box.setDefaultButton(button.No)
        return box.exec() == button.Yes

    def _os_reason(self, exc: OSError) -> str:
        """Why a file could not be written, in the interface language where it is common."""
        import errno

        return {
            errno.ENOENT: self.tr("the folder does not exist"),
            errno.EACCES: self.tr("no permission to write there"),
            errno.EROFS: self.tr("the disk is read-only"),
            errno.ENOSPC: self.tr("the disk is full"),
        }.get(exc.errno, exc.strerror or str(exc))

    def _refuse(self, text: str) -> None:
        self.message.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.message.setText(text)


def default_name(db: Database, unit: str | None, shift: str) -> str:
    """``daftar-penugasan-polres-lebak-sif-1.xlsx``: what the list covers, in its name."""
    import re

    from commandpost.store import shifts as shift_store
    from commandpost.store import units as unit_store

    words = ["daftar penugasan"]
    if unit:
        words.append(unit_store.find_unit(db, unit).name)
    words.append(" ".join(shift_store.shift_name(db, shift).split()[:2]) if shift else "rencana")
    return re.sub(r"[^a-z0-9]+", "-", " ".join(words).lower()).strip("-") + ".xlsx"
