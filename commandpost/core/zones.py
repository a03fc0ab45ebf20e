"""Indonesia's three time zones and which provinces keep which (UU/Keppres 41/1987)."""

from __future__ import annotations

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
