"""A successful sign-in recorded with the standard library's sqlite3, as the ORM records it
(`AuthService.authenticate` with `SignInService.succeeded`): the account's last sign-in
time, its name's failures cleared, a row in the sign-in log; for `kpm pdf --appraisal`
signed in from the environment, before SQLAlchemy is imported
(services/admin/early_sign_in.py).

One IMMEDIATE transaction with the ORM connection's busy timeout and pragmas. It first
reads the account again and records nothing unless the schema revision, the account
(its hash, role, state, staff) and its name's throttle are still what the claim was
made from; the caller then takes the usual path. Values are stored in the ORM's formats
(storage/sqlite_values.py); tests/services/test_early_sign_in.py compares the rows with
the ORM path's.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kpm_desktop.storage.early_reads import EarlyReads, StoredAccount
from kpm_desktop.storage.schema_version import HEAD_REVISION, VERSION_TABLE
from kpm_desktop.storage.sqlite_values import moment_text

log = logging.getLogger(__name__)

# storage/database.py's connection set-up; its busy timeout is 5 s.
_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL")
_BUSY_TIMEOUT_S = 5.0
# The ORM's statements, in its order (the update is flushed by the delete's autoflush).
_LAST_LOGIN = "UPDATE users SET last_login_at = :now WHERE id = :user_id"
_CLEAR_THROTTLE = "DELETE FROM sign_in_throttle WHERE username = :username"
_SIGN_IN = (
    "INSERT INTO sign_in_log (occurred_at, username, channel, outcome, succeeded) "
    "VALUES (:occurred_at, :username, :channel, :outcome, :succeeded)"
)
SIGNED_IN = "signed_in"  # SignInOutcome.SIGNED_IN


def record_sign_in(
    path: Path, account: StoredAccount, channel: str, clock: Callable[[], datetime]
) -> tuple[int, str] | None:
    """Record `account`'s sign-in in the SQLite file at `path`; the audit chain head
    (sequence, hash) as it is once committed, or None when nothing was recorded (the
    account or the file changed, locked, any error)."""
    try:
        connection = sqlite3.connect(  # mode=rw: a file gone meanwhile is not created
            f"{path.resolve().as_uri()}?mode=rw",
            uri=True,
            timeout=_BUSY_TIMEOUT_S,
            isolation_level=None,
        )
    except sqlite3.Error as exc:
        log.debug("No early sign-in record: %s", exc)
        return None
    try:
        for pragma in _PRAGMAS:
            connection.execute(pragma)
        connection.execute("BEGIN IMMEDIATE")
        try:
            head = _record(connection, account, channel, clock)
            if head is None:
                connection.execute("ROLLBACK")
                return None
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        return head
    except sqlite3.Error as exc:
        log.debug("No early sign-in record: %s", exc)
        return None
    finally:
        connection.close()


def _record(
    connection: sqlite3.Connection,
    account: StoredAccount,
    channel: str,
    clock: Callable[[], datetime],
) -> tuple[int, str] | None:
    reads = EarlyReads(connection)  # its reads, in this write transaction
    if reads.rows(f"SELECT version_num FROM {VERSION_TABLE}") != [(HEAD_REVISION,)]:
        return None
    if reads.account(account.username) != account:
        return None
    connection.execute(_LAST_LOGIN, {"now": moment_text(clock()), "user_id": account.id})
    connection.execute(_CLEAR_THROTTLE, {"username": account.username})
    connection.execute(
        _SIGN_IN,
        {
            "occurred_at": moment_text(clock()),
            "username": account.username,
            "channel": channel,
            "outcome": SIGNED_IN,
            "succeeded": 1,
        },
    )
    return reads.chain_head()
