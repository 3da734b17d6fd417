"""What the dashboard page needs of the dashboard service (the UI never imports storage)."""

from __future__ import annotations

from typing import Protocol

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.dashboard import (
    DashboardChoices,
    DashboardData,
    DashboardFigures,
    DashboardQuery,
    WarmUpStep,
)


class DashboardSource(Protocol):
    def figures(self, actor: Actor, query: DashboardQuery) -> DashboardFigures: ...

    def load(self, actor: Actor, query: DashboardQuery) -> DashboardData: ...

    def choices(self, actor: Actor) -> DashboardChoices: ...

    def staff(self, actor: Actor, department: str) -> list[tuple[str, str]]: ...

    def forget(self) -> None: ...

    def warm_up_plan(self, actor: Actor, query: DashboardQuery) -> list[WarmUpStep]: ...

    def warm_up(self, step: WarmUpStep) -> None: ...
