"""Records of the CRM data: organisation, customers, deals, activities, tickets, targets, spend.

Money is `Decimal` (NUMERIC), timestamps are naive UTC, business keys are unique.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base, Quantity


class DepartmentRecord(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", use_alter=True, ondelete="SET NULL")
    )


class StaffRecord(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"), index=True)
    position: Mapped[str] = mapped_column(String(100), default="")
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    hire_date: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class CustomerRecord(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    industry: Mapped[str] = mapped_column(String(50), default="", index=True)
    region: Mapped[str] = mapped_column(String(50), default="", index=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(50), default="", index=True)
    created_on: Mapped[date] = mapped_column(Date, index=True)
    churned_on: Mapped[date | None] = mapped_column(Date)
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(32), default="", index=True)
    email: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(200), default="")


class DealRecord(Base):
    __tablename__ = "deals"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("items >= 0", name="items_not_negative"),
        CheckConstraint("status IN ('open', 'won', 'lost')", name="status_known"),
        # Cover the KPI queries (storage/kpi_queries): deals closed in a period by owner,
        # and a customer's won deals (first win, lead conversion), read from the index alone.
        Index(
            "ix_deals_closed_on_owner_figures",
            "closed_on",
            "owner_id",
            "status",
            "amount",
            "items",
            "customer_id",
            "first_contact_on",
        ),
        Index("ix_deals_customer_status_closed", "customer_id", "status", "closed_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(8), default="open", index=True)
    amount: Mapped[Decimal] = mapped_column(index=True)
    items: Mapped[int] = mapped_column(Integer, default=1, index=True)
    first_contact_on: Mapped[date | None] = mapped_column(Date)
    created_on: Mapped[date] = mapped_column(Date, index=True)
    closed_on: Mapped[date | None] = mapped_column(Date)


class ActivityRecord(Base):
    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class ServiceTicketRecord(Base):
    __tablename__ = "service_tickets"
    __table_args__ = (
        CheckConstraint(
            "satisfaction IS NULL OR (satisfaction >= 0 AND satisfaction <= 100)",
            name="satisfaction_0_100",
        ),
        CheckConstraint(
            "rating_10 IS NULL OR (rating_10 >= 1 AND rating_10 <= 10)", name="rating_1_10"
        ),
        # Cover the service KPI queries (storage/kpi_queries/service.py): tickets opened,
        # and tickets resolved, in a period by their handler, read from the index alone.
        Index(
            "ix_service_tickets_opened_figures",
            "opened_at",
            "staff_id",
            "customer_id",
            "complaint",
            "repeat_issue",
            "resolved_at",
            "first_response_at",
        ),
        Index(
            "ix_service_tickets_resolved_figures",
            "resolved_at",
            "staff_id",
            "opened_at",
            "resolved_first_contact",
            "satisfaction",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    subject: Mapped[str] = mapped_column(String(200), default="", index=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    first_response_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    resolved_first_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    repeat_issue: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    satisfaction: Mapped[int | None] = mapped_column(Integer, index=True)
    rating_10: Mapped[int | None] = mapped_column(Integer)


class TargetRecord(Base):
    """A target value of one KPI for one staff member or one department in one period."""

    __tablename__ = "targets"
    __table_args__ = (
        UniqueConstraint("staff_id", "department_id", "period", "kpi"),
        CheckConstraint("(staff_id IS NULL) <> (department_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="CASCADE")
    )
    period: Mapped[str] = mapped_column(String(10), index=True)
    kpi: Mapped[str] = mapped_column(String(50))
    value: Mapped[Decimal] = mapped_column(Quantity)


class MarketingSpendRecord(Base):
    """Money spent in a period: marketing by channel, or a staff member's sales expense."""

    __tablename__ = "marketing_spend"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("leads >= 0", name="leads_not_negative"),
        UniqueConstraint("period", "kind", "channel", "staff_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16), default="marketing")
    channel: Mapped[str] = mapped_column(String(50), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="CASCADE"))
    amount: Mapped[Decimal]
    leads: Mapped[int] = mapped_column(Integer, default=0)
