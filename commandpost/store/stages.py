"""The operation's stages (tahapan): from a template, by hand, or from a schedule file.

Every edit is a change in the change log (entity ``stage``); deleting sets ``active`` to
false, so undo (a compensating change) brings a stage back, and undoing a creation takes it
away. Every edit is checked against the whole schedule first (core.stages.schedule_problems):
an end before a start, or a sub-stage outside its parent, is refused and nothing changes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from commandpost.core.stages import (
    STAGE_KINDS,
    Stage,
    StageError,
    StageTemplate,
    load_template,
    ordered,
    schedule_problems,
    subtree,
)
from commandpost.paths import RESOURCES
from commandpost.store import changelog, queries
from commandpost.store.changelog import ChangeError, ChangeSpec
from commandpost.store.database import Database
from commandpost.store.sql import text
from commandpost.store.stage_relink import RelinkPlan, plan_relink
from commandpost.store.threats import Edit

TEMPLATES = ("pilkada_2024", "pemilu_2024")
TEMPLATE_FOR_KIND = {"pilkada": "pilkada_2024", "pemilu": "pemilu_2024"}
_FIELDS = ("parent_id", "name", "start", "end", "kind", "position", "threats")


class StageRefused(ChangeError):
    """An edit the schedule's rules refuse; ``error`` says which rule (StageError.code)."""

    def __init__(self, error: StageError) -> None:
        super().__init__(str(error))
        self.error = error


@cache
def template(key: str) -> StageTemplate:
    """A shipped template by key (``pilkada_2024``, ``pemilu_2024``); ValueError if unknown."""
    if key not in TEMPLATES:
        raise ValueError(f"no stage template {key!r}: use one of {', '.join(TEMPLATES)}")
    return load_template(RESOURCES / "templates" / f"stages_{key}.json")


def _row_stage(row: Any) -> Stage:
    return Stage(
        id=row.id,
        name=row.name,
        start=dt.date.fromisoformat(row.start) if row.start else None,
        end=dt.date.fromisoformat(row.end) if row.end else None,
        parent_id=row.parent_id or None,
        kind=row.kind,
        position=row.position,
        threats=tuple(t for t in row.threats.split(",") if t),
    )


def list_stages(db: Database) -> list[Stage]:
    """The operation's stages (deleted ones left out), parents before their sub-stages,
    siblings by start date."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                'SELECT id, name, start, "end", parent_id, kind, position, threats '
                "FROM stage WHERE active"
            )
        ).all()
    return ordered(_row_stage(r) for r in rows)


def get_stage(db: Database, stage_id: str) -> Stage | None:
    return next((s for s in list_stages(db) if s.id == stage_id), None)


# Fields whose "none" is written as "" rather than NULL: undo (threats.compensate_all) puts
# back only old values that are not None, so a stage moved from the top level under a
# parent, or an undated group given dates, could otherwise never be undone.
_NONE_AS_EMPTY = ("parent_id", "start", "end")


def _values(stage: Stage) -> dict[str, Any]:
    return {
        "parent_id": stage.parent_id or "",
        "name": stage.name.strip(),
        "start": stage.start.isoformat() if stage.start else "",
        "end": stage.end.isoformat() if stage.end else "",
        "kind": stage.kind,
        "position": stage.position,
        "threats": ",".join(stage.threats),
    }


def _check(current: list[Stage], schedule: list[Stage]) -> None:
    """Refuse the edit that turns ``current`` into ``schedule`` if it breaks a rule that
    ``current`` kept: a schedule already broken by an undo or by another post's edit must not
    block every later edit (mending it is an edit too)."""
    problems = schedule_problems(schedule)
    if not problems:
        return
    before = {(p.code, p.values.get("stage")) for p in schedule_problems(current)}
    for problem in problems:
        if (problem.code, problem.values.get("stage")) not in before:
            raise StageRefused(problem)


def _check_name(current: list[Stage], stage: Stage) -> None:
    """Two stages of one name side by side (the same parent) cannot be told apart in a list
    or on the command line: refused."""
    key = " ".join(stage.name.split()).lower()
    for other in current:
        if (
            other.id != stage.id
            and other.parent_id == stage.parent_id
            and " ".join(other.name.split()).lower() == key
        ):
            raise StageRefused(
                StageError(
                    "duplicate_name",
                    f"there is already a stage {other.name!r} here; give this one another name",
                    stage=stage.name,
                )
            )


def _edits(recorded: list, label: str) -> list[Edit]:
    return [Edit(change, "stage", tuple(writes), label) for change, writes in recorded]


def add_stage(
    db: Database,
    *,
    name: str,
    start: dt.date | None,
    end: dt.date | None,
    actor: str,
    parent_id: str | None = None,
    kind: str = "other",
    threats: tuple[str, ...] = (),
    reason: str = "tahapan ditambah",
) -> Edit:
    """Add one stage; returns the edit (for undo). Raises StageRefused on a broken rule."""
    current = list_stages(db)
    stage = Stage(
        str(uuid.uuid4()),
        name.strip(),
        start,
        end,
        parent_id,
        kind,
        max((s.position for s in current), default=-1) + 1,
        tuple(threats),
    )
    _check_name(current, stage)
    _check(current, [*current, stage])
    recorded = changelog.record_many(
        db,
        [
            ChangeSpec(
                actor, "stage", stage.id, "create", {**_values(stage), "active": True}, reason
            )
        ],
    )
    return _edits(recorded, stage.name)[0]


def set_stage(
    db: Database, stage_id: str, *, actor: str, reason: str = "tahapan diubah", **fields: Any
) -> Edit | None:
    """Rename, re-date, move (``parent_id``) or re-kind a stage; fields are Stage fields
    (dates as ``datetime.date``). Returns None when nothing would change."""
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise ChangeError(f"a stage has no field(s) {', '.join(sorted(unknown))}")
    current = list_stages(db)
    old = next((s for s in current if s.id == stage_id), None)
    if old is None:
        raise ChangeError(f"no stage {stage_id}")
    if "threats" in fields:
        fields["threats"] = tuple(fields["threats"])
    new = replace(old, **fields)
    if new.name != old.name or new.parent_id != old.parent_id:
        _check_name(current, new)
    _check(current, [new if s.id == stage_id else s for s in current])
    before, after = _values(old), _values(new)
    values = {k: v for k, v in after.items() if before[k] != v}
    if not values:
        return None
    recorded = changelog.record_many(
        db, [ChangeSpec(actor, "stage", stage_id, "set", values, reason)]
    )
    edit = _edits(recorded, new.name)[0]
    # A row written before "none" became "" holds NULL: undo must still put "none" back.
    writes = tuple(
        replace(w, old="") if w.old is None and w.field in _NONE_AS_EMPTY else w
        for w in edit.writes
    )
    return replace(edit, writes=writes)


def delete_stage(db: Database, stage_id: str, *, actor: str, reason: str) -> Edit:
    """Delete a stage and its sub-stages in one change (undo brings them all back)."""
    current = list_stages(db)
    target = next((s for s in current if s.id == stage_id), None)
    if target is None:
        raise ChangeError(f"no stage {stage_id}")
    gone = subtree(current, [stage_id])
    recorded = changelog.record_many(
        db,
        [
            ChangeSpec(
                actor,
                "stage",
                stage_id,
                "set_many",
                {"items": {i: {"active": False} for i in sorted(gone)}},
                reason.strip() or "tahapan dihapus",
            )
        ],
    )
    return _edits(recorded, target.name)[0]


def add_schedule(
    db: Database,
    stages: list[Stage],
    *,
    actor: str,
    reason: str,
    replace_existing: bool = False,
) -> Edit:
    """Add several stages (a template, an imported file) as ONE change; with
    ``replace_existing`` the current stages are deleted in the same transaction and the
    risk register's lines move to the new stage of the same kind (store.stage_relink; the
    move is the returned edit's ``more``, so one undo takes back both). The ids in
    ``stages`` are kept, so parents given by id stay linked."""
    spec = _schedule_spec(db, stages, actor=actor, reason=reason, replace_existing=replace_existing)
    relink = _relink_spec(db, stages, actor) if replace_existing else None
    recorded = changelog.record_many(db, [spec, *([relink] if relink else [])])
    [edit] = _edits(recorded[:1], reason)
    if relink is None:
        return edit
    risk_change, risk_writes = recorded[1]
    return replace(edit, more=(Edit(risk_change, "risk", tuple(risk_writes), relink.reason),))


def _relink_spec(
    db: Database, stages: list[Stage], actor: str, shift: dt.timedelta = dt.timedelta()
) -> ChangeSpec | None:
    return plan_relink(db, list_stages(db), stages, shift=shift).spec(actor)


def relink_plan(db: Database, template_key: str) -> RelinkPlan:
    """What taking the template ``template_key`` would do to the risk register, told before
    anything changes (for the confirmation): ``moved`` lines go to the new stage of the
    same kind, ``left_count`` lines (``left_stage_names()``) keep no stage."""
    return plan_relink(
        db,
        list_stages(db),
        template_stages(template_key),
        shift=_voting_day_shift(db, template_key),
    )


def schedule_relink_plan(db: Database, stages: list[Stage]) -> RelinkPlan:
    """The same for a schedule (an imported file) replacing the stages; the voting day
    stays as it is."""
    return plan_relink(db, list_stages(db), stages)


def _voting_day_shift(db: Database, template_key: str) -> dt.timedelta:
    """The template's voting day minus the operation's (none: no shift)."""
    op = queries.operation(db)
    if op is None or op.voting_day is None:
        return dt.timedelta()
    return template(template_key).voting_day - op.voting_day


def _schedule_spec(
    db: Database,
    stages: list[Stage],
    *,
    actor: str,
    reason: str,
    replace_existing: bool,
) -> ChangeSpec:
    current = [] if replace_existing else list_stages(db)
    base = max((s.position for s in current), default=-1) + 1
    stages = [replace(s, position=base + i) for i, s in enumerate(stages)]
    _check(current, [*current, *stages])
    items: dict[str, dict[str, Any]] = {s.id: {**_values(s), "active": True} for s in stages}
    if replace_existing:
        for old in list_stages(db):
            items.setdefault(old.id, {"active": False})
    if not items:
        raise ChangeError("the schedule has no stages")
    return ChangeSpec(actor, "stage", "*", "create_many", {"items": items}, reason)


def template_stages(key: str) -> list[Stage]:
    """A template's stages with fresh ids (parents linked), ready for add_schedule."""
    tmpl = template(key)
    ids = {t.key: str(uuid.uuid4()) for t in tmpl.stages}
    return [
        Stage(
            ids[t.key],
            t.name,
            t.start,
            t.end,
            ids[t.parent] if t.parent else None,
            t.kind,
            i,
            t.threats,
        )
        for i, t in enumerate(tmpl.stages)
    ]


def apply_template(db: Database, key: str, *, actor: str, replace_existing: bool = False) -> Edit:
    """Give the operation a shipped template's stages (one change)."""
    tmpl = template(key)
    return add_schedule(
        db,
        template_stages(key),
        actor=actor,
        reason=f"tahapan dari templat {tmpl.name} ({tmpl.basis})",
        replace_existing=replace_existing,
    )


def take_template(db: Database, key: str, *, actor: str) -> list[Edit]:
    """Replace the operation's stages with a template's, and its voting day with the
    template's when they differ (Pemilu 2024 votes on 14 February), in one transaction;
    the risk register's lines move to the new stage of the same kind in it too
    (store.stage_relink). Returns the edits, stages first, then the operation's and the
    register's when they changed (one undo step takes back all)."""
    tmpl = template(key)
    reason = f"tahapan dari templat {tmpl.name} ({tmpl.basis})"
    new = template_stages(key)
    relink = _relink_spec(db, new, actor, _voting_day_shift(db, key))
    specs = [_schedule_spec(db, new, actor=actor, reason=reason, replace_existing=True)]
    op = queries.operation(db)
    if op is not None and op.voting_day != tmpl.voting_day:
        specs.append(
            ChangeSpec(
                actor,
                "operation",
                op.id,
                "set",
                {"voting_day": tmpl.voting_day.isoformat()},
                f"hari pemungutan suara menurut templat {tmpl.name}",
            )
        )
    if relink is not None:
        specs.append(relink)
    recorded = changelog.record_many(db, specs)
    return [
        Edit(change, spec.entity, tuple(writes), reason)
        for (change, writes), spec in zip(recorded, specs, strict=True)
    ]


def parse_kind(value: str) -> str:
    key = value.strip().lower()
    if key not in STAGE_KINDS:
        raise ChangeError(f"unknown stage kind {value!r}: use one of {', '.join(STAGE_KINDS)}")
    return key


def template_path(key: str) -> Path:
    return RESOURCES / "templates" / f"stages_{key}.json"
