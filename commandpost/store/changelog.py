"""The only write path: every mutation becomes a Change, appended to the log and applied to the
state tables in the same transaction.

Applying is deterministic. Field writes (``set``/``create``) follow last-writer-wins per field
on (HLC, station id), remembered in ``field_version``; batch operations (region loads, TPS
imports, demo generation) carry everything needed to replay them in their values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias

from commandpost.core.changes import Change, wins
from commandpost.core.duty import STATION_FIELDS
from commandpost.core.hlc import HybridLogicalClock
from commandpost.core.ids import uuid7
from commandpost.core.progress import PROBLEM_COLUMN, PROGRESS_COLUMN
from commandpost.core.regions import ancestors_of
from commandpost.core.threats import CLASS_COLUMN, LEVEL_COLUMN
from commandpost.store import progress_log
from commandpost.store.database import Database, now_iso
from commandpost.store.sql import bindparam, text

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.engine import Connection
    from sqlalchemy.orm import Session

Progress = Callable[[float, str], None]
# The write path runs on a Core connection; ingest() uses an ORM session. Both execute.
# A string, so that importing the change log does not load the ORM (the window's first
# paint needs only SQLAlchemy Core).
Executor: TypeAlias = "Connection | Session"


class ChangeError(ValueError):
    """A change that cannot be applied; the transaction is rolled back and nothing changes."""


@dataclass(frozen=True)
class FieldWrite:
    """One field of one entity as a change actually wrote it (it won last-writer-wins)."""

    entity_id: str
    field: str
    old: Any
    new: Any
    created: bool = False  # the change created the row: ``old`` is only the column default


@dataclass(frozen=True)
class EntitySpec:
    table: Table
    key: str
    fields: frozenset[str]
    on_change: Callable[[Executor, list[FieldWrite]], None] | None = None
    # Like on_change, for what needs the change itself (its observed time).
    on_logged: Callable[[Executor, Change, list[FieldWrite]], None] | None = None
    # The tree node an entity belongs to, so that a node's history can be listed.
    node_of: Callable[[str, dict[str, Any], Any], str] | None = None


ROLLUP_COLUMNS = (
    "dpt",
    "n_rawan",
    "n_sangat_rawan",
    "n_khusus",
    "threat_l1",
    "threat_l2",
    "threat_l3",
    *PROGRESS_COLUMN.values(),
    PROBLEM_COLUMN,
    "req_police",
    "req_linmas",
    "assigned",
)
_ADD_TO_NODE = text(
    "UPDATE node SET "
    + ", ".join(f"{c} = {c} + :{c}" for c in ROLLUP_COLUMNS)
    + " WHERE code = :code"
)


def add_to_lineage(session: Executor, deltas: dict[str, dict[str, int]]) -> None:
    """Add per-node deltas to each node and all its ancestors (incremental roll-ups)."""
    total: dict[str, dict[str, int]] = {}
    for code, delta in deltas.items():
        for target in (*ancestors_of(code), code):
            acc = total.setdefault(target, dict.fromkeys(ROLLUP_COLUMNS, 0))
            for column, value in delta.items():
                acc[column] += value
    params = [{"code": code, **acc} for code, acc in sorted(total.items()) if any(acc.values())]
    if params:
        session.execute(_ADD_TO_NODE, params)


_SHARES = text(
    "SELECT district_code, police_kurang_rawan, police_rawan, police_sangat_rawan, "
    "police_khusus, linmas_kurang_rawan, linmas_rawan, linmas_sangat_rawan, linmas_khusus "
    "FROM area_share WHERE district_code IN :d"
).bindparams(bindparam("d", expanding=True))
_SHARE_CLASSES = ("kurang_rawan", "rawan", "sangat_rawan", "khusus")


def _required_deltas(
    session: Executor, moves: list[tuple[str, str | None, str | None]]
) -> dict[str, dict[str, int]]:
    """What class changes (TPS code, old class, new class) add to the required police and
    Linmas of each TPS's village (store.strength keeps villages, not TPS, at the bottom)."""
    districts = sorted({code[:8] for code, _o, _n in moves})
    shares: dict[str, dict[str, tuple[int, int]]] = {}
    for chunk in _chunks(districts):
        for row in session.execute(_SHARES, {"d": chunk}):
            shares[row[0]] = {c: (row[1 + i], row[5 + i]) for i, c in enumerate(_SHARE_CLASSES)}
    deltas: dict[str, dict[str, int]] = {}
    for code, old, new in moves:
        share = shares.get(code[:8])
        if share is None:
            continue
        delta = deltas.setdefault(code.rpartition(".")[0], {"req_police": 0, "req_linmas": 0})
        for cls, sign in ((old or "kurang_rawan", -1), (new or "kurang_rawan", 1)):
            police, linmas = share.get(cls, (0, 0))
            delta["req_police"] += sign * police
            delta["req_linmas"] += sign * linmas
    return deltas


def _tps_changed(session: Executor, writes: list[FieldWrite]) -> None:
    """Keep the TPS node's DPT and class counts, and every ancestor's, in step; a class
    change also moves the required strength of the TPS's village and above."""
    deltas: dict[str, dict[str, int]] = {}
    moves = [
        (w.entity_id, w.old, w.new) for w in writes if w.field == "tps_class" and w.old != w.new
    ]
    if moves:
        deltas.update(_required_deltas(session, moves))
    for w in writes:
        delta = deltas.setdefault(w.entity_id, {})
        if w.field == "dpt":
            delta["dpt"] = delta.get("dpt", 0) + int(w.new or 0) - int(w.old or 0)
        elif w.field == "tps_class" and w.old != w.new:
            for cls, sign in ((w.old, -1), (w.new, 1)):
                column = CLASS_COLUMN.get(cls)
                if column:
                    delta[column] = delta.get(column, 0) + sign
        elif w.field == "progress" and w.old != w.new:
            for state, sign in ((w.old, -1), (w.new, 1)):
                column = PROGRESS_COLUMN.get(state)
                if column:
                    delta[column] = delta.get(column, 0) + sign
        elif w.field == "problem" and bool(w.old) != bool(w.new):
            delta[PROBLEM_COLUMN] = delta.get(PROBLEM_COLUMN, 0) + (1 if w.new else -1)
    add_to_lineage(session, deltas)
    if moves:
        from commandpost.store.strength import refresh_people

        refresh_people(session, sorted({code.rpartition(".")[0] for code, _o, _n in moves}))


_ADD_CLASS_HOUR = text(
    "INSERT INTO class_hour (hour, rawan, sangat_rawan, khusus) "
    "VALUES (:hour, :rawan, :sangat_rawan, :khusus) "
    "ON CONFLICT (hour) DO UPDATE SET rawan = rawan + excluded.rawan, "
    "sangat_rawan = sangat_rawan + excluded.sangat_rawan, khusus = khusus + excluded.khusus"
)


def class_hour_key(change: Change) -> str:
    """The UTC hour a class change counts from: when it was observed, else now."""
    observed = change.values.get("observed_at") if isinstance(change.values, dict) else None
    moment = str(observed) if observed else now_iso()
    try:
        when = datetime.fromisoformat(moment)
    except ValueError:
        when = datetime.fromisoformat(now_iso())
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H")


def _tps_class_logged(session: Executor, change: Change, writes: list[FieldWrite]) -> None:
    """Keep the hourly summary of class changes (store.timeline reads it for the rawan
    and sangat rawan counts over time, instead of reading every change)."""
    delta = {"rawan": 0, "sangat_rawan": 0, "khusus": 0}
    for w in writes:
        if w.field != "tps_class" or w.old == w.new:
            continue
        for cls, sign in ((w.old, -1), (w.new, 1)):
            if cls in delta:
                delta[cls] += sign
    if any(delta.values()):
        session.execute(_ADD_CLASS_HOUR, {"hour": class_hour_key(change), **delta})


_ASSIGNMENTS = text(
    "SELECT a.id, a.post_id, a.shift, a.active FROM assignment a WHERE a.id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_POST_NODES = text("SELECT id, node_code FROM post WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


def _assignment_changed(session: Executor, writes: list[FieldWrite]) -> None:
    """Keep ``assigned`` (people on the operation's plan: active assignments without a
    shift) in step on the post's node and its ancestors."""
    watched = {"post_id", "shift", "active"}
    ids = sorted({w.entity_id for w in writes if w.field in watched})
    if not ids:
        return
    now: dict[str, tuple[str, str, bool]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(_ASSIGNMENTS, {"ids": chunk}):
            now[row[0]] = (row[1], row[2] or "", bool(row[3]))
    by_entity: dict[str, dict[str, FieldWrite]] = {}
    for w in writes:
        by_entity.setdefault(w.entity_id, {})[w.field] = w
    counted: list[tuple[str, int]] = []
    for entity_id in ids:
        post, shift, active = now[entity_id]
        mine = by_entity[entity_id]
        if not any(w.created for w in mine.values()):
            old_post = mine["post_id"].old if "post_id" in mine else post
            old_shift = (mine["shift"].old or "") if "shift" in mine else shift
            old_active = bool(mine["active"].old) if "active" in mine else active
            if old_active and old_shift == "":
                counted.append((old_post, -1))
        if active and shift == "":
            counted.append((post, 1))
    nodes: dict[str, str] = {}
    posts = sorted({p for p, _ in counted})
    for chunk in _chunks(posts):
        nodes.update(dict(session.execute(_POST_NODES, {"ids": chunk}).all()))
    deltas: dict[str, dict[str, int]] = {}
    for post, sign in counted:
        delta = deltas.setdefault(nodes[post], {"assigned": 0})
        delta["assigned"] += sign
    add_to_lineage(session, deltas)


def _unit_changed(session: Executor, writes: list[FieldWrite]) -> None:
    """A unit's own areas are kept as a field (so a change can be undone) and indexed in
    the jurisdiction table; then who answers where follows."""
    for w in writes:
        if w.field != "areas":
            continue
        areas = [a for a in str(w.new or "").split(",") if a]
        if areas:
            found = set(
                session.execute(
                    text("SELECT code FROM node WHERE code IN :c AND level IN (1, 2)").bindparams(
                        bindparam("c", expanding=True)
                    ),
                    {"c": areas},
                ).scalars()
            )
            missing = [a for a in areas if a not in found]
            if missing:
                raise ChangeError(f"unit {w.entity_id}: unknown areas {', '.join(missing[:5])}")
        session.execute(text("DELETE FROM jurisdiction WHERE unit_id = :u"), {"u": w.entity_id})
        if areas:
            session.execute(
                text("INSERT INTO jurisdiction (unit_id, node_code) VALUES (:u, :n)"),
                [{"u": w.entity_id, "n": a} for a in areas],
            )
    _structure_changed(session, writes)


def _structure_changed(session: Executor, writes: list[FieldWrite]) -> None:
    """A unit's place, its retirement or a pattern changes who answers where and what
    each TPS needs: recompute the required strength everywhere (well under a second for
    the national tree, bench)."""
    from commandpost.store.strength import rebuild_required

    if any(w.field != "name" and w.old != w.new for w in writes):
        rebuild_required(session)


def _threat_changed(session: Executor, writes: list[FieldWrite]) -> None:
    deltas: dict[str, dict[str, int]] = {}
    for w in writes:
        if w.field != "level" or int(w.old or 0) == int(w.new or 0):
            continue
        delta = deltas.setdefault(w.entity_id.split("|")[0], {})
        for level, sign in ((int(w.old or 0), -1), (int(w.new or 0), 1)):
            column = LEVEL_COLUMN.get(level)
            if column:
                delta[column] = delta.get(column, 0) + sign
    add_to_lineage(session, deltas)


@cache
def entities() -> dict[str, EntitySpec]:
    """What each entity's changes may write, and what follows from a write.

    Built on first use: the table classes cost a few tens of milliseconds to import, which
    the window's start-up does not need to pay before it has shown anything.
    """
    from commandpost.store.models import (
        Agency,
        Assignment,
        Incident,
        InfoSource,
        IssuedReport,
        Operation,
        Pattern,
        Person,
        PersonMove,
        Post,
        Risk,
        Shift,
        Stage,
        Station,
        Support,
        Threat,
        Tps,
        Unit,
    )

    return {
        "operation": EntitySpec(
            Operation.__table__,
            "id",
            frozenset(
                {"name", "kind", "province_code", "voting_day", "is_demo", "deploy_share"}
                | {"class_rule"}
            ),
        ),
        "unit": EntitySpec(
            Unit.__table__,
            "id",
            frozenset({"name", "kind", "parent_id", "active", "areas"}),
            _unit_changed,
        ),
        "pattern": EntitySpec(
            Pattern.__table__,
            "id",
            frozenset({"scope", "tps_class", "police", "tps", "linmas", "active"}),
            _structure_changed,
        ),
        "person": EntitySpec(
            Person.__table__,
            "nrp",
            frozenset(
                {
                    "name",
                    "name_norm",
                    "rank",
                    "position",
                    "unit_id",
                    "bko_unit_id",
                    "phone",
                    "duty",
                    "active",
                }
            ),
        ),
        "person_move": EntitySpec(
            PersonMove.__table__,
            "id",
            frozenset({"nrp", "kind", "from_unit", "to_unit", "moved_on", "note"}),
        ),
        "post": EntitySpec(
            Post.__table__,
            "id",
            frozenset({"kind", "name", "node_code", "tps", "active"}),
            node_of=lambda _key, values, row: row["node_code"] if row else values["node_code"],
        ),
        "assignment": EntitySpec(
            Assignment.__table__,
            "id",
            frozenset(
                {
                    "nrp",
                    "post_id",
                    "shift",
                    "stage_id",
                    "note",
                    "active",
                    "checked_in",
                    "checked_out",
                }
            ),
            _assignment_changed,
        ),
        "shift": EntitySpec(
            Shift.__table__,
            "id",
            frozenset({"stage_id", "name", "start", "end", "position", "active"}),
        ),
        "support": EntitySpec(Support.__table__, "id", frozenset({"kind", "unit_id", "count"})),
        "issued_report": EntitySpec(
            IssuedReport.__table__,
            "id",
            frozenset(
                {
                    "kind",
                    "unit_id",
                    "since",
                    "until",
                    "issued_at",
                    "number",
                    "title",
                    "document",
                    "figures",
                }
            ),
        ),
        "station": EntitySpec(Station.__table__, "id", frozenset({"name", *STATION_FIELDS})),
        "info_source": EntitySpec(InfoSource.__table__, "key", frozenset({"label", "hidden"})),
        "agency": EntitySpec(Agency.__table__, "key", frozenset({"label", "hidden"})),
        "stage": EntitySpec(
            Stage.__table__,
            "id",
            frozenset(
                {"parent_id", "name", "start", "end", "kind", "position", "threats", "active"}
            ),
        ),
        "risk": EntitySpec(
            Risk.__table__,
            "id",
            frozenset(
                {
                    "stage_id",
                    "node_code",
                    "threat",
                    "level",
                    "mitigation",
                    "agency",
                    "status",
                    "due",
                    "note",
                    "active",
                }
            ),
            node_of=lambda _key, values, row: (
                (row["node_code"] if row else values.get("node_code")) or "*"
            ),
        ),
        "tps": EntitySpec(
            Tps.__table__,
            "code",
            frozenset(
                {
                    "address",
                    "dpt",
                    "dpt_l",
                    "dpt_p",
                    "tps_class",
                    "progress",
                    "progress_at",
                    "problem",
                    "problem_incident",
                }
            ),
            _tps_changed,
            on_logged=_tps_class_logged,
            node_of=lambda key, _values, _row: key,
        ),
        "threat": EntitySpec(
            Threat.__table__,
            "id",
            frozenset(
                {"node_code", "category", "level", "source", "observed_at", "reason", "actor"}
            ),
            _threat_changed,
            node_of=lambda key, _values, _row: key.split("|")[0],
        ),
        "incident": EntitySpec(
            Incident.__table__,
            "id",
            frozenset(c.name for c in Incident.__table__.columns if c.name != "id"),
            node_of=lambda _key, values, row: row["node_code"] if row else values["node_code"],
        ),
    }


BatchApplier = Callable[[Executor, Change, Progress | None], None]
BATCH_OPS: dict[str, BatchApplier] = {}


def batch_op(name: str) -> Callable[[BatchApplier], BatchApplier]:
    """Register how a batch change (an import) is applied; see regions.py and tps.py."""

    def register(func: BatchApplier) -> BatchApplier:
        BATCH_OPS[name] = func
        return func

    return register


def record(
    db: Database,
    **kwargs: Any,
) -> Change:
    """Record one user action as one change and apply it, in one transaction."""
    return record_edit(db, **kwargs)[0]


def record_edit(
    db: Database,
    *,
    actor: str,
    entity: str,
    entity_id: str,
    op: str,
    values: dict[str, Any],
    reason: str = "",
    progress: Progress | None = None,
) -> tuple[Change, list[FieldWrite]]:
    """Record and apply one change; also return the fields it wrote with their old values,
    from which an undo (a compensating change) is made."""
    spec = ChangeSpec(actor, entity, entity_id, op, values, reason)
    return record_many(db, [spec], progress)[0]


_TAKE_WRITE_LOCK = text("UPDATE station SET last_seq = last_seq WHERE id = :id")


@dataclass(frozen=True)
class ChangeSpec:
    """What a caller asks to record; the log adds id, sequence, clock and hash."""

    actor: str
    entity: str
    entity_id: str
    op: str
    values: dict[str, Any]
    reason: str = ""


def record_many(
    db: Database, specs: list[ChangeSpec], progress: Progress | None = None
) -> list[tuple[Change, list[FieldWrite]]]:
    """Record and apply several changes in ONE transaction (one user action such as an
    import that sets classes and threats): all of them land, or none."""
    from sqlalchemy import select, update

    from commandpost.store.models import Station

    results = []
    station_t = Station.__table__
    with db.writing() as conn:
        # The UPDATE comes first so the write lock is taken before the sequence is read.
        conn.execute(_TAKE_WRITE_LOCK, {"id": db.station_id})
        station = conn.execute(
            select(station_t.c.last_seq, station_t.c.last_hlc, station_t.c.last_hash).where(
                station_t.c.id == db.station_id
            )
        ).one()
        clock = HybridLogicalClock(station.last_hlc)
        seq, prev_hash = station.last_seq, station.last_hash
        for spec in specs:
            seq += 1
            change = Change(
                id=str(uuid7()),
                station_id=db.station_id,
                seq=seq,
                hlc=clock.now(),
                actor=spec.actor,
                entity=spec.entity,
                entity_id=spec.entity_id,
                op=spec.op,
                values=spec.values,
                reason=spec.reason,
                prev_hash=prev_hash,
            )
            change = replace(change, hash=change.computed_hash())
            _append(conn, change)
            results.append((change, apply(conn, change, progress)))
            prev_hash = change.hash
        conn.execute(
            update(station_t)
            .where(station_t.c.id == db.station_id)
            .values(last_seq=seq, last_hlc=clock.last, last_hash=prev_hash)
        )
    return results


def ingest(db: Database, changes: list[Change], progress: Progress | None = None) -> int:
    """Apply changes recorded elsewhere (or replayed), skipping those already in the log.

    All in one transaction; returns how many were new. The order does not matter: the final
    state is the same for any order of the same changes.
    """
    from sqlalchemy.orm import Session

    from commandpost.store.models import ChangeRow, Station

    new = 0
    with db.writing() as conn, Session(bind=conn) as session:
        for change in changes:
            if session.get(ChangeRow, change.id) is not None:
                continue
            if change.computed_hash() != change.hash:
                raise ChangeError(f"change {change.id} was altered after it was recorded")
            if session.get(Station, change.station_id) is None:
                session.add(
                    Station(
                        id=change.station_id,
                        name=change.station_id,
                        created_at=now_iso(),
                        last_seq=0,
                        last_hlc=0,
                        last_hash=change.prev_hash,
                    )
                )
                session.flush()
            _append(session, change)
            apply(session, change, progress)
            new += 1
        own = session.get(Station, db.station_id)
        if own is not None and changes:
            # Our clock moves past everything we have seen.
            own.last_hlc = max(own.last_hlc, max(c.hlc for c in changes))
        session.flush()
    return new


def _append(session: Executor, change: Change) -> None:
    from sqlalchemy import insert

    from commandpost.store.models import ChangeRow

    session.execute(
        insert(ChangeRow.__table__).values(
            id=change.id,
            station_id=change.station_id,
            seq=change.seq,
            hlc=change.hlc,
            actor=change.actor,
            entity=change.entity,
            entity_id=change.entity_id,
            op=change.op,
            values=change.values,
            reason=change.reason,
            prev_hash=change.prev_hash,
            hash=change.hash,
            recorded_at=now_iso(),
        )
    )


def apply(session: Executor, change: Change, progress: Progress | None = None) -> list[FieldWrite]:
    """Apply a change to the state tables; returns the field writes that took effect."""
    from commandpost.store import regions, tps, tps_remove  # noqa: F401  (they register batch ops)

    if change.op in ("set", "create"):
        return _apply_items(
            session, change, {change.entity_id: change.values}, create=change.op == "create"
        )
    if change.op in ("set_many", "create_many"):
        items = change.values.get("items")
        if not isinstance(items, dict) or not items:
            raise ChangeError(f"{change.op} needs a non-empty 'items' mapping")
        return _apply_items(session, change, items, create=change.op == "create_many")
    if change.op in BATCH_OPS:
        BATCH_OPS[change.op](session, change, progress)
        return []
    raise ChangeError(f"unknown operation {change.op!r}")


def _chunks(seq: list[str], size: int = 500):
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def _apply_items(
    session: Executor, change: Change, items: dict[str, dict[str, Any]], create: bool
) -> list[FieldWrite]:
    """Last-writer-wins per field for many entities at once (one change, few statements)."""
    from sqlalchemy import insert, select, update
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    from commandpost.store.models import ChangeNode, FieldVersion

    spec = entities().get(change.entity)
    if spec is None:
        raise ChangeError(f"unknown entity {change.entity!r}")
    for values in items.values():
        unknown = set(values) - spec.fields
        if unknown:
            raise ChangeError(f"{change.entity} has no field(s) {', '.join(sorted(unknown))}")
    ids = sorted(items)
    key_col = spec.table.c[spec.key]
    rows: dict[str, Any] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(spec.table).where(key_col.in_(chunk))).mappings():
            rows[row[spec.key]] = row
    missing = [i for i in ids if i not in rows]
    if missing and not create:
        raise ChangeError(f"no {change.entity} {', '.join(missing[:5])}")
    if missing:
        session.execute(insert(spec.table), [{spec.key: i, **items[i]} for i in missing])
    versions: dict[tuple[str, str], tuple[int, str, str]] = {}
    for chunk in _chunks(ids):
        for v in session.execute(
            select(
                FieldVersion.entity_id,
                FieldVersion.field,
                FieldVersion.hlc,
                FieldVersion.station_id,
                FieldVersion.change_id,
            ).where(FieldVersion.entity == change.entity, FieldVersion.entity_id.in_(chunk))
        ):
            versions[(v.entity_id, v.field)] = (v.hlc, v.station_id, v.change_id)
    writes: list[FieldWrite] = []
    for entity_id in ids:
        row = rows.get(entity_id)
        for field, value in items[entity_id].items():
            version = versions.get((entity_id, field))
            if version is not None and not wins(change.hlc, change.station_id, change.id, version):
                if row is None:  # inserted just now but an older write: keep the winner's
                    raise ChangeError(f"{change.entity} {entity_id} lost its row")
                continue
            old = row[field] if row is not None else _default(spec, field)
            writes.append(FieldWrite(entity_id, field, old, value, created=row is None))
    by_field: dict[str, list[dict[str, Any]]] = {}
    for w in writes:
        if w.entity_id in rows:
            by_field.setdefault(w.field, []).append({"k": w.entity_id, "v": w.new})
    for field, params in by_field.items():
        session.execute(
            update(spec.table)
            .where(key_col == bindparam("k"))
            .values({field: bindparam("v")})
            .execution_options(synchronize_session=False),
            params,
        )
    if spec.on_change is not None and writes:
        spec.on_change(session, writes)
    if spec.on_logged is not None and writes:
        spec.on_logged(session, change, writes)
    if change.entity == "tps":
        progress_log.log_steps(session, change, items)
    if spec.node_of is not None:
        nodes = sorted({spec.node_of(i, items[i], rows.get(i)) for i in ids})
        session.execute(
            sqlite_insert(ChangeNode.__table__).on_conflict_do_nothing(),
            [{"change_id": change.id, "node_code": n} for n in nodes],
        )
    if writes:
        session.execute(
            sqlite_insert(FieldVersion.__table__)
            .values(
                entity=change.entity,
                entity_id=bindparam("eid"),
                field=bindparam("f"),
                hlc=change.hlc,
                station_id=change.station_id,
                change_id=change.id,
            )
            .on_conflict_do_update(
                index_elements=["entity", "entity_id", "field"],
                set_={"hlc": change.hlc, "station_id": change.station_id, "change_id": change.id},
            ),
            [{"eid": w.entity_id, "f": w.field} for w in writes],
        )
    return writes


def _default(spec: EntitySpec, field: str) -> Any:
    default = spec.table.c[field].default
    return default.arg if default is not None and default.is_scalar else None


def current_values(
    conn: Executor, entity: str, fields_by_id: dict[str, set[str]]
) -> dict[tuple[str, str], Any]:
    """The values the given fields of the given entities hold now."""
    from sqlalchemy import select

    spec = entities()[entity]
    key_col = spec.table.c[spec.key]
    found: dict[tuple[str, str], Any] = {}
    ids = sorted(fields_by_id)
    for chunk in _chunks(ids):
        for row in conn.execute(select(spec.table).where(key_col.in_(chunk))).mappings():
            for field in fields_by_id[row[spec.key]]:
                found[(row[spec.key], field)] = row[field]
    return found


def load_changes(db: Database, station_id: str | None = None) -> list[Change]:
    """The log, in (station, seq) order."""
    from sqlalchemy import select

    from commandpost.store.models import ChangeRow

    query = select(ChangeRow).order_by(ChangeRow.station_id, ChangeRow.seq)
    if station_id is not None:
        query = query.where(ChangeRow.station_id == station_id)
    with db.session() as session:
        return [
            Change(
                id=r.id,
                station_id=r.station_id,
                seq=r.seq,
                hlc=r.hlc,
                actor=r.actor,
                entity=r.entity,
                entity_id=r.entity_id,
                op=r.op,
                values=r.values,
                reason=r.reason,
                prev_hash=r.prev_hash,
                hash=r.hash,
            )
            for r in session.scalars(query)
        ]
