"""A selection's deadline ends with the office's day, in the office's zone (not the
process's): the same moments give the same answers under TZ=UTC and TZ=Asia/Shanghai. And
the chain head a comparison prints stays out of its content hash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kpm_desktop.domain.builtin_templates import vendor_selection_template
from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.errors import LockedError
from kpm_desktop.domain.selection import SelectionState, compare
from kpm_desktop.domain.selection_deadline import deadline_end, is_overdue, refuse_if_overdue
from kpm_desktop.domain.selection_sheet import comparison_sheet, selection_hash

SHANGHAI = ZoneInfo("Asia/Shanghai")
DEADLINE = date(2026, 9, 30)


def test_the_deadline_day_ends_at_the_offices_midnight() -> None:
    assert deadline_end(DEADLINE, SHANGHAI) == datetime(2026, 9, 30, 16, 0)
    assert deadline_end(DEADLINE, ZoneInfo("UTC")) == datetime(2026, 10, 1, 0, 0)


@pytest.mark.parametrize(
    ("now", "overdue"),
    [
        (datetime(2026, 9, 30, 15, 30), False),  # 23:30 in Shanghai
        (datetime(2026, 9, 30, 15, 59, 59), False),  # 23:59:59
        (datetime(2026, 9, 30, 16, 0), True),  # midnight
        (datetime(2026, 9, 30, 16, 10), True),  # 00:10 on 1 October
    ],
)
def test_overdue_from_the_offices_midnight(now: datetime, overdue: bool) -> None:
    assert is_overdue(DEADLINE, now, SHANGHAI) is overdue


def test_no_deadline_is_never_overdue_and_a_late_sheet_is_refused_naming_it() -> None:
    assert not is_overdue(None, datetime(2099, 1, 1), SHANGHAI)
    refuse_if_overdue("CRM选型", None, datetime(2099, 1, 1), SHANGHAI)
    with pytest.raises(LockedError) as refused:
        refuse_if_overdue("CRM选型", DEADLINE, datetime(2026, 9, 30, 16, 10), SHANGHAI)
    message = str(refused.value)
    assert "CRM选型" in message and "2026-09-30" in message and "Asia/Shanghai" in message


def test_the_printed_chain_head_is_not_part_of_the_comparisons_hash() -> None:
    comparison = compare(vendor_selection_template(), [], [], [])
    sheet = comparison_sheet(
        1, "CRM选型", "测试公司", 1, SelectionState.SCORING, DEADLINE, None, comparison
    )
    anchored = replace(sheet, chain_anchor=ChainAnchor.of_head(42, "ab" * 32))
    assert selection_hash(anchored) == selection_hash(sheet)
