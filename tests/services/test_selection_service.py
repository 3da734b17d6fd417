"""Selection evaluations through the service: the worked example, re-ranking, visibility,
refusals, audit and seal."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from kpm_desktop.domain.errors import (
    ConflictError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.selection import SelectionState
from kpm_desktop.services.audit_trail.seals import check_seals
from kpm_desktop.storage import audit_repository as log
from kpm_desktop.storage.database import Database
from tests.selection_world import (
    EXPECTED_MEMBER_TOTALS,
    EXPECTED_RANKS,
    EXPECTED_TOTALS,
    NAME,
    SHEETS,
    SelectionWorld,
    score_everything,
)

D = Decimal


@pytest.fixture
def scoring(selection_world: SelectionWorld) -> SelectionWorld:
    selection_world.services.selections.start_scoring(selection_world.admin, NAME)
    return selection_world


def test_the_worked_example_gives_the_hand_computed_totals_ranks_and_spreads(
    scoring: SelectionWorld,
) -> None:
    score_everything(scoring)
    view = scoring.services.selections.view(scoring.admin, NAME)
    members = {m.id: m.name for m in view.members}
    for result in view.comparison.results:
        name = result.bidder.name
        assert result.weighted_total == EXPECTED_TOTALS[name]
        assert result.rank == EXPECTED_RANKS[name]
        for member_id, sheet in result.sheets.items():
            assert sheet.total == EXPECTED_MEMBER_TOTALS[members[member_id]][name]
    spreads = {r.bidder.name: r.spread for r in view.comparison.results}
    assert spreads == {"甲公司": D("16.50"), "乙公司": D("16.50"), "丙公司": D("9.28")}


def test_tied_prices_share_the_better_place_and_a_changed_bid_reranks_everyone(
    scoring: SelectionWorld,
) -> None:
    score_everything(scoring)
    service = scoring.services.selections

    def price_points() -> dict[str, Decimal | None]:
        view = service.view(scoring.admin, NAME)
        liqiang = next(m.id for m in view.members if m.name == "liqiang")
        return {
            r.bidder.name: next(x for x in r.sheets[liqiang].lines if x.code == "P1").points
            for r in view.comparison.results
        }

    assert price_points() == {"甲公司": D(3), "乙公司": D(5), "丙公司": D(5)}
    service.add_bidder(scoring.admin, NAME, "丙公司", "孙经理", {"P1": D(1000000)})
    assert price_points() == {"甲公司": D(3), "乙公司": D(5), "丙公司": D(4)}
    totals = {
        r.bidder.name: r.weighted_total
        for r in service.view(scoring.admin, NAME).comparison.results
    }
    # 丙: liqiang 60 + 32 = 92.00; wangfang 90.72 - 41.24 + 4/5 x 41.24 (32.99) = 82.47
    assert totals["丙公司"] == D("86.28")


def test_members_see_only_their_own_sheets_until_the_selection_is_closed(
    scoring: SelectionWorld,
) -> None:
    score_everything(scoring)
    service = scoring.services.selections
    wang = scoring.members["wangfang"]
    view = service.view(wang, NAME)
    assert not view.sees_all
    assert {s.member_id for s in view.sheets} == {view.own_member_id}
    assert all(r.weighted_total is None for r in view.comparison.results)
    with pytest.raises(PermissionDeniedError):
        service.view(scoring.outsider, NAME)
    with pytest.raises(PermissionDeniedError):
        service.template_of(scoring.outsider, NAME)
    service.close(scoring.admin, NAME)
    after = service.view(wang, NAME)
    assert after.sees_all and len(after.sheets) == 6


def test_closing_with_sheets_missing_is_refused_naming_them(scoring: SelectionWorld) -> None:
    service = scoring.services.selections
    for bidder, ratings in SHEETS["wangfang"].items():
        service.score(scoring.members["wangfang"], NAME, bidder, ratings)
    with pytest.raises(ValidationError) as refused:
        service.close(scoring.admin, NAME)
    assert "liqiang: 甲公司, 乙公司, 丙公司" in str(refused.value)
    assert service.view(scoring.admin, NAME).summary.state is SelectionState.SCORING


def test_closing_is_audited_and_sealed_and_a_changed_rating_is_found(
    scoring: SelectionWorld, database: Database
) -> None:
    score_everything(scoring)
    scoring.services.selections.close(scoring.admin, NAME)
    with database.unit_of_work() as uow:
        actions = [e.action for e in log.iter_entries(uow.session) if e.entity_type == "selection"]
    assert actions == ["create", *["bidder"] * 3, *["panel"] * 2, "start", *["score"] * 6,
                       "close", "seal"]  # fmt: skip
    assert check_seals(database).problems == []
    with database.transaction() as connection:
        connection.execute(text("UPDATE selection_ratings SET met = 'full' WHERE met = 'none'"))
    problems = [str(p) for p in check_seals(database).problems]
    assert any("selection" in p and "ratings.wangfang.甲公司.F4.met" in p for p in problems)


def test_a_bidder_scored_twice_by_one_member_is_refused(scoring: SelectionWorld) -> None:
    wang = scoring.members["wangfang"]
    ratings = SHEETS["wangfang"]["甲公司"]
    scoring.services.selections.score(wang, NAME, "甲公司", ratings)
    with pytest.raises(ConflictError, match="already scored 甲公司"):
        scoring.services.selections.score(wang, NAME, "甲公司", ratings)


def test_a_panel_member_who_is_a_bidders_contact_is_refused(
    selection_world: SelectionWorld,
) -> None:
    service = selection_world.services.selections
    with pytest.raises(ValidationError, match="liqiang is the contact of bidder 丁公司"):
        service.add_bidder(selection_world.admin, NAME, "丁公司", "LIQIANG", {"P1": D(1)})
    with pytest.raises(ValidationError, match="zhouyi is the contact of bidder 甲公司"):
        service.add_bidder(selection_world.admin, NAME, "甲公司", "zhouyi", {"P1": D(1)})
        service.add_member(selection_world.admin, NAME, "zhouyi", D(10))
    service.add_bidder(selection_world.admin, NAME, "甲公司", "zhouyi", {"P1": D(1)})
    with pytest.raises(ValidationError, match="zhouyi is the contact of bidder 甲公司"):
        service.add_member(selection_world.admin, NAME, "zhouyi", D(10))


def test_sheet_refusals_name_what_is_wrong(scoring: SelectionWorld) -> None:
    service, wang = scoring.services.selections, scoring.members["wangfang"]
    full = SHEETS["wangfang"]["乙公司"]
    with pytest.raises(ValidationError, match="P1 are ranked"):
        service.score(wang, NAME, "乙公司", {**full, "P1": IndicatorRating(value=D(1))})
    without = {code: r for code, r in full.items() if code != "F4"}
    with pytest.raises(ValidationError, match="no rating for F4"):
        service.score(wang, NAME, "乙公司", without)
    no_reason = {**full, "V2": IndicatorRating(not_applicable=True)}
    with pytest.raises(ValidationError, match="V2: N/A needs a reason"):
        service.score(wang, NAME, "乙公司", no_reason)
    with pytest.raises(PermissionDeniedError, match="not on the panel"):
        service.score(scoring.outsider, NAME, "乙公司", full)
    with pytest.raises(NotFoundError, match="no bidder 戊公司"):
        service.score(wang, NAME, "戊公司", full)


def test_setup_refusals(selection_world: SelectionWorld) -> None:
    service, admin = selection_world.services.selections, selection_world.admin
    with pytest.raises(ConflictError):
        service.create(admin, NAME)
    with pytest.raises(ValidationError, match="is not a ranked indicator"):
        service.add_bidder(admin, NAME, "丁公司", "", {"F1": D(1)})
    with pytest.raises(ValidationError, match="cannot be used for a selection"):
        service.create(admin, "主管", "CRM系统主管业绩考核指标表")
    service.add_member(admin, NAME, "zhouyi", D(10))
    with pytest.raises(ValidationError, match="weights total 110, not 100"):
        service.start_scoring(admin, NAME)
    with pytest.raises(PermissionDeniedError):
        service.create(selection_world.members["liqiang"], "x")
    with pytest.raises(LockedError):
        service.close(admin, NAME)


def test_scoring_before_the_selection_is_started_is_refused(
    selection_world: SelectionWorld,
) -> None:
    with pytest.raises(LockedError, match="is draft"):
        selection_world.services.selections.score(
            selection_world.members["liqiang"], NAME, "甲公司", SHEETS["liqiang"]["甲公司"]
        )


def test_signing_follows_closing(scoring: SelectionWorld) -> None:
    score_everything(scoring)
    service = scoring.services.selections
    with pytest.raises(LockedError):
        service.sign(scoring.admin, NAME, date(2026, 12, 8))
    service.close(scoring.admin, NAME)
    signed = service.sign(scoring.admin, NAME, date(2026, 12, 8))
    assert signed.summary.state is SelectionState.SIGNED
    assert signed.signed_on == date(2026, 12, 8)
    with pytest.raises(LockedError):
        service.add_bidder(scoring.admin, NAME, "丁公司", "", {"P1": D(1)})


def test_a_closed_selection_set_back_outside_the_app_takes_no_new_sheet(
    scoring: SelectionWorld, database: Database
) -> None:
    service = scoring.services.selections
    score_everything(scoring)
    service.close(scoring.admin, NAME)
    with database.transaction() as connection:
        connection.execute(text("UPDATE selections SET state = 'scoring'"))
        connection.execute(text("DELETE FROM selection_sheets WHERE id = 1"))
    first = next(iter(SHEETS["wangfang"]))
    with pytest.raises(LockedError, match="was changed outside KPM Desktop"):
        service.score(scoring.members["wangfang"], NAME, first, SHEETS["wangfang"][first])


def test_the_list_shows_a_viewer_only_closed_selections_or_their_own(
    scoring: SelectionWorld,
) -> None:
    service = scoring.services.selections
    assert service.list_selections(scoring.outsider) == []
    assert service.list_selections(scoring.viewer) == []
    assert [s.name for s in service.list_selections(scoring.members["liqiang"])] == [NAME]
    score_everything(scoring)
    service.close(scoring.admin, NAME)
    assert [s.name for s in service.list_selections(scoring.viewer)] == [NAME]
    assert service.list_selections(scoring.outsider) == []


def test_only_panel_role_users_and_hr_sit_on_a_panel(selection_world: SelectionWorld) -> None:
    service, admin = selection_world.services.selections, selection_world.admin
    with pytest.raises(ValidationError, match="User viewer has role viewer"):
        service.add_member(admin, NAME, "viewer", D(10))
    service.add_member(admin, NAME, "admin", D(10))
    assert service.view(admin, NAME).summary.members == 3
