"""First start: create the HR admin account, password typed twice and checked as typed.

On a new local file the dialog also offers the choice of company: an empty one (the real
start) or a demo company, filled in before the admin is created. Nothing is filled unless
"Open a demo company" is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import (
    MIN_PASSWORD_LENGTH,
    Actor,
    PasswordRule,
    broken_password_rule,
)
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.admin.login_dialog import ERROR_STYLE
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.service_ports import Authenticator

DemoMaker = Callable[[], object]


class FirstAdminDialog(QDialog):
    """On success `adminCreated` carries the new admin, who is then signed in."""

    adminCreated = Signal(object)

    def __init__(
        self,
        auth: Authenticator,
        parent: QWidget | None = None,
        make_demo: DemoMaker | None = None,
        demo_chosen: bool = False,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._make_demo = make_demo
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the HR administrator"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "This database has no administrator yet. Choose the HR admin's user name "
                "and password; the admin then adds the other users."
            )
        )
        intro.setWordWrap(True)
        self.empty_choice = QRadioButton(self.tr("Create the HR admin for an empty company"))
        self.demo_choice = QRadioButton(
            self.tr(
                "Open a demo company: invented staff and CRM data, and three demo accounts "
                "whose password is published"
            )
        )
        choices = QButtonGroup(self)
        for button in (self.empty_choice, self.demo_choice):
            choices.addButton(button)
            button.setVisible(make_demo is not None)
        (self.demo_choice if demo_chosen and make_demo else self.empty_choice).setChecked(True)
        self.username = QLineEdit("admin")
        self.display_name = QLineEdit()
        self.password = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.password, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        self.username.textChanged.connect(self._check)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.confirm)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create admin"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_choice)
        layout.addWidget(self.demo_choice)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.password.setFocus()
        self._check()

    def _problem(self) -> str | None:
        if not self.username.text().strip():
            return self.tr("Enter a user name.")
        password = self.password.text()
        rule = broken_password_rule(password, self.username.text().strip())
        if rule is PasswordRule.LENGTH:
            return self.tr("The password must have at least {0} characters (it has {1})").format(
                MIN_PASSWORD_LENGTH, len(password)
            )
        if rule is PasswordRule.VARIETY:
            return self.tr("The password must use at least 3 different characters")
        if rule is PasswordRule.NOT_USERNAME:
            return self.tr("The password must differ from the user name")
        if password != self.confirm.text():
            return self.tr("The two passwords differ.")
        return None

    def _check(self) -> None:
        problem = self._problem()
        self.create_button.setEnabled(problem is None)
        self.hint.setStyleSheet("" if problem is None else ERROR_STYLE)
        self.hint.setText(problem or self.tr("Password accepted."))

    def submit(self) -> None:
        if self._problem() is not None:
            return
        try:
            if self._make_demo is not None and self.demo_choice.isChecked():
                self._fill_demo(self._make_demo)
            actor = self._auth.create_first_admin(
                self.password.text(), self.username.text(), self.display_name.text()
            )
        except KpmUserError as exc:
            self.hint.setStyleSheet(ERROR_STYLE)
            self.hint.setText(user_message(exc))
            return
        self.actor = actor
        self.adminCreated.emit(actor)
        self.accept()

    def _fill_demo(self, make_demo: DemoMaker) -> None:
        """Fill the demo company (a few seconds); it is there once, so not offered again."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            make_demo()
        finally:
            QApplication.restoreOverrideCursor()
        self._make_demo = None
        self.demo_choice.setEnabled(False)
        self.empty_choice.setEnabled(False)
