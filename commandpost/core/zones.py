"""Indonesia's three time zones and which provinces keep which (UU/Keppres 41/1987)."""

from __future__ import annotations

import datetime as dt

# WITA: Bali, Nusa Tenggara, South/East/North Kalimantan, all of Sulawesi; WIT: Maluku and
# Papua; the rest (Sumatra, Java, West and Central Kalimantan) WIB.
_WITA = {"51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"}
_WIT = {"81", "82", "91", "92", "93", "94", "95", "96", "97"}


def zone_of_province(code: str | None) -> str:
    """``WIB``, ``WITA`` or ``WIT`` for a province code (``36`` → WIB); WIB when unknown or
    for a national operation (the capital's zone)."""
    key = (code or "")[:2]
    if key in _WITA:
        return "WITA"
    if key in _WIT:
        return "WIT"
    return "WIB"


def in_zone(moment: str | dt.datetime | None, zone_name: str) -> dt.datetime | None:
    """A stored moment as the post's clock reads it: an aware datetime in ``zone_name``
    (``WIB`` = UTC+7, ``WITA`` = UTC+8, ``WIT`` = UTC+9; its ``tzname()`` is the label).

    ``moment`` is an ISO 8601 text (``2024-11-27T00:30:00+00:00``, ``…Z``) or a datetime;
    a naive one is UTC (how the store keeps times). None for None, "" or text that is no
    time. Raises StageError (core.stages) for a zone other than WIB, WITA or WIT."""
    from commandpost.core.stages import zone

    tz = zone(zone_name)
    if moment is None or moment == "":
        return None
    if isinstance(moment, str):
        try:
            moment = dt.datetime.fromisoformat(moment.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if not isinstance(moment, dt.datetime):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz)


def moment_text(moment: str | dt.datetime | None, zone_name: str) -> str:
    """The command line's one way to print a moment: ``2024-11-27 07:30 WIB`` in the
    post's zone (naive = UTC); "" for None or ""; text that is no time comes back as is."""
    local = in_zone(moment, zone_name)
    if local is None:
        return "" if moment is None else str(moment)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"
