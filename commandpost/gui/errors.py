"""Telling an officer, in their language, why a database file cannot be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from commandpost.store.database import StoreError, StoreErrorKind


def problem_text(kind: StoreErrorKind | None) -> str:
    """What is wrong with the file, in a sentence (translated)."""
    tr = QCoreApplication.translate
    texts = {
        StoreErrorKind.NOT_SQLITE: tr(
            "StoreError", "This file is not a database file, so CommandPost cannot use it."
        ),
        StoreErrorKind.NOT_COMMANDPOST: tr(
            "StoreError", "This file is a database, but not a CommandPost database."
        ),
        StoreErrorKind.DAMAGED: tr(
            "StoreError",
            "This CommandPost database is damaged and cannot be opened safely. Use a backup copy.",
        ),
        StoreErrorKind.TOO_NEW: tr(
            "StoreError",
            "This database was made by a newer version of CommandPost. "
            "Update CommandPost to open it.",
        ),
        StoreErrorKind.UNREADABLE: tr(
            "StoreError",
            "The file cannot be read. Check that it exists and that you may read it.",
        ),
        StoreErrorKind.NO_OPERATION: tr("StoreError", "This database holds no operation yet."),
    }
    return texts.get(kind, tr("StoreError", "The file cannot be read."))


def error_texts(error: StoreError | OSError, path: Path | str | None = None) -> tuple[str, str]:
    """Title and body of the message for a file that could not be opened."""
    tr = QCoreApplication.translate
    if isinstance(error, StoreError):
        path, kind, detail = error.path, error.kind, error.detail
    else:
        kind, detail = StoreErrorKind.UNREADABLE, error.strerror or str(error)
    title = tr("StoreError", "CommandPost — database cannot be opened")
    body = (
        tr("StoreError", "The database file could not be opened:")
        + f"\n{path}\n\n"
        + problem_text(kind)
        + "\n\n"
        + tr("StoreError", "Nothing in the file has been changed.")
    )
    if detail:
        body += "\n\n" + tr("StoreError", "Details: %1").replace("%1", detail)
    return title, body


def show_store_error(
    parent: QWidget | None, error: StoreError | OSError, path: Path | str | None = None
) -> None:
    title, body = error_texts(error, path)
    box = QMessageBox(QMessageBox.Icon.Critical, title, body, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("storeErrorBox")
    box.exec()
