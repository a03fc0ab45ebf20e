"""Keeping the risk register on its stages when the stages are replaced.

Taking a template (Pilkada 2024, Pemilu 2024) or importing a schedule that replaces the
current stages deletes the old stages. The register's lines that named them are moved to
the new stage of the same kind (registration, campaign, quiet, voting, counting,
recapitulation, ...: ``Stage.kind``) in the same transaction as the replacement, so one
undo puts back the old stages and the lines' old stage ids together. A line whose stage's
kind has no counterpart among the new stages keeps its old (now deleted) stage: the
register shows it as "(stage deleted)" and the caller names it.

Which new stage, when several have the kind (sub-stages: Pilkada 2024 has four
recapitulation stages, Rekapitulasi di PPK, di KPU kabupaten/kota, di KPU provinsi under
Penghitungan dan rekapitulasi suara), is decided in this order (:func:`counterparts`):

1. a new stage of the same kind with the same name (any case and spacing): taking the same
   template again, or a schedule that keeps KPU's names, keeps every line on its twin;
2. else the one whose dates match the old stage's best: the most days in common, as a share
   of the days either covers (so a stage of 1-5 December goes to Rekapitulasi di KPU
   kabupaten/kota, 1-5 December, rather than to the three-week stage around it). Both are
   counted in days from their own schedule's voting day (hari H): a Pemilu 2024 stage
   (February 2024) is compared with the Pilkada 2024 stage that falls at the same point of
   the election, not with dates nine months apart. An undated group counts with its
   sub-stages' span;
3. on a tie (no overlap, or undated stages): the shallower stage (a main stage before a
   sub-stage), then the one whose start is nearest the old one's, then schedule order.

Stages of kind ``other`` (what an officer adds by hand) say nothing about what they are
for, so they are matched by name only (rule 1).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from commandpost.core.stages import Stage, depth, ordered, span
from commandpost.store.changelog import ChangeSpec
from commandpost.store.database import Database
from commandpost.store.sql import text

RELINK_REASON = "baris register risiko dipindah ke tahapan baru yang sejenis"
_LINES = text(
    "SELECT id, stage_id, threat, node_code FROM risk "
    "WHERE active AND stage_id IS NOT NULL AND stage_id != '' ORDER BY id"
)
_FAR = 10**6  # "no start to compare": after every real distance


@dataclass(frozen=True)
class RiskLine:
    """A line of the register whose stage is being replaced."""

    id: str
    stage_id: str
    stage_name: str
    kind: str
    threat: str
    node_code: str  # "" for the whole operation area


@dataclass(frozen=True)
class RelinkPlan:
    """What replacing the stages does to the register: ``moves`` (line, new stage) and the
    lines ``left`` without a stage (their kind has no new counterpart)."""

    moves: tuple[tuple[RiskLine, Stage], ...] = ()
    left: tuple[RiskLine, ...] = ()

    @property
    def moved(self) -> int:
        """How many lines move to a new stage."""
        return len(self.moves)

    @property
    def left_count(self) -> int:
        """How many lines are left without a stage."""
        return len(self.left)

    def left_stage_names(self) -> list[str]:
        """The old stages whose lines are left, each once, in the register's order."""
        return list(dict.fromkeys(line.stage_name for line in self.left))

    def by_stage(self) -> list[tuple[str, str, int]]:
        """(old stage's name, new stage's name, lines) for each pair, in the register's
        order: what the command line prints."""
        counts: dict[tuple[str, str], int] = {}
        for line, stage in self.moves:
            key = (line.stage_name, stage.name)
            counts[key] = counts.get(key, 0) + 1
        return [(old, new, n) for (old, new), n in counts.items()]

    def spec(self, actor: str, reason: str = RELINK_REASON) -> ChangeSpec | None:
        """The change that moves the lines (None when none moves): one ``set_many`` of
        ``stage_id`` on entity ``risk``, to be recorded with the stages' change."""
        if not self.moves:
            return None
        items = {line.id: {"stage_id": stage.id} for line, stage in self.moves}
        return ChangeSpec(actor, "risk", "*", "set_many", {"items": items}, reason)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def counterparts(
    old: Sequence[Stage], new: Sequence[Stage], *, shift: dt.timedelta = dt.timedelta()
) -> dict[str, str | None]:
    """Each old stage's id → the id of the new stage its risk lines move to, or None when no
    new stage has its kind. ``shift`` is added to the old stages' dates before they are
    compared (the new voting day minus the old one); the rules are the module's."""
    new = list(new)
    place = {s.id: i for i, s in enumerate(ordered(new))}
    spans = {s.id: span(s, new) for s in new}
    depths = {s.id: depth(s, new) for s in new}
    found: dict[str, str | None] = {}
    for stage in old:
        same_kind = [n for n in new if n.kind == stage.kind]
        same_name = [n for n in same_kind if _norm(n.name) == _norm(stage.name)]
        candidates = same_name or ([] if stage.kind == "other" else same_kind)
        if not candidates:
            found[stage.id] = None
            continue
        own = span(stage, old)
        if own is not None:
            own = (own[0] + shift, own[1] + shift)

        def rank(n: Stage, own=own) -> tuple[float, int, int, int]:
            theirs = spans[n.id]
            if own is None or theirs is None:
                return (0.0, depths[n.id], _FAR, place[n.id])
            both = (min(own[1], theirs[1]) - max(own[0], theirs[0])).days + 1
            either = (max(own[1], theirs[1]) - min(own[0], theirs[0])).days + 1
            distance = abs((theirs[0] - own[0]).days)
            # Division is correctly rounded: equal shares compare equal, a tie is a tie.
            return (-max(both, 0) / either, depths[n.id], distance, place[n.id])

        found[stage.id] = min(candidates, key=rank).id
    return found


def plan_relink(
    db: Database,
    old: Sequence[Stage],
    new: Sequence[Stage],
    *,
    shift: dt.timedelta = dt.timedelta(),
) -> RelinkPlan:
    """What replacing the ``old`` stages with ``new`` does to the register's active lines
    that name one of the old stages (lines already without a stage are not touched).
    ``shift``: the new voting day minus the old one (see :func:`counterparts`)."""
    new_by_id = {s.id: s for s in new}
    # A stage kept by id (an import that names the old ids) keeps its lines as they are.
    by_id = {s.id: s for s in old if s.id not in new_by_id}
    with db.engine.connect() as conn:
        rows = [r for r in conn.execute(_LINES) if r[1] in by_id]
    if not rows:
        return RelinkPlan()
    target = counterparts(old, new, shift=shift)
    order = {s.id: i for i, s in enumerate(ordered(old))}
    moves, left = [], []
    for rid, stage_id, threat, node in sorted(rows, key=lambda r: (order[r[1]], r[0])):
        stage = by_id[stage_id]
        line = RiskLine(rid, stage_id, stage.name, stage.kind, threat, node or "")
        goal = target[stage_id]
        if goal is None:
            left.append(line)
        else:
            moves.append((line, new_by_id[goal]))
    return RelinkPlan(tuple(moves), tuple(left))
