"""Who signs a sheet above its staff member, from the organisation chart's rows: the
rules `staff_queries.signatories_of` applies to what it reads through SQLAlchemy, and
`kpm pdf --appraisal` to what it reads with the standard library's sqlite3 before
SQLAlchemy is imported (storage/early_sheet_reads.py). No SQLAlchemy here."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Signatories:
    """A staff member's position and who signs their sheet above them, by name."""

    position: str
    superior: str
    department_head: str


class SignatoryStaff(Protocol):
    """A staff member's row as the signatories are found from it."""

    @property
    def id(self) -> int: ...
    @property
    def employee_no(self) -> str: ...
    @property
    def position(self) -> str | None: ...
    @property
    def supervisor_id(self) -> int | None: ...
    @property
    def department_id(self) -> int | None: ...


# Department id -> (parent department id, head's staff id).
Departments = Mapping[int, tuple[int | None, int | None]]


def signing_heads(
    staff: Iterable[SignatoryStaff], departments: Departments
) -> dict[int, int | None]:
    """Per staff id, the staff id of the head who signs as 部门负责人: the head of the
    staff's department, else of the first department above whose head is neither the staff
    member nor their direct superior; None at the top of the chart."""
    return {
        row.id: head_id_above(departments, row.department_id, {row.id, row.supervisor_id})
        for row in staff
    }


def named_ids(staff: Iterable[SignatoryStaff], heads: Mapping[int, int | None]) -> set[int]:
    """The staff ids whose names the signatories print: superiors and signing heads."""
    named = {row.supervisor_id for row in staff} | set(heads.values())
    return {i for i in named if i is not None}


def signatories_by_number(
    staff: Iterable[SignatoryStaff], heads: Mapping[int, int | None], names: Mapping[int, str]
) -> dict[str, Signatories]:
    """The signatories of each staff row, by employee number."""
    return {
        row.employee_no: Signatories(
            position=row.position or "",
            superior=names.get(row.supervisor_id or 0, "") if row.supervisor_id else "",
            department_head=names.get(heads[row.id] or 0, ""),
        )
        for row in staff
    }


def head_id_above(
    departments: Departments, department_id: int | None, skipped: set[int | None]
) -> int | None:
    """The signing head's staff id, going up from `department_id` past the `skipped`."""
    seen: set[int] = set()
    while department_id is not None and department_id in departments:
        if department_id in seen:
            return None
        seen.add(department_id)
        parent_id, head_id = departments[department_id]
        if head_id is not None and head_id not in skipped:
            return head_id
        department_id = parent_id
    return None
