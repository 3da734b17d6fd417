"""Every page of the main window and every dialog fits a 1280×800 and a 1366×768 laptop, in
Chinese and in English: no window wider or taller than the screen, no clipped text."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.access import Actor
from kpm_desktop.services.admin.office_zone import OfficeZoneService
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.connection_dialog import ConnectionDialog
from kpm_desktop.ui.admin.first_admin_dialog import FirstAdminDialog
from kpm_desktop.ui.admin.integrity_check import IntegrityDialog
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.admin.office_zone_dialog import OfficeZoneDialog
from kpm_desktop.ui.appraisals.appraisal_form import AppraisalFormWidget
from kpm_desktop.ui.common.crash_dialog import CrashDialog
from kpm_desktop.ui.crm_tables.record_dialog import RecordDialog
from kpm_desktop.ui.imports.import_profiles_dialog import ImportProfilesDialog
from kpm_desktop.ui.imports.import_wizard import ImportWizard
from kpm_desktop.ui.kpis.kpi_targets_dialog import KpiTargetDialog
from kpm_desktop.ui.kpis.marketing_sources_dialog import MarketingSourcesDialog
from kpm_desktop.ui.main_window import MainWindow
from kpm_desktop.ui.sheets.sheet_check_dialog import SheetCheckDialog
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.appraisal_world import PERIOD, World
from tests.ui.screen_fit import SCREENS, misfits, show_within


@dataclass
class Session:
    services: AppServices
    admin: Actor
    settings: QSettings
    database: Database


@pytest.fixture(params=list(SCREENS))
def available(request: pytest.FixtureRequest) -> QSize:
    return SCREENS[request.param]


@pytest.fixture(params=["chinese", "english"])
def language(request: pytest.FixtureRequest) -> str:
    request.getfixturevalue(request.param)  # installs the catalogue
    return str(request.param)


@pytest.fixture
def session(language: str, demo_database: Database, settings: QSettings) -> Session:
    services = build_services(demo_database)
    services.templates.install_builtins_on_first_start()
    admin = services.auth.create_first_admin("screen-fit-pw-1")
    return Session(services, admin, settings, demo_database)


@pytest.fixture
def main_window(qtbot, session: Session, available: QSize) -> Iterator[MainWindow]:
    window, _backups = build_main_window(session.services, session.admin, session.settings)
    qtbot.addWidget(window)
    window.resize(available)
    window.show()
    yield window
    for row in range(window.stack.count()):
        page = window.stack.widget(row)
        if hasattr(page, "wait_for_workers"):
            page.wait_for_workers()


def _visit(qtbot, window: MainWindow, row: int) -> QWidget:
    page = window.stack.widget(row)
    # Pages that load in a worker fill their tables and charts when first shown.
    loaded = getattr(page, "computed", None) or getattr(page, "drawn", None)
    if loaded is None:
        window.navigation.setCurrentRow(row)
    else:
        with qtbot.waitSignal(loaded, timeout=30_000):
            window.navigation.setCurrentRow(row)
    return page


def test_every_page_of_the_main_window_fits(
    qtbot, main_window: MainWindow, available: QSize
) -> None:
    found: dict[str, list[str]] = {}
    for row in range(main_window.navigation.count()):
        page = _visit(qtbot, main_window, row)
        if isinstance(page, TemplatesPage):
            assert page.edit_row(0) is not None
        name = main_window.navigation.item(row).text()
        found[name] = _misfits_of_every_tab(main_window, page, available)
    offenders = [f"{page}: {text}" for page, texts in found.items() for text in texts]
    assert not offenders, "\n".join(offenders)


def _misfits_of_every_tab(window: MainWindow, page: QWidget, available: QSize) -> list[str]:
    """What does not fit, with each tab of the page's tab widgets shown in turn."""
    QApplication.processEvents()  # lays the page out
    found = misfits(window, available)
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found += [text for text in misfits(window, available) if text not in found]
        tabs.setCurrentIndex(0)
    return found


def _record_dialog(window: MainWindow, session: Session) -> QWidget:
    fields = session.services.tables.customers.fields
    return RecordDialog("Add customer", fields, lambda raw: None, {}, window)


DIALOGS: dict[str, Callable[[MainWindow, Session], QWidget]] = {
    "record dialog": _record_dialog,
    "KPI targets": lambda window, s: KpiTargetDialog(s.services.kpis, s.admin, PERIOD, window),
    "marketing sources": lambda window, s: MarketingSourcesDialog(
        s.services.kpis, s.admin, PERIOD, window
    ),
    "import wizard": lambda window, s: ImportWizard(s.services.imports, s.admin, window),
    "import profiles": lambda window, s: ImportProfilesDialog(
        s.services.imports.profiles, s.admin, window
    ),
    "office zone": lambda window, s: OfficeZoneDialog(
        OfficeZoneService(s.database), s.admin, window
    ),
    "connection": lambda window, s: ConnectionDialog(s.settings, lambda _target: "", window),
    "sheet check": lambda window, s: SheetCheckDialog(s.services.sheets, s.admin, window),
    "integrity": lambda window, s: IntegrityDialog(s.services.integrity.run(), window),
    "first start": lambda window, s: FirstAdminDialog(s.services.auth, window),
    "login": lambda window, s: LoginDialog(s.services.auth, window),
    "crash": lambda window, s: CrashDialog("Traceback: a test\n" * 40, window),
}


@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_every_dialog_fits(qtbot, dialog: str, session: Session, available: QSize) -> None:
    window = MainWindow([], session.settings)
    qtbot.addWidget(window)
    opened = DIALOGS[dialog](window, session)
    if opened.parent() is None:
        qtbot.addWidget(opened)
    show_within(opened, available)
    offenders = misfits(opened, available)
    assert not offenders, "\n".join(offenders)


def test_the_appraisal_form_fits(qtbot, language: str, world: World, available: QSize) -> None:
    first = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)[0]
    form = AppraisalFormWidget(world.services.appraisals, world.admin, first.id)
    qtbot.addWidget(form)
    show_within(form, available)
    offenders = misfits(form, available)
    assert not offenders, "\n".join(offenders)
