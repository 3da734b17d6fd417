"""A whole appraisal through the services, with totals worked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text

from kpm_desktop.domain.appraisal import AppraisalState
from kpm_desktop.domain.errors import (
    ConflictError,
    LockedError,
    PermissionDeniedError,
    ValidationError,
)
from kpm_desktop.domain.rating import IndicatorRating
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.appraisals.appraisal_views import RatingEntry
from tests.appraisal_steps import SELF, SUPERIOR, finalize, levels, rate_all, target_id
from tests.appraisal_world import PERIOD, World

D = Decimal


def test_bulk_create_assigns_raters_from_the_org_chart_and_refuses_duplicates(world: World):
    form = world.services.appraisals.form(world.admin, target_id(world))
    raters = {r.role: (r.rater_name, r.weight) for r in form.raters}
    assert raters == {
        RaterRole.SELF: ("E00013 任倩", D(20)),
        RaterRole.SUPERIOR: ("E00001 董敏", D(50)),
        RaterRole.DEPARTMENT_HEAD: ("E00001 董敏", D(30)),
    }
    again = world.services.cycles.bulk_create(world.admin, PERIOD)
    assert again.created == 0
    assert len(again.duplicates) == 8
    assert "E00013 任倩" in again.duplicates


def test_full_cycle_with_hand_checked_totals(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    appraisals = world.services.appraisals
    assert appraisals.form(world.admin, appraisal_id).summary.state is AppraisalState.SUBMITTED
    scored = appraisals.scored(world.admin, appraisal_id)
    assert scored.score is not None
    by_role = {r.role: r for r in scored.score.raters}
    # self: 0.95x30 + 0.80x30 + 0.70x20 + 1.00x20 = 28.50 + 24.00 + 14.00 + 20.00
    assert by_role[RaterRole.SELF].earned_sum == D("86.50")
    # superior: 25.50 + 22.50 + 18.00 + 10.00
    assert by_role[RaterRole.SUPERIOR].earned_sum == D("76.00")
    # head, A4 N/A: weights 30/30/20 re-normalised to 37.50/37.50/25.00
    # 0.9x37.5 + 1.0x37.5 + 0.8x25 = 33.75 + 37.50 + 20.00
    assert by_role[RaterRole.DEPARTMENT_HEAD].earned_sum == D("91.25")
    # final: 86.50x0.2 + 76.00x0.5 + 91.25x0.3 = 17.30 + 38.00 + 27.375 = 82.675 -> 82.68
    finalize(world, appraisal_id)
    summary = appraisals.form(world.admin, appraisal_id).summary
    assert summary.state is AppraisalState.FINALIZED
    assert (summary.total, summary.grade) == (D("82.68"), "良好")
    form = appraisals.form(world.admin, appraisal_id)
    head_a4 = [r for r in form.results if r.rater_role is RaterRole.DEPARTMENT_HEAD]
    assert [(r.indicator_code, r.earned) for r in head_a4] == [
        ("A1", D("33.75")), ("A2", D("37.50")), ("A3", D("20.00")), ("A4", D("0")),
    ]  # fmt: skip
    assert world.services.templates.get(world.admin, world.supervisor_template_id).summary.in_use
    acknowledged = appraisals.acknowledge(world.employee, appraisal_id, date(2026, 10, 12))
    assert acknowledged.state is AppraisalState.ACKNOWLEDGED
    assert appraisals.form(world.employee, appraisal_id).acknowledged_on == date(2026, 10, 12)


def test_every_transition_is_audited(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.acknowledge(world.employee, appraisal_id)
    with world.database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT action, username FROM audit_log WHERE entity_type = 'appraisal' "
                "AND entity_id = :id ORDER BY id"
            ),
            {"id": str(appraisal_id)},
        ).all()
    assert [tuple(r) for r in rows] == [
        ("create", "admin"),
        ("rate", "renqian"), ("submit_self", "renqian"),
        ("rate", "dongmin"), ("submit_superior", "dongmin"),
        ("rate", "dongmin"), ("submit_department_head", "dongmin"),
        ("feedback", "dongmin"), ("review", "admin"), ("finalize", "admin"), ("seal", "admin"),
        ("acknowledge", "renqian"), ("seal", "renqian"),
    ]  # fmt: skip
    assert world.services.audit.verify().ok


def test_a_supervisor_is_denied_another_teams_staff(world: World):
    appraisal_id = target_id(world)
    appraisals = world.services.appraisals
    with pytest.raises(PermissionDeniedError, match=r"lubo .*view_appraisal on appraisal #"):
        appraisals.form(world.other_supervisor, appraisal_id)
    with pytest.raises(PermissionDeniedError):
        appraisals.save_ratings(
            world.other_supervisor, appraisal_id, RaterRole.SUPERIOR, SUPERIOR, None
        )
    with pytest.raises(PermissionDeniedError):
        appraisals.finalize(world.other_supervisor, appraisal_id)
    assert all(
        a.department == "销售一部" for a in appraisals.list(world.other_supervisor, period=PERIOD)
    )


def test_the_employee_rates_only_their_self_assessment(world: World):
    appraisal_id = target_id(world)
    with pytest.raises(PermissionDeniedError, match="superior sheet"):
        world.services.appraisals.save_ratings(
            world.employee, appraisal_id, RaterRole.SUPERIOR, SUPERIOR, None
        )
    with pytest.raises(PermissionDeniedError):
        world.services.appraisals.acknowledge(world.head, appraisal_id)


def test_na_needs_a_reason_and_levels_their_range(world: World):
    appraisal_id = target_id(world)
    appraisals = world.services.appraisals
    bare_na = {"A4": RatingEntry(IndicatorRating(not_applicable=True))}
    with pytest.raises(ValidationError, match="A4 is marked N/A without a reason"):
        appraisals.save_ratings(world.head, appraisal_id, RaterRole.SUPERIOR, bare_na, None)
    out_of_range = levels(A1=("良", "95"))
    with pytest.raises(ValidationError, match="outside level 良"):
        appraisals.save_ratings(world.head, appraisal_id, RaterRole.SUPERIOR, out_of_range, None)
    with pytest.raises(ValidationError, match="has no rating"):
        appraisals.submit(world.head, appraisal_id, RaterRole.SUPERIOR)


def test_a_finalized_appraisal_refuses_every_change(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    appraisals = world.services.appraisals
    for call in (
        lambda: appraisals.save_ratings(world.admin, appraisal_id, RaterRole.SELF, SELF, None),
        lambda: appraisals.save_feedback(world.admin, appraisal_id, "x", "y", None),
        lambda: appraisals.refresh_kpis(world.admin, appraisal_id),
        lambda: appraisals.submit(world.admin, appraisal_id, RaterRole.SELF),
        lambda: appraisals.review(world.admin, appraisal_id),
        lambda: appraisals.finalize(world.admin, appraisal_id),
    ):
        with pytest.raises(LockedError, match="finalized and locked"):
            call()


def test_amendment_makes_a_linked_revision_and_supersedes_the_old(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    appraisals = world.services.appraisals
    with pytest.raises(ValidationError, match="needs a reason"):
        appraisals.amend(world.admin, appraisal_id, "  ")
    new = appraisals.amend(world.admin, appraisal_id, "A2 分数录入错误")
    assert (new.revision, new.state) == (2, AppraisalState.DRAFT)
    form = appraisals.form(world.admin, new.id)
    assert (form.supersedes_id, form.amendment_reason) == (appraisal_id, "A2 分数录入错误")
    assert form.rater(RaterRole.SELF).entries == SELF  # type: ignore[union-attr]
    old = appraisals.form(world.admin, appraisal_id).summary
    assert (old.state, old.total) == (AppraisalState.SUPERSEDED, D("82.68"))
    with pytest.raises(LockedError, match="superseded"):
        appraisals.save_feedback(world.admin, appraisal_id, "x", "y", None)
    with pytest.raises(ValidationError, match="only a finalized or acknowledged"):
        appraisals.amend(world.admin, new.id, "again")
    current = appraisals.list(world.admin, period=PERIOD, current_only=True)
    assert [a.revision for a in current if a.employee_no == "E00013"] == [2]


def test_a_stale_version_is_refused(world: World):
    appraisal_id = target_id(world)
    appraisals = world.services.appraisals
    opened = appraisals.form(world.head, appraisal_id).summary.version
    appraisals.save_ratings(world.head, appraisal_id, RaterRole.SUPERIOR, SUPERIOR, opened)
    with pytest.raises(ConflictError, match="changed by someone else"):
        appraisals.save_ratings(world.head, appraisal_id, RaterRole.SUPERIOR, SELF, opened)
    kept = appraisals.form(world.head, appraisal_id).rater(RaterRole.SUPERIOR)
    assert kept is not None and kept.entries == SUPERIOR


def test_two_units_of_work_with_the_same_version_conflict(world: World):
    from kpm_desktop.storage.appraisal_records import AppraisalRecord
    from kpm_desktop.storage.version_checks import stale_as_conflict

    appraisal_id = target_id(world)
    with world.database.unit_of_work() as first, world.database.unit_of_work() as second:
        a = first.session.get(AppraisalRecord, appraisal_id)
        b = second.session.get(AppraisalRecord, appraisal_id)
        assert a is not None and b is not None and a.version == b.version == 1
        a.overall_comment = "first"
        first.commit()
        b.overall_comment = "second"
        with (
            pytest.raises(ConflictError, match="changed by someone else"),
            stale_as_conflict("Appraisal"),
        ):
            second.commit()
    assert world.services.appraisals.form(world.admin, appraisal_id).overall_comment == "first"


def test_kpi_indicators_are_filled_from_the_kpi_engine_and_refreshable(world: World):
    appraisals = world.services.appraisals
    sales = [a for a in appraisals.list(world.admin, period=PERIOD) if a.employee_no == "E00007"]
    form = appraisals.form(world.admin, sales[0].id)
    figure = form.kpi_figures["S2"]
    expected = world.services.kpis.values_for_staff(["E00007"], PERIOD, ["revenue"])
    value = expected["E00007"]["revenue"]
    assert (figure.kpi_key, figure.value, figure.numerator) == (
        "revenue",
        value.value,
        value.numerator,
    )
    assert value.value is not None and value.value > 0
    refreshed = appraisals.refresh_kpis(world.admin, sales[0].id, form.summary.version)
    assert refreshed.version == form.summary.version + 1
    assert appraisals.form(world.admin, sales[0].id).kpi_figures["S2"].value == value.value


def test_sheet_data_describes_the_whole_appraisal(world: World):
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    sheet = world.services.appraisals.sheet_data(world.employee, appraisal_id)
    assert sheet["template"]["name"] == "CRM系统主管业绩考核指标表"
    assert sheet["staff"] == {"employee_no": "E00013", "name": "任倩", "department": "营销管理部"}
    assert (sheet["total"], sheet["grade"], sheet["final"]) == (D("82.68"), "良好", True)
    a1 = sheet["indicators"][0]
    assert [level["name"] for level in a1["levels"]] == ["优", "良", "中", "差"]
    assert a1["ratings"]["self"]["level"] == "优" and a1["ratings"]["self"]["earned"] == D("28.50")
    a4_head = sheet["indicators"][3]["ratings"]["department_head"]
    assert a4_head["na"] and a4_head["na_reason"] == "本季度未涉及岗位协调"
    assert [r["total"] for r in sheet["raters"]] == [D("86.50"), D("76.00"), D("91.25")]
    assert sheet["improvement_plan"] == "加强岗位协调"


def test_templates_count_their_appraisals_once_per_person(world: World):
    def counts() -> dict[int, int]:
        summaries = world.services.templates.list_templates(world.viewer)
        return {t.id: t.used_by_count for t in summaries}

    assert counts()[world.supervisor_template_id] == 1  # E00013
    assert counts()[world.sales_template_id] == 7  # the 销售一部 staff
    assert sum(counts().values()) == 8  # no other template is used
    appraisal_id = target_id(world)
    rate_all(world, appraisal_id)
    finalize(world, appraisal_id)
    world.services.appraisals.amend(world.admin, appraisal_id, "更正评分")
    # The corrected revision replaces the superseded one: still one appraisal of E00013.
    assert counts()[world.supervisor_template_id] == 1
