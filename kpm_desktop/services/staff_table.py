"""Staff as a browsable table: department and supervisor shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session, aliased

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import CrmTable, count_where, field_of, resolve_reference
from kpm_desktop.services.table_spec import ColumnSpec, FieldSpec, FieldValidationError, ValueKind
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    ServiceTicketRecord,
    StaffRecord,
)

_supervisor = aliased(StaffRecord, name="supervisor")


class StaffTable(CrmTable):
    record = StaffRecord
    noun = UserText("staff member")
    business_key = "employee_no"
    permission = Permission.VIEW_STAFF
    owner_key = "id"
    columns = (
        ColumnSpec("employee_no", "Employee no."),
        ColumnSpec("name", "Name"),
        ColumnSpec("department", "Department"),
        ColumnSpec("position", "Position"),
        ColumnSpec("supervisor", "Supervisor"),
        ColumnSpec("hire_date", "Hire date", ValueKind.DATE),
        ColumnSpec("active", "Active", ValueKind.BOOLEAN),
        ColumnSpec("phone", "Phone"),
        ColumnSpec("email", "Email", shown_by_default=False),
    )
    fields = (
        FieldSpec("employee_no", "Employee no.", required=True, max_length=32),
        FieldSpec("name", "Name", required=True, max_length=100),
        FieldSpec("department", "Department", required=True, hint="department code or name"),
        FieldSpec("position", "Position", max_length=100),
        FieldSpec("supervisor", "Supervisor", hint="employee no."),
        FieldSpec("hire_date", "Hire date", ValueKind.DATE),
        FieldSpec("active", "Active", ValueKind.BOOLEAN),
        FieldSpec("phone", "Phone", max_length=32),
        FieldSpec("email", "Email", max_length=120),
    )

    def source(self) -> FromClause:
        return StaffRecord.__table__.join(  # type: ignore[attr-defined,no-any-return]
            DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id
        ).outerjoin(_supervisor, _supervisor.id == StaffRecord.supervisor_id)

    def expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {
            "employee_no": StaffRecord.employee_no,
            "name": StaffRecord.name,
            "department": DepartmentRecord.name,
            "position": StaffRecord.position,
            "supervisor": _supervisor.name,
            "hire_date": StaffRecord.hire_date,
            "active": StaffRecord.active,
            "phone": StaffRecord.phone,
            "email": StaffRecord.email,
        }

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (StaffRecord.name, StaffRecord.employee_no, StaffRecord.phone)

    def title_of(self, session: Session, record_id: int) -> str:
        row = session.execute(
            select(StaffRecord.employee_no, StaffRecord.name).where(StaffRecord.id == record_id)
        ).one()
        return f"{row.employee_no} {row.name}"

    def to_record_values(
        self, session: Session, values: Mapping[str, object], record_id: int | None
    ) -> dict[str, object]:
        self.check_unique(
            session,
            StaffRecord.employee_no,
            values["employee_no"],
            field_of(self.fields, "employee_no"),
            record_id,
        )
        department_id = resolve_reference(
            session,
            DepartmentRecord.code,
            values["department"],
            field_of(self.fields, "department"),
            UserText("department"),
            DepartmentRecord.name,
        )
        supervisor_field = field_of(self.fields, "supervisor")
        supervisor_id = resolve_reference(
            session,
            StaffRecord.employee_no,
            values["supervisor"],
            supervisor_field,
            UserText("employee no."),
        )
        if supervisor_id is not None and supervisor_id == record_id:
            raise FieldValidationError(
                "Supervisor: a staff member cannot supervise themselves", field="supervisor"
            )
        email = str(values["email"])
        if email and "@" not in email:
            raise FieldValidationError(
                "Email '{email}' is not an email address", field="email", email=email
            )
        return {
            "employee_no": values["employee_no"],
            "name": values["name"],
            "department_id": department_id,
            "position": values["position"],
            "supervisor_id": supervisor_id,
            "hire_date": values["hire_date"],
            "active": values["active"],
            "phone": values["phone"],
            "email": email,
        }

    def form_values(self, session: Session, record: Any) -> dict[str, object]:
        department = session.get(DepartmentRecord, record.department_id)
        supervisor = (
            session.get(StaffRecord, record.supervisor_id) if record.supervisor_id else None
        )
        return {
            "employee_no": record.employee_no,
            "name": record.name,
            "department": department.code if department else "",
            "position": record.position,
            "supervisor": supervisor.employee_no if supervisor else "",
            "hire_date": record.hire_date,
            "active": record.active,
            "phone": record.phone,
            "email": record.email,
        }

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        counts = (
            UserText(
                "{count:,} customers owned",
                count=count_where(session, CustomerRecord.owner_id, record_id),
            ),
            UserText("{count:,} deals", count=count_where(session, DealRecord.owner_id, record_id)),
            UserText(
                "{count:,} service tickets",
                count=count_where(session, ServiceTicketRecord.staff_id, record_id),
            ),
            UserText(
                "{count:,} activities",
                count=count_where(session, ActivityRecord.staff_id, record_id),
            ),
            UserText(
                "{count:,} staff supervised",
                count=count_where(session, StaffRecord.supervisor_id, record_id),
            ),
            UserText(
                "{count:,} departments headed",
                count=count_where(session, DepartmentRecord.head_id, record_id),
            ),
        )
        return [text for text in counts if text.params["count"]]
