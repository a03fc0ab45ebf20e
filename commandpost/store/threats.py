"""Threat status (kerawanan): TPS classes, threat levels per category, undo, filters.

Every edit is one change through the change log; the roll-ups on each node (TPS per class,
threats per level) move incrementally with it. An edit returns its field writes, from which
:func:`compensate` builds the undo (and the redo of an undo).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import bindparam, text

from commandpost.core.changes import Change
from commandpost.core.regions import Level, NodeInfo
from commandpost.core.threats import (
    CLASS_COLUMN,
    LEVEL_COLUMN,
    Taxonomy,
    ThreatLevel,
    TpsClass,
    load_taxonomy,
)
from commandpost.paths import RESOURCES
from commandpost.store import changelog
from commandpost.store.changelog import ChangeError, FieldWrite
from commandpost.store.database import Database
from commandpost.store.queries import _NODE_COLUMNS, _node, nodes

__all__ = ["nodes"]

TAXONOMY_PATH = RESOURCES / "templates" / "threat_taxonomy.json"


@cache
def taxonomy() -> Taxonomy:
    return load_taxonomy(TAXONOMY_PATH)


@dataclass(frozen=True)
class Edit:
    """One recorded edit and what it overwrote: enough to undo it."""

    change: Change
    entity: str
    writes: tuple[FieldWrite, ...]
    label: str


def _need_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ChangeError("a reason is required")
    return reason


def _check_time(observed_at: str | None) -> str:
    if not observed_at:
        return datetime.now().astimezone().isoformat(timespec="minutes")
    try:
        when = datetime.fromisoformat(observed_at)
    except ValueError:
        raise ChangeError(f"observed time {observed_at!r} is not a date and time") from None
    if when.tzinfo is None:
        when = when.astimezone()
    if when > datetime.now().astimezone():
        raise ChangeError(f"observed time {observed_at} is in the future")
    return when.isoformat(timespec="minutes")


def tps_under(db: Database, codes: list[str]) -> list[str]:
    """The TPS codes for a selection: TPS as they are, regions expanded to all TPS below."""
    found = nodes(db, codes)
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise ChangeError(f"unknown node {', '.join(unknown[:5])}")
    result: set[str] = set()
    with db.engine.connect() as conn:
        for code, info in found.items():
            if info.level == Level.TPS:
                result.add(code)
            else:
                result.update(
                    conn.execute(
                        text("SELECT code FROM tps WHERE code > :low AND code < :high"),
                        {"low": code + ".", "high": code + "/"},
                    ).scalars()
                )
    return sorted(result)


def set_tps_class(
    db: Database,
    codes: list[str],
    tps_class: TpsClass | str,
    *,
    reason: str,
    actor: str,
    source: str = "",
    observed_at: str | None = None,
) -> Edit:
    """Set the class of the selected TPS (regions stand for every TPS below them)."""
    cls = TpsClass(tps_class)
    reason = _need_reason(reason)
    observed = _check_time(observed_at)
    targets = tps_under(db, codes)
    if not targets:
        raise ChangeError("the selection holds no TPS")
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="tps",
        entity_id=targets[0] if len(targets) == 1 else f"{len(targets)} TPS",
        op="set_many",
        values={
            "items": {c: {"tps_class": cls.value} for c in targets},
            "source": source,
            "observed_at": observed,
        },
        reason=reason,
    )
    return Edit(change, "tps", tuple(writes), f"{cls.value}: {len(targets)} TPS")


def set_threat(
    db: Database,
    codes: list[str],
    category: str,
    level: ThreatLevel | int,
    *,
    reason: str,
    actor: str,
    source: str = "",
    observed_at: str | None = None,
) -> Edit:
    """Set the level of one threat category at the selected nodes (any level of the tree)."""
    taxonomy().category(category)
    lvl = ThreatLevel(int(level))
    reason = _need_reason(reason)
    observed = _check_time(observed_at)
    found = nodes(db, codes)
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise ChangeError(f"unknown node {', '.join(unknown[:5])}")
    items = {
        f"{code}|{category}": {
            "node_code": code,
            "category": category,
            "level": int(lvl),
            "source": source,
            "observed_at": observed,
            "reason": reason,
            "actor": actor,
        }
        for code in sorted(found)
    }
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity="threat",
        entity_id=next(iter(items)) if len(items) == 1 else f"{len(items)} {category}",
        op="create_many",
        values={"items": items, "source": source, "observed_at": observed},
        reason=reason,
    )
    return Edit(change, "threat", tuple(writes), f"{category}={lvl.name.lower()}")


def compensate(db: Database, edit: Edit, *, actor: str, reason: str) -> Edit:
    """Undo ``edit`` with a new change that writes back the old values (never a deletion).

    Undoing the returned edit redoes the original.
    """
    items: dict[str, dict[str, Any]] = {}
    for w in edit.writes:
        if w.old is not None:  # identity fields of a row the edit created stay as they are
            items.setdefault(w.entity_id, {})[w.field] = w.old
    if not items:
        raise ChangeError("nothing to undo: that change was overruled by a newer one")
    change, writes = changelog.record_edit(
        db,
        actor=actor,
        entity=edit.entity,
        entity_id=edit.change.entity_id,
        op="set_many",
        values={"items": items, "compensates": edit.change.id},
        reason=reason,
    )
    return Edit(change, edit.entity, tuple(writes), edit.label)


@dataclass(frozen=True)
class ThreatInfo:
    node_code: str
    category: str
    level: int
    source: str
    observed_at: str
    reason: str
    actor: str


def threats_of(db: Database, code: str) -> list[ThreatInfo]:
    """Current threats recorded at a node (level above none), worst first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT node_code, category, level, source, observed_at, reason, actor "
                "FROM threat WHERE node_code = :c AND level > 0 ORDER BY level DESC, category"
            ),
            {"c": code},
        ).all()
    return [ThreatInfo(*r) for r in rows]


@dataclass(frozen=True)
class HistoryEntry:
    change_id: str
    hlc: int
    recorded_at: str
    actor: str
    entity: str
    op: str
    what: dict[str, Any]  # the fields this change wrote for this node
    reason: str
    source: str
    observed_at: str


def history(db: Database, code: str, limit: int = 500) -> list[HistoryEntry]:
    """Every change that touched this node (its TPS detail, threats, incidents), newest first."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.id, c.hlc, c.recorded_at, c.actor, c.entity, c.entity_id, c.op, "
                "c.[values], c.reason FROM change_node n JOIN change_log c ON c.id = n.change_id "
                "WHERE n.node_code = :code ORDER BY c.hlc DESC, c.id DESC LIMIT :limit"
            ),
            {"code": code, "limit": limit},
        ).all()
    entries = []
    for cid, hlc, recorded, actor, entity, _entity_id, op, values, reason in rows:
        values = values if isinstance(values, dict) else json.loads(values)
        if op in ("set_many", "create_many"):
            what: dict[str, Any] = {}
            for key, fields in values["items"].items():
                if key == code or key.startswith(code + "|"):
                    what.update(fields)
        else:
            what = dict(values)
        entries.append(
            HistoryEntry(
                cid,
                hlc,
                recorded,
                actor,
                entity,
                op,
                what,
                reason,
                values.get("source", ""),
                values.get("observed_at", ""),
            )
        )
    return entries


def _range(under: str | None) -> dict[str, str]:
    if not under:
        return {"low": "", "high": "\uffff"}
    return {"low": under, "high": under + "/"}


def filter_tps(
    db: Database,
    classes: list[TpsClass] | None = None,
    under: str | None = None,
    category: str | None = None,
    min_level: int = 1,
    limit: int = 5000,
) -> list[NodeInfo]:
    """TPS of the given classes and/or with a threat of ``category`` at ``min_level`` or worse.

    ``category`` may be "bencana" for any natural disaster. Results in code order.
    """
    where, params = ["n.code >= :low", "n.code < :high"], _range(under)
    join = ""
    if classes:
        where.append("t.tps_class IN :classes")
        params["classes"] = [TpsClass(c).value for c in classes]
    if category:
        cats = (
            sorted(taxonomy().disaster_categories)
            if category == "bencana"
            else [taxonomy().category(category).key]
        )
        join = (
            "JOIN (SELECT DISTINCT node_code FROM threat WHERE category IN :cats "
            "AND level >= :min_level) h ON h.node_code = n.code "
        )
        params |= {"cats": cats, "min_level": int(min_level)}
    sql = (
        f"SELECT {_NODE_COLUMNS.replace('node.', 'n.')} "
        f"FROM tps t JOIN node n ON n.code = t.code {join}"
        f"WHERE {' AND '.join(where)} ORDER BY n.code LIMIT :limit"
    )
    stmt = text(sql)
    for name in ("classes", "cats"):
        if name in params:
            stmt = stmt.bindparams(bindparam(name, expanding=True))
    with db.engine.connect() as conn:
        return [_node(r) for r in conn.execute(stmt, {**params, "limit": limit})]


def filter_regions(
    db: Database,
    min_class: TpsClass = TpsClass.RAWAN,
    level: Level | None = None,
    under: str | None = None,
    limit: int = 5000,
) -> list[NodeInfo]:
    """Regions with at least one TPS of ``min_class`` or worse below them."""
    columns = {
        TpsClass.RAWAN: ("n_rawan", "n_sangat_rawan"),
        TpsClass.SANGAT_RAWAN: ("n_sangat_rawan",),
        TpsClass.KHUSUS: ("n_khusus",),
    }[TpsClass(min_class)]
    where = [f"({' + '.join(columns)}) > 0", "level < 4", "code >= :low", "code < :high"]
    params: dict[str, Any] = _range(under)
    if level is not None:
        where.append("level = :level")
        params["level"] = int(level)
    stmt = text(
        f"SELECT {_NODE_COLUMNS} FROM node WHERE {' AND '.join(where)} ORDER BY code LIMIT :limit"
    )
    with db.engine.connect() as conn:
        return [_node(r) for r in conn.execute(stmt, {**params, "limit": limit})]


def rollup_mismatches(db: Database) -> list[str]:
    """Nodes whose stored roll-ups differ from a full recount from the TPS and threat tables.

    The invariant behind the incremental roll-ups; tests check it after random edits.
    """
    names = [*CLASS_COLUMN.values(), *LEVEL_COLUMN.values()]
    index = {name: i for i, name in enumerate(names)}
    with db.engine.connect() as conn:
        stored = {
            r[0]: tuple(r[1:])
            for r in conn.execute(text(f"SELECT code, {', '.join(names)} FROM node"))
        }
        counted: dict[str, list[int]] = {code: [0] * len(names) for code in stored}

        def count(code: str, column: str) -> None:
            parts = code.split(".")
            for i in range(1, len(parts) + 1):
                counted[".".join(parts[:i])][index[column]] += 1

        for code, cls in conn.execute(text("SELECT code, tps_class FROM tps")):
            if cls in CLASS_COLUMN:
                count(code, CLASS_COLUMN[TpsClass(cls)])
        for code, level in conn.execute(text("SELECT node_code, level FROM threat")):
            if level in LEVEL_COLUMN:
                count(code, LEVEL_COLUMN[ThreatLevel(level)])
    return [
        f"{code}: stored {values}, recount {tuple(counted[code])}"
        for code, values in sorted(stored.items())
        if values != tuple(counted[code])
    ]
