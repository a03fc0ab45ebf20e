"""How threat classes and levels look, in one place: the tree, lists, dialogs and (later) print.

Each TPS class has a colour and a pattern (outline, hatch, solid, cross) from the taxonomy,
so that a swatch still reads on a black-and-white printout, and every swatch stands beside
the class name or its short form. Labels come from the taxonomy in the interface language.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QRectF, Qt, QTime, QTimeZone
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDateTimeEdit

from commandpost.core.regions import Level, NodeInfo
from commandpost.core.stages import ZONES
from commandpost.core.stages import zone as zone_tz
from commandpost.core.threats import Item
from commandpost.gui import i18n
from commandpost.store.threats import taxonomy

ID_LOCALE = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
# The house formats on screen (Indonesian style): 27 Nov 2024 07.30 WITA, 27 Nov 2024, 07.30.
# A moment is always shown in the POST's zone with its label, never the laptop's clock.
DATE_TIME_FORMAT = "d MMM yyyy HH.mm"
DATE_FORMAT = "d MMM yyyy"
CLOCK_FORMAT = "HH.mm"

KURANG_RAWAN = "kurang_rawan"
# Light row tints for TPS that need attention; kurang rawan rows stay plain.
_TINTS = {"rawan": "#fff1dc", "sangat_rawan": "#fde2e0", "khusus": "#ece6f7"}
# Strength: short of what the TPS patterns require (screen and paper alike; the figure is
# always written with its minus sign, so black-and-white still reads).
GAP_COLOR = "#b71c1c"
MET_COLOR = "#1b5e20"
# Threat levels: none, rendah, sedang, tinggi.
LEVEL_COLORS = {1: "#6b5d00", 2: "#b35c00", 3: "#b71c1c"}


def label(item: Item) -> str:
    """An item's label in the interface language."""
    return item.label.text(i18n.current_language())


def class_label(key: str | None) -> str:
    if not key:
        return ""
    return _class_label(key, i18n.current_language())


@cache
def _class_label(key: str, language: str) -> str:
    try:
        return taxonomy().tps_class(key).label.text(language)
    except ValueError:
        return key


def level_label(value: int) -> str:
    return _level_label(int(value), i18n.current_language())


@cache
def _level_label(value: int, language: str) -> str:
    return taxonomy().level(value).label.text(language)


def category_label(key: str) -> str:
    try:
        return label(taxonomy().category(key))
    except ValueError:
        return key


def class_color(key: str) -> QColor:
    return QColor(taxonomy().class_colors.get(key, "#757575"))


@cache
def class_tint(key: str | None) -> QColor | None:
    tint = _TINTS.get(key or "")
    return QColor(tint) if tint else None


@cache
def class_ink(key: str | None) -> QColor | None:
    """Text colour for a class name or count: the class colour, darker; none for kurang rawan."""
    if not key or key == KURANG_RAWAN:
        return None
    return class_color(key).darker(120)


@cache
def level_color(value: int) -> QColor | None:
    color = LEVEL_COLORS.get(int(value))
    return QColor(color) if color else None


def region_class(info: NodeInfo) -> str:
    """The class a row shows: a TPS its own; a region the worst class of the TPS below it
    (sangat rawan, then rawan; khusus where it has only khusus TPS besides kurang rawan)."""
    if info.level == Level.TPS:
        return info.tps_class or KURANG_RAWAN
    if info.n_sangat_rawan:
        return "sangat_rawan"
    if info.n_rawan:
        return "rawan"
    if info.n_khusus:
        return "khusus"
    return KURANG_RAWAN


def paint_swatch(painter: QPainter, rect: QRectF, key: str) -> None:
    """The class swatch: its colour and its pattern, with a dark outline."""
    color = class_color(key)
    pattern = taxonomy().class_patterns.get(key, "outline")
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, QColor("white"))
    brush = {
        "solid": QBrush(color, Qt.BrushStyle.SolidPattern),
        "hatch": QBrush(color, Qt.BrushStyle.BDiagPattern),
        "cross": QBrush(color, Qt.BrushStyle.DiagCrossPattern),
    }.get(pattern)
    if brush is not None:
        painter.fillRect(rect, brush)
    pen = QPen(color.darker(140))
    pen.setWidthF(1.5 if pattern == "outline" else 1.0)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


@cache
def class_icon(key: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_swatch(painter, QRectF(1, 1, size - 2, size - 2), key)
    painter.end()
    return QIcon(pixmap)


# --- the post's clock -----------------------------------------------------------------
# The zone of the open database's post (store.duty.post_zone): set by the duty feature when
# a database is opened and after the settings or a handover changed it.
_post_zone = "WIB"


def set_post_zone(name: str | None) -> None:
    """Speak the post's clock (``WIB``, ``WITA`` or ``WIT``) from now on; None or anything
    else: WIB (the capital's)."""
    global _post_zone
    key = (name or "").strip().upper()
    _post_zone = key if key in ZONES else "WIB"


def post_zone() -> str:
    """The zone every time on screen is written in: ``WIB``, ``WITA`` or ``WIT``."""
    return _post_zone


def post_qzone() -> QTimeZone:
    """The post's zone as a fixed-offset QTimeZone (UTC+7/8/9; Indonesia keeps no DST)."""
    return QTimeZone(ZONES[_post_zone] * 3600)


def post_now() -> QDateTime:
    """Now, on the post's clock (a QDateTime in the post's zone)."""
    return QDateTime.currentDateTime().toTimeZone(post_qzone())


def _qt_wall(moment: dt.datetime) -> QDateTime:
    """An aware datetime's wall-clock fields as a QDateTime (for locale formatting only)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def format_time(
    iso: str | dt.datetime | None, zone: str | None = None, seconds: bool = False
) -> str:
    """A moment from the store (ISO text, naive = UTC, or a datetime) as officers read it,
    on the post's clock (or ``zone``'s) with its label: ``27 Nov 2024 08.30 WITA`` (with
    ``seconds``: ``08.30.15``, where moments a minute apart must differ); "" for none, and
    text that is no time comes back unchanged."""
    from commandpost.core.zones import in_zone

    zone = zone or _post_zone
    local = in_zone(iso, zone)
    if local is None:
        return "" if not iso else str(iso)
    shown = ID_LOCALE.toString(_qt_wall(local), DATE_TIME_FORMAT)
    return f"{shown}{local:.%S} {zone}" if seconds else f"{shown} {zone}"


def clock_text(iso: str | dt.datetime | None) -> str:
    """Only the post's clock of a moment where its day is plain from the place: ``08.30``."""
    from commandpost.core.zones import in_zone

    local = in_zone(iso, _post_zone)
    return "" if local is None else f"{local:%H.%M}"


def post_day_text(moment: str | dt.datetime | None) -> str:
    """The post's calendar day of a moment: ``27 Nov 2024`` ("" for none)."""
    from commandpost.core.zones import in_zone

    local = in_zone(moment, _post_zone)
    return "" if local is None else day_text(local.date())


def day_text(day) -> str:
    """A ``datetime.date`` as officers write it: 27 Nov 2024 ("" for None)."""
    if day is None:
        return ""
    return ID_LOCALE.toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def iso_local(moment: QDateTime) -> str:
    """A time from an edit field (or any QDateTime) as the store keeps it: ISO 8601 to the
    minute with the POST's offset, whatever the laptop's zone (08.30 typed in a WITA post:
    ``2024-11-27T08:30+08:00`` = 00.30 UTC). Edits must be prepared by :func:`zone_edit`,
    so that their wall clock is the post's."""
    local = dt.datetime.fromtimestamp(moment.toSecsSinceEpoch(), zone_tz(_post_zone))
    return local.replace(second=0, microsecond=0).isoformat(timespec="minutes")


def zone_edit(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Make a date-and-time field speak the post's clock: it shows and takes times in the
    post's zone (``27 Nov 2024 08.30 WITA``, the zone written in the field and its tooltip),
    keeping its current moment. Call before filling it; returns ``edit``."""
    moment = edit.dateTime()
    edit.setTimeZone(post_qzone())
    edit.setDisplayFormat(f"{DATE_TIME_FORMAT} '{_post_zone}'")
    edit.setDateTime(moment)
    base = edit.property("baseToolTip")
    if base is None:
        base = edit.toolTip()
        edit.setProperty("baseToolTip", base)
    tip = QCoreApplication.translate("look", "Time at the post: %1 (UTC+%2)")
    tip = tip.replace("%1", _post_zone).replace("%2", str(ZONES[_post_zone]))
    edit.setToolTip(f"{base}\n{tip}" if base else tip)
    return edit


# Stage bands on the timeline (and on paper), by what the stage is for; the band's label
# always names the stage, so black-and-white print stays readable.
STAGE_COLORS = {
    "formation": "#b0bec5",
    "voter_list": "#b0bec5",
    "candidacy": "#90caf9",
    "registration": "#64b5f6",
    "determination": "#42a5f5",
    "campaign": "#ffb74d",
    "quiet": "#fff176",
    "voting": "#e57373",
    "counting": "#ce93d8",
    "recapitulation": "#ba68c8",
    "dispute": "#a1887f",
    "inauguration": "#81c784",
    "other": "#cfd8dc",
}


def stage_color(kind: str) -> str:
    return STAGE_COLORS.get(kind, STAGE_COLORS["other"])


@cache
def gap_color(short: bool) -> QColor:
    """Ink for a strength figure: red when people are missing, green when the need is met."""
    return QColor(GAP_COLOR if short else MET_COLOR)


# The personnel board: each lane's colour stripe on a card and the mark written in it, so
# that a black-and-white printout or a washed-out wall screen still tells them apart.
LANE_COLORS = {
    "assigned": "#2e7d32",
    "available": "#607d8b",
    "bko": "#1565c0",
    "reserve": "#ef6c00",
    "resting": "#8d6e63",
    "unavailable": "#616161",
}
LATE_COLOR = "#b71c1c"
# People deployed per day on the stage timeline (open bar: on duty; filled: reported).
PERSONNEL_COLOR = "#37474f"


@cache
def lane_color(lane: str) -> QColor:
    """The stripe of a card in ``lane`` (store.board.LANES)."""
    return QColor(LANE_COLORS.get(lane, LANE_COLORS["available"]))
