"""police units with their jurisdiction; editable information sources; partial indexes
for regions with rawan TPS or threats below them

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


# The same conditions as commandpost.core.threats REGION_*_CONDITIONS, written out: a
# migration must not change when the code does.
ATTENTION_INDEXES = {
    "ix_node_rawan_plus": "n_rawan + n_sangat_rawan > 0",
    "ix_node_sangat_rawan": "n_sangat_rawan > 0",
    "ix_node_khusus": "n_khusus > 0",
    "ix_node_threat_l1_plus": "threat_l1 + threat_l2 + threat_l3 > 0",
    "ix_node_threat_l2_plus": "threat_l2 + threat_l3 > 0",
    "ix_node_threat_l3": "threat_l3 > 0",
}


def upgrade() -> None:
    with op.batch_alter_table("node", schema=None) as batch_op:
        for name, condition in ATTENTION_INDEXES.items():
            batch_op.create_index(name, ["code"], unique=False, sqlite_where=sa.text(condition))
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
    with op.batch_alter_table("node", schema=None) as batch_op:
        for name in ATTENTION_INDEXES:
            batch_op.drop_index(name)
    op.drop_table("info_source")
    with op.batch_alter_table("jurisdiction", schema=None) as batch_op:
        batch_op.drop_index("ix_jurisdiction_node_code")
    op.drop_table("jurisdiction")
    op.drop_table("unit")
