"""Fixtures of the UI tests: a Templates page over a real database, a recovery folder in tmp."""

from pathlib import Path

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
