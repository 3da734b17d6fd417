"""View > Language applies at once: the main window is built again in the new language for
the same user, on the same page, unless other windows of it are open."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QMainWindow

from kpm_desktop.app import build_main_window
from kpm_desktop.ui.admin.session_switch import Session
from kpm_desktop.ui.common.i18n import (
    CHINESE,
    ENGLISH,
    LanguageSwitch,
    install_language,
)
from kpm_desktop.ui.common.language_menu import add_view_menu
from kpm_desktop.ui.main_window import MainWindow
from tests.appraisal_world import World
from tests.ui.languages import US, ZH_TS

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def session(qapp, world: World, settings: QSettings, tmp_path: Path) -> Iterator[Session]:
    """An English session whose language switch finds the Chinese catalogue in tmp."""
    subprocess.run([LRELEASE, "-silent", ZH_TS, "-qm", tmp_path / "kpm_zh_CN.qm"], check=True)
    settings.setValue("ui/language", ENGLISH)
    before = QLocale()
    switch = LanguageSwitch(
        settings, install_language(settings, US, tmp_path), US, translations_dir=tmp_path
    )
    made = Session(
        lambda: None,
        lambda user: build_main_window(world.services, user, settings)[0],
        switch.apply,
    )
    yield made
    made.close()
    switch.installed.uninstall()
    QLocale.setDefault(before)


def _titles(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _choose(window: QMainWindow, language: str) -> None:
    """Triggers the language's entry in View > Language."""
    menus = [a.menu() for a in window.menuBar().actions()]
    submenus = [a.menu() for menu in menus for a in menu.actions() if a.menu()]
    entry = next(a for menu in submenus for a in menu.actions() if a.data() == language)
    entry.trigger()


def test_choosing_chinese_rebuilds_the_window_in_chinese_on_the_same_page(
    qtbot, session: Session, world: World, settings: QSettings
) -> None:
    first = session.open(world.admin)
    assert "Appraisals" in _titles(first) and first.menuBar().actions()[0].text() == "&File"
    first.navigation.setCurrentRow(_titles(first).index("Audit log"))
    with qtbot.waitSignal(session.windowOpened) as opened:
        _choose(first, CHINESE)
    second = opened.args[0]
    assert second is session.window and second is not first and not first.isVisible()
    assert "审计日志" in _titles(second) and "考核" in _titles(second)
    assert second.menuBar().actions()[0].text() == "文件(&F)"
    assert second.navigation.currentItem().text() == "审计日志"
    assert second.stack.currentIndex() == _titles(second).index("审计日志")
    assert settings.value("ui/language") == CHINESE
    assert QLocale().language() == QLocale.Language.Chinese
    assert session.actor == world.admin


def test_an_open_window_of_its_own_keeps_the_language_until_it_is_closed(
    qtbot, session: Session, world: World, settings: QSettings
) -> None:
    first = session.open(world.admin)
    other = QDialog(first)
    other.show()
    _choose(first, CHINESE)
    assert session.window is first and "Audit log" in _titles(first)
    assert "Close the other open windows" in first.statusBar().currentMessage()
    assert settings.value("ui/language") == CHINESE  # it applies at the next start
    other.close()
    with qtbot.waitSignal(session.windowOpened):
        _choose(first, CHINESE)
    assert "审计日志" in _titles(session.window)


def test_without_a_way_to_apply_it_the_choice_waits_for_the_next_start(
    qtbot, settings: QSettings
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    add_view_menu(window, settings)
    _choose(window, CHINESE)
    assert settings.value("ui/language") == CHINESE
    assert "starts next" in window.statusBar().currentMessage()
