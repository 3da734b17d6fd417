"""A cycle 2026Q2 adding a 20 % peer to the three-rater supervisor template of the
`appraisal_world`: E00013 任倩's appraisal has self (E00013), superior and department head
(both E00001 董敏) and a peer sheet with nobody on it, for the rater assignment tests."""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.rubric import RaterRole, RaterWeight
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from tests.appraisal_world import PASSWORD, World

PEER_PERIOD = "2026Q2"
PEER_NO = "E00020"


def peer_cycle(world: World) -> int:
    """The id of E00013's appraisal in the peer cycle."""
    services, admin = world.services, world.admin
    peer = (RaterWeight(RaterRole.PEER, Decimal(20)),)
    choice = TemplateChoice(world.supervisor_template_id, position="CRM系统主管", extra_raters=peer)
    services.cycles.create_cycle(admin, PEER_PERIOD, [choice])
    assert services.cycles.bulk_create(admin, PEER_PERIOD).created == 1
    (appraisal,) = services.appraisals.list(admin, period=PEER_PERIOD)
    return appraisal.id


def peer_user(world: World) -> Actor:
    """An employee account for E00020, outside E00013's team."""
    return world.services.auth.create_user(
        world.admin, "peer", PASSWORD, Role.EMPLOYEE, staff_no=PEER_NO
    )
