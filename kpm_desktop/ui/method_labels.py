"""How scoring methods and rater roles are named on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.rubric_methods import (
    KpiBandsMethod,
    KpiLinearMethod,
    LevelsMethod,
    MethodKind,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    ScaleMethod,
    ScaleRule,
    ScoringMethod,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MethodLabels", text)


def kind_label(kind: MethodKind) -> str:
    labels = {
        MethodKind.LEVELS: _tr("Levels"),
        MethodKind.KPI: _tr("KPI"),
        MethodKind.MET: _tr("Met / partly / not"),
        MethodKind.PROVIDED: _tr("Provided or not"),
        MethodKind.SCALE: _tr("Numeric scale"),
        MethodKind.RANK: _tr("Rank in cycle"),
    }
    return labels[kind]


def short_kind_label(kind: MethodKind) -> str:
    """The kind in a word, for the tree's narrow method column."""
    labels = {
        MethodKind.LEVELS: _tr("Levels"),
        MethodKind.KPI: _tr("KPI"),
        MethodKind.MET: _tr("Met"),
        MethodKind.PROVIDED: _tr("Provided"),
        MethodKind.SCALE: _tr("Scale"),
        MethodKind.RANK: _tr("Rank"),
    }
    return labels[kind]


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


def method_summary(method: ScoringMethod) -> str:
    """A short line for the tree: 'Levels ×4', 'KPI win_rate', 'Met 5/3/0'."""
    label = short_kind_label(method.kind)
    if isinstance(method, LevelsMethod):
        return f"{label} ×{len(method.levels)}"
    if isinstance(method, KpiLinearMethod | KpiBandsMethod):
        return f"{label} {method.kpi_key}"
    if isinstance(method, MetMethod):
        return f"{label} {fmt(method.max_points)}/{fmt(method.partial_points)}/0"
    if isinstance(method, ProvidedMethod):
        return f"{label} {fmt(method.max_points)}"
    if isinstance(method, ScaleMethod):
        old = " ÷max" if method.rule is ScaleRule.SCORE_OVER_MAX else ""
        return f"{label} {fmt(method.min_value)}-{fmt(method.max_value)}{old}"
    assert isinstance(method, RankMethod)
    return f"{label} {'/'.join(fmt(p) for p in method.position_points)}"
