"""Units that can be retired, the roster (people, their moves), posts and assignments,
support forces, TPS security patterns, and the required and assigned strength rolled up
along the region tree

Revision ID: 20261129_0006
Revises: 20261129_0005
Create Date: 2026-11-29 15:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "20261129_0006"
down_revision = "20261129_0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "area_share",
        sa.Column("district_code", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=True),
        sa.Column("cover_count", sa.Integer(), nullable=False),
        sa.Column("police_kurang_rawan", sa.BigInteger(), nullable=False),
        sa.Column("police_rawan", sa.BigInteger(), nullable=False),
        sa.Column("police_sangat_rawan", sa.BigInteger(), nullable=False),
        sa.Column("police_khusus", sa.BigInteger(), nullable=False),
        sa.Column("linmas_kurang_rawan", sa.BigInteger(), nullable=False),
        sa.Column("linmas_rawan", sa.BigInteger(), nullable=False),
        sa.Column("linmas_sangat_rawan", sa.BigInteger(), nullable=False),
        sa.Column("linmas_khusus", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("district_code", name=op.f("pk_area_share")),
    )
    op.create_table(
        "pattern",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("tps_class", sa.String(length=20), nullable=False),
        sa.Column("police", sa.Integer(), nullable=False),
        sa.Column("tps", sa.Integer(), nullable=False),
        sa.Column("linmas", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pattern")),
    )
    op.create_table(
        "person_move",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("nrp", sa.String(length=18), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("from_unit", sa.String(length=64), nullable=True),
        sa.Column("to_unit", sa.String(length=64), nullable=True),
        sa.Column("moved_on", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_move")),
    )
    with op.batch_alter_table("person_move", schema=None) as batch_op:
        batch_op.create_index("ix_person_move_nrp", ["nrp", "moved_on"], unique=False)

    op.create_table(
        "person",
        sa.Column("nrp", sa.String(length=18), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_norm", sa.String(length=200), server_default="", nullable=False),
        sa.Column("rank", sa.String(length=40), nullable=False),
        sa.Column("position", sa.String(length=200), server_default="", nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("bko_unit_id", sa.String(length=64), nullable=True),
        sa.Column("phone", sa.String(length=40), server_default="", nullable=False),
        sa.Column("duty", sa.String(length=20), server_default="available", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["bko_unit_id"], ["unit.id"], name=op.f("fk_person_bko_unit_id_unit")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_person_unit_id_unit")),
        sa.PrimaryKeyConstraint("nrp", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_bko_unit_id", ["bko_unit_id"], unique=False)
        batch_op.create_index("ix_person_name_norm", ["name_norm"], unique=False)
        batch_op.create_index("ix_person_unit_id", ["unit_id"], unique=False)

    op.create_table(
        "post",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("node_code", sa.String(length=20), nullable=False),
        sa.Column("tps", sa.Text(), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["node_code"], ["node.code"], name=op.f("fk_post_node_code_node")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post")),
    )
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.create_index("ix_post_node_code", ["node_code"], unique=False)

    op.create_table(
        "support",
        sa.Column("id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("count", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_support_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support")),
    )
    op.create_table(
        "assignment",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("nrp", sa.String(length=18), nullable=False),
        sa.Column("post_id", sa.String(length=64), nullable=False),
        sa.Column("shift", sa.String(length=40), server_default="", nullable=False),
        sa.Column("stage_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(["nrp"], ["person.nrp"], name=op.f("fk_assignment_nrp_person")),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name=op.f("fk_assignment_post_id_post")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.create_index("ix_assignment_nrp", ["nrp"], unique=False)
        batch_op.create_index("ix_assignment_post_id", ["post_id"], unique=False)

    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("req_police", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("req_linmas", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("req_people", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("assigned", sa.Integer(), server_default="0", nullable=False))

    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("deploy_share", sa.String(length=10), server_default="2/3", nullable=False)
        )

    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("areas", sa.Text(), server_default="", nullable=False))
    op.execute(
        "UPDATE unit SET areas = coalesce((SELECT group_concat(node_code, ',') FROM "
        "(SELECT node_code FROM jurisdiction j WHERE j.unit_id = unit.id ORDER BY node_code)), '')"
    )
    # Who answers for each kecamatan and what its TPS need, from the units already loaded;
    # the required strength of every region follows from it.
    from commandpost.store.strength import rebuild_required

    rebuild_required(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("areas")
        batch_op.drop_column("active")

    with op.batch_alter_table("operation", schema=None) as batch_op:
        batch_op.drop_column("deploy_share")

    with op.batch_alter_table("node", schema=None) as batch_op:
        batch_op.drop_column("assigned")
        batch_op.drop_column("req_linmas")
        batch_op.drop_column("req_people")
        batch_op.drop_column("req_police")

    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_post_id")
        batch_op.drop_index("ix_assignment_nrp")

    op.drop_table("assignment")
    op.drop_table("support")
    with op.batch_alter_table("post", schema=None) as batch_op:
        batch_op.drop_index("ix_post_node_code")

    op.drop_table("post")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_unit_id")
        batch_op.drop_index("ix_person_name_norm")
        batch_op.drop_index("ix_person_bko_unit_id")

    op.drop_table("person")
    with op.batch_alter_table("person_move", schema=None) as batch_op:
        batch_op.drop_index("ix_person_move_nrp")

    op.drop_table("person_move")
    op.drop_table("pattern")
    op.drop_table("area_share")
