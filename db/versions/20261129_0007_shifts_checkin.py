"""Shifts within a stage (local times of the operation's zone) and check-in / check-out of
an assignment (UTC)

Revision ID: 20261129_0007
Revises: 20261129_0006
Create Date: 2026-11-29 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0007"
down_revision = "20261129_0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shift",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("start", sa.String(length=16), nullable=False),
        sa.Column("end", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
    )
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.create_index("ix_shift_stage_id", ["stage_id", "start"], unique=False)

    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("checked_in", sa.String(length=25), nullable=True))
        batch_op.add_column(sa.Column("checked_out", sa.String(length=25), nullable=True))
        batch_op.create_index("ix_assignment_shift", ["shift", "post_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_shift")
        batch_op.drop_column("checked_out")
        batch_op.drop_column("checked_in")

    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_index("ix_shift_stage_id")

    op.drop_table("shift")
