"""Voting-day progress kept beside the change log (progress_step, progress_undo and each
TPS's standing history as intervals, progress_interval), so that the progress over the hours
is a sum over an indexed table, not a read of every change's JSON

Revision ID: 20261130_0013
Revises: 20261129_0012
Create Date: 2026-11-30 04:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261130_0013"
down_revision = "20261129_0012"
branch_labels = None
depends_on = None

# The steps and undos the log already holds (the same rule the change log follows from now
# on: store.changelog._log_progress_steps).
_STEPS = """
INSERT OR IGNORE INTO progress_step (change_id, tps, hlc, station_id, state, at)
SELECT c.id, je.key, c.hlc, c.station_id,
       json_extract(je.value, '$.progress'), json_extract(je.value, '$.progress_at')
FROM change_log c, json_each(c."values", '$.items') je
WHERE c.entity = 'tps' AND c.op = 'set_many'
  AND (json_type(je.value, '$.progress') IS NOT NULL
       OR json_type(je.value, '$.progress_at') IS NOT NULL)
UNION ALL
SELECT c.id, c.entity_id, c.hlc, c.station_id,
       json_extract(c."values", '$.progress'), json_extract(c."values", '$.progress_at')
FROM change_log c
WHERE c.entity = 'tps' AND c.op = 'set'
  AND (json_type(c."values", '$.progress') IS NOT NULL
       OR json_type(c."values", '$.progress_at') IS NOT NULL)
"""
_UNDOS = """
INSERT OR IGNORE INTO progress_undo (change_id, tps)
SELECT json_extract(c."values", '$.compensates'), je.key
FROM change_log c, json_each(c."values", '$.items') je
WHERE c.entity = 'tps' AND c.op = 'set_many'
  AND json_extract(c."values", '$.compensates') IS NOT NULL
"""

# Each TPS's standing history (the rule of store.progress_log.EVENTS, as of this revision).
_INTERVALS = """
INSERT INTO progress_interval (tps, state, t, t_next, t_s, t_next_s)
WITH ev AS (
  SELECT s.tps AS tps, s.hlc AS hlc, s.station_id AS st, s.state AS p, s.at AS pa
  FROM progress_step s
  WHERE NOT EXISTS (
    SELECT 1 FROM progress_undo u WHERE u.change_id = s.change_id AND u.tps = s.tps
  )
),
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
SELECT tps, state, t, t_next, CAST(strftime('%s', nullif(t, '')) AS INTEGER),
       CAST(strftime('%s', nullif(t_next, '')) AS INTEGER) FROM eff
"""


def upgrade() -> None:
    op.create_table(
        "progress_step",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("tps", sa.String(20), primary_key=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("state", sa.String(20), nullable=True),
        sa.Column("at", sa.String(40), nullable=True),
    )
    op.create_index("ix_progress_step_order", "progress_step", ["tps", "hlc", "station_id"])
    op.create_table(
        "progress_undo",
        sa.Column("change_id", sa.String(36), primary_key=True),
        sa.Column("tps", sa.String(20), primary_key=True),
    )
    op.create_table(
        "progress_interval",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tps", sa.String(20), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("t", sa.String(40), nullable=False),
        sa.Column("t_next", sa.String(40), nullable=True),
        sa.Column("t_s", sa.Integer(), nullable=True),
        sa.Column("t_next_s", sa.Integer(), nullable=True),
    )
    op.create_index("ix_progress_interval_tps", "progress_interval", ["tps"])
    op.execute(_STEPS)
    op.execute(_UNDOS)
    op.execute(_INTERVALS)


def downgrade() -> None:
    op.drop_index("ix_progress_interval_tps", table_name="progress_interval")
    op.drop_table("progress_interval")
    op.drop_table("progress_undo")
    op.drop_index("ix_progress_step_order", table_name="progress_step")
    op.drop_table("progress_step")
