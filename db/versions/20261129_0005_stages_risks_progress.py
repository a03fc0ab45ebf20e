"""Stages (tahapan), the risk register and voting-day progress of every TPS

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
    op.drop_index("ix_risk_stage_id", table_name="risk")
    op.drop_table("risk")
    op.drop_table("stage")
