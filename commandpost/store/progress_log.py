"""Voting-day progress kept beside the change log, so that the day's progress over the hours
is a sum over a small indexed table, not a read of every change.

Three tables, kept by the change log in the transaction that applies a TPS change
(store.changelog calls :func:`log_steps`):

- ``progress_step``: every step the log holds, one row per TPS and change that wrote
  ``progress`` or ``progress_at`` (either may be None: the change left it as it was);
- ``progress_undo``: the TPS of a change an undo took back (its steps no longer count);
- ``progress_interval``: each TPS's standing history as intervals, state ``state`` from
  ``t`` until ``t_next`` (None: still so; ``t`` "" for a step without a time: always),
  with both times also as epoch seconds (``t_s``, ``t_next_s``). It is read again from the
  steps of the TPS a change touched, with the rule of :data:`EVENTS`, so it holds exactly
  what reading the whole log would give, whatever order changes arrive in (a sync) and
  after any undo.

The migration 20261130_0013 fills the three from an older log by the same rules.
"""

from __future__ import annotations

import json
from typing import Any

from commandpost.store.sql import text

# Every standing progress step of the TPS in ``ev`` (a CTE the caller defines first), as
# intervals (``eff``). In one pass sorted by (TPS, record order):
# - a field a change did not write keeps its earlier value (an undo may write back only the
#   step when the time was corrected since);
# - a report recorded later for an earlier (or the same) time overrides what was said about
#   the times after it, so the last recorded step is the TPS's state in the end, as in tps.
#   The steps that survive have rising times; each lasts until the earliest time reported
#   after it (``later``). A step followed by a change without a time is overridden at once.
EVENTS = """
seq AS (
  SELECT tps,
    coalesce(p, substr(max(printf('%020d', hlc) || p) OVER before, 21), 'none') AS state,
    coalesce(pa, substr(max(printf('%020d', hlc) || pa) OVER before, 21), '') AS t,
    min(pa) OVER after AS later,
    count(*) OVER after AS n_after,
    first_value(pa) OVER after AS next_pa
  FROM ev
  WINDOW before AS (PARTITION BY tps ORDER BY hlc, st ROWS UNBOUNDED PRECEDING),
         after AS (PARTITION BY tps ORDER BY hlc, st
                   ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)
),
eff AS MATERIALIZED (
  SELECT tps, state, t, later AS t_next FROM seq
  WHERE (n_after = 0 OR next_pa IS NOT NULL) AND (later IS NULL OR t < later)
)
"""
# The steps that count (an undo took none of them back) of the TPS in ``:codes`` (JSON list).
STEPS_OF = """
ev AS (
  SELECT s.tps AS tps, s.hlc AS hlc, s.station_id AS st, s.state AS p, s.at AS pa
  FROM progress_step s
  WHERE s.tps IN (SELECT value FROM json_each(:codes))
    AND NOT EXISTS (
      SELECT 1 FROM progress_undo u WHERE u.change_id = s.change_id AND u.tps = s.tps
    )
),
"""
INTERVALS_OF = (
    "INSERT INTO progress_interval (tps, state, t, t_next, t_s, t_next_s) WITH "
    + STEPS_OF
    + EVENTS
    + " SELECT tps, state, t, t_next, CAST(strftime('%s', nullif(t, '')) AS INTEGER), "
    "CAST(strftime('%s', nullif(t_next, '')) AS INTEGER) FROM eff"
)
_FORGET = "DELETE FROM progress_interval WHERE tps IN (SELECT value FROM json_each(:codes))"
_ADD_STEP = text(
    "INSERT OR IGNORE INTO progress_step (change_id, tps, hlc, station_id, state, at) "
    "VALUES (:change_id, :tps, :hlc, :station_id, :state, :at)"
)
_ADD_UNDO = text("INSERT OR IGNORE INTO progress_undo (change_id, tps) VALUES (:change_id, :tps)")
_WITH_STEPS = text(
    "SELECT DISTINCT tps FROM progress_step WHERE tps IN (SELECT value FROM json_each(:codes))"
)
_REREAD = (text(_FORGET), text(INTERVALS_OF))


def log_steps(session: Any, change: Any, items: dict[str, dict[str, Any]]) -> None:
    """Keep the tables for a TPS ``set``/``set_many`` change being applied (``items``: TPS
    code → the values it writes): its steps (every item naming ``progress`` or
    ``progress_at``, whether or not it won last-writer-wins: the log's history is what the
    hours are read from), the TPS an undo takes back, and the intervals of the TPS whose
    steps changed. Other changes are left alone."""
    if change.op not in ("set", "set_many"):
        return
    steps = [
        {
            "change_id": change.id,
            "tps": code,
            "hlc": change.hlc,
            "station_id": change.station_id,
            "state": values.get("progress"),
            "at": values.get("progress_at"),
        }
        for code, values in items.items()
        if "progress" in values or "progress_at" in values
    ]
    touched = {s["tps"] for s in steps}
    if steps:
        session.execute(_ADD_STEP, steps)
    undone = change.values.get("compensates") if change.op == "set_many" else None
    if undone:
        session.execute(_ADD_UNDO, [{"change_id": undone, "tps": c} for c in items])
        codes = json.dumps(sorted(set(items) - touched))
        touched.update(r[0] for r in session.execute(_WITH_STEPS, {"codes": codes}))
    if touched:
        reread(session, sorted(touched))


def reread(session: Any, codes: list[str]) -> None:
    """Read the intervals of these TPS again from their steps."""
    params = {"codes": json.dumps(codes)}
    for statement in _REREAD:
        session.execute(statement, params)
