"""Stages (tahapan), the risk register, voting-day progress of every TPS, and the hourly
summary of class changes behind the timeline

Revision ID: 20261129_0005
Revises: 20261129_0004
Create Date: 2026-11-29 14:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0005"
down_revision = "20261129_0004"
branch_labels = None
depends_on = None

# The class changes already in the log, summed per hour of observation (as the change log
# keeps it from now on): each TPS's class writes in the order they were made, with the
# class each replaced.
_BACKFILL_CLASS_HOUR = """
INSERT INTO class_hour (hour, rawan, sangat_rawan, khusus)
WITH w AS (
    SELECT c.hlc, c.id AS change_id,
           coalesce(json_extract(c."values", '$.observed_at'), c.recorded_at) AS at,
           j.key AS code, json_extract(j.value, '$.tps_class') AS cls
    FROM change_log c, json_each(c."values", '$.items') j
    WHERE c.entity = 'tps' AND c.op IN ('set_many', 'create_many')
      AND json_extract(j.value, '$.tps_class') IS NOT NULL
), d AS (
    SELECT at, cls,
           lag(cls, 1, 'kurang_rawan') OVER (PARTITION BY code ORDER BY hlc, change_id) AS prev
    FROM w
)
SELECT strftime('%Y-%m-%dT%H', at) AS hour,
       sum(cls = 'rawan') - sum(prev = 'rawan'),
       sum(cls = 'sangat_rawan') - sum(prev = 'sangat_rawan'),
       sum(cls = 'khusus') - sum(prev = 'khusus')
FROM d WHERE at IS NOT NULL GROUP BY hour
"""

_PROGRESS = ("arrived", "opened", "voting", "counting", "finished", "escorted", "problem")


def upgrade() -> None:
    op.create_table(
        "stage",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("start", sa.String(length=10), nullable=True),
        sa.Column("end", sa.String(length=10), nullable=True),
        sa.Column("kind", sa.String(length=20), server_default="other", nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("threats", sa.Text(), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
    )
    op.create_table(
        "risk",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=True),
        sa.Column("node_code", sa.String(length=20), nullable=True),
        sa.Column("threat", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), server_default="0", nullable=False),
        sa.Column("mitigation", sa.Text(), server_default="", nullable=False),
        sa.Column("agency", sa.String(length=40), server_default="", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="planned", nullable=False),
        sa.Column("due", sa.String(length=10), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk")),
    )
    op.create_index("ix_risk_stage_id", "risk", ["stage_id", "node_code"], unique=False)
    op.create_table(
        "agency",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("hidden", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_agency")),
    )
    op.create_table(
        "class_hour",
        sa.Column("hour", sa.String(length=13), nullable=False),
        sa.Column("rawan", sa.Integer(), server_default="0", nullable=False),
        sa.Column("sangat_rawan", sa.Integer(), server_default="0", nullable=False),
        sa.Column("khusus", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("hour", name=op.f("pk_class_hour")),
    )
    op.execute(_BACKFILL_CLASS_HOUR)
    with op.batch_alter_table("tps", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("progress", sa.String(length=20), server_default="none", nullable=False)
        )
        batch_op.add_column(
            sa.Column("progress_at", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("problem", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("problem_incident", sa.String(length=36), nullable=True))
    with op.batch_alter_table("node", schema=None) as batch_op:
        for state in _PROGRESS:
            batch_op.add_column(
                sa.Column(f"p_{state}", sa.Integer(), server_default="0", nullable=False)
            )


def downgrade() -> None:
    with op.batch_alter_table("node", schema=None) as batch_op:
        for state in reversed(_PROGRESS):
            batch_op.drop_column(f"p_{state}")
    with op.batch_alter_table("tps", schema=None) as batch_op:
        batch_op.drop_column("problem_incident")
        batch_op.drop_column("problem")
        batch_op.drop_column("progress_at")
        batch_op.drop_column("progress")
    op.drop_table("agency")
    op.drop_table("class_hour")
    op.drop_index("ix_risk_stage_id", table_name="risk")
    op.drop_table("risk")
    op.drop_table("stage")
