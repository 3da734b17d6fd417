"""The selection comparison in the domain: price ranks from the quoted figures (ties share
the better place), member totals weighted, bidders ranked, missing sheets named."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kpm_desktop.domain.builtin_templates import supervisor_template, vendor_selection_template
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.domain.selection import (
    Bidder,
    MemberSheet,
    PanelMember,
    check_member_weights,
    check_panel_template,
    check_sheet,
    compare,
    missing_sheets_text,
    rated_indicators,
)

D = Decimal
TEMPLATE = vendor_selection_template()


def _full() -> dict[str, IndicatorRating]:
    return {
        i.code: IndicatorRating(met=MetLevel.FULL)
        if i.method.kind.value == "met"
        else IndicatorRating(provided=True)
        for i in rated_indicators(TEMPLATE)
    }


def _bidders(*prices: int) -> list[Bidder]:
    return [Bidder(n, f"B{n}", figures={"P1": D(p)}) for n, p in enumerate(prices, start=1)]


def test_a_full_sheet_earns_the_technical_60_plus_the_price_by_rank() -> None:
    members = [PanelMember(1, 10, "a", D(100))]
    bidders = _bidders(100, 100, 120, 130)
    sheets = [MemberSheet(1, b.id, _full()) for b in bidders]
    comparison = compare(TEMPLATE, bidders, members, sheets)
    # 100 and 100 share place 1 (5 points, 40.00); 120 is place 3 (4 points, the list's
    # last entry, 32.00); 130 is last (3 points, 24.00).
    assert [r.weighted_total for r in comparison.results] == [D(100), D(100), D(92), D(84)]
    assert [r.rank for r in comparison.results] == [1, 1, 3, 4]
    assert [r.spread for r in comparison.results] == [D(0)] * 4


def test_members_weights_and_missing_sheets() -> None:
    members = [PanelMember(1, 10, "a", D(70)), PanelMember(2, 11, "b", D(30))]
    bidders = _bidders(100, 120)
    partial = {**_full(), "F1": IndicatorRating(met=MetLevel.PARTIAL)}
    sheets = [
        MemberSheet(1, 1, _full()),
        MemberSheet(2, 1, partial),  # F1 3 of 5 points: 4.50 of 7.50
        MemberSheet(1, 2, _full()),
    ]
    comparison = compare(TEMPLATE, bidders, members, sheets)
    first, second = comparison.results
    assert first.weighted_total == D("99.10")  # 100 x 0.7 + 97 x 0.3
    assert first.spread == D(3) and first.rank == 1
    assert second.weighted_total is None and second.rank is None
    assert missing_sheets_text(comparison.missing) == "b: B2"
    assert not comparison.complete


def test_a_selection_without_members_compares_nothing() -> None:
    comparison = compare(TEMPLATE, _bidders(1), [], [])
    assert comparison.results[0].weighted_total is None
    assert comparison.results[0].weighted_earned("F1", []) is None


def test_refusals_name_what_is_wrong() -> None:
    with pytest.raises(ValidationError, match="panel only"):
        check_panel_template(supervisor_template())
    with pytest.raises(ValidationError, match="total 90, not 100"):
        check_member_weights([PanelMember(1, 1, "a", D(90))])
    with pytest.raises(ValidationError, match="no quoted figure for P1"):
        compare(TEMPLATE, [Bidder(1, "甲", figures={})], [], [])
    with pytest.raises(ValidationError, match=r"Template .* has no indicators X9"):
        check_sheet(TEMPLATE, {**_full(), "X9": IndicatorRating(met=MetLevel.FULL)})
