"""The four browsable CRM tables' SQL (`crm_table_queries.py`): staff, customers, deals and
service tickets, each with its joins, the names its references show,
how messages name a record and what refers to one."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session, aliased

from kpm_desktop.storage.crm_table_queries import CrmTableQueries, count_where
from kpm_desktop.storage.crm_table_search import ShownReference
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    ServiceTicketRecord,
    StaffRecord,
)

_supervisor = aliased(StaffRecord, name="supervisor")


class StaffQueries(CrmTableQueries):
    """Staff: department and supervisor shown by name."""

    record = StaffRecord
    owner_key = "id"

    def source(self) -> FromClause:
        return StaffRecord.__table__.join(  # type: ignore[attr-defined,no-any-return]
            DepartmentRecord, DepartmentRecord.id == StaffRecord.department_id
        ).outerjoin(_supervisor, _supervisor.id == StaffRecord.supervisor_id)

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"department_code": DepartmentRecord.name, "supervisor_no": _supervisor.name}

    def references(self) -> Mapping[str, ShownReference]:
        return {
            "department_code": ShownReference(StaffRecord.department_id, DepartmentRecord),
            "supervisor_no": ShownReference(StaffRecord.supervisor_id, StaffRecord),
        }

    def title_of(self, session: Session, record_id: int) -> str:
        row = session.execute(
            select(StaffRecord.employee_no, StaffRecord.name).where(StaffRecord.id == record_id)
        ).one()
        return f"{row.employee_no} {row.name}"

    def dependent_counts(self, session: Session, record_id: int) -> dict[str, int]:
        return {
            "customers": count_where(session, CustomerRecord.owner_id, record_id),
            "deals": count_where(session, DealRecord.owner_id, record_id),
            "tickets": count_where(session, ServiceTicketRecord.staff_id, record_id),
            "activities": count_where(session, ActivityRecord.staff_id, record_id),
            "supervised": count_where(session, StaffRecord.supervisor_id, record_id),
            "departments": count_where(session, DepartmentRecord.head_id, record_id),
        }


class CustomerQueries(CrmTableQueries):
    """Customers: the owner shown by name."""

    record = CustomerRecord

    def source(self) -> FromClause:
        return CustomerRecord.__table__.outerjoin(  # type: ignore[attr-defined,no-any-return]
            StaffRecord, StaffRecord.id == CustomerRecord.owner_id
        )

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"owner_no": StaffRecord.name}

    def references(self) -> Mapping[str, ShownReference]:
        return {"owner_no": ShownReference(CustomerRecord.owner_id, StaffRecord)}

    def title_of(self, session: Session, record_id: int) -> str:
        row = session.execute(
            select(CustomerRecord.code, CustomerRecord.name).where(CustomerRecord.id == record_id)
        ).one()
        return f"{row.code} {row.name}"

    def dependent_counts(self, session: Session, record_id: int) -> dict[str, int]:
        return {
            "deals": count_where(session, DealRecord.customer_id, record_id),
            "tickets": count_where(session, ServiceTicketRecord.customer_id, record_id),
            "activities": count_where(session, ActivityRecord.customer_id, record_id),
        }


class DealQueries(CrmTableQueries):
    """Deals: customer and owner shown by name."""

    record = DealRecord

    def source(self) -> FromClause:
        return DealRecord.__table__.join(  # type: ignore[attr-defined,no-any-return]
            CustomerRecord, CustomerRecord.id == DealRecord.customer_id
        ).join(StaffRecord, StaffRecord.id == DealRecord.owner_id)

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"customer_code": CustomerRecord.name, "owner_no": StaffRecord.name}

    def references(self) -> Mapping[str, ShownReference]:
        return {
            "customer_code": ShownReference(DealRecord.customer_id, CustomerRecord),
            "owner_no": ShownReference(DealRecord.owner_id, StaffRecord),
        }

    def title_of(self, session: Session, record_id: int) -> str:
        return str(session.scalar(select(DealRecord.code).where(DealRecord.id == record_id)))

    def dependent_counts(self, session: Session, record_id: int) -> dict[str, int]:
        return {}


class TicketQueries(CrmTableQueries):
    """Service tickets: customer and handling staff shown by name."""

    record = ServiceTicketRecord
    owner_key = "staff_id"

    def source(self) -> FromClause:
        return ServiceTicketRecord.__table__.join(  # type: ignore[attr-defined,no-any-return]
            CustomerRecord, CustomerRecord.id == ServiceTicketRecord.customer_id
        ).join(StaffRecord, StaffRecord.id == ServiceTicketRecord.staff_id)

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"customer_code": CustomerRecord.name, "staff_no": StaffRecord.name}

    def references(self) -> Mapping[str, ShownReference]:
        return {
            "customer_code": ShownReference(ServiceTicketRecord.customer_id, CustomerRecord),
            "staff_no": ShownReference(ServiceTicketRecord.staff_id, StaffRecord),
        }

    def title_of(self, session: Session, record_id: int) -> str:
        return str(
            session.scalar(
                select(ServiceTicketRecord.code).where(ServiceTicketRecord.id == record_id)
            )
        )

    def dependent_counts(self, session: Session, record_id: int) -> dict[str, int]:
        return {}
