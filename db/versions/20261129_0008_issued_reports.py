"""Issued reports: every situation report or list an officer issued, kept whole (the
document as printed and its figures), so it prints again identically and the next report
can say what changed since

Revision ID: 20261129_0008
Revises: 20261129_0007
Create Date: 2026-11-29 20:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0008"
down_revision = "20261129_0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_report",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=True),
        sa.Column("since", sa.String(length=25), nullable=False, server_default=""),
        sa.Column("until", sa.String(length=25), nullable=False, server_default=""),
        sa.Column("issued_at", sa.String(length=40), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False, server_default=""),
        sa.Column("title", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("document", sa.Text(), nullable=False, server_default=""),
        sa.Column("figures", sa.Text(), nullable=False, server_default="{}"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issued_report")),
    )
    with op.batch_alter_table("issued_report", schema=None) as batch_op:
        batch_op.create_index("ix_issued_report_unit", ["kind", "unit_id", "until"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("issued_report", schema=None) as batch_op:
        batch_op.drop_index("ix_issued_report_unit")
    op.drop_table("issued_report")
