"""Numbers as printed on a sheet: Decimal in, text out, never through float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kpm_desktop.domain.appraisal import NOT_SCORED_ZH


def number(value: Decimal, places: int | None = None) -> str:
    """`places` fixed decimals (ROUND_HALF_UP), or the value without trailing zeros."""
    if places is not None:
        return format(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def percent(value: Decimal) -> str:
    """A weight such as 30 or 2.5 as `30%` / `2.5%` (at most two decimals)."""
    return f"{number(value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))}%"


def printed_total(total: Decimal | None) -> str:
    """A total with 2 decimals, or 未评分 when there is none yet (never a 0)."""
    return NOT_SCORED_ZH if total is None else number(total, places=2)
