"""Errors a user can cause. Each carries a message fit to show as it is.

Anything that is not a `KpmUserError` is a bug and reaches the crash dialog
(GUI) or a traceback (CLI).
"""


class KpmUserError(Exception):
    """A problem the user can fix: bad input, a locked file, a refused action."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

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
