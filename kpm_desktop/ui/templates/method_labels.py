"""How scoring methods and rater roles are named on screen."""

from __future__ import annotations

from typing import assert_never

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.rubric_methods import (
    AnyMethod,
    KpiBandsMethod,
    KpiLinearMethod,
    LevelsMethod,
    MethodKind,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    ScaleMethod,
    ScaleRule,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MethodLabels", text)


def kind_label(kind: MethodKind) -> str:
    match kind:
        case MethodKind.LEVELS:
            return _tr("Levels")
        case MethodKind.KPI:
            return _tr("KPI")
        case MethodKind.MET:
            return _tr("Met / partly / not")
        case MethodKind.PROVIDED:
            return _tr("Provided or not")
        case MethodKind.SCALE:
            return _tr("Numeric scale")
        case MethodKind.RANK:
            return _tr("Rank in cycle")
        case MethodKind.PERCENT:
            return _tr("Achievement in per cent")
        case _:
            assert_never(kind)


def short_kind_label(kind: MethodKind) -> str:
    """The kind in a word, for the tree's narrow method column."""
    match kind:
        case MethodKind.LEVELS:
            return _tr("Levels")
        case MethodKind.KPI:
            return _tr("KPI")
        case MethodKind.MET:
            return _tr("Met")
        case MethodKind.PROVIDED:
            return _tr("Provided")
        case MethodKind.SCALE:
            return _tr("Scale")
        case MethodKind.RANK:
            return _tr("Rank")
        case MethodKind.PERCENT:
            return _tr("Percent")
        case _:
            assert_never(kind)


def scale_rule_label(rule: ScaleRule) -> str:
    """Which rule turns a scale rating into points, as the editor, form and preview say it."""
    labels = {
        ScaleRule.MIN_TO_MAX: _tr(
            "Lowest rating 0, highest full points: (rating − min) ÷ (max − min)"
        ),
        ScaleRule.SCORE_OVER_MAX: _tr("Rating ÷ maximum (the rule of earlier templates)"),
    }
    return labels[rule]


def scale_rule_formula(rule: ScaleRule) -> str:
    """The rule as a short formula, for the appraisal form beside the rating."""
    formulas = {
        ScaleRule.MIN_TO_MAX: _tr("points: (rating − min) ÷ (max − min)"),
        ScaleRule.SCORE_OVER_MAX: _tr("points: rating ÷ max"),
    }
    return formulas[rule]


def method_summary(method: AnyMethod) -> str:
    """A short line for the tree: 'Levels ×4', 'KPI win_rate', 'Met 5/3/0'."""
    label = short_kind_label(method.kind)
    match method:
        case LevelsMethod():
            return f"{label} ×{len(method.levels)}"
        case KpiLinearMethod() | KpiBandsMethod():
            return f"{label} {method.kpi_key}"
        case MetMethod():
            return f"{label} {fmt(method.max_points)}/{fmt(method.partial_points)}/0"
        case ProvidedMethod():
            return f"{label} {fmt(method.max_points)}"
        case ScaleMethod():
            old = " ÷max" if method.rule is ScaleRule.SCORE_OVER_MAX else ""
            return f"{label} {fmt(method.min_value)}-{fmt(method.max_value)}{old}"
        case RankMethod():
            return f"{label} {'/'.join(fmt(p) for p in method.position_points)}"
        case PercentMethod():
            return f"{label} 0-100%"
        case _:
            assert_never(method)


def rating_hint(method: AnyMethod) -> tuple[str, str]:
    """(text beside the form's rating, tooltip); either is '' where the method needs none."""
    match method:
        case ScaleMethod():
            return scale_rule_formula(method.rule), scale_rule_label(method.rule)
        case RankMethod():
            return "", _tr("The value compared with the others of the cycle")
        case PercentMethod():
            return _tr("points: weight × achievement ÷ 100"), _tr(
                "The achievement in per cent, 0 to 100"
            )
        case LevelsMethod() | KpiLinearMethod() | KpiBandsMethod() | MetMethod() | ProvidedMethod():
            return "", ""
        case _:
            assert_never(method)
