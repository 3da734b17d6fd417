"""Customers as a browsable table: the owner shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.crm_tables import CUSTOMERS
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import CrmTable, count_where
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    ServiceTicketRecord,
    StaffRecord,
)


class CustomerTable(CrmTable):
    record = CustomerRecord
    definition = CUSTOMERS
    noun = UserText("customer")

    def source(self) -> FromClause:
        return CustomerRecord.__table__.outerjoin(  # type: ignore[attr-defined,no-any-return]
            StaffRecord, StaffRecord.id == CustomerRecord.owner_id
        )

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"owner_no": StaffRecord.name}

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (CustomerRecord.name, CustomerRecord.code, CustomerRecord.phone)

    def title_of(self, session: Session, record_id: int) -> str:
        row = session.execute(
            select(CustomerRecord.code, CustomerRecord.name).where(CustomerRecord.id == record_id)
        ).one()
        return f"{row.code} {row.name}"

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        counts = (
            UserText(
                "{count:,} deals", count=count_where(session, DealRecord.customer_id, record_id)
            ),
            UserText(
                "{count:,} service tickets",
                count=count_where(session, ServiceTicketRecord.customer_id, record_id),
            ),
            UserText(
                "{count:,} activities",
                count=count_where(session, ActivityRecord.customer_id, record_id),
            ),
        )
        return [text for text in counts if text.params["count"]]
