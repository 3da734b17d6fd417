"""Turning the cells of one file row into clean values, or into row-level errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kpm_desktop.domain.cell_values import CellValueError, clean_text
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.import_columns import Column, Parsed, ValueType, is_blank
from kpm_desktop.domain.import_kinds import ImportKind, rule_of

Values = dict[str, Parsed]


@dataclass(frozen=True)
class RowError:
    """One problem in one cell. Rows count the header as row 1, as a spreadsheet shows them."""

    row: int
    column: str
    value: str
    reason: str

    def __str__(self) -> str:
        shown = f"'{self.value}'" if self.value else "(empty)"
        return f"row {self.row}, column {self.column}, value {shown}: {self.reason}"


def blank_value(column: Column) -> Parsed:
    """What an empty cell means: the column's default, or empty text for plain text."""
    if column.default is not None:
        return column.default
    if column.type is ValueType.TEXT and column.reference is None:
        return ""
    return None


class RowConverter:
    """Converts rows of one file, given which column of the file holds which field."""

    def __init__(
        self, kind: ImportKind, headers: Sequence[str], mapping: Mapping[str, int]
    ) -> None:
        missing = [c for c in kind.columns if c.required and c.field not in mapping]
        if missing:
            names = ", ".join(f"{c.zh} ({c.en})" for c in missing)
            raise ValidationError(f"The file has no column for: {names}")
        self.kind = kind
        self._cells = [
            (column, index, headers[index] if index < len(headers) else column.zh)
            for column in kind.columns
            if (index := mapping.get(column.field)) is not None
        ]
        self._plan = [
            (column.field, index, header, column.parser(), column.required, blank_value(column))
            for column, index, header in self._cells
        ]
        # Key fields the file leaves out still take part in the key, with their default.
        self._key_defaults = {
            name: blank_value(kind.column(name)) for name in kind.key if name not in mapping
        }
        self._rule = rule_of(kind)
        self._header_of = {column.field: header for column, _index, header in self._cells}

    @property
    def fields(self) -> list[str]:
        """The fields this file provides, plus key fields at their default."""
        return [column.field for column, _i, _h in self._cells] + list(self._key_defaults)

    def header_of(self, field: str) -> str:
        return self._header_of.get(field) or self.kind.column(field).zh

    def convert(self, number: int, cells: Sequence[object]) -> tuple[Values, list[RowError]]:
        """The row's values and its errors; a value that cannot be parsed is left out."""
        values: Values = dict(self._key_defaults)
        errors: list[RowError] = []
        width = len(cells)
        for name, index, header, parse, required, blank in self._plan:
            raw = cells[index] if index < width else None
            if is_blank(raw):
                if required:
                    errors.append(RowError(number, header, "", "required value missing"))
                values[name] = blank
                continue
            try:
                values[name] = parse(raw)
            except CellValueError as exc:
                errors.append(RowError(number, header, clean_text(raw), exc.reason))
        if errors:
            return values, errors
        return values, [
            RowError(number, self.header_of(name), shown(values.get(name)), reason)
            for name, reason in self._rule(values)
        ]

    def key_of(self, values: Values) -> tuple[Parsed, ...]:
        return tuple(values[name] for name in self.kind.key)


def shown(value: Parsed) -> str:
    return "" if value is None else str(value)
