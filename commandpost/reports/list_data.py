"""The rows of the printable lists, from SQL, within a :class:`~.scope.Scope` (no Qt).

Every row carries the *part* of the scope it belongs to: the unit directly below the
scope's unit whose subtree answers for the row's kecamatan (``area_share``), or the scope's
unit itself where it answers directly (its own HQ, "langsung"). The lists print one group
per part, in :func:`parts_of` order, so each group's figures are that part's own.

Which rows a scope holds:

* TPS rawan: the TPS of class rawan or sangat rawan in the scope's kecamatan.
* Incidents and risks are logged at any node. An item at or below a kecamatan belongs to the
  scope when its kecamatan does. An item at a kabupaten/kota or the province (a "region-wide"
  item, such as a Forkopimda risk for all of Kabupaten Serang) belongs to every scope that
  answers for at least one kecamatan inside it: a risk for Kabupaten Tangerang is on Polda
  Banten's register and on Polda Metro Jaya's, since both guard part of it. It is placed in
  the part that answers for all the scope's kecamatan inside that node, or, where several
  parts share them, in the group :data:`ACROSS` ("lintas satuan"). A risk with no area (the
  whole operation) is in every scope, in that group too. Items in a kecamatan no unit
  answers for are in no unit's list (nor in the national one, which is the sum of the
  Poldas).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, text

from commandpost.core.threats import INCIDENT_FLOW
from commandpost.store.assignment_lists import (
    AssignmentRow,
    assignment_rows,
    seniority,
    short_rank,
)
from commandpost.store.database import Database
from commandpost.store.incidents import STEP_CORRECTED, change_fields, list_incidents, step_kind
from commandpost.store.risks import RiskItem, list_risks
from commandpost.store.shifts import PLAN
from commandpost.store.threats import taxonomy
from commandpost.store.units import units as all_units

from .period import Period
from .scope import Scope

DISTRICT_LEN = len("36.02.01")
VILLAGE_LEN = len("36.02.01.2002")
LISTED_CLASSES = ("rawan", "sangat_rawan")
ALL_CLASSES = ("kurang_rawan", "rawan", "sangat_rawan", "khusus")
ACROSS = "*"  # the group of region-wide items several parts share


@dataclass(frozen=True)
class Part:
    """A group of a list: a unit directly below the scope's unit (``key`` its id), the
    scope's unit answering itself, or :data:`ACROSS` for items several parts share."""

    key: str
    name: str


def parts_of(scope: Scope) -> list[Part]:
    """The groups of the scope's lists in print order: items shared by several parts
    first, then the scope's unit where it answers itself, then the parts by name."""
    found = [Part(ACROSS, "Lintas satuan / seluruh wilayah")]
    if scope.unit is not None:
        own = f"{scope.unit.name} (langsung)" if scope.parts else scope.unit.name
        found.append(Part(scope.unit.id, own))
    found += [Part(unit.id, unit.name) for unit, _members in scope.parts]
    return found


def _part_key_of_district(scope: Scope, district: str) -> str | None:
    unit_id = scope.district_unit.get(district)
    return scope.part_of(unit_id) if unit_id else None


def part_key_of_node(scope: Scope, code: str | None) -> str | None:
    """The part an item at ``code`` belongs to (see the module's doc), or None when the
    item is outside the scope."""
    if not code:
        return ACROSS
    if len(code) >= DISTRICT_LEN:
        return _part_key_of_district(scope, code[:DISTRICT_LEN])
    inside = {_part_key_of_district(scope, d) for d in scope.districts if d.startswith(code + ".")}
    if not inside:
        return None
    return inside.pop() if len(inside) == 1 else ACROSS


def _names(db: Database, codes: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    wanted = sorted(codes)
    query = text("SELECT code, name FROM node WHERE code IN :c").bindparams(
        bindparam("c", expanding=True)
    )
    with db.engine.connect() as conn:
        for start in range(0, len(wanted), 900):
            found.update(conn.execute(query, {"c": wanted[start : start + 900]}).all())
    return found


def _class_label(key: str) -> str:
    try:
        return taxonomy().tps_class(key).label.id
    except ValueError:
        return key


# --- TPS rawan and sangat rawan ------------------------------------------------------------


@dataclass(frozen=True)
class Guard:
    """A person on the post that holds a TPS: rank (short, "Bripka"), name and NRP."""

    nrp: str
    rank: str
    name: str


@dataclass(frozen=True)
class TpsRow:
    """A TPS rawan or sangat rawan: where it is, its voters and who guards it.

    ``post_id`` is the post (TPS cluster) holding it, or "" when none does; ``people``
    are the people on that post in the shift, most senior first. Several TPS of one
    cluster have the same post and the same people."""

    part: str  # Part.key
    district_code: str
    kecamatan: str
    village_code: str
    desa: str
    code: str
    number: int
    address: str
    dpt: int
    tps_class: str
    class_label: str
    post_id: str
    post_name: str
    people: tuple[Guard, ...]


_TPS = text(
    "SELECT t.code, t.village_code, t.number, t.address, t.dpt, t.tps_class "
    "FROM tps t WHERE t.tps_class IN :classes"
).bindparams(bindparam("classes", expanding=True))
_GUARDS = text(
    "SELECT po.id, po.name, po.node_code, po.tps, p.nrp, p.rank, p.name FROM post po "
    "JOIN assignment a ON a.post_id = po.id AND a.active AND a.shift = :shift "
    "JOIN person p ON p.nrp = a.nrp "
    "WHERE po.active AND po.kind = 'tps' AND po.node_code IN "
    "(SELECT DISTINCT village_code FROM tps WHERE tps_class IN :classes)"
).bindparams(bindparam("classes", expanding=True))
_POSTS = text(
    "SELECT po.id, po.name, po.node_code, po.tps FROM post po "
    "WHERE po.active AND po.kind = 'tps' AND po.node_code IN "
    "(SELECT DISTINCT village_code FROM tps WHERE tps_class IN :classes)"
).bindparams(bindparam("classes", expanding=True))


def tps_rawan(
    db: Database, scope: Scope, *, shift: str = PLAN, classes: tuple[str, ...] = LISTED_CLASSES
) -> list[TpsRow]:
    """The TPS of class rawan and sangat rawan (or of ``classes``: ALL_CLASSES for every
    TPS) in the scope's kecamatan, with the people
    on the post holding each in ``shift`` (a shift id; ``''`` the operation's plan), in
    part, kecamatan, village and TPS-number order. Three set queries, whatever the size."""
    districts = set(scope.districts)
    params = {"classes": list(classes)}
    with db.engine.connect() as conn:
        found = [r for r in conn.execute(_TPS, params) if r[0][:DISTRICT_LEN] in districts]
        post_rows = conn.execute(_POSTS, params).all()
        guard_rows = conn.execute(_GUARDS, {**params, "shift": shift}).all()
    villages = {r[1] for r in found}
    # Which post holds each TPS (village, number), and who is on each post.
    holder: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    for post_id, name, village, numbers, *_ in post_rows:
        if village in villages:
            for n in numbers.split(","):
                if n.strip().isdigit():
                    holder[(village, int(n))].append((post_id, name))
    people: dict[str, list[tuple[tuple, Guard]]] = defaultdict(list)
    for post_id, _name, village, _numbers, nrp, rank, person in guard_rows:
        if village in villages:
            key = (seniority(rank), person.lower(), nrp)
            people[post_id].append((key, Guard(nrp, short_rank(rank), person)))
    names = _names(db, villages | {v[:DISTRICT_LEN] for v in villages})
    order = {p.key: i for i, p in enumerate(parts_of(scope))}
    rows: list[TpsRow] = []
    for code, village, number, address, dpt, tps_class in found:
        district = village[:DISTRICT_LEN]
        posts = sorted(holder.get((village, number), []))
        guards = sorted(
            (g for post_id, _n in posts for g in people.get(post_id, [])), key=lambda kg: kg[0]
        )
        rows.append(
            TpsRow(
                part=_part_key_of_district(scope, district) or ACROSS,
                district_code=district,
                kecamatan=names.get(district, district),
                village_code=village,
                desa=names.get(village, village),
                code=code,
                number=number,
                address=address or "",
                dpt=dpt or 0,
                tps_class=tps_class,
                class_label=_class_label(tps_class),
                post_id=" + ".join(p for p, _n in posts),
                post_name=" + ".join(n for _p, n in posts),
                people=tuple(g for _k, g in guards),
            )
        )
    rows.sort(
        key=lambda r: (
            order.get(r.part, len(order)),
            r.kecamatan.lower(),
            r.district_code,
            r.desa.lower(),
            r.village_code,
            r.number,
        )
    )
    return rows


# --- assignments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PlacedAssignment:
    """An assignment row (store.assignment_lists) with the part it belongs to."""

    part: str
    row: AssignmentRow


def assignments(
    db: Database, scope: Scope, *, shift: str = PLAN, phone: bool = False
) -> list[PlacedAssignment]:
    """Everyone on a post the scope answers for in ``shift``, grouped by part (the order of
    :func:`~commandpost.store.assignment_lists.assignment_rows` within each part)."""
    rows = assignment_rows(db, unit=scope.unit.id if scope.unit else None, shift=shift, phone=phone)
    by_name = {u.name: u.id for u in all_units(db, retired=True)}
    order = {p.key: i for i, p in enumerate(parts_of(scope))}
    placed = []
    for row in rows:
        unit_id = by_name.get(row.polsek)
        part = scope.part_of(unit_id) if unit_id else None
        placed.append(PlacedAssignment(part or ACROSS, row))
    # A stable sort keeps assignment_rows' order within each part.
    placed.sort(key=lambda p: order.get(p.part, len(order)))
    return placed


_MANNED = text(
    "SELECT substr(po.node_code, 1, 8), count(DISTINCT po.id) FROM assignment a "
    "JOIN post po ON po.id = a.post_id WHERE a.active AND a.shift = :shift GROUP BY 1"
)


def posts_manned(db: Database, scope: Scope, *, shift: str = PLAN) -> dict[str, int]:
    """How many posts have someone on them in ``shift``, per part (the posts of
    :func:`assignments`, counted by the post's key, not its name)."""
    with db.engine.connect() as conn:
        rows = conn.execute(_MANNED, {"shift": shift}).all()
    found: dict[str, int] = defaultdict(int)
    for district, count in rows:
        part = _part_key_of_district(scope, district)
        if part is None and scope.unit is None:
            part = ACROSS  # nationally, posts where no unit answers are listed too
        if part is not None:
            found[part] += count
    return dict(found)


# --- incidents and their activity ----------------------------------------------------------


@dataclass(frozen=True)
class IncidentRow:
    """An incident that occurred in the period. ``occurred`` is in the period's zone;
    ``place`` the node's place ("TPS 3, Desa Sukamaju, Kec. Malingping")."""

    id: str
    part: str
    occurred: dt.datetime
    node_code: str
    place: str
    type: str
    type_label: str
    description: str
    people: str
    damage: str
    actions: str
    status: str
    status_label: str
    reporter: str


@dataclass(frozen=True)
class ActivityRow:
    """A step recorded on an incident of the scope in the period (reported, handled,
    closed, or an edit), in the period's zone. ``incident`` is the incident's id."""

    incident: str
    part: str
    recorded: dt.datetime
    actor: str
    status: str  # the status it moved to, "" for other edits
    status_label: str
    note: str
    actions: str
    place: str
    type_label: str
    occurred: dt.datetime | None


@dataclass(frozen=True)
class IncidentLog:
    incidents: list[IncidentRow]
    activity: list[ActivityRow]


def _type_label(key: str) -> str:
    try:
        return taxonomy().incident_type(key).label.id
    except ValueError:
        return key


def _status_label(key: str) -> str:
    for item in taxonomy().incident_statuses:
        if item.key == key:
            return item.label.id
    return key


def _prefixes(code: str) -> list[str]:
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def places_of(db: Database, codes: set[str]) -> dict[str, str]:
    """Where each node is, below its kabupaten/kota, as paper writes it: "TPS 3, Desa
    Sukamaju, Kec. Malingping" ("Kel." for a kelurahan); a kabupaten/kota by its name,
    the province as "Provinsi Banten"."""
    wanted = sorted({p for c in codes for p in _prefixes(c)})
    query = text("SELECT code, name, village_kind FROM node WHERE code IN :c").bindparams(
        bindparam("c", expanding=True)
    )
    names: dict[str, tuple[str, str | None]] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(wanted), 900):
            for code, name, kind in conn.execute(query, {"c": wanted[start : start + 900]}):
                names[code] = (name, kind)
    out = {}
    for code in codes:
        depth = code.count(".")
        if depth == 0:
            out[code] = f"Provinsi {names.get(code, (code, None))[0]}"
            continue
        if depth == 1:
            out[code] = names.get(code, (code, None))[0]
            continue
        bits = []
        for prefix in reversed(_prefixes(code)[2:]):
            name, kind = names.get(prefix, (prefix, None))
            level = prefix.count(".")
            if level == 4:
                bits.append(f"TPS {int(prefix.rsplit('.', 1)[1])}")
            elif level == 3:
                bits.append(f"{'Kel.' if kind == 'kelurahan' else 'Desa'} {name}")
            else:
                bits.append(f"Kec. {name}")
        out[code] = ", ".join(bits)
    return out


def _local(iso: str, period: Period) -> dt.datetime | None:
    """A stored UTC time in the period's zone (None for an empty or broken one)."""
    from commandpost.core.zones import in_zone

    return in_zone(iso if isinstance(iso, str) else None, period.zone)


_STEPS = text(
    "SELECT c.entity_id, c.recorded_at, c.actor, c.op, c.[values], c.reason, i.node_code, "
    "i.type, i.occurred_at FROM change_log c JOIN incident i ON i.id = c.entity_id "
    "WHERE c.entity = 'incident' AND c.recorded_at >= :since AND c.recorded_at < :until "
    "AND NOT i.voided "
    "ORDER BY c.recorded_at, c.hlc, c.id"
)


def incident_log(db: Database, scope: Scope, period: Period) -> IncidentLog:
    """The incidents that occurred in ``period`` within the scope (in part order, then
    time), and every step recorded on an incident of the scope during the period (oldest
    first), whenever that incident occurred. Voided incidents and their steps are left out
    (store.incidents). The reporter is the field reporter if one was named, with who logged
    it ("dicatat: …"); else who logged it."""
    found = list_incidents(db, since=period.since, until=period.until)
    with db.engine.connect() as conn:
        steps = conn.execute(_STEPS, {"since": period.since, "until": period.until}).all()
    keep = [(part_key_of_node(scope, i.node_code), i) for i in found]
    keep = [(p, i) for p, i in keep if p is not None]
    step_keep = [(part_key_of_node(scope, s[6]), s) for s in steps]
    step_keep = [(p, s) for p, s in step_keep if p is not None]
    places = places_of(db, {i.node_code for _p, i in keep} | {s[6] for _p, s in step_keep})
    order = {p.key: i for i, p in enumerate(parts_of(scope))}
    incidents = []
    for part, info in keep:
        when = _local(info.occurred_at, period)
        assert when is not None  # list_incidents compared it as a time
        incidents.append(
            IncidentRow(
                id=info.id,
                part=part,
                occurred=when,
                node_code=info.node_code,
                place=places.get(info.node_code, info.node_code),
                type=info.type,
                type_label=_type_label(info.type),
                description=info.description,
                people=info.people,
                damage=info.damage,
                actions=info.actions,
                status=info.status,
                status_label=_status_label(info.status),
                reporter=(
                    f"{info.reporter}\n(dicatat: {info.reported_by})"
                    if info.reporter and info.reported_by
                    else info.reporter or info.reported_by
                ),
            )
        )
    incidents.sort(key=lambda r: (order.get(r.part, len(order)), r.occurred, r.id))
    activity = []
    for part, (incident, recorded, actor, op, values, reason, node, kind, occurred) in step_keep:
        values = values if isinstance(values, dict) else json.loads(values or "{}")
        status = values.get("status") or ""
        if op == "create" and not status:
            status = INCIDENT_FLOW[0]
        fields = change_fields(op, values, incident)
        corrected = step_kind(op, fields) == STEP_CORRECTED
        when = _local(recorded, period)
        if when is None:
            continue
        activity.append(
            ActivityRow(
                incident=incident,
                part=part,
                recorded=when,
                actor=actor,
                status=status,
                status_label=_status_label(status) if status else ("Koreksi" if corrected else ""),
                note=reason or "",
                actions=values.get("actions", "") or "",
                place=places.get(node, node),
                type_label=_type_label(kind),
                occurred=_local(occurred, period),
            )
        )
    activity.sort(key=lambda r: (order.get(r.part, len(order)), r.recorded, r.incident))
    return IncidentLog(incidents, activity)


# --- the risk register ---------------------------------------------------------------------


@dataclass(frozen=True)
class RiskRow:
    """A line of the register with the part it belongs to and where it is."""

    part: str
    place: str  # "Seluruh wilayah operasi", "Kabupaten Lebak", "Desa X, Kec. Y"
    item: RiskItem


def risk_items(
    db: Database, scope: Scope, stage_id: str, *, today: dt.date | None = None
) -> list[RiskRow]:
    """The register of a stage and its sub-stages within the scope (see the module's doc
    for region-wide lines), in part order, then as the register orders them (stage,
    worst first). ``today`` decides which lines are overdue (default: today in WIB)."""
    items = list_risks(db, stage_id=stage_id, today=today)
    keep = [(part_key_of_node(scope, i.node_code), i) for i in items]
    keep = [(p, i) for p, i in keep if p is not None]
    places = places_of(db, {i.node_code for _p, i in keep if i.node_code})
    order = {p.key: i for i, p in enumerate(parts_of(scope))}
    rows = [
        RiskRow(
            part,
            places.get(item.node_code, item.node_name)
            if item.node_code
            else "Seluruh wilayah operasi",
            item,
        )
        for part, item in keep
    ]
    rows.sort(key=lambda r: order.get(r.part, len(order)))  # stable: the register's order
    return rows
