"""The appraisal workflow: rate per rater, submit, review, finalize, acknowledge, amend.

Every method takes the acting user and checks role and team scope itself, so the GUI and
the CLI are guarded alike. Every change records an audit entry in the same unit of work,
bumps the appraisal's version counter (a stale copy is refused with ConflictError), and a
finalized, acknowledged or superseded appraisal refuses every change with LockedError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.appraisal import (
    AMENDABLE_STATES,
    AppraisalState,
    amendment_reason,
    ensure_editable,
    ensure_state,
    state_term,
)
from kpm_desktop.domain.errors import LockedError, UserText, ValidationError
from kpm_desktop.domain.rubric import RaterRole, rater_term
from kpm_desktop.domain.scoring import ScoringInputs, score_appraisal, score_rater, score_sheet
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.services.access_guard import AccessGuard
from kpm_desktop.services.appraisal_convert import entry_of, summary_of
from kpm_desktop.services.appraisal_copy import copy_appraisal, rating_record
from kpm_desktop.services.appraisal_kpis import KpiSource, write_snapshots
from kpm_desktop.services.appraisal_loading import (
    build_form,
    cohorts_for,
    find_assignment,
    load_row,
    load_template,
    require_rater,
)
from kpm_desktop.services.appraisal_sheet import SheetData, sheet_data_of
from kpm_desktop.services.appraisal_views import (
    AppraisalForm,
    AppraisalSummary,
    RatingEntry,
    ScoredForm,
    entry_snapshot,
)
from kpm_desktop.services.audit import AuditTrail, utc_now
from kpm_desktop.services.office_zone import read_office_zone
from kpm_desktop.services.seals import Sealer, refuse_if_set_back
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import AppraisalRecord, ResultLineRecord
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.version_checks import check_version, stale_as_conflict, touch

ENTITY = "appraisal"
Today = Callable[[], date]


def _state_snapshot(record: AppraisalRecord) -> dict[str, object]:
    return {"state": record.state, "version": record.version}


class AppraisalService:
    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        kpis: KpiSource,
        *,
        clock: Callable[[], datetime] = utc_now,
        today: Today = date.today,
    ) -> None:
        self._database = database
        self._audit = audit
        self._sealer = Sealer(audit)
        self._kpis = kpis
        self._clock = clock
        self._today = today

    # Reading
    def list(
        self,
        actor: Actor,
        *,
        period: str | None = None,
        state: AppraisalState | None = None,
        department_id: int | None = None,
        current_only: bool = False,
    ) -> list[AppraisalSummary]:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_APPRAISAL)
            cycle_id = None
            if period is not None:
                cycle = repo.cycle_by_period(uow.session, period)
                if cycle is None:
                    return []
                cycle_id = cycle.id
            rows = repo.appraisal_rows(
                uow.session,
                cycle_id=cycle_id,
                department_id=department_id,
                state=None if state is None else state.value,
                staff_ids=guard.reachable_staff(actor, Permission.VIEW_APPRAISAL),
                current_only=current_only,
            )
            return [summary_of(row) for row in rows]

    def form(self, actor: Actor, appraisal_id: int) -> AppraisalForm:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            self._require_view(uow, guard, actor, appraisal_id)
            return build_form(uow, guard, actor, appraisal_id)

    def scored(self, actor: Actor, appraisal_id: int) -> ScoredForm:
        """The form with its live score (unrated indicators earn 0 until rated)."""
        form = self.form(actor, appraisal_id)
        try:
            score = score_appraisal(
                form.template,
                [r.as_ratings() for r in form.raters],
                form.scoring_inputs(),
                partial=True,
            )
        except ValidationError as exc:
            return ScoredForm(form, None, str(exc))
        return ScoredForm(form, score)

    def sheet_data(self, actor: Actor, appraisal_id: int) -> SheetData:
        """A plain, complete description of the appraisal (`kpm appraisal show`); its
        moments are times of the office's zone."""
        scored = self.scored(actor, appraisal_id)
        with self._database.engine.connect() as connection:
            return sheet_data_of(scored, read_office_zone(connection))

    # Rating
    def save_ratings(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        entries: Mapping[str, RatingEntry],
        expected_version: int | None,
    ) -> AppraisalSummary:
        """Replace one rater's ratings. Partial sheets are fine; each rating given must be
        valid, and N/A needs a reason."""
        with self._database.unit_of_work() as uow:
            guard, record, label = self._changeable(uow, actor, appraisal_id, expected_version)
            assignment = find_assignment(uow, record, role, label)
            require_rater(guard, actor, record, assignment, label)
            if assignment.submitted_at is not None:
                raise LockedError(
                    "The {role} sheet of appraisal {label} is already submitted",
                    role=rater_term(role),
                    label=label,
                )
            self._check_entries(uow, record, role, entries, label)
            before = {
                r.indicator_code: r
                for r in repo.ratings(uow.session, record.id)
                if r.assignment_id == assignment.id
            }
            before_snapshot = {
                code: entry_snapshot(entry_of(r)) for code, r in sorted(before.items())
            }
            repo.delete_ratings(uow.session, assignment.id)
            for code, entry in entries.items():
                uow.session.add(rating_record(record.id, assignment.id, code, entry))
            after_snapshot = {code: entry_snapshot(e) for code, e in sorted(entries.items())}
            return self._commit(
                uow,
                actor,
                record,
                label,
                "rate",
                {"rater": role.value, "ratings": before_snapshot},
                {"rater": role.value, "ratings": after_snapshot},
            )

    def save_feedback(
        self,
        actor: Actor,
        appraisal_id: int,
        overall_comment: str,
        improvement_plan: str,
        expected_version: int | None,
    ) -> AppraisalSummary:
        """The overall comment and improvement plan (反馈改进), by those who score the staff."""
        with self._database.unit_of_work() as uow:
            guard, record, label = self._changeable(uow, actor, appraisal_id, expected_version)
            guard.require(
                actor,
                Permission.SCORE_APPRAISAL,
                record.staff_id,
                UserText("appraisal {label}", label=label),
            )
            before = {"overall_comment": record.overall_comment, "plan": record.improvement_plan}
            record.overall_comment = overall_comment.strip()
            record.improvement_plan = improvement_plan.strip()
            after = {"overall_comment": record.overall_comment, "plan": record.improvement_plan}
            return self._commit(uow, actor, record, label, "feedback", before, after)

    def refresh_kpis(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary:
        """Recompute the KPI figures of the KPI-linked indicators from the CRM data."""
        with self._database.unit_of_work() as uow:
            guard, record, label = self._changeable(uow, actor, appraisal_id, expected_version)
            guard.require(
                actor,
                Permission.SCORE_APPRAISAL,
                record.staff_id,
                UserText("appraisal {label}", label=label),
            )
            row = load_row(uow, appraisal_id)
            template = load_template(uow, record.template_id)
            before = {s.indicator_code: s.value for s in repo.snapshots(uow.session, record.id)}
            written = write_snapshots(
                uow, self._kpis, row.period, template, {record.id: row.employee_no}, self._clock()
            )
            after = {code: figure.value for code, figure in written.get(record.id, {}).items()}
            return self._commit(uow, actor, record, label, "refresh_kpis", before, after)

    # Transitions
    def submit(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        expected_version: int | None = None,
    ) -> AppraisalSummary:
        """A rater hands in a complete sheet; when all have, the appraisal is submitted."""
        with self._database.unit_of_work() as uow:
            guard, record, label = self._changeable(uow, actor, appraisal_id, expected_version)
            ensure_state(
                AppraisalState(record.state), AppraisalState.DRAFT, UserText("submit"), label
            )
            assignment = find_assignment(uow, record, role, label)
            require_rater(guard, actor, record, assignment, label)
            if assignment.submitted_at is not None:
                raise ValidationError(
                    "The {role} sheet of {label} is already submitted",
                    role=rater_term(role),
                    label=label,
                )
            form = build_form(uow, guard, actor, appraisal_id)
            rater = form.rater(role)
            assert rater is not None
            score_rater(form.template, rater.as_ratings(), form.scoring_inputs())
            assignment.submitted_at = self._clock()
            assignment.submitted_by = actor.user_id
            before = _state_snapshot(record)
            if all(a.submitted_at is not None for a in repo.assignments(uow.session, record.id)):
                record.state = AppraisalState.SUBMITTED.value
            after = {**_state_snapshot(record), "rater": role.value}
            return self._commit(uow, actor, record, label, f"submit_{role.value}", before, after)

    def review(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary:
        with self._database.unit_of_work() as uow:
            guard, record, label = self._changeable(uow, actor, appraisal_id, expected_version)
            guard.require(
                actor,
                Permission.FINALIZE_APPRAISAL,
                record.staff_id,
                UserText("appraisal {label}", label=label),
            )
            ensure_state(
                AppraisalState(record.state), AppraisalState.SUBMITTED, UserText("review"), label
            )
            before = _state_snapshot(record)
            record.state = AppraisalState.REVIEWED.value
            record.reviewed_at = self._clock()
            record.reviewed_by = actor.user_id
            return self._commit(uow, actor, record, label, "review", before, None)

    def finalize(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary:
        """Score every rater, store the result, mark the template version in use, lock."""
        with self._database.unit_of_work() as uow:
            guard, record, label = self._changeable(uow, actor, appraisal_id, expected_version)
            guard.require(
                actor,
                Permission.FINALIZE_APPRAISAL,
                record.staff_id,
                UserText("appraisal {label}", label=label),
            )
            ensure_state(
                AppraisalState(record.state), AppraisalState.REVIEWED, UserText("finalize"), label
            )
            form = build_form(uow, guard, actor, appraisal_id)
            score = score_appraisal(
                form.template, [r.as_ratings() for r in form.raters], form.scoring_inputs()
            )
            for rater in score.raters:
                for line in rater.indicators:
                    uow.session.add(
                        ResultLineRecord(
                            appraisal_id=record.id,
                            rater_role=rater.role.value,
                            indicator_code=line.code,
                            effective_weight=line.effective_weight,
                            points=line.points,
                            label=line.label,
                            earned=line.earned,
                            not_applicable=line.not_applicable,
                        )
                    )
            before = _state_snapshot(record)
            record.state = AppraisalState.FINALIZED.value
            record.total = score.final
            record.grade = score.grade
            record.finalized_at = self._clock()
            record.finalized_by = actor.user_id
            template = repo.template_record(uow.session, record.template_id)
            assert template is not None
            template.in_use = True
            after = {"total": score.final, "grade": score.grade}
            return self._commit(uow, actor, record, label, "finalize", before, after, seal=True)

    def acknowledge(
        self, actor: Actor, appraisal_id: int, on: date | None = None
    ) -> AppraisalSummary:
        """The employee confirms having seen their finalized sheet, with the date."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            row = load_row(uow, appraisal_id)
            record, label = row.record, summary_of(row).label
            guard.require(
                actor,
                Permission.ACKNOWLEDGE,
                record.staff_id,
                UserText("appraisal {label}", label=label),
            )
            if actor.staff_id != record.staff_id:
                raise ValidationError(
                    "Only the employee appraised acknowledges {label}", label=label
                )
            ensure_state(
                AppraisalState(record.state),
                AppraisalState.FINALIZED,
                UserText("acknowledge"),
                label,
            )
            before = _state_snapshot(record)
            record.state = AppraisalState.ACKNOWLEDGED.value
            record.acknowledged_on = on or self._today()
            after = {"acknowledged_on": record.acknowledged_on}
            return self._commit(uow, actor, record, label, "acknowledge", before, after, seal=True)

    def amend(self, actor: Actor, appraisal_id: int, reason: str) -> AppraisalSummary:
        """A correction of a finalized appraisal: a new draft revision copying its ratings,
        linked to the old one, which is kept and marked superseded."""
        text = amendment_reason(reason)
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            row = load_row(uow, appraisal_id)
            old, label = row.record, summary_of(row).label
            guard.require(
                actor,
                Permission.FINALIZE_APPRAISAL,
                old.staff_id,
                UserText("appraisal {label}", label=label),
            )
            if AppraisalState(old.state) not in AMENDABLE_STATES:
                raise ValidationError(
                    "Appraisal {label} is {state}; only a finalized or acknowledged appraisal is "
                    "amended (change a draft directly)",
                    label=label,
                    state=state_term(old.state),
                )
            new = copy_appraisal(uow, old, text, self._clock())
            before = _state_snapshot(old)
            old.state = AppraisalState.SUPERSEDED.value
            with stale_as_conflict(UserText("Appraisal {label}", label=label)):
                touch(old, self._clock())
                uow.session.flush()
            self._audit.record(
                uow, actor, ENTITY, old.id, "supersede", before,
                {**_state_snapshot(old), "superseded_by": new.id},
            )  # fmt: skip
            self._audit.record(
                uow, actor, ENTITY, new.id, "amend", None,
                {"revision": new.revision, "supersedes": old.id, "reason": text},
            )  # fmt: skip
            self._sealer.seal(uow, actor, SealKind.APPRAISAL, old.id)
            with stale_as_conflict(UserText("Appraisal {label}", label=label)):
                uow.commit()
            new_row = load_row(uow, new.id)
            return summary_of(new_row)

    # Helpers
    def _require_view(
        self, uow: UnitOfWork, guard: AccessGuard, actor: Actor, appraisal_id: int
    ) -> None:
        row = load_row(uow, appraisal_id)
        guard.require(
            actor,
            Permission.VIEW_APPRAISAL,
            row.record.staff_id,
            UserText("appraisal {label}", label=summary_of(row).label),
        )

    def _changeable(
        self, uow: UnitOfWork, actor: Actor, appraisal_id: int, expected_version: int | None
    ) -> tuple[AccessGuard, AppraisalRecord, str]:
        guard = AccessGuard(uow)
        row = load_row(uow, appraisal_id)
        record, label = row.record, summary_of(row).label
        guard.require(
            actor,
            Permission.VIEW_APPRAISAL,
            record.staff_id,
            UserText("appraisal {label}", label=label),
        )
        ensure_editable(AppraisalState(record.state), label)
        refuse_if_set_back(
            uow,
            SealKind.APPRAISAL,
            record.id,
            record.state,
            UserText("Appraisal {label}", label=label),
        )
        check_version(UserText("Appraisal {label}", label=label), record.version, expected_version)
        return guard, record, label

    def _check_entries(
        self,
        uow: UnitOfWork,
        record: AppraisalRecord,
        role: RaterRole,
        entries: Mapping[str, RatingEntry],
        label: str,
    ) -> None:
        missing_reason = sorted(
            code
            for code, e in entries.items()
            if e.rating.not_applicable and not e.na_reason.strip()
        )
        if missing_reason:
            raise ValidationError(
                "Appraisal {label}, {role} sheet: indicator {missing_reason} is marked N/A without "
                "a reason",
                label=label,
                role=rater_term(role),
                missing_reason=", ".join(missing_reason),
            )
        template = load_template(uow, record.template_id)
        ratings = {code: e.rating for code, e in entries.items() if not e.rating.not_applicable}
        cohorts = cohorts_for(uow, record, template)
        for code, rating in ratings.items():
            if code in cohorts and rating.value is not None:
                cohorts[code].append(rating.value)
        kpi_values = {s.kpi_key: s.value for s in repo.snapshots(uow.session, record.id)}
        if len(ratings) < len(list(template.indicators())):
            score_sheet(template, ratings, ScoringInputs(cohorts, kpi_values), partial=True)
        elif ratings:
            score_sheet(template, ratings, ScoringInputs(cohorts, kpi_values))

    def _commit(
        self,
        uow: UnitOfWork,
        actor: Actor,
        record: AppraisalRecord,
        label: str,
        action: str,
        before: Mapping[str, object] | None,
        after: Mapping[str, object] | None,
        *,
        seal: bool = False,
    ) -> AppraisalSummary:
        with stale_as_conflict(UserText("Appraisal {label}", label=label)):
            touch(record, self._clock())  # bumps the version even when only children changed
            uow.session.flush()
            self._audit.record(uow, actor, ENTITY, record.id, action, before, after)
            if seal:
                self._sealer.seal(uow, actor, SealKind.APPRAISAL, record.id)
            uow.commit()
        return summary_of(load_row(uow, record.id))
