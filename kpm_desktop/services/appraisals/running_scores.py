"""Running scores for the appraisal list: an appraisal not yet finalized shows the total
and grade its ratings give so far, marked provisional, once its score is complete (every
indicator rated); until then it is not scored. It is scored exactly as the form and
calibration score it (`appraisal_views.live_score`), from records turned into scoring
inputs by the form's own builders (`appraisal_loading.rater_views`, `kpi_figures_of`,
`cohorts_of`).

A list of any length costs the same few queries: the rater sheets, ratings, KPI snapshots,
templates (once per template) and rank values of the listed appraisals are read once each;
the scoring is done in Python."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.appraisal import LOCKED_STATES, AppraisalState
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.domain.rubric_json import template_from_text
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_forms import (
    as_rated,
    cohorts_of,
    kpi_figures_of,
    rater_views,
    rates_only,
)
from kpm_desktop.services.appraisals.appraisal_views import (
    NOT_SCORED_GRADE,
    AppraisalSummary,
    live_score,
    scoring_inputs,
)
from kpm_desktop.storage import appraisal_list_queries as lists
from kpm_desktop.storage import appraisal_repository as repo
from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
)
from kpm_desktop.storage.database import UnitOfWork

# The values entered for a cycle's template's rank indicators, by (code, rater role).
_Cohorts = dict[tuple[str, str], list[Decimal]]


@dataclass(frozen=True)
class _Loaded:
    """What the listed open appraisals are scored from, read in one query each."""

    assignments: Mapping[int, Sequence[RaterAssignmentRecord]]
    ratings: Mapping[int, Sequence[RatingRecord]]
    snapshots: Mapping[int, Sequence[KpiSnapshotRecord]]
    templates: Mapping[int, RubricTemplate]
    rank_values: Mapping[tuple[int, int], _Cohorts]  # by (cycle id, template id)


def with_running_scores(
    uow: UnitOfWork,
    guard: AccessGuard,
    actor: Actor,
    rows: Sequence[repo.AppraisalRow],
    summaries: Sequence[AppraisalSummary],
) -> list[AppraisalSummary]:
    """The summaries (of some of `rows`, by id) with the running total and grade of every
    appraisal not yet finalized whose score is complete, marked provisional. Finalized and
    acknowledged ones keep their stored result. A rater who sees an appraisal only for the
    sheet HR assigned them gets no score: their form shows none either."""
    wanted = {s.id for s in summaries}
    open_rows = [
        r
        for r in rows
        if r.record.id in wanted and AppraisalState(r.record.state) not in LOCKED_STATES
    ]
    loaded = _load(uow, open_rows)
    results: dict[int, tuple[Decimal, str]] = {}
    for row in open_rows:
        record = row.record
        if rates_only(guard, actor, record, loaded.assignments[record.id]):
            continue
        result = _running_result(record, loaded)
        if result is not None:
            results[record.id] = result
    return [
        replace(s, total=results[s.id][0], grade=results[s.id][1], provisional=True)
        if s.id in results
        else s
        for s in summaries
    ]


def shows_grade(summary: AppraisalSummary, grade: str | None) -> bool:
    """Whether the list's grade filter keeps the appraisal: a grade matches the grade
    shown, final or provisional; `NOT_SCORED_GRADE` the appraisals shown as not scored."""
    if grade is None:
        return True
    if grade == NOT_SCORED_GRADE:
        return summary.total is None
    return summary.total is not None and summary.grade == grade


def _running_result(record: AppraisalRecord, loaded: _Loaded) -> tuple[Decimal, str] | None:
    assignments = loaded.assignments[record.id]
    template = as_rated(loaded.templates[record.template_id], assignments)
    entered = loaded.rank_values.get((record.cycle_id, record.template_id), {})
    cohorts = cohorts_of(template, entered)
    try:
        score = live_score(
            template,
            rater_views(assignments, loaded.ratings[record.id], {}),
            scoring_inputs(cohorts, kpi_figures_of(loaded.snapshots[record.id])),
        )
    except ValidationError:
        return None  # the engine could not score it: not scored, as in the form
    return (score.final, score.grade) if score.complete else None


def _load(uow: UnitOfWork, rows: Sequence[repo.AppraisalRow]) -> _Loaded:
    session = uow.session
    ids = [r.record.id for r in rows]
    bodies = lists.templates_by_id(session, {r.record.template_id for r in rows})
    templates = {i: template_from_text(t.body, f"template {t.id}") for i, t in bodies.items()}
    codes = {
        indicator.code
        for template in templates.values()
        for indicator in template.indicators()
        if indicator.method.ranks_a_cohort
    }
    values = lists.rank_values_by_key(
        session, {r.record.cycle_id for r in rows}, set(templates), codes
    )
    rank_values: dict[tuple[int, int], _Cohorts] = {}
    for (cycle_id, template_id, code, role), entered in values.items():
        rank_values.setdefault((cycle_id, template_id), {})[(code, role)] = entered
    return _Loaded(
        lists.assignments_by_appraisal(session, ids),
        lists.ratings_by_appraisal(session, ids),
        lists.snapshots_by_appraisal(session, ids),
        templates,
        rank_values,
    )
