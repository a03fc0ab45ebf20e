"""Pengaturan: the interface language, and the officer on duty at this post.

The language is applied at once and remembered on this computer. The officer on duty, the
post's name and its time zone live in the database (store.duty): Change… opens the same
form as the first start and records one change at once, whatever becomes of this dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QWidget

from commandpost.gui import i18n
from commandpost.gui import settings as cfg
from commandpost.gui.forms.settings_dialog_ui import Ui_SettingsDialog
from commandpost.store.database import Database

# Language names are written in their own language and never translated.
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, db: Database | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        # The window's database when none is given (the window opens it with itself).
        self.db = db if db is not None else getattr(parent, "db", None)
        for code, name in LANGUAGE_NAMES:
            self.ui.languageCombo.addItem(name, code)
        current = self.ui.languageCombo.findData(cfg.language())
        self.ui.languageCombo.setCurrentIndex(max(current, 0))
        self.ui.officerButton.clicked.connect(self.change_officer)
        self.ui.officerButton.setEnabled(self.db is not None and self.db.read_only is None)
        self._show_officer()
        self.setMinimumWidth(max(self.sizeHint().width(), 520))
        self.resize(self.minimumWidth(), self.sizeHint().height())

    def _show_officer(self) -> None:
        if self.db is None:
            self.ui.officerValue.setText(self.tr("no database open"))
            return
        from commandpost.gui.duty.dialogs import since_text
        from commandpost.store import duty

        now = duty.current(self.db)
        if now.officer is None:
            self.ui.officerValue.setText(self.tr("nobody recorded yet"))
        else:
            self.ui.officerValue.setText(
                self.tr("%1<br>%2 (%3)<br>on duty since %4")
                .replace("%1", f"<b>{_escape(now.officer.label)}</b>")
                .replace("%2", _escape(now.post))
                .replace("%3", now.zone)
                .replace("%4", since_text(now.since, now.zone))
            )

    def change_officer(self) -> None:
        """Correct the officer on duty, the post's name or its zone (one change)."""
        feature = getattr(self.parent(), "duty", None)
        if feature is not None and feature.db is self.db:
            feature.edit_identity()  # it also refreshes the window's status bar
        elif self.db is not None:
            from commandpost.gui.duty.dialogs import IdentityDialog

            IdentityDialog(self.db, self).exec()
        self._show_officer()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def chosen_language(self) -> str:
        return self.ui.languageCombo.currentData()

    def accept(self) -> None:
        language = self.chosen_language()
        if language != cfg.language() or language != i18n.current_language():
            cfg.set_language(language)
            i18n.apply_language(language)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_officer()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
