"""Deals as a browsable table: customer and owner shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.crm import DEAL_STAGES, DealStatus
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import (
    CrmTable,
    field_of,
    form_values_with_keys,
    resolve_reference,
)
from kpm_desktop.services.table_spec import ColumnSpec, FieldSpec, FieldValidationError, ValueKind
from kpm_desktop.storage.records import CustomerRecord, DealRecord, StaffRecord


class DealTable(CrmTable):
    record = DealRecord
    noun = UserText("deal")
    business_key = "code"
    columns = (
        ColumnSpec("code", "Code"),
        ColumnSpec("customer", "Customer"),
        ColumnSpec("owner", "Owner"),
        ColumnSpec("stage", "Stage"),
        ColumnSpec("status", "Status"),
        ColumnSpec("amount", "Amount", ValueKind.MONEY),
        ColumnSpec("items", "Items", ValueKind.INTEGER),
        ColumnSpec("created_on", "Created on", ValueKind.DATE),
        ColumnSpec("closed_on", "Closed on", ValueKind.DATE),
        ColumnSpec("first_contact_on", "First contact", ValueKind.DATE, shown_by_default=False),
    )
    fields = (
        FieldSpec("code", "Code", required=True, max_length=32),
        FieldSpec("customer", "Customer", required=True, hint="customer code"),
        FieldSpec("owner", "Owner", required=True, hint="employee no."),
        FieldSpec("stage", "Stage", required=True, choices=DEAL_STAGES),
        FieldSpec("status", "Status", required=True, choices=tuple(s.value for s in DealStatus)),
        FieldSpec("amount", "Amount", ValueKind.MONEY, required=True),
        FieldSpec("items", "Items", ValueKind.INTEGER, required=True),
        FieldSpec("first_contact_on", "First contact", ValueKind.DATE),
        FieldSpec("created_on", "Created on", ValueKind.DATE, required=True),
        FieldSpec("closed_on", "Closed on", ValueKind.DATE),
    )

    def source(self) -> FromClause:
        return DealRecord.__table__.join(  # type: ignore[attr-defined]
            CustomerRecord, CustomerRecord.id == DealRecord.customer_id
        ).join(StaffRecord, StaffRecord.id == DealRecord.owner_id)

    def expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {
            "code": DealRecord.code,
            "customer": CustomerRecord.name,
            "owner": StaffRecord.name,
            "stage": DealRecord.stage,
            "status": DealRecord.status,
            "amount": DealRecord.amount,
            "items": DealRecord.items,
            "created_on": DealRecord.created_on,
            "closed_on": DealRecord.closed_on,
            "first_contact_on": DealRecord.first_contact_on,
        }

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (DealRecord.code, CustomerRecord.name, StaffRecord.name)

    def title_of(self, session: Session, record_id: int) -> str:
        code = session.scalar(select(DealRecord.code).where(DealRecord.id == record_id))
        return str(code)

    def to_record_values(
        self, session: Session, values: Mapping[str, object], record_id: int | None
    ) -> dict[str, object]:
        self.check_unique(
            session, DealRecord.code, values["code"], field_of(self.fields, "code"), record_id
        )
        customer_id = resolve_reference(
            session,
            CustomerRecord.code,
            values["customer"],
            field_of(self.fields, "customer"),
            UserText("customer code"),
        )
        owner_id = resolve_reference(
            session,
            StaffRecord.employee_no,
            values["owner"],
            field_of(self.fields, "owner"),
            UserText("employee no."),
        )
        items = values["items"]
        if isinstance(items, int) and items < 0:
            raise FieldValidationError(
                "Items must not be negative: {items}", field="items", items=items
            )
        _check_dates(values)
        result = {key: values[key] for key in values if key not in ("customer", "owner")}
        result.update(customer_id=customer_id, owner_id=owner_id)
        return result

    def form_values(self, session: Session, record: Any) -> dict[str, object]:
        references = {
            "customer": ("customer_id", CustomerRecord.code),
            "owner": ("owner_id", StaffRecord.employee_no),
        }
        return form_values_with_keys(session, record, self.fields, references)

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        return []


def _check_dates(values: Mapping[str, object]) -> None:
    created, closed, first = values["created_on"], values["closed_on"], values["first_contact_on"]
    status = values["status"]
    if status == DealStatus.OPEN and closed is not None:
        raise FieldValidationError(
            "Closed on must be empty while the deal is open", field="closed_on"
        )
    if status != DealStatus.OPEN and closed is None:
        raise FieldValidationError(
            "Closed on is required for a {status} deal", field="closed_on", status=status
        )
    if isinstance(closed, date) and isinstance(created, date) and closed < created:
        raise FieldValidationError(
            "Closed on {closed} is before Created on {created}",
            field="closed_on",
            closed=closed,
            created=created,
        )
    if isinstance(first, date) and isinstance(created, date) and first > created:
        raise FieldValidationError(
            "First contact {first} is after Created on {created}",
            field="first_contact_on",
            first=first,
            created=created,
        )
