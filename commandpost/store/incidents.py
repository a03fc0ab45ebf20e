"""Incidents (kejadian): logged at a node, moving reported → handled → closed.

Creation and each status step are changes, so who did what and when is in the change log.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import bindparam, text

from commandpost.core.threats import INCIDENT_FLOW, check_status_step
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database
from commandpost.store.queries import area_clause, node
from commandpost.store.threats import _check_time, _need_reason, taxonomy, utc_iso


@dataclass(frozen=True)
class IncidentInfo:
    id: str
    node_code: str
    node_name: str
    occurred_at: str
    type: str
    description: str
    people: str
    damage: str
    actions: str
    status: str
    reported_by: str


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
) -> str:
    """Log a new incident (status: reported); returns its id."""
    if node(db, node_code) is None:
        raise ChangeError(f"unknown node {node_code}")
    taxonomy().incident_type(type)
    description = _need_reason(description)
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
        },
        reason="kejadian dilaporkan",
    )
    return incident_id


class StepRefused(ChangeError):
    """The incident is not where this step starts: someone else moved it meanwhile."""

    def __init__(self, current: str, wanted: str, detail: str) -> None:
        self.current = current
        self.wanted = wanted
        super().__init__(detail)


def advance_incident(
    db: Database, incident_id: str, status: str, *, actor: str, note: str, actions: str = ""
) -> None:
    """Move an incident forward (handled, closed), with a note of what was done."""
    current = get_incident(db, incident_id)
    if current is None:
        raise ChangeError(f"no incident {incident_id}")
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


_SELECT = (
    "SELECT i.id, i.node_code, n.name, i.occurred_at, i.type, i.description, i.people, "
    "i.damage, i.actions, i.status, i.reported_by FROM incident i "
    "JOIN node n ON n.code = i.node_code "
)


def get_incident(db: Database, incident_id: str) -> IncidentInfo | None:
    with db.engine.connect() as conn:
        row = conn.execute(text(_SELECT + "WHERE i.id = :id"), {"id": incident_id}).first()
    return IncidentInfo(*row) if row else None


def list_incidents(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    under: str | None = None,
    types: list[str] | None = None,
    statuses: list[str] | None = None,
    areas: list[str] | None = None,
) -> list[IncidentInfo]:
    """Incidents in a period, area (a node, or a unit's ``areas``), of given types and
    statuses; newest first."""
    where, params = ["1 = 1"], {}
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
        return [IncidentInfo(*r) for r in conn.execute(stmt, params)]


def open_incident_count(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM incident WHERE status != :closed"),
            {"closed": INCIDENT_FLOW[-1]},
        ).scalar_one()


@dataclass(frozen=True)
class IncidentStep:
    """One logged step of an incident: reported, handled, closed (or an edit)."""

    recorded_at: str  # UTC, when the step was saved
    actor: str
    status: str | None  # the status it moved to, None for other edits
    note: str
    actions: str


def incident_steps(db: Database, incident_id: str) -> list[IncidentStep]:
    """The incident's steps from the change log, oldest first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT recorded_at, actor, [values], reason FROM change_log "
                "WHERE entity = 'incident' AND entity_id = :id ORDER BY hlc, id"
            ),
            {"id": incident_id},
        ).all()
    steps = []
    for recorded, actor, values, reason in rows:
        values = values if isinstance(values, dict) else json.loads(values)
        steps.append(
            IncidentStep(recorded, actor, values.get("status"), reason, values.get("actions", ""))
        )
    return steps
