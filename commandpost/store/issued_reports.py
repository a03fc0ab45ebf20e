"""Issued reports (laporan yang diterbitkan): kept whole, as changes.

When an officer issues a report (prints it for signature or saves it to send), the document
as printed and its figures are recorded as one change (entity ``issued_report``): who,
when, for which unit and period. It prints again identically later, whatever the data has
become since, and the next report of the same unit can say what changed since this one.
The store keeps the document as JSON text and never reads inside it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from commandpost.store import changelog
from commandpost.store.changelog import ChangeError
from commandpost.store.database import Database, now_iso
from commandpost.store.sql import text

KINDS = ("sitrep", "tps-rawan", "assignments", "incidents", "risks")


@dataclass(frozen=True)
class IssuedInfo:
    id: str
    kind: str
    unit_id: str | None
    since: str  # UTC ISO, "" for a list without a period
    until: str
    issued_at: str  # UTC ISO
    actor: str
    number: str
    title: str
    figures: dict[str, Any]


def issue_report(
    db: Database,
    *,
    kind: str,
    unit_id: str | None,
    since: str,
    until: str,
    number: str,
    title: str,
    document: str,
    figures: dict[str, Any],
    actor: str,
) -> str:
    """Keep an issued report (``document``: the JSON of the printed Document); returns its
    id. Raises ChangeError for an unknown kind or an empty document."""
    if kind not in KINDS:
        raise ChangeError(f"unknown report kind {kind!r}; use one of {', '.join(KINDS)}")
    if not document.strip():
        raise ChangeError("an issued report needs its document")
    report_id = str(uuid.uuid4())
    changelog.record(
        db,
        actor=actor,
        entity="issued_report",
        entity_id=report_id,
        op="create",
        values={
            "kind": kind,
            "unit_id": unit_id,
            "since": since,
            "until": until,
            "issued_at": now_iso(),
            "number": number,
            "title": title,
            "document": document,
            "figures": json.dumps(figures, ensure_ascii=False, sort_keys=True),
        },
        reason=f"{title} issued",
    )
    return report_id


_SELECT = (
    "SELECT r.id, r.kind, r.unit_id, r.since, r.until, r.issued_at, "
    "(SELECT c.actor FROM change_log c WHERE c.entity = 'issued_report' "
    " AND c.entity_id = r.id ORDER BY c.hlc LIMIT 1), r.number, r.title, r.figures "
    "FROM issued_report r "
)


def _info(row: Any) -> IssuedInfo:
    return IssuedInfo(*row[:9], figures=json.loads(row[9] or "{}"))


def list_issued(
    db: Database, *, kind: str | None = None, unit_id: str | None = None
) -> list[IssuedInfo]:
    """Issued reports, newest first; of one kind and unit when given."""
    where, params = ["1 = 1"], {}
    if kind:
        where.append("r.kind = :kind")
        params["kind"] = kind
    if unit_id is not None:
        where.append("r.unit_id = :unit")
        params["unit"] = unit_id
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(_SELECT + "WHERE " + " AND ".join(where) + " ORDER BY r.issued_at DESC, r.id"),
            params,
        ).all()
    return [_info(r) for r in rows]


def previous_report(db: Database, kind: str, unit_id: str | None, until: str) -> IssuedInfo | None:
    """The last issued report of this kind and unit whose period ended before ``until``
    (UTC ISO): what the next report compares itself with."""
    where = "r.kind = :kind AND r.until < :until AND " + (
        "r.unit_id = :unit" if unit_id is not None else "r.unit_id IS NULL"
    )
    with db.engine.connect() as conn:
        row = conn.execute(
            text(_SELECT + "WHERE " + where + " ORDER BY r.until DESC, r.issued_at DESC LIMIT 1"),
            {"kind": kind, "until": until, "unit": unit_id},
        ).first()
    return _info(row) if row else None


def issued_document(db: Database, id_or_prefix: str) -> tuple[IssuedInfo, str]:
    """An issued report and its document JSON, by id or the id's first characters (at
    least 6). Raises ChangeError when none or several match."""
    key = id_or_prefix.strip().lower()
    if len(key) < 6:
        raise ChangeError("give at least the first 6 characters of the report's id")
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(_SELECT.replace("r.figures ", "r.figures, r.document ") + "WHERE r.id LIKE :p"),
            {"p": key + "%"},
        ).all()
    if not rows:
        raise ChangeError(f"no issued report {id_or_prefix!r} (see `commandpost report issued`)")
    if len(rows) > 1:
        raise ChangeError(f"{id_or_prefix!r} names {len(rows)} reports; give more of the id")
    return _info(rows[0][:10]), rows[0][10]
