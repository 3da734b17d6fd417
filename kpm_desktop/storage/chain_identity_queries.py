"""The database's identity and an audit entry's hash: what the chain witness reads, apart
from `seal_queries` (which loads every sealed record's module). Never commits."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kpm_desktop.storage.access_records import AuditEntryRecord, DatabaseIdentityRecord
from kpm_desktop.storage.base import table_of

_LOG = table_of(AuditEntryRecord)
_IDENTITY = table_of(DatabaseIdentityRecord)


def hash_of_entry(session: Session, entry_id: int) -> str | None:
    return session.scalar(select(_LOG.c.hash).where(_LOG.c.id == entry_id))


def database_identity(session: Session) -> tuple[str, bool] | None:
    """(database id, whether existing records were sealed), or None before migration 0010."""
    row = session.execute(
        select(_IDENTITY.c.database_id, _IDENTITY.c.seals_adopted).where(_IDENTITY.c.id == 1)
    ).one_or_none()
    return None if row is None else (row.database_id, bool(row.seals_adopted))


def mark_seals_adopted(session: Session) -> None:
    session.execute(update(_IDENTITY).where(_IDENTITY.c.id == 1).values(seals_adopted=True))
