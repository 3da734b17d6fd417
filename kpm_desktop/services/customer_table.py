"""Customers as a browsable table: the owner shown by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import FromClause, SQLColumnExpression, select
from sqlalchemy.orm import Session

from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_table import (
    CrmTable,
    count_where,
    field_of,
    form_values_with_keys,
    resolve_reference,
)
from kpm_desktop.services.table_spec import ColumnSpec, FieldSpec, FieldValidationError, ValueKind
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    ServiceTicketRecord,
    StaffRecord,
)


class CustomerTable(CrmTable):
    record = CustomerRecord
    noun = UserText("customer")
    business_key = "code"
    columns = (
        ColumnSpec("code", "Code"),
        ColumnSpec("name", "Name"),
        ColumnSpec("industry", "Industry"),
        ColumnSpec("region", "Region"),
        ColumnSpec("owner", "Owner"),
        ColumnSpec("source", "Source"),
        ColumnSpec("created_on", "Created on", ValueKind.DATE),
        ColumnSpec("phone", "Phone"),
        ColumnSpec("contact_name", "Contact", shown_by_default=False),
        ColumnSpec("email", "Email", shown_by_default=False),
        ColumnSpec("address", "Address", shown_by_default=False),
        ColumnSpec("churned_on", "Churned on", ValueKind.DATE, shown_by_default=False),
    )
    fields = (
        FieldSpec("code", "Code", required=True, max_length=32),
        FieldSpec("name", "Name", required=True, max_length=200),
        FieldSpec("industry", "Industry", max_length=50),
        FieldSpec("region", "Region", max_length=50),
        FieldSpec("owner", "Owner", hint="employee no."),
        FieldSpec("source", "Source", max_length=50),
        FieldSpec("created_on", "Created on", ValueKind.DATE, required=True),
        FieldSpec("churned_on", "Churned on", ValueKind.DATE),
        FieldSpec("contact_name", "Contact", max_length=100),
        FieldSpec("phone", "Phone", max_length=32),
        FieldSpec("email", "Email", max_length=120),
        FieldSpec("address", "Address", max_length=200),
    )

    def source(self) -> FromClause:
        return CustomerRecord.__table__.outerjoin(  # type: ignore[attr-defined,no-any-return]
            StaffRecord, StaffRecord.id == CustomerRecord.owner_id
        )

    def expressions(self) -> Mapping[str, SQLColumnExpression[Any]]:
        return {
            "code": CustomerRecord.code,
            "name": CustomerRecord.name,
            "industry": CustomerRecord.industry,
            "region": CustomerRecord.region,
            "owner": StaffRecord.name,
            "source": CustomerRecord.source,
            "created_on": CustomerRecord.created_on,
            "phone": CustomerRecord.phone,
            "contact_name": CustomerRecord.contact_name,
            "email": CustomerRecord.email,
            "address": CustomerRecord.address,
            "churned_on": CustomerRecord.churned_on,
        }

    def search_expressions(self) -> Sequence[SQLColumnExpression[Any]]:
        return (CustomerRecord.name, CustomerRecord.code, CustomerRecord.phone)

    def title_of(self, session: Session, record_id: int) -> str:
        row = session.execute(
            select(CustomerRecord.code, CustomerRecord.name).where(CustomerRecord.id == record_id)
        ).one()
        return f"{row.code} {row.name}"

    def to_record_values(
        self, session: Session, values: Mapping[str, object], record_id: int | None
    ) -> dict[str, object]:
        self.check_unique(
            session, CustomerRecord.code, values["code"], field_of(self.fields, "code"), record_id
        )
        owner_id = resolve_reference(
            session,
            StaffRecord.employee_no,
            values["owner"],
            field_of(self.fields, "owner"),
            UserText("employee no."),
        )
        created, churned = values["created_on"], values["churned_on"]
        if isinstance(churned, date) and isinstance(created, date) and churned < created:
            raise FieldValidationError(
                "Churned on {churned} is before Created on {created}",
                field="churned_on",
                churned=churned,
                created=created,
            )
        email = str(values["email"])
        if email and "@" not in email:
            raise FieldValidationError(
                "Email '{email}' is not an email address", field="email", email=email
            )
        result = {key: values[key] for key in values if key != "owner"}
        result["owner_id"] = owner_id
        return result

    def form_values(self, session: Session, record: Any) -> dict[str, object]:
        references = {"owner": ("owner_id", StaffRecord.employee_no)}
        return form_values_with_keys(session, record, self.fields, references)

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
