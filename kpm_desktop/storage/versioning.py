"""Optimistic locking: a version counter so two users never overwrite each other silently.

A record class that mixes in `VersionedMixin` gets a `version` column; SQLAlchemy adds
`WHERE version = <the version read>` to every UPDATE and DELETE of it and bumps the counter.
When another user saved first, no row matches, SQLAlchemy raises `StaleDataError`, and the
unit of work turns that into a `ConflictError` naming the record.
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, Session, declared_attr, mapped_column

from kpm_desktop.domain.errors import ConflictError


class VersionedMixin:
    """Mix into a record class (before `Base`) to protect its rows with a version counter."""

    # What the user calls such a record, for conflict messages ("Appraisal").
    record_label: ClassVar[str] = "The record"

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]

    def describe_for_conflict(self) -> str:
        """How a conflict message names this record; subclasses add a business key."""
        identity = getattr(self, "id", None)
        return self.record_label if identity is None else f"{self.record_label} #{identity}"


_WRITES_KEY = "versioned_writes"


def remember_versioned_writes(session: Session, _context: object, _instances: object) -> None:
    """`before_flush` hook: note which versioned records this flush writes.

    After a failed flush the session no longer lists its changes, so the conflict message
    takes the names from here.
    """
    session.info[_WRITES_KEY] = sorted(
        {
            item.describe_for_conflict()
            for item in (*session.dirty, *session.deleted)
            if isinstance(item, VersionedMixin)
        }
    )


def conflict_error(session: Session) -> ConflictError:
    """The user's message for a stale update or delete in the session's last flush."""
    names: list[str] = session.info.get(_WRITES_KEY) or []
    if len(names) > 1:
        return ConflictError(
            "{records} were changed by someone else since you opened them; reload and try again",
            records=", ".join(names),
        )
    if names:
        return ConflictError(
            "{record} was changed by someone else since you opened it; reload and try again",
            record=names[0],
        )
    return ConflictError(
        "The record was changed by someone else since you opened it; reload and try again"
    )
