"""Appending to and reading the audit log. Never commits: the caller's unit of work does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, select, update
from sqlalchemy.orm import Session

from kpm_desktop.domain.audit import AuditEntry, AuditFilter, entry_hash
from kpm_desktop.storage.access_records import AuditEntryRecord, AuditHeadRecord
from kpm_desktop.storage.base import table_of

_LOG = table_of(AuditEntryRecord)
_HEAD = table_of(AuditHeadRecord)
_HEAD_ID = 1


def append_entry(
    session: Session,
    *,
    occurred_at: datetime,
    user_id: int | None,
    username: str,
    entity_type: str,
    entity_id: str,
    action: str,
    before: str | None,
    after: str | None,
) -> AuditEntry:
    """Chain a new entry after the current head, inside the session's transaction.

    The first statement writes the head row: SQLite then holds its write lock and
    PostgreSQL a row lock until commit, so a concurrent append waits and reads the head
    this one leaves behind. Two appends can never chain to the same predecessor.
    """
    session.execute(
        update(_HEAD).where(_HEAD.c.id == _HEAD_ID).values(last_entry_id=_HEAD.c.last_entry_id)
    )
    head = session.execute(
        select(_HEAD.c.last_entry_id, _HEAD.c.last_hash).where(_HEAD.c.id == _HEAD_ID)
    ).one()
    entry_id, prev_hash = head.last_entry_id + 1, head.last_hash
    digest = entry_hash(
        entry_id=entry_id,
        occurred_at=occurred_at,
        user_id=user_id,
        username=username,
        entity_type=entity_type,
        entity_id=entity_id,
        action=action,
        before=before,
        after=after,
        prev_hash=prev_hash,
    )
    entry = AuditEntry(
        entry_id,
        occurred_at,
        user_id,
        username,
        entity_type,
        entity_id,
        action,
        before,
        after,
        prev_hash,
        digest,
    )
    session.execute(_LOG.insert().values(**_row_of(entry)))
    session.execute(
        update(_HEAD).where(_HEAD.c.id == _HEAD_ID).values(last_entry_id=entry_id, last_hash=digest)
    )
    return entry


def _row_of(entry: AuditEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "occurred_at": entry.occurred_at,
        "user_id": entry.user_id,
        "username": entry.username,
        "entity_type": entry.entity_type,
        "entity_id": entry.entity_id,
        "action": entry.action,
        "before": entry.before,
        "after": entry.after,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def entry_of_row(row: Row[Any]) -> AuditEntry:
    return AuditEntry(
        row.id,
        row.occurred_at,
        row.user_id,
        row.username,
        row.entity_type,
        row.entity_id,
        row.action,
        row.before,
        row.after,
        row.prev_hash,
        row.hash,
    )


def chain_head(session: Session) -> tuple[int, str] | None:
    row = session.execute(
        select(_HEAD.c.last_entry_id, _HEAD.c.last_hash).where(_HEAD.c.id == _HEAD_ID)
    ).one_or_none()
    return None if row is None else (row.last_entry_id, row.last_hash)


def iter_entries(session: Session, batch: int = 2_000) -> Iterator[AuditEntry]:
    """Every entry in id order, read in batches by key so memory stays flat."""
    after = None
    while True:
        query = select(_LOG).order_by(_LOG.c.id).limit(batch)
        if after is not None:
            query = query.where(_LOG.c.id > after)
        rows = session.execute(query).all()
        for row in rows:
            yield entry_of_row(row)
        if len(rows) < batch:
            return
        after = rows[-1].id


def _conditions(filters: AuditFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if filters.username is not None:
        conditions.append(_LOG.c.username == filters.username)
    if filters.entity_type is not None:
        conditions.append(_LOG.c.entity_type == filters.entity_type)
    if filters.entity_id is not None:
        conditions.append(_LOG.c.entity_id == filters.entity_id)
    if filters.action is not None:
        conditions.append(_LOG.c.action == filters.action)
    if filters.since is not None:
        conditions.append(_LOG.c.occurred_at >= filters.since)
    if filters.until is not None:
        conditions.append(_LOG.c.occurred_at < filters.until)
    return conditions


def find_entries(
    session: Session, filters: AuditFilter, before_id: int | None, limit: int
) -> list[AuditEntry]:
    """Newest first; pass the last id of one page as `before_id` to get the next."""
    query: Select[Any] = select(_LOG).where(*_conditions(filters))
    if before_id is not None:
        query = query.where(_LOG.c.id < before_id)
    rows = session.execute(query.order_by(_LOG.c.id.desc()).limit(limit)).all()
    return [entry_of_row(row) for row in rows]


def count_entries(session: Session, filters: AuditFilter) -> int:
    total = session.scalar(select(func.count()).select_from(_LOG).where(*_conditions(filters)))
    return int(total or 0)


def distinct_values(session: Session, column: str) -> list[str]:
    """The values in use for a filter column (username, entity_type, action), sorted."""
    target = _LOG.c[column]
    return [str(value) for value in session.scalars(select(target).distinct().order_by(target))]
