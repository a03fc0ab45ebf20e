"""The officer on duty at a post (petugas jaga): who records the changes made there.

Plain Python. Every change the window or the command line records names its actor as
:meth:`Officer.label` ("AIPTU Budi Santoso · NRP 78050123"), never the computer's login
name: one laptop is used by the shifts of a post in turn, and a handover of duty (serah
terima tugas) changes who is named from then on. The store keeps the officer on the
station's row (store.duty); the post's time zone (WIB, WITA, WIT) defaults from the
operation's province (core.zones).
"""

from __future__ import annotations

from dataclasses import dataclass

ZONES = ("WIB", "WITA", "WIT")
# The station columns a duty change writes (store.models.Station, store.changelog).
STATION_FIELDS = (
    "duty_rank",
    "duty_name",
    "duty_nrp",
    "duty_since",
    "duty_from",
    "duty_note",
    "time_zone",
)
NRP_DIGITS = 8  # a Polri member's NRP; a PNS Polri officer has an 18-digit NIP


@dataclass(frozen=True)
class Officer:
    """One officer: ``rank`` as printed in capitals (``AIPTU``, ``KOMBES POL``, ``PENATA``),
    ``rank_key`` the key in resources/templates/ranks_polri.json, ``name`` as written,
    ``nrp`` 8 digits (or an 18-digit NIP for a PNS Polri officer)."""

    rank_key: str
    rank: str
    name: str
    nrp: str

    @property
    def number_kind(self) -> str:
        """``NRP`` or ``NIP`` (18 digits)."""
        return "NRP" if len(self.nrp) == NRP_DIGITS else "NIP"

    @property
    def short(self) -> str:
        """Rank and name: ``AIPTU Budi Santoso`` (the status bar)."""
        return f"{self.rank} {self.name}"

    @property
    def label(self) -> str:
        """Rank, name and number as every change records its actor:
        ``AIPTU Budi Santoso · NRP 78050123``."""
        return f"{self.rank} {self.name} · {self.number_kind} {self.nrp}"


@dataclass(frozen=True)
class Duty:
    """Who is on duty at a post and since when. ``officer`` None: nobody recorded yet.
    ``since`` UTC ISO; ``handed_over_by`` the outgoing officer's label at the last handover
    (empty when none), ``note`` its note; ``post`` the post's name (the station's name);
    ``zone`` the post's time zone, ``zone_set`` False when it comes from the province."""

    station_id: str
    post: str
    officer: Officer | None
    since: str | None
    handed_over_by: str
    note: str
    zone: str
    zone_set: bool
