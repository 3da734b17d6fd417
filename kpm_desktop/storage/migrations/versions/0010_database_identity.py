"""Database identity: the random id witness files name this database by

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 01:00:00
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    identity = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("database_id", sa.String(length=32), nullable=False),
        sa.Column("seals_adopted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_database_identity_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    # Records already there are sealed by the application on its first open (seals_adopted).
    op.bulk_insert(
        identity,
        [
            {
                "id": 1,
                "database_id": uuid.uuid4().hex,
                "seals_adopted": False,
                "created_at": datetime.now(UTC).replace(tzinfo=None),
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("database_identity")
