"""Help > Check integrity...: the check runs in the background and its dialog lists what
`kpm verify` would (driven through the non-blocking entry point)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMenu
from sqlalchemy import text

from kpm_desktop.domain.access import Role
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.integrity_check import IntegrityActions, IntegrityDialog, add_help_menu
from tests.access_helpers import ADMIN_PASSWORD

HANG = 20_000  # ms: only a hung check ever waits this long


@pytest.fixture
def services(database: Database, tmp_path: Path) -> AppServices:
    services = build_services(database, witnesses_dir=tmp_path / "witnesses")
    admin = services.auth.create_first_admin(ADMIN_PASSWORD)
    services.auth.create_user(admin, "viewer", "viewer-pass-1", Role.VIEWER)
    return services


@pytest.fixture
def actions(services: AppServices, qtbot) -> IntegrityActions:
    window = QMainWindow()
    qtbot.addWidget(window)
    return add_help_menu(window, services.integrity)


def _check(actions: IntegrityActions, qtbot) -> IntegrityDialog:
    with qtbot.waitSignal(actions.finished, timeout=HANG) as finished:
        actions.check_action.trigger()
    dialog = finished.args[0]
    assert isinstance(dialog, IntegrityDialog) and dialog.isVisible()
    return dialog


def test_the_help_menu_holds_the_check(actions: IntegrityActions) -> None:
    window = actions.parent()
    assert isinstance(window, QMainWindow)
    (menu,) = window.menuBar().findChildren(QMenu)
    assert menu.title() == "&Help"
    assert [a.text() for a in menu.actions()] == ["Check &integrity..."]


def test_a_clean_database_says_so(actions: IntegrityActions, qtbot) -> None:
    dialog = _check(actions, qtbot)
    assert dialog.summary.text() == (
        "All clean: 4 audit entries, 2 seals checked, the chain matches its witness (entry 4)"
    )
    assert dialog.details.toPlainText() == "No problem found."
    assert actions.check_action.isEnabled()
    dialog.close()


def test_a_role_changed_behind_the_apps_back_is_listed(
    actions: IntegrityActions, database: Database, qtbot
) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE users SET role = 'hr_admin' WHERE username = 'viewer'"))
    dialog = _check(actions, qtbot)
    assert dialog.summary.text().startswith("1 problem(s) found")
    assert dialog.objectName() == "" and dialog.summary.objectName() == "integrityProblems"
    (line,) = [
        line for line in dialog.details.toPlainText().splitlines() if line.startswith("Problem")
    ]
    assert 'role differs from its seal: sealed "viewer", now "hr_admin"' in line
    dialog.close()
