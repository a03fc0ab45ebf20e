"""Incidents (kejadian): logged at a node, moving reported → handled → closed.

Creation, each status step, a correction and a void are changes, so who did what, when and
why is in the change log; nothing is ever erased. An incident records who reported it from
the field (name, unit, contact) apart from who typed it (``reported_by``, the actor).

A voided incident (dibatalkan: logged by mistake, a double entry, a hoax report) stays in
the list, marked, but is counted nowhere: ``list_incidents`` and ``open_incident_count``
leave it out unless asked, and so do the reports and the timeline that read them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from commandpost.core.threats import INCIDENT_FLOW, check_status_step
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.queries import area_clause, node
from commandpost.store.sql import bindparam, text
from commandpost.store.threats import Edit, _check_time, _need_reason, taxonomy, utc_iso

# The fields a correction may change (store order: how a history line lists them).
CORRECTABLE = (
    "type",
    "occurred_at",
    "node_code",
    "description",
    "reporter_name",
    "reporter_unit",
    "reporter_contact",
)
_LIMITS = {"reporter_name": 200, "reporter_unit": 200, "reporter_contact": 100}

# What a step of an incident did (IncidentStep.kind).
STEP_REPORTED = "reported"
STEP_STATUS = "status"
STEP_CORRECTED = "corrected"
STEP_VOIDED = "voided"
STEP_RESTORED = "restored"  # a void taken back (undo)


def reporter_text(name: str, unit: str = "", contact: str = "") -> str:
    """ "Bripka Andi (Polsek Cikeusal, 0812 3456 7890)"; "" when nobody was named."""
    name, unit, contact = name.strip(), unit.strip(), contact.strip()
    extra = ", ".join(x for x in (unit, contact) if x)
    if name and extra:
        return f"{name} ({extra})"
    return name or extra


@dataclass(frozen=True)
class IncidentInfo:
    id: str
    node_code: str
    node_name: str
    occurred_at: str  # UTC ISO, to the minute
    type: str
    description: str
    people: str
    damage: str
    actions: str
    status: str
    reported_by: str  # who typed it (the actor of the creation)
    reporter_name: str = ""  # who reported it from the field, if given
    reporter_unit: str = ""
    reporter_contact: str = ""
    voided: bool = False
    void_reason: str = ""

    @property
    def reporter(self) -> str:
        """The field reporter as one line ("" when none was recorded)."""
        return reporter_text(self.reporter_name, self.reporter_unit, self.reporter_contact)


def _check_type(type: str) -> str:
    kinds = taxonomy().incident_types
    if not (type or "").strip():
        raise ChangeError(
            "the incident type is required; use one of " + ", ".join(t.key for t in kinds)
        )
    try:
        taxonomy().incident_type(type)
    except ValueError as exc:  # it names the known types
        raise ChangeError(str(exc)) from None
    return type


def _reporter(values: dict[str, Any]) -> dict[str, str]:
    out = {}
    for field, limit in _LIMITS.items():
        if field not in values or values[field] is None:
            continue
        value = " ".join(str(values[field]).split())
        if len(value) > limit:
            raise ChangeError(f"{field.replace('_', ' ')} is longer than {limit} characters")
        out[field] = value
    return out


def add_incident(
    db: Database,
    *,
    node_code: str,
    type: str,
    description: str,
    actor: str,
    occurred_at: str | None = None,
    people: str = "",
    damage: str = "",
    actions: str = "",
    reporter_name: str = "",
    reporter_unit: str = "",
    reporter_contact: str = "",
) -> str:
    """Log a new incident (status: reported); returns its id.

    ``occurred_at``: an ISO time (without offset: the laptop's local time), default now;
    never in the future. ``reporter_*``: who reported it from the field, if not the actor.
    Raises ChangeError (a ValueError) for an unknown node or type, an empty description or
    a bad time; nothing is written then.
    """
    if node(db, node_code) is None:
        raise ChangeError(f"unknown node {node_code}")
    _check_type(type)
    description = _need_description(description)
    reporter = _reporter(
        {
            "reporter_name": reporter_name,
            "reporter_unit": reporter_unit,
            "reporter_contact": reporter_contact,
        }
    )
    incident_id = str(uuid.uuid4())
    changelog.record(
        db,
        actor=actor,
        entity="incident",
        entity_id=incident_id,
        op="create",
        values={
            "node_code": node_code,
            "occurred_at": _check_time(occurred_at),
            "type": type,
            "description": description,
            "people": people,
            "damage": damage,
            "actions": actions,
            "status": INCIDENT_FLOW[0],
            "reported_by": actor,
            **{k: v for k, v in reporter.items() if v},
        },
        reason="kejadian dilaporkan",
    )
    return incident_id


def _need_description(description: str) -> str:
    description = (description or "").strip()
    if not description:
        raise ChangeError("a description of what happened is required")
    return description


class StepRefused(ChangeError):
    """The incident is not where this step starts: someone else moved it meanwhile."""

    def __init__(self, current: str, wanted: str, detail: str) -> None:
        self.current = current
        self.wanted = wanted
        super().__init__(detail)


def _existing(db: Database, incident_id: str, doing: str) -> IncidentInfo:
    current = get_incident(db, incident_id)
    if current is None:
        raise ChangeError(f"no incident {incident_id}")
    if current.voided:
        raise ChangeError(
            f"incident {incident_id} is voided (dibatalkan: {current.void_reason}); "
            f"a voided incident cannot be {doing}"
        )
    return current


def advance_incident(
    db: Database, incident_id: str, status: str, *, actor: str, note: str, actions: str = ""
) -> None:
    """Move an incident forward (handled, closed), with a note of what was done."""
    current = _existing(db, incident_id, "moved on")
    try:
        check_status_step(current.status, status)
    except ValueError as exc:
        raise StepRefused(current.status, status, str(exc)) from None
    values = {"status": status}
    if actions.strip():
        values["actions"] = actions.strip()
    changelog.record(
        db,
        actor=actor,
        entity="incident",
        entity_id=incident_id,
        op="set",
        values=values,
        reason=_need_reason(note),
    )


def correct_incident(
    db: Database,
    incident_id: str,
    *,
    actor: str,
    reason: str,
    type: str | None = None,
    occurred_at: str | None = None,
    node_code: str | None = None,
    description: str | None = None,
    reporter_name: str | None = None,
    reporter_unit: str | None = None,
    reporter_contact: str | None = None,
) -> Edit:
    """Correct a wrongly logged incident: type, time, place, description, reporter.

    ONE change that writes only the fields that differ, with the reason; the old values
    stay in the log (incident_steps shows them) and an undo writes them back. ``None``
    leaves a field as it is; ``""`` clears a reporter field. Raises ChangeError for an
    unknown incident, a voided one, no reason, a bad value, or when nothing differs.
    """
    current = _existing(db, incident_id, "corrected")
    reason = (reason or "").strip()
    if not reason:
        raise ChangeError("a reason for the correction is required")
    wanted: dict[str, Any] = {}
    if type is not None:
        wanted["type"] = _check_type(type)
    if occurred_at is not None:
        wanted["occurred_at"] = _check_time(occurred_at)
    if node_code is not None:
        if node(db, node_code) is None:
            raise ChangeError(f"unknown node {node_code}")
        wanted["node_code"] = node_code
    if description is not None:
        wanted["description"] = _need_description(description)
    wanted |= _reporter(
        {
            "reporter_name": reporter_name,
            "reporter_unit": reporter_unit,
            "reporter_contact": reporter_contact,
        }
    )
    values = {k: v for k, v in wanted.items() if getattr(current, k) != v}
    if not values:
        raise ChangeError(f"nothing to correct: incident {incident_id} already says so")
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="incident",
        entity_id=incident_id,
        op="set",
        values=values,
        reason=reason,
    )
    return Edit(change, "incident", tuple(writes), reason)


def void_incident(db: Database, incident_id: str, *, actor: str, reason: str) -> Edit:
    """Void (batalkan) an incident logged by mistake: it stays, marked, and is counted
    nowhere from now on. ONE change with the reason; an undo restores it. Raises
    ChangeError for an unknown or already voided incident, or without a reason."""
    _existing(db, incident_id, "voided again")
    reason = (reason or "").strip()
    if not reason:
        raise ChangeError("a reason for voiding the incident is required")
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="incident",
        entity_id=incident_id,
        op="set",
        values={"voided": True, "void_reason": reason},
        reason=reason,
    )
    return Edit(change, "incident", tuple(writes), reason)


_SELECT = (
    "SELECT i.id, i.node_code, n.name, i.occurred_at, i.type, i.description, i.people, "
    "i.damage, i.actions, i.status, i.reported_by, i.reporter_name, i.reporter_unit, "
    "i.reporter_contact, i.voided, i.void_reason FROM incident i "
    "JOIN node n ON n.code = i.node_code "
)


def _info(row) -> IncidentInfo:
    return IncidentInfo(*row[:14], bool(row[14]), row[15] or "")


def get_incident(db: Database, incident_id: str) -> IncidentInfo | None:
    """The incident as it stands now (voided ones too), or None."""
    with db.engine.connect() as conn:
        row = conn.execute(text(_SELECT + "WHERE i.id = :id"), {"id": incident_id}).first()
    return _info(row) if row else None


def list_incidents(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    under: str | None = None,
    types: list[str] | None = None,
    statuses: list[str] | None = None,
    areas: list[str] | None = None,
    include_voided: bool = False,
) -> list[IncidentInfo]:
    """Incidents in a period, area (a node, or a unit's ``areas``), of given types and
    statuses; newest first. Voided incidents only with ``include_voided`` (a list that
    shows them marked); every count and figure leaves them out."""
    where, params = ["1 = 1"], {}
    if not include_voided:
        where.append("NOT i.voided")
    try:
        if since:
            where.append("i.occurred_at >= :since")
            params["since"] = utc_iso(since)
        if until:
            where.append("i.occurred_at < :until")
            params["until"] = utc_iso(until)
    except ValueError:
        raise ChangeError(f"{since if since else until!r} is not a date and time") from None
    if under:
        where.append("(i.node_code = :under OR (i.node_code > :low AND i.node_code < :high))")
        params |= {"under": under, "low": under + ".", "high": under + "/"}
    if areas is not None:
        where.append(area_clause("i.node_code", areas, params))
    stmt_text = _SELECT + "WHERE " + " AND ".join(where)
    if types:
        stmt_text += " AND i.type IN :types"
        params["types"] = types
    if statuses:
        stmt_text += " AND i.status IN :statuses"
        params["statuses"] = statuses
    stmt = text(stmt_text + " ORDER BY i.occurred_at DESC, i.id")
    for name in ("types", "statuses"):
        if name in params:
            stmt = stmt.bindparams(bindparam(name, expanding=True))
    with db.engine.connect() as conn:
        return [_info(r) for r in conn.execute(stmt, params)]


def open_incident_count(db: Database) -> int:
    """Incidents not closed yet, voided ones left out."""
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM incident WHERE status != :closed AND NOT voided"),
            {"closed": INCIDENT_FLOW[-1]},
        ).scalar_one()


@dataclass(frozen=True)
class FieldChange:
    """One field a step changed: its value before and after (as stored)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class IncidentStep:
    """One logged step of an incident: reported, handled, closed, corrected, voided."""

    recorded_at: str  # UTC, when the step was saved
    actor: str
    status: str | None  # the status it moved to, None for other steps
    note: str  # the change's reason: what was done, why it was corrected or voided
    actions: str
    kind: str = STEP_STATUS  # STEP_REPORTED, STEP_STATUS, STEP_CORRECTED, ...
    changes: tuple[FieldChange, ...] = ()  # what a correction (or its undo) changed


def step_kind(op: str, values: dict[str, Any]) -> str:
    """What a logged incident change did, from its op and the fields it wrote."""
    if op == "create":
        return STEP_REPORTED
    if "voided" in values:
        return STEP_VOIDED if values["voided"] else STEP_RESTORED
    if "status" in values:
        return STEP_STATUS
    return STEP_CORRECTED


def change_fields(op: str, values: Any, incident_id: str) -> dict[str, Any]:
    """The fields a logged change wrote to one incident (an undo writes ``items``)."""
    values = values if isinstance(values, dict) else json.loads(values or "{}")
    if op in ("set_many", "create_many"):
        return dict((values.get("items") or {}).get(incident_id, {}))
    return dict(values)


def incident_steps(db: Database, incident_id: str) -> list[IncidentStep]:
    """The incident's steps from the change log, oldest first, each correction with the
    values it replaced (replayed from the log: the log keeps only the new values)."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT recorded_at, actor, op, [values], reason FROM change_log "
                "WHERE entity = 'incident' AND entity_id = :id ORDER BY hlc, id"
            ),
            {"id": incident_id},
        ).all()
    steps = []
    state: dict[str, Any] = {}
    for recorded, actor, op, raw, reason in rows:
        values = change_fields(op, raw, incident_id)
        kind = step_kind(op, values)
        changes = ()
        if kind == STEP_CORRECTED:
            changes = tuple(
                FieldChange(f, state.get(f, ""), values[f])
                for f in CORRECTABLE
                if f in values and state.get(f, "") != values[f]
            )
        state.update(values)
        steps.append(
            IncidentStep(
                recorded,
                actor,
                values.get("status"),
                reason,
                values.get("actions", "") or "",
                kind,
                changes,
            )
        )
    return steps
