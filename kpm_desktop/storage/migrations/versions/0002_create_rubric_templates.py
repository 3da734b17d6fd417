"""create rubric templates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:45:59.678629
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rubric_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("department", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("in_use", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'active', 'retired')", name=op.f("ck_rubric_templates_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rubric_templates")),
        sa.UniqueConstraint("name", "version", name=op.f("uq_rubric_templates_name_version")),
    )


def downgrade() -> None:
    op.drop_table("rubric_templates")
