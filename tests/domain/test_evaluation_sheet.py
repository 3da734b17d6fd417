"""The sheet view-model and its content hash."""

import dataclasses
import hashlib
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.evaluation_sheet import (
    LEGACY_HASH_FORMAT,
    DescriptorLevel,
    EvaluationSheet,
    KpiFigures,
    SheetCategory,
    SheetIndicator,
    canonical_json,
    content_hash,
)
from tests.reports.sample_sheets import DATA_ENTRY, STANDARDS, supervisor_sheet

D = Decimal


def test_hash_is_sha256_of_the_canonical_json() -> None:
    sheet = supervisor_sheet()
    expected = hashlib.sha256(canonical_json(sheet).encode("utf-8")).hexdigest()
    assert content_hash(sheet) == expected
    assert len(expected) == 64
    assert canonical_json(sheet).startswith('{"format":"kpm-sheet/2","sheet":{')
    assert "营销管理部" in canonical_json(sheet)  # not \\u-escaped


def test_hash_ignores_decimal_scale() -> None:
    sheet = supervisor_sheet()
    rescaled = dataclasses.replace(sheet, total=Decimal("86.0000"))
    assert content_hash(rescaled) == content_hash(sheet)


def test_hash_changes_with_any_content() -> None:
    sheet = supervisor_sheet()
    category = sheet.categories[0]
    changed_score = dataclasses.replace(
        category.indicators[0], score=Decimal(29), earned=Decimal("29.00")
    )
    variants = [
        dataclasses.replace(sheet, total=Decimal("86.01")),
        dataclasses.replace(sheet, grade="优秀"),
        dataclasses.replace(sheet, revision=2),
        dataclasses.replace(sheet, finalized=False),
        dataclasses.replace(sheet, improvement_plan=sheet.improvement_plan + "。"),
        dataclasses.replace(
            sheet,
            categories=(
                dataclasses.replace(category, indicators=(changed_score, *category.indicators[1:])),
            ),
        ),
    ]
    hashes = {content_hash(v) for v in variants}
    assert content_hash(sheet) not in hashes
    assert len(hashes) == len(variants)


def test_signing_after_printing_keeps_the_hash() -> None:
    sheet = supervisor_sheet()
    signed = dataclasses.replace(sheet, acknowledged_on=date(2026, 10, 15), signatories=())
    assert content_hash(signed) == content_hash(sheet)


def test_a_chosen_level_must_exist() -> None:
    level = DescriptorLevel("优", Decimal(9), Decimal(10), "好")
    with pytest.raises(ValueError, match="chosen level 1"):
        SheetIndicator("x", "src", "直接上级", Decimal(10), levels=(level,), chosen_level=1)


def test_earned_sum_adds_the_printed_scores() -> None:
    assert supervisor_sheet().earned_sum == Decimal("86.00")


@given(hs.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, places=4))
def test_equal_decimals_hash_equal(value: Decimal) -> None:
    sheet = supervisor_sheet()
    a = dataclasses.replace(sheet, total=value)
    b = dataclasses.replace(sheet, total=value.quantize(Decimal("0.00000001")))
    assert content_hash(a) == content_hash(b)


def _sheet_with_kpi_lines() -> EvaluationSheet:
    """A revenue line with a value and an n/a satisfaction line, as the mapping makes them."""
    revenue = KpiFigures(
        key="revenue",
        kpi_name="销售额",
        value=D("123456.5"),
        unit="元",
        formula="考核期内成交（赢单）订单的金额之和，按成交日期计",
        numerator=D("123456.5"),
        target=D(100000),
    )
    csat = KpiFigures(
        key="csat",
        kpi_name="客户满意度",
        value=None,
        unit="分",
        formula="考核期内解决且有评分的工单的满意度平均分（百分制）",
        numerator=D(0),
        denominator=D(0),
        no_value_reason="考核期内解决的工单均无满意度评分",
    )
    indicators = (
        dataclasses.replace(STANDARDS, kpi=csat),
        dataclasses.replace(DATA_ENTRY, kpi=revenue),
    )
    return dataclasses.replace(
        supervisor_sheet(), categories=(SheetCategory("业绩指标", indicators),)
    )


def test_the_na_kpi_line_and_its_reason_are_hashed() -> None:
    sheet = _sheet_with_kpi_lines()
    category = sheet.categories[0]
    na_line = category.indicators[0].kpi
    assert na_line is not None
    variants = [
        dataclasses.replace(na_line, no_value_reason="考核期内无受理的工单"),
        dataclasses.replace(na_line, value=D(80)),
    ]
    for kpi in variants:
        changed = dataclasses.replace(category.indicators[0], kpi=kpi)
        rows = (changed, *category.indicators[1:])
        other = dataclasses.replace(
            sheet, categories=(dataclasses.replace(category, indicators=rows),)
        )
        assert content_hash(other) != content_hash(sheet)


def test_sheets_printed_in_format_1_keep_their_hash() -> None:
    """kpm-sheet/1 printed the English formula and no line for an n/a KPI: the legacy form
    rebuilds that, and gives the hash the previous version printed for this sheet."""
    sheet = _sheet_with_kpi_lines()
    legacy = canonical_json(sheet, LEGACY_HASH_FORMAT)
    assert legacy.startswith('{"format":"kpm-sheet/1","sheet":{')
    assert '"formula":"sum of amount of deals won with closed date in P"' in legacy
    assert "no_value_reason" not in legacy and '"key"' not in legacy
    # computed by KPM Desktop before this format, for the same sheet
    expected = "1051be01bb1b45cf91332d3dd0e83fc02a9e705f52229e740c7fe835a0b8bb17"
    assert content_hash(sheet, LEGACY_HASH_FORMAT) == expected
    assert content_hash(sheet) != expected


def test_an_unknown_hash_format_is_refused() -> None:
    with pytest.raises(ValueError, match="kpm-sheet/0"):
        content_hash(supervisor_sheet(), "kpm-sheet/0")


def test_a_sheet_names_a_chain_head_in_a_copy_only_when_it_names_another() -> None:
    head = ChainAnchor.of_head(7, "ab" * 32)
    anchored = supervisor_sheet().naming_head(head)
    assert anchored.chain_anchor == head
    assert anchored.naming_head(ChainAnchor.of_head(7, "ab" * 32)) is anchored
    later = anchored.naming_head(ChainAnchor.of_head(8, "cd" * 32))
    assert later is not anchored and later.chain_anchor == ChainAnchor.of_head(8, "cd" * 32)
    assert dataclasses.replace(later, chain_anchor=head) == anchored
