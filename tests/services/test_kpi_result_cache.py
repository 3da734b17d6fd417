"""The KPI result cache: kept values equal fresh ones, and every write path makes them
stale: the storage layer bumps the data version in the transaction of any write to a KPI
source (storage/data_version.py), no service does it by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from kpm_desktop.domain.kpi import KPI_DEFINITIONS, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiTarget
from kpm_desktop.domain.marketing_sources import SourceRule
from kpm_desktop.domain.office_time import UTC_ZONE
from kpm_desktop.domain.period import Period
from kpm_desktop.services.admin.office_zone import OfficeZoneService
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.imports.import_service import ImportRejected, ImportService
from kpm_desktop.services.kpis.kpi_result_cache import KpiResultCache
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.crm_records import DealRecord
from kpm_desktop.storage.data_version import read_data_version
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.appraisal_world import PERIOD, build_world
from tests.services.import_helpers import write_csv

Q3 = Period.parse("2026Q3")
KEYS = ("revenue", "win_rate", "csat")
# Growth needs the previous period (`compare`), which the cache does not keep.
CACHED_KEYS = tuple(d.key for d in KPI_DEFINITIONS if d.key != "revenue_growth")


class CountingKpis(KpiService):
    calls = 0

    def compute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.calls += 1
        return super().compute(*args, **kwargs)


def _cache(database: Database) -> tuple[KpiResultCache, CountingKpis]:
    kpis = CountingKpis(database)
    return KpiResultCache(database, kpis), kpis


@pytest.mark.parametrize("level", list(ScopeLevel))
def test_kept_values_equal_fresh_ones_for_every_kpi(demo_database: Database, level) -> None:
    cache, kpis = _cache(demo_database)
    fresh = kpis.compute(Q3, level=level, keys=CACHED_KEYS).rows
    computed = cache.rows(Q3, level, CACHED_KEYS)
    calls = kpis.calls
    kept = cache.rows(Q3, level, CACHED_KEYS)
    assert kpis.calls == calls  # the second answer is read, not computed
    assert computed == fresh and kept == fresh
    some = [row.code for row in fresh[:2]]
    assert cache.rows(Q3, level, ("csat", "revenue"), codes=some) == tuple(
        row.__class__(
            row.level, row.code, row.name, row.department,
            {key: row.values[key] for key in ("csat", "revenue")}, row.record_id,
        )
        for row in fresh[:2]
    )  # fmt: skip


def test_only_missing_keys_are_computed_and_offsets_are_kept_apart(
    demo_database: Database,
) -> None:
    cache, _kpis = _cache(demo_database)
    cache.rows(Q3, ScopeLevel.COMPANY, ("revenue",))
    assert cache.missing(Q3, ScopeLevel.COMPANY, KEYS) == ["win_rate", "csat"]
    assert cache.missing(Q3.previous(), ScopeLevel.COMPANY, KEYS) == list(KEYS)
    other = KpiResultCache(demo_database, KpiService(demo_database, zone=UTC_ZONE))
    assert other.missing(Q3, ScopeLevel.COMPANY, ("revenue",)) == ["revenue"]
    cache.clear()
    assert cache.missing(Q3, ScopeLevel.COMPANY, ("revenue",)) == ["revenue"]


def test_a_write_during_the_computation_leaves_the_entry_stale(demo_database: Database) -> None:
    class WriteMeanwhile(KpiService):
        def compute(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            table = super().compute(*args, **kwargs)
            with demo_database.engine.begin() as connection:
                connection.execute(update(DealRecord).values(amount=DealRecord.amount + 1))
            return table

    cache = KpiResultCache(demo_database, WriteMeanwhile(demo_database))
    cache.rows(Q3, ScopeLevel.COMPANY, KEYS)
    assert cache.missing(Q3, ScopeLevel.COMPANY, KEYS) == list(KEYS)


def _won_deal_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "deal.csv", [
        ["订单编号", "客户编号", "负责人工号", "阶段", "状态", "金额", "创建日期", "成交日期"],
        ["X1", "C0000001", "E00002", "赢单", "won", "88888.88", "2026-07-01", "2026-08-01"],
    ])  # fmt: skip


def _import(database: Database, tmp_path: Path) -> None:
    ImportService(database).import_file(HR_ADMIN, _won_deal_csv(tmp_path), "deals")


def _deal_edit(database: Database, tmp_path: Path) -> None:
    deals = build_table_browsers(database).deals
    form = deals.form_values(HR_ADMIN, 1)
    deals.update(HR_ADMIN, 1, {**form, "amount": "99999999.99", "status": "won",
                     "closed_on": "2026-08-15", "stage": "赢单"})  # fmt: skip


def _form_edit(table: str, field: str) -> Callable[[Database, Path], None]:
    def edit(database: Database, tmp_path: Path) -> None:
        browser = getattr(build_table_browsers(database), table)
        browser.update(HR_ADMIN, 1, {**browser.form_values(HR_ADMIN, 1), field: "改过"})

    edit.__name__ = f"_{table}_form_edit"
    return edit


def _table_add_and_delete(database: Database, tmp_path: Path) -> None:
    staff = build_table_browsers(database).staff
    new = {**staff.form_values(HR_ADMIN, 1), "employee_no": "E99999", "name": "新员工"}
    staff.delete(HR_ADMIN, staff.add(HR_ADMIN, new))


def _target(database: Database, tmp_path: Path) -> None:
    KpiService(database).set_target(
        HR_ADMIN, KpiTarget("2026Q3", "revenue", Decimal(1), None, "D02")
    )


def _target_removed(database: Database, tmp_path: Path) -> None:
    KpiService(database).targets.remove_target(
        HR_ADMIN, "2026Q3", "revenue", staff_no=None, department_code="D02"
    )


def _marketing_source(database: Database, tmp_path: Path) -> None:
    rules = [SourceRule.parse("转介绍", marketing=False)]
    assert KpiService(database).marketing_sources.set_rules(HR_ADMIN, rules) == 1


def _office_zone(database: Database, tmp_path: Path) -> None:
    OfficeZoneService(database).set_zone(HR_ADMIN, "America/New_York")


def _demo_replaced(database: Database, tmp_path: Path) -> None:
    generate_demo_data(
        database,
        DemoSize(staff=20, customers=50, deals=200, tickets=50, seed=99, as_of=date(2026, 9, 30)),
        replace=True,
    )


@pytest.mark.parametrize(
    "write",
    [
        _import,
        _deal_edit,
        _form_edit("staff", "name"),
        _form_edit("customers", "industry"),
        _form_edit("tickets", "subject"),
        _table_add_and_delete,
        _target,
        _target_removed,
        _marketing_source,
        _office_zone,
        _demo_replaced,
    ],
    ids=lambda write: write.__name__.lstrip("_"),
)
def test_every_write_path_makes_kept_values_stale(
    demo_database: Database, tmp_path: Path, write: Callable[[Database, Path], None]
) -> None:
    if write is _target_removed:
        _target(demo_database, tmp_path)
    cache, kpis = _cache(demo_database)
    cache.rows(Q3, ScopeLevel.DEPARTMENT, CACHED_KEYS)
    with demo_database.engine.connect() as connection:
        before = read_data_version(connection)
    write(demo_database, tmp_path)
    with demo_database.engine.connect() as connection:
        assert read_data_version(connection) > before
    assert cache.missing(Q3, ScopeLevel.DEPARTMENT, CACHED_KEYS) == list(CACHED_KEYS)
    fresh = kpis.compute(Q3, level=ScopeLevel.DEPARTMENT, keys=CACHED_KEYS).rows
    assert cache.rows(Q3, ScopeLevel.DEPARTMENT, CACHED_KEYS) == fresh


def test_writes_to_what_kpis_do_not_read_keep_the_version(demo_database: Database) -> None:
    world = build_world(demo_database)  # users and templates
    cache, _kpis = _cache(demo_database)
    cache.rows(Q3, ScopeLevel.DEPARTMENT, CACHED_KEYS)
    with demo_database.engine.connect() as connection:
        before = read_data_version(connection)
    assert world.services.cycles.bulk_create(world.admin, PERIOD).created
    with demo_database.engine.connect() as connection:
        assert read_data_version(connection) == before
    assert cache.missing(Q3, ScopeLevel.DEPARTMENT, CACHED_KEYS) == []


def test_a_rejected_import_keeps_the_version(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.engine.connect() as connection:
        before = read_data_version(connection)
    header = ["订单编号", "客户编号", "负责人工号", "阶段", "状态", "金额", "创建日期"]
    row = ["X1", "NOPE", "E00002", "赢单", "won", "100", "2026-07-01"]
    bad = write_csv(tmp_path / "bad.csv", [header, row])
    with pytest.raises(ImportRejected):
        ImportService(demo_database).import_file(HR_ADMIN, bad, "deals")
    with demo_database.engine.connect() as connection:
        assert read_data_version(connection) == before
