"""Data version stamp and the KPI result cache

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-24 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    data_version = op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_version")),
    )
    op.bulk_insert(data_version, [{"id": 1, "version": 1}])
    op.create_table(
        "kpi_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
        sa.Column("kpi_key", sa.String(length=50), nullable=False),
        sa.Column("data_version", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_cache")),
        sa.UniqueConstraint(
            "period",
            "level",
            "utc_offset_minutes",
            "kpi_key",
            name=op.f("uq_kpi_cache_period_level_utc_offset_minutes_kpi_key"),
        ),
    )


def downgrade() -> None:
    op.drop_table("kpi_cache")
    op.drop_table("data_version")
