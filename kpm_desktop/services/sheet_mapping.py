"""From `AppraisalService.sheet_data` (a plain dict) to the printed `EvaluationSheet`.

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
from datetime import date
from decimal import Decimal
from typing import Any

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
from kpm_desktop.domain.rubric import RaterRole

PRINTED_AS_FINAL = frozenset({AppraisalState.FINALIZED.value, AppraisalState.ACKNOWLEDGED.value})

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


def sheet_from_data(data: Mapping[str, Any], company: str, staff: StaffContext) -> EvaluationSheet:
    raters: Sequence[Mapping[str, Any]] = data["raters"]
    template = data["template"]
    low, high = template["scale"]
    return EvaluationSheet(
        company=company,
        department=data["staff"]["department"],
        staff_name=data["staff"]["name"],
        employee_no=data["staff"]["employee_no"],
        position=staff.position,
        period=data["period"],
        template_name=template["name"],
        template_version=template["version"],
        categories=_categories(data["indicators"], raters),
        total=data["total"],
        grade=data["grade"] or "",
        appraisal_id=data["appraisal_id"],
        revision=data["revision"],
        finalized=data["state"] in PRINTED_AS_FINAL,
        result_scale=ResultScale(Decimal(low), Decimal(high)),
        raters=tuple(
            RaterResult(r["role_label"], r["rater"] or "", r["weight"], r["total"]) for r in raters
        ),
        overall_comment=data["overall_comment"] or "",
        improvement_plan=data["improvement_plan"] or "",
        acknowledged_on=data["acknowledged_on"],
        signatories=_signatories(data, raters, staff),
    )


def _categories(
    indicators: Sequence[Mapping[str, Any]], raters: Sequence[Mapping[str, Any]]
) -> tuple[SheetCategory, ...]:
    grouped: dict[str, list[SheetIndicator]] = {}
    for indicator in indicators:
        grouped.setdefault(indicator["category"], []).append(_indicator(indicator, raters))
    return tuple(SheetCategory(name, tuple(rows)) for name, rows in grouped.items())


def shown_rater(
    indicator: Mapping[str, Any], raters: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The rater whose choice the row prints: the template's appraiser, else the heaviest."""
    appraiser = next((r for r in raters if r["role_label"] == indicator["appraiser"]), None)
    if appraiser is not None or not raters:
        return appraiser
    heaviest = max(r["weight"] for r in raters)
    return next(r for r in raters if r["weight"] == heaviest)


def _indicator(indicator: Mapping[str, Any], raters: Sequence[Mapping[str, Any]]) -> SheetIndicator:
    rater = shown_rater(indicator, raters)
    rating: Mapping[str, Any] = (
        indicator["ratings"].get(rater["role"], {}) if rater is not None else {}
    )
    levels = tuple(
        DescriptorLevel(level["name"], level["lo"], level["hi"], level["descriptor"])
        for level in indicator["levels"]
    )
    names = [level.label for level in levels]
    chosen = rating.get("level")
    not_applicable = bool(rating.get("na"))
    points = rating.get("points")
    score = rating.get("score")
    return SheetIndicator(
        name=indicator["name"],
        information_source=indicator["source"] or "",
        rater_role=indicator["appraiser"] if rater is None else rater["role_label"],
        weight=indicator["weight"],
        levels=levels,
        chosen_level=names.index(chosen) if chosen in names and not not_applicable else None,
        score=None if not_applicable else (score if score is not None else points),
        earned=None if not_applicable or points is None else rating.get("earned"),
        description=indicator["description"] or "",
        not_applicable=not_applicable,
        not_applicable_reason=rating.get("na_reason") or "",
        kpi=_kpi(indicator["kpi"]),
        comment=rating.get("comment") or "",
        scale_rule=indicator["rule"],
    )


def _kpi(figure: Mapping[str, Any] | None) -> KpiFigures | None:
    """The KPI line, in Chinese; a KPI without a value (n/a) prints why."""
    if figure is None:
        return None
    key = figure["key"]
    value = figure["value"]
    reason = "" if value is not None else reason_zh(figure["reason"])
    try:
        definition = kpi_definition(key)
    except ValidationError:
        return KpiFigures(key, key, value, "", "", target=figure["target"], no_value_reason=reason)
    return KpiFigures(
        key=key,
        kpi_name=definition.name_zh,
        value=value,
        unit=_UNIT_TEXT[definition.unit],
        formula=definition.formula_zh,
        numerator=figure["numerator"],
        denominator=figure["denominator"],
        target=figure["target"],
        no_value_reason=reason,
    )


def _signatories(
    data: Mapping[str, Any], raters: Sequence[Mapping[str, Any]], staff: StaffContext
) -> tuple[Signatory, ...]:
    acknowledged: date | None = data["acknowledged_on"]
    found = [
        Signatory(SignatoryRole.EMPLOYEE, data["staff"]["name"], acknowledged),
        Signatory(SignatoryRole.DIRECT_SUPERIOR, staff.superior),
        Signatory(SignatoryRole.DEPARTMENT_HEAD, staff.department_head),
    ]
    hr = next((r for r in raters if r["role"] == RaterRole.HR.value and r["rater"]), None)
    if hr is not None:
        found.append(Signatory(SignatoryRole.HR, hr["rater"]))
    return tuple(s for s in found if s.name)
