"""Telling an officer, in their language, why a database file cannot be opened."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from commandpost.store.database import ReadOnlyReason, StoreError, StoreErrorKind


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
        StoreErrorKind.EMPTY: QCoreApplication.translate(
            "StoreError",
            "This file is empty (0 bytes): it is not a CommandPost database. A new database "
            "is made only when you ask for one.",
        ),
        StoreErrorKind.MISSING: QCoreApplication.translate(
            "StoreError", "This file does not exist (any more). Check the folder and the name."
        ),
        StoreErrorKind.IO_ERROR: QCoreApplication.translate(
            "StoreError",
            "The disk or USB stick reported a read/write error. The file itself may be intact: "
            "check the medium (cable, stick), then try again.",
        ),
        StoreErrorKind.DISK_FULL: QCoreApplication.translate(
            "StoreError", "The disk holding this file is full."
        ),
        StoreErrorKind.READ_ONLY: QCoreApplication.translate(
            "StoreError", "This file cannot be written (it is read-only)."
        ),
        StoreErrorKind.LOCKED: QCoreApplication.translate(
            "StoreError", "Another program or window is writing to this file."
        ),
    }
    return texts.get(kind, QCoreApplication.translate("StoreError", "The file cannot be read."))


def failure_text(error: BaseException) -> str:
    """Why a save failed, in the officer's language, naming the real cause and what to do;
    for an error that is not a database or file problem, its own text."""
    if not isinstance(error, StoreError):
        from commandpost.store.failures import classify

        error = classify(error, "") or error
    if not isinstance(error, StoreError):
        return str(error)
    facts = error.facts
    kind = error.kind
    not_saved = QCoreApplication.translate("StoreError", "The last change was NOT saved.")
    if kind is StoreErrorKind.DISK_FULL:
        text = QCoreApplication.translate("StoreError", "The disk is full.")
        if facts.free_bytes is not None and facts.needed_bytes is not None:
            text += " " + QCoreApplication.translate(
                "StoreError", "Free space: %1. Free at least %2 (delete or move other files)."
            ).replace("%1", human_bytes(facts.free_bytes)).replace(
                "%2", human_bytes(facts.needed_bytes)
            )
        return f"{text} {not_saved}"
    if kind is StoreErrorKind.READ_ONLY:
        reason = {
            ReadOnlyReason.FILE: QCoreApplication.translate("StoreError", "The file is read-only."),
            ReadOnlyReason.FOLDER: QCoreApplication.translate(
                "StoreError", "Its folder is read-only."
            ),
            ReadOnlyReason.MEDIUM: QCoreApplication.translate(
                "StoreError", "The disk or USB stick it is on is read-only (write-protected)."
            ),
        }.get(
            facts.read_only, QCoreApplication.translate("StoreError", "The file cannot be written.")
        )
        return f"{reason} {not_saved}"
    if kind is StoreErrorKind.LOCKED:
        who = ", ".join(facts.holders) or QCoreApplication.translate(
            "StoreError", "another program or window"
        )
        return (
            QCoreApplication.translate(
                "StoreError",
                "The file is being written by %1 and the wait was cancelled. Try again when "
                "that program has finished.",
            ).replace("%1", who)
            + " "
            + not_saved
        )
    if kind is StoreErrorKind.DAMAGED:
        return (
            QCoreApplication.translate(
                "StoreError",
                "The database file is damaged, so CommandPost does not write to it. Restore the "
                "newest good backup (File › Restore from backup…).",
            )
            + " "
            + not_saved
        )
    return problem_text(kind) + " " + not_saved


def human_bytes(count: int) -> str:
    """``14_401_536`` → ``"14,4 MB"``: powers of 1000, numbers written as on the tree."""
    from commandpost.gui.look import ID_LOCALE
    from commandpost.store.failures import human_bytes as plain

    number, unit = plain(count).split(" ", 1)
    if unit == "bytes":
        return f"{ID_LOCALE.toString(count)} byte"
    return f"{ID_LOCALE.toString(float(number), 'f', 1)} {unit}"


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


def open_or_ask(parent: QWidget | None, path: Path):
    """Open the database at ``path`` for the window; a missing or empty (0-byte) file becomes
    a new, empty database only when the officer says so. Returns the Database, or None when
    the file was refused (the reason was shown) or the officer declined."""
    from commandpost.store.database import open_database

    try:
        return open_database(path)
    except StoreError as error:
        if error.kind not in (StoreErrorKind.EMPTY, StoreErrorKind.MISSING):
            show_store_error(parent, error, path=path)
            return None
        refusal = error
    except OSError as error:
        show_store_error(parent, error, path=path)
        return None
    box = QMessageBox(parent)
    box.setObjectName("createDatabaseBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("StoreError", "CommandPost — no database in this file")
    )
    if refusal.kind is StoreErrorKind.EMPTY:
        box.setText(
            QCoreApplication.translate("StoreError", "This file is empty (0 bytes):") + f"\n{path}"
        )
    else:
        box.setText(
            QCoreApplication.translate("StoreError", "This file does not exist:") + f"\n{path}"
        )
    box.setInformativeText(
        QCoreApplication.translate(
            "StoreError",
            "Make a new, empty CommandPost database in it? If you meant to open an existing "
            "database, choose No and open the right file.",
        )
    )
    yes = box.addButton(
        QCoreApplication.translate("StoreError", "Make a new database"),
        QMessageBox.ButtonRole.YesRole,
    )
    no = box.addButton(
        QCoreApplication.translate("StoreError", "No"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(no)
    box.exec()
    if box.clickedButton() is not yes:
        return None
    try:
        return open_database(path, create=True)
    except OSError as error:
        show_store_error(parent, error, path=path)
        return None
