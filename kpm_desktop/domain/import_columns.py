"""The columns of a CRM table (one field each: header names, type, limits) and header matching.

A `Column` is one field of a table definition (domain/crm_definition.py): the import reads
it, the add / edit form parses it, the table page shows it.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from kpm_desktop.domain import cell_values
from kpm_desktop.domain.cell_values import CellValueError
from kpm_desktop.domain.errors import Term, UserText
from kpm_desktop.domain.text_shapes import Shape, check_shape

# The context of the UI's words for the CRM tables' fields (form labels, column headers).
FIELD_TERMS_CONTEXT = "CrmTables"


class ValueType(StrEnum):
    TEXT = "text"
    DATE = "date"
    DATETIME = "datetime"
    AMOUNT = "amount"  # money, 2 decimals
    QUANTITY = "quantity"  # target values, 4 decimals
    INTEGER = "integer"
    BOOLEAN = "boolean"
    PERIOD = "period"
    CHOICE = "choice"


Parsed = str | date | datetime | Decimal | int | bool | None

_PARSERS: dict[ValueType, Callable[[object], Any]] = {
    ValueType.DATE: cell_values.parse_date,
    ValueType.DATETIME: cell_values.parse_datetime,
    ValueType.AMOUNT: cell_values.parse_decimal,
    ValueType.QUANTITY: lambda value: cell_values.parse_decimal(value, places=4),
    ValueType.INTEGER: cell_values.parse_integer,
    ValueType.BOOLEAN: cell_values.parse_boolean,
    ValueType.PERIOD: cell_values.parse_period,
}

_NUMBERS = frozenset({ValueType.AMOUNT, ValueType.QUANTITY, ValueType.INTEGER})


@dataclass(frozen=True)
class Reference:
    """A column naming a record of another kind by its business key (a customer code)."""

    kind: str  # "staff", "customers" or "departments"
    stores_as: str  # the id column written, e.g. "customer_id"

    @property
    def unknown(self) -> UserText:
        """The reason given for a key naming no record, by the import and the form alike."""
        return UNKNOWN_REFERENCE[self.kind]

    @property
    def key_name(self) -> str:
        """What the column holds, as a form's hint says it."""
        return REFERENCE_KEY_NAMES[self.kind]


UNKNOWN_REFERENCE = {
    "staff": UserText("unknown employee no."),
    "customers": UserText("unknown customer code"),
    "departments": UserText("unknown department code"),
}
REFERENCE_KEY_NAMES = {
    "staff": "employee no.",
    "customers": "customer code",
    "departments": "department code",
}


@dataclass(frozen=True)
class Column:
    field: str
    zh: str
    en: str
    type: ValueType = ValueType.TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()
    max_length: int = 200
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    # Accepted spellings (lower case) -> stored value, for CHOICE columns.
    choices: Mapping[str, str] = dataclasses.field(default_factory=dict)
    reference: Reference | None = None
    default: Parsed = None
    # The form's label and the table page's header (English; the UI translates it).
    label: str = ""
    hint: str = ""  # what the form's empty input suggests
    shape: Shape | None = None  # e-mail or phone, for text
    listed: bool = True  # shown on the table page without asking

    @property
    def term(self) -> Term:
        """The field as messages name it: the form's label, translated like it."""
        return Term(FIELD_TERMS_CONTEXT, self.label or self.en)

    @property
    def stored_choices(self) -> tuple[str, ...]:
        """The values a CHOICE column stores, in the order first given."""
        return tuple(dict.fromkeys(self.choices.values()))

    @property
    def header_names(self) -> tuple[str, ...]:
        return (self.zh, self.en, self.field, *self.aliases)

    def parser(self) -> Callable[[object], Parsed]:
        """`parse` with the choice of parser made once, for a whole column of cells."""
        if self.type is ValueType.CHOICE:
            return self.parse
        if self.type is not ValueType.TEXT:
            parse = _PARSERS[self.type]
            ranged = self.minimum is not None or self.maximum is not None
            if not ranged or self.type not in _NUMBERS:
                return parse
            check = self._check_range

            def parse_number(raw: object) -> Parsed:
                value = parse(raw)
                check(Decimal(value))
                return value  # type: ignore[no-any-return]

            return parse_number
        clean, limit, shape = cell_values.clean_text, self.max_length, self.shape

        def parse_text(raw: object) -> Parsed:
            text = clean(raw)
            if len(text) > limit:
                raise CellValueError("longer than {limit} characters", limit=limit)
            if shape is not None and text:
                check_shape(shape, text)
            return text

        return parse_text

    def parse(self, raw: object) -> Parsed:
        """The clean value of a non-empty cell; raises CellValueError."""
        if self.type is ValueType.TEXT:
            return self.parser()(raw)
        if self.type is ValueType.CHOICE:
            text = cell_values.clean_text(raw)
            try:
                return self.choices[text.lower()]
            except KeyError:
                allowed = ", ".join(sorted(set(self.choices.values())))
                raise CellValueError("unknown value; allowed: {allowed}", allowed=allowed) from None
        value = _PARSERS[self.type](raw)
        if isinstance(value, Decimal | int) and not isinstance(value, bool):
            self._check_range(Decimal(value))
        return value  # type: ignore[no-any-return]

    def _check_range(self, number: Decimal) -> None:
        if self.minimum is not None and number < self.minimum:
            if self.minimum == 0:
                raise CellValueError("negative amount")
            raise CellValueError("less than {minimum}", minimum=self.minimum)
        if self.maximum is not None and number > self.maximum:
            raise CellValueError("greater than {maximum}", maximum=self.maximum)


def is_blank(raw: object) -> bool:
    return raw is None or raw == "" or (raw.__class__ is str and raw.isspace())  # type: ignore[attr-defined]


def normalise_header(header: object) -> str:
    """Headers match ignoring case, spaces, `_`/`-`, a `*` required mark and a `(unit)`."""
    text = cell_values.clean_text(header).lower().lstrip("\ufeff")
    text = re.sub(r"[(（][^)）]*[)）]", "", text)
    return re.sub(r"[\s_\-*]", "", text)


def suggest_mapping(columns: Sequence[Column], headers: Sequence[object]) -> dict[str, int]:
    """field -> index of the header naming it; unmatched fields are left out."""
    wanted = {
        normalise_header(name): column.field for column in columns for name in column.header_names
    }
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = wanted.get(normalise_header(header))
        if name is not None and name not in mapping:
            mapping[name] = index
    return mapping


@dataclass(frozen=True)
class IgnoredColumn:
    """A header of the file no field reads, and the field it most likely meant."""

    header: str
    did_you_mean: Column | None


def ignored_columns(
    columns: Sequence[Column], headers: Sequence[object], mapping: Mapping[str, int]
) -> list[IgnoredColumn]:
    """The file's columns `mapping` leaves unread, each with the closest name of a field
    the file does not give (a misspelt or shortened header: `closed` for `closed_on`)."""
    used = set(mapping.values())
    names = {
        normalise_header(name): column
        for column in columns
        if column.field not in mapping
        for name in column.header_names
    }
    ignored = []
    for index, header in enumerate(headers):
        if index in used or is_blank(header):
            continue
        close = difflib.get_close_matches(normalise_header(header), list(names), n=1, cutoff=0.6)
        ignored.append(IgnoredColumn(str(header), names[close[0]] if close else None))
    return ignored
