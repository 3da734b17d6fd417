from decimal import Decimal

import pytest

from kpm_desktop.charts.service_quality import (
    bucket_labels,
    satisfaction_bands,
    time_histogram,
)
from kpm_desktop.domain.kpi import KpiValue
from kpm_desktop.domain.ticket_times import RESOLUTION_EDGES, RESPONSE_EDGES, TimeDistribution


def test_bucket_labels_pick_the_natural_unit() -> None:
    assert bucket_labels(RESPONSE_EDGES) == [
        "<5分钟", "5–15分钟", "15–30分钟", "30–60分钟", "1–2小时", "2–4小时", "4–8小时",
        "≥8小时",
    ]  # fmt: skip
    assert bucket_labels(RESOLUTION_EDGES)[-5:] == ["8–24小时", "1–2天", "2–3天", "3–7天", "≥7天"]


def test_histogram_shares_by_hand() -> None:
    chart = time_histogram("响应时间", TimeDistribution((300, 900), (1, 2, 5)))
    assert [(b.label, b.count, b.percent) for b in chart.bars] == [
        ("<5分钟", 1, Decimal("12.50")),
        ("5–15分钟", 2, Decimal("25.00")),
        ("≥15分钟", 5, Decimal("62.50")),
    ]
    assert chart.total == 8
    with pytest.raises(ValueError):
        TimeDistribution((300,), (1,))


def test_satisfaction_bands_from_the_csat_details() -> None:
    csat = KpiValue("csat", Decimal(80), details=(("非常满意", Decimal(3)), ("一般", Decimal(1))))
    chart = satisfaction_bands(csat)
    assert [(b.label, b.count) for b in chart.bars] == [
        ("非常满意", 3), ("满意", 0), ("一般", 1), ("不满意", 0),
    ]  # fmt: skip
    assert chart.bars[0].percent == Decimal("75.00")
    assert satisfaction_bands(KpiValue("csat", None, "none")).total == 0
