"""View > Language: System, 中文, English. The choice is saved; given a way to apply it
(the main window's rebuild), it applies at once, else at the next start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from kpm_desktop.ui.common.i18n import CHINESE, ENGLISH, SYSTEM, save_language, saved_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageMenu", text)


def add_view_menu(
    window: QMainWindow, settings: QSettings, apply_now: Callable[[], None] | None = None
) -> QMenu:
    """Add the View menu with its Language submenu to the window's menu bar; `apply_now`
    switches the running app to the language just saved."""
    view_menu = window.menuBar().addMenu(_tr("&View"))
    language_menu = view_menu.addMenu(_tr("&Language"))
    group = QActionGroup(language_menu)
    current = saved_language(settings)
    # Each language is named in itself, so a user lost in the wrong language finds theirs.
    for value, label in (
        (SYSTEM, _tr("System language")),
        (CHINESE, "中文"),
        (ENGLISH, QCoreApplication.translate("LanguageMenu", "English", "language name")),
    ):
        action = QAction(label, language_menu, checkable=True)
        action.setData(value)
        action.setChecked(value == current)
        group.addAction(action)
        language_menu.addAction(action)
    group.triggered.connect(lambda action: _choose(window, settings, str(action.data()), apply_now))
    return view_menu


def _choose(
    window: QMainWindow,
    settings: QSettings,
    language: str,
    apply_now: Callable[[], None] | None,
) -> None:
    save_language(settings, language)
    if apply_now is not None:
        apply_now()
        return
    window.statusBar().showMessage(
        _tr("The language changes when KPM Desktop starts next."), 15_000
    )
