"""Records of selection evaluations (选型评分): bidders, quoted figures, panel, sheets."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base, Quantity

SELECTION_STATES = ("draft", "scoring", "closed", "signed")


class SelectionRecord(Base):
    __tablename__ = "selections"
    __table_args__ = (
        CheckConstraint(
            "state IN (" + ", ".join(f"'{s}'" for s in SELECTION_STATES) + ")",
            name="state_known",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("rubric_templates.id"))
    state: Mapped[str] = mapped_column(String(8), default="draft")
    deadline: Mapped[date | None] = mapped_column(Date)
    # Whether panel members see each other's sheets before the evaluation is closed.
    sheets_open: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    signed_on: Mapped[date | None] = mapped_column(Date)


class SelectionBidderRecord(Base):
    __tablename__ = "selection_bidders"
    __table_args__ = (UniqueConstraint("selection_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    selection_id: Mapped[int] = mapped_column(
        ForeignKey("selections.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    contact: Mapped[str] = mapped_column(String(100), default="")
    documents: Mapped[str] = mapped_column(Text, default="")  # one file name a line


class SelectionFigureRecord(Base):
    """A bidder's quoted figure for a rank indicator (the bid price)."""

    __tablename__ = "selection_figures"
    __table_args__ = (UniqueConstraint("bidder_id", "indicator_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bidder_id: Mapped[int] = mapped_column(
        ForeignKey("selection_bidders.id", ondelete="CASCADE"), index=True
    )
    indicator_code: Mapped[str] = mapped_column(String(20))
    value: Mapped[Decimal] = mapped_column(Quantity)


class SelectionMemberRecord(Base):
    __tablename__ = "selection_members"
    __table_args__ = (UniqueConstraint("selection_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    selection_id: Mapped[int] = mapped_column(
        ForeignKey("selections.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    weight: Mapped[Decimal] = mapped_column(Quantity)


class SelectionSheetRecord(Base):
    """One member's submitted sheet of one bidder; there is at most one."""

    __tablename__ = "selection_sheets"
    __table_args__ = (UniqueConstraint("member_id", "bidder_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("selection_members.id", ondelete="CASCADE"), index=True
    )
    bidder_id: Mapped[int] = mapped_column(
        ForeignKey("selection_bidders.id", ondelete="CASCADE"), index=True
    )
    comment: Mapped[str] = mapped_column(Text, default="")
    submitted_at: Mapped[datetime] = mapped_column(DateTime)


class SelectionRatingRecord(Base):
    __tablename__ = "selection_ratings"
    __table_args__ = (UniqueConstraint("sheet_id", "indicator_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(
        ForeignKey("selection_sheets.id", ondelete="CASCADE"), index=True
    )
    indicator_code: Mapped[str] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(50))
    score: Mapped[Decimal | None] = mapped_column(Quantity)
    met: Mapped[str | None] = mapped_column(String(8))
    provided: Mapped[bool | None] = mapped_column(Boolean)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
