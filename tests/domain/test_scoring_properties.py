"""Properties of scoring that must hold for any template and any ratings."""

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from kpm_desktop.domain.rating import IndicatorRating, MetLevel, RaterRatings
from kpm_desktop.domain.rubric import Category, Indicator, RaterRole, ResultScale, RubricTemplate
from kpm_desktop.domain.rubric_methods import KpiLinearMethod, MetMethod, ScaleMethod
from kpm_desktop.domain.scoring import ScoringInputs, score_rater, score_sheet

D = Decimal
weights = st.decimals(min_value=D("0.01"), max_value=D(100), places=2)
maxima = st.decimals(min_value=D(1), max_value=D(1000), places=1)


@st.composite
def sheets(draw, min_size: int = 1):
    """A template of scale / met / KPI indicators with ratings for each."""
    count = draw(st.integers(min_size, 8))
    indicators, ratings = [], {}
    for n in range(count):
        code = f"I{n}"
        kind = draw(st.sampled_from(["scale", "met", "kpi"]))
        if kind == "scale":
            top = draw(maxima)
            method = ScaleMethod(D(0), top)
            rating = IndicatorRating(score=draw(st.decimals(min_value=0, max_value=top, places=2)))
        elif kind == "met":
            method = MetMethod()
            rating = IndicatorRating(met=draw(st.sampled_from(list(MetLevel))))
        else:
            method = KpiLinearMethod("new_customers", draw(maxima))
            rating = IndicatorRating(value=draw(st.decimals(min_value=0, max_value=2000, places=2)))
        indicators.append(Indicator(code, f"指标{n}", draw(weights), method))
        ratings[code] = rating
    lo = draw(st.decimals(min_value=0, max_value=10, places=1))
    hi = lo + draw(st.decimals(min_value=D("0.5"), max_value=100, places=1))
    template = RubricTemplate(
        "性质测试", (Category("类别", tuple(indicators)),), scale=ResultScale(lo, hi)
    )
    return template, ratings


def with_indicators(template: RubricTemplate, indicators) -> RubricTemplate:
    return replace(template, categories=(Category("类别", tuple(indicators)),))


@settings(max_examples=150, deadline=None)
@given(sheets(), st.data())
def test_total_stays_within_the_result_scale(sheet, data) -> None:
    template, ratings = sheet
    codes = sorted(ratings)
    na = data.draw(st.sets(st.sampled_from(codes), max_size=len(codes) - 1))
    ratings = ratings | {code: IndicatorRating(not_applicable=True) for code in na}
    result = score_rater(template, RaterRatings(RaterRole.SUPERIOR, ratings))
    assert 0 <= result.earned_sum <= 100
    assert template.scale.lo <= result.total <= template.scale.hi
    assert sum(line.effective_weight for line in result.indicators) == 100


@settings(max_examples=150, deadline=None)
@given(sheets(), st.data())
def test_total_never_falls_when_one_rating_rises(sheet, data) -> None:
    template, ratings = sheet
    code = data.draw(st.sampled_from(sorted(ratings)))
    method = template.indicator(code).method
    rating = ratings[code]
    if isinstance(method, ScaleMethod):
        better = replace(
            rating,
            score=data.draw(
                st.decimals(min_value=rating.score, max_value=method.max_value, places=2)
            ),
        )
    elif isinstance(method, MetMethod):
        order = [MetLevel.NONE, MetLevel.PARTIAL, MetLevel.FULL]
        better = replace(rating, met=data.draw(st.sampled_from(order[order.index(rating.met) :])))
    else:
        better = replace(
            rating,
            value=rating.value + data.draw(st.decimals(min_value=0, max_value=500, places=2)),
        )
    before = score_rater(template, RaterRatings(RaterRole.SUPERIOR, ratings)).total
    after = score_rater(template, RaterRatings(RaterRole.SUPERIOR, ratings | {code: better})).total
    assert after >= before


@settings(max_examples=150, deadline=None)
@given(sheets(min_size=2), st.data())
def test_not_applicable_equals_the_template_without_that_indicator(sheet, data) -> None:
    template, ratings = sheet
    code = data.draw(st.sampled_from(sorted(ratings)))
    lines, total = score_sheet(template, ratings | {code: IndicatorRating(not_applicable=True)})
    without = with_indicators(template, [i for i in template.indicators() if i.code != code])
    others = {c: r for c, r in ratings.items() if c != code}
    lines_without, total_without = score_sheet(without, others)
    assert total == total_without
    assert [(x.code, x.earned) for x in lines if x.code != code] == [
        (x.code, x.earned) for x in lines_without
    ]


@settings(max_examples=150, deadline=None)
@given(sheets(), st.randoms(use_true_random=False))
def test_order_of_indicators_does_not_matter(sheet, random) -> None:
    template, ratings = sheet
    shuffled = list(template.indicators())
    random.shuffle(shuffled)
    lines, total = score_sheet(template, ratings)
    shuffled_lines, shuffled_total = score_sheet(with_indicators(template, shuffled), ratings)
    assert total == shuffled_total
    assert {x.code: x.earned for x in lines} == {x.code: x.earned for x in shuffled_lines}


@settings(max_examples=100, deadline=None)
@given(sheets())
def test_kpi_figure_supplied_separately_scores_like_one_in_the_rating(sheet) -> None:
    template, ratings = sheet
    kpi_codes = [i.code for i in template.indicators() if isinstance(i.method, KpiLinearMethod)]
    if not kpi_codes:
        return
    value = ratings[kpi_codes[0]].value
    same = {c: (IndicatorRating() if c in kpi_codes else r) for c, r in ratings.items()}
    same_values = {
        c: (replace(r, value=value) if c in kpi_codes else r) for c, r in ratings.items()
    }
    _, direct = score_sheet(template, same_values)
    _, supplied = score_sheet(template, same, ScoringInputs(kpi_values={"new_customers": value}))
    assert direct == supplied
