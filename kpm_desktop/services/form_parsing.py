"""Turning the text of a form into typed values, with messages that name the field and value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from kpm_desktop.services.table_spec import FieldSpec, FieldValidationError, ValueKind, field_term

CENT = Decimal("0.01")
TRUE_WORDS = frozenset({"1", "true", "yes", "y", "是"})
FALSE_WORDS = frozenset({"0", "false", "no", "n", "否", ""})
DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M")


def parse_form(fields: Sequence[FieldSpec], raw: Mapping[str, str]) -> dict[str, object]:
    """Typed values for every field; a missing key counts as an empty input."""
    return {spec.key: parse_field(spec, raw.get(spec.key, "")) for spec in fields}


def parse_field(spec: FieldSpec, raw: str) -> object:
    text = raw.strip()
    if spec.kind is ValueKind.BOOLEAN:
        return _parse_boolean(spec, text)
    if not text:
        if spec.required:
            raise FieldValidationError(
                "{label} is required", field=spec.key, label=field_term(spec)
            )
        return "" if spec.kind is ValueKind.TEXT else None
    parsers = {
        ValueKind.TEXT: _parse_text,
        ValueKind.INTEGER: _parse_integer,
        ValueKind.MONEY: _parse_money,
        ValueKind.DATE: _parse_date,
        ValueKind.DATETIME: _parse_datetime,
    }
    return parsers[spec.kind](spec, text)


def _parse_text(spec: FieldSpec, text: str) -> str:
    if spec.max_length is not None and len(text) > spec.max_length:
        raise FieldValidationError(
            "{label} is {text_length} characters long; at most {max_length}",
            field=spec.key,
            label=field_term(spec),
            text_length=len(text),
            max_length=spec.max_length,
        )
    if spec.choices and text not in spec.choices:
        raise FieldValidationError(
            "{label} '{text}' is not one of: {choices}",
            field=spec.key,
            label=field_term(spec),
            text=text,
            choices=", ".join(spec.choices),
        )
    return text


def _parse_integer(spec: FieldSpec, text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise FieldValidationError(
            "{label} must be a whole number, not '{text}'",
            field=spec.key,
            label=field_term(spec),
            text=text,
        ) from None


def _parse_money(spec: FieldSpec, text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise FieldValidationError(
            "{label} must be an amount like 12345.67, not '{text}'",
            field=spec.key,
            label=field_term(spec),
            text=text,
        ) from None
    if not value.is_finite():
        raise FieldValidationError(
            "{label} must be an amount, not '{text}'",
            field=spec.key,
            label=field_term(spec),
            text=text,
        )
    if value < 0:
        raise FieldValidationError(
            "{label} must not be negative: {text}",
            field=spec.key,
            label=field_term(spec),
            text=text,
        )
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _parse_date(spec: FieldSpec, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise FieldValidationError(
            "{label} must be a date like 2026-09-30, not '{text}'",
            field=spec.key,
            label=field_term(spec),
            text=text,
        ) from None


def _parse_datetime(spec: FieldSpec, text: str) -> datetime:
    for pattern in DATETIME_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    raise FieldValidationError(
        "{label} must be a time like 2026-09-30 14:05, not '{text}'",
        field=spec.key,
        label=field_term(spec),
        text=text,
    )


def _parse_boolean(spec: FieldSpec, text: str) -> bool:
    word = text.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise FieldValidationError(
        "{label} must be yes or no, not '{text}'", field=spec.key, label=field_term(spec), text=text
    )


def format_value(kind: ValueKind, value: object) -> str:
    """The text a form shows for a stored value (the inverse of `parse_field`)."""
    if value is None:
        return ""
    if kind is ValueKind.BOOLEAN:
        return "yes" if value else "no"
    if kind is ValueKind.DATETIME and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if kind is ValueKind.MONEY and isinstance(value, Decimal):
        return str(value.quantize(CENT, rounding=ROUND_HALF_UP))
    return str(value)
