"""The dashboard's source at start-up, before SQLAlchemy is imported: the first figures read
with sqlite3 from the kept KPI values, then the dashboard service once it is there.

Start-up builds it for the actor `services/admin/early_sign_in.early_actor` gave, from the
staff, departments and organisation chart read now (storage/early_reads.py, the same SQL
the ORM runs: storage/first_page_sql.py), and the scope rules the dashboard service uses
(dashboard_scope.py). Its `figures` answer from the kept KPI values of the current data
version exactly as `DashboardService.figures` reads them; anything not kept, and every
other call, waits for the service start-up attaches once the sign-in has passed through
the ORM (`attach`), or fails with the error it could not sign in with (`fail`). Nothing
here writes.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.dashboard import (
    DashboardChoices,
    DashboardData,
    DashboardFigures,
    DashboardQuery,
    WarmUpStep,
    figure_keys,
)
from kpm_desktop.domain.office_time import stored_or_default_zone
from kpm_desktop.services.kpis.dashboard_scope import Org, Reach, choices_of, scope_of, staff_of
from kpm_desktop.services.kpis.kpi_cache_codec import merge_rows
from kpm_desktop.storage.early_reads import EarlyReadError, EarlyReads
from kpm_desktop.storage.first_page_sql import OFFICE_ZONE

if TYPE_CHECKING:
    from kpm_desktop.services.kpis.dashboard_service import DashboardService

log = logging.getLogger(__name__)


class FirstFigures:
    """A dashboard source (ui/kpis/dashboard_source.py) for one actor."""

    def __init__(self, path: Path, actor: Actor, org: Org, reach: Reach) -> None:
        self._path = path
        self._actor = actor
        self._org = org
        self._reach = reach
        self._ready = threading.Event()
        self._service: DashboardService | None = None
        self._error: BaseException | None = None

    @classmethod
    def read(cls, path: Path, actor: Actor) -> FirstFigures:
        """Reads the people and the chart now; `EarlyReadError` when they cannot be."""
        with EarlyReads.of(path) as reads:
            org = Org(reads.staff_entries(), reads.department_entries())
            chart = reads.org_chart()
        return cls(path, actor, org, Reach.of(actor, chart))

    def attach(self, service: DashboardService) -> None:
        """The dashboard service, for the actor signed in through it: every call from now."""
        self._service = service
        self._ready.set()

    def fail(self, error: BaseException) -> None:
        """Nobody signed in after all: waiting calls and later ones raise `error`."""
        self._error = error
        self._ready.set()

    def choices(self, actor: Actor) -> DashboardChoices:
        if actor != self._actor:
            return self._wait().choices(actor)
        return choices_of(self._org, self._reach)

    def staff(self, actor: Actor, department: str) -> list[tuple[str, str]]:
        if actor != self._actor or self._ready.is_set():
            return self._wait().staff(actor, department)
        return staff_of(self._org, self._reach, department)

    def figures(self, actor: Actor, query: DashboardQuery) -> DashboardFigures:
        """The kept figures of `query`, read now; the service's when any is not kept, or
        once the service is there."""
        if actor == self._actor and not self._ready.is_set():
            kept = self.kept_figures(query)
            if kept is not None:
                return kept
        return self._wait().figures(actor, query)

    def load(self, actor: Actor, query: DashboardQuery) -> DashboardData:
        return self._wait().load(actor, query)

    def forget(self) -> None:
        self._wait().forget()

    def warm_up_plan(self, actor: Actor, query: DashboardQuery) -> list[WarmUpStep]:
        return self._wait().warm_up_plan(actor, query)

    def warm_up(self, step: WarmUpStep) -> None:
        self._wait().warm_up(step)

    def kept_figures(self, query: DashboardQuery) -> DashboardFigures | None:
        """The figures of `query` for this source's actor as `DashboardService.figures`
        reads them, when all are kept at the current data version; None otherwise."""
        scope = scope_of(self._actor, query, self._org, self._reach)
        keys = figure_keys(query)
        try:
            with EarlyReads.of(self._path) as reads:
                zone = stored_or_default_zone(reads.setting(OFFICE_ZONE)).key
                version = reads.data_version()
                found = reads.kept_kpi_entries(
                    str(query.period), query.level.value, zone, keys, version
                )
        except EarlyReadError as exc:
            log.debug("The first figures wait for the database: %s", exc)
            return None
        if any(key not in found for key in keys):
            return None
        bodies = [json.loads(found[key]) for key in keys]
        rows = merge_rows(query.level, bodies, codes=(scope.code,))
        if not rows:
            return None
        return DashboardFigures(query, scope.name, tuple(rows[0].values[key] for key in keys))

    def _wait(self) -> DashboardService:
        self._ready.wait()
        if self._service is None:
            assert self._error is not None
            raise self._error
        return self._service
