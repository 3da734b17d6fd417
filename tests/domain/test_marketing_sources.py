"""Classifying customer sources for marketing ROI: rules, the default rule, per channel."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.marketing_sources import (
    MarketingSourceMap,
    MarketingSourceOverview,
    SourceRule,
    SourceStatus,
    all_channels,
    channel_rois,
)

MAP = MarketingSourceMap(
    rules={
        "广告": SourceRule("广告", True, "广告投放"),
        "展会": SourceRule("展会", False),
        "地推": SourceRule("地推", True),
    },
    channels=frozenset({"官网", "广告投放", "展会"}),
)


def test_a_rule_wins_over_the_default_rule() -> None:
    assert MAP.classify("广告").status is SourceStatus.MARKETING
    assert MAP.classify("广告").channel == "广告投放"
    assert MAP.classify("展会").status is SourceStatus.EXCLUDED  # though a channel's name
    assert MAP.classify("官网").status is SourceStatus.SPEND_CHANNEL
    assert MAP.classify("官网").channel == "官网"
    assert MAP.classify("转介绍").status is SourceStatus.UNMAPPED


def test_counted_and_unmapped_sources() -> None:
    assert MAP.counted_sources() == tuple(sorted(["广告", "地推", "官网", "广告投放"]))
    assert MAP.unmapped(["转介绍", "", "官网", "老客户", "转介绍"]) == ("老客户", "转介绍")


def test_rules_are_checked_before_they_reach_the_database() -> None:
    assert SourceRule.parse(" 官网 ", marketing=True, channel=" 官网 ") == SourceRule(
        "官网", True, "官网"
    )
    with pytest.raises(ValidationError, match="needs a name"):
        SourceRule.parse("  ", marketing=True)
    with pytest.raises(ValidationError, match="longer than 50"):
        SourceRule.parse("源" * 51, marketing=False)
    with pytest.raises(ValidationError, match="has no paying channel"):
        SourceRule.parse("展会", marketing=False, channel="展会")


def test_roi_per_channel_adds_up_to_the_company() -> None:
    revenue = {"广告": Decimal(20000), "官网": Decimal(30000), "地推": Decimal(500),
               "转介绍": Decimal(5000)}  # fmt: skip
    spend = {"官网": Decimal(4000), "广告投放": Decimal(6000), "": Decimal(100)}
    rois = {r.channel: r for r in channel_rois(MAP, ["展会"], revenue, spend)}
    assert set(rois) == {"", "官网", "广告投放"}
    assert rois[""].sources == ("地推",) and rois[""].roi.value == Decimal(400)
    assert rois["官网"].roi.value == Decimal(650)
    total = all_channels(list(rois.values()))
    assert (total.revenue, total.spend) == (Decimal(50500), Decimal(10100))
    assert total.roi.value == Decimal(400)
    assert all_channels([]).roi.is_na


def test_overview_lists_data_sources_and_ruled_ones() -> None:
    overview = MarketingSourceOverview.of(MAP, {"官网": 3, "转介绍": 2})
    assert [(e.source, e.customers, e.status) for e in overview.sources] == [
        ("地推", 0, SourceStatus.MARKETING),
        ("官网", 3, SourceStatus.SPEND_CHANNEL),
        ("展会", 0, SourceStatus.EXCLUDED),
        ("广告", 0, SourceStatus.MARKETING),
        ("转介绍", 2, SourceStatus.UNMAPPED),
    ]
    assert overview.channels == tuple(sorted(MAP.channels))
