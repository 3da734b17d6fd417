"""Which customer sources count for marketing ROI is data: the issue's example by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.audit import AuditFilter
from kpm_desktop.domain.errors import PermissionDeniedError, ValidationError
from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.marketing_sources import SourceRule, SourceStatus
from kpm_desktop.services.kpis.kpi_result_cache import KpiResultCache
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, HR_ADMIN, SUPERVISOR, VIEWER, auth_and_audit
from tests.services.marketing_fixture import fill_marketing_example


@pytest.fixture
def kpis(database: Database) -> KpiService:
    fill_marketing_example(database)
    return KpiService(database)


def company_roi(kpis: KpiService) -> KpiValue:
    table = kpis.compute("2026Q3", level=ScopeLevel.COMPANY, keys="marketing_roi")
    return table.rows[0].values["marketing_roi"]


def rounded(value: Decimal | None) -> Decimal:
    assert value is not None
    return value.quantize(Decimal("0.01"))


def map_the_example(kpis: KpiService, actor: Actor = HR_ADMIN) -> int:
    return kpis.marketing_sources.set_rules(
        actor,
        [
            SourceRule.parse("广告", marketing=True, channel="广告投放"),
            SourceRule.parse("转介绍", marketing=False),
        ],
    )


def test_default_counts_sources_named_like_a_spend_channel_and_notes_the_rest(kpis) -> None:
    roi = company_roi(kpis)
    assert (roi.numerator, roi.denominator) == (Decimal(28000), Decimal(12000))
    assert rounded(roi.value) == Decimal("233.33")  # (40,000 - 12,000) / 12,000
    table = kpis.compute("2026Q3", level=ScopeLevel.COMPANY)
    [note] = table.notes
    assert note.kpi == "marketing_roi" and note.names == ("广告", "转介绍")
    assert "广告, 转介绍" in str(note.text)


def test_mapping_the_sources_paid_by_spend_makes_them_count(kpis) -> None:
    assert map_the_example(kpis) == 2
    roi = company_roi(kpis)
    assert roi.value == Decimal(400)  # (60,000 - 12,000) / 12,000
    assert kpis.compute("2026Q3", level=ScopeLevel.COMPANY).notes == ()
    department = kpis.compute("2026Q3", level=ScopeLevel.DEPARTMENT).rows[0]
    assert department.values["marketing_roi"].value == Decimal(400)  # all new customers
    assert map_the_example(kpis) == 0  # nothing changed the second time


def test_roi_per_channel_adds_up_to_the_company(kpis) -> None:
    map_the_example(kpis)
    rois = {r.channel: r for r in kpis.channel_roi_for(HR_ADMIN, "2026Q3")}
    assert set(rois) == {"官网", "广告投放", "展会"}
    assert rounded(rois["官网"].roi.value) == Decimal("650.00")
    assert rois["广告投放"].sources == ("广告",)
    assert rounded(rois["广告投放"].roi.value) == Decimal("233.33")
    assert rounded(rois["展会"].roi.value) == Decimal("400.00")
    assert sum(r.revenue for r in rois.values()) == Decimal(60000)
    with pytest.raises(PermissionDeniedError):
        kpis.channel_roi_for(SUPERVISOR, "2026Q3")


def test_overview_lists_sources_channels_and_how_they_count(kpis) -> None:
    map_the_example(kpis)
    overview = kpis.marketing_sources.overview(VIEWER)
    assert set(overview.channels) == {"官网", "广告投放", "展会"}
    by_source = {e.source: e for e in overview.sources}
    assert set(by_source) == {"官网", "广告", "展会", "转介绍"}  # no empty source
    assert by_source["官网"].status is SourceStatus.SPEND_CHANNEL
    assert (by_source["广告"].status, by_source["广告"].channel) == (
        SourceStatus.MARKETING, "广告投放"
    )  # fmt: skip
    assert by_source["转介绍"].status is SourceStatus.EXCLUDED
    assert by_source["官网"].customers == 1


def test_reset_returns_a_source_to_the_default_rule(kpis) -> None:
    map_the_example(kpis)
    assert kpis.marketing_sources.reset(HR_ADMIN, ["广告", "没有"]) == 1
    assert rounded(company_roi(kpis).value) == Decimal("233.33")
    [note] = kpis.compute("2026Q3", level=ScopeLevel.COMPANY).notes
    assert note.names == ("广告",)


def test_an_unknown_channel_or_a_reader_is_refused_and_nothing_changes(kpis) -> None:
    rules = [SourceRule.parse("广告", marketing=True, channel="广告投放X")]
    with pytest.raises(ValidationError, match=r"广告投放X.*官网"):
        kpis.marketing_sources.set_rules(HR_ADMIN, rules)
    with pytest.raises(PermissionDeniedError, match="manage_kpi_settings"):
        kpis.marketing_sources.set_rules(VIEWER, [SourceRule.parse("广告", marketing=True)])
    assert [n.names for n in kpis.compute("2026Q3", level=ScopeLevel.COMPANY).notes] == [
        ("广告", "转介绍")
    ]


def test_changes_are_audited(database: Database) -> None:
    fill_marketing_example(database)
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    kpis = KpiService(database, audit=audit)
    map_the_example(kpis, admin)
    kpis.marketing_sources.reset(admin, ["转介绍"])
    logged = audit.query(admin, AuditFilter(entity_type="marketing_source"))
    assert [(e.entity_id, e.action, e.username) for e in reversed(logged)] == [
        ("广告", "set", "admin"),
        ("转介绍", "set", "admin"),
        ("转介绍", "reset", "admin"),
    ]
    assert "广告投放" in (logged[-1].after or "")
    assert audit.verify().ok


def test_the_kpi_cache_is_not_served_after_a_mapping_change(database: Database, kpis) -> None:
    cache = KpiResultCache(database, kpis)
    [row] = cache.rows(kpis.compute("2026Q3").period, ScopeLevel.COMPANY, ["marketing_roi"])
    assert rounded(row.values["marketing_roi"].value) == Decimal("233.33")
    map_the_example(kpis)
    period = kpis.compute("2026Q3").period
    assert cache.missing(period, ScopeLevel.COMPANY, ["marketing_roi"]) == ["marketing_roi"]
    [row] = cache.rows(period, ScopeLevel.COMPANY, ["marketing_roi"])
    assert row.values["marketing_roi"].value == Decimal(400)


def test_the_source_list_is_for_users_who_read_every_customer(kpis) -> None:
    assert kpis.marketing_sources.overview(VIEWER).sources
    with pytest.raises(PermissionDeniedError, match="marketing sources"):
        kpis.marketing_sources.overview(SUPERVISOR)


def test_without_spend_or_rules_the_roi_is_na(database: Database) -> None:
    fill_marketing_example(database)
    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM marketing_spend"))
    kpis = KpiService(database)
    roi = company_roi(kpis)
    assert roi.is_na and "no spend" in roi.reason
    [note] = kpis.compute("2026Q3", level=ScopeLevel.COMPANY).notes
    assert note.names == ("官网", "展会", "广告", "转介绍")
