"""The start-up's early password check: argon2 on a thread while the database opens.

A GUI start signed in from the environment (`KPM_USER`/`KPM_PASSWORD`) reads the user's
stored hash from the SQLite file with a tiny read-only query (storage/stored_password_hash)
right after its shell is painted, and verifies the password against it here, on a thread,
while SQLAlchemy and the database open on the UI thread (argon2 releases the GIL).

It decides nothing. `AuthService.authenticate` still throttles, reads the user through the
ORM, records the attempt and audits it, in the same order; where it verifies the password
it takes this result only when the hash it has just read is exactly the one verified here,
for exactly the same password (`result_for`), and verifies as always otherwise. The result
lives in memory only and serves one sign-in. PostgreSQL, URLs and anything unexpected get
no early check.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)


class EarlyPasswordCheck:
    def __init__(self, path: Path, username: str, password: str) -> None:
        self._path = path
        self._username = username
        self._password = password
        self._verified: tuple[str, bool] | None = None  # (the hash, whether it matched)
        self._thread = threading.Thread(target=self._run, name="early-password", daemon=True)

    @classmethod
    def start(
        cls, target: str, username: str | None, password: str | None
    ) -> EarlyPasswordCheck | None:
        """The check of `password` for `username` in the SQLite file `target` (a path, as
        `open_database` takes it), started; None without a user name or a password, or for
        a URL (PostgreSQL and the rest)."""
        if "://" in target or not username or not username.strip() or password is None:
            return None
        check = cls(Path(target).expanduser(), username.strip(), password)
        check._thread.start()
        return check

    @property
    def path(self) -> Path:
        """The SQLite file the hash is read from."""
        return self._path

    def result_for(self, password_hash: str, password: str) -> bool | None:
        """Whether `password` matches `password_hash`, when exactly this pair was verified
        early; None otherwise (the caller verifies itself). Waits for the check to end."""
        import hmac  # here, on the sign-in's thread: not before SQLAlchemy's import

        self._thread.join()
        if self._verified is None:
            return None
        verified_hash, matched = self._verified
        same_hash = hmac.compare_digest(verified_hash.encode(), password_hash.encode())
        same_password = hmac.compare_digest(
            self._password.encode("utf-8", "surrogatepass"),
            password.encode("utf-8", "surrogatepass"),
        )
        return matched if same_hash and same_password else None

    def _run(self) -> None:
        from argon2 import PasswordHasher
        from argon2.exceptions import InvalidHashError, VerificationError

        from kpm_desktop.storage.stored_password_hash import stored_password_hash

        try:
            password_hash = stored_password_hash(self._path, self._username)
            if password_hash is None:
                return
            try:
                matched = bool(PasswordHasher().verify(password_hash, self._password))
            except (VerificationError, InvalidHashError):
                matched = False  # what `AuthService` concludes from the same errors
        except Exception:  # the sign-in then verifies itself, and meets it there
            log.exception("The early password check failed")
            return
        self._verified = (password_hash, matched)
