"""The details pane: what the selected region or TPS is, where it sits, and its totals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from commandpost.core.regions import Level, NodeInfo
from commandpost.gui.models.region_tree import format_count, level_label
from commandpost.store import queries
from commandpost.store.database import Database

BREADCRUMB_SEPARATOR = " › "

# Rows of the form, by key; which ones show depends on the level.
_REGION_ROWS = ("code", "level", "name", "parents", "children", "tps", "dpt")
_TPS_ROWS = ("code", "level", "parents", "number", "address", "dpt")


class DetailsPane(QWidget):
    """Read-only facts about one node; filled by :meth:`show_node`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self._db: Database | None = None
        self._info: NodeInfo | None = None
        self._demo = False
        self._empty = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(10)

        self.demo_banner = QLabel(self)
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setWordWrap(True)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #fff4ce; color: #5c4400;"
            " border: 1px solid #e6c65c; border-radius: 4px; padding: 6px 10px; }"
        )
        self.demo_banner.hide()
        layout.addWidget(self.demo_banner)

        self.title = QLabel(self)
        self.title.setObjectName("detailsTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)

        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("detailsSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.subtitle)

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in (
            "code",
            "level",
            "name",
            "parents",
            "number",
            "address",
            "children",
            "tps",
            "dpt",
        ):
            label = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.labels[key] = label
            self.values[key] = value
            self.form.addRow(label, value)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self._retranslate()
        self.show_node(None)

    # --- public ---------------------------------------------------------------------------

    def set_database(self, db: Database | None, *, demo: bool = False, empty: bool = False) -> None:
        """``empty``: the database holds no regions yet, so say how to fill it."""
        self._db = db
        self._demo = demo
        self._empty = empty
        self.demo_banner.setVisible(demo)
        self.show_node(None)

    def current(self) -> NodeInfo | None:
        return self._info

    def show_node(self, info: NodeInfo | None) -> None:
        self._info = info
        if info is None:
            if self._empty:
                self.title.setText(self.tr("This database holds no regions yet"))
                self.subtitle.setText(
                    self.tr(
                        "Build the Banten demo database with the command <b>commandpost demo</b>, "
                        "or open another database with Ctrl+O."
                    )
                )
            else:
                self.title.setText(self.tr("No region selected"))
                self.subtitle.setText(
                    self.tr("Choose a region in the tree on the left, or find one with Ctrl+F.")
                )
            for key in self.values:
                self.form.setRowVisible(self.values[key], False)
            return
        rows = _TPS_ROWS if info.level == Level.TPS else _REGION_ROWS
        for key, value in self.values.items():
            self.form.setRowVisible(value, key in rows)
        level = level_label(info)
        self.title.setText(info.name)
        self.subtitle.setText(f"{level} · {info.code}")
        self.values["code"].setText(info.code)
        self.values["level"].setText(level)
        self.values["name"].setText(info.name)
        self.values["parents"].setText(self._breadcrumb(info))
        self.values["children"].setText(self._children_text(info))
        self.values["tps"].setText(format_count(info.tps_count))
        self.values["dpt"].setText(self.tr("%1 voters").replace("%1", format_count(info.dpt)))
        if info.level == Level.TPS:
            tps = queries.tps_info(self._db, info.code) if self._db is not None else None
            self.values["number"].setText(str(tps.number) if tps else "–")
            self.values["address"].setText(tps.address if tps and tps.address else "–")
            if tps is not None:
                self.values["dpt"].setText(
                    self.tr("%1 voters").replace("%1", format_count(tps.dpt))
                )

    def breadcrumb_text(self) -> str:
        return self.values["parents"].text()

    # --- helpers --------------------------------------------------------------------------

    def _breadcrumb(self, info: NodeInfo) -> str:
        if info.parent_code is None or self._db is None:
            return self.tr("– (top level)")
        chain = queries.lineage(self._db, info.code)[:-1]
        return BREADCRUMB_SEPARATOR.join(node.name for node in chain)

    def _children_text(self, info: NodeInfo) -> str:
        units = {
            Level.PROVINCE: self.tr("regencies and cities"),
            Level.REGENCY: self.tr("districts (kecamatan)"),
            Level.DISTRICT: self.tr("villages (desa/kelurahan)"),
            Level.VILLAGE: self.tr("polling stations (TPS)"),
        }
        unit = units.get(info.level)
        if unit is None:
            return "–"
        return f"{format_count(info.child_count)} {unit}"

    def _retranslate(self) -> None:
        texts = {
            "code": self.tr("Code:"),
            "level": self.tr("Level:"),
            "name": self.tr("Name:"),
            "parents": self.tr("Part of:"),
            "number": self.tr("TPS number:"),
            "address": self.tr("Address:"),
            "children": self.tr("Regions below:"),
            "tps": self.tr("Polling stations (TPS):"),
            "dpt": self.tr("Voters (DPT):"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.demo_banner.setText(
            self.tr("Demo data: TPS counts, voters (DPT) and TPS addresses are synthetic.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.show_node(self._info)
        super().changeEvent(event)
