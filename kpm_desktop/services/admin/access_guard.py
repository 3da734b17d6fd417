"""Role and team checks for services, against the organisation chart in the database.

Create one guard per unit of work: the chart is read once (one query) on the first check
that needs it and reused for the rest of that unit of work.

    with database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        guard.require(actor, Permission.SCORE_APPRAISAL, staff_id=appraisal.staff_id)
"""

from __future__ import annotations

from kpm_desktop.domain.access import (
    Actor,
    OrgChart,
    Permission,
    Scope,
    denial,
    is_allowed,
    reachable_staff,
    scope_of,
)
from kpm_desktop.domain.errors import UserText
from kpm_desktop.storage import user_repository as users
from kpm_desktop.storage.database import UnitOfWork


class AccessGuard:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._org: OrgChart | None = None

    @property
    def org_chart(self) -> OrgChart:
        if self._org is None:
            self._org = users.load_org_chart(self._uow.session)
        return self._org

    def _needs_chart(self, actor: Actor, permission: Permission, staff_id: int | None) -> bool:
        scope = scope_of(actor.role, permission)
        return staff_id is not None and scope in (Scope.TEAM, Scope.TEAM_AND_SELF)

    def allows(self, actor: Actor, permission: Permission, staff_id: int | None = None) -> bool:
        org = self.org_chart if self._needs_chart(actor, permission, staff_id) else OrgChart()
        return is_allowed(actor, permission, org, staff_id)

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

    def reachable_staff(self, actor: Actor, permission: Permission) -> frozenset[int] | None:
        """Staff ids a list may show for `permission`; None means no restriction."""
        scope = scope_of(actor.role, permission)
        org = self.org_chart if scope in (Scope.TEAM, Scope.TEAM_AND_SELF) else OrgChart()
        return reachable_staff(actor, permission, org)

    def reaches_everyone(self, actor: Actor, permission: Permission) -> bool:
        """Whether `permission` reaches every staff member: HR, viewers, and whoever leads
        the whole company. Company figures are shown only to them."""
        reach = self.reachable_staff(actor, permission)
        return reach is None or reach >= self.org_chart.supervisor_of.keys()
