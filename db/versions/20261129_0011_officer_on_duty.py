"""The officer on duty at each station (rank, name, NRP, since when, the last handover) and
the post's time zone; the post's name is the station's name

Revision ID: 20261129_0011
Revises: 20261129_0010
Create Date: 2026-11-29 21:45:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0011"
down_revision = "20261129_0010"
branch_labels = None
depends_on = None

COLUMNS = (
    ("duty_rank", sa.String(length=40)),
    ("duty_name", sa.String(length=200)),
    ("duty_nrp", sa.String(length=18)),
    ("duty_since", sa.String(length=40)),
    ("duty_from", sa.String(length=300)),
    ("duty_note", sa.Text()),
    ("time_zone", sa.String(length=4)),
)


def upgrade() -> None:
    with op.batch_alter_table("station", schema=None) as batch_op:
        for name, kind in COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("station", schema=None) as batch_op:
        for name, _kind in reversed(COLUMNS):
            batch_op.drop_column(name)
