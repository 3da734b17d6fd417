"""The add / edit form of a CRM table, derived from the table's definition.

The form's fields and the table page's columns are the definition's columns; the form's
text is parsed by the same parsers as an import's cells and checked by the same record
rules, so a form and a file refuse the same record with the same reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from kpm_desktop.domain.cell_values import CellValueError
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import Column, Parsed, ValueType
from kpm_desktop.domain.quick_rows import blank_value
from kpm_desktop.services.crm_tables.table_spec import (
    ColumnSpec,
    FieldSpec,
    FieldValidationError,
    ValueKind,
)

_KINDS = {
    ValueType.DATE: ValueKind.DATE,
    ValueType.DATETIME: ValueKind.DATETIME,
    ValueType.AMOUNT: ValueKind.MONEY,
    ValueType.INTEGER: ValueKind.INTEGER,
    ValueType.BOOLEAN: ValueKind.BOOLEAN,
}
REQUIRED = UserText("required value missing")
CENT = Decimal("0.01")


def value_kind(column: Column) -> ValueKind:
    return _KINDS.get(column.type, ValueKind.TEXT)


def field_spec(column: Column) -> FieldSpec:
    hint = column.hint or (column.reference.key_name if column.reference else "")
    return FieldSpec(
        column.field,
        column.label,
        value_kind(column),
        required=column.required,
        max_length=column.max_length if column.type is ValueType.TEXT else None,
        choices=column.stored_choices,
        hint=hint,
    )


def field_specs(definition: TableDefinition) -> tuple[FieldSpec, ...]:
    return tuple(field_spec(column) for column in definition.columns)


def column_specs(definition: TableDefinition) -> tuple[ColumnSpec, ...]:
    """The table page's columns: a reference column shows the name of what it names."""
    return tuple(
        ColumnSpec(column.field, column.label, value_kind(column), column.listed)
        for column in definition.columns
    )


def field_error(column: Column, text: str, reason: UserText) -> FieldValidationError:
    """The form's message for one field: its label, the value typed and the reason."""
    if text:
        return FieldValidationError(
            "{label} '{value}': {reason}",
            field=column.field,
            reason=reason,
            label=column.term,
            value=text,
        )
    return FieldValidationError(
        "{label}: {reason}", field=column.field, reason=reason, label=column.term
    )


def parse_form(definition: TableDefinition, raw: Mapping[str, str]) -> dict[str, Parsed]:
    """Typed values of every field (a missing key is an empty input), rules checked."""
    values: dict[str, Parsed] = {}
    for column in definition.columns:
        text = raw.get(column.field, "").strip()
        if not text:
            if column.required:
                raise field_error(column, "", REQUIRED)
            values[column.field] = blank_value(column)
            continue
        try:
            values[column.field] = column.parse(text)
        except CellValueError as exc:
            raise field_error(column, text, exc.reason) from None
    for name, reason in definition.problems(values):
        value = values[name]
        raise field_error(definition.column(name), "" if value is None else str(value), reason)
    return values


def format_value(kind: ValueKind, value: object) -> str:
    """The text a form shows for a stored value (the inverse of `parse_form`)."""
    if value is None:
        return ""
    if kind is ValueKind.BOOLEAN:
        return "yes" if value else "no"
    if kind is ValueKind.DATETIME and isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if kind is ValueKind.MONEY and isinstance(value, Decimal):
        return str(value.quantize(CENT, rounding=ROUND_HALF_UP))
    return str(value)
