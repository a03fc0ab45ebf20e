"""threats and incidents

Revision ID: 20261123_0002
Revises: 20261123_0001
Create Date: 2026-11-23 02:16:43.603677
"""

import sqlalchemy as sa
from alembic import op

revision = "20261123_0002"
down_revision = "20261123_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_node",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("node_code", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["change_id"], ["change_log.id"], name=op.f("fk_change_node_change_id_change_log")
        ),
        sa.PrimaryKeyConstraint("change_id", "node_code", name=op.f("pk_change_node")),
    )
    with op.batch_alter_table("change_node", schema=None) as batch_op:
        batch_op.create_index("ix_change_node_node_code", ["node_code", "change_id"], unique=False)

    op.create_table(
        "incident",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("node_code", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.String(length=40), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("people", sa.Text(), nullable=False),
        sa.Column("damage", sa.Text(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reported_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["node_code"], ["node.code"], name=op.f("fk_incident_node_code_node")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.create_index("ix_incident_node_code", ["node_code"], unique=False)
        batch_op.create_index("ix_incident_occurred_at", ["occurred_at"], unique=False)

    op.create_table(
        "threat",
        sa.Column("id", sa.String(length=80), nullable=False),
        sa.Column("node_code", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=80), nullable=False),
        sa.Column("observed_at", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["node_code"], ["node.code"], name=op.f("fk_threat_node_code_node")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_threat")),
    )
    with op.batch_alter_table("threat", schema=None) as batch_op:
        batch_op.create_index(
            "ix_threat_category", ["category", "level", "node_code"], unique=False
        )
        batch_op.create_index("ix_threat_node_code", ["node_code"], unique=False)

    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.add_column(sa.Column("n_rawan", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("n_sangat_rawan", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("n_khusus", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(
            sa.Column("threat_l1", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("threat_l2", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("threat_l3", sa.Integer(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("tps", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "tps_class", sa.String(length=20), server_default="kurang_rawan", nullable=False
            )
        )
        batch_op.create_index("ix_tps_tps_class", ["tps_class", "code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("change_node", schema=None) as batch_op:
        batch_op.drop_index("ix_change_node_node_code")
    op.drop_table("change_node")
    with op.batch_alter_table("tps", schema=None) as batch_op:
        batch_op.drop_index("ix_tps_tps_class")
        batch_op.drop_column("tps_class")

    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.drop_column("threat_l3")
        batch_op.drop_column("threat_l2")
        batch_op.drop_column("threat_l1")
        batch_op.drop_column("n_khusus")
        batch_op.drop_column("n_sangat_rawan")
        batch_op.drop_column("n_rawan")

    with op.batch_alter_table("threat", schema=None) as batch_op:
        batch_op.drop_index("ix_threat_node_code")
        batch_op.drop_index("ix_threat_category")

    op.drop_table("threat")
    with op.batch_alter_table("incident", schema=None) as batch_op:
        batch_op.drop_index("ix_incident_occurred_at")
        batch_op.drop_index("ix_incident_node_code")

    op.drop_table("incident")
