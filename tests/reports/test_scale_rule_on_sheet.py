"""The printed sheet says how a numeric-scale rating became points."""

import dataclasses
from decimal import Decimal

from kpm_desktop.domain.evaluation_sheet import SheetCategory, SheetIndicator, content_hash
from kpm_desktop.domain.rubric_methods import LevelsMethod, ScaleMethod, ScaleRule
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.pdf_text import page_texts
from tests.reports.sample_sheets import supervisor_sheet

D = Decimal


def _with_scale_rule(rule_text: str):
    sheet = supervisor_sheet()
    quality = SheetIndicator(
        name="服务质量",
        information_source="客户回访",
        rater_role="直接上级",
        weight=D(10),
        score=D(1),
        earned=D("0.00"),
        scale_rule=rule_text,
    )
    first = sheet.categories[0]
    category = SheetCategory(first.name, (*first.indicators, quality))
    return dataclasses.replace(sheet, categories=(category,))


def test_each_rule_has_its_printed_words() -> None:
    new = ScaleMethod(D(1), D("3.0"), rule=ScaleRule.MIN_TO_MAX).printed_rule()
    old = ScaleMethod(D(1), D(3), rule=ScaleRule.SCORE_OVER_MAX).printed_rule()
    assert new.startswith("评分区间 1–3分") and "最低分得 0" in new
    assert old == "评分区间 1–3分，得分比例 = 评分 ÷ 最高分"
    assert LevelsMethod(D(10), ()).printed_rule() == ""


def test_the_rule_is_printed_under_the_indicator() -> None:
    rule = ScaleMethod(D(1), D(3), rule=ScaleRule.MIN_TO_MAX).printed_rule()
    text = "".join(page_texts(EvaluationSheetRenderer().render(_with_scale_rule(rule))))
    assert "计分：评分区间1–3分，最低分得0、最高分得满分" in text


def test_the_rule_text_leaves_the_content_hash_alone() -> None:
    # Sheets printed before the rule was shown must still verify.
    assert content_hash(_with_scale_rule("评分区间 1–3分")) == content_hash(_with_scale_rule(""))
