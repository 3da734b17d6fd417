"""Demo accounts for a demo company: one per non-admin role, with a published password.

Only the demo paths (`kpm demo`, the first start's "open a demo company") call this, never
a real database. The accounts are flagged as demo accounts (`services/demo/demo_accounts.py`).
The HR admin is not among them: the first start asks for its password.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.domain.access import Role
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.demo.demo_data import SALES_DEPARTMENTS
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.staff_queries import head_and_first_member
from kpm_desktop.storage.user_repository import usernames

DEMO_PASSWORD = "kpm-demo-2026"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: Role
    staff_no: str | None


def _demo_accounts(database: Database) -> list[DemoAccount]:
    """A supervisor for the first sales department's head, one of their staff, a viewer."""
    with database.unit_of_work() as uow:
        head_no, member_no = head_and_first_member(uow.session, SALES_DEPARTMENTS[0])
    return [
        DemoAccount("demo.supervisor", Role.SUPERVISOR, head_no),
        DemoAccount("demo.employee", Role.EMPLOYEE, member_no),
        DemoAccount("demo.viewer", Role.VIEWER, None),
    ]


def create_demo_users(database: Database, auth: AuthService) -> list[DemoAccount]:
    """Create the demo accounts, or re-link existing ones to the (re)generated staff."""
    accounts = _demo_accounts(database)
    with database.unit_of_work() as uow:
        existing = usernames(uow.session)
    for account in accounts:
        if account.username in existing:
            auth.link_staff(None, account.username, account.staff_no)
        else:
            auth.create_user(
                None,
                account.username,
                DEMO_PASSWORD,
                account.role,
                staff_no=account.staff_no,
                demo=True,
            )
    return accounts
