"""What a browsable CRM table looks like to the GUI: its columns and its editable fields.

Headers and labels are English source text; the UI translates them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import UserText, ValidationError


class ValueKind(StrEnum):
    """How a value is stored, shown and parsed from text."""

    TEXT = "text"
    INTEGER = "integer"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    header: str
    kind: ValueKind = ValueKind.TEXT
    shown_by_default: bool = True


@dataclass(frozen=True)
class FieldSpec:
    """One input of the add / edit form. Reference fields take the business key (a code)."""

    key: str
    label: str
    kind: ValueKind = ValueKind.TEXT
    required: bool = False
    max_length: int | None = None
    choices: tuple[str, ...] = ()
    hint: str = ""


@dataclass(frozen=True)
class SortKey:
    column: str
    descending: bool = False


@dataclass(frozen=True)
class RowAnchor:
    """A row the view already holds, next to the page asked for (just before it, or just
    after it): the page is then read on from that row's sort value (keyset paging)."""

    record_id: int
    position: int


@dataclass(frozen=True)
class RowPage:
    """Rows in view order; each row is (id, value of each column in column order)."""

    offset: int
    rows: list[tuple[object, ...]]


class FieldValidationError(ValidationError):
    """A form value that breaks a rule; `field` names the input so the form can point at it,
    `reason` is what an import would say of the same value."""

    def __init__(
        self, template: str, /, *, field: str, reason: UserText | None = None, **params: object
    ) -> None:
        super().__init__(template, reason=reason, **params)
        self.field = field
        self.reason = reason


class TableSource(Protocol):
    """What a table page needs of a table; the GUI knows tables only through this. Every
    call names the signed-in user, whose role decides which rows they read and change."""

    @property
    def noun(self) -> UserText: ...
    @property
    def columns(self) -> tuple[ColumnSpec, ...]: ...
    @property
    def fields(self) -> tuple[FieldSpec, ...]: ...
    def can_view(self, actor: Actor) -> bool: ...
    def can_edit(self, actor: Actor) -> bool: ...
    @property
    def filters(self) -> tuple[ColumnSpec, ...]: ...
    def filter_values(self, actor: Actor, key: str) -> list[str]: ...
    def count(
        self, actor: Actor, search: str = "", filters: Mapping[str, str] | None = None
    ) -> int: ...
    def page(
        self,
        actor: Actor,
        offset: int,
        limit: int,
        sort: SortKey | None = None,
        search: str = "",
        total: int | None = None,
        filters: Mapping[str, str] | None = None,
        anchor: RowAnchor | None = None,
    ) -> RowPage: ...
    def details(self, actor: Actor, record_id: int) -> list[tuple[ColumnSpec, object]]: ...
    def form_values(self, actor: Actor, record_id: int) -> dict[str, str]: ...
    def add(self, actor: Actor, raw: Mapping[str, str]) -> int: ...
    def update(self, actor: Actor, record_id: int, raw: Mapping[str, str]) -> None: ...
    def delete(self, actor: Actor, record_id: int) -> None: ...


@dataclass(frozen=True)
class CrmTableBrowsers:
    staff: TableSource
    customers: TableSource
    deals: TableSource
    tickets: TableSource
