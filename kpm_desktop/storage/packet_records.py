"""Rater packets handed out for offline scoring (docs/formats.md, "Rater packets"): who
got which, the key of its keyed hash, and what became of it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class PacketRecord(Base):
    __tablename__ = "rater_packets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("appraisal_cycles.id"), index=True)
    rater_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    exported_at: Mapped[datetime] = mapped_column(DateTime)
    exported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    deadline: Mapped[date | None] = mapped_column(Date)
    # The HMAC key of this packet's hidden sheet (hex); never leaves the database.
    hash_key: Mapped[str] = mapped_column(String(64))
    # The manifest as exported (JSON), to name what differs in an edited hidden sheet.
    manifest: Mapped[str] = mapped_column(Text)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime)
    applied_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    applied_count: Mapped[int] = mapped_column(Integer, default=0)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)
