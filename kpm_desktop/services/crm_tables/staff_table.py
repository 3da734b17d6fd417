"""Staff as a browsable table: department and supervisor shown by name."""

from __future__ import annotations

from kpm_desktop.domain.access import Permission
from kpm_desktop.domain.crm_tables import STAFF
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.crm_tables.crm_table import CrmTable
from kpm_desktop.storage.crm_table_sources import StaffQueries
from kpm_desktop.storage.sessions import Session


class StaffTable(CrmTable):
    definition = STAFF
    queries = StaffQueries(STAFF)
    noun = UserText("staff member")
    permission = Permission.VIEW_STAFF
    filter_keys = ("department_code", "position", "supervisor_no")

    def dependents(self, session: Session, record_id: int) -> list[UserText]:
        counts = self.queries.dependent_counts(session, record_id)
        texts = (
            UserText("{count:,} customers owned", count=counts["customers"]),
            UserText("{count:,} deals", count=counts["deals"]),
            UserText("{count:,} service tickets", count=counts["tickets"]),
            UserText("{count:,} activities", count=counts["activities"]),
            UserText("{count:,} staff supervised", count=counts["supervised"]),
            UserText("{count:,} departments headed", count=counts["departments"]),
        )
        return [text for text in texts if text.params["count"]]
