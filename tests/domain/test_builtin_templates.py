"""The built-in templates are valid, match the seed, and score as worked by hand."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_kpi_templates import customer_service_template, sales_template
from kpm_desktop.domain.builtin_templates import (
    builtin_templates,
    supervisor_template,
    vendor_selection_template,
)
from kpm_desktop.domain.rating import IndicatorRating, MetLevel, RaterRatings
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.domain.rubric_methods import LevelsMethod
from kpm_desktop.domain.rubric_validation import template_problems
from kpm_desktop.domain.scoring import ScoringInputs, score_appraisal, score_rater

D = Decimal


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.name)
def test_every_builtin_is_valid_with_weights_totalling_100(template) -> None:
    assert template_problems(template) == []
    assert template.weight_total() == 100


def test_supervisor_template_follows_the_seed() -> None:
    template = supervisor_template()
    assert template.department == "营销管理部"
    (category,) = template.categories
    assert category.name == "业绩指标"
    assert [(i.name, i.weight) for i in category.indicators] == [
        ("CRM系统标准制定", 30),
        ("CRM系统营销数据录入", 30),
        ("对CRM系统使用者培训质量", 20),
        ("CRM系统实施过程各岗位之间关系协调", 20),
    ]
    first = category.indicators[0]
    assert (first.source, first.appraiser) == ("CRM规范文件及流程", RaterRole.SUPERIOR)
    assert isinstance(first.method, LevelsMethod)
    worst = first.method.levels[-1].descriptor
    assert worst == "标准格式内容规范与CRM软件不符、方法不易操作、文字解释需要重新修订"
    entry = category.indicators[1].method
    assert isinstance(entry, LevelsMethod)
    assert entry.levels[-1].descriptor.startswith("CRM系统营销数据录入工作无故推迟")


def test_supervisor_one_rating_per_level() -> None:
    # 优 95 x 30 % + 良 80 x 30 % + 中 65 x 20 % + 差 50 x 20 % = 28.5 + 24 + 13 + 10
    ratings = {
        "A1": IndicatorRating(level="优", score=D(95)),
        "A2": IndicatorRating(level="良", score=D(80)),
        "A3": IndicatorRating(level="中", score=D(65)),
        "A4": IndicatorRating(level="差", score=D(50)),
    }
    result = score_rater(supervisor_template(), RaterRatings(RaterRole.SUPERIOR, ratings))
    assert [line.earned for line in result.indicators] == [D("28.50"), D(24), D(13), D(10)]
    assert (result.total, result.grade) == (D("75.50"), "合格")


def test_vendor_selection_scores_three_bids_with_price_ranked() -> None:
    template = vendor_selection_template()
    assert [c.name for c in template.categories][-1] == "价格因素"
    assert template.indicator("P1").weight == 40
    full = {i.code: IndicatorRating(met=MetLevel.FULL) for i in template.indicators()}
    answers = {
        code: (IndicatorRating(provided=True) if code in {"S2", "S4", "S5", "V1", "V2"} else r)
        for code, r in full.items()
    }
    prices = [D(380000), D(450000), D(520000)]
    inputs = ScoringInputs(cohorts={"P1": prices})
    totals = []
    for price in prices:
        bid = answers | {"P1": IndicatorRating(value=price)}
        totals.append(score_rater(template, RaterRatings(RaterRole.PANEL, bid), inputs).total)
    # technical part full (60) + price 5/5, 4/5, 3/5 of 40 = 40, 32, 24
    assert totals == [D(100), D(92), D(84)]
    partial = answers | {
        "F1": IndicatorRating(met=MetLevel.PARTIAL),
        "S2": IndicatorRating(provided=False),
    }
    partial |= {"P1": IndicatorRating(value=prices[0])}
    # F1 3/5 of 7.5 = 4.5 (loses 3), S2 loses 3: 94
    assert score_rater(template, RaterRatings(RaterRole.PANEL, partial), inputs).total == D(94)


def test_sales_template_from_kpi_figures() -> None:
    figures = {
        "target_attainment": D("0.92"),  # 0.92 x 35 = 32.2
        "win_rate": D("0.24"),  # 0.8 x 15 = 12
        "sales_cycle_days": D(40),  # 30/40 x 15 = 11.25
        "new_customers": D(12),  # capped: 20
        "follow_ups": D(45),  # 0.75 x 15 = 11.25
    }
    result = score_appraisal(
        sales_template(), [RaterRatings(RaterRole.SUPERIOR, {})], ScoringInputs(kpi_values=figures)
    )
    assert result.final == D("86.70") and result.grade == "良好"


def test_service_template_with_a_kpi_that_is_na() -> None:
    figures = {
        "first_response_minutes": D(45),  # 30/45 = 0.6667 x 20 = 13.33
        "resolution_hours": D(12),  # 20
        "fcr_rate": D("0.72"),  # 0.9 x 20 = 18
        "csat": D(85),  # 满意 8/10 x 25 = 20
        "complaint_rate": None,  # no tickets: n/a, the other 85 % become 100 %
    }
    result = score_rater(
        customer_service_template(),
        RaterRatings(RaterRole.SUPERIOR, {}),
        ScoringInputs(kpi_values=figures),
    )
    # weights 20/20/20/25 of 85 -> 23.53, 23.53, 23.53, 29.41 (cents by largest remainder)
    assert [line.effective_weight for line in result.indicators] == [
        D("23.53"),
        D("23.53"),
        D("23.53"),
        D("29.41"),
        D(0),
    ]
    # 0.6667 x 23.53 = 15.69; 23.53; 0.9 x 23.53 = 21.18 (21.177); 0.8 x 29.41 = 23.53 (23.528)
    assert [line.earned for line in result.indicators] == [
        D("15.69"),
        D("23.53"),
        D("21.18"),
        D("23.53"),
        D(0),
    ]
    assert result.total == D("83.93")
