"""The appraisal's data as one plain, JSON-ready structure: `kpm appraisal show`.

This is an edge format, made once from the typed `ScoredForm` by `sheet_data_of`; the
printed sheet does not go through it (`sheet_mapping.sheet_of` builds the
`EvaluationSheet` from the form itself). Numbers stay Decimal and dates stay dates;
nothing here formats for print. Moments (submitted, reviewed, finalized, KPI computed) are
stored as naive UTC and given here as aware times of the office's zone. The fields are
listed in docs/formats.md ("Appraisal data (kpm appraisal show)").
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from kpm_desktop.domain.rating import AppraisalScore, IndicatorScore, RaterScore
from kpm_desktop.domain.rubric import RATER_ROLE_LABELS, Indicator, RubricTemplate
from kpm_desktop.services.appraisals.appraisal_views import (
    AppraisalForm,
    KpiFigure,
    RaterView,
    RatingEntry,
    ScoredForm,
)

SheetValue = (
    str
    | int
    | bool
    | Decimal
    | date
    | datetime
    | None
    | list["SheetValue"]
    | dict[str, "SheetValue"]
)
SheetData = dict[str, SheetValue]


def _in_office_zone(value: SheetValue, zone: ZoneInfo) -> SheetValue:
    """`value` (the data, or part of it) with every stored moment as an aware time in `zone`."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC).astimezone(zone)
    if isinstance(value, dict):
        return {key: _in_office_zone(item, zone) for key, item in value.items()}
    if isinstance(value, list):
        return [_in_office_zone(item, zone) for item in value]
    return value


def _levels(indicator: Indicator) -> list[SheetValue]:
    return [
        {"name": level.name, "descriptor": level.descriptor, "lo": level.lo, "hi": level.hi}
        for level in indicator.method.descriptor_levels()
    ]


def _kpi(figure: KpiFigure | None) -> SheetData | None:
    if figure is None:
        return None
    return {
        "key": figure.kpi_key,
        "value": figure.value,
        "numerator": figure.numerator,
        "denominator": figure.denominator,
        "target": figure.target,
        "reason": figure.reason,
        "computed_at": figure.computed_at,
    }


def _rating(entry: RatingEntry | None, line: IndicatorScore | None) -> SheetData:
    rating = None if entry is None else entry.rating
    return {
        "level": None if rating is None else rating.level,
        "score": None if rating is None else rating.score,
        "value": None if rating is None else rating.value,
        "met": None if rating is None or rating.met is None else rating.met.value,
        "provided": None if rating is None else rating.provided,
        "rank": None if rating is None or rating.rank is None else rating.rank.position,
        "na": bool(rating and rating.not_applicable) or bool(line and line.not_applicable),
        "na_reason": "" if entry is None else entry.na_reason,
        "comment": "" if rating is None else rating.comment,
        "label": None if line is None else line.label,
        "points": None if line is None else line.points,
        "effective_weight": None if line is None else line.effective_weight,
        "earned": None if line is None else line.earned,
    }


def sheet_data_of(scored: ScoredForm, zone: ZoneInfo) -> SheetData:
    """Header, template, indicators (levels, each rater's choice and earned score, KPI
    figures), raters with totals, result, comments and the workflow dates; moments as
    times of `zone`."""
    form, score = scored.form, scored.score
    summary = form.summary
    final, grade = scored.result
    data: SheetData = {
        "appraisal_id": summary.id,
        "period": summary.period,
        "revision": summary.revision,
        "state": summary.state.value,
        "staff": {
            "employee_no": summary.employee_no,
            "name": summary.staff_name,
            "department": summary.department,
        },
        "template": _template(form.template),
        "indicators": _indicators(form, score),
        "raters": _raters(form, score),
        "total": final,
        "grade": grade,
        "final": summary.locked,
        "score_problem": scored.problem,
        "overall_comment": form.overall_comment,
        "improvement_plan": form.improvement_plan,
        "reviewed_at": form.reviewed_at,
        "finalized_at": form.finalized_at,
        "acknowledged_on": form.acknowledged_on,
        "acknowledgement": _acknowledgement(form),
        "supersedes_id": form.supersedes_id,
        "amendment_reason": form.amendment_reason,
    }
    return {key: _in_office_zone(value, zone) for key, value in data.items()}


def _acknowledgement(form: AppraisalForm) -> SheetData | None:
    said = form.acknowledgement
    return None if said is None else {"agrees": said.agrees, "comment": said.comment}


def _template(template: RubricTemplate) -> SheetData:
    return {
        "name": template.name,
        "version": template.version,
        "department": template.department,
        "description": template.description,
        "scale": [template.scale.lo, template.scale.hi],
        "grade_bands": [{"grade": b.grade, "min_total": b.min_total} for b in template.grade_bands],
    }


def _indicators(form: AppraisalForm, score: AppraisalScore | None) -> list[SheetValue]:
    lines = {
        (rater.role, line.code): line
        for rater in (score.raters if score else ())
        for line in rater.indicators
    }
    return [
        {
            "code": indicator.code,
            "category": category.name,
            "name": indicator.name,
            "description": indicator.description,
            "source": indicator.source,
            "appraiser": RATER_ROLE_LABELS[indicator.appraiser],
            "weight": indicator.weight,
            "method": indicator.method.kind.value,
            "max_points": indicator.method.max_points,
            "levels": _levels(indicator),
            "rule": indicator.method.printed_rule(),
            "kpi": _kpi(form.kpi_figures.get(indicator.code)),
            "ratings": {
                rater.role.value: _rating(
                    rater.entries.get(indicator.code), lines.get((rater.role, indicator.code))
                )
                for rater in form.raters
            },
        }
        for category in form.template.categories
        for indicator in category.indicators
    ]


def _raters(form: AppraisalForm, score: AppraisalScore | None) -> list[SheetValue]:
    """Each rater's running sum, and a total and grade only once their sheet is complete."""
    scores = {rater.role: rater for rater in (score.raters if score else ())}
    return [_rater(rater, scores.get(rater.role)) for rater in form.raters]


def _rater(rater: RaterView, score: RaterScore | None) -> SheetValue:
    scored = score is not None and score.complete
    return {
        "role": rater.role.value,
        "role_label": RATER_ROLE_LABELS[rater.role],
        "weight": rater.weight,
        "rater": rater.rater_name,
        "submitted_at": rater.submitted_at,
        "earned_sum": None if score is None else score.earned_sum,
        "total": score.total if scored and score is not None else None,
        "grade": score.grade if scored and score is not None else None,
    }
