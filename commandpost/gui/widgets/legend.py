"""The key to the class swatches, under the tree: the same boxes as in every list and print."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from commandpost.gui import look

# Worst first, as an officer scans for them.
ORDER = ("sangat_rawan", "rawan", "khusus", "kurang_rawan")


class ClassLegend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("classLegend")
        # In a narrow window the key is cut short rather than widening the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(6)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        self.names: dict[str, QLabel] = {}
        for key in ORDER:
            swatch = QLabel(self)
            swatch.setPixmap(look.class_icon(key).pixmap(14, 14))
            layout.addWidget(swatch)
            name = QLabel(self)
            name.setObjectName(f"legend_{key}")
            self.names[key] = name
            layout.addWidget(name)
            layout.addSpacing(8)
        layout.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("TPS class:"))
        for key, name in self.names.items():
            name.setText(look.class_label(key))
        self.setToolTip(
            self.tr(
                "A region's box shows the worst class among the TPS below it; the boxes keep "
                "their patterns on black-and-white printouts."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
