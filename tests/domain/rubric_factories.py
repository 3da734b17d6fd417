"""Small templates for tests, built the way the editor and the JSON codec build them."""

from decimal import Decimal

from kpm_desktop.domain.rubric import (
    Category,
    Indicator,
    RaterRole,
    RaterWeight,
    ResultScale,
    RubricTemplate,
    default_grade_bands,
)
from kpm_desktop.domain.rubric_methods import Level, LevelsMethod, ScoringMethod

D = Decimal


def four_levels(max_points: str = "100") -> LevelsMethod:
    """优 90-100 / 良 75-89 / 中 60-74 / 差 0-59 (of 100), or scaled to another maximum."""
    factor = D(max_points) / 100
    spans = (("优", 90, 100), ("良", 75, 89), ("中", 60, 74), ("差", 0, 59))
    return LevelsMethod(
        D(max_points),
        tuple(Level(n, f"{n}的描述", D(lo) * factor, D(hi) * factor) for n, lo, hi in spans),
    )


def indicator(code: str, weight: str, method: ScoringMethod | None = None) -> Indicator:
    return Indicator(code, f"指标{code}", D(weight), method or four_levels())


def template(
    *indicators: Indicator,
    scale: tuple[str, str] = ("0", "100"),
    raters: tuple[tuple[RaterRole, str], ...] = ((RaterRole.SUPERIOR, "100"),),
) -> RubricTemplate:
    result_scale = ResultScale(D(scale[0]), D(scale[1]))
    return RubricTemplate(
        name="测试模板",
        categories=(Category("业绩指标", tuple(indicators)),),
        scale=result_scale,
        grade_bands=default_grade_bands(result_scale),
        raters=tuple(RaterWeight(role, D(w)) for role, w in raters),
    )
