"""kpi ticket covering indexes

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 09:40:00.000000

The service family reads tickets opened in a period and tickets resolved in it, grouped by
the staff member who handled them; these indexes hold every column those two statements
read, so they are answered from the index alone (docs/kpis.md, "How it is computed").
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPENED = [
    "opened_at", "staff_id", "customer_id", "complaint", "repeat_issue", "resolved_at",
    "first_response_at",
]  # fmt: skip
RESOLVED = ["resolved_at", "staff_id", "opened_at", "resolved_first_contact", "satisfaction"]


def upgrade() -> None:
    with op.batch_alter_table("service_tickets", schema=None) as batch_op:
        batch_op.create_index("ix_service_tickets_opened_figures", OPENED, unique=False)
        batch_op.create_index("ix_service_tickets_resolved_figures", RESOLVED, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_service_tickets_resolved_figures")
        batch_op.drop_index("ix_service_tickets_opened_figures")
