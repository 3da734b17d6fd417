"""The data version and the KPI results kept against it (the dashboard's cache).

`data_version` holds one row. Every write to what KPIs are computed from (CRM tables,
staff, departments, targets) bumps it in the same transaction (`storage/data_version.py`).
A `kpi_cache` entry holds the values of one KPI for every row of one level in one period,
stamped with the data version they were computed at and keyed by the office zone its
periods were cut in; an entry whose stamp is not the current version is stale and never
read.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class DataVersionRecord(Base):
    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class KpiCacheRecord(Base):
    __tablename__ = "kpi_cache"
    __table_args__ = (UniqueConstraint("period", "level", "office_zone", "kpi_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(10))
    level: Mapped[str] = mapped_column(String(12))
    office_zone: Mapped[str] = mapped_column(String(64))  # the zone periods were cut in
    kpi_key: Mapped[str] = mapped_column(String(50))
    data_version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)  # JSON: the rows with this KPI's values
    computed_at: Mapped[datetime] = mapped_column(DateTime)
