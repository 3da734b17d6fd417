"""Records of appraisal cycles, appraisals, their raters, ratings, KPI figures and results.

An appraisal carries a version counter (SQLAlchemy `version_id_col`): every change bumps
it, and an UPDATE that finds another version raises StaleDataError (services turn it into
ConflictError), so two editors never silently overwrite each other.
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
    Integer,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base, Quantity

APPRAISAL_STATES = ("draft", "submitted", "reviewed", "finalized", "acknowledged", "superseded")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class CycleRecord(Base):
    __tablename__ = "appraisal_cycles"
    __table_args__ = (CheckConstraint(_in("status", ("open", "closed")), name="status_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(8), default="open")
    close_override_reason: Mapped[str | None] = mapped_column(Text)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Whoever scored as the superior may not also review or finalize (docs/architecture.md).
    separation_of_duties: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class CycleTemplateRecord(Base):
    """Which template version a cycle uses for a department, a position, or everyone else."""

    __tablename__ = "appraisal_cycle_templates"
    __table_args__ = (UniqueConstraint("cycle_id", "department_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_cycles.id", ondelete="CASCADE"), index=True
    )
    template_id: Mapped[int] = mapped_column(ForeignKey("rubric_templates.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"))
    position: Mapped[str | None] = mapped_column(String(100))


class CycleExtraRaterRecord(Base):
    """A rater the cycle adds to a template choice (self, department head, peer), its weight."""

    __tablename__ = "cycle_extra_raters"
    __table_args__ = (UniqueConstraint("choice_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    choice_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_cycle_templates.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    weight: Mapped[Decimal] = mapped_column(Quantity)


class AppraisalRecord(Base):
    __tablename__ = "appraisals"
    __table_args__ = (
        UniqueConstraint("cycle_id", "staff_id", "template_id", "revision"),
        CheckConstraint(_in("state", APPRAISAL_STATES), name="state_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("appraisal_cycles.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("rubric_templates.id"))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("appraisals.id"))
    amendment_reason: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    overall_comment: Mapped[str] = mapped_column(Text, default="")
    improvement_plan: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[Decimal | None] = mapped_column(Quantity)
    grade: Mapped[str | None] = mapped_column(String(20))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime)
    finalized_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    acknowledgement: Mapped[str | None] = mapped_column(String(8))  # agree / disagree
    acknowledgement_comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class RaterAssignmentRecord(Base):
    """A rater role of an appraisal, with its weight from the template and who fills it."""

    __tablename__ = "appraisal_raters"
    __table_args__ = (UniqueConstraint("appraisal_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    rater_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    weight: Mapped[Decimal] = mapped_column(Quantity)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class RatingRecord(Base):
    __tablename__ = "appraisal_ratings"
    __table_args__ = (UniqueConstraint("assignment_id", "indicator_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="CASCADE"), index=True
    )
    assignment_id: Mapped[int] = mapped_column(
        ForeignKey("appraisal_raters.id", ondelete="CASCADE")
    )
    indicator_code: Mapped[str] = mapped_column(String(32))
    level: Mapped[str | None] = mapped_column(String(50))
    score: Mapped[Decimal | None] = mapped_column(Quantity)
    value: Mapped[Decimal | None] = mapped_column(Quantity)
    met: Mapped[str | None] = mapped_column(String(8))
    provided: Mapped[bool | None] = mapped_column(Boolean)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_is_last: Mapped[bool] = mapped_column(Boolean, default=False)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    na_reason: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")


# What a rater said about one indicator: the columns a revision copies and a seal covers.
RATING_CONTENT_COLUMNS = (
    "indicator_code",
    "level",
    "score",
    "value",
    "met",
    "provided",
    "rank",
    "rank_is_last",
    "not_applicable",
    "na_reason",
    "comment",
)


class KpiSnapshotRecord(Base):
    """The KPI figures a KPI-linked indicator was scored with, as computed at the time."""

    __tablename__ = "appraisal_kpi_snapshots"
    __table_args__ = (UniqueConstraint("appraisal_id", "indicator_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="CASCADE"), index=True
    )
    indicator_code: Mapped[str] = mapped_column(String(32))
    kpi_key: Mapped[str] = mapped_column(String(50))
    value: Mapped[Decimal | None] = mapped_column(Quantity)
    numerator: Mapped[Decimal | None] = mapped_column(Quantity)
    denominator: Mapped[Decimal | None] = mapped_column(Quantity)
    target: Mapped[Decimal | None] = mapped_column(Quantity)
    reason: Mapped[str] = mapped_column(String(200), default="")
    computed_at: Mapped[datetime] = mapped_column(DateTime)


class ResultLineRecord(Base):
    """An indicator's earned score for one rater, stored when the appraisal is finalized."""

    __tablename__ = "appraisal_result_lines"
    __table_args__ = (UniqueConstraint("appraisal_id", "rater_role", "indicator_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    appraisal_id: Mapped[int] = mapped_column(
        ForeignKey("appraisals.id", ondelete="CASCADE"), index=True
    )
    rater_role: Mapped[str] = mapped_column(String(20))
    indicator_code: Mapped[str] = mapped_column(String(32))
    effective_weight: Mapped[Decimal] = mapped_column(Quantity)
    points: Mapped[Decimal | None] = mapped_column(Quantity)
    label: Mapped[str | None] = mapped_column(String(50))
    earned: Mapped[Decimal] = mapped_column(Quantity)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
