"""Rubric template versions.

The body is the validated template JSON (domain/rubric_json.py) rather than normalised
tables: a version is an immutable document, always read and scored whole, exchanged in
the same format, and never queried by indicator. Appraisals reference a version's id.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class RubricTemplateRecord(Base):
    __tablename__ = "rubric_templates"
    __table_args__ = (
        UniqueConstraint("name", "version"),
        CheckConstraint("status IN ('draft', 'active', 'retired')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    body: Mapped[str] = mapped_column(Text)
    # Set by the appraisal workflow when an appraisal first uses this version.
    in_use: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
