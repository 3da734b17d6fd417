"""Settings of the whole office, kept in the database so that every machine sharing it
agrees: one row per setting (`office_zone`: the time zone of the office's clock times)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class OfficeSettingRecord(Base):
    __tablename__ = "office_settings"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
