"""The SQL of what the first page's figures are read from, written once and run by two
connections: SQLAlchemy's (the repositories and queries named below, on SQLite and
PostgreSQL) and start-up's read-only sqlite3 connection (storage/early_reads.py), which
reads them before SQLAlchemy is imported. No SQLAlchemy here.

Every text takes named parameters (`:name`), which SQLAlchemy's `text()` and the sqlite3
module both bind. tests/storage/test_first_page_sql.py runs each through both connections
on the same file and compares the rows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kpm_desktop.domain.access import OrgChart

# The organisation chart access checks reach through (user_repository.load_org_chart):
# each staff member's supervisor and department, and the department they head, if any.
ORG_CHART = (
    "SELECT staff.id, staff.supervisor_id, staff.department_id, departments.id "
    "FROM staff LEFT OUTER JOIN departments ON departments.head_id = staff.id"
)


@dataclass(frozen=True)
class StaffEntry:
    """A row of `STAFF_ENTRIES`."""

    id: int
    employee_no: str
    name: str
    department_id: int


@dataclass(frozen=True)
class DepartmentEntry:
    """A row of `DEPARTMENT_ENTRIES`."""

    id: int
    code: str
    name: str


# The names a KPI table shows (kpi_queries/people.py).
STAFF_ENTRIES = "SELECT id, employee_no, name, department_id FROM staff ORDER BY employee_no"
DEPARTMENT_ENTRIES = "SELECT id, code, name FROM departments ORDER BY code"

# The one counter every write to a KPI source raises (data_version.read_data_version).
DATA_VERSION = "SELECT version FROM data_version WHERE id = 1"

# One shared setting (office_settings.read_setting), such as the zone KPI periods are cut in.
SETTING = "SELECT value FROM app_settings WHERE key = :key"
OFFICE_ZONE = "office_zone"


def kept_kpi_entries(keys: Collection[str]) -> str:
    """The kept KPI entries of `keys` at one data version (kpi_cache.read_entries); bind
    `kept_kpi_parameters`."""
    wanted = ", ".join(f":key_{index}" for index in range(len(keys)))
    return (
        "SELECT kpi_key, body FROM kpi_cache WHERE period = :period AND level = :level "
        f"AND office_zone = :office_zone AND kpi_key IN ({wanted}) "
        "AND data_version = :data_version"
    )


def kept_kpi_parameters(
    period: str, level: str, office_zone: str, keys: Collection[str], version: int
) -> dict[str, Any]:
    parameters: dict[str, Any] = {
        "period": period,
        "level": level,
        "office_zone": office_zone,
        "data_version": version,
    }
    parameters.update({f"key_{index}": key for index, key in enumerate(keys)})
    return parameters


def org_chart_of(rows: Iterable[Sequence[Any]]) -> OrgChart:
    """The chart from the rows of `ORG_CHART`."""
    supervisor_of: dict[int, int | None] = {}
    department_of: dict[int, int] = {}
    head_of_department: dict[int, int | None] = {}
    for staff_id, supervisor_id, department_id, headed_department in rows:
        supervisor_of[staff_id] = supervisor_id
        department_of[staff_id] = department_id
        if headed_department is not None:
            head_of_department[headed_department] = staff_id
    return OrgChart(supervisor_of, department_of, head_of_department)
