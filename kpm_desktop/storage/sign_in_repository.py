"""Reading and writing the sign-in log, the per-name throttle and the shared settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kpm_desktop.storage.settings_records import AppSettingRecord
from kpm_desktop.storage.sign_in_records import SignInRecord, SignInThrottleRecord

USERNAME_LENGTH = 64


def throttle_key(username: str) -> str:
    """The name as stored: a longer typed name is cut to the column's length."""
    return username[:USERNAME_LENGTH]


def throttle_of(session: Session, username: str) -> SignInThrottleRecord | None:
    return session.get(SignInThrottleRecord, throttle_key(username))


def add_failure(session: Session, username: str, now: datetime, lock_until: datetime | None) -> int:
    """Count one more failure for `username`; returns the new count."""
    record = throttle_of(session, username)
    if record is None:
        record = SignInThrottleRecord(username=throttle_key(username), failures=0)
        session.add(record)
    record.failures += 1
    record.last_failure_at = now
    if lock_until is not None:
        record.locked_until = lock_until
    session.flush()
    return record.failures


def clear_throttle(session: Session, username: str) -> bool:
    """Forget the failures of `username`; False when there were none."""
    result = session.execute(
        delete(SignInThrottleRecord).where(SignInThrottleRecord.username == throttle_key(username))
    )
    return bool(getattr(result, "rowcount", 0))


def throttled_names(session: Session) -> list[SignInThrottleRecord]:
    return list(
        session.scalars(
            select(SignInThrottleRecord).order_by(
                SignInThrottleRecord.locked_until.desc(), SignInThrottleRecord.username
            )
        )
    )


def add_sign_in(
    session: Session, *, username: str, occurred_at: datetime, channel: str, outcome: str
) -> None:
    session.add(
        SignInRecord(
            username=throttle_key(username),
            occurred_at=occurred_at,
            channel=channel,
            outcome=outcome,
            succeeded=outcome == "signed_in",
        )
    )


def recent_sign_ins(session: Session, limit: int, username: str | None) -> list[SignInRecord]:
    query = select(SignInRecord).order_by(SignInRecord.id.desc()).limit(limit)
    if username is not None:
        query = query.where(SignInRecord.username == username)
    return list(session.scalars(query))


def settings(session: Session, prefix: str) -> dict[str, str]:
    rows = session.scalars(select(AppSettingRecord).where(AppSettingRecord.key.startswith(prefix)))
    return {row.key: row.value for row in rows}


def put_setting(session: Session, key: str, value: str) -> None:
    record = session.get(AppSettingRecord, key)
    if record is None:
        session.add(AppSettingRecord(key=key, value=value))
    else:
        record.value = value
