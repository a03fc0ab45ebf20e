"""The figures of a situation report (laporan situasi), straight from SQL (no Qt).

For a :class:`~commandpost.reports.scope.Scope` and a
:class:`~commandpost.reports.period.Period`:

- the stage clock at the period's end (core.stages.stage_clock, in the post's zone);
- strength (store.strength.unit_strength) of the unit beside the whole operation's;
- TPS per class per unit directly below, over the kecamatan each answers for (the roll-up
  counts of the kecamatan rows; rows add up to the total by construction, and a test holds
  them against direct counts of the tps table);
- the vulnerability changes observed in the period (TPS class and threat levels, from the
  change log, each with what it was before: the log is replayed in order);
- incidents that occurred in the period; separately those logged in the period that
  occurred before it; and the running total since the operation began (by type);
- risk-register lines of the current stage within the scope.

Times compare as the store keeps them: UTC ISO text to the minute.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import text

from commandpost.core.stages import Stage, StageClock
from commandpost.core.strength import Strength
from commandpost.core.threats import INCIDENT_FLOW
from commandpost.reports.list_data import DISTRICT_LEN, RiskRow, places_of, risk_items
from commandpost.reports.period import Period, clock_at_end
from commandpost.reports.scope import Scope
from commandpost.store.database import Database
from commandpost.store.incidents import IncidentInfo, list_incidents
from commandpost.store.stages import list_stages
from commandpost.store.strength import unit_strength
from commandpost.store.threats import taxonomy, utc_iso

CLASSES = ("kurang_rawan", "rawan", "sangat_rawan", "khusus")
PER_DAY = 10


@dataclass(frozen=True)
class ClassRow:
    """TPS per class of one unit (or the total): TPS counts; ``dpt`` voters."""

    unit_id: str
    name: str
    counts: dict[str, int]
    dpt: int
    total_row: bool = False

    @property
    def tps(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Change:
    """One vulnerability change in the period: at ``node_code`` (a TPS or an area), in
    ``field`` (``tps_class`` or a threat category), from ``before`` to ``after``."""

    observed_at: str  # UTC ISO
    node_code: str
    field: str
    before: str | int
    after: str | int
    reason: str
    source: str
    actor: str


@dataclass(frozen=True)
class SitrepData:
    scope: Scope
    period: Period
    clock: StageClock | None
    strength: Strength | None  # the unit (all its subtree); None: no units
    strength_total: Strength | None  # the whole operation (every Polda)
    classes: tuple[ClassRow, ...]  # one per unit below (and the unit's own HQ), then total
    changes: tuple[Change, ...]
    incidents: tuple[IncidentInfo, ...]  # occurred in the period, oldest first
    late_logged: tuple[IncidentInfo, ...]  # logged in the period, occurred before it
    to_date: dict[str, int]  # incidents by type since the operation began, up to the end
    in_period: dict[str, int]  # incidents by type in the period
    risks: tuple[RiskRow, ...]  # the current stage's register within the scope
    stages: tuple[Stage, ...] = ()
    # Incidents per report day (the 24 hours up to the cut-off), the last PER_DAY days.
    per_day: tuple[tuple[dt.date, int], ...] = ()
    places: dict[str, str] = field(default_factory=dict)  # node code -> "Desa X, Kec. Y"

    @property
    def open_incidents(self) -> int:
        return sum(1 for i in self.incidents if i.status != INCIDENT_FLOW[-1])


def class_rows(db: Database, scope: Scope) -> list[ClassRow]:
    """TPS per class for each unit directly below the scope's unit (a Polda's Polres; the
    national roll-up's Polda), and the unit's own HQ where it answers for kecamatan itself;
    then the total. Counted over the kecamatan rows' roll-ups."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT s.district_code, s.unit_id, n.tps_count, n.n_rawan, n.n_sangat_rawan, "
                "n.n_khusus, n.dpt FROM area_share s JOIN node n ON n.code = s.district_code "
                "WHERE s.unit_id IS NOT NULL"
            )
        ).all()
    per: dict[str, Counter] = {}
    dpt: Counter = Counter()
    for _code, unit_id, tps, rawan, sangat, khusus, voters in rows:
        if unit_id not in scope.members:
            continue
        part = scope.part_of(unit_id) or unit_id
        c = per.setdefault(part, Counter())
        c["rawan"] += rawan
        c["sangat_rawan"] += sangat
        c["khusus"] += khusus
        c["kurang_rawan"] += tps - rawan - sangat - khusus
        dpt[part] += voters or 0
    out: list[ClassRow] = []
    names = {u.id: u.name for u, _m in scope.parts}
    if scope.unit is not None:
        names.setdefault(scope.unit.id, f"{scope.unit.name} (langsung)")
    order = [u.id for u, _m in scope.parts]
    if scope.unit is not None:
        order.append(scope.unit.id)
    for unit_id in order:
        if unit_id in per or unit_id != (scope.unit.id if scope.unit else None):
            counts = per.get(unit_id, Counter())
            out.append(
                ClassRow(unit_id, names[unit_id], {k: counts[k] for k in CLASSES}, dpt[unit_id])
            )
    total = {k: sum(r.counts[k] for r in out) for k in CLASSES}
    out.append(ClassRow("", "Jumlah", total, sum(r.dpt for r in out), total_row=True))
    return out


def _in_scope(code: str, districts: set[str]) -> bool:
    return code[:DISTRICT_LEN] in districts


def vulnerability_changes(db: Database, scope: Scope, period: Period) -> list[Change]:
    """TPS class and threat-level changes observed in the period within the scope, oldest
    first, each with the value before it (the log replayed in order; a TPS starts kurang
    rawan, a threat at level 0)."""
    districts = set(scope.districts)
    since, until = period.since, period.until
    state: dict[tuple[str, str], str | int] = {}
    out: list[Change] = []
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT entity, op, [values], reason, actor, recorded_at FROM change_log "
                "WHERE entity IN ('tps', 'threat') AND op IN ('set', 'set_many', 'create', "
                "'create_many') ORDER BY hlc, id"
            )
        ).all()
    for entity, op, values, reason, actor, recorded in rows:
        values = values if isinstance(values, dict) else json.loads(values)
        if op.endswith("_many"):
            items = values.get("items", {})
            when_all = values.get("observed_at")
        else:
            items = {"": values}
            when_all = None
        for key, fields in items.items():
            observed = fields.get("observed_at") or when_all or recorded
            if entity == "tps":
                if "tps_class" not in fields:
                    continue
                code = key or fields.get("code", "")
                slot, after = (code, "tps_class"), fields["tps_class"]
                default: str | int = "kurang_rawan"
            else:
                code = fields.get("node_code") or key.split("|")[0]
                category = fields.get("category") or (key.split("|")[1] if "|" in key else "")
                if "level" not in fields:
                    continue
                slot, after, default = (code, category), int(fields["level"]), 0
            before = state.get(slot, default)
            state[slot] = after
            if before == after or not code or not _in_scope(code, districts):
                continue
            if since <= _utc_minute(observed) < until:
                out.append(
                    Change(
                        _utc_minute(observed),
                        code,
                        slot[1],
                        before,
                        after,
                        fields.get("reason") or reason,
                        fields.get("source") or values.get("source", ""),
                        actor,
                    )
                )
    out.sort(key=lambda c: (c.observed_at, c.node_code, c.field))
    return out


def _utc_minute(iso: str) -> str:
    """A logged time as the store compares times; a malformed one as it is."""
    try:
        return utc_iso(iso)
    except ValueError:
        return iso


def _logged_in(db: Database, period: Period) -> dict[str, str]:
    """Incident id -> when its creation was recorded, for incidents logged in the period."""
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT entity_id, recorded_at FROM change_log "
                "WHERE entity = 'incident' AND op = 'create'"
            )
        ).all()
    out = {}
    for incident_id, recorded in rows:
        when = _utc_minute(recorded)
        if period.since <= when < period.until:
            out[incident_id] = when
    return out


def sitrep_data(db: Database, scope: Scope, period: Period) -> SitrepData:
    """Everything a situation report prints, for ``scope`` over ``period``."""
    op = scope.operation
    clock = None
    stages = list_stages(db)
    if op is not None:
        clock = clock_at_end(stages, op.voting_day, period)
    # The operation's total: every Polda (the units at the top), summed.
    with db.engine.connect() as conn:
        tops = [
            r[0]
            for r in conn.execute(
                text("SELECT id FROM unit WHERE active AND parent_id IS NULL ORDER BY id")
            )
        ]
    total = _sum([unit_strength(db, u)[0].figures for u in tops]) if tops else None
    strength = unit_strength(db, scope.unit.id)[0].figures if scope.unit else total
    districts = list(scope.districts)
    # Filtered here, not in SQL: a national scope has 7,285 kecamatan, more ranges than
    # SQLite takes in one expression, and incidents are few beside them.
    wanted = set(districts)
    in_scope = [i for i in list_incidents(db, until=period.until) if _in_scope(i.node_code, wanted)]
    occurred = [i for i in in_scope if i.occurred_at >= period.since]
    occurred.sort(key=lambda i: (i.occurred_at, i.id))
    logged = _logged_in(db, period)
    late = [i for i in in_scope if i.id in logged and i.occurred_at < period.since]
    late.sort(key=lambda i: (i.occurred_at, i.id))
    to_date = Counter(i.type for i in in_scope)
    in_period = Counter(i.type for i in occurred)
    risks: list[RiskRow] = []
    if clock is not None and clock.stage is not None:
        # Overdue as of the report's end, so that a report printed again says the same.
        risks = risk_items(db, scope, clock.stage.id, today=period.local_end.date())
    changes = vulnerability_changes(db, scope, period)
    codes = {c.node_code for c in changes} | {i.node_code for i in occurred + late}
    return SitrepData(
        scope=scope,
        period=period,
        clock=clock,
        strength=strength,
        strength_total=total,
        classes=tuple(class_rows(db, scope)),
        changes=tuple(changes),
        incidents=tuple(occurred),
        late_logged=tuple(late),
        to_date=dict(to_date),
        in_period=dict(in_period),
        risks=tuple(risks),
        stages=tuple(stages),
        per_day=per_day(in_scope, period),
        places=places_of(db, codes),
    )


def per_day(incidents: list[IncidentInfo], period: Period) -> tuple[tuple[dt.date, int], ...]:
    """Incidents per report day: day ``d`` is the 24 hours ending at the period's end time on
    ``d`` (with a 06.00 cut-off, 27 November holds 26 Nov 06.00 to 27 Nov 06.00 local), never
    the UTC or calendar date; the last PER_DAY days up to the period's end."""
    end = period.local_end
    counts = Counter()
    for i in incidents:
        moment = dt.datetime.fromisoformat(i.occurred_at)
        back = (period.end - moment).total_seconds() / 86400
        if 0 < back <= PER_DAY:
            counts[int(-(-back // 1)) - 1] += 1
    return tuple(
        ((end - dt.timedelta(days=k)).date(), counts.get(k, 0)) for k in range(PER_DAY - 1, -1, -1)
    )


def _sum(figures: list[Strength]) -> Strength:
    names = Strength.__dataclass_fields__
    return Strength(**{k: sum(getattr(f, k) for f in figures) for k in names})


def incident_label(key: str) -> str:
    try:
        return taxonomy().incident_type(key).label.text("id")
    except ValueError:
        return key
