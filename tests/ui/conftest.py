"""Fixtures of the UI tests: a Templates page over a real database, a recovery folder in tmp,
and a stand-in crash handler that records the bugs background jobs hand to it."""

import logging
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pytest

from kpm_desktop.services.draft_recovery import DraftRecoveryStore
from kpm_desktop.services.template_service import TemplateService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN


@pytest.fixture
def service(database: Database) -> TemplateService:
    return TemplateService(database)


@pytest.fixture
def store(tmp_path: Path) -> DraftRecoveryStore:
    return DraftRecoveryStore(tmp_path / "recovery")


@pytest.fixture
def page(service: TemplateService, store: DraftRecoveryStore, qtbot) -> TemplatesPage:
    page = TemplatesPage(service, store, HR_ADMIN, autosave_ms=20)
    qtbot.addWidget(page)
    return page


@dataclass
class CrashHook:
    """Stands in for the crash handler (sys.excepthook): records each bug, the thread it
    arrived on, and the log records of the job module (with their tracebacks)."""

    caplog: pytest.LogCaptureFixture
    bugs: list[tuple[BaseException, bool]] = field(default_factory=list)

    def __call__(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self.bugs.append((error, threading.current_thread() is threading.main_thread()))

    def logged_bugs(self) -> list[str]:
        """The messages of the job bugs logged with their traceback."""
        return [
            str(record.exc_info[1])
            for record in self.caplog.records
            if record.name == "kpm_desktop.ui.background_job" and record.exc_info
        ]


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> CrashHook:
    caplog.set_level(logging.INFO, logger="kpm_desktop.ui.background_job")
    hook = CrashHook(caplog)
    monkeypatch.setattr(sys, "excepthook", hook)
    return hook
