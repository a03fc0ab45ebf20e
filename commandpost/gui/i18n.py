"""Loading and switching the interface language (Qt Linguist .qm files).

Indonesian is the default: our own strings (commandpost_id.qm) and, because Qt ships no
Indonesian translation, the Qt dialog texts the program shows (qtbase_id.qm). English is the
source language, so it needs no translator at all. Switching installs or removes translators;
Qt then sends every widget a LanguageChange event and the windows retranslate themselves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from commandpost.paths import RESOURCES

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    return _current


def apply_language(language: str) -> None:
    """Make ``language`` ("id" or "en") the interface language of the running application."""
    global _current
    app = QCoreApplication.instance()
    # Set first: removing a translator already sends LanguageChange, and the widgets that
    # take labels from the taxonomy ask current_language() while handling it.
    _current = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return
    for name in ("commandpost", "qtbase"):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", str(TRANSLATIONS)) or translator.load(
            f"{name}_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no %s translation for %s in %s", name, language, TRANSLATIONS)


def apply_saved_language() -> str:
    """Use the language chosen in the settings (Indonesian unless changed); return it."""
    from commandpost.gui import settings

    language = settings.language()
    apply_language(language)
    return language
