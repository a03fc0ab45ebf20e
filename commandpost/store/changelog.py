"""The only write path: every mutation becomes a Change, appended to the log and applied to the
state tables in the same transaction.

Applying is deterministic. Field writes (``set``/``create``) follow last-writer-wins per field
on (HLC, station id), remembered in ``field_version``; batch operations (region loads, TPS
imports, demo generation) carry everything needed to replay them in their values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from commandpost.core.changes import Change, wins
from commandpost.core.hlc import HybridLogicalClock
from commandpost.core.ids import uuid7
from commandpost.core.regions import ancestors_of
from commandpost.store.database import Database, now_iso
from commandpost.store.models import ChangeRow, FieldVersion, Operation, Station, Tps

Progress = Callable[[float, str], None]


class ChangeError(ValueError):
    """A change that cannot be applied; the transaction is rolled back and nothing changes."""


@dataclass(frozen=True)
class EntitySpec:
    table: Table
    key: str
    fields: frozenset[str]
    on_set: Callable[[Session, str, str, Any, Any], None] | None = None


def _tps_field_set(session: Session, code: str, field: str, old: Any, new: Any) -> None:
    """Keep the TPS node's DPT and every ancestor's roll-up in step with tps.dpt."""
    if field != "dpt" or old == new:
        return
    delta = int(new) - int(old or 0)
    session.execute(
        text("UPDATE node SET dpt = dpt + :d WHERE code IN :codes").bindparams(
            bindparam("codes", expanding=True)
        ),
        {"d": delta, "codes": [*ancestors_of(code), code]},
    )


ENTITIES: dict[str, EntitySpec] = {
    "operation": EntitySpec(
        Operation.__table__,
        "id",
        frozenset({"name", "kind", "province_code", "voting_day", "is_demo"}),
    ),
    "station": EntitySpec(Station.__table__, "id", frozenset({"name"})),
    "tps": EntitySpec(Tps.__table__, "code", frozenset({"address", "dpt"}), _tps_field_set),
}

BatchApplier = Callable[[Session, Change, Progress | None], None]
BATCH_OPS: dict[str, BatchApplier] = {}


def batch_op(name: str) -> Callable[[BatchApplier], BatchApplier]:
    """Register how a batch change (an import) is applied; see regions.py and tps.py."""

    def register(func: BatchApplier) -> BatchApplier:
        BATCH_OPS[name] = func
        return func

    return register


def record(
    db: Database,
    *,
    actor: str,
    entity: str,
    entity_id: str,
    op: str,
    values: dict[str, Any],
    reason: str = "",
    progress: Progress | None = None,
) -> Change:
    """Record one user action as one change and apply it, in one transaction."""
    with db.session() as session, session.begin():
        # The UPDATE comes first so the write lock is taken before the sequence is read.
        session.execute(
            update(Station).where(Station.id == db.station_id).values(last_seq=Station.last_seq + 1)
        )
        station = session.execute(
            select(Station.last_seq, Station.last_hlc, Station.last_hash).where(
                Station.id == db.station_id
            )
        ).one()
        clock = HybridLogicalClock(station.last_hlc)
        change = Change(
            id=str(uuid7()),
            station_id=db.station_id,
            seq=station.last_seq,
            hlc=clock.now(),
            actor=actor,
            entity=entity,
            entity_id=entity_id,
            op=op,
            values=values,
            reason=reason,
            prev_hash=station.last_hash,
        )
        change = replace(change, hash=change.computed_hash())
        _append(session, change)
        apply(session, change, progress)
        session.execute(
            update(Station)
            .where(Station.id == db.station_id)
            .values(last_hlc=change.hlc, last_hash=change.hash)
        )
    return change


def ingest(db: Database, changes: list[Change], progress: Progress | None = None) -> int:
    """Apply changes recorded elsewhere (or replayed), skipping those already in the log.

    All in one transaction; returns how many were new. The order does not matter: the final
    state is the same for any order of the same changes.
    """
    new = 0
    with db.session() as session, session.begin():
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
    return new


def _append(session: Session, change: Change) -> None:
    session.execute(
        insert(ChangeRow).values(
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


def apply(session: Session, change: Change, progress: Progress | None = None) -> None:
    from commandpost.store import regions, tps  # noqa: F401  (they register the batch ops)

    if change.op in ("set", "create"):
        _apply_fields(session, change)
    elif change.op in BATCH_OPS:
        BATCH_OPS[change.op](session, change, progress)
    else:
        raise ChangeError(f"unknown operation {change.op!r}")


def _apply_fields(session: Session, change: Change) -> None:
    spec = ENTITIES.get(change.entity)
    if spec is None:
        raise ChangeError(f"unknown entity {change.entity!r}")
    unknown = set(change.values) - spec.fields
    if unknown:
        raise ChangeError(f"{change.entity} has no field(s) {', '.join(sorted(unknown))}")
    key_col = spec.table.c[spec.key]
    row = session.execute(select(spec.table).where(key_col == change.entity_id)).mappings().first()
    if row is None:
        if change.op != "create":
            raise ChangeError(f"no {change.entity} {change.entity_id!r}")
        session.execute(insert(spec.table).values({spec.key: change.entity_id, **change.values}))
        row = {}
    for field, value in change.values.items():
        version = session.get(FieldVersion, (change.entity, change.entity_id, field))
        if version is not None and not wins(
            change.hlc,
            change.station_id,
            change.id,
            (version.hlc, version.station_id, version.change_id),
        ):
            continue
        old = row.get(field)
        if row:
            session.execute(
                update(spec.table).where(key_col == change.entity_id).values({field: value})
            )
            if spec.on_set is not None:
                spec.on_set(session, change.entity_id, field, old, value)
        if version is None:
            session.add(
                FieldVersion(
                    entity=change.entity,
                    entity_id=change.entity_id,
                    field=field,
                    hlc=change.hlc,
                    station_id=change.station_id,
                    change_id=change.id,
                )
            )
        else:
            version.hlc, version.station_id, version.change_id = (
                change.hlc,
                change.station_id,
                change.id,
            )
        session.flush()


def load_changes(db: Database, station_id: str | None = None) -> list[Change]:
    """The log, in (station, seq) order."""
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
