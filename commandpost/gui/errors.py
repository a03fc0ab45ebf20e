"""Telling an officer, in their language, why a database file cannot be opened."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from commandpost.store.database import StoreError, StoreErrorKind


def problem_text(kind: StoreErrorKind | None) -> str:
    """What is wrong with the file, in a sentence (translated)."""
    texts = {
        StoreErrorKind.NOT_SQLITE: QCoreApplication.translate(
            "StoreError", "This file is not a database file, so CommandPost cannot use it."
        ),
        StoreErrorKind.NOT_COMMANDPOST: QCoreApplication.translate(
            "StoreError", "This file is a database, but not a CommandPost database."
        ),
        StoreErrorKind.DAMAGED: QCoreApplication.translate(
            "StoreError",
            "This CommandPost database is damaged and cannot be opened safely. Use a backup copy.",
        ),
        StoreErrorKind.TOO_NEW: QCoreApplication.translate(
            "StoreError",
            "This database was made by a newer version of CommandPost. "
            "Update CommandPost to open it.",
        ),
        StoreErrorKind.UNREADABLE: QCoreApplication.translate(
            "StoreError",
            "The file cannot be read. Check that it exists and that you may read it.",
        ),
        StoreErrorKind.NO_OPERATION: QCoreApplication.translate(
            "StoreError", "This database holds no operation yet."
        ),
    }
    return texts.get(kind, QCoreApplication.translate("StoreError", "The file cannot be read."))


class ErrorTexts(NamedTuple):
    title: str
    text: str  # what happened, with the file's path
    informative: str  # why, and that nothing was changed
    detail: str  # the technical reason, behind "Show Details..."

    def full(self) -> str:
        return "\n\n".join(part for part in (self.text, self.informative, self.detail) if part)


def error_texts(error: StoreError | OSError, path: Path | str | None = None) -> ErrorTexts:
    """Texts of the message for a database file that could not be opened."""
    if isinstance(error, StoreError):
        path, kind, detail = error.path, error.kind, error.detail
    else:
        kind, detail = StoreErrorKind.UNREADABLE, error.strerror or str(error)
    return ErrorTexts(
        title=QCoreApplication.translate("StoreError", "CommandPost — database cannot be opened"),
        text=QCoreApplication.translate("StoreError", "The database file could not be opened:")
        + f"\n{path}",
        informative=problem_text(kind)
        + "\n\n"
        + QCoreApplication.translate("StoreError", "Nothing in the file has been changed."),
        detail=detail,
    )


def store_error_box(
    parent: QWidget | None, error: StoreError | OSError, path: Path | str | None = None
) -> QMessageBox:
    texts = error_texts(error, path)
    box = QMessageBox(
        QMessageBox.Icon.Critical, texts.title, texts.text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("storeErrorBox")
    box.setInformativeText(texts.informative)
    if texts.detail:
        box.setDetailedText(texts.detail)
    return box


def show_store_error(
    parent: QWidget | None, error: StoreError | OSError, path: Path | str | None = None
) -> None:
    """Tell the user why the file cannot be opened; returns when they have read it."""
    store_error_box(parent, error, path).exec()
