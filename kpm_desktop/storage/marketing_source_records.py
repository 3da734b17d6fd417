"""Which customer sources count as marketing for marketing_roi, and the spend channel that
pays for each (docs/kpis.md, "Marketing sources"). A source without a row follows the
default rule of `kpm_desktop.domain.marketing_sources`."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class MarketingSourceRecord(Base):
    __tablename__ = "marketing_sources"
    __table_args__ = (CheckConstraint("marketing OR channel = ''", name="excluded_has_no_channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(50), unique=True)
    marketing: Mapped[bool] = mapped_column(Boolean)
    # The spend channel that pays for the source; "" when not stated (or excluded).
    channel: Mapped[str] = mapped_column(String(50), default="")
