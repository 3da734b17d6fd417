"""Files as Salesforce and HubSpot export them (their real column names and stage
values), naming staff and customers of the database at hand by name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import CustomerRecord, StaffRecord
from tests.services.import_helpers import write_csv

SALESFORCE_HEADER = [
    "Opportunity Name",
    "Account Name",
    "Amount",
    "Close Date",
    "Stage",
    "Created Date",
    "Opportunity Owner",
]
HUBSPOT_HEADER = [
    "Record ID",
    "Deal Name",
    "Deal Stage",
    "Amount",
    "Close Date",
    "Create Date",
    "Deal owner",
    "Pipeline",
    "Associated Company",
]


@dataclass(frozen=True)
class Names:
    owner: str
    owner_no: str
    owner_email: str
    customer: str
    customer_code: str


def names(database: Database) -> Names:
    """A staff member and a customer of the demo company, by name."""
    with database.unit_of_work() as uow:
        staff = uow.session.scalars(select(StaffRecord).order_by(StaffRecord.id)).first()
        customer = uow.session.scalars(select(CustomerRecord).order_by(CustomerRecord.id)).first()
        assert staff is not None and customer is not None
        return Names(staff.name, staff.employee_no, staff.email, customer.name, customer.code)


def salesforce_deals(
    path: Path, who: Names, stage: str = "Negotiation/Review", encoding: str = "utf-8"
) -> Path:
    rows = [
        SALESFORCE_HEADER,
        ["SF-Alpha", who.customer, "12,500.00", "9/15/2026", "Closed Won", "7/1/2026", who.owner],
        ["SF-Beta", who.customer, "8000", "10/30/2026", stage, "8/3/2026", who.owner],
        ["SF-Gamma", who.customer, "3000", "9/20/2026", "Closed Lost", "7/15/2026", who.owner],
    ]
    return write_csv(path, rows, encoding)


def hubspot_deals(path: Path, who: Names) -> Path:
    rows = [
        HUBSPOT_HEADER,
        ["90001", "Big order", "Closed Won", "5000", "2026-09-01 10:30", "2026-07-02 09:00",
         who.owner, "Sales Pipeline", who.customer],
        ["90002", "Pilot", "Contract Sent", "1200", "2026-11-30 00:00", "2026-08-20 14:15",
         who.owner, "Sales Pipeline", who.customer],
    ]  # fmt: skip
    return write_csv(path, rows)
