"""initial schema

Revision ID: 20261123_0001
Revises:
Create Date: 2026-11-23 01:58:09.965641
"""

import sqlalchemy as sa
from alembic import op

revision = "20261123_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cp_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_cp_meta")),
    )
    op.create_table(
        "field_version",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", "field", name=op.f("pk_field_version")),
    )
    op.create_table(
        "node",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("parent_code", sa.String(length=20), nullable=True),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_norm", sa.String(length=200), nullable=False),
        sa.Column("village_kind", sa.String(length=10), nullable=True),
        sa.Column("child_count", sa.Integer(), nullable=False),
        sa.Column("tps_count", sa.Integer(), nullable=False),
        sa.Column("dpt", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_code"], ["node.code"], name=op.f("fk_node_parent_code_node")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_node")),
    )
    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.create_index("ix_node_parent_code", ["parent_code", "code"], unique=False)
        batch_op.create_index(
            "ix_node_search", ["name_norm"], unique=False, sqlite_where=sa.text("level < 4")
        )

    op.create_table(
        "operation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("voting_day", sa.String(length=10), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operation")),
    )
    op.create_table(
        "station",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hlc", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("op", sa.String(length=40), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["station_id"], ["station.id"], name=op.f("fk_change_log_station_id_station")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        sa.UniqueConstraint("station_id", "seq", name=op.f("uq_change_log_station_id")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "tps",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("village_code", sa.String(length=20), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("dpt", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["code"], ["node.code"], name=op.f("fk_tps_code_node")),
        sa.ForeignKeyConstraint(
            ["village_code"], ["node.code"], name=op.f("fk_tps_village_code_node")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_tps")),
        sa.UniqueConstraint("village_code", "number", name=op.f("uq_tps_village_code")),
    )


def downgrade() -> None:
    op.drop_table("tps")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_entity")

    op.drop_table("change_log")
    op.drop_table("station")
    op.drop_table("operation")
    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.drop_index("ix_node_search", sqlite_where=sa.text("level < 4"))
        batch_op.drop_index("ix_node_parent_code")

    op.drop_table("node")
    op.drop_table("field_version")
    op.drop_table("cp_meta")
