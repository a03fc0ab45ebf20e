"""How paper writes things: Indonesian dates, times and numbers (``QLocale("id_ID")``:
27 November 2024, 17.231), the letterhead (kop) of a unit and the standard header lines
every report and list shares."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale

from commandpost.reports.period import Period

ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
CLASSIFICATIONS = ("", "BIASA", "TERBATAS", "RAHASIA")


def number(value: int) -> str:
    """17231 → ``17.231``."""
    return ID.toString(int(value))


def signed(value: int) -> str:
    """A difference with its sign: ``+3``, ``−2``, ``0`` (a real minus, for paper)."""
    return f"+{number(value)}" if value > 0 else (f"−{number(-value)}" if value < 0 else "0")


def day(value: dt.date, *, weekday: bool = False) -> str:
    """``27 November 2024``, or ``Rabu, 27 November 2024``."""
    fmt = "dddd, d MMMM yyyy" if weekday else "d MMMM yyyy"
    return ID.toString(QDate(value.year, value.month, value.day), fmt)


def short_day(value: dt.date) -> str:
    """``27 Nov 2024``."""
    return ID.toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def clock(moment: dt.datetime) -> str:
    """``06.00`` (Indonesian writes times with a dot)."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def moment(value: dt.datetime, zone_label: str) -> str:
    """``27 Nov 2024 06.00 WIB``."""
    return f"{short_day(value.date())} {clock(value)} {zone_label}"


def local_time(iso: str, period: Period) -> dt.datetime | None:
    """A stored UTC time in the period's zone (None for an empty or broken one)."""
    from commandpost.core.zones import in_zone

    return in_zone(iso, period.zone)


def per(period: Period) -> str:
    """``per pukul 06.00 WIB, Rabu 27 November 2024``: the report's moment (its end)."""
    end = period.local_end
    return f"per pukul {clock(end)} {period.zone}, {day(end.date(), weekday=True).replace(',', '')}"


def span(period: Period) -> str:
    """``Selasa 26 November 2024 pukul 06.00 s.d. Rabu 27 November 2024 pukul 06.00 WIB``."""
    a, b = period.local_start, period.local_end
    first = day(a.date(), weekday=True).replace(",", "")
    last = day(b.date(), weekday=True).replace(",", "")
    return f"{first} pukul {clock(a)} s.d. {last} pukul {clock(b)} {period.zone}"


def clock_note(period: Period) -> str:
    return (
        f"Semua waktu dalam {period.zone} (UTC{period.tz.utcoffset(None).seconds // 3600:+d}); "
        "kejadian dihitung menurut waktu terjadinya, periode awal termasuk, akhir tidak."
    )


_KIND_WORD = {"polres": "RESOR", "polresta": "RESOR KOTA", "polsek": "SEKTOR", "polda": "DAERAH"}
_PREFIX = re.compile(r"^(polda|polresta|polres|polsek)\s+", re.IGNORECASE)


def unit_place(name: str) -> str:
    """``Polres Lebak`` → ``LEBAK``; ``Polsek Cibeber (Lebak)`` → ``CIBEBER``."""
    bare = _PREFIX.sub("", re.sub(r"\s*\(.*?\)", "", name)).strip()
    return bare.upper()


def letterhead(chain: list[tuple[str, str]]) -> tuple[str, ...]:
    """The kop of a unit from its chain of command, top first: ``[(kind, name), …]``.

    Polda Banten: KEPOLISIAN NEGARA REPUBLIK INDONESIA / DAERAH BANTEN; Polres Lebak:
    KEPOLISIAN DAERAH BANTEN / RESOR LEBAK; Polsek Malingping: KEPOLISIAN RESOR LEBAK /
    SEKTOR MALINGPING; a detachment: KEPOLISIAN DAERAH BANTEN / SAT BRIMOB.
    """
    if not chain:
        return ("KEPOLISIAN NEGARA REPUBLIK INDONESIA",)
    kind, name = chain[-1]
    own = f"{_KIND_WORD[kind]} {unit_place(name)}" if kind in _KIND_WORD else name.upper()
    if len(chain) == 1:
        return ("KEPOLISIAN NEGARA REPUBLIK INDONESIA", own)
    up_kind, up_name = chain[-2]
    up = (
        f"KEPOLISIAN {_KIND_WORD[up_kind]} {unit_place(up_name)}"
        if up_kind in _KIND_WORD
        else f"KEPOLISIAN {up_name.upper()}"
    )
    return (up, own)


def footer(made_at: dt.datetime, by: str, period: Period) -> str:
    """The small line at the foot of every page: when and by whom it was made."""
    local = made_at.astimezone(period.tz)
    who = f" oleh {by}" if by else ""
    return f"Dibuat dengan CommandPost {moment(local, period.zone)}{who}"
