"""Rater packets: XLSX packets handed to raters for offline scoring, with the key of each
packet's keyed hash and what became of it (docs/formats.md, "Rater packets")

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 07:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rater_packets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("rater_staff_id", sa.Integer(), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("exported_by", sa.Integer(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("hash_key", sa.String(length=64), nullable=False),
        sa.Column("manifest", sa.Text(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
        sa.Column("applied_by", sa.Integer(), nullable=True),
        sa.Column("applied_count", sa.Integer(), nullable=False),
        sa.Column("conflict_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["appraisal_cycles.id"],
            name=op.f("fk_rater_packets_cycle_id_appraisal_cycles"),
        ),
        sa.ForeignKeyConstraint(
            ["rater_staff_id"], ["staff.id"], name=op.f("fk_rater_packets_rater_staff_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["exported_by"], ["users.id"], name=op.f("fk_rater_packets_exported_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["applied_by"], ["users.id"], name=op.f("fk_rater_packets_applied_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rater_packets")),
        sa.UniqueConstraint("code", name=op.f("uq_rater_packets_code")),
    )
    with op.batch_alter_table("rater_packets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rater_packets_cycle_id"), ["cycle_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("rater_packets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rater_packets_cycle_id"))
    op.drop_table("rater_packets")
