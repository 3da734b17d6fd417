"""Selection evaluations (选型评分): bidders, their quoted figures, the panel, its sheets;
the `panel` role

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_QUANTITY = sa.Numeric(precision=18, scale=4, asdecimal=True)
_ROLES_BEFORE = ("hr_admin", "supervisor", "employee", "viewer")
_ROLES_AFTER = (*_ROLES_BEFORE, "panel")


def _roles(roles: tuple[str, ...]) -> None:
    """Rewrite the users' role check (on SQLite a copy of the table: `storage/migrate.py`
    runs migrations there with foreign keys off and checks them before the commit)."""
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_users_role_known"), type_="check")
        batch_op.create_check_constraint(
            "role_known", "role IN (" + ", ".join(f"'{r}'" for r in roles) + ")"
        )


def upgrade() -> None:
    _roles(_ROLES_AFTER)
    op.create_table(
        "selections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("sheets_open", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "state IN ('draft', 'scoring', 'closed', 'signed')",
            name=op.f("ck_selections_state_known"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"], ["rubric_templates.id"],
            name=op.f("fk_selections_template_id_rubric_templates"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_selections_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["users.id"], name=op.f("fk_selections_closed_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selections")),
        sa.UniqueConstraint("name", name=op.f("uq_selections_name")),
    )  # fmt: skip
    op.create_table(
        "selection_bidders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("selection_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("documents", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["selection_id"], ["selections.id"], ondelete="CASCADE",
            name=op.f("fk_selection_bidders_selection_id_selections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_bidders")),
        sa.UniqueConstraint(
            "selection_id", "name", name=op.f("uq_selection_bidders_selection_id_name")
        ),
    )  # fmt: skip
    _index("selection_bidders", "selection_id")
    op.create_table(
        "selection_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bidder_id", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=20), nullable=False),
        sa.Column("value", _QUANTITY, nullable=False),
        sa.ForeignKeyConstraint(
            ["bidder_id"], ["selection_bidders.id"], ondelete="CASCADE",
            name=op.f("fk_selection_figures_bidder_id_selection_bidders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_figures")),
        sa.UniqueConstraint(
            "bidder_id", "indicator_code",
            name=op.f("uq_selection_figures_bidder_id_indicator_code"),
        ),
    )  # fmt: skip
    _index("selection_figures", "bidder_id")
    op.create_table(
        "selection_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("selection_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("weight", _QUANTITY, nullable=False),
        sa.ForeignKeyConstraint(
            ["selection_id"], ["selections.id"], ondelete="CASCADE",
            name=op.f("fk_selection_members_selection_id_selections"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_selection_members_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_members")),
        sa.UniqueConstraint(
            "selection_id", "user_id", name=op.f("uq_selection_members_selection_id_user_id")
        ),
    )  # fmt: skip
    _index("selection_members", "selection_id")
    op.create_table(
        "selection_sheets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("bidder_id", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"], ["selection_members.id"], ondelete="CASCADE",
            name=op.f("fk_selection_sheets_member_id_selection_members"),
        ),
        sa.ForeignKeyConstraint(
            ["bidder_id"], ["selection_bidders.id"], ondelete="CASCADE",
            name=op.f("fk_selection_sheets_bidder_id_selection_bidders"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_sheets")),
        sa.UniqueConstraint(
            "member_id", "bidder_id", name=op.f("uq_selection_sheets_member_id_bidder_id")
        ),
    )  # fmt: skip
    _index("selection_sheets", "member_id")
    _index("selection_sheets", "bidder_id")
    op.create_table(
        "selection_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("indicator_code", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=50), nullable=True),
        sa.Column("score", _QUANTITY, nullable=True),
        sa.Column("met", sa.String(length=8), nullable=True),
        sa.Column("provided", sa.Boolean(), nullable=True),
        sa.Column("not_applicable", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sheet_id"], ["selection_sheets.id"], ondelete="CASCADE",
            name=op.f("fk_selection_ratings_sheet_id_selection_sheets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_ratings")),
        sa.UniqueConstraint(
            "sheet_id", "indicator_code",
            name=op.f("uq_selection_ratings_sheet_id_indicator_code"),
        ),
    )  # fmt: skip
    _index("selection_ratings", "sheet_id")


def _index(table: str, column: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def downgrade() -> None:
    for table in (
        "selection_ratings",
        "selection_sheets",
        "selection_members",
        "selection_figures",
        "selection_bidders",
        "selections",
    ):
        op.drop_table(table)
    _roles(_ROLES_BEFORE)
