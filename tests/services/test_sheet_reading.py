"""Sheets read together (a cycle export's chunk) are the sheets read one by one, under
the same access checks, in the same number of statements however many there are."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kpm_desktop.domain.errors import NotFoundError, PermissionDeniedError
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.appraisals.appraisal_chunk_loading import build_forms
from kpm_desktop.services.appraisals.appraisal_loading import build_form
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from tests.appraisal_steps import SUPERIOR
from tests.appraisal_world import PERIOD, World
from tests.peer_cycle import PEER_NO, PEER_PERIOD, peer_cycle, peer_user
from tests.rank_cycle import rank_cycle
from tests.statement_log import statements


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


def _everyone_appraised(world: World, period: str) -> list[int]:
    """A cycle appraising everyone on the supervisor template, three superior sheets
    rated by HR."""
    services, admin = world.services, world.admin
    services.cycles.create_cycle(admin, period, [TemplateChoice(world.supervisor_template_id)])
    services.cycles.bulk_create(admin, period)
    ids = [a.id for a in services.sheets.cycle_appraisals(admin, period)]
    for appraisal_id in ids[:3]:
        services.appraisals.save_ratings(admin, appraisal_id, RaterRole.SUPERIOR, SUPERIOR, None)
    return ids


def test_a_chunk_is_read_in_the_same_statements_for_3_as_for_20_sheets(world: World) -> None:
    ids = _everyone_appraised(world, "2026Q4")
    assert len(ids) >= 20
    counts = []
    for size in (3, 20):
        with statements(world.database) as seen:
            sheets = world.services.sheets.sheets(world.admin, ids[:size])
        assert len(sheets) == size
        counts.append(len(seen))
    assert counts[0] == counts[1]


def test_forms_read_together_equal_each_built_alone(world: World, finalized_id: int) -> None:
    peer = peer_user(world)
    peer_appraisal = peer_cycle(world)
    world.services.raters.assign_rater(world.admin, peer_appraisal, RaterRole.PEER, PEER_NO)
    for actor, period in (
        (world.admin, PERIOD),
        (world.other_supervisor, PERIOD),
        (world.employee, PERIOD),
        (world.admin, PEER_PERIOD),
        (peer, PEER_PERIOD),
    ):
        ids = [a.id for a in world.services.appraisals.list(actor, period=period)]
        assert ids
        with world.database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            together = build_forms(uow, guard, actor, ids)
            assert together == [build_form(uow, guard, actor, i) for i in ids]


def test_an_assigned_peer_reads_together_only_their_own_sheet(world: World) -> None:
    peer = peer_user(world)
    appraisal_id = peer_cycle(world)
    sheets = world.services.sheets
    with pytest.raises(PermissionDeniedError):
        sheets.sheets(peer, [appraisal_id])
    world.services.raters.assign_rater(world.admin, appraisal_id, RaterRole.PEER, PEER_NO)
    (sheet,) = sheets.sheets(peer, [appraisal_id])
    assert sheet == sheets.sheet(peer, appraisal_id)
    assert len(sheet.raters) == 1  # their own sheet only


def test_rank_cohorts_read_together_place_as_read_alone(world: World) -> None:
    ids = rank_cycle(world)
    sheets = world.services.sheets
    together = sheets.sheets(world.admin, ids)
    assert [s.total for s in together[:3]] == [D("60.00"), D("100.00"), D("80.00")]
    assert together == [sheets.sheet(world.admin, i) for i in ids]


def test_an_export_lists_the_appraisals_the_list_shows(world: World) -> None:
    peer = peer_user(world)
    peer_appraisal = peer_cycle(world)
    world.services.raters.assign_rater(world.admin, peer_appraisal, RaterRole.PEER, PEER_NO)
    appraisals, sheets = world.services.appraisals, world.services.sheets
    for actor in (world.admin, world.other_supervisor, world.employee, peer):
        for period in (PERIOD, PEER_PERIOD, "2030Q1"):
            listed = appraisals.list(actor, period=period, current_only=True)
            plain = sheets.cycle_appraisals(actor, period)
            assert [(a.id, a.employee_no, a.staff_name) for a in plain] == [
                (a.id, a.employee_no, a.staff_name) for a in listed
            ]
    assert [a.id for a in sheets.cycle_appraisals(peer, PEER_PERIOD)] == [peer_appraisal]
