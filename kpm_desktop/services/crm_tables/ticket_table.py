"""Service tickets as a browsable table: customer and handling staff shown by name."""

from __future__ import annotations

from kpm_desktop.domain.crm_tables import TICKETS
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_tables.crm_table import CrmTable
from kpm_desktop.storage.crm_table_sources import TicketQueries
from kpm_desktop.storage.sessions import Session


class TicketTable(CrmTable):
    definition = TICKETS
    queries = TicketQueries(TICKETS)
    noun = UserText("service ticket")
    filter_keys = ("staff_no",)

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        return []
