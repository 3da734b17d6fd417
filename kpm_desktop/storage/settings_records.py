"""Settings shared by everyone using the database, so that every machine on it agrees:
one row per key (the sign-in policy's numbers, `office_zone`: the time zone of the
office's clock times)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class AppSettingRecord(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
