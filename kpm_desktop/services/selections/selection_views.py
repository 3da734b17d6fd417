"""What the selection service returns: plain data (the CLI, the UI and the reports use it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kpm_desktop.domain.selection import (
    Bidder,
    Comparison,
    MemberSheet,
    PanelMember,
    SelectionState,
)


@dataclass(frozen=True)
class SelectionSummary:
    id: int
    name: str
    template: str  # its name and version, "CRM系统选型评分标准 v1"
    template_version: int
    state: SelectionState
    deadline: date | None
    bidders: int
    members: int
    overdue: bool = False  # still open, and the deadline day has ended (office time)


@dataclass(frozen=True)
class SelectionView:
    """A selection as the asking user may see it: `comparison` holds every sheet they may
    see (all of them for HR, after closing, or when the selection keeps sheets open; else
    only the member's own), `own_member_id` the asking user's membership."""

    summary: SelectionSummary
    bidders: tuple[Bidder, ...]
    members: tuple[PanelMember, ...]
    sheets: tuple[MemberSheet, ...]
    comparison: Comparison
    sees_all: bool
    own_member_id: int | None
    closed_at: datetime | None
    signed_on: date | None
