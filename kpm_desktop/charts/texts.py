"""The words of the charts: English templates in the context "Charts", rendered in the
language of whoever shows them.

A chart's label is a `ChartText` (a `UserText` translated in `CHART_CONTEXT`) or data as
it is (a name, a period). The dashboard renders chart texts with the UI's translator
(`ui.user_messages.user_message`, the catalogues resources/translations/kpm_*.ts). The
printed chart page (reports/chart_page.py) is Chinese whatever the UI's language: it
renders the chart texts it prints with `printed_chinese`, which reads `PRINTED_ZH`.
`make translations-update` writes `PRINTED_ZH` into kpm_zh_CN.ts, so the page and the
Chinese UI say the same; tests/ui/test_translations.py fails when they do not.
"""

from __future__ import annotations

from typing import ClassVar

from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.kpi import KpiUnit

# scripts/update_translations.py collects `ChartText("...")` templates into this context.
CHART_CONTEXT = "Charts"


class ChartText(UserText):
    """A chart's text: `ChartText("{count} min", count=5)`, the template a string constant."""

    __slots__ = ()
    context: ClassVar[str] = CHART_CONTEXT


UNIT_NAMES: dict[KpiUnit, ChartText] = {
    KpiUnit.YUAN: ChartText("yuan"),
    KpiUnit.PERCENT: ChartText("%"),
    KpiUnit.COUNT: ChartText("count"),
    KpiUnit.DAYS: ChartText("days"),
    KpiUnit.MINUTES: ChartText("minutes"),
    KpiUnit.HOURS: ChartText("hours"),
    KpiUnit.TIMES: ChartText("times"),
    KpiUnit.SCORE: ChartText("points"),
}
TARGET = ChartText("Target")

# The Chinese of every chart text the printed page shows: the one place it is written.
PRINTED_ZH: dict[str, str] = {
    "yuan": "元",
    "%": "%",
    "count": "个",
    "days": "天",
    "minutes": "分钟",
    "hours": "小时",
    "times": "次",
    "points": "分",
    "Target": "目标",
}


def printed_chinese(context: str, text: str) -> str:
    """The translator of the printed chart page (a `domain.errors.Translator`).

    A chart text missing from `PRINTED_ZH` is a bug: it raises rather than print English.
    """
    if context != CHART_CONTEXT:
        raise KeyError(f"not a chart text: {context}: {text}")
    return PRINTED_ZH[text]
