"""The environment variables an unattended or scripted start signs in with (read by
`session_start.sign_in`), and whether they spare the sign-in dialog. Light on purpose:
start-up asks before anything slow is imported."""

from __future__ import annotations

from collections.abc import Mapping

USER_ENV_VAR = "KPM_USER"
PASSWORD_ENV_VAR = "KPM_PASSWORD"
ADMIN_PASSWORD_ENV_VAR = "KPM_ADMIN_PASSWORD"
DEMO_ENV_VAR = "KPM_DEMO"


def signs_in_unseen(environ: Mapping[str, str], unattended: bool) -> bool:
    """Whether `sign_in` will most likely need no dialog: then start-up paints the main
    window before it (the password hash alone takes 0.1-0.8 s). A dialog is still shown
    over that window when the password given turns out wrong."""
    has_password = bool(environ.get(USER_ENV_VAR)) and environ.get(PASSWORD_ENV_VAR) is not None
    return unattended or has_password or bool(environ.get(ADMIN_PASSWORD_ENV_VAR))
