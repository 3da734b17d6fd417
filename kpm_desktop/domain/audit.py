"""The audit log: entries, the filters that select them, and their hash chain.

Each entry's hash is SHA-256 over a canonical serialisation of its fields and the previous
entry's hash (docs/formats.md, "Audit chain"), so changing, deleting or reordering an entry
breaks the chain at that entry.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from kpm_desktop.domain.errors import Term, UserText

GENESIS_HASH = "0" * 64
# The context the UI translates an entry's record type and action in (the stored values
# are identifiers such as "user" or "set_password"; ui/admin/audit_words.py lists them).
AUDIT_CONTEXT = "Audit"
CHAIN_FORMAT = "kpm-audit-1"
TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%f"


def audit_term(word: str) -> Term:
    """An entry's stored record type or action as a message names it (translated in the
    UI in `AUDIT_CONTEXT`, as the audit page shows it)."""
    return Term(AUDIT_CONTEXT, word)


@dataclass(frozen=True)
class AuditEntry:
    """One stored entry. `before` and `after` are canonical JSON text (or None)."""

    id: int
    occurred_at: datetime  # naive UTC
    user_id: int | None
    username: str
    entity_type: str
    entity_id: str
    action: str
    before: str | None
    after: str | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; None means any. Times are naive UTC, `until` exclusive."""

    username: str | None = None
    entity_type: str | None = None
    entity_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@dataclass(frozen=True)
class AuditChoices:
    """Values in use, to fill the audit view's filter lists."""

    usernames: list[str]
    entity_types: list[str]
    actions: list[str]


@dataclass(frozen=True)
class ChainBreak:
    """The first entry where the chain does not hold, and why."""

    entry_id: int
    reason: UserText
    entry: AuditEntry | None = None


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.strftime(TIMESTAMP_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"{type(value).__name__} cannot be written to the audit log")


def canonical_json(value: object) -> str:
    """Sorted keys, no spaces, UTF-8 text kept as is; Decimal as its exact string."""
    return json.dumps(
        value, default=_json_default, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def snapshot_json(snapshot: Mapping[str, object] | None) -> str | None:
    return None if snapshot is None else canonical_json(dict(snapshot))


def entry_hash(
    *,
    entry_id: int,
    occurred_at: datetime,
    user_id: int | None,
    username: str,
    entity_type: str,
    entity_id: str,
    action: str,
    before: str | None,
    after: str | None,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) of the canonical array of an entry's fields and the previous hash."""
    fields = [
        CHAIN_FORMAT,
        entry_id,
        occurred_at.strftime(TIMESTAMP_FORMAT),
        user_id,
        username,
        entity_type,
        entity_id,
        action,
        before,
        after,
        prev_hash,
    ]
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def expected_hash(entry: AuditEntry) -> str:
    return entry_hash(
        entry_id=entry.id,
        occurred_at=entry.occurred_at,
        user_id=entry.user_id,
        username=entry.username,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        action=entry.action,
        before=entry.before,
        after=entry.after,
        prev_hash=entry.prev_hash,
    )


def verify_chain(
    entries: Iterable[AuditEntry], head: tuple[int, str] | None
) -> tuple[int, ChainBreak | None]:
    """Walk the entries in id order; return how many were checked and the first break.

    `head` is the stored chain head (last entry id, last hash), or None when nothing was
    ever appended; comparing it catches entries deleted from the end of the log.
    """
    previous_id, previous_hash, count = 0, GENESIS_HASH, 0
    for entry in entries:
        count += 1
        problem = _entry_problem(entry, previous_id, previous_hash)
        if problem:
            return count, ChainBreak(entry.id, problem, entry)
        previous_id, previous_hash = entry.id, entry.hash
    head_id, head_hash = head if head is not None else (0, GENESIS_HASH)
    if (head_id, head_hash) != (previous_id, previous_hash):
        reason = UserText(
            "the chain head names entry {head} with hash {head_hash}…, but the log ends at "
            "entry {last} with hash {last_hash}… (entries removed from the end, or the head "
            "was changed)",
            head=head_id,
            head_hash=head_hash[:12],
            last=previous_id,
            last_hash=previous_hash[:12],
        )
        return count, ChainBreak(max(head_id, previous_id), reason)
    return count, None


def _entry_problem(entry: AuditEntry, previous_id: int, previous_hash: str) -> UserText | None:
    if entry.id != previous_id + 1:
        return UserText(
            "entry ids jump from {previous} to {entry} (entries missing or renumbered)",
            previous=previous_id,
            entry=entry.id,
        )
    if entry.prev_hash != previous_hash:
        return UserText(
            "prev_hash {prev_hash}… does not match the hash of entry {previous} ({previous_hash}…)",
            prev_hash=entry.prev_hash[:12],
            previous=previous_id,
            previous_hash=previous_hash[:12],
        )
    actual = expected_hash(entry)
    if entry.hash != actual:
        return UserText(
            "stored hash {stored}… does not match its content (computed {actual}…): a field "
            "was changed",
            stored=entry.hash[:12],
            actual=actual[:12],
        )
    return None
