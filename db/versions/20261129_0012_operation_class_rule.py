"""The operation's own class rule (the suggested TPS class); NULL: the shipped rule

Revision ID: 20261129_0012
Revises: 20261129_0011
Create Date: 2026-11-29 23:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0012"
down_revision = "20261129_0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.add_column(sa.Column("class_rule", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.drop_column("class_rule")
