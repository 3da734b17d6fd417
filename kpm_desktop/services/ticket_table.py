"""Service tickets as a browsable table: customer and handling staff shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import (
    CrmTable,
    field_of,
    form_values_with_keys,
    resolve_reference,
)
from kpm_desktop.services.table_spec import (
    ColumnSpec,
    FieldSpec,
    FieldValidationError,
    ValueKind,
    field_term,
)
from kpm_desktop.storage.records import CustomerRecord, ServiceTicketRecord, StaffRecord

# (field, lowest, highest) of the scores a ticket may carry
_SCORE_RANGES = (("satisfaction", 0, 100), ("rating_10", 1, 10))


class TicketTable(CrmTable):
    record = ServiceTicketRecord
    noun = UserText("service ticket")
    business_key = "code"
    owner_key = "staff_id"
    columns = (
        ColumnSpec("code", "Code"),
        ColumnSpec("subject", "Subject"),
        ColumnSpec("customer", "Customer"),
        ColumnSpec("staff", "Handled by"),
        ColumnSpec("opened_at", "Opened", ValueKind.DATETIME),
        ColumnSpec("first_response_at", "First response", ValueKind.DATETIME),
        ColumnSpec("resolved_at", "Resolved", ValueKind.DATETIME),
        ColumnSpec("satisfaction", "Satisfaction", ValueKind.INTEGER),
        ColumnSpec("complaint", "Complaint", ValueKind.BOOLEAN),
        ColumnSpec("resolved_first_contact", "First-contact fix", ValueKind.BOOLEAN, False),
        ColumnSpec("repeat_issue", "Repeat issue", ValueKind.BOOLEAN, False),
        ColumnSpec("rating_10", "Rating (1-10)", ValueKind.INTEGER, False),
    )
    fields = (
        FieldSpec("code", "Code", required=True, max_length=32),
        FieldSpec("customer", "Customer", required=True, hint="customer code"),
        FieldSpec("staff", "Handled by", required=True, hint="employee no."),
        FieldSpec("subject", "Subject", max_length=200),
        FieldSpec("opened_at", "Opened", ValueKind.DATETIME, required=True),
        FieldSpec("first_response_at", "First response", ValueKind.DATETIME),
        FieldSpec("resolved_at", "Resolved", ValueKind.DATETIME),
        FieldSpec("resolved_first_contact", "First-contact fix", ValueKind.BOOLEAN),
        FieldSpec("repeat_issue", "Repeat issue", ValueKind.BOOLEAN),
        FieldSpec("complaint", "Complaint", ValueKind.BOOLEAN),
        FieldSpec("satisfaction", "Satisfaction", ValueKind.INTEGER, hint="0-100"),
        FieldSpec("rating_10", "Rating (1-10)", ValueKind.INTEGER, hint="1-10"),
    )

    def source(self) -> FromClause:
        return ServiceTicketRecord.__table__.join(  # type: ignore[attr-defined]
            CustomerRecord, CustomerRecord.id == ServiceTicketRecord.customer_id
        ).join(StaffRecord, StaffRecord.id == ServiceTicketRecord.staff_id)

    def expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        names: dict[str, SQLColumnExpression[Any]] = {
            "customer": CustomerRecord.name,
            "staff": StaffRecord.name,
        }
        own = {
            spec.key: getattr(ServiceTicketRecord, spec.key)
            for spec in self.columns
            if spec.key not in names
        }
        return {**own, **names}

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (ServiceTicketRecord.code, ServiceTicketRecord.subject, CustomerRecord.name)

    def title_of(self, session: Session, record_id: int) -> str:
        return str(
            session.scalar(
                select(ServiceTicketRecord.code).where(ServiceTicketRecord.id == record_id)
            )
        )

    def to_record_values(
        self, session: Session, values: Mapping[str, object], record_id: int | None
    ) -> dict[str, object]:
        self.check_unique(
            session,
            ServiceTicketRecord.code,
            values["code"],
            field_of(self.fields, "code"),
            record_id,
        )
        customer_id = resolve_reference(
            session,
            CustomerRecord.code,
            values["customer"],
            field_of(self.fields, "customer"),
            UserText("customer code"),
        )
        staff_id = resolve_reference(
            session,
            StaffRecord.employee_no,
            values["staff"],
            field_of(self.fields, "staff"),
            UserText("employee no."),
        )
        _check_scores(values)
        _check_times(values)
        result = {key: values[key] for key in values if key not in ("customer", "staff")}
        result.update(customer_id=customer_id, staff_id=staff_id)
        return result

    def form_values(self, session: Session, record: Any) -> dict[str, object]:
        references = {
            "customer": ("customer_id", CustomerRecord.code),
            "staff": ("staff_id", StaffRecord.employee_no),
        }
        return form_values_with_keys(session, record, self.fields, references)

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        return []


def _check_scores(values: Mapping[str, object]) -> None:
    for key, lowest, highest in _SCORE_RANGES:
        value = values[key]
        if isinstance(value, int) and not lowest <= value <= highest:
            label = field_term(field_of(TicketTable.fields, key))
            raise FieldValidationError(
                "{label} must be between {lowest} and {highest}, not {value}",
                field=key,
                label=label,
                lowest=lowest,
                highest=highest,
                value=value,
            )


def _check_times(values: Mapping[str, object]) -> None:
    opened = values["opened_at"]
    for key in ("first_response_at", "resolved_at"):
        moment = values[key]
        if isinstance(moment, datetime) and isinstance(opened, datetime) and moment < opened:
            label = field_term(field_of(TicketTable.fields, key))
            raise FieldValidationError(
                "{label} {moment} is before Opened {opened}",
                field=key,
                label=label,
                moment=moment,
                opened=opened,
            )
