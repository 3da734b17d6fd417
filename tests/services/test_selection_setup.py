"""Changing a selection's set-up after it was entered (services/selections/selection_setup.py):
renaming and removing bidders, removing panel members, moving the deadline; and the
deadline enforced in the office's time zone whatever the process's zone."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from kpm_desktop.domain.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.selections.selection_service import SelectionService
from kpm_desktop.storage import audit_repository as log
from kpm_desktop.storage.database import Database
from tests.selection_world import NAME, SHEETS, SelectionWorld, score_everything

D = Decimal


@pytest.fixture
def scoring(selection_world: SelectionWorld) -> SelectionWorld:
    selection_world.services.selections.start_scoring(selection_world.admin, NAME)
    return selection_world


def _entries(database: Database, action: str) -> list[str]:
    with database.unit_of_work() as uow:
        return [
            f"{e.before} {e.after}"
            for e in log.iter_entries(uow.session)
            if e.entity_type == "selection" and e.action == action
        ]


def _points(world: SelectionWorld, member: str) -> dict[str, Decimal | None]:
    view = world.services.selections.view(world.admin, NAME)
    own = next(m.id for m in view.members if m.name == member)
    return {
        r.bidder.name: next(x for x in r.sheets[own].lines if x.code == "P1").points
        for r in view.comparison.results
        if own in r.sheets
    }


def test_renaming_a_bidder_keeps_its_sheets_and_refuses_a_taken_name(
    scoring: SelectionWorld, database: Database
) -> None:
    score_everything(scoring)
    setup = scoring.services.selection_setup
    with pytest.raises(ConflictError, match="already has a bidder 乙公司"):
        setup.rename_bidder(scoring.admin, NAME, "甲公司", "乙公司")
    with pytest.raises(NotFoundError, match="no bidder 丁公司"):
        setup.rename_bidder(scoring.admin, NAME, "丁公司", "戊公司")
    setup.rename_bidder(scoring.admin, NAME, "甲公司", "甲科技")
    view = scoring.services.selections.view(scoring.admin, NAME)
    renamed = next(r for r in view.comparison.results if r.bidder.name == "甲科技")
    assert renamed.weighted_total == D("74.10") and len(renamed.sheets) == 2
    assert _entries(database, "rename bidder") == ['{"bidder":"甲公司"} {"bidder":"甲科技"}']


def test_removing_a_scored_bidder_needs_dropping_its_sheets_and_reranks_the_others(
    scoring: SelectionWorld, database: Database
) -> None:
    score_everything(scoring)
    setup = scoring.services.selection_setup
    with pytest.raises(ConflictError, match="Bidder 乙公司 has 2 sheets"):
        setup.remove_bidder(scoring.admin, NAME, "乙公司")
    scoring.services.selections.add_bidder(scoring.admin, NAME, "丙公司", "孙经理", {"P1": D(1e6)})
    assert _points(scoring, "liqiang") == {"甲公司": D(3), "乙公司": D(5), "丙公司": D(4)}
    summary = setup.remove_bidder(scoring.admin, NAME, "乙公司", drop_sheets=True)
    assert summary.bidders == 2
    # 丙 is now the lowest price of the two left: 5 points again.
    assert _points(scoring, "liqiang") == {"甲公司": D(3), "丙公司": D(5)}
    [entry] = _entries(database, "remove bidder")
    assert "wangfang → 乙公司: 100" in entry and "liqiang → 乙公司: 83.5" in entry
    view = scoring.services.selections.view(scoring.admin, NAME)
    assert [b.name for b in view.bidders] == ["甲公司", "丙公司"] and len(view.sheets) == 4
    scoring.services.selections.close(scoring.admin, NAME)


def test_a_draft_bidder_or_member_goes_without_asking(selection_world: SelectionWorld) -> None:
    setup = selection_world.services.selection_setup
    admin = selection_world.admin
    setup.remove_bidder(admin, NAME, "丙公司")
    summary = setup.remove_member(admin, NAME, "liqiang")
    assert (summary.bidders, summary.members) == (2, 1)
    with pytest.raises(ValidationError, match="weights total 60, not 100"):
        selection_world.services.selections.start_scoring(admin, NAME)


def test_removing_a_member_drops_their_sheets_and_the_weights_must_total_100_to_close(
    scoring: SelectionWorld, database: Database
) -> None:
    score_everything(scoring)
    setup, service = scoring.services.selection_setup, scoring.services.selections
    with pytest.raises(ConflictError, match="Panel member liqiang has 3 sheets"):
        setup.remove_member(scoring.admin, NAME, "liqiang")
    setup.remove_member(scoring.admin, NAME, "liqiang", drop_sheets=True)
    with pytest.raises(ValidationError, match="weights total 60, not 100"):
        service.close(scoring.admin, NAME)
    with pytest.raises(LockedError, match="fixed once scoring has started"):
        service.add_member(scoring.admin, NAME, "zhouyi", D(40))
    service.add_member(scoring.admin, NAME, "wangfang", D(100))
    view = service.close(scoring.admin, NAME)
    totals = {r.bidder.name: r.weighted_total for r in view.comparison.results}
    assert totals == {"甲公司": D("67.50"), "乙公司": D("100.00"), "丙公司": D("90.72")}
    [entry] = _entries(database, "remove member")
    assert entry.count("liqiang → ") == 3
    assert _entries(database, "panel")[-1] == (
        '{"member":"wangfang","weight":"60"} {"member":"wangfang","weight":"100"}'
    )


def test_a_closed_selection_and_a_non_member_are_refused(
    scoring: SelectionWorld,
) -> None:
    setup = scoring.services.selection_setup
    with pytest.raises(NotFoundError, match="zhouyi is not on the panel"):
        setup.remove_member(scoring.admin, NAME, "zhouyi")
    score_everything(scoring)
    scoring.services.selections.close(scoring.admin, NAME)
    with pytest.raises(LockedError, match="is closed"):
        setup.rename_bidder(scoring.admin, NAME, "甲公司", "甲科技")
    with pytest.raises(LockedError, match="is closed"):
        setup.set_deadline(scoring.admin, NAME, date(2027, 1, 1))


def _clocked(world: SelectionWorld, now: datetime) -> SelectionService:
    return SelectionService(world.database, AuditTrail(world.database), clock=lambda: now)


@pytest.mark.parametrize(
    ("utc_now", "accepted"),
    [
        (datetime(2026, 9, 30, 15, 30), True),  # 23:30 on the deadline day in Shanghai
        (datetime(2026, 9, 30, 16, 10), False),  # 00:10 on 1 October in Shanghai
    ],
)
def test_the_deadline_ends_with_the_office_day_whatever_the_process_zone(
    scoring: SelectionWorld, utc_now: datetime, accepted: bool
) -> None:
    """16:10 UTC on 30 September is 00:10 on 1 October in Shanghai (the office zone)."""
    scoring.services.office_zone.set_zone(scoring.admin, "Asia/Shanghai")
    scoring.services.selection_setup.set_deadline(scoring.admin, NAME, date(2026, 9, 30))
    service = _clocked(scoring, utc_now)
    member = scoring.members["wangfang"]
    assert service.view(member, NAME).summary.overdue is not accepted
    if accepted:
        service.score(member, NAME, "甲公司", SHEETS["wangfang"]["甲公司"])
        return
    with pytest.raises(LockedError, match=r"deadline of selection .* was 2026-09-30") as refused:
        service.score(member, NAME, "甲公司", SHEETS["wangfang"]["甲公司"])
    assert "Asia/Shanghai" in str(refused.value)


def test_hr_extends_a_passed_deadline_audited(scoring: SelectionWorld, database: Database) -> None:
    setup = scoring.services.selection_setup
    setup.set_deadline(scoring.admin, NAME, date(2026, 9, 30))
    service = _clocked(scoring, datetime(2026, 10, 2, 2, 0))
    member = scoring.members["liqiang"]
    with pytest.raises(LockedError):
        service.score(member, NAME, "甲公司", SHEETS["liqiang"]["甲公司"])
    setup.set_deadline(scoring.admin, NAME, date(2026, 10, 9))
    assert not service.view(member, NAME).summary.overdue
    service.score(member, NAME, "甲公司", SHEETS["liqiang"]["甲公司"])
    assert _entries(database, "deadline")[-1] == (
        '{"deadline":"2026-09-30"} {"deadline":"2026-10-09"}'
    )


def test_only_hr_changes_the_set_up(scoring: SelectionWorld) -> None:
    with pytest.raises(PermissionDeniedError):
        scoring.services.selection_setup.remove_bidder(scoring.members["liqiang"], NAME, "甲公司")
