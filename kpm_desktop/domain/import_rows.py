"""Turning the cells of one file row into clean values, or into row-level errors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from kpm_desktop.domain.cell_values import CellValueError, clean_text
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import UserText, ValidationError
from kpm_desktop.domain.import_columns import Parsed, ValueType, is_blank
from kpm_desktop.domain.office_time import UTC_ZONE, to_office, to_storage
from kpm_desktop.domain.quick_rows import QuickRows, Values, blank_value


@dataclass(frozen=True)
class RowError:
    """One problem in one cell. Rows count the header as row 1, as a spreadsheet shows them."""

    row: int
    column: str
    value: str
    reason: UserText

    @property
    def text(self) -> UserText:
        if self.value:
            return UserText(
                "row {row}, column {column}, value '{value}': {reason}",
                row=self.row,
                column=self.column,
                value=self.value,
                reason=self.reason,
            )
        return UserText(
            "row {row}, column {column}, value (empty): {reason}",
            row=self.row,
            column=self.column,
            reason=self.reason,
        )

    def __str__(self) -> str:
        return str(self.text)


# A row's errors; a clean row's are `()`, the one empty tuple (see `RowConverter.convert`).
RowErrors = tuple[RowError, ...]


class RowConverter:
    """Converts rows of one file, given which column of the file holds which field."""

    def __init__(
        self,
        kind: TableDefinition,
        headers: Sequence[str],
        mapping: Mapping[str, int],
        zone: ZoneInfo = UTC_ZONE,
    ) -> None:
        """`zone` is the office's: clock times are read in it and stored as naive UTC."""
        missing = [c for c in kind.columns if c.required and c.field not in mapping]
        if missing:
            names = ", ".join(f"{c.zh} ({c.en})" for c in missing)
            raise ValidationError("The file has no column for: {names}", names=names)
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
        self._rules = kind.rules_for(self.fields)
        self._has_rule = bool(self._rules)
        self._header_of = {column.field: header for column, _index, header in self._cells}
        self._quick = QuickRows([(column, index) for column, index, _h in self._cells])
        self._width = max((index + 1 for _c, index, _h in self._cells), default=0)
        self._zone = zone
        self._moments = tuple(
            column.field for column, _i, _h in self._cells if column.type is ValueType.DATETIME
        )

    @property
    def fields(self) -> list[str]:
        """The fields this file provides, plus key fields at their default."""
        return [column.field for column, _i, _h in self._cells] + list(self._key_defaults)

    def header_of(self, field: str) -> str:
        return self._header_of.get(field) or self.kind.column(field).zh

    def convert(self, number: int, cells: Sequence[object]) -> tuple[Values, RowErrors]:
        """The row's values and its errors; a value that cannot be parsed is left out.

        A clean row's errors are the shared empty tuple: no new list per row for the cyclic
        garbage collector to count (docs/architecture.md, "Import speed without global
        switches")."""
        if len(cells) >= self._width:
            values = self._quick.read(cells)
            if values is not None:
                if self._moments:
                    self._store_moments(values)
                if self._key_defaults:
                    values.update(self._key_defaults)
                if not self._has_rule:
                    return values, ()
                return values, self._rule_errors(number, values)
        return self.convert_carefully(number, cells)

    def convert_carefully(
        self, number: int, cells: Sequence[object]
    ) -> tuple[Values, RowErrors]:
        """`convert` without the quick path, cell by cell: the reference for the quick path."""
        values: Values = dict(self._key_defaults)
        errors: list[RowError] = []
        width = len(cells)
        for name, index, header, parse, required, blank in self._plan:
            raw = cells[index] if index < width else None
            if is_blank(raw):
                if required:
                    errors.append(RowError(number, header, "", UserText("required value missing")))
                values[name] = blank
                continue
            try:
                values[name] = parse(raw)
            except CellValueError as exc:
                errors.append(RowError(number, header, clean_text(raw), exc.reason))
        self._store_moments(values)
        if errors:
            return values, tuple(errors)
        return values, self._rule_errors(number, values)

    def _store_moments(self, values: Values) -> None:
        """Clock times of the office's zone, and moments with an offset, as naive UTC."""
        zone = self._zone
        for name in self._moments:
            moment = values.get(name)
            if isinstance(moment, datetime):
                values[name] = to_storage(moment, zone)

    def _rule_errors(self, number: int, values: Values) -> RowErrors:
        """The record rules, judged on the office's clock times, as the file and the add /
        edit form give them: their reasons name the other moment as the user knows it."""
        seen = self._in_office_time(values) if self._moments else values
        return tuple(
            RowError(number, self.header_of(name), shown(seen.get(name)), reason)
            for name, reason in self.kind.problems(seen, self._rules)
        )

    def _in_office_time(self, values: Values) -> Values:
        seen = dict(values)
        for name in self._moments:
            moment = seen.get(name)
            if isinstance(moment, datetime):
                seen[name] = to_office(moment, self._zone)
        return seen

    def key_of(self, values: Values) -> tuple[Parsed, ...]:
        return tuple(values[name] for name in self.kind.key)


def shown(value: Parsed) -> str:
    return "" if value is None else str(value)
