"""The details pane: what the selected region or TPS is, where it sits, its totals, and its
vulnerability: class (or classes below), worst threat, current threats and open incidents."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from commandpost.core.regions import Level, NodeInfo
from commandpost.core.strength import people
from commandpost.core.threats import INCIDENT_FLOW
from commandpost.gui import look
from commandpost.gui.models.region_tree import format_count, level_label, signed
from commandpost.store import incidents, queries, suggest, threats, units
from commandpost.store.database import Database

BREADCRUMB_SEPARATOR = " › "

# Rows of the form, by key; which ones show depends on the level.
_REGION_ROWS = (
    "code",
    "level",
    "name",
    "parents",
    "jurisdiction",
    "children",
    "tps",
    "dpt",
    "classes",
    "lower",
    "worst",
    "strength",
    "incidents",
)
_TPS_ROWS = (
    "code",
    "level",
    "parents",
    "jurisdiction",
    "number",
    "address",
    "dpt",
    "tps_class",
    "worst",
    "incidents",
)
_ROWS = (
    "code",
    "level",
    "name",
    "parents",
    "jurisdiction",
    "number",
    "address",
    "children",
    "tps",
    "dpt",
    "tps_class",
    "classes",
    "lower",
    "worst",
    "strength",
    "incidents",
)


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
        self.class_swatch = QLabel(self)
        self.class_swatch.setObjectName("classSwatch")
        for key in _ROWS:
            label = QLabel(self)
            value = QLabel(self)
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.labels[key] = label
            self.values[key] = value
            if key == "tps_class":
                holder = QWidget(self)
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                row.setSpacing(6)
                row.addWidget(self.class_swatch)
                row.addWidget(value, 1)
                self.form.addRow(label, holder)
            else:
                self.form.addRow(label, value)
        layout.addLayout(self.form)

        self.threats_heading = QLabel(self)
        self.threats_heading.setObjectName("threatsHeading")
        heading_font = QFont(self.threats_heading.font())
        heading_font.setBold(True)
        self.threats_heading.setFont(heading_font)
        layout.addSpacing(6)
        layout.addWidget(self.threats_heading)
        # "Why this class": what the operation's class rule suggests from what is recorded
        # (store.suggest), flagged when the officer's class is lower; never applied.
        self.suggestion = QLabel(self)
        self.suggestion.setObjectName("classSuggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestion.hide()
        layout.addWidget(self.suggestion)
        self.threats_list = QLabel(self)
        self.threats_list.setObjectName("threatsList")
        self.threats_list.setWordWrap(True)
        self.threats_list.setTextFormat(Qt.TextFormat.RichText)
        self.threats_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.threats_list)
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
                        "Start an operation with <a href='new-operation'>New operation…</a> "
                        "(Ctrl+N): it makes a database with the regions, stages and units of "
                        "your area, then takes the TPS list. Or "
                        "<a href='open-database'>open another database</a> (Ctrl+O)."
                    )
                )
            else:
                self.title.setText(self.tr("No region selected"))
                self.subtitle.setText(
                    self.tr("Choose a region in the tree on the left, or find one with Ctrl+F.")
                )
            for key in self.values:
                self._row_visible(key, False)
            self.threats_heading.hide()
            self.threats_list.hide()
            self.suggestion.hide()
            return
        rows = _TPS_ROWS if info.level == Level.TPS else _REGION_ROWS
        for key in self.values:
            self._row_visible(key, key in rows)
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
        self._show_vulnerability(info)

    def _row_visible(self, key: str, visible: bool) -> None:
        value = self.values[key]
        self.form.setRowVisible(value.parentWidget() if key == "tps_class" else value, visible)

    def _show_vulnerability(self, info: NodeInfo) -> None:
        db = self._db
        cls = look.region_class(info)
        self.class_swatch.setPixmap(look.class_icon(cls, 16).pixmap(16, 16))
        self.values["tps_class"].setText(look.class_label(info.tps_class or cls))
        kurang = info.tps_count - info.n_rawan - info.n_sangat_rawan - info.n_khusus
        self.values["classes"].setText(
            " · ".join(
                f"{look.class_label(key)} {format_count(count)}"
                for key, count in (
                    ("kurang_rawan", max(kurang, 0)),
                    ("rawan", info.n_rawan),
                    ("sangat_rawan", info.n_sangat_rawan),
                    ("khusus", info.n_khusus),
                )
            )
        )
        worst = self.values["worst"]
        if info.worst_level:
            worst.setText(look.level_label(info.worst_level))
            worst.setStyleSheet(
                f"color: {look.level_color(info.worst_level).name()}; font-weight: bold;"
            )
        else:
            worst.setText(self.tr("none recorded"))
            worst.setStyleSheet("")
        if db is None:
            return
        self._show_strength(info)
        names = units.units_of(db, info.code)
        self.values["jurisdiction"].setText(", ".join(names) if names else self.tr("not set"))
        open_here = incidents.list_incidents(db, under=info.code, statuses=list(INCIDENT_FLOW[:-1]))
        self.values["incidents"].setText(
            self.tr("%1 open").replace("%1", format_count(len(open_here)))
            if open_here
            else self.tr("none open")
        )
        current = threats.threats_of(db, info.code)
        self.threats_heading.setVisible(True)
        self.threats_list.setVisible(True)
        because: tuple[str, ...] = ()
        if info.level == Level.TPS:
            self.threats_heading.setText(self.tr("Why this class"))
            because = self._show_suggestion(info)
        else:
            self.threats_heading.setText(self.tr("Threats recorded for this region itself"))
            self._show_lower(info)
        if not current:
            self.threats_list.setText(
                "<span style='color: palette(placeholder-text)'>"
                + escape(
                    self.tr("No indicator or threat recorded. Use Update vulnerability (Ctrl+E).")
                )
                + "</span>"
            )
            return
        sources = {s.key: look.label(s) for s in threats.sources(db, include_hidden=True)}
        rows = []
        for threat in current:
            color = look.level_color(threat.level)
            level = escape(look.level_label(threat.level))
            if color is not None:
                level = f"<b style='color: {color.name()}'>{level}</b>"
            # Source, who, when: "Laporan Bhabinkamtibmas, Aiptu Budi, 26 Nov 2024 19.05".
            detail = ", ".join(
                part
                for part in (
                    sources.get(threat.source, threat.source),
                    threat.actor,
                    look.format_time(threat.observed_at),
                )
                if part
            )
            name = f"<b>{escape(look.category_label(threat.category))}</b>"
            mark = "▸ " if threat.category in because else ""
            reason = f"<br><i>{escape(threat.reason)}</i>" if threat.reason else ""
            rows.append(
                f"<tr><td style='padding: 3px 0'>{mark}{name}: {level} — "
                f"{escape(detail)}{reason}</td></tr>"
            )
        note = ""
        if because:
            note = (
                "<tr><td style='padding: 3px 0; color: palette(placeholder-text)'>"
                + escape(self.tr("▸ counted by the class rule"))
                + "</td></tr>"
            )
        self.threats_list.setText("<table>" + "".join(rows) + note + "</table>")

    def _show_suggestion(self, info: NodeInfo) -> tuple[str, ...]:
        """The rule's suggestion beside the current class; returns the categories it counted.
        Shown, never applied: the class stays what the officer set."""
        try:
            why = suggest.why(self._db, info.code)
        except ValueError as exc:  # a bad rule file: say so here, keep the rest of the pane
            self.suggestion.setText(
                "<span style='color: #b00020'>"
                + escape(self.tr("The class rule cannot be read: %1").replace("%1", str(exc)))
                + "</span>"
            )
            self.suggestion.show()
            return ()
        found = why.suggestion
        cls = f"<b>{escape(look.class_label(found.tps_class.value))}</b>"
        if found.rule is not None:
            basis = escape(look.label(found.rule))  # the rule's label, in the language
        else:
            basis = escape(self.tr("no rule holds"))
        text = (
            escape(self.tr("Suggested by the class rule: %1 (%2)"))
            .replace("%1", cls)
            .replace("%2", basis)
        )
        if why.lower:
            text += (
                "<br><b style='color: #b00020'>⚠ "
                + escape(
                    self.tr("The current class (%1) is lower than suggested: check it.").replace(
                        "%1", look.class_label(why.tps_class)
                    )
                )
                + "</b>"
            )
        self.suggestion.setText(text)
        self.suggestion.setToolTip(
            self.tr(
                "The operation's class rule suggests a class from the indicators and threats "
                "recorded at this TPS. It is only a suggestion: the class changes only when an "
                "officer changes it."
            )
        )
        self.suggestion.show()
        return found.because

    def _show_lower(self, info: NodeInfo) -> None:
        """A region: how many TPS below have a class lower than the rule suggests."""
        self.suggestion.hide()
        value = self.values["lower"]
        try:
            count = suggest.count_lower(self._db, info.code)
        except ValueError as exc:
            value.setText(self.tr("The class rule cannot be read: %1").replace("%1", str(exc)))
            value.setStyleSheet("color: #b00020;")
            return
        value.setText(
            self.tr("%1 TPS with a class lower than suggested").replace("%1", format_count(count))
            if count
            else self.tr("none")
        )
        value.setStyleSheet("color: #b00020; font-weight: bold;" if count else "")

    def _show_strength(self, info: NodeInfo) -> None:
        """Police assigned here against what the TPS patterns require, and the gap."""
        value = self.values["strength"]
        if info.level == Level.TPS:
            return
        need = info.req_people
        if not need and not info.assigned:
            value.setText(self.tr("no TPS here yet"))
            value.setStyleSheet("")
            return
        gap = info.assigned - need
        text = (
            self.tr("%1 assigned of %2 required (%3); Linmas required: %4")
            .replace("%1", format_count(info.assigned))
            .replace("%2", format_count(need))
            .replace("%3", signed(gap))
            .replace("%4", format_count(people(info.req_linmas)))
        )
        value.setText(text)
        value.setStyleSheet(f"color: {look.gap_color(gap < 0).name()}; font-weight: bold;")

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
            "jurisdiction": self.tr("Jurisdiction:"),
            "tps_class": self.tr("TPS class:"),
            "classes": self.tr("TPS by class:"),
            "lower": self.tr("Below suggestion:"),
            "worst": self.tr("Worst threat:"),
            "incidents": self.tr("Incidents:"),
            "strength": self.tr("Police:"),
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
