from decimal import Decimal

import pytest

from kpm_desktop.charts.service_quality import (
    bucket_labels,
    satisfaction_bands,
    time_histogram,
)
from kpm_desktop.charts.texts import ChartText
from kpm_desktop.domain.kpi import KpiValue
from kpm_desktop.domain.ticket_times import RESOLUTION_EDGES, RESPONSE_EDGES, TimeDistribution


def _english(labels: list[ChartText]) -> list[str]:
    return [str(label) for label in labels]


def test_bucket_labels_pick_the_natural_unit() -> None:
    assert _english(bucket_labels(RESPONSE_EDGES)) == [
        "<5 min", "5–15 min", "15–30 min", "30–60 min", "1–2 h", "2–4 h", "4–8 h", "≥8 h",
    ]  # fmt: skip
    assert _english(bucket_labels(RESOLUTION_EDGES))[-5:] == [
        "8–24 h", "1–2 d", "2–3 d", "3–7 d", "≥7 d",
    ]  # fmt: skip


def test_bucket_labels_are_chart_texts_with_their_numbers_as_values() -> None:
    shorter, between, longer = bucket_labels((300, 900))
    assert shorter == ChartText("<{duration}", duration=ChartText("{count} min", count=5))
    assert between == ChartText("{low}–{high} min", low=5, high=15)
    tagged = longer.render(lambda context, text: f"[{context}] {text}")
    assert tagged == "[Charts] ≥[Charts] 15 min"  # both templates in the chart context


def test_histogram_shares_by_hand() -> None:
    chart = time_histogram(TimeDistribution((300, 900), (1, 2, 5)))
    assert [(str(b.label), b.count, b.percent) for b in chart.bars] == [
        ("<5 min", 1, Decimal("12.50")),
        ("5–15 min", 2, Decimal("25.00")),
        ("≥15 min", 5, Decimal("62.50")),
    ]
    assert chart.total == 8
    with pytest.raises(ValueError):
        TimeDistribution((300,), (1,))


def test_satisfaction_bands_from_the_csat_details() -> None:
    csat = KpiValue("csat", Decimal(80), details=(("非常满意", Decimal(3)), ("一般", Decimal(1))))
    chart = satisfaction_bands(csat)
    assert [(str(b.label), b.count) for b in chart.bars] == [
        ("Very satisfied", 3), ("Satisfied", 0), ("Neutral", 1), ("Dissatisfied", 0),
    ]  # fmt: skip
    assert chart.bars[0].percent == Decimal("75.00")
    assert satisfaction_bands(KpiValue("csat", None, "none")).total == 0
