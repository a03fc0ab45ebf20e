"""Qt's own dialogs speak Indonesian too: the file dialog the imports and exports open shows
no English label, button, tooltip or column title (Qt ships no Indonesian translation, so
resources/translations/qtbase_id.ts supplies it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QTreeView,
)

from commandpost.gui import i18n

# Words that are the same in both languages.
SAME = {"", "OK", "Folder"}


def _texts(dialog: QFileDialog) -> set[str]:
    """Every text a user can read on the dialog: labels, buttons, tooltips, column titles."""
    texts = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            texts |= {button.text(), button.toolTip()}
    for view in dialog.findChildren(QTreeView):
        model = view.model()
        if view.isVisible() and not view.isHeaderHidden() and model is not None:
            horizontal = Qt.Orientation.Horizontal
            texts |= {
                str(model.headerData(column, horizontal) or "")
                for column in range(model.columnCount())
            }
    return {text.replace("&", "") for text in texts}


def _dialog(qtbot, mode: QFileDialog.AcceptMode) -> QFileDialog:
    dialog = QFileDialog(None, "", "", "Daftar TPS (*.csv *.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_file_dialog_has_no_english(qtbot, mode):
    i18n.apply_language("en")
    english = _texts(_dialog(qtbot, mode))
    i18n.apply_language("id")
    indonesian = _texts(_dialog(qtbot, mode))
    assert {"Look in:", "Files of type:", "File name:"} <= english  # the check sees them
    assert english & indonesian <= SAME, sorted(english & indonesian - SAME)
    assert {"Lihat di:", "Jenis berkas:", "Nama berkas:"} <= indonesian
    assert QApplication.translate("QFileDialog", "All files (*)") == "Semua berkas (*)"


def test_no_indonesian_text_says_none():
    """Threat levels are "tidak ada, rendah, sedang, tinggi" on the Indonesian screen (the
    import help and its errors said "none"), and the import accepts what the help says."""
    import re
    import xml.etree.ElementTree as ET

    from commandpost.core.threats import ThreatLevel, parse_level
    from commandpost.paths import RESOURCES

    root = ET.parse(RESOURCES / "translations" / "commandpost_id.ts").getroot()
    english = [
        text
        for message in root.iter("message")
        for text in [message.findtext("translation") or ""]
        if re.search(r"\bnone\b", text)
    ]
    assert english == []
    assert parse_level("tidak ada") is ThreatLevel.NONE
    assert parse_level("Tidak Ada") is ThreatLevel.NONE
