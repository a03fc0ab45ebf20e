"""Threat status (kerawanan): TPS classes, threat levels per category, undo, filters.

Every edit is one change through the change log; the roll-ups on each node (TPS per class,
threats per level) move incrementally with it. An edit returns its field writes, from which
:func:`compensate` builds the undo (and the redo of an undo).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any

from commandpost.core.changes import Change
from commandpost.core.regions import Level, NodeInfo, ancestors_of
from commandpost.core.threats import (
    CLASS_COLUMN,
    LEVEL_COLUMN,
    REGION_CLASS_CONDITIONS,
    REGION_THREAT_CONDITIONS,
    Label,
    Taxonomy,
    ThreatLevel,
    TpsClass,
    load_taxonomy,
)
from commandpost.paths import RESOURCES
from commandpost.store import changelog, tps_remove
from commandpost.store.changelog import ChangeError, ChangeSpec, FieldWrite
from commandpost.store.database import Database
from commandpost.store.queries import (
    _NODE_COLUMNS,
    TPS_NODE_COLUMNS,
    _node,
    area_clause,
    nodes,
)
from commandpost.store.sql import bindparam, text

__all__ = ["nodes"]

TAXONOMY_PATH = RESOURCES / "templates" / "threat_taxonomy.json"
TPS_CODE_LENGTH = len("36.02.01.2002.001")
_TPS_BY_CODES = text(
    f"SELECT {TPS_NODE_COLUMNS} FROM node n JOIN tps t ON t.code = n.code WHERE n.code IN :codes"
).bindparams(bindparam("codes", expanding=True))


@cache
def taxonomy() -> Taxonomy:
    return load_taxonomy(TAXONOMY_PATH)


@dataclass(frozen=True)
class Edit:
    """One recorded edit and what it overwrote: enough to undo it. ``more``: edits recorded
    with it in the same transaction that its undo takes back too (a deleted shift's
    assignments)."""

    change: Change
    entity: str
    # A tuple; for a TPS list import or removal the rows' writes made when read
    # (store.tps_remove.RowWrites).
    writes: Sequence[FieldWrite]
    label: str
    more: tuple[Edit, ...] = ()


def _need_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ChangeError("a reason is required")
    return reason


def utc_iso(moment: str) -> str:
    """An ISO time as the store keeps it: UTC, to the minute (2024-11-27T02:30+00:00).

    One form for every laptop, whatever its time zone, so that times compare as text. A
    time without an offset is the laptop's local time. Raises ValueError if not a time.
    """
    when = datetime.fromisoformat(moment)
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(UTC).isoformat(timespec="minutes")


def _check_time(observed_at: str | None) -> str:
    if not observed_at:
        return datetime.now(UTC).isoformat(timespec="minutes")
    try:
        when = utc_iso(observed_at)
    except ValueError:
        raise ChangeError(f"observed time {observed_at!r} is not a date and time") from None
    if when > datetime.now(UTC).isoformat(timespec="minutes"):
        raise ChangeError(f"observed time {observed_at} is in the future")
    return when


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


def _class_spec(
    db: Database,
    codes: list[str],
    tps_class: TpsClass | str,
    meta: dict[str, Any],
    actor: str,
    reason: str,
) -> tuple[ChangeSpec, str]:
    cls = TpsClass(tps_class)
    targets = tps_under(db, codes)
    if not targets:
        raise ChangeError("the selection holds no TPS")
    spec = ChangeSpec(
        actor,
        "tps",
        targets[0] if len(targets) == 1 else f"{len(targets)} TPS",
        "set_many",
        {"items": {c: {"tps_class": cls.value} for c in targets}, **meta},
        reason,
    )
    return spec, f"{cls.value}: {len(targets)} TPS"


def _threat_spec(
    db: Database,
    codes: list[str],
    levels: dict[str, int],
    meta: dict[str, Any],
    actor: str,
    reason: str,
) -> tuple[ChangeSpec, str]:
    for category in levels:
        taxonomy().category(category)
    checked = {c: ThreatLevel(int(lv)) for c, lv in levels.items()}
    found = nodes(db, codes)
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise ChangeError(f"unknown node {', '.join(unknown[:5])}")
    items = {
        f"{code}|{category}": {
            "node_code": code,
            "category": category,
            "level": int(level),
            "source": meta["source"],
            "observed_at": meta["observed_at"],
            "reason": reason,
            "actor": actor,
        }
        for code in sorted(found)
        for category, level in sorted(checked.items())
    }
    if len(checked) == 1:
        [(category, level)] = checked.items()
        label = f"{category}={level.name.lower()}"
        entity_id = next(iter(items)) if len(items) == 1 else f"{len(items)} {category}"
    else:
        label = ", ".join(f"{c}={lv.name.lower()}" for c, lv in sorted(checked.items()))
        entity_id = f"{len(found)} nodes, {len(checked)} categories"
    return ChangeSpec(
        actor, "threat", entity_id, "create_many", {"items": items, **meta}, reason
    ), label


def update_status(
    db: Database,
    codes: list[str],
    *,
    tps_class: TpsClass | str | None = None,
    levels: dict[str, int] | None = None,
    reason: str,
    actor: str,
    source: str = "",
    new_source: str | None = None,
    observed_at: str | None = None,
) -> list[Edit]:
    """One officer's update of a selection, recorded in ONE transaction (and undone as one).

    ``tps_class`` applies to every TPS at or below the selected nodes; ``levels`` (category →
    level) are recorded at the selected nodes themselves. ``new_source`` adds a source of
    information to this operation's list (with that label) and uses it.
    """
    reason = _need_reason(reason)
    observed = _check_time(observed_at)
    levels = levels or {}
    if tps_class is None and not levels:
        raise ChangeError("nothing to change: choose a class or a threat level")
    specs: list[tuple[ChangeSpec, str]] = []
    if new_source is not None:
        source_spec, source = _new_source_spec(db, new_source, actor)
        specs.append((source_spec, ""))
    meta = {"source": source, "observed_at": observed}
    if tps_class is not None:
        specs.append(_class_spec(db, codes, tps_class, meta, actor, reason))
    if levels:
        specs.append(_threat_spec(db, codes, levels, meta, actor, reason))
    recorded = changelog.record_many(db, [spec for spec, _ in specs])
    return [
        Edit(change, spec.entity, tuple(writes), label)
        for (spec, label), (change, writes) in zip(specs, recorded, strict=True)
        if spec.entity != "info_source"
    ]


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
    [edit] = update_status(
        db,
        codes,
        tps_class=TpsClass(tps_class),
        reason=reason,
        actor=actor,
        source=source,
        observed_at=observed_at,
    )
    return edit


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
    [edit] = update_status(
        db,
        codes,
        levels={category: ThreatLevel(int(level))},
        reason=reason,
        actor=actor,
        source=source,
        observed_at=observed_at,
    )
    return edit


def compensate(db: Database, edit: Edit, *, actor: str, reason: str) -> Edit:
    """Undo ``edit`` with a new change that writes back the old values (never a deletion).

    Undoing the returned edit redoes the original.
    """
    [undone] = compensate_all(db, [edit], actor=actor, reason=reason)
    return undone


def _undoable_write(write: FieldWrite) -> bool:
    """A write an undo takes back: any value it replaced (None too), but of a row the edit
    created only the fields with a real default (``active``): its identity stays."""
    return write.old is not None or not write.created


def compensate_all(db: Database, edits: list[Edit], *, actor: str, reason: str) -> list[Edit]:
    """Undo several edits (one user action) in one transaction, newest first.

    A field that was changed again since (by anyone) is left as it is now: undo takes back
    only what the edit itself still stands for. Raises ChangeError when nothing is left.
    """
    specs: list[ChangeSpec] = []
    kept: list[Edit] = []
    edits = [part for edit in edits for part in (edit, *edit.more)]
    with db.engine.connect() as conn:
        for edit in reversed(edits):
            if edit.change.op in tps_remove.STRUCTURAL_OPS:
                # A TPS list import or removal: taken back by removing or restoring TPS.
                spec = tps_remove.compensation(conn, edit.change, actor, reason)
                if spec is not None:
                    specs.append(spec)
                    kept.append(edit)
                continue
            wanted: dict[str, set[str]] = {}
            for w in edit.writes:
                if _undoable_write(w):
                    wanted.setdefault(w.entity_id, set()).add(w.field)
            now = changelog.current_values(conn, edit.entity, wanted)
            items: dict[str, dict[str, Any]] = {}
            for w in edit.writes:
                if _undoable_write(w) and now.get((w.entity_id, w.field)) == w.new:
                    items.setdefault(w.entity_id, {})[w.field] = w.old
            if items:
                specs.append(
                    ChangeSpec(
                        actor,
                        edit.entity,
                        edit.change.entity_id,
                        "set_many",
                        {"items": items, "compensates": edit.change.id},
                        reason,
                    )
                )
                kept.append(edit)
    if not specs:
        raise ChangeError("nothing to undo: those values have been changed again since")
    recorded = changelog.record_many(db, specs)
    for spec, (change, _writes) in zip(specs, recorded, strict=True):
        if spec.op in tps_remove.STRUCTURAL_OPS:
            tps_remove.remember(change.id, spec.values)
    return [
        Edit(
            change,
            edit.entity,
            tps_remove.writes_of(spec) if spec.op in tps_remove.STRUCTURAL_OPS else tuple(writes),
            edit.label,
        )
        for edit, spec, (change, writes) in zip(kept, specs, recorded, strict=True)
    ][::-1]


@dataclass(frozen=True)
class SourceInfo:
    key: str
    label: Label
    hidden: bool = False
    shipped: bool = True  # from the taxonomy file, not added for this operation


def sources(db: Database, *, include_hidden: bool = False) -> list[SourceInfo]:
    """The operation's sources of threat information: the taxonomy's, plus and minus edits."""
    with db.engine.connect() as conn:
        rows = {
            r[0]: (r[1], bool(r[2]))
            for r in conn.execute(text("SELECT key, label, hidden FROM info_source"))
        }
    result = []
    for item in taxonomy().sources:
        label, hidden = item.label, False
        if item.key in rows:
            own, hidden = rows.pop(item.key)
            if own:
                label = Label(own, own)
        result.append(SourceInfo(item.key, label, hidden, shipped=True))
    for key, (own, hidden) in sorted(rows.items(), key=lambda kv: kv[1][0].lower()):
        result.append(SourceInfo(key, Label(own, own), hidden, shipped=False))
    return [s for s in result if include_hidden or not s.hidden]


def _source_key(label: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:60] or "sumber"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class SourceExists(ChangeError):
    """The name is already on the list (in either language)."""

    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__(f"the source {label!r} is already on the list")


class UnknownSource(ChangeError):
    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"unknown source {key!r}")


def _clean_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise ChangeError("a source needs a name")
    if len(label) > 200:
        raise ChangeError("a source name may have at most 200 characters")
    return label


def _source_specs(
    db: Database,
    actor: str,
    *,
    add: list[str] = (),
    rename: dict[str, str] | None = None,
    hide: list[str] = (),
    show: list[str] = (),
) -> tuple[list[ChangeSpec], list[str]]:
    """The changes for several edits of the source list, all checked first; and the keys of
    the added sources (an added name that is hidden on the list is shown again)."""
    every = {s.key: s for s in sources(db, include_hidden=True)}
    with db.engine.connect() as conn:
        own_rows = set(conn.execute(text("SELECT key FROM info_source")).scalars())
    names = {n.lower(): k for k, s in every.items() for n in (s.label.id, s.label.en)}
    changes: dict[str, dict[str, Any]] = {}
    added: list[str] = []
    for label in add:
        label = _clean_label(label)
        existing = names.get(label.lower())
        if existing is not None and not every[existing].hidden:
            raise SourceExists(label)
        if existing is not None:
            changes.setdefault(existing, {})["hidden"] = False
            added.append(existing)
            continue
        key = _source_key(label, set(every) | set(changes))
        changes[key] = {"label": label, "hidden": False}
        names[label.lower()] = key
        own_rows.add(key)
        added.append(key)
    for key, label in (rename or {}).items():
        if key not in every:
            raise UnknownSource(key)
        label = _clean_label(label)
        if names.get(label.lower(), key) != key:
            raise SourceExists(label)
        changes.setdefault(key, {})["label"] = label
    for keys, hidden in ((hide, True), (show, False)):
        for key in keys:
            if key not in every and key not in changes:
                raise UnknownSource(key)
            changes.setdefault(key, {})["hidden"] = hidden
    specs = []
    for key, values in changes.items():
        if key in own_rows and key in every:
            # Only the fields that change: a rename made elsewhere must survive a hide.
            specs.append(ChangeSpec(actor, "info_source", key, "set", values, "sumber diubah"))
        else:
            # A source never edited here (shipped, or new): its row; "" keeps the shipped name.
            row = {"label": "", "hidden": False, **values}
            specs.append(ChangeSpec(actor, "info_source", key, "create", row, "sumber diubah"))
    return specs, added


def _new_source_spec(db: Database, label: str, actor: str) -> tuple[ChangeSpec, str]:
    specs, [key] = _source_specs(db, actor, add=[label])
    return specs[0], key


def edit_sources(
    db: Database,
    *,
    actor: str,
    add: list[str] = (),
    rename: dict[str, str] | None = None,
    hide: list[str] = (),
    show: list[str] = (),
) -> list[str]:
    """Add, rename, hide and show sources in ONE transaction, or none of it; returns the keys
    of the added sources. Hiding keeps a source on the records that name it."""
    specs, added = _source_specs(db, actor, add=add, rename=rename, hide=hide, show=show)
    if specs:
        changelog.record_many(db, specs)
    return added


def add_source(db: Database, label: str, *, actor: str) -> str:
    """Add a source of information to this operation's list; returns its key."""
    [key] = edit_sources(db, actor=actor, add=[label])
    return key


def set_source(
    db: Database, key: str, *, actor: str, label: str | None = None, hidden: bool | None = None
) -> None:
    """Rename or hide (or show again) one source."""
    edit_sources(
        db,
        actor=actor,
        rename={key: label} if label is not None else None,
        hide=[key] if hidden is True else [],
        show=[key] if hidden is False else [],
    )


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
    what: dict[str, Any]  # the fields this change wrote for this node itself
    reason: str
    source: str
    observed_at: str
    # What it wrote at this node or below: entity id -> fields (at most ITEMS_SHOWN of them),
    # and at how many nodes in all.
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    count: int = 0
    compensates: str | None = None  # the change this one undid (or redid)


ITEMS_SHOWN = 20


def _belongs(key: str, code: str, below: bool) -> bool:
    if key == code or key.startswith(code + "|"):
        return True
    return below and key.startswith(code + ".")


def history(
    db: Database,
    code: str,
    limit: int = 500,
    *,
    below: bool = False,
    since: str | None = None,
    until: str | None = None,
) -> list[HistoryEntry]:
    """Every change that touched this node (its TPS detail, threats, incidents), newest first.

    With ``below``, also the changes to anything in its subtree (a region's history).
    ``since``/``until`` (UTC ISO, until exclusive) keep the changes observed in a period (a
    stage): when the change says when it was observed (an incident: when it happened),
    else when it was recorded.
    """
    where = "n.node_code = :code"
    if below:
        where = "(n.node_code = :code OR (n.node_code > :low AND n.node_code < :high))"
    period = ""
    moment = (
        "coalesce(json_extract(c.[values], '$.observed_at'), "
        "json_extract(c.[values], '$.occurred_at'), c.recorded_at)"
    )
    if since:
        period += f" AND {moment} >= :since"
    if until:
        period += f" AND {moment} < :until"
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT c.id, c.hlc, c.recorded_at, c.actor, c.entity, c.entity_id, c.op, "
                # A TPS list (a whole country: 30 MB of JSON) is never parsed here; its
                # summary comes from tps_remove.list_summary, read once per process.
                "CASE WHEN c.op IN ('import_tps', 'remove_tps') THEN '{}' "
                "ELSE c.[values] END, "
                "c.reason FROM change_log c WHERE c.id IN "
                f"(SELECT n.change_id FROM change_node n WHERE {where}){period} "
                "ORDER BY c.hlc DESC, c.id DESC LIMIT :limit"
            ),
            {
                "code": code,
                "low": code + ".",
                "high": code + "/",
                "limit": limit,
                "since": since,
                "until": until,
            },
        ).all()
        structural = {
            r[0]: tps_remove.list_summary(conn, r[0])
            for r in rows
            if r[6] in tps_remove.STRUCTURAL_OPS
        }
    entries = []
    for cid, hlc, recorded, actor, entity, entity_id, op, values, reason in rows:
        values = values if isinstance(values, dict) else json.loads(values)
        what: dict[str, Any] = {}
        items: dict[str, dict[str, Any]] = {}
        count = 0
        if cid in structural:
            # A TPS list import (or its undo) added these TPS here; a removal took them away.
            summary = structural[cid]
            values = {"source": summary.source, "compensates": summary.compensates}
            count = summary.count_under(code)
            what = {"tps_added" if op == "import_tps" else "tps_removed": count}
        elif op in ("set_many", "create_many"):
            touched: set[str] = set()
            for key, fields in values["items"].items():
                if key == code or key.startswith(code + "|"):
                    what.update(fields)
                if _belongs(key, code, below):
                    touched.add(key.split("|")[0])
                    if len(items) < ITEMS_SHOWN:
                        items[key] = fields
            count = len(touched)
        else:
            fields = {k: v for k, v in values.items() if k not in ("source", "observed_at")}
            what, items, count = dict(fields), {entity_id: dict(fields)}, 1
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
                items,
                count,
                values.get("compensates"),
            )
        )
    return entries


def _areas(under: str | None, areas: list[str] | None) -> list[str] | None:
    if under and areas is not None:
        raise ValueError("give an area or a list of areas, not both")
    return [under] if under else areas


def filter_tps(
    db: Database,
    classes: list[TpsClass] | None = None,
    under: str | None = None,
    category: str | None = None,
    min_level: int = 1,
    limit: int = 5000,
    *,
    areas: list[str] | None = None,
    lower_than_suggested: bool = False,
) -> list[NodeInfo]:
    """TPS of the given classes and/or with a threat of ``category`` at ``min_level`` or worse.

    ``category`` may be "bencana" for any natural disaster, or "*" for any category.
    ``under`` (one node) or ``areas`` (a unit's jurisdiction) limit the area. Code order.
    ``lower_than_suggested``: only TPS whose class is lower than the operation's class rule
    suggests (store.suggest; one extra query over the area's threat rows).
    """
    params: dict[str, Any] = {"limit": limit}
    if classes:
        params["classes"] = [TpsClass(c).value for c in classes]
    lower: list[str] | None = None
    if lower_than_suggested:
        from commandpost.store.suggest import lower_codes

        lower = sorted(lower_codes(db, under, areas=areas))
        if not lower:
            return []
        params["lower"] = lower
    if not category:
        where = [area_clause("n.code", _areas(under, areas), params)]
        if classes:
            where.append("t.tps_class IN :classes")
        if lower is not None:
            where.append("n.code IN :lower")
        stmt = text(
            f"SELECT {TPS_NODE_COLUMNS} FROM tps t JOIN node n ON n.code = t.code "
            f"WHERE {' AND '.join(where)} ORDER BY n.code LIMIT :limit"
        )
        if classes:
            stmt = stmt.bindparams(bindparam("classes", expanding=True))
        if lower is not None:
            stmt = stmt.bindparams(bindparam("lower", expanding=True))
        with db.engine.connect() as conn:
            return [_node(r) for r in conn.execute(stmt, params)]
    # With a threat: the matching codes first (narrow rows, sorted cheaply), then their
    # nodes; one wide query with a join and ORDER BY took twice as long nationally.
    if category == "*":
        cats = [c.key for c in taxonomy().categories]
    elif category == "bencana":
        cats = sorted(taxonomy().disaster_categories)
    else:
        cats = [taxonomy().category(category).key]
    params |= {"cats": cats, "min_level": max(1, int(min_level))}
    where = [
        "h.category IN :cats",
        "h.level >= :min_level",
        f"length(h.node_code) = {TPS_CODE_LENGTH}",
        area_clause("h.node_code", _areas(under, areas), params),
    ]
    join = ""
    if classes:
        join = "JOIN tps t ON t.code = h.node_code "
        where.append("t.tps_class IN :classes")
    if lower is not None:
        where.append("h.node_code IN :lower")
    stmt = text(
        f"SELECT DISTINCT h.node_code FROM threat h {join}WHERE {' AND '.join(where)} "
        "ORDER BY h.node_code LIMIT :limit"
    ).bindparams(bindparam("cats", expanding=True))
    if classes:
        stmt = stmt.bindparams(bindparam("classes", expanding=True))
    if lower is not None:
        stmt = stmt.bindparams(bindparam("lower", expanding=True))
    with db.engine.connect() as conn:
        codes = list(conn.execute(stmt, params).scalars())
        found: dict[str, NodeInfo] = {}
        for start in range(0, len(codes), 900):
            for row in conn.execute(_TPS_BY_CODES, {"codes": codes[start : start + 900]}):
                found[row[0]] = _node(row)
    return [found[c] for c in codes if c in found]


def filter_regions(
    db: Database,
    min_class: TpsClass | None = TpsClass.RAWAN,
    level: Level | None = None,
    under: str | None = None,
    limit: int = 5000,
    *,
    areas: list[str] | None = None,
    min_threat: int = 0,
) -> list[NodeInfo]:
    """Regions with at least one TPS of ``min_class`` or worse below them, and/or whose worst
    threat level below is at least ``min_threat``."""
    params: dict[str, Any] = {}
    where = ["level < 4", area_clause("code", _areas(under, areas), params)]
    if min_class is not None:
        condition = REGION_CLASS_CONDITIONS.get(TpsClass(min_class))
        if condition is None:
            raise ValueError("regions are filtered by rawan, sangat rawan or khusus TPS")
        where.append(condition)
    if min_threat:
        where.append(REGION_THREAT_CONDITIONS[ThreatLevel(int(min_threat))])
    if level is not None:
        where.append("level = :level")
        params["level"] = int(level)
    stmt = text(
        # By level, then code: when the list is cut, villages go, never a province.
        f"SELECT {_NODE_COLUMNS} FROM node WHERE {' AND '.join(where)} "
        "ORDER BY level, code LIMIT :limit"
    )
    with db.engine.connect() as conn:
        return [_node(r) for r in conn.execute(stmt, {**params, "limit": limit})]


def places(db: Database, codes: list[str]) -> dict[str, str]:
    """Where each node lies, for flat lists: "Desa › Kecamatan › Kabupaten" above it."""
    wanted = sorted({a for c in codes for a in ancestors_of(c)[1:]})
    names: dict[str, str] = {}
    with db.engine.connect() as conn:
        for start in range(0, len(wanted), 5000):
            chunk = wanted[start : start + 5000]
            names.update(
                conn.execute(
                    text("SELECT code, name FROM node WHERE code IN :c").bindparams(
                        bindparam("c", expanding=True)
                    ),
                    {"c": chunk},
                ).all()
            )
    return {
        c: " › ".join(names[a] for a in reversed(ancestors_of(c)[1:]) if a in names) for c in codes
    }


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
