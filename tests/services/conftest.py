"""Fixtures of the service tests."""

from __future__ import annotations

import pytest

from tests.appraisal_steps import finalize, rate_all, target_id
from tests.appraisal_world import World


@pytest.fixture
def finalized_id(world: World) -> int:
    """E00013 任倩's appraisal, rated by its three raters and finalized (82.68 良好)."""
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    return appraisal_id
