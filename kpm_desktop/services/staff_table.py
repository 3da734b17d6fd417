"""Staff as a browsable table: department and supervisor shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session, aliased

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.crm_tables import STAFF
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import CrmTable, count_where
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
    definition = STAFF
    noun = UserText("staff member")
    permission = Permission.VIEW_STAFF
    owner_key = "id"

    def source(self) -> FromClause:
        return StaffRecord.__table__.join(  # type: ignore[attr-defined,no-any-return]
            DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id
        ).outerjoin(_supervisor, _supervisor.id == StaffRecord.supervisor_id)

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"department_code": DepartmentRecord.name, "supervisor_no": _supervisor.name}

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (StaffRecord.name, StaffRecord.employee_no, StaffRecord.phone)

    def title_of(self, session: Session, record_id: int) -> str:
        row = session.execute(
            select(StaffRecord.employee_no, StaffRecord.name).where(StaffRecord.id == record_id)
        ).one()
        return f"{row.employee_no} {row.name}"

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
