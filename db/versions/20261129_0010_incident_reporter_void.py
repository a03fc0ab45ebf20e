"""Incidents: who reported it from the field (name, unit, contact) apart from who typed it,
and voiding (dibatalkan) with its reason; a voided incident stays, uncounted

Revision ID: 20261129_0010
Revises: 20261129_0008
Create Date: 2026-11-29 21:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0010"
down_revision = "20261129_0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reporter_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("reporter_unit", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("reporter_contact", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("voided", sa.Boolean(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("void_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_column("void_reason")
        batch_op.drop_column("voided")
        batch_op.drop_column("reporter_contact")
        batch_op.drop_column("reporter_unit")
        batch_op.drop_column("reporter_name")
