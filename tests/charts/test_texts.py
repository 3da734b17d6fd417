import pytest

from kpm_desktop.charts.texts import (
    CHART_CONTEXT,
    TARGET,
    UNIT_NAMES,
    ChartText,
    printed_chinese,
)
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.kpi import KpiUnit


def test_every_unit_and_the_target_print_in_chinese() -> None:
    assert set(UNIT_NAMES) == set(KpiUnit)
    printed = {str(text): text.render(printed_chinese) for text in [*UNIT_NAMES.values(), TARGET]}
    assert printed == {
        "yuan": "元", "%": "%", "count": "个", "days": "天", "minutes": "分钟", "hours": "小时",
        "times": "次", "points": "分", "Target": "目标",
    }  # fmt: skip


def test_a_chart_text_without_printed_chinese_is_refused_not_printed_in_english() -> None:
    with pytest.raises(KeyError):
        ChartText("Very satisfied").render(printed_chinese)
    with pytest.raises(KeyError):
        UserText("There is no cycle for {period}", period="2026Q3").render(printed_chinese)


def test_a_chart_text_is_translated_in_its_own_context() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return text

    assert ChartText("{low}–{high} min", low=5, high=15).render(translate) == "5–15 min"
    assert seen == [(CHART_CONTEXT, "{low}–{high} min")]
    assert ChartText("Target") != UserText("Target")  # same words, another context
    assert repr(TARGET) == "ChartText('Target', **{})"
