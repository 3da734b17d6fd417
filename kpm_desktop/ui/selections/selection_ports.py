"""What the Selections page needs of the services, as protocols (the composition root
passes `SelectionService`, `SelectionSetup` and `SelectionOutputs`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RubricTemplate
from kpm_desktop.services.selections.selection_views import SelectionSummary, SelectionView
from kpm_desktop.services.sheets.sheet_views import SheetSigning


class SelectionPort(Protocol):
    def list_selections(self, actor: Actor) -> list[SelectionSummary]: ...

    def view(self, actor: Actor, selection: str) -> SelectionView: ...

    def template_of(self, actor: Actor, selection: str) -> RubricTemplate: ...

    def create(
        self,
        actor: Actor,
        name: str,
        template_name: str = ...,
        deadline: date | None = None,
        *,
        sheets_open: bool = False,
    ) -> SelectionSummary: ...

    def add_bidder(
        self,
        actor: Actor,
        selection: str,
        name: str,
        contact: str = "",
        figures: Mapping[str, Decimal] | None = None,
        documents: Sequence[str] = (),
    ) -> SelectionSummary: ...

    def add_member(
        self, actor: Actor, selection: str, username: str, weight: Decimal
    ) -> SelectionSummary: ...

    def start_scoring(self, actor: Actor, selection: str) -> SelectionSummary: ...

    def score(
        self,
        actor: Actor,
        selection: str,
        bidder_name: str,
        ratings: Mapping[str, IndicatorRating],
        comment: str = "",
    ) -> SelectionView: ...

    def close(self, actor: Actor, selection: str) -> SelectionView: ...

    def sign(self, actor: Actor, selection: str, signed_on: date) -> SelectionView: ...


class SelectionSetupPort(Protocol):
    def rename_bidder(
        self, actor: Actor, selection: str, bidder: str, new_name: str
    ) -> SelectionSummary: ...

    def remove_bidder(
        self, actor: Actor, selection: str, bidder: str, *, drop_sheets: bool = False
    ) -> SelectionSummary: ...

    def remove_member(
        self, actor: Actor, selection: str, username: str, *, drop_sheets: bool = False
    ) -> SelectionSummary: ...

    def set_deadline(self, actor: Actor, selection: str, deadline: date) -> SelectionSummary: ...


class SelectionOutputPort(Protocol):
    def pdf(
        self, actor: Actor, selection: str, company: str, sign: SheetSigning | None = None
    ) -> bytes: ...

    def xlsx(self, actor: Actor, selection: str, company: str) -> bytes: ...
