"""Saved import profiles as (name, kind, JSON text). Never commits."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kpm_desktop.storage.import_profile_records import ImportProfileRecord

_Record = ImportProfileRecord


def profile_texts(session: Session, kind: str | None = None) -> list[tuple[str, str]]:
    """(name, JSON text) of the saved profiles, of one kind or all, by name."""
    query = select(_Record.name, _Record.definition).order_by(_Record.name)
    if kind is not None:
        query = query.where(_Record.kind == kind)
    return [(name, text) for name, text in session.execute(query)]


def saved_profile_text(session: Session, name: str) -> str | None:
    found: str | None = session.scalar(select(_Record.definition).where(_Record.name == name))
    return found


def save_profile(session: Session, name: str, kind: str, text: str) -> bool:
    """Write the profile `name`; True when it replaced a saved one."""
    record = session.scalars(select(_Record).where(_Record.name == name)).one_or_none()
    replaced = record is not None
    if record is None:
        record = _Record(name=name)
        session.add(record)
    record.kind = kind
    record.definition = text
    session.flush()
    return replaced


def delete_profile(session: Session, name: str) -> bool:
    """Remove the profile `name`; False when there was none."""
    result = session.execute(delete(_Record).where(_Record.name == name))
    return bool(result.rowcount)  # type: ignore[attr-defined]
