"""The GUI's side of access: the first start's demo choice (nothing made unless chosen),
the demo notice in the sign-in dialog and the status bar, and the HR admin's actions to
remove the demo accounts and unlock a user name."""

from dataclasses import dataclass, field
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.sign_in import LockedName
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.account_actions import AccountActions, add_account_actions
from kpm_desktop.ui.admin.first_admin_dialog import FirstAdminDialog
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.admin.session_start import sign_in
from kpm_desktop.ui.main_window import MainWindow
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

HR = Actor(1, "hr", "", Role.HR_ADMIN)


@pytest.fixture
def auth(database: Database) -> AuthService:
    return auth_and_audit(database)[0]


class DemoMaker:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> None:
        self.calls += 1


def _fill_admin(dialog: FirstAdminDialog) -> None:
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.confirm.setText(ADMIN_PASSWORD)


def _runner(choose_demo: bool):
    def run(dialog: FirstAdminDialog) -> int:
        dialog.open()
        if choose_demo:
            dialog.demo_choice.setChecked(True)
        _fill_admin(dialog)
        dialog.submit()
        return dialog.result()

    return run


def test_the_first_start_makes_no_demo_unless_it_is_chosen(qtbot, auth: AuthService) -> None:
    maker = DemoMaker()
    actor = sign_in(auth, None, {}, unattended=False, run_dialog=_runner(False), make_demo=maker)
    assert actor is not None and actor.role is Role.HR_ADMIN
    assert maker.calls == 0


def test_choosing_the_demo_company_makes_it_before_the_admin(qtbot, auth: AuthService) -> None:
    maker = DemoMaker()
    actor = sign_in(auth, None, {}, unattended=False, run_dialog=_runner(True), make_demo=maker)
    assert actor is not None and maker.calls == 1


def test_the_choice_is_offered_only_with_a_demo_maker(qtbot, auth: AuthService) -> None:
    plain = FirstAdminDialog(auth)
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.demo_choice.isVisible() and not plain.empty_choice.isVisible()
    offered = FirstAdminDialog(auth, make_demo=DemoMaker(), demo_chosen=True)
    qtbot.addWidget(offered)
    offered.show()
    assert offered.demo_choice.isVisible() and offered.demo_choice.isChecked()


def test_an_unattended_start_makes_the_demo_only_with_kpm_demo(qtbot, auth: AuthService) -> None:
    maker = DemoMaker()
    env = {"KPM_ADMIN_PASSWORD": ADMIN_PASSWORD, "KPM_DEMO": "1"}
    assert sign_in(auth, None, env, unattended=True, make_demo=maker) is not None
    assert maker.calls == 1


def test_an_unattended_start_without_kpm_demo_makes_none(qtbot, auth: AuthService) -> None:
    maker = DemoMaker()
    env = {"KPM_ADMIN_PASSWORD": ADMIN_PASSWORD}
    assert sign_in(auth, None, env, unattended=True, make_demo=maker) is not None
    assert maker.calls == 0


def test_the_sign_in_dialog_shows_the_demo_notice(qtbot, auth: AuthService) -> None:
    login = LoginDialog(auth, None, "", "Demo accounts can sign in: demo.viewer")
    qtbot.addWidget(login)
    login.show()
    assert login.notice.isVisible() and "demo.viewer" in login.notice.text()
    quiet = LoginDialog(auth)
    qtbot.addWidget(quiet)
    quiet.show()
    assert not quiet.notice.isVisible()


def test_the_status_bar_keeps_the_warnings(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow([], settings)
    qtbot.addWidget(window)
    window.show()
    window.set_warnings([("Demo accounts can sign in: demo.viewer", "the whole message")])
    assert window.warning.isVisible() and window.warning.toolTip() == "the whole message"
    window.set_warnings([])
    assert not window.warning.isVisible()


@dataclass
class FakeRemoval:
    deleted: tuple[str, ...] = ("demo.viewer",)
    retired: tuple[str, ...] = ()


@dataclass
class FakeAccounts:
    names: list[str] = field(default_factory=lambda: ["demo.viewer"])
    removed_by: list[Actor] = field(default_factory=list)
    unlocked: list[str] = field(default_factory=list)

    def active_names(self) -> list[str]:
        return self.names

    def remove(self, actor: Actor) -> FakeRemoval:
        self.removed_by.append(actor)
        self.names = []
        return FakeRemoval()

    def locked_names(self, actor: Actor) -> list[LockedName]:
        return [LockedName("wang", 10, datetime(2026, 12, 7, 9, 15))]

    def unlock(self, actor: Actor, username: str) -> bool:
        self.unlocked.append(username)
        return True


@pytest.fixture
def actions(qtbot) -> tuple[AccountActions, FakeAccounts]:
    parent = QWidget()
    qtbot.addWidget(parent)
    fake = FakeAccounts()
    return AccountActions(fake, fake, fake, HR, parent), fake


def test_removing_the_demo_accounts_asks_first(qtbot, actions) -> None:
    account_actions, fake = actions
    box = account_actions.confirm_remove_demo()
    assert box is not None and "demo.viewer" in box.text() and fake.removed_by == []
    with qtbot.waitSignal(account_actions.demoRemoved) as removed:
        box.accept()
    assert fake.removed_by == [HR] and "demo.viewer" in removed.args[0]


def test_unlocking_offers_the_throttled_names(qtbot, actions) -> None:
    account_actions, fake = actions
    dialog = account_actions.choose_name_to_unlock()
    assert dialog is not None and dialog.comboBoxItems() == ["wang"]
    with qtbot.waitSignal(account_actions.unlocked):
        dialog.setTextValue("wang")
        dialog.accept()
    assert fake.unlocked == ["wang"]


def test_only_hr_admins_get_the_actions(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    menu = QMenu(parent)
    viewer = Actor(2, "v", "", Role.VIEWER)
    assert (
        add_account_actions(menu, FakeAccounts(), FakeAccounts(), FakeAccounts(), viewer, parent)
        is None
    )
    assert menu.actions() == []
    assert (
        add_account_actions(menu, FakeAccounts(), FakeAccounts(), FakeAccounts(), HR, parent)
        is not None
    )
    assert len([a for a in menu.actions() if not a.isSeparator()]) == 3
