"""Election stages (tahapan), their rules and the stage clock ("Kampanye, H-12").

Plain Python. Dates are whole local days (``datetime.date``), ``end`` inclusive, as KPU's
schedules write them (PKPU 2/2024 for the Pilkada, PKPU 3/2022 for the Pemilu). The clock
counts days from voting day (hari H) in the post's own zone: WIB (UTC+7), WITA (UTC+8) or
WIT (UTC+9), so an update saved at 23.30 WIB on H-1 is still H-1 in Banten, while it is
already hari H in Papua.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# Offsets from UTC of Indonesia's three zones.
ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}

# What a stage is for: lets the program know voting day and recapitulation whatever a
# schedule calls them. "other" is any stage the officer adds.
STAGE_KINDS = (
    "formation",
    "voter_list",
    "candidacy",
    "registration",
    "determination",
    "campaign",
    "quiet",
    "voting",
    "counting",
    "recapitulation",
    "dispute",
    "inauguration",
    "other",
)
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)
# A demo database shows the Pilkada 2024 as it stood on 15 November 2024 (H-12, the day
# Bawaslu's mapping was in), so that the clock, today's line and what is overdue fall inside
# the operation. The program marks such a database as a demo everywhere.
DEMO_MOMENT = dt.datetime(2024, 11, 15, 1, 0, tzinfo=dt.UTC)


class StageError(ValueError):
    """A stage or a schedule that cannot be: ``code`` says which rule, ``values`` the facts."""

    def __init__(self, code: str, message: str, **values: object) -> None:
        super().__init__(message)
        self.code = code
        self.values = values


@dataclass(frozen=True)
class Stage:
    """One stage of an operation. ``start``/``end`` are local dates, ``end`` inclusive;
    a stage that only groups sub-stages may have no dates (its span is theirs)."""

    id: str
    name: str
    start: dt.date | None
    end: dt.date | None
    parent_id: str | None = None
    kind: str = "other"
    position: int = 0
    threats: tuple[str, ...] = ()  # threat-taxonomy categories that belong to the stage

    def covers(self, day: dt.date) -> bool:
        return self.start is not None and self.end is not None and self.start <= day <= self.end

    @property
    def days(self) -> int | None:
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1


def zone(name: str) -> dt.timezone:
    """``WIB``/``WITA``/``WIT`` → the fixed-offset zone; raises StageError otherwise."""
    key = name.strip().upper()
    if key not in ZONES:
        raise StageError("unknown_zone", f"unknown time zone {name!r} (WIB, WITA or WIT)")
    return dt.timezone(dt.timedelta(hours=ZONES[key]), key)


def local_day(moment: dt.datetime, zone_name: str = "WIB") -> dt.date:
    """The post's calendar day of an aware moment (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone(zone_name)).date()


def h_label(day_offset: int) -> str:
    """Days from voting day as the field writes them: ``H-12``, ``hari H``, ``H+3``."""
    if day_offset == 0:
        return "hari H"
    return f"H{day_offset:+d}"


def check_stage(stage: Stage) -> None:
    """One stage on its own: a name, both dates or none, a plausible range, start ≤ end."""
    if not stage.name.strip():
        raise StageError("no_name", "a stage needs a name")
    if (stage.start is None) != (stage.end is None):
        raise StageError(
            "one_date", f"stage {stage.name!r} needs both a start and an end date, or neither"
        )
    for day in (stage.start, stage.end):
        if day is not None and not EARLIEST <= day <= LATEST:
            raise StageError("date_range", f"{day.isoformat()} is not a plausible date", day=day)
    if stage.start is not None and stage.end is not None and stage.end < stage.start:
        raise StageError(
            "end_before_start",
            f"stage {stage.name!r} ends ({stage.end.isoformat()}) before it starts "
            f"({stage.start.isoformat()})",
            start=stage.start,
            end=stage.end,
        )
    if stage.kind not in STAGE_KINDS:
        raise StageError("unknown_kind", f"unknown stage kind {stage.kind!r}")


def span(stage: Stage, stages: Sequence[Stage]) -> tuple[dt.date, dt.date] | None:
    """The stage's own dates, or for an undated group the span of its sub-stages."""
    seen: set[str] = set()

    def of(s: Stage) -> tuple[dt.date, dt.date] | None:
        if s.start is not None and s.end is not None:
            return s.start, s.end
        seen.add(s.id)  # a schedule merged from two posts may loop; never recurse forever
        spans = [sp for c in stages if c.parent_id == s.id and c.id not in seen if (sp := of(c))]
        if not spans:
            return None
        return min(a for a, _ in spans), max(b for _, b in spans)

    return of(stage)


def check_schedule(stages: Sequence[Stage]) -> None:
    """The whole schedule: every stage valid, parents exist, no cycles, and every sub-stage
    inside its parent's dates. Raises the first StageError found."""
    problems = schedule_problems(stages)
    if problems:
        raise problems[0]


def schedule_problems(stages: Sequence[Stage]) -> list[StageError]:
    """Every rule the schedule breaks, at most one per stage, in the schedule's order; each
    error's ``values["stage"]`` is the id of the stage that breaks it.

    A stored schedule can break a rule without anyone having asked for it (an undo puts back
    a parent's old dates after a sub-stage was added; two posts' edits merge), so an edit is
    judged by the problems it adds, not by those already there.
    """
    by_id = {s.id: s for s in stages}
    found = []
    for stage in stages:
        try:
            _check_in_schedule(stage, by_id)
        except StageError as exc:
            exc.values.setdefault("stage", stage.id)
            found.append(exc)
    return found


def _check_in_schedule(stage: Stage, by_id: dict[str, Stage]) -> None:
    check_stage(stage)
    if stage.parent_id is None:
        return
    parent = by_id.get(stage.parent_id)
    if parent is None:
        raise StageError(
            "no_parent",
            f"stage {stage.name!r} belongs to a stage that does not exist",
            parent=stage.parent_id,
        )
    seen = {stage.id}
    up: Stage | None = parent
    while up is not None:
        if up.id in seen:
            raise StageError("cycle", f"stage {stage.name!r} would contain itself")
        seen.add(up.id)
        up = by_id.get(up.parent_id) if up.parent_id else None
    # The nearest dated stage above: an undated group takes its sub-stages' span, so they
    # must lie inside the dated stage the group belongs to.
    outer = dated_ancestor(stage, by_id)
    if outer is not None and stage.start is not None:
        assert outer.start is not None and outer.end is not None and stage.end is not None
        if stage.start < outer.start or stage.end > outer.end:
            raise StageError(
                "outside_parent",
                f"sub-stage {stage.name!r} ({stage.start.isoformat()} – "
                f"{stage.end.isoformat()}) lies outside {outer.name!r} "
                f"({outer.start.isoformat()} – {outer.end.isoformat()})",
                parent=outer.name,
            )


def dated_ancestor(stage: Stage, by_id: dict[str, Stage]) -> Stage | None:
    """The nearest stage above ``stage`` that has its own dates (None if there is none)."""
    seen = {stage.id}
    up = by_id.get(stage.parent_id) if stage.parent_id else None
    while up is not None and up.id not in seen:
        if up.start is not None and up.end is not None:
            return up
        seen.add(up.id)
        up = by_id.get(up.parent_id) if up.parent_id else None
    return None


def subtree(stages: Iterable[Stage], roots: Iterable[str]) -> set[str]:
    """The ids of ``roots`` and of every stage below them (sub-stages, theirs, ...)."""
    children: dict[str | None, list[str]] = {}
    for s in stages:
        children.setdefault(s.parent_id, []).append(s.id)
    found: set[str] = set()
    todo = list(roots)
    while todo:
        sid = todo.pop()
        if sid not in found:
            found.add(sid)
            todo.extend(children.get(sid, ()))
    return found


def depth(stage: Stage, stages: Sequence[Stage]) -> int:
    by_id = {s.id: s for s in stages}
    level, up = 0, stage.parent_id
    while up is not None and up in by_id and level < 32:
        level += 1
        up = by_id[up].parent_id
    return level


def ordered(stages: Iterable[Stage]) -> list[Stage]:
    """Parents before their children, siblings by start date then position: the order a
    list or a timeline shows them in."""
    stages = list(stages)
    children: dict[str | None, list[Stage]] = {}
    ids = {s.id for s in stages}
    for s in stages:
        children.setdefault(s.parent_id if s.parent_id in ids else None, []).append(s)

    def key(s: Stage) -> tuple:
        sp = span(s, stages)
        return (sp[0] if sp else LATEST, s.position, s.name)

    out: list[Stage] = []
    shown: set[str] = set()

    def walk(parent: str | None) -> None:
        for s in sorted(children.get(parent, []), key=key):
            if s.id not in shown:
                shown.add(s.id)
                out.append(s)
                walk(s.id)

    walk(None)
    # Stages that loop round each other (merged edits) reach no top-level stage: they are
    # still listed, so that an officer can see and mend them.
    for s in sorted((s for s in stages if s.id not in shown), key=key):
        if s.id not in shown:
            shown.add(s.id)
            out.append(s)
            walk(s.id)
    return out


@dataclass(frozen=True)
class StageClock:
    """Where the operation stands on a day: the stages under way (most specific first),
    and the day counted from voting day (None when the operation has no voting day)."""

    day: dt.date
    current: tuple[Stage, ...]
    day_offset: int | None
    next_stage: Stage | None = None

    @property
    def stage(self) -> Stage | None:
        return self.current[0] if self.current else None

    @property
    def h(self) -> str | None:
        return None if self.day_offset is None else h_label(self.day_offset)

    def text(self, outside: str = "di luar tahapan") -> str:
        """``Kampanye, H-12``; ``Pemungutan suara, hari H``; ``di luar tahapan, H-200``."""
        name = self.stage.name if self.stage else outside
        return f"{name}, {self.h}" if self.h else name


def stage_clock(
    stages: Sequence[Stage],
    voting_day: dt.date | None,
    moment: dt.datetime | dt.date,
    zone_name: str = "WIB",
) -> StageClock:
    """The stage clock at ``moment`` (aware datetime, or a local date) for the post's zone.

    Several stages may run at once (voting day lies inside counting and recapitulation):
    the most specific wins, i.e. the shortest, then the deepest sub-stage, then the one
    that started last. Undated groups take their sub-stages' span.
    """
    day = moment if type(moment) is dt.date else local_day(moment, zone_name)  # type: ignore[arg-type]
    current = []
    for s in stages:
        sp = span(s, stages)
        if sp and sp[0] <= day <= sp[1]:
            current.append((s, sp))
    current.sort(
        key=lambda p: ((p[1][1] - p[1][0]).days, -depth(p[0], stages), -p[1][0].toordinal())
    )
    # The next stage to begin, sub-stages too (Rekapitulasi di PPK after voting day).
    upcoming = [(sp[0], s) for s in stages if (sp := span(s, stages)) and sp[0] > day]
    nxt = min(upcoming, key=lambda p: (p[0], p[1].position))[1] if upcoming else None
    offset = None if voting_day is None else (day - voting_day).days
    return StageClock(day, tuple(s for s, _ in current), offset, nxt)


@dataclass(frozen=True)
class TemplateStage:
    key: str
    name: str
    start: dt.date | None
    end: dt.date | None
    kind: str
    parent: str | None
    threats: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StageTemplate:
    """A shipped schedule: ``key`` (``pilkada_2024``), its legal basis and its stages,
    parents before children."""

    key: str
    name: str
    basis: str
    kind: str
    voting_day: dt.date
    stages: tuple[TemplateStage, ...]


def load_template(path: Path) -> StageTemplate:
    """Read a stage template (resources/templates/stages_*.json); raises StageError when a
    stage in it breaks a rule, so a broken template never reaches an operation."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    flat: list[TemplateStage] = []

    def walk(items: list[dict], parent: str | None) -> None:
        for item in items:
            start = dt.date.fromisoformat(item["start"]) if item.get("start") else None
            end = dt.date.fromisoformat(item["end"]) if item.get("end") else None
            flat.append(
                TemplateStage(
                    item["key"],
                    item["name"],
                    start,
                    end,
                    item.get("kind", "other"),
                    parent,
                    tuple(item.get("threats", ())),
                )
            )
            walk(item.get("children", []), item["key"])

    walk(data["stages"], None)
    template = StageTemplate(
        data["key"],
        data["name"],
        data.get("basis", ""),
        data["kind"],
        dt.date.fromisoformat(data["voting_day"]),
        tuple(flat),
    )
    keys = [t.key for t in flat]
    if len(set(keys)) != len(keys):
        raise StageError("duplicate_key", f"template {path} repeats a stage key")
    check_schedule(
        [Stage(t.key, t.name, t.start, t.end, t.parent, t.kind, i) for i, t in enumerate(flat)]
    )
    return template
