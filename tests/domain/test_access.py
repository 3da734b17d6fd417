"""The role policy and team scope, on plain ids."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpm_desktop.domain.access import (
    Actor,
    OrgChart,
    Permission,
    Role,
    Scope,
    check_password,
    denial,
    is_allowed,
    parse_role,
    reachable_staff,
    reaches_anyone,
    scope_of,
    team_of,
)
from kpm_desktop.domain.errors import ValidationError

# 1 heads department 10 (members 1, 2, 3, 6); 2 supervises 3 and 4; 4 supervises 5;
# 6 is in department 10 without a supervisor; 7 and 8 are another team (department 20).
ORG = OrgChart(
    supervisor_of={1: None, 2: 1, 3: 2, 4: 2, 5: 4, 6: None, 7: None, 8: 7},
    department_of={1: 10, 2: 10, 3: 10, 4: 11, 5: 11, 6: 10, 7: 20, 8: 20},
    head_of_department={10: 1, 11: None, 20: 7},
)


def actor(role: Role, staff_id: int | None = None) -> Actor:
    return Actor(1, f"u-{role.value}", "", role, staff_id)


def test_team_is_reports_at_any_depth_plus_the_department_headed() -> None:
    assert team_of(2, ORG) == {3, 4, 5}
    assert team_of(4, ORG) == {5}
    assert team_of(1, ORG) == {2, 3, 4, 5, 6}  # 6 only through the department
    assert team_of(5, ORG) == frozenset()
    assert team_of(7, ORG) == {8}


def test_a_supervisor_scores_their_team_but_not_another_team_or_themselves() -> None:
    boss = actor(Role.SUPERVISOR, 2)
    assert is_allowed(boss, Permission.SCORE_APPRAISAL, ORG, staff_id=5)
    assert not is_allowed(boss, Permission.SCORE_APPRAISAL, ORG, staff_id=8)
    assert not is_allowed(boss, Permission.SCORE_APPRAISAL, ORG, staff_id=2)
    assert is_allowed(boss, Permission.VIEW_APPRAISAL, ORG, staff_id=2)
    assert not is_allowed(boss, Permission.MANAGE_TEMPLATES, ORG)


def test_an_employee_sees_and_acknowledges_only_their_own() -> None:
    clerk = actor(Role.EMPLOYEE, 5)
    assert is_allowed(clerk, Permission.VIEW_APPRAISAL, ORG, staff_id=5)
    assert is_allowed(clerk, Permission.ACKNOWLEDGE, ORG, staff_id=5)
    assert not is_allowed(clerk, Permission.VIEW_APPRAISAL, ORG, staff_id=4)
    assert not is_allowed(clerk, Permission.SCORE_APPRAISAL, ORG, staff_id=5)
    assert reachable_staff(clerk, Permission.VIEW_STAFF, ORG) == {5}


def test_a_viewer_reads_everything_and_changes_nothing() -> None:
    viewer = actor(Role.VIEWER)
    for permission in Permission:
        reads = permission.value.startswith("view_") or permission is Permission.EXPORT_DATA
        assert is_allowed(viewer, permission, ORG, staff_id=8) is reads, permission
    assert reachable_staff(viewer, Permission.VIEW_STAFF, ORG) is None


def test_hr_admin_may_do_everything_but_acknowledge_for_someone_else() -> None:
    admin = actor(Role.HR_ADMIN, 1)
    for permission in Permission:
        if permission is not Permission.ACKNOWLEDGE:
            assert is_allowed(admin, permission, ORG, staff_id=8)
    assert scope_of(Role.HR_ADMIN, Permission.ACKNOWLEDGE) is Scope.SELF
    assert not is_allowed(admin, Permission.ACKNOWLEDGE, ORG, staff_id=8)


def test_a_supervisor_without_a_staff_record_reaches_nobody() -> None:
    assert reachable_staff(actor(Role.SUPERVISOR), Permission.VIEW_STAFF, ORG) == frozenset()


def test_only_hr_admins_edit_crm_rows() -> None:
    for role in Role:
        assert is_allowed(actor(role, 8), Permission.EDIT_CRM, ORG, staff_id=8) is (
            role is Role.HR_ADMIN
        )


def test_a_page_is_for_roles_that_reach_someone_without_the_org_chart() -> None:
    assert reaches_anyone(actor(Role.EMPLOYEE, 5), Permission.VIEW_CRM)
    assert not reaches_anyone(actor(Role.EMPLOYEE), Permission.VIEW_CRM)  # linked to nobody
    assert not reaches_anyone(actor(Role.SUPERVISOR), Permission.VIEW_STAFF)
    assert reaches_anyone(actor(Role.VIEWER), Permission.VIEW_CRM)
    assert not reaches_anyone(actor(Role.EMPLOYEE, 5), Permission.VIEW_AUDIT)


def test_exports_are_whole_tables_so_only_roles_reading_every_row_export() -> None:
    """The export service writes every row: a role given export_data must read all of them."""
    readers = (Permission.VIEW_STAFF, Permission.VIEW_CRM, Permission.VIEW_APPRAISAL)
    for role in Role:
        if scope_of(role, Permission.EXPORT_DATA) is not None:
            assert all(scope_of(role, read) is Scope.ALL for read in readers), role


def test_denial_names_user_action_and_record() -> None:
    error = denial(
        Actor(3, "li", "李雷", Role.SUPERVISOR, 2), Permission.SCORE_APPRAISAL, "staff E8"
    )
    assert str(error) == "User li (李雷) with role supervisor may not score_appraisal on staff E8"


@pytest.mark.parametrize(
    ("password", "message"),
    [("short", "at least 8"), ("aaaaaaaaaa", "3 different"), ("Admin123", "differ from")],
)
def test_weak_passwords_are_refused(password: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_password(password, "admin123")


def test_parse_role_names_the_choices() -> None:
    assert parse_role(" Supervisor ") is Role.SUPERVISOR
    with pytest.raises(ValidationError, match="hr_admin, supervisor, employee, viewer"):
        parse_role("boss")


@st.composite
def org_charts(draw: st.DrawFn) -> OrgChart:
    """Random reporting lines, cycles included (bad data must not hang or leak)."""
    size = draw(st.integers(1, 25))
    ids = list(range(1, size + 1))
    supervisor_of = {i: draw(st.one_of(st.none(), st.sampled_from(ids))) for i in ids}
    department_of = {i: draw(st.integers(1, 4)) for i in ids}
    heads = {d: draw(st.one_of(st.none(), st.sampled_from(ids))) for d in range(1, 5)}
    return OrgChart(supervisor_of, department_of, heads)


def _leads(leader: int, member: int, org: OrgChart) -> bool:
    """Reference: walk up from `member` through supervisors and department heads."""
    seen: set[int] = set()
    pending = [member]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        uppers = [
            org.supervisor_of.get(current),
            org.head_of_department.get(org.department_of[current]),
        ]
        for upper in uppers:
            if upper == leader:
                return True
            if upper is not None:
                pending.append(upper)
    return False


@given(org_charts(), st.data())
def test_team_matches_walking_up_the_chain(org: OrgChart, data: st.DataObject) -> None:
    leader = data.draw(st.sampled_from(sorted(org.supervisor_of)))
    team = team_of(leader, org)
    assert leader not in team
    expected = {m for m in org.supervisor_of if m != leader and _leads(leader, m, org)}
    assert team == expected


@given(org_charts(), st.data())
def test_a_team_member_leads_no_one_outside_the_leaders_team(
    org: OrgChart, data: st.DataObject
) -> None:
    leader = data.draw(st.sampled_from(sorted(org.supervisor_of)))
    team = team_of(leader, org)
    for member in team:
        assert team_of(member, org) <= team | {leader}
