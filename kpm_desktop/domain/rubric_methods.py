"""The scoring methods' names in one import: the protocol, the closed union of method
classes and each method's data, defined in `domain/methods/` (one module per method)."""

from kpm_desktop.domain.methods.kpi import KpiBand, KpiBandsMethod, KpiDirection, KpiLinearMethod
from kpm_desktop.domain.methods.levels import Level, LevelsMethod
from kpm_desktop.domain.methods.met import MetMethod
from kpm_desktop.domain.methods.protocol import MethodKind, ScoringMethod
from kpm_desktop.domain.methods.provided import ProvidedMethod
from kpm_desktop.domain.methods.rank import RankMethod, RankOrder
from kpm_desktop.domain.methods.registry import AnyMethod
from kpm_desktop.domain.methods.scale import ScaleBand, ScaleMethod, ScaleRule

__all__ = [
    "AnyMethod",
    "KpiBand",
    "KpiBandsMethod",
    "KpiDirection",
    "KpiLinearMethod",
    "Level",
    "LevelsMethod",
    "MetMethod",
    "MethodKind",
    "ProvidedMethod",
    "RankMethod",
    "RankOrder",
    "ScaleBand",
    "ScaleMethod",
    "ScaleRule",
    "ScoringMethod",
]
