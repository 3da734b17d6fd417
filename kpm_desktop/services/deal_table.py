"""Deals as a browsable table: customer and owner shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.crm_tables import DEALS
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import CrmTable
from kpm_desktop.storage.records import CustomerRecord, DealRecord, StaffRecord


class DealTable(CrmTable):
    record = DealRecord
    definition = DEALS
    noun = UserText("deal")

    def source(self) -> FromClause:
        return DealRecord.__table__.join(  # type: ignore[attr-defined]
            CustomerRecord, CustomerRecord.id == DealRecord.customer_id
        ).join(StaffRecord, StaffRecord.id == DealRecord.owner_id)

    def reference_names(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {"customer_code": CustomerRecord.name, "owner_no": StaffRecord.name}

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (DealRecord.code, CustomerRecord.name, StaffRecord.name)

    def title_of(self, session: Session, record_id: int) -> str:
        code = session.scalar(select(DealRecord.code).where(DealRecord.id == record_id))
        return str(code)

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        return []
