"""Who uses the app this session: the first admin on a new database, then the sign-in.

Unattended starts (`--smoke`, offscreen runs, tests) never show a dialog: they take
`KPM_USER`/`KPM_PASSWORD`, and on a database without an admin `KPM_ADMIN_PASSWORD`
creates one (named `KPM_USER`, else `admin`) and signs in as it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QDialog, QWidget

from kpm_desktop.domain.access import Actor, AuthenticationError
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.first_admin_dialog import FirstAdminDialog
from kpm_desktop.ui.login_dialog import LoginDialog
from kpm_desktop.ui.service_ports import Authenticator

USER_ENV_VAR = "KPM_USER"
PASSWORD_ENV_VAR = "KPM_PASSWORD"
ADMIN_PASSWORD_ENV_VAR = "KPM_ADMIN_PASSWORD"

DialogRunner = Callable[[QDialog], int]


def _modal(dialog: QDialog) -> int:
    return dialog.exec()


def _unattended_error() -> AuthenticationError:
    return AuthenticationError(
        "Not signed in: an unattended start needs KPM_USER and KPM_PASSWORD "
        "(or KPM_ADMIN_PASSWORD when the database has no admin yet)"
    )


def sign_in(
    auth: Authenticator,
    parent: QWidget | None,
    environ: Mapping[str, str],
    *,
    unattended: bool,
    run_dialog: DialogRunner = _modal,
) -> Actor | None:
    """The signed-in actor, or None when the user cancelled.

    Raises a KpmUserError when an unattended start cannot sign in (it never waits).
    """
    username = environ.get(USER_ENV_VAR, "")
    if auth.needs_first_admin():
        admin_password = environ.get(ADMIN_PASSWORD_ENV_VAR)
        if admin_password:
            return auth.create_first_admin(admin_password, username or "admin")
        if unattended:
            raise _unattended_error()
        first = FirstAdminDialog(auth, parent)
        return first.actor if run_dialog(first) == QDialog.DialogCode.Accepted else None
    password = environ.get(PASSWORD_ENV_VAR)
    login_error: KpmUserError | None = None
    if username and password is not None:
        try:
            return auth.authenticate(username, password)
        except KpmUserError as exc:
            if unattended:
                raise
            login_error = exc
    if unattended:
        raise _unattended_error()
    login = LoginDialog(auth, parent, username)
    if login_error is not None:
        login.error.setText(str(login_error))
        login.error.show()
    return login.actor if run_dialog(login) == QDialog.DialogCode.Accepted else None
