"""What a printed chain anchor is checked against: the head now, and an entry's hash."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpm_desktop.domain.audit import GENESIS_HASH
from kpm_desktop.storage.access_records import AuditEntryRecord
from kpm_desktop.storage.audit_repository import chain_head
from kpm_desktop.storage.base import table_of

_LOG = table_of(AuditEntryRecord)


def current_head(session: Session) -> tuple[int, str]:
    """(sequence, hash) of the last entry; (0, the genesis hash) for an empty log."""
    return chain_head(session) or (0, GENESIS_HASH)


def hash_at(session: Session, sequence: int) -> str | None:
    """The stored hash of the entry at `sequence` (0: the genesis), None when it is gone."""
    if sequence == 0:
        return GENESIS_HASH
    return session.scalar(select(_LOG.c.hash).where(_LOG.c.id == sequence))
