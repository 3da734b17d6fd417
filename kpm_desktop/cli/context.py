"""What a sub-command works with: the database (opened on first use), the services, the
signed-in user and the output.

Guarded commands act as the user named by the global `--user NAME` (or `KPM_USER`); the
password comes from `KPM_PASSWORD`, else an interactive prompt. With the password in the
environment, `kpm` starts checking it on a thread at its very start
(`start_early_password_check`), and the sign-in takes that result when it is for exactly
the stored hash it reads (services/admin/early_password_check.py).
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from kpm_desktop.domain.errors import PermissionDeniedError, UserText

if TYPE_CHECKING:  # the services (and SQLAlchemy) load on first use: `kpm --help` stays fast
    from kpm_desktop.domain.access import Actor
    from kpm_desktop.services.admin.database_setup import OpenedDatabase
    from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
    from kpm_desktop.services.admin.early_sign_in import EarlyClaim
    from kpm_desktop.services.app_services import AppServices
    from kpm_desktop.services.core_services import CoreServices
    from kpm_desktop.storage.database import Database

T = TypeVar("T")

USER_ENV_VAR = "KPM_USER"
PASSWORD_ENV_VAR = "KPM_PASSWORD"


def start_early_password_check(
    db_target: str, user: str | None, environ: Mapping[str, str]
) -> EarlyPasswordCheck | None:
    """The password of `PASSWORD_ENV_VAR` checked for `user` against the hash stored in the
    SQLite file `db_target`, started now on a thread, before SQLAlchemy and the command's
    code load; None without a user or a password in the environment, or for a URL. It
    decides nothing: the sign-in takes its result only for the same hash and password."""
    from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck

    return EarlyPasswordCheck.start(db_target, user, environ.get(PASSWORD_ENV_VAR))


class CliContext:
    def __init__(
        self,
        db_target: str,
        out: TextIO,
        user: str | None = None,
        err: TextIO | None = None,
        early_check: EarlyPasswordCheck | None = None,
    ) -> None:
        self.db_target = db_target
        self.out = out
        self.err = err or sys.stderr
        self.user = user
        self._early_check = early_check  # for the first sign-in only
        self._opened: OpenedDatabase | None = None
        self._core: CoreServices | None = None
        self._services: AppServices | None = None
        self._actor: Actor | None = None

    @property
    def database(self) -> Database:
        if self._opened is None:
            from kpm_desktop.services.admin.database_setup import exposure_warning, open_database

            self._opened = open_database(self.db_target)
            self.warn(exposure_warning(self._opened.database))
        return self._opened.database

    @property
    def core(self) -> CoreServices:
        """The sign-in and KPI services alone (`kpm kpi` needs no other)."""
        if self._core is None:
            from kpm_desktop.domain.sign_in import SignInChannel
            from kpm_desktop.services.core_services import build_core_services

            self._core = build_core_services(self.database, channel=SignInChannel.CLI)
        return self._core

    @property
    def services(self) -> AppServices:
        if self._services is None:
            from kpm_desktop.domain.sign_in import SignInChannel
            from kpm_desktop.services.app_services import build_services

            self._services = build_services(
                self.database, channel=SignInChannel.CLI, core=self.core
            )
        return self._services

    @property
    def actor(self) -> Actor:
        """The signed-in user, authenticated on first use; a command that needs one asks."""
        if self._actor is None:
            actor = self.core.auth.authenticate(*self._credentials())
            self._signed_in(actor)
            return actor
        return self._actor

    def while_signing_in(self, work: Callable[[Actor], T]) -> T:
        """`work(actor)` for the signed-in user, with the password check (argon2, ~0.3 s of
        CPU that releases the GIL) running beside it on a thread instead of before it.

        Meanwhile `work` runs for the account the name claims; its result is returned only
        once the check has passed for that same account. A failed sign-in raises its own
        error (recorded as any sign-in) whatever `work` did, so nothing `work` computed or
        raised reaches the output; `work` must therefore only read, never write or print.
        """
        if self._actor is not None:
            return work(self._actor)
        name, password = self._credentials()
        auth = self.core.auth
        claimed = auth.claimed_actor(name)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kpm-sign-in") as pool:
            check = pool.submit(auth.authenticate, name, password)
            try:
                done: tuple[T] | None = (work(claimed),) if claimed is not None else None
            except Exception:
                check.result()  # a failed sign-in is the error, not what `work` raised
                raise
            actor = check.result()
        self._signed_in(actor)
        if done is None or actor != claimed:  # the account changed meanwhile: again
            return work(actor)
        return done[0]

    def early_sign_in_source(self) -> tuple[Path, str] | None:
        """The SQLite file and user name the early password check is for, before the first
        sign-in; None without one (no password in the environment, a URL, signed in)."""
        if self._actor is not None or self._early_check is None or not self.user:
            return None
        return self._early_check.path, self.user

    def sign_in_early(self, claim: EarlyClaim) -> tuple[int, str] | None:
        """Sign in as `claim` without the ORM (`early_sign_in.record_early_sign_in`): only
        when the early check matched the environment's password against exactly the hash
        the claim read, and the sign-in is then recorded and committed as the usual one
        records it. The audit chain head once committed; None when nothing was recorded,
        the check left for the usual sign-in, which refuses, records and says what it must.
        """
        from kpm_desktop.services.admin.early_sign_in import record_early_sign_in

        password = os.environ.get(PASSWORD_ENV_VAR)
        if self._actor is not None or self._early_check is None or password is None:
            return None
        head = record_early_sign_in(self._early_check.path, claim, self._early_check, password)
        if head is not None:
            self._actor, self._early_check = claim.actor, None
        return head

    def _credentials(self) -> tuple[str, str]:
        """The user name and password to sign in with (the password asked for now when
        there is no `KPM_PASSWORD`); the sign-in that follows may take the early check's
        result, that one sign-in only."""
        name, password = self._user_name(), self._password()
        self.core.auth.use_early_check(self._early_check)
        self._early_check = None
        return name, password

    def _user_name(self) -> str:
        if not self.user:
            raise PermissionDeniedError(
                "This command needs a signed-in user: pass --user NAME (or set KPM_USER); "
                "the password comes from KPM_PASSWORD or a prompt"
            )
        return self.user

    def _password(self) -> str:
        password = os.environ.get(PASSWORD_ENV_VAR)
        if password is None:
            password = getpass.getpass(f"Password for {self.user}: ")
        return password

    def _signed_in(self, actor: Actor) -> None:
        from kpm_desktop.services.admin.database_setup import demo_accounts_warning

        self._actor = actor
        self.warn(demo_accounts_warning(self.core.demo_accounts.active_names()))

    def warn(self, warning: UserText | None) -> None:
        if warning is not None:
            print(f"kpm: warning: {warning}", file=self.err)

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def close(self) -> None:
        if self._opened is not None:
            self._opened.database.dispose()
            self._opened = None
            self._core = None
            self._services = None
