"""Sign-in records: the log of attempts, the failure count per user name, and settings.

The throttle is kept per typed user name, known or not, so refusing a name never tells
whether an account of that name exists. None of these rows holds a password.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base

SIGN_IN_CHANNELS = ("gui", "cli")
SIGN_IN_OUTCOMES = ("signed_in", "wrong_credentials", "locked", "deactivated")


class SignInRecord(Base):
    """One sign-in attempt: who (as typed), when, from where, and how it ended."""

    __tablename__ = "sign_in_log"
    __table_args__ = (
        CheckConstraint(
            "channel IN (" + ", ".join(f"'{c}'" for c in SIGN_IN_CHANNELS) + ")",
            name="channel_known",
        ),
        CheckConstraint(
            "outcome IN (" + ", ".join(f"'{o}'" for o in SIGN_IN_OUTCOMES) + ")",
            name="outcome_known",
        ),
        Index("ix_sign_in_log_occurred_at", "occurred_at"),
        Index("ix_sign_in_log_username", "username"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    username: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(20))
    succeeded: Mapped[bool] = mapped_column(Boolean)


class SignInThrottleRecord(Base):
    """Failed sign-ins in a row for one user name, and the lock they led to."""

    __tablename__ = "sign_in_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
