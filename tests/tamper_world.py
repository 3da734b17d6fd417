"""A database worth tampering with: the appraisal world with one sales appraisal
finalized through the services and the cycle closed, every record sealed and the chain
witnessed. The tamper suites (services and CLI) edit it behind the application's back."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kpm_desktop.config import witness_dir
from kpm_desktop.domain.access import Actor
from kpm_desktop.services.app_services import AppServices
from kpm_desktop.services.audit_trail.audit import utc_now
from kpm_desktop.services.audit_trail.witness import ChainWitness
from kpm_desktop.storage.database import Database
from tests.appraisal_world import PERIOD, build_world, world_on_services
from tests.finished_cycle import finish_sales


@dataclass(frozen=True)
class TamperedWorld:
    database: Database
    services: AppServices
    admin: Actor
    appraisal_id: int  # finalized: S1 rated 优 95 by the superior
    template_id: int  # the active sales template it was scored with
    period: str


def build_tampered_world(database: Database) -> TamperedWorld:
    world = build_world(database)
    world.services.cycles.bulk_create(world.admin, PERIOD)
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    staff_no = min(a.employee_no for a in found if a.department == "销售一部")
    appraisal_id = finish_sales(world, staff_no, "优", "95", "120000")
    world.services.cycles.close(world.admin, PERIOD, override="其余考核下季度补做")
    return TamperedWorld(
        database, world.services, world.admin, appraisal_id, world.sales_template_id, PERIOD
    )


def tampered_world_on(built: TamperedWorld, database: Database) -> TamperedWorld:
    """The world `built` elsewhere, on `database`, a copy of its database: new services, and
    the copy's chain witnessed at its head, as building it there would have left it."""
    assert ChainWitness(database, witness_dir(), utc_now).reset() is not None
    return replace(built, database=database, services=world_on_services(database))
