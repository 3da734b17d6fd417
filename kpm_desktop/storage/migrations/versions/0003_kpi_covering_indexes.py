"""kpi covering indexes

Revision ID: 0003
Revises: 0006
Create Date: 2026-11-23 19:10:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FIGURES = ["closed_on", "owner_id", "status", "amount", "items", "customer_id", "first_contact_on"]


def upgrade() -> None:
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index("ix_deals_closed_on_owner")
        batch_op.create_index("ix_deals_closed_on_owner_figures", _FIGURES, unique=False)
        batch_op.create_index(
            "ix_deals_customer_status_closed", ["customer_id", "status", "closed_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index("ix_deals_customer_status_closed")
        batch_op.drop_index("ix_deals_closed_on_owner_figures")
        batch_op.create_index(
            "ix_deals_closed_on_owner", ["closed_on", "owner_id", "status", "amount"], unique=False
        )
