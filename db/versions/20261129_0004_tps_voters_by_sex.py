"""TPS voters by sex (DPT L and P) as KPU's lists give them

Revision ID: 20261129_0004
Revises: 20261124_0003
Create Date: 2026-11-29 13:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0004"
down_revision = "20261124_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("dpt_l", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("dpt_p", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tps", schema=None) as batch_op:
        batch_op.drop_column("dpt_p")
        batch_op.drop_column("dpt_l")
