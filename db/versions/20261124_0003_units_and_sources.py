"""police units with their jurisdiction; editable information sources

Revision ID: 20261124_0003
Revises: 20261123_0002
Create Date: 2026-11-24 03:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261124_0003"
down_revision = "20261123_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("parent_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(["parent_id"], ["unit.id"], name=op.f("fk_unit_parent_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
    )
    op.create_table(
        "jurisdiction",
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("node_code", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["node_code"], ["node.code"], name=op.f("fk_jurisdiction_node_code_node")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_jurisdiction_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("unit_id", "node_code", name=op.f("pk_jurisdiction")),
    )
    with op.batch_alter_table("jurisdiction", schema=None) as batch_op:
        batch_op.create_index("ix_jurisdiction_node_code", ["node_code"], unique=False)
    op.create_table(
        "info_source",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("hidden", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_info_source")),
    )


def downgrade() -> None:
    op.drop_table("info_source")
    with op.batch_alter_table("jurisdiction", schema=None) as batch_op:
        batch_op.drop_index("ix_jurisdiction_node_code")
    op.drop_table("jurisdiction")
    op.drop_table("unit")
