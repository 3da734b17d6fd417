"""Names of the staff and departments a KPI table shows (small tables, read whole; the SQL
is shared with start-up's early read: storage/first_page_sql.py)."""

from __future__ import annotations

from sqlalchemy import Connection, text

from kpm_desktop.storage.first_page_sql import (
    DEPARTMENT_ENTRIES,
    STAFF_ENTRIES,
    DepartmentEntry,
    StaffEntry,
)

__all__ = ["DepartmentEntry", "StaffEntry", "department_entries", "staff_entries"]


def staff_entries(connection: Connection) -> list[StaffEntry]:
    return [StaffEntry(*row) for row in connection.execute(text(STAFF_ENTRIES))]


def department_entries(connection: Connection) -> list[DepartmentEntry]:
    return [DepartmentEntry(*row) for row in connection.execute(text(DEPARTMENT_ENTRIES))]
