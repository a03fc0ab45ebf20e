"""Pengaturan: the interface language and the officer on duty. Applied at once, remembered."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from commandpost.gui import i18n
from commandpost.gui import settings as cfg
from commandpost.gui.forms.settings_dialog_ui import Ui_SettingsDialog

# Language names are written in their own language and never translated.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        for code, name in LANGUAGE_NAMES:
            self.ui.languageCombo.addItem(name, code)
        current = self.ui.languageCombo.findData(cfg.language())
        self.ui.languageCombo.setCurrentIndex(max(current, 0))
        saved = cfg.settings().value(cfg.OPERATOR, "")
        self.ui.operatorEdit.setText(saved if isinstance(saved, str) else "")
        if not self.ui.operatorEdit.text():
            self.ui.operatorEdit.setPlaceholderText(cfg.operator_name())
        self.setMinimumWidth(self.sizeHint().width())

    def chosen_language(self) -> str:
        return self.ui.languageCombo.currentData()

    def accept(self) -> None:
        cfg.set_operator_name(self.ui.operatorEdit.text())
        language = self.chosen_language()
        if language != cfg.language() or language != i18n.current_language():
            cfg.set_language(language)
            i18n.apply_language(language)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
