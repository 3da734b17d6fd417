"""Appraisal cycles: create one for a period with its templates, create its appraisals for
all active staff with raters from the organisation chart, list, and close (quota check)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.appraisal import (
    LOCKED_STATES,
    AppraisalState,
    CycleStatus,
    override_reason,
    state_term,
)
from kpm_desktop.domain.errors import ConflictError, NotFoundError, UserText, ValidationError
from kpm_desktop.domain.extra_raters import with_extra_raters
from kpm_desktop.domain.period import Period
from kpm_desktop.domain.rubric import (
    RaterRole,
    RaterWeight,
    RubricTemplate,
    TemplateStatus,
    rater_term,
)
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_kpis import KpiSource, write_snapshots
from kpm_desktop.services.appraisals.appraisal_loading import load_template
from kpm_desktop.services.appraisals.calibration_service import CalibrationService
from kpm_desktop.services.appraisals.calibration_views import QuotaGroup
from kpm_desktop.services.appraisals.cycle_views import BulkReport, CycleSummary, TemplateChoice
from kpm_desktop.services.audit_trail.audit import AuditTrail, utc_now
from kpm_desktop.services.audit_trail.seals import Sealer, refuse_if_set_back
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleExtraRaterRecord,
    CycleRecord,
    CycleTemplateRecord,
    RaterAssignmentRecord,
)
from kpm_desktop.storage.database import Database, UnitOfWork

ProgressCallback = Callable[[int, int], None]
_ORG_ROLES = (RaterRole.SELF, RaterRole.SUPERIOR, RaterRole.DEPARTMENT_HEAD)


class CycleService:
    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        kpis: KpiSource,
        calibration: CalibrationService,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._database = database
        self._audit = audit
        self._sealer = Sealer(audit)
        self._kpis = kpis
        self._calibration = calibration
        self._clock = clock

    def list_cycles(self, actor: Actor) -> list[CycleSummary]:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_APPRAISAL)
            return [self._summary(uow, c) for c in repo.all_cycles(uow.session)]

    def get(self, actor: Actor, period: str) -> CycleSummary:
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.VIEW_APPRAISAL)
            return self._summary(uow, self._cycle(uow, period))

    def rater_preview(
        self, actor: Actor, template_id: int, extras: Sequence[RaterWeight]
    ) -> tuple[RaterWeight, ...]:
        """The raters and weights an appraisal on the template gets with these added."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            return with_extra_raters(load_template(uow, template_id).raters, extras)

    def create_cycle(
        self,
        actor: Actor,
        period: str,
        choices: Sequence[TemplateChoice],
        name: str = "",
        *,
        separation_of_duties: bool = True,
    ) -> CycleSummary:
        """A new open cycle; with `separation_of_duties` (the default) whoever scores an
        appraisal as the superior may not also review or finalize it."""
        text = str(Period.parse(period))
        if not choices:
            raise ValidationError("Cycle {text} needs at least one template", text=text)
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            if repo.cycle_by_period(uow.session, text) is not None:
                raise ConflictError("There is already a cycle for {text}", text=text)
            cycle = CycleRecord(
                period=text,
                name=name.strip() or text,
                status="open",
                separation_of_duties=separation_of_duties,
                created_at=self._clock(),
            )
            uow.session.add(cycle)
            uow.session.flush()
            described = [self._add_choice(uow, cycle, choice) for choice in choices]
            self._audit.record(
                uow,
                actor,
                "cycle",
                text,
                "create",
                None,
                {
                    "name": cycle.name,
                    "templates": described,
                    "separation_of_duties": separation_of_duties,
                },
            )
            uow.commit()
            return self._summary(uow, cycle)

    def bulk_create(
        self, actor: Actor, period: str, progress: ProgressCallback | None = None
    ) -> BulkReport:
        """One appraisal per active staff member and matching template; existing ones are
        refused as duplicates. Raters come from the org chart with the template's weights."""
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            cycle = self._open_cycle(uow, period)
            choices = repo.cycle_templates(uow.session, cycle.id)
            templates = {c.template_id: load_template(uow, c.template_id) for c in choices}
            raters = {c.id: _choice_raters(uow, c, templates[c.template_id]) for c in choices}
            existing = repo.existing_keys(uow.session, cycle.id)
            staff = repo.staff_rows(uow.session)
            report = BulkReport(0)
            created: dict[int, dict[int, str]] = {}
            now = self._clock()
            for number, person in enumerate(staff, start=1):
                choice = _choose(choices, person)
                who = f"{person.employee_no} {person.name}"
                if choice is None:
                    report.without_template.append(who)
                elif (person.id, choice.template_id) in existing:
                    report.duplicates.append(who)
                else:
                    chosen = raters[choice.id]
                    record = self._create_one(uow, actor, cycle, person, choice, chosen, now)
                    report.missing_raters.extend(_missing(person, chosen, who))
                    created.setdefault(choice.template_id, {})[record.id] = person.employee_no
                if progress is not None:
                    progress(number, len(staff))
            for template_id, by_appraisal in created.items():
                write_snapshots(
                    uow, self._kpis, cycle.period, templates[template_id], by_appraisal, now
                )
            uow.commit()
            return BulkReport(
                sum(len(v) for v in created.values()),
                report.duplicates,
                report.without_template,
                report.missing_raters,
            )

    def close(self, actor: Actor, period: str, override: str | None = None) -> CycleSummary:
        """Close the cycle; refused while a grade quota is exceeded or an appraisal is not
        finalized, unless HR gives the reason to close anyway."""
        reason = override_reason(override)
        breaches = self._calibration.breaches(actor, period)
        with self._database.unit_of_work() as uow:
            AccessGuard(uow).require(actor, Permission.MANAGE_CYCLES)
            cycle = self._open_cycle(uow, period)
            unfinished = _unfinished(uow, cycle)
            problems = [*_describe(breaches), *_describe_unfinished(unfinished)]
            if problems and reason is None:
                raise ConflictError(
                    "Cycle {period} cannot be closed: {problems}. "
                    "Correct this, or close with an override reason",
                    period=cycle.period,
                    problems=problems,
                )
            cycle.status = CycleStatus.CLOSED.value
            cycle.closed_at = self._clock()
            cycle.closed_by = actor.user_id
            cycle.close_override_reason = reason if problems else None
            after = {"status": "closed", "override_reason": cycle.close_override_reason,
                     "quota_breaches": [str(text) for text in _describe(breaches)],
                     "not_finalized": [row.employee_no for row in unfinished]}  # fmt: skip
            self._audit.record(
                uow, actor, "cycle", cycle.period, "close", {"status": "open"}, after
            )
            self._sealer.seal(uow, actor, SealKind.CYCLE, cycle.id)
            uow.commit()
            return self._summary(uow, cycle)

    # Helpers
    def _add_choice(self, uow: UnitOfWork, cycle: CycleRecord, choice: TemplateChoice) -> str:
        record = repo.template_record(uow.session, choice.template_id)
        if record is None:
            raise NotFoundError(
                "There is no template with id {template_id}", template_id=choice.template_id
            )
        if record.status != TemplateStatus.ACTIVE.value and not record.in_use:
            raise ValidationError(
                "Template '{name}' v{version} is {status}; a cycle uses active templates only",
                name=record.name,
                version=record.version,
                status=state_term(record.status),
            )
        department_id = None
        if choice.department:
            department = repo.department_by_code_or_name(uow.session, choice.department)
            if department is None:
                raise NotFoundError(
                    "No department '{department}' (give its code or name)",
                    department=choice.department,
                )
            department_id = department.id
        raters = with_extra_raters(load_template(uow, record.id).raters, choice.extra_raters)
        record.in_use = True  # appraisals of this cycle are scored on exactly this version
        stored = CycleTemplateRecord(
            cycle_id=cycle.id,
            template_id=record.id,
            department_id=department_id,
            position=(choice.position or "").strip() or None,
        )
        uow.session.add(stored)
        uow.session.flush()
        for extra in choice.extra_raters:
            uow.session.add(
                CycleExtraRaterRecord(
                    choice_id=stored.id, role=extra.role.value, weight=extra.weight
                )
            )
        scope = choice.position or choice.department or "everyone else"
        weights = ", ".join(f"{r.role.value} {r.weight}" for r in raters)
        return f"{record.name} v{record.version} for {scope} (raters {weights})"

    def _create_one(
        self,
        uow: UnitOfWork,
        actor: Actor,
        cycle: CycleRecord,
        person: repo.StaffRow,
        choice: CycleTemplateRecord,
        rater_weights: Sequence[RaterWeight],
        now: datetime,
    ) -> AppraisalRecord:
        record = AppraisalRecord(
            cycle_id=cycle.id,
            staff_id=person.id,
            template_id=choice.template_id,
            revision=1,
            state="draft",
            overall_comment="",
            improvement_plan="",
            created_at=now,
            updated_at=now,
        )
        uow.session.add(record)
        uow.session.flush()
        raters = {}
        for rater in rater_weights:
            staff_id = _org_rater(person, rater.role)
            uow.session.add(
                RaterAssignmentRecord(
                    appraisal_id=record.id,
                    role=rater.role.value,
                    rater_staff_id=staff_id,
                    weight=rater.weight,
                )
            )
            raters[rater.role.value] = {"staff_id": staff_id, "weight": rater.weight}
        after = {"cycle": cycle.period, "staff": person.employee_no,
                 "template_id": choice.template_id, "raters": raters}  # fmt: skip
        self._audit.record(uow, actor, "appraisal", record.id, "create", None, after)
        return record

    def _cycle(self, uow: UnitOfWork, period: str) -> CycleRecord:
        text = str(Period.parse(period))
        cycle = repo.cycle_by_period(uow.session, text)
        if cycle is None:
            raise NotFoundError("There is no cycle for {text}", text=text)
        return cycle

    def _open_cycle(self, uow: UnitOfWork, period: str) -> CycleRecord:
        cycle = self._cycle(uow, period)
        if cycle.status == CycleStatus.CLOSED.value:
            raise ValidationError("Cycle {period} is closed", period=cycle.period)
        refuse_if_set_back(
            uow,
            SealKind.CYCLE,
            cycle.id,
            cycle.status,
            UserText("Cycle {period}", period=cycle.period),
        )
        return cycle

    def _summary(self, uow: UnitOfWork, cycle: CycleRecord) -> CycleSummary:
        names = []
        for choice in repo.cycle_templates(uow.session, cycle.id):
            template = repo.template_record(uow.session, choice.template_id)
            assert template is not None
            names.append(f"{template.name} v{template.version}")
        count = len(repo.existing_keys(uow.session, cycle.id))
        return CycleSummary(
            cycle.id,
            cycle.period,
            cycle.name,
            CycleStatus(cycle.status),
            count,
            tuple(names),
            cycle.close_override_reason,
            cycle.closed_at,
            cycle.separation_of_duties,
        )


def _choose(
    choices: Sequence[CycleTemplateRecord], person: repo.StaffRow
) -> CycleTemplateRecord | None:
    """The most specific template: by position, then by department, then the default."""
    by_position = [c for c in choices if c.position and c.position == person.position]
    by_department = [
        c for c in choices if c.department_id == person.department_id and not c.position
    ]
    default = [c for c in choices if c.department_id is None and not c.position]
    for candidates in (by_position, by_department, default):
        if candidates:
            return candidates[0]
    return None


def _org_rater(person: repo.StaffRow, role: RaterRole) -> int | None:
    if role is RaterRole.SELF:
        return person.id
    if role is RaterRole.SUPERIOR:
        return person.supervisor_id
    if role is RaterRole.DEPARTMENT_HEAD and person.department_head_id != person.id:
        return person.department_head_id
    return None


def _choice_raters(
    uow: UnitOfWork, choice: CycleTemplateRecord, template: RubricTemplate
) -> tuple[RaterWeight, ...]:
    """The template's raters with those the cycle adds to this choice, rescaled to 100."""
    extras = [
        RaterWeight(RaterRole(e.role), e.weight)
        for e in repo.cycle_extra_raters(uow.session, choice.id)
    ]
    return with_extra_raters(template.raters, extras)


def _missing(person: repo.StaffRow, raters: Sequence[RaterWeight], who: str) -> list[UserText]:
    """Org-chart raters nobody fills; other roles (HR, panel...) are entered by HR."""
    return [
        UserText(
            "{staff}: no {role} (weight {weight}); HR enters that sheet",
            staff=who,
            role=rater_term(r.role),
            weight=r.weight,
        )
        for r in raters
        if r.role in _ORG_ROLES and _org_rater(person, r.role) is None
    ]


def _unfinished(uow: UnitOfWork, cycle: CycleRecord) -> list[repo.AppraisalRow]:
    rows = repo.appraisal_rows(uow.session, cycle_id=cycle.id, current_only=True)
    return [row for row in rows if AppraisalState(row.record.state) not in LOCKED_STATES]


# How many people a refusal names before it only counts the rest.
_NAMED_UNFINISHED = 5


def _describe_unfinished(rows: Sequence[repo.AppraisalRow]) -> list[UserText]:
    if not rows:
        return []
    named = [f"{row.employee_no} {row.staff_name}" for row in rows[:_NAMED_UNFINISHED]]
    if len(rows) > _NAMED_UNFINISHED:
        return [
            UserText(
                "{count} appraisals are not finalized ({staff} and {more} more)",
                count=len(rows),
                staff=", ".join(named),
                more=len(rows) - _NAMED_UNFINISHED,
            )
        ]
    return [
        UserText(
            "{count} appraisals are not finalized ({staff})",
            count=len(rows),
            staff=", ".join(named),
        )
    ]


def _describe(breaches: Sequence[QuotaGroup]) -> list[UserText]:
    return [
        UserText(
            "{department} / {template}: {grade} given to {count}, quota {percent}% allows "
            "{allowed}",
            department=group.department,
            template=group.template,
            grade=b.grade,
            count=b.count,
            percent=b.max_percent,
            allowed=b.allowed,
        )
        for group in breaches
        for b in group.breaches
    ]
