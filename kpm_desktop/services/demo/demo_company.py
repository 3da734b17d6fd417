"""A whole demo company in one transaction: CRM data, the built-in templates, demo users.

Only an explicit choice makes one: `kpm demo`, or the first start's "open a demo company"
on a new local file. A process killed midway leaves no part of it (the transaction is
never committed), and a refused demo (the database holds staff) changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.demo.demo_data import (
    DemoSize,
    DemoSummary,
    ProgressCallback,
    generate_demo_data,
)
from kpm_desktop.services.demo.demo_users import DemoAccount, create_demo_users
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class DemoCompany:
    summary: DemoSummary
    templates_installed: int
    accounts: list[DemoAccount]


def create_demo_company(
    database: Database,
    size: DemoSize,
    *,
    replace: bool = False,
    progress: ProgressCallback | None = None,
) -> DemoCompany:
    with database.all_or_nothing() as joined:
        audit = AuditTrail(joined)
        summary = generate_demo_data(joined, size, replace=replace, progress=progress)
        installed = TemplateService(joined, audit).install_builtins(None)
        accounts = create_demo_users(joined, AuthService(joined, audit))
    return DemoCompany(summary, len(installed), accounts)
