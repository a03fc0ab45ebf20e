"""The program's QSettings, under one organisation and application name.

Tests point QSettings' user scope at a temporary folder, so they never touch an officer's
real settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "CommandPost"
APPLICATION = "CommandPost"

LANGUAGE = "ui/language"
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
