"""What the dashboard page needs of the dashboard service (the UI never imports storage)."""

from __future__ import annotations

from typing import Protocol

from kpm_desktop.domain.dashboard import DashboardData, DashboardQuery, WarmUpStep


class DashboardSource(Protocol):
    def load(self, query: DashboardQuery) -> DashboardData: ...

    def departments(self) -> list[tuple[str, str]]: ...

    def staff(self, department: str | None = ...) -> list[tuple[str, str]]: ...

    def forget(self) -> None: ...

    def warm_up_plan(self, query: DashboardQuery) -> list[WarmUpStep]: ...

    def warm_up(self, step: WarmUpStep) -> None: ...
