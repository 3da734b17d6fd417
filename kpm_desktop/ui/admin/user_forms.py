"""The small forms of the user management: a new account, a new password. Each keeps what
was typed and shows the refusal inside itself until the service accepts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.errors import KpmUserError, ValidationError
from kpm_desktop.ui.common.line_edits import with_placeholder
from kpm_desktop.ui.common.role_labels import role_label
from kpm_desktop.ui.common.user_messages import user_message

ERROR_STYLE = "color: #b00020;"


def role_combo() -> QComboBox:
    combo = QComboBox()
    for role in Role:
        combo.addItem(role_label(role), role)
    return combo


def chosen_role(combo: QComboBox) -> Role:
    """The role picked (Qt hands the enum back as its string value)."""
    return Role(combo.currentData())


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def same_password(username: str, first: QLineEdit, second: QLineEdit) -> str:
    if first.text() != second.text():
        raise ValidationError("The two passwords typed for {username} differ", username=username)
    return first.text()


class UserForm(QDialog):
    """A form whose OK runs `apply`; a `KpmUserError` stays on screen, the input too."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.apply: Callable[[], None] = lambda: None
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self.apply()
        except KpmUserError as exc:
            self.message.setText(user_message(exc))
            self.message.show()
            return
        self.accept()


class NewUserForm(UserForm):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.password = password_field()
        self.again = password_field()
        self.role = role_combo()
        self.role.setCurrentIndex(self.role.findData(Role.EMPLOYEE))
        self.staff_no = QLineEdit()
        with_placeholder(self.staff_no, self.tr("Employee number, e.g. E00012 (optional)"))
        self.form.addRow(self.tr("User name"), self.username)
        self.form.addRow(self.tr("Display name"), self.display_name)
        self.form.addRow(self.tr("Initial password"), self.password)
        self.form.addRow(self.tr("Password again"), self.again)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Linked staff"), self.staff_no)


class NewPasswordForm(UserForm):
    def __init__(self, username: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset the password of %1").replace("%1", username))
        self.password = password_field()
        self.again = password_field()
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("Password again"), self.again)


class RoleForm(UserForm):
    def __init__(self, username: str, current: Role, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the role of %1").replace("%1", username))
        self.role = role_combo()
        self.role.setCurrentIndex(self.role.findData(current))
        self.form.addRow(self.tr("Role"), self.role)
