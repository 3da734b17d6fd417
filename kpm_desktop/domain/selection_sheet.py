"""The printed comparison sheet of a selection (选型评分对比表), and its content hash.

Built from a `Comparison` by `comparison_sheet`; the renderer (`reports/selection_renderer.py`)
prints it, and `kpm verify --pdf` rebuilds it from the database and compares the SHA-256 of
its canonical JSON with the one the PDF carries (docs/formats.md, "Selection comparison").
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from kpm_desktop.domain.chain_anchor import ChainAnchor
from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.selection import Comparison, SelectionState

SELECTION_HASH_FORMAT = "kpm-selection/1"


@dataclass(frozen=True)
class ComparisonRow:
    """One indicator: each bidder's panel-weighted earned score (None: not all scored)."""

    category: str
    code: str
    name: str
    weight: Decimal
    rule: str
    earned: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class MemberRow:
    name: str
    weight: Decimal
    totals: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class SelectionSheet:
    selection_id: int
    name: str
    company: str
    template_name: str
    template_version: int
    state: SelectionState
    deadline: date | None
    closed_on: date | None
    bidders: tuple[str, ...]
    contacts: tuple[str, ...]
    figures: tuple[tuple[str, tuple[Decimal | None, ...]], ...]  # (indicator code, by bidder)
    rows: tuple[ComparisonRow, ...]
    members: tuple[MemberRow, ...]
    weighted_totals: tuple[Decimal | None, ...]
    ranks: tuple[int | None, ...]
    spreads: tuple[Decimal | None, ...]
    # The audit chain head when printed: in the footer, not in the content hash (it moves
    # with every audited change anywhere, the comparison does not).
    chain_anchor: ChainAnchor | None = None

    @property
    def final(self) -> bool:
        return self.state in (SelectionState.CLOSED, SelectionState.SIGNED)


def comparison_sheet(
    selection_id: int,
    name: str,
    company: str,
    template_version: int,
    state: SelectionState,
    deadline: date | None,
    closed_on: date | None,
    comparison: Comparison,
) -> SelectionSheet:
    results, members = comparison.results, comparison.members
    rows = tuple(
        ComparisonRow(
            category.name,
            indicator.code,
            indicator.name,
            indicator.weight,
            indicator.description,
            tuple(r.weighted_earned(indicator.code, members) for r in results),
        )
        for category in comparison.template.categories
        for indicator in category.indicators
    )
    ranked = tuple(
        (code, tuple(r.bidder.figures.get(code) for r in results))
        for code in sorted({code for r in results for code in r.bidder.figures})
    )
    member_rows = tuple(
        MemberRow(
            m.shown,
            m.weight,
            tuple(r.sheets[m.id].total if m.id in r.sheets else None for r in results),
        )
        for m in members
    )
    return SelectionSheet(
        selection_id=selection_id,
        name=name,
        company=company,
        template_name=comparison.template.name,
        template_version=template_version,
        state=state,
        deadline=deadline,
        closed_on=closed_on,
        bidders=tuple(r.bidder.name for r in results),
        contacts=tuple(r.bidder.contact for r in results),
        figures=ranked,
        rows=rows,
        members=member_rows,
        weighted_totals=tuple(r.weighted_total for r in results),
        ranks=tuple(r.rank for r in results),
        spreads=tuple(r.spread for r in results),
    )


def number(value: Decimal | None) -> str:
    """How the sheet prints a figure: 2 decimals, '—' when there is none yet."""
    return "—" if value is None else f"{value:.2f}"


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return fmt(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, SelectionState):
        return value.value
    return value


def canonical_json(sheet: SelectionSheet) -> str:
    document: dict[str, object] = {"format": SELECTION_HASH_FORMAT}
    for field_name in SelectionSheet.__dataclass_fields__:
        if field_name == "chain_anchor":
            continue
        value = getattr(sheet, field_name)
        if field_name == "rows":
            value = [
                [_plain(getattr(row, f)) for f in ComparisonRow.__dataclass_fields__]
                for row in value
            ]
        elif field_name == "members":
            value = [[_plain(getattr(m, f)) for f in MemberRow.__dataclass_fields__] for m in value]
        document[field_name] = _plain(value)
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def selection_hash(sheet: SelectionSheet) -> str:
    """SHA-256 (64 lower-case hex digits) of the sheet's canonical JSON."""
    return hashlib.sha256(canonical_json(sheet).encode("utf-8")).hexdigest()
