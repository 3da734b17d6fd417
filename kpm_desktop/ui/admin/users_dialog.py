"""File > Users... for HR admins: the accounts with their role, linked staff, state and
sign-in lock, and the actions on them. Every change goes through the services (permission
checks, audit, seals); a refusal is shown in the dialog. Every form opens non-blocking."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.domain.sign_in import LockedName
from kpm_desktop.ui.admin.user_forms import (
    ERROR_STYLE,
    NewPasswordForm,
    NewUserForm,
    RoleForm,
    chosen_role,
    same_password,
)
from kpm_desktop.ui.admin.users_model import UserEntry, UserRow, UsersModel
from kpm_desktop.ui.common.user_messages import user_message


class UsersPort(Protocol):
    """Implemented by `services.admin.auth.AuthService`."""

    def list_users(self, actor: Actor) -> Sequence[UserEntry]: ...
    def create_user(
        self,
        actor: Actor | None,
        username: str,
        password: str,
        role: Role,
        *,
        display_name: str = "",
        staff_no: str | None = None,
    ) -> Actor: ...
    def change_role(self, actor: Actor, username: str, role: Role) -> None: ...
    def deactivate(self, actor: Actor, username: str) -> None: ...
    def reactivate(self, actor: Actor, username: str) -> None: ...
    def set_password(self, actor: Actor, username: str, password: str) -> None: ...


class LocksPort(Protocol):
    """Implemented by `services.admin.sign_in.SignInService`."""

    def locked_names(self, actor: Actor) -> list[LockedName]: ...
    def unlock(self, actor: Actor, username: str) -> bool: ...


class UsersDialog(QDialog):
    changed = Signal(str)  # what was done, fit for the status bar

    def __init__(
        self, users: UsersPort, locks: LocksPort, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users = users
        self._locks = locks
        self._actor = actor
        self.setWindowTitle(self.tr("Users"))
        self.model = UsersModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in self._actions():
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(900, 480)
        self.refresh()

    def _actions(self) -> list[tuple[str, str, Callable[[], object]]]:
        return [
            ("add", self.tr("&Add..."), self.add_user),
            ("role", self.tr("Change &role..."), self.change_role),
            ("deactivate", self.tr("&Deactivate"), self.deactivate),
            ("reactivate", self.tr("Re&activate"), self.reactivate),
            ("password", self.tr("Reset &password..."), self.reset_password),
            ("unlock", self.tr("&Unlock"), self.unlock),
        ]

    def refresh(self) -> None:
        chosen = self.selected()
        try:
            users = self._users.list_users(self._actor)
            locks = {lock.username: lock for lock in self._locks.locked_names(self._actor)}
        except KpmUserError as exc:
            self._show(user_message(exc), error=True)
            return
        self.model.set_rows([UserRow(user, locks.get(user.username)) for user in users])
        if chosen is not None:
            self.select(chosen.user.username)
        self._update_buttons()

    def select(self, username: str) -> None:
        for index, row in enumerate(self.model.rows):
            if row.user.username == username:
                self.view.selectRow(index)

    def selected(self) -> UserRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    # The actions
    def add_user(self) -> NewUserForm:
        form = NewUserForm(self)

        def apply() -> None:
            name = form.username.text().strip()
            self._users.create_user(
                self._actor,
                name,
                same_password(name, form.password, form.again),
                chosen_role(form.role),
                display_name=form.display_name.text(),
                staff_no=form.staff_no.text().strip() or None,
            )
            self._done(self.tr("User %1 added.").replace("%1", name), name)

        form.apply = apply
        form.open()
        return form

    def change_role(self) -> RoleForm | None:
        row = self.selected()
        if row is None:
            return None
        name = row.user.username
        form = RoleForm(name, row.user.role, self)

        def apply() -> None:
            self._users.change_role(self._actor, name, chosen_role(form.role))
            self._done(self.tr("The role of %1 changed.").replace("%1", name), name)

        form.apply = apply
        form.open()
        return form

    def reset_password(self) -> NewPasswordForm | None:
        row = self.selected()
        if row is None:
            return None
        name = row.user.username
        form = NewPasswordForm(name, self)

        def apply() -> None:
            password = same_password(name, form.password, form.again)
            self._users.set_password(self._actor, name, password)
            self._done(self.tr("The password of %1 was reset.").replace("%1", name), name)

        form.apply = apply
        form.open()
        return form

    def deactivate(self) -> None:
        self._act(self._users.deactivate, self.tr("User %1 deactivated."))

    def reactivate(self) -> None:
        self._act(self._users.reactivate, self.tr("User %1 may sign in again."))

    def unlock(self) -> None:
        self._act(self._locks.unlock, self.tr("%1 may sign in again."))

    def _act(self, call: Callable[[Actor, str], object], done: str) -> None:
        row = self.selected()
        if row is None:
            return
        name = row.user.username
        try:
            call(self._actor, name)
        except KpmUserError as exc:
            self._show(user_message(exc), error=True)
            return
        self._done(done.replace("%1", name), name)

    def _done(self, text: str, username: str) -> None:
        self.refresh()
        self.select(username)
        self._show(text)
        self.changed.emit(text)

    def _show(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.buttons["role"].setEnabled(row is not None)
        self.buttons["password"].setEnabled(row is not None)
        self.buttons["deactivate"].setEnabled(row is not None and row.user.active)
        self.buttons["reactivate"].setEnabled(row is not None and not row.user.active)
        self.buttons["unlock"].setEnabled(row is not None and row.lock is not None)
