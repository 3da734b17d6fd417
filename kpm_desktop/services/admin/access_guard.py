"""Role and team checks for services, against the organisation chart in the database (the
rule itself is chart_access.ChartAccess's).

Create one guard per unit of work: the chart is read once (one query) on the first check
that needs it and reused for the rest of that unit of work.

    with database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        guard.require(actor, Permission.SCORE_APPRAISAL, staff_id=appraisal.staff_id)
"""

from __future__ import annotations

from kpm_desktop.domain.access import Actor, Permission, denial
from kpm_desktop.domain.errors import UserText
from kpm_desktop.services.admin.chart_access import ChartAccess
from kpm_desktop.storage import user_repository as users
from kpm_desktop.storage.database import UnitOfWork


class AccessGuard(ChartAccess):
    def __init__(self, uow: UnitOfWork) -> None:
        super().__init__(lambda: users.load_org_chart(uow.session))
        self._uow = uow

    def require(
        self,
        actor: Actor,
        permission: Permission,
        staff_id: int | None = None,
        record: UserText | None = None,
    ) -> None:
        """Raise PermissionDeniedError unless allowed. `record` names the target in the
        message (default: the staff member's number and name)."""
        if self.allows(actor, permission, staff_id):
            return
        if record is None and staff_id is not None:
            label = users.staff_label(self._uow.session, staff_id)
            record = UserText("staff {staff}", staff=label or staff_id)
        raise denial(actor, permission, record)

    def reaches_everyone(self, actor: Actor, permission: Permission) -> bool:
        """Whether `permission` reaches every staff member: HR, viewers, and whoever leads
        the whole company. Company figures are shown only to them."""
        reach = self.reachable_staff(actor, permission)
        return reach is None or reach >= self.org_chart.supervisor_of.keys()
