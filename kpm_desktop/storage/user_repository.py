"""Reading and writing user accounts, and the organisation chart access checks need."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from kpm_desktop.domain.access import OrgChart
from kpm_desktop.storage.access_records import UserRecord
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.crm_records import StaffRecord
from kpm_desktop.storage.first_page_sql import ORG_CHART, org_chart_of


def user_by_name(session: Session, username: str) -> UserRecord | None:
    return session.scalars(select(UserRecord).where(UserRecord.username == username)).first()


def all_users(session: Session) -> list[UserRecord]:
    return list(session.scalars(select(UserRecord).order_by(UserRecord.username)))


def demo_users(session: Session) -> list[UserRecord]:
    return list(
        session.scalars(
            select(UserRecord).where(UserRecord.is_demo.is_(True)).order_by(UserRecord.username)
        )
    )


def is_referenced(session: Session, user_id: int) -> bool:
    """Whether any row (an audit entry, a review, a closed cycle...) names the user."""
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name != UserRecord.__tablename__:
                continue
            found = session.scalar(
                select(func.count()).select_from(table).where(key.parent == user_id)
            )
            if found:
                return True
    return False


def usernames(session: Session) -> set[str]:
    return set(session.scalars(select(UserRecord.username)))


def count_users(session: Session, role: str | None = None, *, active_only: bool = False) -> int:
    query = select(func.count()).select_from(UserRecord)
    if role is not None:
        query = query.where(UserRecord.role == role)
    if active_only:
        query = query.where(UserRecord.active.is_(True))
    return int(session.scalar(query) or 0)


def add_user(
    session: Session,
    *,
    username: str,
    display_name: str,
    role: str,
    staff_id: int | None,
    password_hash: str,
    created_at: datetime,
) -> UserRecord:
    record = UserRecord(
        username=username,
        display_name=display_name,
        role=role,
        staff_id=staff_id,
        password_hash=password_hash,
        active=True,
        created_at=created_at,
    )
    session.add(record)
    session.flush()
    return record


def staff_id_by_number(session: Session, employee_no: str) -> int | None:
    return session.scalar(select(StaffRecord.id).where(StaffRecord.employee_no == employee_no))


def staff_label(session: Session, staff_id: int) -> str | None:
    """'E00012 王伟' for messages, or None when the staff id does not exist."""
    row = session.execute(
        select(StaffRecord.employee_no, StaffRecord.name).where(StaffRecord.id == staff_id)
    ).one_or_none()
    return None if row is None else f"{row.employee_no} {row.name}"


def load_org_chart(session: Session) -> OrgChart:
    """Supervisors, departments and department heads, in one query over staff (its SQL is
    shared with start-up's early read: storage/first_page_sql.py)."""
    return org_chart_of(session.execute(text(ORG_CHART)))
