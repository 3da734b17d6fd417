"""From the scored appraisal form (`ScoredForm`) to the printed `EvaluationSheet`.

Typed end to end: the sheet is built from the form's dataclasses, with no plain-dict step
in between (the JSON of `kpm appraisal show` is another view of the same form, made at the
edge by `appraisal_sheet.sheet_data_of`; see docs/architecture.md).

Which rater's choice a row shows: every indicator names its appraiser (考评人) in the
template; the sheet shows that rater's level, score, earned points, N/A and comment, and
prints the role in the 考评人 column, so each row says whose choice it is. When the
appraiser is not among the appraisal's raters, the rater with the largest weight (the
first one on a tie) stands in, and the 考评人 column names that rater instead. Every
rater's total is in the rater breakdown under the table; the total box is the final,
weighted score. See docs/evaluation-sheet.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.evaluation_sheet import (
    DescriptorLevel,
    EvaluationSheet,
    KpiFigures,
    RaterResult,
    ResultScale,
    SheetCategory,
    SheetIndicator,
    Signatory,
    SignatoryRole,
)
from kpm_desktop.domain.kpi import KpiUnit, kpi_definition
from kpm_desktop.domain.kpi_reasons import reason_zh
from kpm_desktop.domain.rating import IndicatorScore, RaterScore
from kpm_desktop.domain.rubric import RATER_ROLE_LABELS, Indicator, RaterRole
from kpm_desktop.domain.rubric_methods import ScoringMethod
from kpm_desktop.services.appraisals.appraisal_views import (
    Acknowledgement,
    KpiFigure,
    RaterView,
    RatingEntry,
    ScoredForm,
)
from kpm_desktop.storage.signatory_chart import Signatories

_SIGNING = (RaterRole.SUPERIOR, RaterRole.DEPARTMENT_HEAD)
PRINTED_AS_FINAL = frozenset({AppraisalState.FINALIZED, AppraisalState.ACKNOWLEDGED})

_UNIT_TEXT = {
    KpiUnit.YUAN: "元",
    KpiUnit.COUNT: "",
    KpiUnit.PERCENT: "%",
    KpiUnit.DAYS: "天",
    KpiUnit.MINUTES: "分钟",
    KpiUnit.HOURS: "小时",
    KpiUnit.TIMES: "次",
    KpiUnit.SCORE: "分",
}


@dataclass(frozen=True)
class StaffContext:
    """What the sheet needs from the org chart: the staff's position and who signs."""

    position: str = ""
    superior: str = ""
    department_head: str = ""


@dataclass(frozen=True)
class _Row:
    """What one row prints of its shown rater: the rater's entry and scored line."""

    rater: RaterView | None
    entry: RatingEntry | None
    line: IndicatorScore | None


def sheet_of(scored: ScoredForm, company: str, staff: StaffContext) -> EvaluationSheet:
    """The printed sheet of a scored form, for `company`, with `staff`'s org-chart facts."""
    form, score = scored.form, scored.score
    summary, template = form.summary, form.template
    rater_scores = {rater.role: rater for rater in (score.raters if score else ())}
    final, grade = scored.result
    grouped: dict[str, list[SheetIndicator]] = {}
    for category in template.categories:
        for indicator in category.indicators:
            row = _row(indicator, form.raters, rater_scores)
            figure = form.kpi_figures.get(indicator.code)
            printed = _indicator(indicator, row, figure, _effective_weight(row, rater_scores))
            grouped.setdefault(category.name, []).append(printed)
    return EvaluationSheet(
        company=company,
        department=summary.department,
        staff_name=summary.staff_name,
        employee_no=summary.employee_no,
        position=staff.position,
        period=summary.period,
        template_name=template.name,
        template_version=template.version,
        categories=tuple(SheetCategory(name, tuple(rows)) for name, rows in grouped.items()),
        total=final,
        grade=grade or "",
        appraisal_id=summary.id,
        revision=summary.revision,
        finalized=summary.state in PRINTED_AS_FINAL,
        result_scale=ResultScale(Decimal(template.scale.lo), Decimal(template.scale.hi)),
        raters=tuple(_rater_result(rater, rater_scores.get(rater.role)) for rater in form.raters),
        overall_comment=form.overall_comment or "",
        improvement_plan=form.improvement_plan or "",
        acknowledged_on=form.acknowledged_on,
        acknowledgement=acknowledgement_text(form.acknowledgement),
        signatories=_signatories(scored, staff),
        state=summary.state,
    )


def acknowledgement_text(said: Acknowledgement | None) -> str:
    """The employee's line on the sheet: 同意 or 不同意, then their comment."""
    if said is None:
        return ""
    stance = "同意" if said.agrees else "不同意"
    return f"{stance}。{said.comment}" if said.comment else stance


def _rater_result(rater: RaterView, score: RaterScore | None) -> RaterResult:
    total = score.total if score is not None and score.complete else None
    return RaterResult(RATER_ROLE_LABELS[rater.role], rater.rater_name or "", rater.weight, total)


def shown_rater(appraiser: RaterRole, raters: Sequence[RaterView]) -> RaterView | None:
    """The rater whose choice the row prints: the template's appraiser, else the heaviest."""
    found = next((r for r in raters if r.role is appraiser), None)
    if found is not None or not raters:
        return found
    heaviest = max(r.weight for r in raters)
    return next(r for r in raters if r.weight == heaviest)


def _row(
    indicator: Indicator, raters: Sequence[RaterView], scores: dict[RaterRole, RaterScore]
) -> _Row:
    rater = shown_rater(indicator.appraiser, raters)
    if rater is None:
        return _Row(None, None, None)
    score = scores.get(rater.role)
    lines = () if score is None else score.indicators
    line = next((line for line in lines if line.code == indicator.code), None)
    return _Row(rater, rater.entries.get(indicator.code), line)


def _effective_weight(row: _Row, scores: dict[RaterRole, RaterScore]) -> Decimal | None:
    """The row's weight after N/A re-normalisation, printed only when an indicator of the
    shown rater's sheet is N/A (otherwise it equals the nominal weight)."""
    if row.rater is None or row.line is None:
        return None
    score = scores.get(row.rater.role)
    if score is None or not any(line.not_applicable for line in score.indicators):
        return None
    return row.line.effective_weight


def _indicator(
    indicator: Indicator, row: _Row, figure: KpiFigure | None, effective_weight: Decimal | None
) -> SheetIndicator:
    rating = None if row.entry is None else row.entry.rating
    levels = descriptor_levels(indicator.method)
    names = [level.label for level in levels]
    chosen = None if rating is None else rating.level
    not_applicable = bool(rating and rating.not_applicable) or bool(
        row.line and row.line.not_applicable
    )
    points = None if row.line is None else row.line.points
    score = None if rating is None else rating.score
    return SheetIndicator(
        name=indicator.name,
        information_source=indicator.source or "",
        rater_role=RATER_ROLE_LABELS[indicator.appraiser if row.rater is None else row.rater.role],
        weight=indicator.weight,
        levels=levels,
        chosen_level=names.index(chosen) if chosen in names and not not_applicable else None,
        score=None if not_applicable else (score if score is not None else points),
        earned=None if not_applicable or points is None or row.line is None else row.line.earned,
        description=indicator.description or "",
        not_applicable=not_applicable,
        not_applicable_reason="" if row.entry is None else row.entry.na_reason or "",
        kpi=kpi_line(figure),
        comment="" if rating is None else rating.comment or "",
        scale_rule=indicator.method.printed_rule(),
        effective_weight=effective_weight,
    )


def descriptor_levels(method: ScoringMethod) -> tuple[DescriptorLevel, ...]:
    """The graded descriptors (考评标准) a method prints (none for methods without levels)."""
    return tuple(
        DescriptorLevel(level.name, level.lo, level.hi, level.descriptor)
        for level in method.descriptor_levels()
    )


def kpi_line(figure: KpiFigure | None) -> KpiFigures | None:
    """The KPI line, in Chinese; a KPI without a value (n/a) prints why."""
    if figure is None:
        return None
    key, value = figure.kpi_key, figure.value
    reason = "" if value is not None else reason_zh(figure.reason)
    try:
        definition = kpi_definition(key)
    except ValidationError:
        return KpiFigures(key, key, value, "", "", target=figure.target, no_value_reason=reason)
    return KpiFigures(
        key=key,
        kpi_name=definition.name_zh,
        value=value,
        unit=_UNIT_TEXT[definition.unit],
        formula=definition.formula_zh,
        numerator=figure.numerator,
        denominator=figure.denominator,
        target=figure.target,
        no_value_reason=reason,
    )


def _signatories(scored: ScoredForm, staff: StaffContext) -> tuple[Signatory, ...]:
    form = scored.form
    found = [
        Signatory(SignatoryRole.EMPLOYEE, form.summary.staff_name, form.acknowledged_on),
        Signatory(SignatoryRole.DIRECT_SUPERIOR, staff.superior),
        Signatory(SignatoryRole.DEPARTMENT_HEAD, staff.department_head),
    ]
    hr = next((r for r in form.raters if r.role is RaterRole.HR and r.rater_name), None)
    if hr is not None:
        found.append(Signatory(SignatoryRole.HR, hr.rater_name))
    return tuple(s for s in found if s.name)


def staff_context_of(
    found: Signatories, raters: Sequence[RaterView], names: Mapping[int, str]
) -> StaffContext:
    """The sheet's org-chart facts: the person on the appraisal's superior or department
    head sheet (HR may have chosen one, `names` by staff id), else the chart's; the head's
    box never repeats the superior."""
    chosen = {r.role: names.get(r.rater_staff_id or 0, "") for r in raters if r.role in _SIGNING}
    superior = chosen.get(RaterRole.SUPERIOR) or found.superior
    head = chosen.get(RaterRole.DEPARTMENT_HEAD) or found.department_head
    return StaffContext(
        position=found.position,
        superior=superior,
        department_head="" if head == superior else head,
    )


def signing_ids(raters: Sequence[RaterView]) -> set[int]:
    """The staff ids on the appraisal's superior and department head sheets."""
    return {r.rater_staff_id for r in raters if r.role in _SIGNING and r.rater_staff_id is not None}
