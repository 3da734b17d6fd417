"""Log-in and first-admin dialogs, and the start-up sequence that chooses between them."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from kpm_desktop.domain.access import AuthenticationError, Role
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.admin.first_admin_dialog import FirstAdminDialog
from kpm_desktop.ui.admin.login_dialog import LoginDialog
from kpm_desktop.ui.admin.session_start import sign_in
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit


@pytest.fixture
def auth(database: Database) -> AuthService:
    return auth_and_audit(database)[0]


def _press_enter(widget) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
        )


def test_login_shows_the_error_in_place_then_enter_signs_in(qtbot, auth: AuthService) -> None:
    auth.create_first_admin(ADMIN_PASSWORD, "admin", "人事部")
    dialog = LoginDialog(auth, username="admin")
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.password.setText("wrong-password")
    _press_enter(dialog.password)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Wrong user name or password"
    assert dialog.password.text() == ""
    dialog.password.setText(ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.signedIn) as signed:
        _press_enter(dialog.password)
    assert signed.args[0].display_name == "人事部"
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_first_admin_checks_the_password_as_typed(qtbot, auth: AuthService) -> None:
    dialog = FirstAdminDialog(auth)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.create_button.isEnabled()
    dialog.password.setText("short")
    assert "at least 8" in dialog.hint.text()
    dialog.password.setText("long-enough-1")
    dialog.confirm.setText("long-enough-2")
    assert "differ" in dialog.hint.text() and not dialog.create_button.isEnabled()
    dialog.confirm.setText("long-enough-1")
    dialog.display_name.setText("王芳")
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.adminCreated) as created:
        dialog.create_button.click()
    assert created.args[0].role is Role.HR_ADMIN
    assert auth.authenticate("admin", "long-enough-1").display_name == "王芳"


def _accept_with(fill):
    """A dialog runner for tests: show, fill in, submit, report the result without exec()."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.open()
        fill(dialog)
        dialog.submit()
        return dialog.result()

    return run, seen


def test_first_start_shows_the_first_admin_dialog_and_signs_the_admin_in(
    qtbot, auth: AuthService
) -> None:
    def fill(dialog: FirstAdminDialog) -> None:
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.confirm.setText(ADMIN_PASSWORD)

    run, seen = _accept_with(fill)
    actor = sign_in(auth, None, {}, unattended=False, run_dialog=run)
    assert [type(d) for d in seen] == [FirstAdminDialog]
    assert actor is not None and actor.username == "admin" and actor.role is Role.HR_ADMIN


def test_a_later_start_shows_the_login_with_the_env_user_filled_in(
    qtbot, auth: AuthService
) -> None:
    auth.create_first_admin(ADMIN_PASSWORD)
    run, seen = _accept_with(lambda dialog: dialog.password.setText(ADMIN_PASSWORD))
    actor = sign_in(auth, None, {"KPM_USER": "admin"}, unattended=False, run_dialog=run)
    assert [type(d) for d in seen] == [LoginDialog] and seen[0].username.text() == "admin"
    assert actor is not None and actor.username == "admin"


def test_cancelling_the_login_returns_none(qtbot, auth: AuthService) -> None:
    auth.create_first_admin(ADMIN_PASSWORD)

    def cancel(dialog: QDialog) -> int:
        dialog.open()
        dialog.reject()
        return dialog.result()

    assert sign_in(auth, None, {}, unattended=False, run_dialog=cancel) is None


def test_unattended_starts_use_the_environment_and_never_open_a_dialog(
    qtbot, auth: AuthService
) -> None:
    def forbidden(dialog: QDialog) -> int:
        raise AssertionError("an unattended start opened a dialog")

    with pytest.raises(AuthenticationError, match="KPM_ADMIN_PASSWORD"):
        sign_in(auth, None, {}, unattended=True, run_dialog=forbidden)
    env = {"KPM_ADMIN_PASSWORD": ADMIN_PASSWORD, "KPM_USER": "hr"}
    admin = sign_in(auth, None, env, unattended=True, run_dialog=forbidden)
    assert admin is not None and admin.username == "hr"
    env = {"KPM_USER": "hr", "KPM_PASSWORD": ADMIN_PASSWORD}
    assert sign_in(auth, None, env, unattended=True, run_dialog=forbidden) == admin
    with pytest.raises(AuthenticationError, match="KPM_USER and KPM_PASSWORD"):
        sign_in(auth, None, {}, unattended=True, run_dialog=forbidden)
    with pytest.raises(AuthenticationError, match="Wrong user name"):
        sign_in(auth, None, {**env, "KPM_PASSWORD": "bad"}, unattended=True, run_dialog=forbidden)


def test_wrong_env_credentials_in_an_attended_start_show_the_login_with_the_error(
    qtbot, auth: AuthService
) -> None:
    auth.create_first_admin(ADMIN_PASSWORD)
    shown: list[str] = []

    def look(dialog: LoginDialog) -> int:
        shown.append(dialog.error.text())
        return QDialog.DialogCode.Rejected.value

    env = {"KPM_USER": "admin", "KPM_PASSWORD": "stale"}
    assert sign_in(auth, None, env, unattended=False, run_dialog=look) is None
    assert shown == ["Wrong user name or password"]
