"""The user's language for the messages of the lower layers (errors, problem lists) and
the texts of the charts.

Services and the domain raise `KpmUserError` with an English template and its values
(kpm_desktop/domain/errors.py); every widget that shows one goes through `user_message`,
which translates the template in the context "UserError" and fills in the values, the
messages among them translated too. A chart's `ChartText` (kpm_desktop/charts/texts.py)
is rendered the same way, in the context "Charts".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.errors import KpmUserError, UserText


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def user_message(message: Exception | UserText) -> str:
    """The message in the language of the installed translator.

    An exception that is not a `KpmUserError` (an OSError from writing a file) carries
    no template and is shown as the system words it.
    """
    if isinstance(message, KpmUserError):
        return message.text.render(_translate)
    if isinstance(message, UserText):
        return message.render(_translate)
    return str(message)


def user_messages(messages: list[UserText]) -> list[str]:
    return [user_message(message) for message in messages]
