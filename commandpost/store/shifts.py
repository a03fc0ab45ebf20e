"""Shifts within a stage, copying the plan into a shift, and check-in / check-out.

Units and zones: a shift's times are LOCAL times of the operation's zone (WIB, WITA or WIT,
from the operation's province: core.zones), stored as ``2024-11-27T06:00`` and read back as
aware datetimes (:class:`commandpost.core.shifts.Shift`). Check-in and check-out times are
UTC, stored as ``2024-11-26T23:10:00Z`` on the person's assignment in the shift. A naive
datetime given to this module means the operation's zone.

The operation's plan is the shift ``''`` (assignments without a shift, as store.personnel
makes them): a plan can be copied into a shift, and people can check in to it.

Every write is one transaction through the change log, undoable like any other edit: the
functions return store.threats.Edit objects (undo with threats.compensate_all). Refusals
raise store.refusals.Refused with a RefusalMsg template, which the window translates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from dataclasses import replace as with_changes
from typing import Any

from commandpost.core.ids import uuid7
from commandpost.core.shifts import Shift, ShiftError, check_shift, day_shifts, is_late
from commandpost.core.stages import span
from commandpost.core.stages import zone as zone_named
from commandpost.store import changelog
from commandpost.store.changelog import ChangeSpec
from commandpost.store.database import Database
from commandpost.store.personnel import person
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.sql import text
from commandpost.store.threats import Edit

PLAN = ""  # the shift key of the operation's plan
PLAN_NAME = "Rencana operasi"  # how lists and refusals name the plan
PLAN_WORDS = ("", "plan", "rencana", "rencana operasi")
LOCAL_FORMAT = "%Y-%m-%dT%H:%M"  # a shift's start and end, local time of the operation
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # check-in and check-out, UTC
# Why copy_plan leaves a person out.
SKIP_REASONS = ("already_posted", "off_roster", "on_leave", "sick")

_COLUMNS = 'id, stage_id, name, start, "end", position'


@dataclass(frozen=True)
class CopyResult:
    """What :func:`copy_plan` did: ``copied`` assignments made, ``skipped`` (NRP, reason
    code from SKIP_REASONS) for each person left out, and the edits to undo it with (one
    change; empty when nothing was copied)."""

    copied: int
    skipped: list[tuple[str, str]]
    edits: list[Edit] = field(default_factory=list)


@dataclass(frozen=True)
class ShiftStatus:
    """A shift as it stood at a moment: ``assigned`` people on a post in it, of whom
    ``checked_in`` were on duty (checked in by then, not yet out) and ``checked_out`` had
    left; ``late`` the NRPs (in order) of those not checked in by then, 30 minutes or more
    after the start (core.shifts.is_late; never anyone in the operation's plan, which has
    no start). Check-ins and check-outs recorded for a later time do not count yet."""

    assigned: int
    checked_in: int
    checked_out: int
    late: list[str]


def operation_zone(db: Database) -> dt.timezone:
    """The zone shift times are written in: the post's clock (store.duty.post_zone: WIB,
    WITA or WIT as set, else the operation province's). A shift "06.00-14.00" is 06.00 on
    the post's clock, the clock every screen and printout of the post speaks."""
    from commandpost.store.duty import post_zone

    return zone_named(post_zone(db))


def _local(moment: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """``moment`` in the operation's zone, to the minute; a naive one is taken as local."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz).replace(second=0, microsecond=0)


def _shown(moment: dt.datetime) -> str:
    """``2024-11-27 06:00 WIB``: a time as refusals and lists show it."""
    return f"{moment:%Y-%m-%d %H:%M} {moment.tzname()}"


def _row_shift(row: Any, tz: dt.tzinfo) -> Shift:
    return Shift(
        id=row[0],
        stage_id=row[1] or None,
        name=row[2],
        start=dt.datetime.fromisoformat(row[3]).replace(tzinfo=tz),
        end=dt.datetime.fromisoformat(row[4]).replace(tzinfo=tz),
        position=row[5],
    )


def list_shifts(db: Database, stage_id: str | None = None) -> list[Shift]:
    """The operation's shifts (deleted ones left out) ordered by start: all of them, or
    those of one stage when ``stage_id`` is given."""
    tz = operation_zone(db)
    sql = f"SELECT {_COLUMNS} FROM shift WHERE active"
    params: dict[str, Any] = {}
    if stage_id is not None:
        sql += " AND stage_id = :stage"
        params["stage"] = stage_id
    with db.engine.connect() as conn:
        rows = conn.execute(text(sql + " ORDER BY start, position, name"), params).all()
    return [_row_shift(r, tz) for r in rows]


def get_shift(db: Database, shift_id: str) -> Shift:
    """One shift by id; refused (UNKNOWN_SHIFT) when there is none or it was deleted."""
    with db.engine.connect() as conn:
        row = conn.execute(
            text(f"SELECT {_COLUMNS} FROM shift WHERE id = :i AND active"), {"i": shift_id}
        ).first()
    if row is None:
        raise Refused(RefusalMsg.UNKNOWN_SHIFT, shift=shift_id)
    return _row_shift(row, operation_zone(db))


def find_shift(db: Database, ref: str) -> str:
    """The shift id ``ref`` names: ``''``, ``plan`` or ``rencana`` the operation's plan
    (``''``), else a shift's id, the start of its id (8 characters or more), its name (any
    case) or the unique start of its name. Refused when none or several fit."""
    key = " ".join(ref.split()).lower()
    if key in PLAN_WORDS:
        return PLAN
    shifts = list_shifts(db)
    for test in (
        lambda s: s.id == ref.strip(),
        lambda s: len(key) >= 8 and s.id.startswith(key),
        lambda s: s.name.lower() == key,
        lambda s: s.name.lower().startswith(key),
    ):
        found = [s for s in shifts if test(s)]
        if len(found) == 1:
            return found[0].id
        if len(found) > 1:
            names = ", ".join(f"{s.name} ({s.start:%Y-%m-%d}, {s.id})" for s in found[:5])
            raise Refused(RefusalMsg.SHIFT_FITS_SEVERAL, shift=ref, names=names)
    raise Refused(RefusalMsg.UNKNOWN_SHIFT, shift=ref)


def shift_name(db: Database, shift_id: str) -> str:
    """The name of a shift, or "Rencana operasi" for the plan; refused when unknown."""
    return PLAN_NAME if shift_id == PLAN else get_shift(db, shift_id).name


def next_shift(db: Database, shift_id: str) -> Shift | None:
    """The shift that relieves ``shift_id``: the next to start after it in the same stage,
    else the next to start after it in any stage (the night shift of voting day is relieved
    the next morning, perhaps in the counting stage); None when no shift follows."""
    current = get_shift(db, shift_id)
    later = [s for s in list_shifts(db) if s.start > current.start]
    same = [s for s in later if s.stage_id == current.stage_id]
    return min(same or later, key=lambda s: (s.start, s.position), default=None)


# -- adding, changing and deleting shifts -----------------------------------------------------


def _stage_days(db: Database, stage_id: str) -> tuple[str, dt.date, dt.date] | None:
    """A stage's name and days (its own dates, or its sub-stages' span); None when it has
    no dates. Refused when there is no such stage."""
    from commandpost.store.stages import list_stages

    stages = list_stages(db)
    stage = next((s for s in stages if s.id == stage_id), None)
    if stage is None:
        raise Refused(RefusalMsg.UNKNOWN_STAGE, stage=stage_id)
    days = span(stage, stages)
    return None if days is None else (stage.name, days[0], days[1])


def _checked(
    db: Database,
    others: list[Shift],
    *,
    shift_id: str,
    name: str,
    start: dt.datetime,
    end: dt.datetime,
    stage_id: str | None,
    tz: dt.tzinfo,
) -> Shift:
    """A shift as it would be stored, after every rule: a name, possible times, its start
    within its stage's days (a shift belongs to the stage it starts in: the night shift of
    voting day ends the next morning), and no other shift of that name in the stage."""
    name = " ".join(name.split())
    if not name:
        raise Refused(RefusalMsg.SHIFT_NEEDS_NAME)
    start, end = _local(start, tz), _local(end, tz)
    try:
        check_shift(start, end)
    except ShiftError as exc:
        if exc.code == "too_long":
            hours = f"{(end - start) / dt.timedelta(hours=1):g}"
            raise Refused(
                RefusalMsg.SHIFT_TOO_LONG,
                name=name,
                start=_shown(start),
                end=_shown(end),
                hours=hours,
            ) from None
        raise Refused(
            RefusalMsg.SHIFT_END_BEFORE_START, name=name, start=_shown(start), end=_shown(end)
        ) from None
    if stage_id is not None:
        days = _stage_days(db, stage_id)
        if days is not None and not days[1] <= start.date() <= days[2]:
            raise Refused(
                RefusalMsg.SHIFT_OUTSIDE_STAGE,
                name=name,
                day=start.date().isoformat(),
                stage=days[0],
                first=days[1].isoformat(),
                last=days[2].isoformat(),
            )
    key = name.lower()
    for other in others:
        if other.id != shift_id and other.stage_id == stage_id and other.name.lower() == key:
            raise Refused(RefusalMsg.SHIFT_NAME_TAKEN, name=name)
        if other.id != shift_id and (other.start, other.end) == (start, end):
            # the same relay added twice (once with its stage, once without)
            raise Refused(
                RefusalMsg.SHIFT_SAME_TIMES, other=other.name, start=_shown(start), end=_shown(end)
            )
    return Shift(shift_id, stage_id, name, start, end)


def _values(shift: Shift) -> dict[str, Any]:
    return {
        "stage_id": shift.stage_id,
        "name": shift.name,
        "start": shift.start.strftime(LOCAL_FORMAT),
        "end": shift.end.strftime(LOCAL_FORMAT),
    }


def _create_specs(
    db: Database,
    wanted: list[tuple[str, dt.datetime, dt.datetime]],
    stage_id: str | None,
    actor: str,
    reason: str,
) -> list[ChangeSpec]:
    tz = operation_zone(db)
    current = list_shifts(db)
    position = max((s.position for s in current if s.stage_id == stage_id), default=-1) + 1
    specs = []
    for name, start, end in wanted:
        shift = _checked(
            db,
            current,
            shift_id=str(uuid7()),
            name=name,
            start=start,
            end=end,
            stage_id=stage_id,
            tz=tz,
        )
        current.append(shift)
        values = {**_values(shift), "position": position, "active": True}
        specs.append(ChangeSpec(actor, "shift", shift.id, "create", values, reason))
        position += 1
    return specs


def _record(db: Database, specs: list[ChangeSpec], labels: list[str]) -> list[Edit]:
    recorded = changelog.record_many(db, specs)
    return [
        Edit(change, spec.entity, tuple(writes), label)
        for spec, (change, writes), label in zip(specs, recorded, labels, strict=True)
    ]


def add_shift(
    db: Database,
    *,
    name: str,
    start: dt.datetime,
    end: dt.datetime,
    stage_id: str | None = None,
    actor: str,
    reason: str = "",
) -> Edit:
    """Add one shift (one change). ``start``/``end`` aware, or naive meaning the operation's
    zone. Refused: no name, an end at or before the start, more than 24 hours, a start
    outside the stage's days, a name another shift of the stage has."""
    [spec] = _create_specs(db, [(name, start, end)], stage_id, actor, reason or "shift added")
    return _record(db, [spec], [spec.values["name"]])[0]


def add_day_shifts(
    db: Database, day: dt.date, *, stage_id: str | None = None, actor: str, reason: str = ""
) -> list[Edit]:
    """The usual voting-day relay for ``day`` (core.shifts.day_shifts: 06.00–14.00,
    14.00–22.00, 22.00–06.00 in the operation's zone) as three shifts, in one transaction
    (one undo step takes all three back)."""
    wanted = day_shifts(day, operation_zone(db))
    specs = _create_specs(db, wanted, stage_id, actor, reason or f"relay shifts of {day}")
    return _record(db, specs, [s.values["name"] for s in specs])


def set_shift(
    db: Database,
    shift_id: str,
    *,
    name: str | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    stage_id: str | object | None = ...,
    actor: str,
    reason: str = "",
) -> Edit:
    """Rename, re-time or move a shift to another stage (``stage_id``: a stage's id, None
    for the whole operation, left out to keep it) as one change, under the rules of
    :func:`add_shift`; refused (NOTHING_TO_CHANGE) when it would stay as it is."""
    old = get_shift(db, shift_id)
    new = _checked(
        db,
        list_shifts(db),
        shift_id=shift_id,
        name=old.name if name is None else name,
        start=old.start if start is None else start,
        end=old.end if end is None else end,
        stage_id=old.stage_id if stage_id is ... else stage_id,
        tz=operation_zone(db),
    )
    before, after = _values(old), _values(new)
    values = {k: v for k, v in after.items() if before[k] != v}
    if not values:
        raise Refused(RefusalMsg.NOTHING_TO_CHANGE)
    spec = ChangeSpec(actor, "shift", shift_id, "set", values, reason or "shift changed")
    return _record(db, [spec], [new.name])[0]


def _assignment_ids(db: Database, shift_id: str) -> list[str]:
    with db.engine.connect() as conn:
        return list(
            conn.execute(
                text("SELECT id FROM assignment WHERE shift = :s AND active ORDER BY id"),
                {"s": shift_id},
            ).scalars()
        )


def delete_shift(db: Database, shift_id: str, *, actor: str, reason: str = "") -> Edit:
    """Delete a shift and end its assignments, in one transaction. The edit returned is the
    shift's; the ended assignments ride along in its ``more``, so that undoing it
    (threats.compensate_all) brings the shift back with its people on their posts."""
    shift = get_shift(db, shift_id)
    why = reason or "shift deleted"
    specs = [ChangeSpec(actor, "shift", shift_id, "set", {"active": False}, why)]
    ids = _assignment_ids(db, shift_id)
    if ids:
        items = {i: {"active": False} for i in ids}
        specs.append(
            ChangeSpec(actor, "assignment", f"shift {shift_id}", "set_many", {"items": items}, why)
        )
    first, *rest = _record(db, specs, [shift.name] * len(specs))
    return with_changes(first, more=tuple(rest))


# -- the plan into a shift ------------------------------------------------------------------


def copy_plan(
    db: Database, from_shift: str, to_shift: str, *, actor: str, reason: str = ""
) -> CopyResult:
    """Every active assignment of ``from_shift`` (``''``: the operation's plan) becomes an
    assignment to the same post in ``to_shift``, in one change (one undo step). Left out,
    with the reason: people already on a post in ``to_shift`` (``already_posted``), off the
    roster (``off_roster``), on leave (``on_leave``) or sick (``sick``)."""
    source, target = shift_name(db, from_shift), shift_name(db, to_shift)
    if from_shift == to_shift:
        raise Refused(RefusalMsg.COPY_INTO_ITSELF, shift=source)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT a.nrp, a.post_id, p.active, p.duty FROM assignment a "
                "JOIN person p ON p.nrp = a.nrp JOIN post po ON po.id = a.post_id "
                "WHERE a.active AND a.shift = :s AND po.active ORDER BY a.nrp, a.id"
            ),
            {"s": from_shift},
        ).all()
        taken = set(
            conn.execute(
                text("SELECT nrp FROM assignment WHERE active AND shift = :s"), {"s": to_shift}
            ).scalars()
        )
    items: dict[str, dict[str, Any]] = {}
    skipped: list[tuple[str, str]] = []
    seen: set[str] = set()
    for nrp, post_id, active, duty in rows:
        if nrp in seen:  # one post per person and shift; a second one is not copied
            continue
        seen.add(nrp)
        if nrp in taken:
            skipped.append((nrp, "already_posted"))
        elif not active:
            skipped.append((nrp, "off_roster"))
        elif duty == "leave":
            skipped.append((nrp, "on_leave"))
        elif duty == "sick":
            skipped.append((nrp, "sick"))
        else:
            items[str(uuid7())] = {
                "nrp": nrp,
                "post_id": post_id,
                "shift": to_shift,
                "active": True,
            }
    if not items:
        return CopyResult(0, skipped)
    spec = ChangeSpec(
        actor,
        "assignment",
        f"copy to {to_shift}",
        "create_many",
        {"items": items},
        reason or f"assignments copied from {source} to {target}",
    )
    edits = _record(db, [spec], [f"{source} → {target}"])
    return CopyResult(len(items), skipped, edits)


# -- check-in and check-out ---------------------------------------------------------------


# A member may report this long before their shift starts (a Polres posko pattern: the
# morning shift of voting day musters from 02.00); earlier is a typing error.
EARLY_CHECK_IN = dt.timedelta(hours=4)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(UTC_FORMAT)


def _from_utc(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, UTC_FORMAT).replace(tzinfo=dt.UTC)


def _report_moment(at: dt.datetime | None, tz: dt.tzinfo) -> dt.datetime:
    """When a member reported: ``at`` (naive: the operation's zone), else now; never in the
    future."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    if at is None:
        return now
    moment = (at.replace(tzinfo=tz) if at.tzinfo is None else at).replace(microsecond=0)
    if moment > now:
        raise Refused(RefusalMsg.TIME_IN_FUTURE, time=_shown(moment.astimezone(tz)))
    return moment


def _posted(db: Database, nrp: str, shift_id: str) -> tuple[str, str, tuple[str, Any, Any]]:
    """The person's name, the shift's name and their active assignment in it (id,
    checked_in, checked_out); refused when they have none there."""
    member = person(db, nrp)
    label = shift_name(db, shift_id)
    with db.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT id, checked_in, checked_out FROM assignment "
                "WHERE nrp = :n AND shift = :s AND active ORDER BY id LIMIT 1"
            ),
            {"n": member.nrp, "s": shift_id},
        ).first()
    if row is None:
        raise Refused(RefusalMsg.NOT_POSTED_IN_SHIFT, name=member.name, shift=label)
    return member.name, label, (row[0], row[1], row[2])


def check_in(
    db: Database,
    nrp: str,
    shift_id: str,
    *,
    at: dt.datetime | None = None,
    actor: str,
    reason: str = "",
) -> Edit:
    """Record that a person reported at their post in a shift (``''``: the plan) at ``at``
    (default now). Refused: no post in that shift, already checked in and not out, a time
    in the future. A check-in after a check-out starts again (the check-out is cleared)."""
    tz = operation_zone(db)
    name, label, (assignment, checked_in, checked_out) = _posted(db, nrp, shift_id)
    if checked_in and not checked_out:
        shown = _shown(_from_utc(checked_in).astimezone(tz))
        raise Refused(RefusalMsg.ALREADY_CHECKED_IN, name=name, shift=label, time=shown)
    moment = _report_moment(at, tz)
    if shift_id != PLAN:
        shift = get_shift(db, shift_id)
        if not shift.start - EARLY_CHECK_IN <= moment <= shift.end:
            raise Refused(
                RefusalMsg.CHECK_IN_OUTSIDE_SHIFT,
                time=_shown(moment.astimezone(tz)),
                shift=label,
                start=_shown(shift.start),
                end=_shown(shift.end),
            )
    values: dict[str, Any] = {"checked_in": _utc(moment)}
    if checked_out:
        values["checked_out"] = None
    spec = ChangeSpec(actor, "assignment", assignment, "set", values, reason or "checked in")
    return _record(db, [spec], [name])[0]


def check_out(
    db: Database,
    nrp: str,
    shift_id: str,
    *,
    at: dt.datetime | None = None,
    actor: str,
    reason: str = "",
) -> Edit:
    """Record that a person left their post in a shift (``''``: the plan) at ``at`` (default
    now). Refused: no post in that shift, not checked in, checked out already, a time before
    the check-in or in the future."""
    tz = operation_zone(db)
    name, label, (assignment, checked_in, checked_out) = _posted(db, nrp, shift_id)
    if not checked_in:
        raise Refused(RefusalMsg.NOT_CHECKED_IN, name=name, shift=label)
    if checked_out:
        shown = _shown(_from_utc(checked_out).astimezone(tz))
        raise Refused(RefusalMsg.ALREADY_CHECKED_OUT, name=name, shift=label, time=shown)
    moment = _report_moment(at, tz)
    arrived = _from_utc(checked_in)
    if moment < arrived:
        raise Refused(
            RefusalMsg.CHECK_OUT_BEFORE_CHECK_IN,
            name=name,
            shift=label,
            checked_in=_shown(arrived.astimezone(tz)),
            time=_shown(moment.astimezone(tz)),
        )
    spec = ChangeSpec(
        actor,
        "assignment",
        assignment,
        "set",
        {"checked_out": _utc(moment)},
        reason or "checked out",
    )
    return _record(db, [spec], [name])[0]


def shift_status(db: Database, shift_id: str, now: dt.datetime) -> ShiftStatus:
    """Who of a shift (``''``: the plan) has reported at ``now`` (aware; naive means the
    operation's zone): see :class:`ShiftStatus`."""
    tz = operation_zone(db)
    start = None if shift_id == PLAN else get_shift(db, shift_id).start
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT nrp, checked_in, checked_out FROM assignment "
                "WHERE shift = :s AND active ORDER BY nrp"
            ),
            {"s": shift_id},
        ).all()
    moment = _utc(now)  # stored times compare as text
    seen = [
        (nrp, arrived if arrived and arrived <= moment else None, gone and gone <= moment)
        for nrp, arrived, gone in rows
    ]
    on_duty = sum(1 for _n, arrived, gone in seen if arrived and not gone)
    left = sum(1 for _n, arrived, gone in seen if arrived and gone)
    late = []
    if start is not None:
        late = [
            nrp
            for nrp, arrived, _gone in seen
            if is_late(start, _from_utc(arrived) if arrived else None, now)
        ]
    return ShiftStatus(len(rows), on_duty, left, late)
