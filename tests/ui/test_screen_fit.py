"""Every page of the main window and every dialog fits a 1280×800 and a 1366×768 laptop, in
Chinese and in English: no window wider or taller than the screen, no clipped text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from kpm_desktop.app import build_main_window
from kpm_desktop.domain.access import Actor
from kpm_desktop.services.app_services import AppServices
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.main_window import MainWindow
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.appraisal_world import World
from tests.ui.screen_fit import SCREENS, misfits, show_within
from tests.ui.screen_fit_dialogs import DIALOGS, Context, import_wizard_pages

UI = Path(__file__).parents[2] / "kpm_desktop" / "ui"
# Dialog classes the openers reach through another class (a subclass or a wizard).
REACHED_OTHERWISE = {"UserForm", "FilePage", "MappingPage", "_WorkPage"}


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
def session(language: str, world: World, settings: QSettings) -> Session:
    """HR on a company with an open cycle of draft appraisals: the filters of the
    appraisal pages hold the cycle's name, its departments and its grades."""
    world.services.templates.install_builtins_on_first_start()
    return Session(world.services, world.admin, settings, world.database)


@pytest.fixture
def main_window(qtbot, session: Session, available: QSize) -> Iterator[MainWindow]:
    window, _backups = build_main_window(session.services, session.admin, session.settings)
    qtbot.addWidget(window)
    window.resize(available)
    window.show()
    yield window
    for page in window.built_pages():
        if hasattr(page, "wait_for_workers"):
            page.wait_for_workers()


def _visit(qtbot, window: MainWindow, row: int) -> QWidget:
    page = window.page_at(row)
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


def _misfits_of_every_tab(window: QWidget, page: QWidget, available: QSize) -> list[str]:
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


@dataclass
class Checked:
    qtbot: QtBot
    available: QSize
    misfits: list[str] = field(default_factory=list)

    def check(self, name: str, opened: QWidget) -> None:
        if opened.parent() is None:
            self.qtbot.addWidget(opened)
        show_within(opened, self.available)
        found = _misfits_of_every_tab(opened, opened, self.available)
        self.misfits += [f"{name}: {text}" for text in found]
        opened.hide()


def test_every_dialog_fits(
    qtbot, language: str, world: World, settings: QSettings, available: QSize, tmp_path: Path
) -> None:
    """Each dialog, message box and window of its own, one after the other over one demo
    company (a test each would spend most of its time building the company)."""
    window = MainWindow([], settings)
    qtbot.addWidget(window)
    context = Context(world, settings, window, tmp_path)
    checked = Checked(qtbot, available)
    for name, open_dialog in DIALOGS.items():
        checked.check(name, open_dialog(context))
    for name, wizard in import_wizard_pages(qtbot, context):
        checked.check(name, wizard)
    assert not checked.misfits, "\n".join(checked.misfits)


def test_the_dialog_list_names_every_dialog_class_of_the_app() -> None:
    """A dialog class added under kpm_desktop/ui must get an opener in screen_fit_dialogs."""
    declared = {
        match.group(1)
        for source in UI.rglob("*.py")
        for match in re.finditer(
            r"^class (\w+)\(Q(?:Dialog|Wizard|WizardPage)\):", source.read_text(), re.M
        )
    }
    openers = (Path(__file__).parent / "screen_fit_dialogs.py").read_text()
    missing = {name for name in declared - REACHED_OTHERWISE if name not in openers}
    assert not missing, f"dialogs the screen-fit test does not open: {sorted(missing)}"


def test_a_first_start_opens_within_the_screens_free_area(qtbot: QtBot, tmp_path: Path) -> None:
    """Without a saved size the window opens at 1280×800, cut down to the screen's free
    area (the offscreen screen here is smaller than that)."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow([], settings)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert free.width() < 1280  # else this test would show nothing
    assert window.size() == QSize(min(1280, free.width()), min(800, free.height()))
