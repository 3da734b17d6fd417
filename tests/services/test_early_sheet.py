"""The sheet `kpm pdf --appraisal` reads with sqlite3 before SQLAlchemy is imported
(services/sheets/early_sheet.py) equals the services' sheet, value for value, for every
appraisal of the test world and every role; where the services refuse (not viewable, no
such appraisal) it gives none."""

from decimal import Decimal
from pathlib import Path

import pytest

from kpm_desktop.domain.access import Actor, Permission
from kpm_desktop.domain.errors import NotFoundError, PermissionDeniedError
from kpm_desktop.domain.evaluation_sheet import EvaluationSheet
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.chart_access import ChartAccess
from kpm_desktop.services.sheets.early_sheet import early_sheet
from kpm_desktop.storage.early_reads import EarlyReads
from kpm_desktop.storage.early_sheet_reads import EarlySheetReads
from tests.appraisal_world import PERIOD, World
from tests.finished_cycle import finish_sales
from tests.peer_cycle import PEER_NO, peer_cycle, peer_user
from tests.rank_cycle import rank_cycle

pytestmark = pytest.mark.sqlite_only  # the early reads are of SQLite files

COMPANY = "华东新锐"


def _path(world: World) -> Path:
    assert world.database.file_path is not None
    return world.database.file_path


def _early(world: World, actor: Actor, appraisal_id: int) -> EvaluationSheet | None:
    with EarlyReads.of(_path(world)) as reads:
        return early_sheet(EarlySheetReads(reads), actor, appraisal_id, COMPANY)


def _services(world: World, actor: Actor, appraisal_id: int) -> EvaluationSheet | None:
    try:
        return world.services.sheet_reader.sheet(actor, appraisal_id, COMPANY)
    except (PermissionDeniedError, NotFoundError):
        return None


def _appraisal_ids(world: World) -> list[int]:
    with EarlyReads.of(_path(world)) as reads:
        return [row[0] for row in reads.rows("SELECT id FROM appraisals ORDER BY id")]


@pytest.fixture
def varied(world: World, finalized_id: int) -> tuple[World, Actor]:
    """The world's cycle with a finalized appraisal (levels, comments, feedback) and a
    finalized sales appraisal (a KPI figure), a rank cycle (cohorts) and a peer cycle
    whose peer is outside the appraisee's team (they see their own sheet only)."""
    found = world.services.appraisals.list(world.admin, period=PERIOD, current_only=True)
    salesperson = min(a.employee_no for a in found if a.department == "销售一部")
    finish_sales(world, salesperson, "良", "80", "120000")
    rank_cycle(world)
    peer_appraisal = peer_cycle(world)
    peer = peer_user(world)
    world.services.raters.assign_rater(world.admin, peer_appraisal, RaterRole.PEER, PEER_NO)
    return world, peer


def test_early_sheets_equal_the_services_for_every_role_and_appraisal(
    varied: tuple[World, Actor],
) -> None:
    world, peer = varied
    ids = _appraisal_ids(world)
    actors = [world.admin, world.head, world.other_supervisor, world.employee, world.viewer, peer]
    refused: dict[str, int] = {}
    for actor in actors:
        for appraisal_id in ids:
            early, through_services = (
                _early(world, actor, appraisal_id),
                _services(world, actor, appraisal_id),
            )
            assert early == through_services, (actor.username, appraisal_id)
            assert repr(early) == repr(through_services)  # Decimal exponents too
            refused[actor.username] = refused.get(actor.username, 0) + (early is None)
    assert refused["admin"] == 0 and refused["viewer"] == 0
    assert 0 < refused["renqian"] < len(ids)  # the employee sees their own only
    assert 0 < refused["peer"] < len(ids)  # the peer sees the sheet they rate
    assert 0 < refused["lubo"] < len(ids)


def test_the_sheets_cover_what_a_sheet_can_hold(varied: tuple[World, Actor]) -> None:
    """The world above is varied enough for the comparison to mean something."""
    world, _peer = varied
    sheets = [_early(world, world.admin, i) for i in _appraisal_ids(world)]
    rows = [row for s in sheets if s for c in s.categories for row in c.indicators]
    assert any(s and s.finalized and s.total is not None for s in sheets)
    assert any(row.kpi is not None for row in rows)
    assert any(s and s.overall_comment for s in sheets)
    assert any(row.score == Decimal(100) for row in rows)  # a rank place's points
    assert any(s and s.signatories for s in sheets)


def test_an_unknown_appraisal_gives_no_sheet(world: World) -> None:
    assert _early(world, world.admin, 99999) is None


def test_the_access_rule_is_the_guards_for_every_role(varied: tuple[World, Actor]) -> None:
    """`ChartAccess` over the chart read with sqlite3 decides as `AccessGuard` does."""
    world, peer = varied
    with EarlyReads.of(_path(world)) as reads:
        chart = EarlySheetReads(reads).org_chart()
        staff = [row[0] for row in reads.rows("SELECT id FROM staff")]
    access = ChartAccess(lambda: chart)
    actors = [world.admin, world.head, world.other_supervisor, world.employee, world.viewer, peer]
    with world.database.unit_of_work() as uow:
        guard = AccessGuard(uow)
        for actor in actors:
            for permission in Permission:
                for staff_id in [None, *staff]:
                    assert access.allows(actor, permission, staff_id) == guard.allows(
                        actor, permission, staff_id
                    ), (actor.username, permission, staff_id)
