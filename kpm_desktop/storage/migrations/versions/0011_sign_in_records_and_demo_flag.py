"""Sign-in log, throttle and settings; demo accounts flagged

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 01:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Accounts made by the demo paths before this revision carry these names.
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("is_demo", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.execute(
        "UPDATE users SET is_demo = TRUE "
        "WHERE username IN ('demo.supervisor', 'demo.employee', 'demo.viewer')"
    )
    op.create_table(
        "sign_in_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("channel", sa.String(length=8), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.CheckConstraint("channel IN ('gui', 'cli')", name=op.f("ck_sign_in_log_channel_known")),
        sa.CheckConstraint(
            "outcome IN ('signed_in', 'wrong_credentials', 'locked', 'deactivated')",
            name=op.f("ck_sign_in_log_outcome_known"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_log")),
    )
    op.create_index("ix_sign_in_log_occurred_at", "sign_in_log", ["occurred_at"])
    op.create_index("ix_sign_in_log_username", "sign_in_log", ["username"])
    op.create_table(
        "sign_in_throttle",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=True),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_sign_in_throttle")),
    )
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )


def downgrade() -> None:
    op.drop_table("app_settings")
    op.drop_table("sign_in_throttle")
    op.drop_index("ix_sign_in_log_username", table_name="sign_in_log")
    op.drop_index("ix_sign_in_log_occurred_at", table_name="sign_in_log")
    op.drop_table("sign_in_log")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("is_demo")
