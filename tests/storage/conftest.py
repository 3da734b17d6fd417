"""The storage tests' shared worlds."""

import pytest

from kpm_desktop.domain.rubric import RaterRole
from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import PERIOD, World
from tests.finished_cycle import finish_sales
from tests.peer_cycle import PEER_NO, peer_cycle
from tests.rank_cycle import rank_cycle


@pytest.fixture
def varied(world: World) -> World:
    """A finalized appraisal, a finalized sales one (a KPI figure), a rank cycle and a peer
    cycle with a peer assigned."""
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    finish_sales(world, min(a.employee_no for a in found if a.department == "销售一部"), "良",
                 "80", "120000")  # fmt: skip
    rank_cycle(world)
    peer_appraisal = peer_cycle(world)
    world.services.raters.assign_rater(world.admin, peer_appraisal, RaterRole.PEER, PEER_NO)
    return world
