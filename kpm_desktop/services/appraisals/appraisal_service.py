"""The appraisal workflow: rate per rater, submit, review, finalize, acknowledge, amend.

Every change runs through `_transition`, which checks the acting user, the state and the
version against the workflow table (domain/workflow.py), so the GUI and the CLI are guarded
alike; `_arrive` then moves the state to the table's target, records an audit entry in the
same unit of work, bumps the appraisal's version counter (a stale copy is refused with
ConflictError) and seals the revision where the table says so. A finalized, acknowledged
or superseded appraisal refuses every edit with LockedError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.appraisal import AppraisalState, amendment_reason
from kpm_desktop.domain.errors import LockedError, UserText, ValidationError
from kpm_desktop.domain.rating import AppraisalScore
from kpm_desktop.domain.rubric import RaterRole, rater_term
from kpm_desktop.domain.scoring import ScoringInputs, score_appraisal, score_rater, score_sheet
from kpm_desktop.domain.seals import SealKind
from kpm_desktop.domain.workflow import Action
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.appraisals.appraisal_convert import entry_of, summary_of
from kpm_desktop.services.appraisals.appraisal_copy import copy_appraisal, rating_record
from kpm_desktop.services.appraisals.appraisal_kpis import KpiSource, write_snapshots
from kpm_desktop.services.appraisals.appraisal_list_choices import list_choices
from kpm_desktop.services.appraisals.appraisal_loading import (
    build_form,
    cohorts_for,
    load_row,
    load_template,
    require_view_of,
)
from kpm_desktop.services.appraisals.appraisal_turns import with_turns
from kpm_desktop.services.appraisals.appraisal_views import (
    NOT_SCORED_GRADE,
    Acknowledgement,
    AppraisalForm,
    AppraisalSummary,
    ListChoices,
    RatingEntry,
    ScoredForm,
    entry_snapshot,
)
from kpm_desktop.services.appraisals.appraisal_workflow import (
    Step,
    available_actions,
    begin,
    separated_actions,
)
from kpm_desktop.services.appraisals.running_scores import shows_grade, with_running_scores
from kpm_desktop.services.audit_trail.audit import AuditTrail, utc_now
from kpm_desktop.services.audit_trail.seals import Sealer
from kpm_desktop.services.sheets.appraisal_sheet import SheetData, sheet_data_of
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import AppraisalRecord, ResultLineRecord
from kpm_desktop.storage.database import Database, UnitOfWork
from kpm_desktop.storage.version_checks import stale_as_conflict, touch

ENTITY = "appraisal"
Today = Callable[[], date]
# An audit entry's `after`, or a function giving it once the change is flushed.
After = Mapping[str, object] | Callable[[], Mapping[str, object]] | None


def _state_snapshot(record: AppraisalRecord) -> dict[str, object]:
    return {"state": record.state, "version": record.version}


def _entered_from(source: str | None) -> dict[str, object]:
    """The audit entry's note of where ratings came from: "entered from packet P by" the
    entry's user."""
    return {} if source is None else {"entered_from": source}


def _result_lines(appraisal_id: int, score: AppraisalScore) -> list[ResultLineRecord]:
    return [
        ResultLineRecord(
            appraisal_id=appraisal_id,
            rater_role=rater.role.value,
            indicator_code=line.code,
            effective_weight=line.effective_weight,
            points=line.points,
            label=line.label,
            earned=line.earned,
            not_applicable=line.not_applicable,
        )
        for rater in score.raters
        for line in rater.indicators
    ]


def _rated_by(uow: UnitOfWork, actor: Actor) -> frozenset[int]:
    """The appraisals with a sheet assigned to the actor (listed even outside their team)."""
    return frozenset() if actor.staff_id is None else repo.rated_by(uow.session, actor.staff_id)


def _visible_rows(
    uow: UnitOfWork,
    guard: AccessGuard,
    actor: Actor,
    period: str | None,
    **filters: Any,
) -> list[repo.AppraisalRow]:
    """The rows of the appraisals of `period` (None: every cycle) the actor may see, by
    their permission or as an assigned rater, matching `filters` (`repo.appraisal_rows`);
    none for a period without a cycle."""
    guard.require(actor, Permission.VIEW_APPRAISAL)
    cycle_id = None
    if period is not None:
        cycle = repo.cycle_by_period(uow.session, period)
        if cycle is None:
            return []
        cycle_id = cycle.id
    return repo.appraisal_rows(
        uow.session,
        cycle_id=cycle_id,
        staff_ids=guard.reachable_staff(actor, Permission.VIEW_APPRAISAL),
        also_ids=_rated_by(uow, actor),
        **filters,
    )


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
    def plain_list(self, actor: Actor, period: str) -> list[AppraisalSummary]:
        """The current appraisals of `period` that `list` gives, in its order, without
        whose turn it is and running scores (`total` and `grade` are the stored ones):
        what a cycle export names its files by, in a tenth of the time."""
        with self._database.unit_of_work() as uow:
            rows = _visible_rows(uow, AccessGuard(uow), actor, period, current_only=True)
            return [summary_of(row) for row in rows]

    def list(
        self,
        actor: Actor,
        *,
        period: str | None = None,
        state: AppraisalState | None = None,
        department_id: int | None = None,
        current_only: bool = False,
        waiting_only: bool = False,
        grade: str | None = None,
        disagreements: bool = False,
    ) -> list[AppraisalSummary]:
        """The appraisals the actor may see, each with its turn; `waiting_only` keeps those
        waiting for the actor to act (the "waiting for me" view). An appraisal not yet
        finalized shows its running score when complete, marked provisional. `grade` keeps
        the grade shown, final or provisional, or with `NOT_SCORED_GRADE` the appraisals
        shown without one; `disagreements` those the employee acknowledged with a
        disagreement."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            rows = _visible_rows(
                uow,
                guard,
                actor,
                period,
                department_id=department_id,
                state=None if state is None else state.value,
                current_only=current_only,
                grade=None if grade == NOT_SCORED_GRADE else grade,
                not_scored=grade == NOT_SCORED_GRADE,
                disagreements=disagreements,
            )
            turns = with_turns(uow, guard, actor, rows)
            kept = [s for s in turns if s.waiting or not waiting_only]
            summaries = with_running_scores(uow, guard, actor, rows, kept)
            return [s for s in summaries if shows_grade(s, grade)]

    def list_choices(self, actor: Actor, period: str | None) -> ListChoices:
        """What the list's department and grade filters offer for the cycle of `period`
        (None: the current appraisals of every cycle)."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_APPRAISAL)
            return list_choices(uow, guard, actor, period)

    def waiting_count(self, actor: Actor) -> int:
        """How many current appraisals, over all cycles, wait for the actor to act."""
        return len(self.list(actor, current_only=True, waiting_only=True))

    def form(self, actor: Actor, appraisal_id: int) -> AppraisalForm:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            require_view_of(uow, guard, actor, appraisal_id)
            form = build_form(uow, guard, actor, appraisal_id)
            record = load_row(uow, appraisal_id).record
            return replace(
                form,
                allowed_actions=available_actions(uow, actor, record),
                separated_actions=separated_actions(uow, actor, record),
            )

    def scored(self, actor: Actor, appraisal_id: int) -> ScoredForm:
        """The form with its live score (unrated indicators earn 0 until rated)."""
        return ScoredForm.of(self.form(actor, appraisal_id))

    def sheet_data(self, actor: Actor, appraisal_id: int) -> SheetData:
        """A plain, complete description of the appraisal (`kpm appraisal show`); its
        moments are times of the office's zone."""
        scored = self.scored(actor, appraisal_id)
        with self._database.engine.connect() as connection:
            return sheet_data_of(scored, read_office_zone(connection))

    def available_actions(self, actor: Actor, appraisal_id: int) -> frozenset[Action]:
        """What `actor` may do to the appraisal now, by the workflow table."""
        with self._database.unit_of_work() as uow:
            require_view_of(uow, AccessGuard(uow), actor, appraisal_id)
            return available_actions(uow, actor, load_row(uow, appraisal_id).record)

    # Edits (the state stays)
    def save_ratings(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        entries: Mapping[str, RatingEntry],
        expected_version: int | None,
        *,
        source: str | None = None,
    ) -> AppraisalSummary:
        """Replace one rater's ratings. Partial sheets are fine; each rating given must be
        valid, and N/A needs a reason. `source` (e.g. "packet P-...") says in the audit
        entry where the ratings were entered from."""
        with self._transition(actor, appraisal_id, Action.RATE, expected_version, role) as step:
            record, assignment = step.record, step.assignment
            assert assignment is not None
            if assignment.submitted_at is not None:
                raise LockedError(
                    "The {role} sheet of appraisal {label} is already submitted",
                    role=rater_term(role),
                    label=step.label,
                )
            self._check_entries(step.uow, record, role, entries, step.label)
            session = step.uow.session
            before = {
                r.indicator_code: entry_snapshot(entry_of(r))
                for r in sorted(repo.ratings(session, record.id), key=lambda r: r.indicator_code)
                if r.assignment_id == assignment.id
            }
            repo.delete_ratings(session, assignment.id)
            for code, entry in entries.items():
                session.add(rating_record(record.id, assignment.id, code, entry))
            after = {code: entry_snapshot(e) for code, e in sorted(entries.items())}
            return self._arrive(
                step,
                actor,
                {"rater": role.value, "ratings": before},
                {"rater": role.value, "ratings": after, **_entered_from(source)},
            )

    def save_feedback(
        self,
        actor: Actor,
        appraisal_id: int,
        overall_comment: str,
        improvement_plan: str,
        expected_version: int | None,
        *,
        source: str | None = None,
    ) -> AppraisalSummary:
        """The overall comment and improvement plan (反馈改进), by those who score the staff."""
        with self._transition(actor, appraisal_id, Action.FEEDBACK, expected_version) as step:
            record = step.record
            before = {"overall_comment": record.overall_comment, "plan": record.improvement_plan}
            record.overall_comment = overall_comment.strip()
            record.improvement_plan = improvement_plan.strip()
            after = {
                "overall_comment": record.overall_comment,
                "plan": record.improvement_plan,
                **_entered_from(source),
            }
            return self._arrive(step, actor, before, after)

    def refresh_kpis(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary:
        """Recompute the KPI figures of the KPI-linked indicators from the CRM data."""
        with self._transition(actor, appraisal_id, Action.REFRESH_KPIS, expected_version) as step:
            uow, record = step.uow, step.record
            row = load_row(uow, appraisal_id)
            template = load_template(uow, record.template_id)
            before = {s.indicator_code: s.value for s in repo.snapshots(uow.session, record.id)}
            written = write_snapshots(
                uow, self._kpis, row.period, template, {record.id: row.employee_no}, self._clock()
            )
            after = {code: figure.value for code, figure in written.get(record.id, {}).items()}
            return self._arrive(step, actor, before, after)

    # Steps (the state moves)
    def submit(
        self,
        actor: Actor,
        appraisal_id: int,
        role: RaterRole,
        expected_version: int | None = None,
    ) -> AppraisalSummary:
        """A rater hands in a complete sheet; when all have, the appraisal is submitted."""
        with self._transition(actor, appraisal_id, Action.SUBMIT, expected_version, role) as step:
            assignment = step.assignment
            assert assignment is not None
            if assignment.submitted_at is not None:
                raise ValidationError(
                    "The {role} sheet of {label} is already submitted",
                    role=rater_term(role),
                    label=step.label,
                )
            form = build_form(step.uow, step.guard, actor, appraisal_id)
            rater = form.rater(role)
            assert rater is not None
            score_rater(form.template, rater.as_ratings(), form.scoring_inputs())
            assignment.submitted_at = self._clock()
            assignment.submitted_by = actor.user_id
            return self._arrive(
                step,
                actor,
                _state_snapshot(step.record),
                lambda: {**_state_snapshot(step.record), "rater": role.value},
                audit_action=f"submit_{role.value}",
            )

    def review(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary:
        with self._transition(actor, appraisal_id, Action.REVIEW, expected_version) as step:
            before = _state_snapshot(step.record)
            step.record.reviewed_at = self._clock()
            step.record.reviewed_by = actor.user_id
            return self._arrive(step, actor, before, None)

    def finalize(
        self, actor: Actor, appraisal_id: int, expected_version: int | None = None
    ) -> AppraisalSummary:
        """Score every rater, store the result, mark the template version in use, lock."""
        with self._transition(actor, appraisal_id, Action.FINALIZE, expected_version) as step:
            uow, record = step.uow, step.record
            form = build_form(uow, step.guard, actor, appraisal_id)
            score = score_appraisal(
                form.template, [r.as_ratings() for r in form.raters], form.scoring_inputs()
            )
            uow.session.add_all(_result_lines(record.id, score))
            before = _state_snapshot(record)
            record.total = score.final
            record.grade = score.grade
            record.finalized_at = self._clock()
            record.finalized_by = actor.user_id
            template = repo.template_record(uow.session, record.template_id)
            assert template is not None
            template.in_use = True
            after = {"total": score.final, "grade": score.grade}
            return self._arrive(step, actor, before, after)

    def acknowledge(
        self,
        actor: Actor,
        appraisal_id: int,
        on: date | None = None,
        said: Acknowledgement | None = None,
    ) -> AppraisalSummary:
        """The employee confirms having seen their finalized sheet, with the date, and may
        say whether they agree (a disagreement is flagged for HR) with a comment."""
        with self._transition(actor, appraisal_id, Action.ACKNOWLEDGE, None) as step:
            record = step.record
            before = _state_snapshot(record)
            record.acknowledged_on = on or self._today()
            after: dict[str, object] = {"acknowledged_on": record.acknowledged_on}
            if said is not None:
                record.acknowledgement = "agree" if said.agrees else "disagree"
                record.acknowledgement_comment = said.comment.strip() or None
                after["acknowledgement"] = record.acknowledgement
                after["comment"] = record.acknowledgement_comment
            return self._arrive(step, actor, before, after)

    def amend(self, actor: Actor, appraisal_id: int, reason: str) -> AppraisalSummary:
        """A correction of a finalized appraisal: a new draft revision copying its ratings,
        linked to the old one, which is kept and marked superseded."""
        text = amendment_reason(reason)
        with self._transition(actor, appraisal_id, Action.AMEND, None) as step:
            old = step.record
            new = copy_appraisal(step.uow, old, text, self._clock())
            opened = {"revision": new.revision, "supersedes": old.id, "reason": text}
            self._arrive(
                step,
                actor,
                _state_snapshot(old),
                lambda: {**_state_snapshot(old), "superseded_by": new.id},
                audit_action="supersede",
                also=[(new.id, "amend", opened)],
            )
            return summary_of(load_row(step.uow, new.id))

    # Helpers
    @contextmanager
    def _transition(
        self,
        actor: Actor,
        appraisal_id: int,
        action: Action,
        expected_version: int | None,
        role: RaterRole | None = None,
    ) -> Iterator[Step]:
        """A unit of work in which `action` has passed the table's checks (appraisal_workflow)."""
        with self._database.unit_of_work() as uow:
            yield begin(uow, actor, appraisal_id, action, expected_version, role)

    def _arrive(
        self,
        step: Step,
        actor: Actor,
        before: Mapping[str, object] | None,
        after: After,
        *,
        audit_action: str | None = None,
        also: Sequence[tuple[int, str, Mapping[str, object]]] = (),
    ) -> AppraisalSummary:
        """Move the record to the transition's target, audit the change (and `also` the
        entries on other revisions), seal it where the table says so, and commit."""
        uow, record, transition = step.uow, step.record, step.transition
        if not transition.per_rater or all(
            a.submitted_at is not None for a in repo.assignments(uow.session, record.id)
        ):
            record.state = transition.target.value
        with stale_as_conflict(UserText("Appraisal {label}", label=step.label)):
            touch(record, self._clock())  # bumps the version even when only children changed
            uow.session.flush()
            written = after() if callable(after) else after
            action = audit_action or transition.action.value
            self._audit.record(uow, actor, ENTITY, record.id, action, before, written)
            for other_id, other_action, other_after in also:
                self._audit.record(uow, actor, ENTITY, other_id, other_action, None, other_after)
            if transition.seals:
                self._sealer.seal(uow, actor, SealKind.APPRAISAL, record.id)
            uow.commit()
        return summary_of(load_row(uow, record.id))

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
