"""The program's QSettings, under one organisation and application name.

Tests point QSettings' user scope at a temporary folder, so they never touch an officer's
real settings. Who is working is not a setting: the officer on duty lives in the database
(store.duty) and :func:`operator_name` reads it; the settings only remember the last
identity this computer used, to offer it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

ORGANIZATION = "CommandPost"
APPLICATION = "CommandPost"

LANGUAGE = "ui/language"
LAST_OFFICER = "duty/last"
GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
SPLITTER = "main_window/splitter"
TREE_HEADER = "main_window/tree_header"
LAST_NODE = "main_window/last_node"

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def language() -> str:
    value = settings().value(LANGUAGE, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(value: str) -> None:
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}")
    settings().setValue(LANGUAGE, value)


# Who the changes made in this process name (see :func:`operator_name`): a callable that
# reads the officer on duty from the window's database, or a fixed label.
_on_duty: Callable[[], str] | str | None = None


def operator_name() -> str:
    """Who changes made in the window name as their actor: the officer on duty in the
    window's database ("AIPTU Budi Santoso · NRP 78050123", store.duty), read afresh each
    time so that a handover made elsewhere (the command line) counts at once; never the
    computer's login name. Raises store.duty.NoOfficerOnDuty when none is recorded (the
    window asks for one when it starts)."""
    source = _on_duty
    label = source() if callable(source) else source
    if not label:
        from commandpost.store.duty import NoOfficerOnDuty

        raise NoOfficerOnDuty
    return label


def set_operator_name(source: Callable[[], str] | str | None) -> None:
    """Set who this process's changes name: the window gives a callable reading its
    database's officer on duty (gui.duty.feature); a dialog used on its own (tests) may be
    given a fixed label; None forgets it. Kept in memory only, never in the settings file."""
    global _on_duty
    _on_duty = " ".join(source.split()) if isinstance(source, str) else source


def last_officer() -> dict[str, str]:
    """The identity this computer last recorded (rank, name, nrp, post, zone; empty
    strings when never): what the first-start dialog offers, so that an officer taking
    the same laptop to a new database need not type it again."""
    store = settings()
    return {
        key: str(store.value(f"{LAST_OFFICER}/{key}", "") or "")
        for key in ("rank", "name", "nrp", "post", "zone")
    }


def set_last_officer(**values: str) -> None:
    store = settings()
    for key, value in values.items():
        store.setValue(f"{LAST_OFFICER}/{key}", value or "")
