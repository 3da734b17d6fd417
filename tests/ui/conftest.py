"""Fixtures of the UI tests: a Templates page over a real database, a recovery folder in
tmp, settings in a temporary file, the Chinese or English catalogue installed, and a
stand-in crash handler that records the bugs background jobs hand to it."""

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QLocale, QSettings

from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.common.i18n import CHINESE, ENGLISH, LANGUAGE_KEY, install_language
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN
from tests.ui.languages import EN_TS, US, ZH, ZH_TS

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


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


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with both catalogues compiled from the committed .ts files, once per
    session (lrelease takes ~0.2 s, up to a second on a busy machine; the tests only read
    the .qm files)."""
    folder = tmp_path_factory.mktemp("catalogues")
    for source, name in ((ZH_TS, "kpm_zh_CN.qm"), (EN_TS, "kpm_en.qm")):
        subprocess.run([LRELEASE, "-silent", source, "-qm", folder / name], check=True)
    return folder


@pytest.fixture
def chinese(qapp: object, catalogues: Path, settings: QSettings) -> Iterator[None]:
    """The Chinese catalogue (compiled from the .ts) and Qt's own, installed."""
    settings.setValue(LANGUAGE_KEY, CHINESE)
    before = QLocale()
    installed = install_language(settings, US, translations_dir=catalogues)
    assert len(installed.translators) == 2, "the app's and Qt's catalogues"
    yield
    installed.uninstall()
    QLocale.setDefault(before)


@pytest.fixture
def english(qapp: object, catalogues: Path, settings: QSettings) -> Iterator[None]:
    """The English catalogue, chosen in the settings on a Chinese system."""
    settings.setValue(LANGUAGE_KEY, ENGLISH)
    before = QLocale()
    installed = install_language(settings, ZH, translations_dir=catalogues)
    assert installed.language == ENGLISH
    yield
    installed.uninstall()
    QLocale.setDefault(before)


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
            if record.name == "kpm_desktop.ui.common.background_job" and record.exc_info
        ]


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> CrashHook:
    caplog.set_level(logging.INFO, logger="kpm_desktop.ui.common.background_job")
    hook = CrashHook(caplog)
    monkeypatch.setattr(sys, "excepthook", hook)
    return hook
