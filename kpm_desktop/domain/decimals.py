"""Decimal helpers for scoring and messages: ROUND_HALF_UP, numbers as people write them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kpm_desktop.domain.errors import ValidationError

CENT = Decimal("0.01")


def round_to(value: Decimal, places: int = 2) -> Decimal:
    """Round half up to `places` decimals: 2.345 -> 2.35."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(value: Decimal) -> str:
    """A number as people write it in a message: 30, 69.99, 0.5 (no exponent, no trailing 0)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def plain_decimal(value: Decimal) -> str:
    """A Decimal's exact digits, never in exponent form: 0E+4 -> 0, 1.5E+3 -> 1500, 30.00
    stays 30.00. Every number KPM Desktop writes to JSON or an export file goes through it."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite number")
    text = format(value, "f")
    return "0" if text == "-0" else text


def decimal_places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def typed_decimal(text: str, what: str) -> Decimal:
    """A number typed by a user ("1,200,000", " 60 "); `what` names it in the refusal."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise ValidationError("{what}: '{text}' is not a number", what=what, text=text) from None
    if not value.is_finite():
        raise ValidationError("{what}: '{text}' is not a number", what=what, text=text)
    return value
