"""The services a command signs in with, and the KPIs, built without the others.

`kpm kpi` needs the sign-in and the KPIs only; building them here, apart from
`app_services.build_services` (which builds every other service on top of them), keeps
the command from importing appraisals, sheets, imports and the rest it never uses. The
KPI service is built (and its module imported) on first use: the password check starts
without it, and the GUI imports it beside that check.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kpm_desktop.config import witness_dir
from kpm_desktop.domain.sign_in import SignInChannel
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.audit_trail.audit import AuditTrail, utc_now
from kpm_desktop.services.audit_trail.witness import ChainWitness
from kpm_desktop.services.demo.demo_accounts import DemoAccounts
from kpm_desktop.storage.database import Database

if TYPE_CHECKING:
    from kpm_desktop.services.kpis.kpi_service import KpiService


@dataclass(frozen=True)
class CoreServices:
    witness: ChainWitness
    audit: AuditTrail
    sign_ins: SignInService
    auth: AuthService
    demo_accounts: DemoAccounts
    database: Database

    @cached_property
    def kpis(self) -> KpiService:
        from kpm_desktop.services.kpis.kpi_service import KpiService

        return KpiService(self.database, audit=self.audit)


def build_core_services(
    database: Database,
    *,
    witnesses_dir: Path | None = None,
    channel: SignInChannel = SignInChannel.GUI,
) -> CoreServices:
    witness = ChainWitness(database, witnesses_dir or witness_dir(), utc_now)
    audit = AuditTrail(database, witness=witness)
    sign_ins = SignInService(database, audit, channel)
    return CoreServices(
        witness=witness,
        audit=audit,
        sign_ins=sign_ins,
        auth=AuthService(database, audit, sign_ins=sign_ins),
        demo_accounts=DemoAccounts(database, audit),
        database=database,
    )
