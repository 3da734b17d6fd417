"""Saved import profiles: one row per name, the profile itself as its JSON text
(docs/formats.md, "Import profiles"), so the format has one reader and one writer."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kpm_desktop.storage.base import Base


class ImportProfileRecord(Base):
    __tablename__ = "import_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    definition: Mapped[str] = mapped_column(Text)
