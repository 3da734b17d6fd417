"""Deals as a browsable table: customer and owner shown by name."""

from __future__ import annotations

from kpm_desktop.domain.crm_tables import DEALS
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_tables.crm_table import CrmTable
from kpm_desktop.storage.crm_table_sources import DealQueries
from kpm_desktop.storage.sessions import Session


class DealTable(CrmTable):
    definition = DEALS
    queries = DealQueries(DEALS)
    noun = UserText("deal")
    filter_keys = ("stage", "status", "owner_no")

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        return []
