"""Raters a cycle adds on top of a template's: self-assessment, department head, peer

Each row belongs to one template choice of a cycle; bulk creation gives every appraisal of
that choice these raters, the template's own rescaled so all total 100 (docs/formats.md).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cycle_extra_raters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("choice_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("weight", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["choice_id"],
            ["appraisal_cycle_templates.id"],
            name=op.f("fk_cycle_extra_raters_choice_id_appraisal_cycle_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycle_extra_raters")),
        sa.UniqueConstraint(
            "choice_id",
            "role",
            name=op.f("uq_cycle_extra_raters_choice_id_role"),
        ),
    )
    with op.batch_alter_table("cycle_extra_raters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cycle_extra_raters_choice_id"),
            ["choice_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("cycle_extra_raters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cycle_extra_raters_choice_id"))
    op.drop_table("cycle_extra_raters")
