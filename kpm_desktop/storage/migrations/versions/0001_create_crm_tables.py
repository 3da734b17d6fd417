"""create crm tables

Revision ID: 0001
Revises:
Create Date: 2026-11-23 18:32:47.480600
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "departments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("head_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["departments.id"], name=op.f("fk_departments_parent_id_departments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
        sa.UniqueConstraint("code", name=op.f("uq_departments_code")),
        sa.UniqueConstraint("name", name=op.f("uq_departments_name")),
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_no", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.String(length=100), nullable=False),
        sa.Column("supervisor_id", sa.Integer(), nullable=True),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["departments.id"], name=op.f("fk_staff_department_id_departments")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["staff.id"],
            name=op.f("fk_staff_supervisor_id_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("employee_no", name=op.f("uq_staff_employee_no")),
    )
    # departments.head_id and staff reference each other: the head's key comes second.
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_foreign_key(
            batch_op.f("fk_departments_head_id_staff"),
            "staff",
            ["head_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_staff_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_staff_supervisor_id"), ["supervisor_id"], unique=False)

    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("industry", sa.String(length=50), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=50), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("churned_on", sa.Date(), nullable=True),
        sa.Column("contact_name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["staff.id"],
            name=op.f("fk_customers_owner_id_staff"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sa.UniqueConstraint("code", name=op.f("uq_customers_code")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_created_on"), ["created_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customers_phone"), ["phone"], unique=False)

    op.create_table(
        "marketing_spend",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("channel", sa.String(length=50), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("leads", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_marketing_spend_amount_not_negative")),
        sa.CheckConstraint("leads >= 0", name=op.f("ck_marketing_spend_leads_not_negative")),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_marketing_spend_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_marketing_spend")),
        sa.UniqueConstraint(
            "period",
            "kind",
            "channel",
            "staff_id",
            name=op.f("uq_marketing_spend_period_kind_channel_staff_id"),
        ),
    )
    with op.batch_alter_table("marketing_spend", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_marketing_spend_period"), ["period"], unique=False)

    op.create_table(
        "targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("kpi", sa.String(length=50), nullable=False),
        sa.Column("value", sa.Numeric(precision=18, scale=4), nullable=False),
        sa.CheckConstraint(
            "(staff_id IS NULL) <> (department_id IS NULL)", name=op.f("ck_targets_one_owner")
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_targets_department_id_departments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_targets_staff_id_staff"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_targets")),
        sa.UniqueConstraint(
            "staff_id",
            "department_id",
            "period",
            "kpi",
            name=op.f("uq_targets_staff_id_department_id_period_kpi"),
        ),
    )
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_targets_period"), ["period"], unique=False)

    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_activities_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_activities_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activities_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_activities_occurred_at"), ["occurred_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activities_staff_id"), ["staff_id"], unique=False)

    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("first_contact_on", sa.Date(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint("status IN ('open', 'won', 'lost')", name=op.f("ck_deals_status_known")),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_deals_amount_not_negative")),
        sa.CheckConstraint("items >= 0", name=op.f("ck_deals_items_not_negative")),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deals_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"], name=op.f("fk_deals_owner_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
        sa.UniqueConstraint("code", name=op.f("uq_deals_code")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deals_closed_on_owner", ["closed_on", "owner_id", "status", "amount"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_deals_customer_id"), ["customer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_deals_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "service_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_first_contact", sa.Boolean(), nullable=False),
        sa.Column("repeat_issue", sa.Boolean(), nullable=False),
        sa.Column("complaint", sa.Boolean(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("rating_10", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "rating_10 IS NULL OR (rating_10 >= 1 AND rating_10 <= 10)",
            name=op.f("ck_service_tickets_rating_1_10"),
        ),
        sa.CheckConstraint(
            "satisfaction IS NULL OR (satisfaction >= 0 AND satisfaction <= 100)",
            name=op.f("ck_service_tickets_satisfaction_0_100"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_service_tickets_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_service_tickets_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_tickets")),
        sa.UniqueConstraint("code", name=op.f("uq_service_tickets_code")),
    )
    with op.batch_alter_table("service_tickets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_tickets_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_tickets_opened_at"), ["opened_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_tickets_resolved_at"), ["resolved_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_service_tickets_staff_id"), ["staff_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("service_tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_tickets_staff_id"))
        batch_op.drop_index(batch_op.f("ix_service_tickets_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_service_tickets_opened_at"))
        batch_op.drop_index(batch_op.f("ix_service_tickets_customer_id"))

    op.drop_table("service_tickets")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deals_owner_id"))
        batch_op.drop_index(batch_op.f("ix_deals_customer_id"))
        batch_op.drop_index("ix_deals_closed_on_owner")

    op.drop_table("deals")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_staff_id"))
        batch_op.drop_index(batch_op.f("ix_activities_occurred_at"))
        batch_op.drop_index(batch_op.f("ix_activities_customer_id"))

    op.drop_table("activities")
    with op.batch_alter_table("targets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_targets_period"))

    op.drop_table("targets")
    with op.batch_alter_table("marketing_spend", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_marketing_spend_period"))

    op.drop_table("marketing_spend")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_phone"))
        batch_op.drop_index(batch_op.f("ix_customers_owner_id"))
        batch_op.drop_index(batch_op.f("ix_customers_name"))
        batch_op.drop_index(batch_op.f("ix_customers_created_on"))

    op.drop_table("customers")
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_supervisor_id"))
        batch_op.drop_index(batch_op.f("ix_staff_name"))
        batch_op.drop_index(batch_op.f("ix_staff_department_id"))

    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_departments_head_id_staff"), type_="foreignkey")
    op.drop_table("staff")
    op.drop_table("departments")
