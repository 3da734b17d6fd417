"""The appraisal form says beside a numeric-scale rating which rule turns it into points."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.rubric import Indicator
from kpm_desktop.domain.rubric_methods import ScaleMethod, ScaleRule
from kpm_desktop.ui.appraisals.indicator_row import IndicatorRow

D = Decimal


@pytest.mark.parametrize(
    ("rule", "shown"),
    [
        (ScaleRule.MIN_TO_MAX, "points: (rating − min) ÷ (max − min)"),
        (ScaleRule.SCORE_OVER_MAX, "points: rating ÷ max"),
    ],
)
def test_scale_row_names_its_rule(qtbot, rule: ScaleRule, shown: str) -> None:
    indicator = Indicator("S1", "服务质量", D(10), ScaleMethod(D(1), D(3), rule=rule))
    row = IndicatorRow(indicator, None)
    qtbot.addWidget(row.editor)
    assert row.rule_label is not None
    assert row.rule_label.text() == shown
    assert row.rule_label.toolTip()
