"""The officer on duty and the post, kept on this database's own station row.

Recorded like everything else: as changes to the station through the change log (entity
``station``), so the window and the command line name the same officer, the history keeps
every officer and handover, and a change can be undone (threats.compensate_all). Every
change made at the post carries :func:`actor` as its actor. Reads use SQLAlchemy Core only
(the window reads the officer before its first paint).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from commandpost.core.duty import ZONES, Duty, Officer
from commandpost.core.ranks import RankBook, UnknownRank, load_ranks
from commandpost.core.zones import zone_of_province
from commandpost.paths import RESOURCES
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database, now_iso
from commandpost.store.sql import text
from commandpost.store.threats import Edit

RANKS_FILE = RESOURCES / "templates" / "ranks_polri.json"
HANDOVER_REASON = "serah terima tugas"
SET_REASON = "petugas jaga dicatat"
POST_REASON = "posko diubah"
SET_HINT = "commandpost duty set --name NAME --rank RANK --nrp NRP [--post NAME]"


class NoOfficerOnDuty(ChangeError):
    """Nothing may be recorded: this database names no officer on duty yet."""

    def __init__(self) -> None:
        super().__init__(
            "no officer on duty is recorded in this database, and every change must name "
            f"who made it; set one first: {SET_HINT} (or give --actor)"
        )


@cache
def rank_book() -> RankBook:
    """Polri and PNS Polri ranks (resources/templates/ranks_polri.json)."""
    return load_ranks(RANKS_FILE)


def rank_choices() -> list[str]:
    """The Polri ranks as printed in capitals, lowest first, then the PNS Polri ranks: the
    choices of the rank box."""
    return [r.short.upper() for r in rank_book().ranks]


def _printed(rank_key: str) -> str:
    try:
        return rank_book().by_key(rank_key).short.upper()
    except KeyError:
        return rank_key.upper()


def check_officer(rank: str, name: str, nrp: str) -> Officer:
    """An officer from what was typed: the rank however written (``Aiptu``, ``AIPTU``,
    ``Ajun Inspektur Polisi Satu``), the name with its spacing tidied, the NRP as 8 digits
    (or an 18-digit NIP for PNS Polri; tabular.values.parse_nrp's rules: a 7-digit number
    lost its leading zero). Raises ValueError saying what is wrong."""
    from commandpost.tabular.values import parse_nrp

    name = " ".join(str(name or "").split())
    if not name:
        raise ValueError("the officer's name is empty")
    if len(name) > 200:
        raise ValueError("the officer's name is longer than 200 characters")
    if not str(rank or "").strip():
        raise ValueError("the officer's rank (pangkat) is empty")
    try:
        found = rank_book().find(str(rank))
    except UnknownRank as exc:
        raise ValueError(str(exc)) from None
    digits = "".join(str(nrp or "").split())
    if not digits:
        raise ValueError("the officer's NRP is empty")
    try:
        number = parse_nrp(digits)
    except ValueError as exc:
        raise ValueError(str(exc)) from None
    return Officer(found.key, found.short.upper(), name, number)


def _officer(rank: str | None, name: str | None, nrp: str | None) -> Officer | None:
    if not (rank and name and nrp):
        return None
    return Officer(rank, _printed(rank), name, nrp)


def current(db: Database) -> Duty:
    """Who is on duty at this database's own station, its post and time zone."""
    with db.engine.connect() as conn:
        row = (
            conn.execute(
                text(
                    "SELECT name, duty_rank, duty_name, duty_nrp, duty_since, duty_from, "
                    "duty_note, time_zone FROM station WHERE id = :id"
                ),
                {"id": db.station_id},
            )
            .mappings()
            .one()
        )
        province = None
        op_id = db.meta("operation_id")
        if op_id is not None:
            province = conn.execute(
                text("SELECT province_code FROM operation WHERE id = :id"), {"id": op_id}
            ).scalar()
    zone = row["time_zone"] if row["time_zone"] in ZONES else None
    return Duty(
        station_id=db.station_id,
        post=row["name"],
        officer=_officer(row["duty_rank"], row["duty_name"], row["duty_nrp"]),
        since=row["duty_since"],
        handed_over_by=row["duty_from"] or "",
        note=row["duty_note"] or "",
        zone=zone or zone_of_province(province),
        zone_set=zone is not None,
    )


def officer_on_duty(db: Database) -> Officer | None:
    return current(db).officer


def actor(db: Database) -> str:
    """The officer on duty as every change names its actor (``AIPTU Budi Santoso · NRP
    78050123``). Raises NoOfficerOnDuty when none is recorded."""
    officer = officer_on_duty(db)
    if officer is None:
        raise NoOfficerOnDuty
    return officer.label


def post_zone(db: Database) -> str:
    """The post's time zone: WIB, WITA or WIT, as set, else the operation province's."""
    return current(db).zone


def _clean_post(post: str | None) -> str | None:
    if post is None:
        return None
    post = " ".join(post.split())
    if not post:
        raise ValueError("the post's name is empty")
    if len(post) > 200:
        raise ValueError("the post's name is longer than 200 characters")
    return post


def _clean_zone(zone: str | None) -> str | None:
    if zone is None:
        return None
    zone = zone.strip().upper()
    if zone not in ZONES:
        raise ValueError(f"time zone {zone!r} is not one of {', '.join(ZONES)}")
    return zone


def _record(db: Database, values: dict, actor: str, reason: str) -> Edit:
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="station",
        entity_id=db.station_id,
        op="set",
        values=values,
        reason=reason,
    )
    return Edit(change, "station", tuple(writes), reason)


def set_duty(
    db: Database,
    officer: Officer,
    *,
    post: str | None = None,
    zone: str | None = None,
    actor: str | None = None,
    reason: str = SET_REASON,
) -> Edit:
    """Record ``officer`` as on duty (first start, or a correction from the settings), and
    the post's name and time zone when given; one change. The actor is ``actor`` or the
    officer's own label. A different officer is on duty from now; the same officer keeps
    the time they came on duty. Raises ValueError for an empty post or an unknown zone."""
    values: dict = {}
    now = current(db)
    if now.officer is None or now.officer.nrp != officer.nrp:
        values.update(duty_since=now_iso(), duty_from="", duty_note="")
    values.update(duty_rank=officer.rank_key, duty_name=officer.name, duty_nrp=officer.nrp)
    post = _clean_post(post)
    if post is not None and post != now.post:
        values["name"] = post
    zone = _clean_zone(zone)
    if zone is not None:
        values["time_zone"] = zone
    return _record(db, values, actor or officer.label, reason)


def set_post(
    db: Database,
    *,
    post: str | None = None,
    zone: str | None = None,
    actor: str,
) -> Edit | None:
    """Rename the post and/or set its time zone (``""`` for the province's again); one
    change, None when nothing differs."""
    now = current(db)
    values: dict = {}
    post = _clean_post(post)
    if post is not None and post != now.post:
        values["name"] = post
    if zone == "":
        if now.zone_set:
            values["time_zone"] = None
    elif zone is not None:
        zone = _clean_zone(zone)
        if not now.zone_set or zone != now.zone:
            values["time_zone"] = zone
    if not values:
        return None
    return _record(db, values, actor, POST_REASON)


def handover(db: Database, incoming: Officer, *, note: str = "", actor: str | None = None) -> Edit:
    """Serah terima tugas: ``incoming`` takes over from the officer on duty, as one change
    that names both (the outgoing officer in ``duty_from``), the time and the note. Its
    actor is ``actor`` or the outgoing officer; changes after it carry the incoming officer.
    Raises NoOfficerOnDuty when nobody is on duty to hand over, ValueError when the incoming
    officer is the one on duty."""
    outgoing = officer_on_duty(db)
    if outgoing is None:
        raise NoOfficerOnDuty
    if outgoing.nrp == incoming.nrp:
        raise ValueError(f"{incoming.label} is already on duty")
    note = " ".join(str(note or "").split())
    values = {
        "duty_rank": incoming.rank_key,
        "duty_name": incoming.name,
        "duty_nrp": incoming.nrp,
        "duty_since": now_iso(),
        "duty_from": outgoing.label,
        "duty_note": note,
    }
    return _record(db, values, actor or outgoing.label, HANDOVER_REASON)


@dataclass(frozen=True)
class DutyEntry:
    """One recorded change of the officer on duty or the post, newest first in
    :func:`duty_log`: ``kind`` ``handover``, ``set`` (an officer recorded or corrected),
    ``post`` (name or time zone), ``undo``; ``at`` UTC ISO; ``officer`` the incoming
    officer's label (empty for ``post``), ``outgoing`` for a handover."""

    change_id: str
    at: str
    actor: str
    kind: str
    officer: str
    outgoing: str
    note: str
    post: str
    zone: str


def duty_log(db: Database, limit: int = 200) -> list[DutyEntry]:
    """The history of this station's officers on duty and post, newest first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, recorded_at, actor, op, [values], reason FROM change_log "
                "WHERE entity = 'station' AND entity_id = :id "
                "ORDER BY hlc DESC, id DESC LIMIT :limit"
            ),
            {"id": db.station_id, "limit": limit},
        ).all()
    entries = []
    for cid, at, who, op, values, reason in rows:
        values = values if isinstance(values, dict) else json.loads(values)
        if op == "set_many":
            fields = next(iter(values.get("items", {}).values()), {})
            kind = "undo"
        else:
            fields = values
            kind = (
                "handover"
                if reason == HANDOVER_REASON
                else "set"
                if "duty_nrp" in fields
                else "post"
            )
        officer = _officer(fields.get("duty_rank"), fields.get("duty_name"), fields.get("duty_nrp"))
        entries.append(
            DutyEntry(
                change_id=cid,
                at=at,
                actor=who,
                kind=kind,
                officer=officer.label if officer else "",
                outgoing=fields.get("duty_from") or "" if kind == "handover" else "",
                note=fields.get("duty_note") or "" if kind == "handover" else "",
                post=fields.get("name") or "",
                zone=fields.get("time_zone") or "",
            )
        )
    return entries
