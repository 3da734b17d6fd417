"""Who uses the app this session: the first admin on a new database, then the sign-in.

Unattended starts (`--smoke`, offscreen runs, tests) never show a dialog: they take
`KPM_USER`/`KPM_PASSWORD`, and on a database without an admin `KPM_ADMIN_PASSWORD`
creates one (named `KPM_USER`, else `admin`) and signs in as it.

A demo company is made only when chosen: in the first-start dialog of a new local file,
or, unattended, with `KPM_DEMO=1` on such a file (the dialog then starts on that choice).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from kpm_desktop.domain.access import Actor, AuthenticationError
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.admin.sign_in_environment import (
    ADMIN_PASSWORD_ENV_VAR,
    DEMO_ENV_VAR,
    PASSWORD_ENV_VAR,
    USER_ENV_VAR,
)
from kpm_desktop.ui.service_ports import Authenticator

if TYPE_CHECKING:
    from kpm_desktop.ui.admin.first_admin_dialog import DemoMaker

DialogRunner = Callable[[QDialog], int]


def _authenticate_beside(
    auth: Authenticator, username: str, password: str, meanwhile: Callable[[], object] | None
) -> Actor:
    """`auth.authenticate` on a thread of its own while `meanwhile` runs here: the password
    hash (argon2, 0.1-0.8 s) releases the GIL, so the start-up's own work goes on beside it
    on the second core. Its errors are raised here."""
    if meanwhile is None:
        return auth.authenticate(username, password)
    with ThreadPoolExecutor(1, thread_name_prefix="sign-in") as pool:
        checked = pool.submit(auth.authenticate, username, password)
        meanwhile()
        return checked.result()


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
    make_demo: DemoMaker | None = None,
    notice: Callable[[], str] = str,
    meanwhile: Callable[[], object] | None = None,
) -> Actor | None:
    """The signed-in actor, or None when the user cancelled.

    `make_demo` (given only for a new local file) fills a demo company when chosen;
    `notice()` is shown in the sign-in dialog (the demo accounts' warning), asked only
    when the dialog is; `meanwhile` runs while the password from the environment is
    checked.
    Raises a KpmUserError when an unattended start cannot sign in (it never waits).
    """
    username = environ.get(USER_ENV_VAR, "")
    demo_wanted = environ.get(DEMO_ENV_VAR, "") == "1"
    if auth.needs_first_admin():
        admin_password = environ.get(ADMIN_PASSWORD_ENV_VAR)
        if admin_password:
            if demo_wanted and make_demo is not None:
                make_demo()
            return auth.create_first_admin(admin_password, username or "admin")
        if unattended:
            raise _unattended_error()
        from kpm_desktop.ui.admin.first_admin_dialog import FirstAdminDialog  # a new database

        first = FirstAdminDialog(auth, parent, make_demo, demo_chosen=demo_wanted)
        return first.actor if run_dialog(first) == QDialog.DialogCode.Accepted else None
    password = environ.get(PASSWORD_ENV_VAR)
    login_error: KpmUserError | None = None
    if username and password is not None:
        try:
            return _authenticate_beside(auth, username, password, meanwhile)
        except KpmUserError as exc:
            if unattended:
                raise
            login_error = exc
    if unattended:
        raise _unattended_error()
    login = LoginDialog(auth, parent, username, notice())
    if login_error is not None:
        login.error.setText(str(login_error))
        login.error.show()
    return login.actor if run_dialog(login) == QDialog.DialogCode.Accepted else None
