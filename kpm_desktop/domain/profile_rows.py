"""Applying an import profile to the rows of a file, before the usual conversion.

The profile's columns become a row of one cell per field (a header feeding two fields is
read twice), in the layout `RowConverter` then reads like any file. On the way each cell
gets the profile's date format, its value map (an unlisted value is refused, kept or
replaced by the map's default, and always listed in `unmapped()`), and `blank_when`.
A choice field without a value map lists the file values it does not know, too, so the
user can map them. Names and e-mails of staff and customers are turned into numbers by
the service, which can look them up (services/imports/profiled_rows.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from kpm_desktop.domain.cell_values import clean_text
from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.import_columns import Column, ValueType, is_blank
from kpm_desktop.domain.import_profiles import ImportProfile, Unmapped, ValueMap, field_indexes
from kpm_desktop.domain.import_rows import RowError

Cell = object


@dataclass
class UnmappedValue:
    """A file value no value map lists, with the rows it was found in."""

    field: str
    header: str
    value: str
    rows: int
    first_row: int
    outcome: Unmapped  # what was done with it


@dataclass(frozen=True)
class _FieldPlan:
    column: Column
    file_index: int
    header: str
    hint: Callable[[Cell], Cell] | None
    value_map: ValueMap | None


class ProfileLayout:
    """Which cell of a file row feeds which field, and the prepared row's layout."""

    def __init__(
        self, profile: ImportProfile, kind: TableDefinition, headers: Sequence[str], file: str
    ) -> None:
        indexes = field_indexes(profile, headers, file)
        self.file_mapping = indexes
        self.plans = [
            _FieldPlan(
                column,
                index,
                headers[index],
                _date_hint(column, profile),
                profile.values.get(column.field),
            )
            for column in kind.columns
            if (index := indexes.get(column.field)) is not None
        ]
        self.headers = [plan.header for plan in self.plans]
        self.mapping = {plan.column.field: position for position, plan in enumerate(self.plans)}


def _date_hint(column: Column, profile: ImportProfile) -> Callable[[Cell], Cell] | None:
    if column.type is ValueType.DATE and profile.date_format:
        day_format = profile.date_format
        return lambda raw: _strptime(raw, day_format, date_only=True)
    if column.type is ValueType.DATETIME and profile.datetime_format:
        moment_format = profile.datetime_format
        return lambda raw: _strptime(raw, moment_format, date_only=False)
    return None


def _strptime(raw: Cell, text_format: str, *, date_only: bool) -> Cell:
    """The cell read with the profile's format; any other cell is left to the usual parser
    (an XLSX date, an ISO date), which names the problem when there is one."""
    if not isinstance(raw, str):
        return raw
    try:
        moment = datetime.strptime(raw.strip(), text_format)
    except ValueError:
        return raw
    return moment.date() if date_only else moment


class ProfiledRows:
    """Prepares the rows of one file for one profile; collects the unmapped values."""

    def __init__(self, profile: ImportProfile, layout: ProfileLayout) -> None:
        self._profile = profile
        self._layout = layout
        self._found: dict[tuple[str, str], UnmappedValue] = {}
        mapping = layout.mapping
        self._blanks = [
            (mapping[name], mapping[rule.when], frozenset(rule.values))
            for name, rule in profile.blank_when.items()
            if name in mapping and rule.when in mapping
        ]

    def prepare(self, number: int, cells: Sequence[Cell]) -> tuple[list[Cell], list[RowError]]:
        """The row in the layout's order, and the errors of refused values (their cells
        left empty)."""
        width = len(cells)
        row: list[Cell] = []
        errors: list[RowError] = []
        for plan in self._layout.plans:
            raw = cells[plan.file_index] if plan.file_index < width else None
            if is_blank(raw):
                row.append(raw)
                continue
            if plan.hint is not None:
                raw = plan.hint(raw)
            if plan.value_map is not None:
                raw = self._mapped(number, plan, plan.value_map, raw, errors)
            elif plan.column.type is ValueType.CHOICE:
                self._note_unknown_choice(number, plan, raw)
            row.append(raw)
        for field_at, when_at, states in self._blanks:
            if row[when_at] in states:
                row[field_at] = None
        return row, errors

    def _mapped(
        self, number: int, plan: _FieldPlan, value_map: ValueMap, raw: Cell, errors: list[RowError]
    ) -> Cell:
        found = value_map.lookup(raw)
        if found is not None:
            return found
        text = clean_text(raw)
        self._note(number, plan, text, value_map.unmapped)
        if value_map.unmapped is Unmapped.KEEP:
            return raw
        if value_map.unmapped is Unmapped.DEFAULT:
            return value_map.default
        reason = UserText("not in the value map of profile '{profile}'", profile=self._profile.name)
        errors.append(RowError(number, plan.header, text, reason))
        return None

    def _note_unknown_choice(self, number: int, plan: _FieldPlan, raw: Cell) -> None:
        text = clean_text(raw)
        if text.lower() not in plan.column.choices:
            self._note(number, plan, text, Unmapped.REFUSE)

    def _note(self, number: int, plan: _FieldPlan, text: str, outcome: Unmapped) -> None:
        key = (plan.column.field, text)
        seen = self._found.get(key)
        if seen is None:
            self._found[key] = UnmappedValue(
                plan.column.field, plan.header, text, 1, number, outcome
            )
        else:
            seen.rows += 1

    def unmapped(self) -> list[UnmappedValue]:
        return sorted(self._found.values(), key=lambda value: (value.first_row, value.field))
