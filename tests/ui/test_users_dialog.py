"""File > Users...: each action through the real services, refusals shown in the dialog."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QWidget

from kpm_desktop.domain.access import Actor, AuthenticationError, Role
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.account_actions import AccountActions
from kpm_desktop.ui.admin.users_dialog import UsersDialog
from tests.access_helpers import ADMIN_PASSWORD, fast_hasher

CLERK_PASSWORD = "clerk-pass-123"


@dataclass
class Accounts:
    auth: AuthService
    locks: SignInService
    admin: Actor
    dialog: UsersDialog

    def row(self, username: str) -> list[str]:
        model = self.dialog.model
        index = next(i for i, r in enumerate(model.rows) if r.user.username == username)
        return [str(model.index(index, c).data()) for c in range(model.columnCount())]


@pytest.fixture
def accounts(qtbot, database: Database) -> Accounts:
    audit = AuditTrail(database)
    locks = SignInService(database, audit, sleep=lambda _seconds: None)
    auth = AuthService(database, audit, hasher=fast_hasher(), sign_ins=locks)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    auth.create_user(admin, "clerk", CLERK_PASSWORD, Role.EMPLOYEE)
    dialog = UsersDialog(auth, locks, admin)
    qtbot.addWidget(dialog)
    return Accounts(auth, locks, admin, dialog)


def test_the_table_lists_the_accounts_and_passes_the_model_tester(
    qtmodeltester, accounts: Accounts
) -> None:
    accounts.auth.create_user(None, "demo.viewer", "kpm-demo-2026", Role.VIEWER, demo=True)
    accounts.dialog.refresh()
    qtmodeltester.check(accounts.dialog.model)
    assert accounts.row("admin")[:5] == ["admin", "HR administrator", "", "Yes", ""]
    assert accounts.row("clerk")[5] == "Never"
    assert accounts.row("demo.viewer")[4] == "Demo"


def test_adding_a_user_refuses_a_duplicate_and_a_weak_password_then_adds(
    qtbot, accounts: Accounts
) -> None:
    form = accounts.dialog.add_user()
    form.username.setText("clerk")
    form.password.setText("another-pass-1")
    form.again.setText("another-pass-1")
    form.submit()
    assert form.isVisible() and "'clerk' already exists" in form.message.text()
    form.username.setText("wang")
    form.password.setText("short")
    form.again.setText("short")
    form.submit()
    assert form.isVisible() and "at least 8 characters" in form.message.text()
    form.again.setText("shorter")
    form.submit()
    assert "two passwords typed for wang differ" in form.message.text()
    form.password.setText("wang-pass-123")
    form.again.setText("wang-pass-123")
    form.role.setCurrentIndex(form.role.findData(Role.SUPERVISOR))
    with qtbot.waitSignal(accounts.dialog.changed):
        form.submit()
    assert not form.isVisible()
    assert accounts.row("wang")[:2] == ["wang", "Supervisor"]
    assert accounts.auth.authenticate("wang", "wang-pass-123").role is Role.SUPERVISOR


def test_an_unknown_staff_number_is_named(accounts: Accounts) -> None:
    form = accounts.dialog.add_user()
    form.username.setText("ghost")
    form.password.setText("ghost-pass-12")
    form.again.setText("ghost-pass-12")
    form.staff_no.setText("E99999")
    form.submit()
    assert "E99999" in form.message.text() and form.isVisible()


def test_changing_a_role_and_the_last_admin_refused(accounts: Accounts) -> None:
    dialog = accounts.dialog
    dialog.select("admin")
    form = dialog.change_role()
    assert form is not None
    form.role.setCurrentIndex(form.role.findData(Role.VIEWER))
    form.submit()
    assert "last active HR admin" in form.message.text()
    form.reject()
    dialog.select("clerk")
    form = dialog.change_role()
    assert form is not None
    form.role.setCurrentIndex(form.role.findData(Role.VIEWER))
    form.submit()
    assert accounts.row("clerk")[1] == "Viewer"
    assert "role of clerk changed" in dialog.message.text()


def test_deactivating_and_reactivating(accounts: Accounts) -> None:
    dialog = accounts.dialog
    dialog.select("admin")
    dialog.deactivate()
    assert "own account" in dialog.message.text() and accounts.row("admin")[3] == "Yes"
    dialog.select("clerk")
    assert not dialog.buttons["reactivate"].isEnabled()
    dialog.buttons["deactivate"].click()
    assert accounts.row("clerk")[3] == "Deactivated"
    with pytest.raises(AuthenticationError, match="deactivated"):
        accounts.auth.authenticate("clerk", CLERK_PASSWORD)
    assert dialog.buttons["reactivate"].isEnabled()
    dialog.buttons["reactivate"].click()
    assert accounts.row("clerk")[3] == "Yes"
    assert accounts.auth.authenticate("clerk", CLERK_PASSWORD).username == "clerk"


def test_resetting_a_password(accounts: Accounts) -> None:
    dialog = accounts.dialog
    dialog.select("clerk")
    form = dialog.reset_password()
    assert form is not None
    form.password.setText("clerk")
    form.again.setText("clerk")
    form.submit()
    assert form.isVisible() and form.message.text()
    form.password.setText("clerk-new-pass-1")
    form.again.setText("clerk-new-pass-1")
    form.submit()
    assert not form.isVisible() and "password of clerk was reset" in dialog.message.text()
    assert accounts.auth.authenticate("clerk", "clerk-new-pass-1").username == "clerk"


def test_unlocking_after_failed_sign_ins(accounts: Accounts) -> None:
    with pytest.raises(AuthenticationError):
        accounts.auth.authenticate("clerk", "wrong-password")
    dialog = accounts.dialog
    dialog.refresh()
    dialog.select("clerk")
    assert accounts.row("clerk")[6] == "1 failed sign-in(s)"
    assert dialog.buttons["unlock"].isEnabled()
    dialog.buttons["unlock"].click()
    assert accounts.row("clerk")[6] == ""
    assert accounts.locks.locked_names(accounts.admin) == []
    assert not dialog.buttons["unlock"].isEnabled()


def test_file_users_opens_the_dialog_and_its_changes_reach_the_status_bar(
    qtbot, accounts: Accounts
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = AccountActions(
        FakeDemoAccounts(), accounts.locks, accounts.auth, accounts.admin, parent
    )
    dialog = actions.show_users()
    assert dialog.isVisible() and [r.user.username for r in dialog.model.rows] == [
        "admin",
        "clerk",
    ]
    dialog.select("clerk")
    with qtbot.waitSignal(actions.usersChanged) as changed:
        dialog.deactivate()
    assert changed.args == ["User clerk deactivated."]


class FakeDemoAccounts:
    def active_names(self) -> list[str]:
        return []

    def remove(self, actor: Actor) -> object:
        raise AssertionError("not removed here")
