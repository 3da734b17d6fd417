"""Who a KPI query groups by (staff, department, company) and the period's bounds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    Select,
    Subquery,
    func,
    literal_column,
    select,
)

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.kpi_figures import FigureFamily, Figures
from kpm_desktop.domain.office_time import local_midnight
from kpm_desktop.domain.period import Period
from kpm_desktop.storage.base import table_of
from kpm_desktop.storage.crm_records import DepartmentRecord, StaffRecord

COMPANY_KEY = 0
_staff = table_of(StaffRecord)
_departments = table_of(DepartmentRecord)


@dataclass(frozen=True)
class PeriodWindow:
    """A period as dates (inclusive) and as naive UTC timestamps [start_at, end_before).

    "In P" compares the office's calendar dates; timestamps are stored in naive UTC, so
    the bounds are the office's local midnights converted to UTC (`domain/office_time.py`).
    """

    start: date
    end: date
    start_at: datetime
    end_before: datetime

    @classmethod
    def of(cls, period: Period, zone: ZoneInfo) -> PeriodWindow:
        return cls.between(period.start, period.end, zone)

    @classmethod
    def between(cls, start: date, end: date, zone: ZoneInfo) -> PeriodWindow:
        start_at = local_midnight(start, zone)
        end_before = local_midnight(end + timedelta(days=1), zone)
        return cls(start, end, start_at, end_before)


@dataclass(frozen=True)
class Grouping:
    """The groups a family query yields one row for, optionally narrowed to some staff."""

    level: ScopeLevel
    department_id: int | None = None
    staff_ids: tuple[int, ...] | None = None

    def keys(self) -> Subquery:
        """Every group, so that a group with no records still gets a row (of zeros)."""
        if self.level is ScopeLevel.COMPANY:
            return select(literal_column(str(COMPANY_KEY)).label("grp")).subquery("keys")
        if self.level is ScopeLevel.DEPARTMENT:
            query = select(_departments.c.id.label("grp"))
            if self.department_id is not None:
                query = query.where(_departments.c.id == self.department_id)
            return query.subquery("keys")
        query = select(_staff.c.id.label("grp"))
        if self.department_id is not None:
            query = query.where(_staff.c.department_id == self.department_id)
        if self.staff_ids is not None:
            query = query.where(_staff.c.id.in_(self.staff_ids))
        return query.subquery("keys")

    def group_keys(self, connection: Connection) -> list[int]:
        keys = self.keys()
        return [int(key) for key in connection.scalars(select(keys.c.grp))]

    def grouped(
        self,
        name: str,
        source: FromClause,
        staff_column: ColumnElement[Any],
        columns: Sequence[ColumnElement[Any]],
        *where: ColumnElement[bool],
        use_staff_index: bool = True,
    ) -> Subquery:
        """Aggregate `columns` over `source` rows per group; `staff_column` names the staff."""
        if self.level is ScopeLevel.COMPANY:
            key: ColumnElement[Any] = literal_column(str(COMPANY_KEY))
            query: Select[Any] = select(key.label("grp"), *columns).select_from(source)
            return query.where(*where).subquery(name)
        if self.level is ScopeLevel.DEPARTMENT:
            key = _staff.c.department_id
            joined = source.join(_staff, _staff.c.id == staff_column)
            query = select(key.label("grp"), *columns).select_from(joined).where(*where)
            if self.department_id is not None:
                query = query.where(_staff.c.department_id == self.department_id)
            return query.group_by(key).subquery(name)
        if not use_staff_index:
            # `+ 0` keeps SQLite from walking the staff column's index with a table lookup
            # per row when the whole table is read anyway; a scan and a sort is faster.
            staff_column = staff_column + 0
        query = select(staff_column.label("grp"), *columns).select_from(source).where(*where)
        if self.department_id is not None:
            members = select(_staff.c.id).where(_staff.c.department_id == self.department_id)
            query = query.where(staff_column.in_(members))
        if self.staff_ids is not None:
            query = query.where(staff_column.in_(self.staff_ids))
        return query.group_by(staff_column).subquery(name)


# group key (staff, department or company id) -> that group's figures of one family
FamilyFigures = dict[int, Figures]


def figure_labels(parts: Sequence[Subquery]) -> tuple[str, ...]:
    """The figure names the grouped parts select (every column but the group key)."""
    return tuple(column.name for part in parts for column in part.c if column.name != "grp")


def run_combined(
    connection: Connection, grouping: Grouping, family: FigureFamily, parts: Sequence[Subquery]
) -> FamilyFigures:
    """One statement: every group, outer-joined to each grouped part; a group without
    records sums to 0. Each row is checked against `family` (a figure the family declares
    and the parts do not select raises `MissingFigureError`)."""
    keys = grouping.keys()
    joined: FromClause = keys
    columns: list[ColumnElement[Any]] = []
    for part in parts:
        joined = joined.outerjoin(part, part.c.grp == keys.c.grp)
        columns += [
            func.coalesce(column, 0).label(column.name) for column in part.c if column.name != "grp"
        ]
    rows = connection.execute(select(keys.c.grp, *columns).select_from(joined))
    return {
        int(row[0]): family.figures(
            {
                name: decimal_figure(value)
                for name, value in zip(row._fields[1:], row[1:], strict=True)
            }
        )
        for row in rows
    }


def decimal_figure(value: object) -> Decimal:
    """A sum or count as SQLite or PostgreSQL returns it, as a Decimal."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        # SQLite adds NUMERIC as REAL; money sums are exact to the cent after rounding.
        return Decimal(repr(value)).quantize(Decimal("0.01"))
    return Decimal(int(value))  # type: ignore[call-overload]
