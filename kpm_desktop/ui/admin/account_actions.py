"""File menu for HR admins: the users, remove the demo accounts, unlock a user name after
failed sign-ins. Every dialog opens non-blocking; the results come back as signals."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.sign_in import LockedName
from kpm_desktop.ui.admin.users_dialog import UsersDialog, UsersPort
from kpm_desktop.ui.common.user_messages import user_message


class DemoRemovalResult(Protocol):
    @property
    def deleted(self) -> tuple[str, ...]: ...
    @property
    def retired(self) -> tuple[str, ...]: ...


class DemoAccountsPort(Protocol):
    """Implemented by `services.demo_accounts.DemoAccounts`."""

    def active_names(self) -> list[str]: ...
    def remove(self, actor: Actor) -> DemoRemovalResult: ...


class SignInsPort(Protocol):
    """Implemented by `services.sign_in.SignInService`."""

    def locked_names(self, actor: Actor) -> list[LockedName]: ...
    def unlock(self, actor: Actor, username: str) -> bool: ...


class AccountActions(QObject):
    demoRemoved = Signal(str)  # what was done, fit to show
    unlocked = Signal(str)  # the user name
    usersChanged = Signal(str)  # what the user management did, fit to show
    failed = Signal(str)

    def __init__(
        self,
        demo: DemoAccountsPort,
        sign_ins: SignInsPort,
        users: UsersPort,
        actor: Actor,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._demo = demo
        self._sign_ins = sign_ins
        self._actor = actor
        self._parent = parent
        self.remove_demo_action = QAction(self.tr("Remove &demo accounts..."), parent)
        self.unlock_action = QAction(self.tr("&Unlock a user name..."), parent)
        self.users_action = QAction(self.tr("&Users..."), parent)
        self.remove_demo_action.triggered.connect(self.confirm_remove_demo)
        self.users_action.triggered.connect(self.show_users)
        self.unlock_action.triggered.connect(self.choose_name_to_unlock)

    def show_users(self) -> UsersDialog:
        """The user management, non-modal; what it changes also shows in the status bar."""
        dialog = UsersDialog(self._users, self._sign_ins, self._actor, self._parent)
        dialog.changed.connect(self.usersChanged)
        dialog.open()
        return dialog

    def confirm_remove_demo(self) -> QMessageBox | None:
        names = self._demo.active_names()
        if not names:
            self.failed.emit(self.tr("There are no demo accounts."))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Remove demo accounts"),
            self.tr(
                "Remove the demo accounts %1? Anyone who has read the README knows their "
                "password. Accounts that records name as their author are deactivated instead."
            ).replace("%1", ", ".join(names)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.accepted.connect(self.remove_demo)
        box.open()
        return box

    def remove_demo(self) -> None:
        try:
            removal = self._demo.remove(self._actor)
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return
        self.demoRemoved.emit(
            self.tr("Demo accounts removed: %1; deactivated: %2.")
            .replace("%1", ", ".join(removal.deleted) or "-")
            .replace("%2", ", ".join(removal.retired) or "-")
        )

    def choose_name_to_unlock(self) -> QInputDialog | None:
        try:
            names = [entry.username for entry in self._sign_ins.locked_names(self._actor)]
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return None
        if not names:
            self.failed.emit(self.tr("No user name has failed sign-ins to forget."))
            return None
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Unlock a user name"))
        dialog.setLabelText(self.tr("Failed sign-ins in a row, newest lock first:"))
        dialog.setComboBoxItems(names)
        dialog.textValueSelected.connect(self.unlock)
        dialog.open()
        return dialog

    def unlock(self, username: str) -> None:
        try:
            self._sign_ins.unlock(self._actor, username)
        except KpmUserError as exc:
            self.failed.emit(user_message(exc))
            return
        self.unlocked.emit(username)


def add_account_actions(
    menu: QMenu,
    demo: DemoAccountsPort,
    sign_ins: SignInsPort,
    users: UsersPort,
    actor: Actor,
    parent: QWidget,
) -> AccountActions | None:
    """The actions for an HR admin; None (and nothing added) for other roles."""
    if actor.role is not Role.HR_ADMIN:
        return None
    actions = AccountActions(demo, sign_ins, users, actor, parent)
    menu.addSeparator()
    menu.addAction(actions.users_action)
    menu.addAction(actions.unlock_action)
    menu.addAction(actions.remove_demo_action)
    return actions
