"""The sheet view-model and its content hash."""

import dataclasses
import hashlib
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as hs

from kpm_desktop.domain.evaluation_sheet import (
    DescriptorLevel,
    SheetIndicator,
    canonical_json,
    content_hash,
)
from tests.reports.sample_sheets import supervisor_sheet


def test_hash_is_sha256_of_the_canonical_json() -> None:
    sheet = supervisor_sheet()
    expected = hashlib.sha256(canonical_json(sheet).encode("utf-8")).hexdigest()
    assert content_hash(sheet) == expected
    assert len(expected) == 64
    assert canonical_json(sheet).startswith('{"format":"kpm-sheet/1","sheet":{')
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
