"""Errors a user can cause, and the translatable messages they carry.

A message is an English template with named `{placeholders}` and the values for them
(`UserText`). `str()` gives the English text, which the command line prints; the GUI
renders the same message with a translator (kpm_desktop/ui/common/user_messages.py), which
translates the template and every message among the values. Templates are string
constants at the raise site: scripts/update_translations.py collects them into the
catalogues under the context `MESSAGE_CONTEXT`.

Anything that is not a `KpmUserError` is a bug and reaches the crash dialog
(GUI) or a traceback (CLI).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

MESSAGE_CONTEXT = "UserError"

# (context, English source text) -> the text to show.
Translator = Callable[[str, str], str]


def english(context: str, text: str) -> str:
    """The translator of the command line and of `str()`: the source text as it is."""
    return text


class UserText:
    """An English template such as "There is no cycle for {period}" and its values.

    A value that is itself a message (a `UserText`, a `Term`, a `KpmUserError`, or a
    list of them) is rendered with the same translator; any other value is formatted
    as it is (data: names, numbers, paths), so a format spec such as `{serial:g}` works.
    The template is translated in `context`; a subclass for other texts than messages
    (kpm_desktop/charts/texts.py) names its own.
    """

    __slots__ = ("params", "template")
    context: ClassVar[str] = MESSAGE_CONTEXT

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def render(self, translate: Translator = english) -> str:
        values = {name: _rendered(value, translate) for name, value in self.params.items()}
        return translate(self.context, self.template).format_map(values)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UserText):
            return NotImplemented
        mine, theirs = (self.context, self.template), (other.context, other.template)
        return mine == theirs and self.params == other.params

    __hash__ = None  # type: ignore[assignment]  # the values may be unhashable


@dataclass(frozen=True)
class Term:
    """A word of the UI's vocabulary inside a message (a form label, a column header).

    It is translated in the context the UI already uses for it, not as a message.
    """

    context: str
    text: str

    def __str__(self) -> str:
        return self.text


# Joins a list of messages given as one value.
LIST_SEPARATOR = UserText("; ")


def _rendered(value: object, translate: Translator) -> object:
    if isinstance(value, UserText):
        return value.render(translate)
    if isinstance(value, KpmUserError):
        return value.text.render(translate)
    if isinstance(value, Term):
        return translate(value.context, value.text)
    if isinstance(value, list | tuple):
        separator = LIST_SEPARATOR.render(translate)
        return separator.join(str(_rendered(item, translate)) for item in value)
    return value


class KpmUserError(Exception):
    """A problem the user can fix: bad input, a locked file, a refused action.

    `KpmUserError("There is no cycle for {period}", period=text)`: the template is an
    English string constant, the keyword arguments fill its placeholders.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.text = UserText(template, **params)
        super().__init__(self.message)

    @property
    def template(self) -> str:
        return self.text.template

    @property
    def params(self) -> dict[str, object]:
        return self.text.params

    @property
    def message(self) -> str:
        """The message in English."""
        return str(self.text)

    def __str__(self) -> str:
        return self.message


class ValidationError(KpmUserError):
    """Input that breaks a rule: a bad date, weights that do not total 100."""


class NotFoundError(KpmUserError):
    """A record the user named does not exist."""


class PermissionDeniedError(KpmUserError):
    """The signed-in user's role does not allow the action."""


class ConflictError(KpmUserError):
    """Someone else changed the record first, or a duplicate was refused."""


class LockedError(KpmUserError):
    """The record is finalized or otherwise locked against changes."""


class DatabaseUnavailableError(KpmUserError):
    """The database cannot be opened: bad path, locked, corrupt, or a newer schema."""
