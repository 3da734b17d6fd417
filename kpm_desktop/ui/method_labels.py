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


def method_summary(method: ScoringMethod) -> str:
    """A short line for the tree: 'Levels ×4', 'KPI win_rate'."""
    if isinstance(method, LevelsMethod):
        return f"{kind_label(method.kind)} ×{len(method.levels)}"
    if isinstance(method, KpiLinearMethod | KpiBandsMethod):
        return f"{kind_label(method.kind)} {method.kpi_key}"
    if isinstance(method, MetMethod):
        return f"{kind_label(method.kind)} {fmt(method.max_points)}/{fmt(method.partial_points)}/0"
    if isinstance(method, ProvidedMethod):
        return f"{kind_label(method.kind)} {fmt(method.max_points)}"
    if isinstance(method, ScaleMethod):
        return f"{kind_label(method.kind)} {fmt(method.min_value)}-{fmt(method.max_value)}"
    assert isinstance(method, RankMethod)
    return f"{kind_label(method.kind)} {'/'.join(fmt(p) for p in method.position_points)}"
