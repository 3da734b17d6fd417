"""Calibration of a cycle: each department's appraisals with totals and grades, and the
grade distribution against the templates' forced-distribution quotas.

Only appraisals with a complete score count in a distribution and its quotas; the others
are not scored and are counted beside it (`QuotaGroup.unscored`)."""

from __future__ import annotations

from collections import Counter

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import NotFoundError, ValidationError
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.scoring import check_distribution
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_convert import summary_of
from kpm_desktop.services.appraisals.appraisal_loading import build_form, load_template
from kpm_desktop.services.appraisals.appraisal_views import shown_result
from kpm_desktop.services.appraisals.calibration_views import (
    Calibration,
    CalibrationRow,
    QuotaGroup,
)
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.database import Database, UnitOfWork


class CalibrationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def departments(self, actor: Actor, period: str) -> list[tuple[int, str]]:
        """(id, name) of the departments with appraisals in the cycle that the actor sees."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_APPRAISAL)
            rows = repo.appraisal_rows(
                uow.session,
                cycle_id=self._cycle_id(uow, period),
                staff_ids=guard.reachable_staff(actor, Permission.VIEW_APPRAISAL),
                current_only=True,
            )
            return sorted({(row.department_id, row.department) for row in rows})

    def view(self, actor: Actor, period: str, department_id: int) -> Calibration:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_APPRAISAL)
            cycle_id = self._cycle_id(uow, period)
            return self._calibration(uow, guard, actor, cycle_id, period, department_id)

    def breaches(self, actor: Actor, period: str) -> list[QuotaGroup]:
        """Every department's groups over quota (HR's view of the whole cycle)."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.MANAGE_CYCLES)
            cycle_id = self._cycle_id(uow, period)
            rows = repo.appraisal_rows(uow.session, cycle_id=cycle_id, current_only=True)
            over: list[QuotaGroup] = []
            for department_id in sorted({row.department_id for row in rows}):
                view = self._calibration(uow, guard, actor, cycle_id, period, department_id)
                over.extend(group for group in view.groups if group.breaches)
            return over

    def _calibration(
        self,
        uow: UnitOfWork,
        guard: AccessGuard,
        actor: Actor,
        cycle_id: int,
        period: str,
        department_id: int,
    ) -> Calibration:
        rows = repo.appraisal_rows(
            uow.session,
            cycle_id=cycle_id,
            department_id=department_id,
            staff_ids=guard.reachable_staff(actor, Permission.VIEW_APPRAISAL),
            current_only=True,
        )
        templates: dict[int, RubricTemplate] = {}
        out: list[CalibrationRow] = []
        for row in rows:
            if row.record.template_id not in templates:
                templates[row.record.template_id] = load_template(uow, row.record.template_id)
            out.append(self._row(uow, guard, actor, row))
        groups = []
        for template_id, template in templates.items():
            members = [r for r in out if r.summary.template_id == template_id]
            grades = [r.grade for r in members if r.grade is not None]
            counts = Counter(grades)
            groups.append(
                QuotaGroup(
                    department=rows[0].department,
                    template=f"{template.name} v{template.version}",
                    size=len(grades),
                    unscored=len(members) - len(grades),
                    counts=dict(counts),
                    grades=tuple(b.grade for b in sorted(
                        template.grade_bands, key=lambda b: b.min_total, reverse=True)),
                    quotas=template.quotas,
                    breaches=check_distribution(grades, template.quotas),
                )
            )  # fmt: skip
        name = rows[0].department if rows else ""
        return Calibration(period, name, tuple(out), tuple(groups))

    @staticmethod
    def _row(
        uow: UnitOfWork, guard: AccessGuard, actor: Actor, row: repo.AppraisalRow
    ) -> CalibrationRow:
        """A finished appraisal's stored result, else its live score when complete; an
        incomplete one is not scored (None), left out of the distribution."""
        summary = summary_of(row)
        if summary.state in (AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED):
            return CalibrationRow(summary, *shown_result(summary, None), True)
        form = build_form(uow, guard, actor, summary.id)
        try:
            score = form.live_score()
        except ValidationError:
            return CalibrationRow(summary, None, None, False)
        return CalibrationRow(summary, *shown_result(summary, score), False)

    @staticmethod
    def _cycle_id(uow: UnitOfWork, period: str) -> int:
        text = str(Period.parse(period))
        cycle = repo.cycle_by_period(uow.session, text)
        if cycle is None:
            raise NotFoundError("There is no cycle for {text}", text=text)
        return cycle.id
