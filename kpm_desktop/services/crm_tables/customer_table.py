"""Customers as a browsable table: the owner shown by name."""

from __future__ import annotations

from kpm_desktop.domain.crm_tables import CUSTOMERS
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_tables.crm_table import CrmTable
from kpm_desktop.storage.crm_table_sources import CustomerQueries
from kpm_desktop.storage.sessions import Session


class CustomerTable(CrmTable):
    definition = CUSTOMERS
    queries = CustomerQueries(CUSTOMERS)
    noun = UserText("customer")
    filter_keys = ("region", "source", "industry", "owner_no")

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        counts = self.queries.dependent_counts(session, record_id)
        texts = (
            UserText("{count:,} deals", count=counts["deals"]),
            UserText("{count:,} service tickets", count=counts["tickets"]),
            UserText("{count:,} activities", count=counts["activities"]),
        )
        return [text for text in texts if text.params["count"]]
