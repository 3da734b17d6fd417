"""Service tickets as a browsable table: customer and handling staff shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.crm_tables import TICKETS
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import CrmTable
from kpm_desktop.storage.records import CustomerRecord, ServiceTicketRecord, StaffRecord


class TicketTable(CrmTable):
    record = ServiceTicketRecord
    definition = TICKETS
    noun = UserText("service ticket")
    owner_key = "staff_id"

    def source(self) -> FromClause:
        return ServiceTicketRecord.__table__.join(  # type: ignore[attr-defined]
            CustomerRecord, CustomerRecord.id == ServiceTicketRecord.customer_id
        ).join(StaffRecord, StaffRecord.id == ServiceTicketRecord.staff_id)

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"customer_code": CustomerRecord.name, "staff_no": StaffRecord.name}

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (ServiceTicketRecord.code, ServiceTicketRecord.subject, CustomerRecord.name)

    def title_of(self, session: Session, record_id: int) -> str:
        return str(
            session.scalar(
                select(ServiceTicketRecord.code).where(ServiceTicketRecord.id == record_id)
            )
        )

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        return []
