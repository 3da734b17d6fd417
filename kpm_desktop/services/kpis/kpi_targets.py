"""KPI targets: set, list, and the effective target of a staff member, department, company.

A department's target is its own when set, else (for sums and counts only) the sum of its
staff's targets; the company's is the sum of its departments' effective targets; n/a when
nobody has one. Ratios do not add up, so their targets never roll up.

Setting and removing targets needs MANAGE_TARGETS, checked in the change's unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.kpi import ScopeLevel, kpi_definition
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.domain.period import Period
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_queries.grouping import COMPANY_KEY
from kpm_desktop.storage.kpi_queries.people import DepartmentEntry, StaffEntry
from kpm_desktop.storage.target_repository import TargetRepository

# group key -> KPI key -> target value
GroupTargets = dict[int, dict[str, Decimal]]
_MAX_LISTED_ERRORS = 5


def _target_key(period: str, kpi: str, staff_no: str | None, department_code: str | None) -> str:
    return f"{period}/{kpi}/{staff_no or department_code}"


class TargetBook:
    """`audit` given, every change is logged in its unit of work with the acting user."""

    def __init__(self, database: Database, audit: AuditTrail | None = None) -> None:
        self._database = database
        self._audit = audit

    def set_targets(self, actor: Actor, targets: Sequence[KpiTarget]) -> int:
        """Write all targets or none; unknown staff or departments are refused by row."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_TARGETS)
            repository = TargetRepository(uow.session)
            staff = repository.staff_ids([t.staff_no for t in targets if t.staff_no])
            departments = repository.department_ids(
                [t.department_code for t in targets if t.department_code]
            )
            errors = [
                UserText(
                    "row {row}: no staff member with employee no. '{staff_no}'",
                    row=number,
                    staff_no=t.staff_no,
                )
                if t.staff_no
                else UserText(
                    "row {row}: no department with code '{code}'",
                    row=number,
                    code=t.department_code,
                )
                for number, t in enumerate(targets, start=1)
                if (t.staff_no and t.staff_no not in staff)
                or (t.department_code and t.department_code not in departments)
            ]
            if errors:
                _refuse(errors)
            for target in targets:
                previous = repository.upsert(
                    target.period,
                    target.kpi,
                    target.value,
                    staff_id=staff.get(target.staff_no or ""),
                    department_id=departments.get(target.department_code or ""),
                )
                if self._audit is not None and previous != target.value:
                    key = _target_key(
                        target.period, target.kpi, target.staff_no, target.department_code
                    )
                    before = None if previous is None else {"value": previous}
                    self._audit.record(
                        uow, actor, "target", key, "set", before, {"value": target.value}
                    )
            uow.commit()
        return len(targets)

    def remove_target(
        self,
        actor: Actor,
        period: str,
        kpi: str,
        *,
        staff_no: str | None,
        department_code: str | None,
    ) -> int:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_TARGETS)
            repository = TargetRepository(uow.session)
            staff_id = repository.staff_ids([staff_no]).get(staff_no) if staff_no else None
            department_id = (
                repository.department_ids([department_code]).get(department_code)
                if department_code
                else None
            )
            if staff_id is None and department_id is None:
                raise ValidationError(
                    "No staff member or department '{value}'", value=staff_no or department_code
                )
            period_text, key = str(Period.parse(period)), kpi_definition(kpi).key
            removed = repository.delete(
                period_text, key, staff_id=staff_id, department_id=department_id
            )
            if self._audit is not None and removed:
                target = _target_key(period_text, key, staff_no, department_code)
                self._audit.record(
                    uow, actor, "target", target, "delete", {"removed": removed}, None
                )
            uow.commit()
        return removed

    def targets_for(self, period: Period | str) -> list[KpiTarget]:
        text = str(Period.parse(period) if isinstance(period, str) else period)
        with self._database.unit_of_work() as uow:
            rows = TargetRepository(uow.session).for_period(text)
        return [
            KpiTarget(text, kpi, value, staff_no, department_code)
            for kpi, value, staff_no, department_code, _staff_id, _department_id in rows
        ]

    def effective(
        self,
        period: Period,
        level: ScopeLevel,
        staff: Sequence[StaffEntry],
        departments: Sequence[DepartmentEntry],
    ) -> GroupTargets:
        with self._database.unit_of_work() as uow:
            rows = TargetRepository(uow.session).for_period(str(period))
        own: GroupTargets = defaultdict(dict)
        department_own: GroupTargets = defaultdict(dict)
        for kpi, value, _no, _code, staff_id, department_id in rows:
            if staff_id is not None:
                own[staff_id][kpi] = Decimal(value)
            elif department_id is not None:
                department_own[department_id][kpi] = Decimal(value)
        if level is ScopeLevel.STAFF:
            return dict(own)
        rolled = _roll_up_staff(own, staff, departments, department_own)
        if level is ScopeLevel.DEPARTMENT:
            return rolled
        company: dict[str, Decimal] = {}
        for targets in rolled.values():
            for kpi, value in targets.items():
                if kpi_definition(kpi).additive:
                    company[kpi] = company.get(kpi, Decimal(0)) + value
        return {COMPANY_KEY: company}


def _roll_up_staff(
    own: GroupTargets,
    staff: Sequence[StaffEntry],
    departments: Sequence[DepartmentEntry],
    department_own: GroupTargets,
) -> GroupTargets:
    summed: GroupTargets = defaultdict(dict)
    for person in staff:
        for kpi, value in own.get(person.id, {}).items():
            if kpi_definition(kpi).additive:
                totals = summed[person.department_id]
                totals[kpi] = totals.get(kpi, Decimal(0)) + value
    return {d.id: {**summed.get(d.id, {}), **department_own.get(d.id, {})} for d in departments}


def _refuse(errors: list[UserText]) -> None:
    more = len(errors) - _MAX_LISTED_ERRORS
    if more > 0:
        raise ValidationError(
            "{problems}; and {more} more", problems=errors[:_MAX_LISTED_ERRORS], more=more
        )
    raise ValidationError("{problems}", problems=errors)
