"""The dashboard's background work, run as `Job`s (ui/common/background_job.py): loading and
preparing the charts, and warming what the next views will read."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.ui.common.background_job import JobControl
from kpm_desktop.ui.kpis.dashboard_source import DashboardSource

if TYPE_CHECKING:
    from kpm_desktop.charts.dashboard import DashboardCharts


def load_charts(source: DashboardSource, actor: Actor, query: DashboardQuery) -> DashboardCharts:
    # Only here, on the charts' worker: the figures shown first do without the charts' data.
    from kpm_desktop.charts.dashboard import dashboard_charts

    return dashboard_charts(source.load(actor, query))


def warm_up(
    source: DashboardSource,
    actor: Actor,
    query: DashboardQuery,
    idle: threading.Event,
    control: JobControl,
) -> int:
    """Compute and keep what the dashboard and its neighbouring period will read, one step
    at a time; wait while `idle` is clear (a load is running, which gets the machine
    first) and end early when the job is cancelled. Returns the steps computed."""
    done = 0
    for step in source.warm_up_plan(actor, query):
        idle.wait()
        if control.cancelled():
            break
        source.warm_up(step)
        done += 1
    return done
