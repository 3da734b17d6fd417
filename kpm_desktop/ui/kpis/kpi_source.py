"""What the KPI page needs of the KPI service (the UI never imports storage, even through
a service module, so it is typed against this protocol; app.py passes the real service)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.kpi_table import KpiTable, KpiTarget
from kpm_desktop.domain.marketing_sources import ChannelRoi, MarketingSourceOverview, SourceRule
from kpm_desktop.domain.period import Period


class MarketingSourceSettings(Protocol):
    """Which customer sources count as marketing (the service's `MarketingSourceBook`)."""

    def can_manage(self, actor: Actor) -> bool: ...

    def overview(self, actor: Actor) -> MarketingSourceOverview: ...

    def apply(self, actor: Actor, rules: Sequence[SourceRule], resets: Sequence[str]) -> int: ...


class KpiSource(Protocol):
    @property
    def marketing_sources(self) -> MarketingSourceSettings: ...

    def channel_roi_for(self, actor: Actor, period: Period | str) -> list[ChannelRoi]: ...

    def compute_for(
        self,
        actor: Actor,
        period: Period | str,
        *,
        level: ScopeLevel = ...,
        department: str | None = ...,
        staff_nos: Sequence[str] | None = ...,
        keys: Sequence[str] | str | None = ...,
        compare: bool = ...,
    ) -> KpiTable: ...

    def can_view(self, actor: Actor) -> bool: ...

    def departments_for(self, actor: Actor) -> list[tuple[str, str]]: ...

    def can_manage_targets(self, actor: Actor) -> bool: ...

    def set_target(self, actor: Actor, target: KpiTarget) -> None: ...

    def targets_for(self, actor: Actor, period: Period | str) -> list[KpiTarget]: ...
