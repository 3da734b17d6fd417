"""A bug inside a page's background work reaches the crash handler on the UI thread, and
the page stops waiting: it shows what happened and works again."""

import sys
import threading
from datetime import date
from types import TracebackType

import pytest

from kpm_desktop.services.dashboard_service import DashboardService
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.cycles_page import CyclesPage
from kpm_desktop.ui.dashboard_page import DashboardPage
from kpm_desktop.ui.kpi_page import KpiPage
from tests.access_helpers import HR_ADMIN
from tests.appraisal_world import PERIOD, build_world

BUG = "the page must recover from an injected bug"
HANG = 900_000  # every wait ends on a signal; this only marks a hang


class _RecordingHook:
    """Stands in for the crash handler: records each bug and the thread it arrived on."""

    def __init__(self) -> None:
        self.bugs: list[tuple[BaseException, bool]] = []

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self.bugs.append((error, threading.current_thread() is threading.main_thread()))


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> _RecordingHook:
    recording = _RecordingHook()
    monkeypatch.setattr(sys, "excepthook", recording)
    return recording


def _raise_bug(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError(BUG)


def _assert_one_bug_on_the_ui_thread(hook: _RecordingHook) -> None:
    assert [(str(error), on_ui_thread) for error, on_ui_thread in hook.bugs] == [(BUG, True)]


def test_a_bug_in_the_kpi_computation(
    database: Database, hook: _RecordingHook, qtbot, monkeypatch
) -> None:
    service = KpiService(database)
    page = KpiPage(service, HR_ADMIN)
    qtbot.addWidget(page)
    monkeypatch.setattr(service, "compute_for", _raise_bug)
    with qtbot.waitSignal(page.failed, timeout=HANG) as failed:
        page.refresh()
    page.wait_for_workers()
    qtbot.waitUntil(lambda: bool(hook.bugs))
    _assert_one_bug_on_the_ui_thread(hook)
    assert "bug" in failed.args[0] and page.status.text() == failed.args[0]
    assert not page.cancel_button.isEnabled()
    monkeypatch.undo()
    with qtbot.waitSignal(page.computed, timeout=HANG):
        page.refresh()
    page.wait_for_workers()


def test_a_bug_in_the_dashboard_load(
    demo_database: Database, hook: _RecordingHook, qtbot, monkeypatch
) -> None:
    kpis = KpiService(demo_database)
    service = DashboardService(demo_database, kpis)
    page = DashboardPage(service, HR_ADMIN, today=date(2026, 10, 8))
    qtbot.addWidget(page)
    monkeypatch.setattr(service, "load", _raise_bug)
    with qtbot.waitSignal(page.failed, timeout=HANG) as failed:
        page.show()
    qtbot.waitUntil(lambda: bool(hook.bugs))
    _assert_one_bug_on_the_ui_thread(hook)
    assert page.status.text() == failed.args[0] and not page.busy.isVisible()
    monkeypatch.undo()
    with qtbot.waitSignal(page.drawn, timeout=HANG):
        page.refresh()
    page.wait_for_workers()


def test_a_bug_in_bulk_creation(
    demo_database: Database, hook: _RecordingHook, qtbot, monkeypatch
) -> None:
    world = build_world(demo_database)
    cycles = CyclesPage(
        world.services.cycles,
        world.admin,
        lambda: [],
        world.services.kpis.departments,
    )
    qtbot.addWidget(cycles)
    cycles.view.selectRow([c.period for c in cycles.model.rows].index(PERIOD))
    monkeypatch.setattr(world.services.cycles, "bulk_create", _raise_bug)
    with qtbot.waitSignal(cycles.failed, timeout=HANG) as failed:
        progress = cycles.start_bulk()
    qtbot.waitUntil(lambda: bool(hook.bugs))
    _assert_one_bug_on_the_ui_thread(hook)
    assert cycles.report.toPlainText() == failed.args[0]
    assert progress is not None and not progress.isVisible()
