"""Marketing sources: which customer sources count for marketing_roi, paid by which channel

Before this revision four source names were built in. A database that has customers with
them keeps them as marketing sources (paid by the spend channel of the same name when there
is one), so its marketing ROI does not change on upgrade; docs/kpis.md.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The names built in before this revision (written out: a migration never changes).
_BUILT_IN = ("网络推广", "展会", "广告投放", "电话营销")


def upgrade() -> None:
    sources = op.create_table(
        "marketing_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("marketing", sa.Boolean(), nullable=False),
        sa.Column("channel", sa.String(length=50), nullable=False),
        sa.CheckConstraint(
            "marketing OR channel = ''",
            name=op.f("ck_marketing_sources_excluded_has_no_channel"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketing_sources")),
        sa.UniqueConstraint("source", name=op.f("uq_marketing_sources_source")),
    )
    bind = op.get_bind()
    customers = sa.table("customers", sa.column("source", sa.String))
    spend = sa.table("marketing_spend", sa.column("kind", sa.String), sa.column("channel"))
    used = set(bind.scalars(sa.select(customers.c.source).where(customers.c.source.in_(_BUILT_IN))))
    channels = set(
        bind.scalars(sa.select(spend.c.channel).where(spend.c.kind == "marketing").distinct())
    )
    rows = [
        {"source": name, "marketing": True, "channel": name if name in channels else ""}
        for name in _BUILT_IN
        if name in used
    ]
    if rows:
        op.bulk_insert(sources, rows)


def downgrade() -> None:
    op.drop_table("marketing_sources")
