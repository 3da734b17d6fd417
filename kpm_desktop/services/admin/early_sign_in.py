"""Who signs in, known before SQLAlchemy is imported: the account the environment names,
for start-up to prepare and show the first page's figures while the ORM loads
(docs/architecture.md, "Start-up").

`early_claim` reads the account and refuses whenever the usual sign-in might not pass: the
account must be active, its name without a counted failure (neither slowed down nor
locked), and an HR admin must exist (else start-up would create the first one). A claim is
NOT a sign-in: start-up may read for it while the password is checked, and shows nothing
until `EarlyClaim.verified` says that the early check (early_password_check.py) matched the
password against exactly the hash read here. `AuthService.authenticate` still runs as
always, through the ORM, before anything else is shown or written: it throttles, checks,
records and audits the attempt, and start-up goes on only if it signs in the same actor.
`record_early_sign_in` records a verified claim's sign-in for `kpm pdf --appraisal`, which
signs in without the ORM (storage/early_sign_in_record.py).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.sign_in import SignInChannel
from kpm_desktop.domain.utc_clock import utc_now
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.storage.early_reads import EarlyReadError, EarlyReads, StoredAccount
from kpm_desktop.storage.early_sign_in_record import record_sign_in

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EarlyClaim:
    actor: Actor  # NOT signed in: nothing may show for it before `verified`
    account: StoredAccount  # as read for the claim

    @property
    def password_hash(self) -> str:
        return self.account.password_hash

    def verified(self, check: EarlyPasswordCheck, password: str) -> bool:
        """Whether the early check matched `password` against this claim's stored hash
        (waits for the check to end)."""
        return check.result_for(self.password_hash, password) is True


def early_claim(path: Path, username: str) -> EarlyClaim | None:
    """The account `username` names in the SQLite file at `path`, when nothing but the
    password could refuse its sign-in; None otherwise (start-up then takes the usual
    path)."""
    try:
        with EarlyReads.of(path) as reads:
            return claim_in(reads, username)
    except EarlyReadError as exc:
        log.debug("No early sign-in: %s", exc)
        return None


def claim_in(reads: EarlyReads, username: str) -> EarlyClaim | None:
    """`early_claim` in the read transaction of `reads`."""
    account = reads.account(username.strip())
    if account is None or not account.active or account.throttled:
        return None
    if not reads.count_users(Role.HR_ADMIN.value):
        return None
    try:
        role = Role(account.role)
    except ValueError:
        return None  # the sign-in tells what is wrong
    actor = Actor(account.id, account.username, account.display_name, role, account.staff_id)
    return EarlyClaim(actor, account)


def record_early_sign_in(
    path: Path, claim: EarlyClaim, check: EarlyPasswordCheck, password: str
) -> tuple[int, str] | None:
    """The sign-in of a claim recorded without the ORM (`kpm pdf --appraisal`), exactly as
    `AuthService.authenticate` records a successful one from the command line: only when
    the early check matched `password` against exactly the claim's hash, the hash needs no
    rehash (which the ORM path seals) and the account and its name's throttle are as the
    claim read them. Returns the audit chain head once committed; None when nothing was
    recorded (the caller then signs in the usual way, which refuses, records and says
    what it must)."""
    from argon2 import PasswordHasher  # loaded already by the early check

    if PasswordHasher().check_needs_rehash(claim.password_hash):
        return None
    if not claim.verified(check, password):
        return None
    return record_sign_in(path, claim.account, SignInChannel.CLI.value, utc_now)
