"""Sign-in: user name and password; a refusal is shown in place and the dialog stays open.

While the database has demo accounts (whose password is published) a notice says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.service_ports import Authenticator

ERROR_STYLE = "color: #b00020;"


class LoginDialog(QDialog):
    """Open with `open()` (tests) or `exec()` (start-up); `signedIn` carries the Actor."""

    signedIn = Signal(object)

    def __init__(
        self,
        auth: Authenticator,
        parent: QWidget | None = None,
        username: str = "",
        notice: str = "",
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in to KPM Desktop"))
        self.setMinimumWidth(360)
        self.username = QLineEdit(username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.notice = QLabel(notice)
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setVisible(bool(notice))
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        try:
            actor = self._auth.authenticate(self.username.text(), self.password.text())
        except KpmUserError as exc:
            self.error.setText(user_message(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        self.signedIn.emit(actor)
        self.accept()
