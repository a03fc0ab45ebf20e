"""The program's QSettings, under one organisation and application name.

Tests point QSettings' user scope at a temporary folder, so they never touch an officer's
real settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "CommandPost"
APPLICATION = "CommandPost"

LANGUAGE = "ui/language"
OPERATOR = "ui/operator"
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


def operator_name() -> str:
    """Who is entering updates: the name set in Pengaturan, else the computer login name."""
    value = settings().value(OPERATOR, "")
    if isinstance(value, str) and value.strip():
        return value.strip()
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "operator"


def set_operator_name(value: str) -> None:
    settings().setValue(OPERATOR, " ".join(value.split()))
