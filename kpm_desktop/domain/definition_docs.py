"""The CRM table definitions written out as the tables of docs/formats.md.

`scripts/write_formats_tables.py` puts them into the document; a test checks that the
document holds exactly what the definitions say.
"""

from __future__ import annotations

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.import_columns import Column, ValueType
from kpm_desktop.domain.quick_rows import blank_value
from kpm_desktop.domain.text_shapes import Shape

_TYPE_NAMES = {
    ValueType.TEXT: "text",
    ValueType.DATE: "date",
    ValueType.DATETIME: "date and time",
    ValueType.AMOUNT: "amount (2 decimals)",
    ValueType.QUANTITY: "number (4 decimals)",
    ValueType.INTEGER: "whole number",
    ValueType.BOOLEAN: "yes/no",
    ValueType.PERIOD: "period",
    ValueType.CHOICE: "one of a list",
}
_REFERENCES = {
    "staff": "an existing employee no.",
    "customers": "an existing customer code",
    "departments": "an existing department code",
}
_SHAPES = {Shape.EMAIL: "an e-mail address", Shape.PHONE: "a phone number"}
_HEADER = (
    "| Chinese header | English header | Label | Type | Required | Notes |\n"
    "|---|---|---|---|---|---|"
)


def _notes(column: Column) -> str:
    notes = []
    if column.aliases:
        notes.append("also: " + ", ".join(column.aliases))
    if column.reference is not None:
        notes.append(_REFERENCES[column.reference.kind])
    if column.shape is not None:
        notes.append(_SHAPES[column.shape])
    if column.type is ValueType.TEXT:
        notes.append(f"at most {column.max_length} characters")
    if column.minimum is not None:
        notes.append(f">= {column.minimum}")
    if column.maximum is not None:
        notes.append(f"<= {column.maximum}")
    if column.choices:
        notes.append("values: " + ", ".join(column.choices))
    if column.default not in (None, ""):
        notes.append(f"empty means {blank_value(column)}")
    return "; ".join(notes)


def _row(column: Column) -> str:
    cells = (
        column.zh,
        column.en,
        column.label,
        _TYPE_NAMES[column.type],
        "yes" if column.required else "",
        _notes(column),
    )
    return "| " + " | ".join(cells) + " |"


def _rules(definition: TableDefinition) -> list[str]:
    def header_of(name: str) -> str:
        return definition.column(name).zh

    lines = [f"- {rule.describe(header_of)}" for rule in definition.rules]
    loop = definition.self_reference
    if loop is not None:
        lines.append(
            f"- {loop.zh} makes no loop (a record above itself), counting the rows of the "
            "file and the stored records together"
        )
    return lines


def table_section(definition: TableDefinition) -> str:
    """The section of one table: business key, columns, rules."""
    key = " + ".join(definition.column(name).zh for name in definition.key)
    lines = [
        f"### `{definition.name}` ({definition.title})",
        "",
        f"Business key: {key}.",
        "",
        _HEADER,
        *(_row(column) for column in definition.columns),
    ]
    rules = _rules(definition)
    if rules:
        lines += ["", "Rules:", "", *rules]
    return "\n".join(lines) + "\n"
