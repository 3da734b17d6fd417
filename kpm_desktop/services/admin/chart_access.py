"""The access rule over the organisation chart, wherever the chart was read from: the
services' `AccessGuard` reads it through the ORM, `kpm pdf --appraisal` with the
standard library's sqlite3 before SQLAlchemy is imported (services/sheets/early_sheet.py).
One rule (domain/access.py), one class; no SQLAlchemy here."""

from __future__ import annotations

from collections.abc import Callable

from kpm_desktop.domain.access import (
    Actor,
    OrgChart,
    Permission,
    Scope,
    is_allowed,
    reachable_staff,
    scope_of,
)


class ChartAccess:
    """Checks against the chart `read_chart` gives, read once, on the first check that
    needs it."""

    def __init__(self, read_chart: Callable[[], OrgChart]) -> None:
        self._read_chart = read_chart
        self._org: OrgChart | None = None

    @property
    def org_chart(self) -> OrgChart:
        if self._org is None:
            self._org = self._read_chart()
        return self._org

    def _needs_chart(self, actor: Actor, permission: Permission, staff_id: int | None) -> bool:
        scope = scope_of(actor.role, permission)
        return staff_id is not None and scope in (Scope.TEAM, Scope.TEAM_AND_SELF)

    def allows(self, actor: Actor, permission: Permission, staff_id: int | None = None) -> bool:
        org = self.org_chart if self._needs_chart(actor, permission, staff_id) else OrgChart()
        return is_allowed(actor, permission, org, staff_id)

    def reachable_staff(self, actor: Actor, permission: Permission) -> frozenset[int] | None:
        """Staff ids a list may show for `permission`; None means no restriction."""
        scope = scope_of(actor.role, permission)
        org = self.org_chart if scope in (Scope.TEAM, Scope.TEAM_AND_SELF) else OrgChart()
        return reachable_staff(actor, permission, org)
