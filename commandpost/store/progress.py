"""Voting-day progress (hari H): the step each TPS has reached, problems, and the day's curve.

Units: counts are TPS. Times are stored in UTC (``2024-11-27T00:10+00:00``, to the minute, as
:func:`commandpost.store.threats.utc_iso` writes them); hours and days are the post's local
ones in WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9).

Every step is one change through the change log (``tps`` ``set_many`` writing ``progress``
and ``progress_at``); the per-state counts on every region (``node.p_*``) move with it. The
curve over the day is read back from the change log by SQL aggregation, so it stays right
after an undo (the compensating change writes the old step and time back).

Times keep the order of the states: a step earlier than the time the TPS reached an earlier
state is refused, whole (:func:`set_progress` has the rule, corrections and undo included).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from commandpost.core.progress import (
    FUTURE_TOLERANCE_MINUTES,
    PROGRESS_STATES,
    at_least,
    parse_progress,
)
from commandpost.core.regions import Level, VillageKind, ancestors_of, village_kind
from commandpost.core.stages import zone as zone_of
from commandpost.store import changelog, queries
from commandpost.store.changelog import ChangeError, ChangeSpec
from commandpost.store.database import Database
from commandpost.store.refusals import RefusalMsg, Refused
from commandpost.store.sql import bindparam, text
from commandpost.store.threats import Edit, utc_iso

# The states a TPS can reach (everything but "none"), in order.
STEPS = PROGRESS_STATES[1:]
_RANK = {state: i for i, state in enumerate(PROGRESS_STATES)}
# A state's place in the order, in SQL (unknown text counts as "none").
_RANK_SQL = "CASE {x} " + " ".join(f"WHEN '{s}' THEN {i}" for s, i in _RANK.items()) + " ELSE 0 END"
_CHUNK = 900
# TPS a refusal names one by one (the rest are counted).
NAMED_TPS = 10


class BackStep(ChangeError):
    """Some TPS would move back (finished → opened): only a correction, with a reason."""

    def __init__(self, count: int, code: str, old: str, new: str) -> None:
        self.count, self.code, self.old, self.new = count, code, old, new
        super().__init__(
            f"{count} TPS would move back (e.g. {code}: {old} → {new}); a correction needs a reason"
        )


def _report_time(db: Database, at: str | dt.datetime | None) -> str:
    """When the step happened, as stored (UTC ISO); now when not given. A naive time is the
    laptop's local time. Refused (:data:`RefusalMsg.TIME_IN_FUTURE`, shown in the post's
    zone) more than ``FUTURE_TOLERANCE_MINUTES`` ahead of the laptop's clock."""
    now = dt.datetime.now(dt.UTC)
    if at is None or at == "":
        return now.isoformat(timespec="minutes")
    try:
        when = utc_iso(at.isoformat() if isinstance(at, dt.datetime) else str(at).strip())
    except ValueError:
        raise ChangeError(f"report time {at!r} is not a date and time") from None
    limit = now + dt.timedelta(minutes=FUTURE_TOLERANCE_MINUTES)
    if when > limit.isoformat(timespec="minutes"):
        raise Refused(RefusalMsg.TIME_IN_FUTURE, time=_shown(when, _post_zone(db)))
    return when


def _post_zone(db: Database) -> str:
    from commandpost.store.duty import post_zone

    return post_zone(db)


def _shown(iso: str, zone: str, beside: str = "") -> str:
    """A stored time as a refusal names it, on the post's clock: ``06.30 WIB`` when it falls
    on the same local day as ``beside`` (the time it is compared with), else
    ``26/11/2024 20.00 WIB``."""
    tz = zone_of(zone)
    local = dt.datetime.fromisoformat(iso).astimezone(tz)
    other = dt.datetime.fromisoformat(beside).astimezone(tz) if beside else None
    if other is not None and other.date() == local.date():
        return f"{local:%H.%M} {zone}"
    return f"{local:%d/%m/%Y %H.%M} {zone}"


def _current(db: Database, codes: list[str]) -> dict[str, tuple[str, str, bool, Any]]:
    """TPS code → (progress, progress_at, problem, problem_incident) for a selection: TPS as
    they are, regions expanded to every TPS below them. Unknown codes are refused."""
    found = queries.nodes(db, list(dict.fromkeys(codes)))
    unknown = [c for c in codes if c not in found]
    if unknown:
        raise ChangeError(f"unknown node {', '.join(unknown[:5])}")
    columns = "code, progress, progress_at, problem, problem_incident"
    tps = sorted(c for c, info in found.items() if info.level == Level.TPS)
    regions = sorted(c for c, info in found.items() if info.level != Level.TPS)
    # A region selected with its own TPS or sub-regions is read once.
    regions = [r for r in regions if not any(a in found for a in ancestors_of(r))]
    tps = [t for t in tps if not any(a in regions for a in ancestors_of(t))]
    result: dict[str, tuple[str, str, bool, Any]] = {}
    with db.engine.connect() as conn:
        for code in regions:
            for row in conn.execute(
                text(f"SELECT {columns} FROM tps WHERE code > :low AND code < :high"),
                {"low": code + ".", "high": code + "/"},
            ):
                result[row[0]] = (row[1], row[2], bool(row[3]), row[4])
        stmt = text(f"SELECT {columns} FROM tps WHERE code IN :codes").bindparams(
            bindparam("codes", expanding=True)
        )
        for start in range(0, len(tps), _CHUNK):
            for row in conn.execute(stmt, {"codes": tps[start : start + _CHUNK]}):
                result[row[0]] = (row[1], row[2], bool(row[3]), row[4])
    return result


def _record(
    db: Database, actor: str, items: dict[str, dict[str, Any]], reason: str, label: str
) -> list[Edit]:
    codes = sorted(items)
    spec = ChangeSpec(
        actor,
        "tps",
        codes[0] if len(codes) == 1 else f"{len(codes)} TPS",
        "set_many",
        {"items": {c: items[c] for c in codes}},
        reason,
    )
    [(change, writes)] = changelog.record_many(db, [spec])
    return [Edit(change, "tps", tuple(writes), label)]


def set_progress(
    db: Database,
    codes: list[str],
    state: str,
    *,
    actor: str,
    at: str | dt.datetime | None = None,
    reason: str = "",
) -> list[Edit]:
    """Record that the selected TPS reached ``state`` at ``at`` (default now), as ONE change.

    ``codes`` are TPS or regions (a region stands for every TPS below it). ``at`` is an ISO
    time (naive = the laptop's local time; the CLI and the window pass the post's zone) or an
    aware datetime; it is stored in UTC. Moving a TPS back (finished → opened, or to "none")
    is a correction and needs a ``reason``; without one :class:`BackStep` is raised and
    nothing changes. A step that takes any TPS forward is not a correction: TPS of the
    selection already further along are left as they are (:func:`ahead_of` names them).
    TPS already at ``state`` keep the time of their first report, unless a reason is given
    (then the time is corrected). Nothing to change at all is refused
    (``PROGRESS_NOTHING_TO_CHANGE``). Returns the edit for the undo history.

    Times must keep the order of the states. A step is refused (:class:`Refused`,
    ``STEP_BEFORE_EARLIER`` for one TPS, ``STEPS_BEFORE_EARLIER`` listing the TPS for a
    selection; the WHOLE step, nothing changes) when its time is earlier than the time the
    TPS reached an earlier state, i.e. the latest time of a step of a lower state that
    still stands in the TPS's history. "Still stands" is the rule of store.progress_log
    (what the day's curve is drawn from): steps an undo took back are gone, and a report recorded
    later for an earlier time overrides the steps after that time. So:

    - a step forward is compared with the TPS's current step (the latest standing one; a
      TPS with no report, or corrected back to "none", has nothing to compare with);
    - a correction (back, or the same state with a reason) is compared with the standing
      steps of lower states; the higher states it corrects are overridden by it and do not
      count. Opened 07.05 then counting 13.00: "voting 07.30" (with a reason) is accepted,
      "voting 07.00" is refused (before opened 07.05);
    - an undo is never refused (it writes back what was); after it, the steps it took back
      no longer count: undoing "opened 07.05" leaves the TPS at its earlier step and time.

    Equal times are accepted (reports come to the minute). A time more than
    ``FUTURE_TOLERANCE_MINUTES`` (5) ahead of the laptop's clock is refused
    (``TIME_IN_FUTURE``). Refusal texts name the TPS ("TPS 004 Desa X"), both states (as
    the codes above) and both times on the post's clock (store.duty.post_zone: WIB, WITA or
    WIT).
    """
    try:
        state = parse_progress(state)
    except ValueError as exc:
        raise ChangeError(str(exc)) from None
    reason = reason.strip()
    when = "" if state == "none" else _report_time(db, at)
    current = _current(db, codes)
    if not current:
        raise ChangeError("the selection holds no TPS")
    items: dict[str, dict[str, Any]] = {}
    back: list[tuple[str, str]] = []
    rank = _RANK[state]
    left = set(_left_ahead(current, rank))
    for code, (old, old_at, _problem, _incident) in current.items():
        old_rank = _RANK.get(old, 0)
        if code in left:
            continue
        if rank < old_rank:
            back.append((code, old))
        elif rank == old_rank and (not reason or old_at == when):
            continue
        items[code] = {"progress": state, "progress_at": when}
    if back and not reason:
        code, old = min(back)
        raise BackStep(len(back), code, old, state)
    if not items:
        raise Refused(RefusalMsg.PROGRESS_NOTHING_TO_CHANGE, count=len(current), state=state)
    if when:
        early = _too_early(db, {c: current[c][:2] for c in items}, state, when)
        if early:
            _refuse_too_early(db, early, state, when, len(items))
    return _record(db, actor, items, reason, f"{state}: {len(items)} TPS")


def ahead_of(db: Database, codes: list[str], state: str) -> list[str]:
    """The TPS of the selection (TPS or regions) that a step to ``state`` leaves as they
    are because they are further along, in code order; [] when the step takes no TPS
    forward (it is then a correction of them all). See :func:`set_progress`."""
    return _left_ahead(_current(db, codes), _RANK[parse_progress(state)])


def _left_ahead(current: dict[str, tuple], rank: int) -> list[str]:
    """The rule behind :func:`set_progress` and :func:`ahead_of`: a step that takes some TPS
    forward leaves those already further along as they are (a whole village "opened" at
    07.00 does not undo the TPS already voting); only a step that takes none forward moves
    TPS back, as a correction with a reason (then nothing is left: [])."""
    if not any(rank > _RANK.get(old, 0) for old, *_rest in current.values()):
        return []
    return sorted(c for c, (old, *_rest) in current.items() if _RANK.get(old, 0) > rank)


def _too_early(
    db: Database, current: dict[str, tuple[str, str]], state: str, when: str
) -> list[tuple[str, str, str]]:
    """``(TPS, earlier state, its time)`` for each TPS in ``current`` (code → its current
    state and time) whose step to ``state`` at ``when`` (UTC ISO) would come before the
    time it reached a lower state; in code order. See :func:`set_progress` for the rule."""
    rank = _RANK[state]
    found: dict[str, tuple[str, str]] = {}
    corrections = []
    for code, (old, old_at) in current.items():
        if rank > _RANK.get(old, 0):  # forward: the current step is the latest standing one
            old_at = _stored(old_at)
            if old_at and when < old_at:
                found[code] = (old, old_at)
        else:
            corrections.append(code)
    for code, (earlier, earlier_at) in _standing_below(db, corrections, rank).items():
        earlier_at = _stored(earlier_at)
        if earlier_at and when < earlier_at:
            found[code] = (earlier, earlier_at)
    return [(code, *found[code]) for code in sorted(found)]


def _stored(at: str | None) -> str:
    """A time read back, in the one form that compares as text (``utc_iso``); "" for none
    or for text that is no time (nothing to compare with)."""
    try:
        return utc_iso(at) if at else ""
    except ValueError:
        return ""


def _standing_below(db: Database, codes: list[str], rank: int) -> dict[str, tuple[str, str]]:
    """TPS code → (state, time) of its latest standing step (store.progress_log) of a state ranked
    below ``rank``; TPS without one are left out."""
    latest: dict[str, tuple[str, str]] = {}
    codes = sorted(codes)
    with db.engine.connect() as conn:
        for start in range(0, len(codes), _CHUNK):
            chunk = codes[start : start + _CHUNK]
            params = {"codes": chunk, "rank": rank}
            for code, step, at in conn.execute(_STANDING, params):
                if code not in latest or at > latest[code][1]:
                    latest[code] = (step, at)
    return latest


def _tps_title(db: Database, codes: list[str]) -> dict[str, str]:
    """TPS code → how a refusal names it: ``TPS 004 Desa Cilangkahan``."""
    villages = {c: c.rpartition(".")[0] for c in codes}
    found = queries.nodes(db, list(dict.fromkeys([*codes, *villages.values()])))
    kinds = {VillageKind.DESA: "Desa", VillageKind.KELURAHAN: "Kelurahan"}
    titles = {}
    for code in codes:
        tps = found[code].name if code in found else code
        village = villages[code]
        name = found[village].name if village in found else village
        kind = kinds.get(village_kind(village), "")
        titles[code] = " ".join(p for p in (tps, kind, name) if p)
    return titles


def _refuse_too_early(
    db: Database, early: list[tuple[str, str, str]], state: str, when: str, total: int
) -> None:
    """Raise the refusal for :func:`_too_early`'s answer: the TPS by name, both states and
    both times on the post's clock; a selection lists its first ``NAMED_TPS`` TPS."""
    zone = _post_zone(db)
    named = early[:NAMED_TPS]
    titles = _tps_title(db, [code for code, _s, _t in named])
    if total == 1:
        [(code, earlier, earlier_at)] = early
        raise Refused(
            RefusalMsg.STEP_BEFORE_EARLIER,
            tps=titles[code],
            state=state,
            time=_shown(when, zone, earlier_at),
            earlier=earlier,
            earlier_time=_shown(earlier_at, zone, when),
            code=code,
        )
    # The window lists these again with the states in its language.
    conflicts = tuple(
        (code, titles[code], earlier, _shown(earlier_at, zone, when))
        for code, earlier, earlier_at in named
    )
    lines = [f"  {title}: {earlier} {shown}" for _c, title, earlier, shown in conflicts]
    if len(early) > len(named):
        lines.append(f"  and {len(early) - len(named)} more")
    raise Refused(
        RefusalMsg.STEPS_BEFORE_EARLIER,
        count=len(early),
        total=total,
        state=state,
        time=_shown(when, zone, early[0][2]),
        listing="\n".join(lines),
        conflicts=conflicts,
        more=len(early) - len(named),
    )


def set_problem(
    db: Database,
    codes: list[str],
    *,
    incident_id: str | None = None,
    actor: str,
    on: bool = True,
    reason: str = "",
) -> list[Edit]:
    """Flag (``on``) or clear a problem at the selected TPS (regions: every TPS below), linked
    to an incident when one describes it (it must exist); clearing also drops the link.
    ``problem_incident`` means something only while the flag is set. ONE change; returns
    the edit for the undo history."""
    if incident_id is not None:
        from commandpost.store.incidents import get_incident

        if not on:
            raise ChangeError("clearing a problem takes no incident")
        if get_incident(db, incident_id) is None:
            raise ChangeError(f"unknown incident {incident_id}")
    current = _current(db, codes)
    if not current:
        raise ChangeError("the selection holds no TPS")
    items: dict[str, dict[str, Any]] = {}
    for code, (_state, _at, problem, incident) in current.items():
        if not on:
            if problem or incident is not None:
                items[code] = {"problem": False, "problem_incident": None}
        elif incident_id is None:
            if not problem:  # flagged again without an incident: a link it has stays
                items[code] = {"problem": True}
        elif not problem or incident != incident_id:
            items[code] = {"problem": True, "problem_incident": incident_id}
    if not items:
        template = RefusalMsg.PROBLEM_ALREADY_FLAGGED if on else RefusalMsg.PROBLEM_NONE_FLAGGED
        raise Refused(template)
    label = f"{'problem' if on else 'no problem'}: {len(items)} TPS"
    return _record(db, actor, items, reason.strip(), label)


def progress_counts(db: Database, code: str) -> dict[str, int]:
    """TPS at ``code`` or below per state (exactly that state; "none": no report yet), plus
    "total" TPS and "problem" (TPS flagged). Read from the node's stored roll-ups."""
    info = queries.node(db, code)
    if info is None:
        raise ChangeError(f"unknown node {code}")
    return {**info.progress_counts(), "total": info.tps_count, "problem": info.p_problem}


def selection_counts(db: Database, codes: list[str]) -> dict[str, int]:
    """:func:`progress_counts` summed over a selection (a node inside a selected region is
    counted once)."""
    found = queries.nodes(db, list(dict.fromkeys(codes)))
    total = dict.fromkeys([*PROGRESS_STATES, "total", "problem"], 0)
    for code, info in found.items():
        if any(a in found for a in ancestors_of(code)):
            continue
        for state, n in info.progress_counts().items():
            total[state] += n
        total["total"] += info.tps_count
        total["problem"] += info.p_problem
    return total


class ProgressRow(NamedTuple):
    code: str  # TPS code
    village: str  # name of its desa/kelurahan
    number: int  # TPS number in the village
    state: str  # current step (PROGRESS_STATES)
    progress_at: str  # when that step was reported (UTC ISO), "" for none
    problem: bool


def _area(under: str | None) -> tuple[str, str]:
    """The code range of a subtree (everything for None)."""
    return (under, under + "/") if under else ("", "\uffff")


# The local hour bucket of a time in epoch seconds (``{s}``; its stored text ``{x}``): -1
# before the day (and "" = always), 24 after it (and NULL = never).
_BUCKET = (
    "CASE WHEN {x} IS NULL THEN 24 WHEN {x} = '' THEN -1 "
    "WHEN {s} < :start THEN -1 "
    "WHEN {s} >= :start + 86400 THEN 24 "
    "ELSE ({s} - :start) / 3600 END"
)
# Every TPS's standing history in [:lo, :hi) as intervals (store.progress_log, which the
# change log keeps: steps an undo took back are left out, and a report recorded later for an
# earlier time overrides what it contradicts), counted in and out by hour.
_BY_HOUR = text(
    """
SELECT b, state, sum(d) FROM (
  SELECT """
    + _BUCKET.format(x="t", s="t_s")
    + """ AS b, state, 1 AS d FROM progress_interval
  WHERE tps >= :lo AND tps < :hi AND state != 'none'
  UNION ALL
  SELECT """
    + _BUCKET.format(x="t_next", s="t_next_s")
    + """ AS b, state, -1 AS d FROM progress_interval
  WHERE tps >= :lo AND tps < :hi AND state != 'none'
) WHERE b < 24 GROUP BY b, state"""
)


# Every TPS's standing steps below a state, for the check of a correction.
_STANDING = text(
    "SELECT tps, state, t FROM progress_interval WHERE tps IN :codes AND t != '' AND "
    + _RANK_SQL.format(x="state")
    + " BETWEEN 1 AND :rank - 1"
).bindparams(bindparam("codes", expanding=True))


def _day_start(day: dt.date, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=zone_of(zone))


def progress_by_hour(
    db: Database, day: dt.date, zone: str = "WIB", under: str | None = None
) -> list[tuple[int, dict[str, int]]]:
    """For each local hour 0..23 of ``day`` (in ``zone``: WIB, WITA or WIT), the TPS that had
    reached at least each state by the end of that hour: ``[(7, {"arrived": …, "opened":
    16900, …}), …]``. ``under`` limits it to a region.

    A SQL sum over each TPS's standing history, which the change log keeps as it applies
    steps (store.progress_log; times stored in UTC): steps an undo took back do not count,
    and a later report for an earlier time overrides what it contradicts. Steps before the
    day count from hour 0; steps after it are left out.
    """
    start = int(_day_start(day, zone).timestamp())
    lo, hi = _area(under)
    with db.engine.connect() as conn:
        rows = conn.execute(_BY_HOUR, {"lo": lo, "hi": hi, "start": start}).all()
    deltas: dict[int, dict[str, int]] = {}
    for bucket, state, delta in rows:
        if state in _RANK:
            hour = max(-1, int(bucket))
            deltas.setdefault(hour, {})[state] = deltas.get(hour, {}).get(state, 0) + delta
    exact = dict.fromkeys(STEPS, 0)
    for state, delta in deltas.get(-1, {}).items():
        exact[state] += delta
    result = []
    for hour in range(24):
        for state, delta in deltas.get(hour, {}).items():
            exact[state] += delta
        result.append((hour, {s: at_least(exact, s) for s in STEPS}))
    return result


# TPS that had reached :rank or further at :when (epoch seconds).
_REACHED = (
    """WITH reached AS (
  SELECT tps FROM progress_interval
  WHERE (t = '' OR t_s <= :when)
    AND (t_next IS NULL OR t_next_s > :when)
    AND """
    + _RANK_SQL.format(x="state")
    + """ >= :rank
)
"""
)


def list_progress(
    db: Database,
    under: str | None = None,
    states: list[str] | None = None,
    not_reached: str | None = None,
    at: str | dt.datetime | None = None,
    *,
    limit: int | None = None,
) -> list[ProgressRow]:
    """TPS at or below ``under`` (all for None) in code order, with their current step.

    ``states``: only TPS now in these states. ``not_reached``: only TPS that had not reached
    that state (or gone further) by ``at`` (an ISO time, naive = the laptop's local time, or
    an aware datetime; default now): "TPS belum dibuka pukul 07.30" is
    ``not_reached="opened", at=<07:30 local>``. The row shows the current step either way.
    """
    if under and queries.node(db, under) is None:
        raise ChangeError(f"unknown node {under}")
    lo, hi = _area(under)
    params: dict[str, Any] = {"lo": lo, "hi": hi}
    where = ["t.code >= :lo", "t.code < :hi"]
    prefix = ""
    if states:
        try:
            params["states"] = [parse_progress(s) for s in states]
        except ValueError as exc:
            raise ChangeError(str(exc)) from None
        where.append("t.progress IN :states")
    if not_reached:
        try:
            params["rank"] = _RANK[parse_progress(not_reached)]
        except ValueError as exc:
            raise ChangeError(str(exc)) from None
        if at is None:
            where.append(_RANK_SQL.format(x="t.progress") + " < :rank")
        else:
            when = dt.datetime.fromisoformat(_report_time_any(at))
            params["when"] = int(when.timestamp())
            prefix = _REACHED
            where.append("t.code NOT IN (SELECT tps FROM reached)")
    sql = (
        f"{prefix}SELECT t.code, v.name, t.number, t.progress, t.progress_at, t.problem "
        "FROM tps t JOIN node v ON v.code = t.village_code "
        f"WHERE {' AND '.join(where)} ORDER BY t.code"
    )
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
    stmt = text(sql)
    if states:
        stmt = stmt.bindparams(bindparam("states", expanding=True))
    with db.engine.connect() as conn:
        return [
            ProgressRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]))
            for r in conn.execute(stmt, params)
        ]


def _report_time_any(at: str | dt.datetime) -> str:
    """A time to look at (past or future), stored form."""
    try:
        return utc_iso(at.isoformat() if isinstance(at, dt.datetime) else str(at).strip())
    except ValueError:
        raise ChangeError(f"{at!r} is not a date and time") from None


@dataclass(frozen=True)
class Summary:
    """What `tps-progress summary` prints for a region."""

    code: str
    name: str
    counts: dict[str, int]  # exact per state, plus total and problem
    reached: dict[str, int]  # at least each state


def summary(db: Database, code: str) -> Summary:
    """A region's (or TPS's) progress: TPS per state and TPS that reached at least each."""
    info = queries.node(db, code)
    if info is None:
        raise ChangeError(f"unknown node {code}")
    counts = progress_counts(db, code)
    return Summary(code, info.name, counts, {s: at_least(counts, s) for s in STEPS})


__all__ = [
    "STEPS",
    "BackStep",
    "ProgressRow",
    "Summary",
    "list_progress",
    "progress_by_hour",
    "progress_counts",
    "selection_counts",
    "set_problem",
    "set_progress",
    "summary",
]
