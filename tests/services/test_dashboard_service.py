from decimal import Decimal

import pytest

from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.errors import NotFoundError
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.domain.period import Period
from kpm_desktop.services.kpis import ticket_time_cache
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.services.kpis.ticket_time_cache import RESOLUTION_KEY, RESPONSE_KEY
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN

Q3 = Period.parse("2026Q3")


class CountingKpis(KpiService):
    calls = 0

    def compute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return super().compute(*args, **kwargs)


def _service(database: Database) -> tuple[DashboardService, CountingKpis]:
    kpis = CountingKpis(database)
    return DashboardService(database, kpis), kpis


def test_company_dashboard_agrees_with_the_kpis(demo_database: Database) -> None:
    service, kpis = _service(demo_database)
    data = service.load(
        HR_ADMIN, DashboardQuery(Q3, trend_kpis=("revenue", "first_response_minutes"))
    )
    assert data.scope_name == ""  # the whole company
    assert sorted(data.trend) == [Q3.shifted(step) for step in range(-7, 1)]
    direct = (
        kpis.compute(
            Q3,
            level=ScopeLevel.COMPANY,
            keys=["revenue", "first_response_minutes", "resolution_hours"],
        )
        .rows[0]
        .values
    )
    assert data.trend[Q3]["revenue"].value == direct["revenue"].value
    # The SQL buckets count exactly the tickets the averages are over.
    assert data.response_times.total == direct["first_response_minutes"].denominator
    assert data.resolution_times.total == direct["resolution_hours"].denominator
    assert data.csat is not None and data.csat.denominator is not None
    assert sum(count for _name, count in data.csat.details) == data.csat.denominator
    assert data.comparison_level is ScopeLevel.DEPARTMENT
    assert len(data.comparison) == 6
    assert data.grades is None and data.profile is None  # no cycle in the demo data


def test_figures_are_the_scopes_values_of_the_period_the_charts_show(
    demo_database: Database,
) -> None:
    service, _kpis = _service(demo_database)
    query = DashboardQuery(Q3, department="D05", trend_kpis=("revenue", "win_rate"))
    figures = service.figures(HR_ADMIN, query)
    assert figures.query == query and figures.scope_name == "客服部"
    assert [value.key for value in figures.values] == ["revenue", "win_rate", "csat"]
    data = service.load(HR_ADMIN, query)
    assert {value.key: value for value in figures.values} == data.trend[Q3]


def test_quarters_are_kept_and_forget_drops_them(demo_database: Database) -> None:
    service, kpis = _service(demo_database)
    service.load(HR_ADMIN, DashboardQuery(Q3))
    first = kpis.calls
    assert first == 8 + 1  # eight quarters, one comparison
    service.load(HR_ADMIN, DashboardQuery(Q3))
    assert kpis.calls == first
    service.load(HR_ADMIN, DashboardQuery(Q3.previous()))  # one quarter more, one comparison
    assert kpis.calls == first + 2
    service.forget()
    service.load(HR_ADMIN, DashboardQuery(Q3))
    assert kpis.calls == 2 * first + 2


def test_a_data_change_recomputes_and_shows_the_new_values(demo_database: Database) -> None:
    service, kpis = _service(demo_database)
    service.load(HR_ADMIN, DashboardQuery(Q3, department="D02"))
    calls = kpis.calls
    kpis.set_target(HR_ADMIN, KpiTarget("2026Q3", "revenue", Decimal(12345), department_code="D02"))
    data = service.load(HR_ADMIN, DashboardQuery(Q3, department="D02"))
    assert kpis.calls == calls + 9
    assert data.trend[Q3]["revenue"].target == Decimal(12345)
    assert (
        next(r for r in data.comparison if r.code == "E00002").values["revenue"]
        == (kpis.compute(Q3, staff_nos=["E00002"], keys=["revenue"]).rows[0].values["revenue"])
    )


def test_warm_up_keeps_every_level_for_the_trend_and_the_quarter_before(
    demo_database: Database,
) -> None:
    service, kpis = _service(demo_database)
    query = DashboardQuery(Q3, quarters=3)
    plan = service.warm_up_plan(HR_ADMIN, query)
    assert [(str(s.period), s.level) for s in plan[:4]] == [
        ("2026Q3", ScopeLevel.COMPANY), ("2026Q2", ScopeLevel.COMPANY),
        ("2026Q1", ScopeLevel.COMPANY), ("2025Q4", ScopeLevel.COMPANY),
    ]  # fmt: skip
    assert len(plan) == 3 * 4 and plan[0].keys == ("revenue", "win_rate", "csat")
    for step in plan:
        service.warm_up(step)
    assert service.warm_up_plan(HR_ADMIN, query) == []
    calls = kpis.calls
    members = service.staff(HR_ADMIN, "D05")
    service.load(HR_ADMIN, DashboardQuery(Q3.previous(), department="D05", quarters=3))
    service.load(HR_ADMIN, DashboardQuery(Q3.previous(), staff_no=members[0][0], quarters=3))
    assert kpis.calls == calls


def test_staff_and_department_scopes(demo_database: Database) -> None:
    service, _kpis = _service(demo_database)
    members = service.staff(HR_ADMIN, "D05")
    staff_no, name = members[1]
    data = service.load(HR_ADMIN, DashboardQuery(Q3, staff_no=staff_no, trend_kpis=("csat",)))
    assert data.scope_name == name
    alone = _kpis.compute(Q3, staff_nos=[staff_no], keys=["csat"]).rows[0].values["csat"]
    assert data.trend[Q3]["csat"] == alone
    assert data.comparison_level is ScopeLevel.STAFF
    assert {row.code for row in data.comparison} == {no for no, _name in members}
    team = service.load(HR_ADMIN, DashboardQuery(Q3, department="D05", trend_kpis=("csat",)))
    assert team.scope_name == "客服部"
    assert team.response_times.total >= data.response_times.total > 0
    with pytest.raises(NotFoundError):
        service.load(HR_ADMIN, DashboardQuery(Q3, staff_no="E99999"))


def test_ticket_times_are_kept_like_the_kpis(
    demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[tuple[str, ScopeLevel]] = []
    for key, query in list(ticket_time_cache._QUERIES.items()):

        def counting(connection, level, window, edges, key=key, query=query):  # type: ignore[no-untyped-def]
            counted.append((key, level))
            return query(connection, level, window, edges)

        monkeypatch.setitem(ticket_time_cache._QUERIES, key, counting)
    service, kpis = _service(demo_database)
    team = service.load(HR_ADMIN, DashboardQuery(Q3, department="D05"))
    assert counted == [
        (RESPONSE_KEY, ScopeLevel.DEPARTMENT),
        (RESOLUTION_KEY, ScopeLevel.DEPARTMENT),
    ]
    direct = kpis.compute(
        Q3,
        level=ScopeLevel.DEPARTMENT,
        department="D05",
        keys=["first_response_minutes", "resolution_hours"],
    )
    values = direct.rows[0].values
    assert team.response_times.total == values["first_response_minutes"].denominator
    assert team.resolution_times.total == values["resolution_hours"].denominator
    staff_no = service.staff(HR_ADMIN, "D05")[1][0]
    person = service.load(HR_ADMIN, DashboardQuery(Q3, staff_no=staff_no))
    alone = kpis.compute(Q3, staff_nos=[staff_no], keys=["first_response_minutes"])
    assert person.response_times.total == alone.rows[0].values["first_response_minutes"].denominator
    counted.clear()

    again = service.load(HR_ADMIN, DashboardQuery(Q3, department="D05"))
    assert counted == [] and again.response_times == team.response_times
    # A write to what the KPIs read (here a target) makes the kept distributions stale.
    kpis.set_target(HR_ADMIN, KpiTarget("2026Q3", "revenue", Decimal(1), department_code="D05"))
    assert service.load(HR_ADMIN, DashboardQuery(Q3, department="D05")).response_times == (
        team.response_times
    )
    assert len(counted) == 2
    service.forget()
    service.load(HR_ADMIN, DashboardQuery(Q3, department="D05"))
    assert len(counted) == 4


def test_warm_up_keeps_the_ticket_times_of_every_period(demo_database: Database) -> None:
    service, _kpis = _service(demo_database)
    query = DashboardQuery(Q3, quarters=2)
    plan = service.warm_up_plan(HR_ADMIN, query)
    assert len(plan) == 3 * 3 and all(step.ticket_times for step in plan)
    service.load(HR_ADMIN, query)  # the company's Q3 and Q2 are kept by the load itself
    plan = service.warm_up_plan(HR_ADMIN, query)
    company = [step for step in plan if step.level is ScopeLevel.COMPANY]
    assert [(str(s.period), s.keys, s.ticket_times) for s in company] == [
        ("2026Q2", (), True),
        ("2026Q1", ("revenue", "win_rate", "csat"), True),
    ]
    for step in plan:
        service.warm_up(step)
    assert service.warm_up_plan(HR_ADMIN, query) == []
