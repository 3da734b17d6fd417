from datetime import date, timedelta

import pytest

from kpm_desktop.domain.dashboard import DashboardQuery
from kpm_desktop.domain.errors import NotFoundError
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.period import Period
from kpm_desktop.services.dashboard_service import DashboardService
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.storage.database import Database

Q3 = Period.parse("2026Q3")


class CountingKpis(KpiService):
    calls = 0

    def compute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return super().compute(*args, **kwargs)


def _service(database: Database) -> tuple[DashboardService, CountingKpis]:
    kpis = CountingKpis(database, utc_offset=timedelta(hours=8))
    service = DashboardService(
        database, kpis, utc_offset=timedelta(hours=8), today=lambda: date(2026, 10, 8)
    )
    return service, kpis


def test_company_dashboard_agrees_with_the_kpis(demo_database: Database) -> None:
    service, kpis = _service(demo_database)
    data = service.load(DashboardQuery(Q3, trend_kpis=("revenue", "first_response_minutes")))
    assert data.scope_name == "全公司"
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
    assert data.cycle is None  # no appraisal records in the demo data


def test_ended_periods_are_kept_and_forget_drops_them(demo_database: Database) -> None:
    service, kpis = _service(demo_database)
    service.load(DashboardQuery(Q3))
    first = kpis.calls
    assert first == 8 + 1  # eight quarters, one comparison
    service.load(DashboardQuery(Q3))
    assert kpis.calls == first
    service.load(DashboardQuery(Q3.previous()))  # one quarter more, one comparison
    assert kpis.calls == first + 2
    service.forget()
    service.load(DashboardQuery(Q3))
    assert kpis.calls == 2 * first + 2


def test_a_running_period_is_never_kept(demo_database: Database) -> None:
    kpis = CountingKpis(demo_database, utc_offset=timedelta(hours=8))
    service = DashboardService(demo_database, kpis, today=lambda: date(2026, 9, 1))
    service.load(DashboardQuery(Q3, quarters=2))
    service.load(DashboardQuery(Q3, quarters=2))
    assert kpis.calls == 3 + 2  # Q2 kept; Q3 and its comparison computed twice


def test_staff_and_department_scopes(demo_database: Database) -> None:
    service, _kpis = _service(demo_database)
    members = service.staff("D05")
    staff_no, name = members[1]
    data = service.load(DashboardQuery(Q3, staff_no=staff_no, trend_kpis=("csat",)))
    assert data.scope_name == name
    assert data.comparison_level is ScopeLevel.STAFF
    assert {row.code for row in data.comparison} == {no for no, _name in members}
    team = service.load(DashboardQuery(Q3, department="D05", trend_kpis=("csat",)))
    assert team.scope_name == "客服部"
    assert team.response_times.total >= data.response_times.total > 0
    with pytest.raises(NotFoundError):
        service.load(DashboardQuery(Q3, staff_no="E99999"))
