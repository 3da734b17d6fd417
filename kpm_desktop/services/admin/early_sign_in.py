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
Nothing here writes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.admin.early_password_check import EarlyPasswordCheck
from kpm_desktop.storage.early_reads import EarlyReadError, EarlyReads

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EarlyClaim:
    actor: Actor  # NOT signed in: nothing may show for it before `verified`
    password_hash: str

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
            account = reads.account(username.strip())
            admins = reads.count_users(Role.HR_ADMIN.value)
    except EarlyReadError as exc:
        log.debug("No early sign-in: %s", exc)
        return None
    if account is None or not account.active or account.throttled or not admins:
        return None
    try:
        role = Role(account.role)
    except ValueError:
        return None  # the sign-in tells what is wrong
    actor = Actor(account.id, account.username, account.display_name, role, account.staff_id)
    return EarlyClaim(actor, account.password_hash)
