"""Sheets read together (a cycle export's chunk) are the sheets read one by one, under
the same access checks."""

from __future__ import annotations

import pytest

from kpm_desktop.domain.errors import NotFoundError, PermissionDeniedError
from tests.appraisal_world import PERIOD, World


def test_sheets_read_together_equal_each_read_alone(world: World, finalized_id: int) -> None:
    sheets = world.services.sheets
    ids = [a.id for a in sheets.cycle_appraisals(world.admin, PERIOD)]
    assert finalized_id in ids and len(ids) > 2
    together = sheets.sheets(world.admin, ids, "测试公司")
    assert together == [sheets.sheet(world.admin, i, "测试公司") for i in ids]
    back = ids[::-1]
    assert sheets.sheets(world.admin, back) == [sheets.sheet(world.admin, i) for i in back]


def test_a_supervisor_reads_together_only_what_they_may_view(world: World) -> None:
    sheets = world.services.sheets
    everyone = [a.id for a in sheets.cycle_appraisals(world.admin, PERIOD)]
    own = [a.id for a in sheets.cycle_appraisals(world.other_supervisor, PERIOD)]
    hidden = sorted(set(everyone) - set(own))
    assert own and hidden
    assert sheets.sheets(world.other_supervisor, own) == [
        sheets.sheet(world.other_supervisor, i) for i in own
    ]
    with pytest.raises(PermissionDeniedError):
        sheets.sheets(world.other_supervisor, [*own, hidden[0]])
    with pytest.raises(PermissionDeniedError):
        sheets.sheet(world.other_supervisor, hidden[0])


def test_an_unknown_appraisal_is_named(world: World) -> None:
    with pytest.raises(NotFoundError, match="9999"):
        world.services.sheets.sheets(world.admin, [9999])
