"""The office time zone: how imported clock times are read and where KPI periods are cut.

The test databases' office zone is Asia/Shanghai (conftest.py), whatever zone the tests
themselves run in.
"""

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kpm_desktop.domain.audit import AuditFilter
from kpm_desktop.domain.errors import PermissionDeniedError, ValidationError
from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.period import Period
from kpm_desktop.services.admin.office_zone import OfficeZoneService
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.services.kpis.kpi_result_cache import KpiResultCache
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.data_version import read_data_version
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import ActivityRecord, ServiceTicketRecord
from tests.access_helpers import ADMIN_PASSWORD, HR_ADMIN, VIEWER, auth_and_audit
from tests.services.import_helpers import write_csv
from tests.services.kpi_fixture import fill_small_crm

MONTH = "2026-08"
STAFF, CUSTOMER = "E00005", "C0000001"  # of the demo company
TICKET_HEADER = ["工单编号", "客户编号", "处理人工号", "受理时间", "首次响应时间", "解决时间"]


def _opened(kpis: KpiService, period: str, staff_no: str) -> int:
    """Tickets of `staff_no` opened in `period` (resolution rate's denominator)."""
    [row] = kpis.compute(period, staff_nos=[staff_no], keys="resolution_rate").rows
    return int(row.values["resolution_rate"].denominator or 0)


def _follow_ups(kpis: KpiService, period: str, staff_no: str) -> int:
    [row] = kpis.compute(period, staff_nos=[staff_no], keys="follow_ups").rows
    return int(row.values["follow_ups"].value or 0)


def _stored_ticket(database: Database, code: str) -> ServiceTicketRecord:
    with database.unit_of_work() as uow:
        record = uow.session.scalars(
            select(ServiceTicketRecord).where(ServiceTicketRecord.code == code)
        ).one()
        uow.session.expunge(record)
        return record


def _counts(kpis: KpiService) -> dict[str, tuple[int, int]]:
    return {p: (_opened(kpis, p, STAFF), _follow_ups(kpis, p, STAFF))
            for p in ("2026Q2", "2026Q3", "2026Q4")}  # fmt: skip


def test_the_issue_examples_count_in_the_office_quarters(
    demo_database: Database, tmp_path: Path
) -> None:
    database = demo_database
    kpis = KpiService(database)
    before = _counts(kpis)
    imports = ImportService(database)
    tickets = write_csv(tmp_path / "tickets.csv", [
        TICKET_HEADER,
        ["T900", CUSTOMER, STAFF, "2026-09-30 17:21", "2026-09-30 17:40", "2026-09-30 18:00"],
        ["T901", CUSTOMER, STAFF, "2026-09-30T23:30+08:00", "", ""],
    ])  # fmt: skip
    imports.import_file(HR_ADMIN, tickets, "tickets")
    follow_up = write_csv(tmp_path / "activities.csv", [
        ["客户编号", "员工编号", "跟进方式", "跟进时间"],
        [CUSTOMER, STAFF, "电话", "2026-06-30 16:02"],
    ])  # fmt: skip
    imports.import_file(HR_ADMIN, follow_up, "activities")

    assert _stored_ticket(database, "T900").opened_at == datetime(2026, 9, 30, 9, 21)
    assert _stored_ticket(database, "T901").opened_at == datetime(2026, 9, 30, 15, 30)
    after = _counts(kpis)
    assert after["2026Q3"][0] == before["2026Q3"][0] + 2  # 17:21 and 23:30+08:00: Q3
    assert after["2026Q4"][0] == before["2026Q4"][0]
    assert after["2026Q2"][1] == before["2026Q2"][1] + 1  # the follow-up of 06-30 16:02: Q2
    assert after["2026Q3"][1] == before["2026Q3"][1]


def test_an_offset_of_another_zone_is_converted(demo_database: Database, tmp_path: Path) -> None:
    kpis = KpiService(demo_database)
    before = _counts(kpis)
    tickets = write_csv(tmp_path / "tickets.csv", [
        TICKET_HEADER, ["T902", CUSTOMER, STAFF, "2026-09-30T16:00:00Z", "", ""],
    ])  # fmt: skip
    ImportService(demo_database).import_file(HR_ADMIN, tickets, "tickets")
    assert _stored_ticket(demo_database, "T902").opened_at == datetime(2026, 9, 30, 16, 0)
    # 16:00 UTC is midnight of 1 October in Shanghai: Q4, not Q3
    after = _counts(kpis)
    assert after["2026Q3"][0] == before["2026Q3"][0]
    assert after["2026Q4"][0] == before["2026Q4"][0] + 1


@pytest.mark.parametrize(
    ("stored", "inside", "outside"),
    [
        (datetime(2026, 9, 30, 15, 59, 59), "2026Q3", "2026Q4"),  # 23:59:59 local
        (datetime(2026, 9, 30, 16, 0), "2026Q4", "2026Q3"),  # local midnight
        (datetime(2026, 6, 30, 16, 0), "2026-07", "2026-06"),
        (datetime(2026, 7, 31, 15, 59), "2026-07", "2026-08"),
        (datetime(2025, 12, 31, 16, 0), "2026", "2025"),
        (datetime(2025, 12, 31, 15, 59), "2025", "2026"),
    ],
)
def test_kpi_periods_are_cut_at_shanghai_midnight(
    database: Database, stored: datetime, inside: str, outside: str
) -> None:
    fill_small_crm(database)  # explicit ids: 950 is free
    kpis = KpiService(database)
    before = _opened(kpis, inside, "E1"), _opened(kpis, outside, "E1")
    with database.unit_of_work() as uow:
        uow.session.add(ServiceTicketRecord(id=950, code="T950", customer_id=1, staff_id=1,
                                            opened_at=stored))  # fmt: skip
        uow.session.add(ActivityRecord(id=950, customer_id=1, staff_id=1, kind="电话",
                                       occurred_at=stored))  # fmt: skip
        uow.commit()
    assert _opened(kpis, inside, "E1") == before[0] + 1
    assert _opened(kpis, outside, "E1") == before[1]
    assert _follow_ups(kpis, inside, "E1") > 0


_KPIS_IN_A_PROCESS = """
import json, sys
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.kpis.kpi_service import KpiService
database = open_database(sys.argv[1]).database
kpis = KpiService(database)
print(json.dumps({period: {row.code: {key: str(value.value) for key, value in row.values.items()}
                           for row in kpis.compute(period).rows}
                  for period in sys.argv[2:]}))
"""


def _kpis_under(process_zone: str, url: str, periods: list[str]) -> dict[str, object]:
    env = {**os.environ, "TZ": process_zone}
    done = subprocess.run(
        [sys.executable, "-c", _KPIS_IN_A_PROCESS, url, *periods],
        env=env, capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def test_the_same_kpis_whatever_zone_the_process_runs_in(demo_database: Database) -> None:
    periods = ["2026Q3", "2026-07", "2026"]
    in_utc = _kpis_under("UTC", demo_database.url, periods)
    in_shanghai = _kpis_under("Asia/Shanghai", demo_database.url, periods)
    assert in_utc == in_shanghai
    here = KpiService(demo_database).compute("2026Q3").rows
    assert {r.code: str(r.values["follow_ups"].value) for r in here} == {
        code: values["follow_ups"]
        for code, values in in_utc["2026Q3"].items()  # type: ignore[attr-defined]
    }


def test_the_kept_kpis_follow_a_change_of_zone(demo_database: Database) -> None:
    kpis = KpiService(demo_database)
    cache = KpiResultCache(demo_database, kpis)
    zones = OfficeZoneService(demo_database)

    def kept() -> str:
        [row] = cache.rows(Period.parse(MONTH), ScopeLevel.COMPANY, ["resolution_hours"])
        return str(row.values["resolution_hours"].value)

    def computed(zone: str) -> str:
        table = KpiService(demo_database, zone=ZoneInfo(zone)).compute(
            MONTH, level=ScopeLevel.COMPANY, keys="resolution_hours"
        )
        return str(table.rows[0].values["resolution_hours"].value)

    assert kept() == computed("Asia/Shanghai")
    version = _data_version(demo_database)
    zones.set_zone(HR_ADMIN, "America/New_York")
    assert _data_version(demo_database) > version
    assert kept() == computed("America/New_York") != computed("Asia/Shanghai")


def _data_version(database: Database) -> int:
    with database.engine.connect() as connection:
        return read_data_version(connection)


def test_changing_the_zone_is_audited_and_needs_an_hr_admin(database: Database) -> None:
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    zones = OfficeZoneService(database, audit)
    assert zones.zone().key == "Asia/Shanghai"
    with pytest.raises(PermissionDeniedError):
        zones.set_zone(VIEWER, "UTC")
    with pytest.raises(ValidationError, match="'Asia/Beijing' is not a time zone"):
        zones.set_zone(admin, "Asia/Beijing")
    assert zones.set_zone(admin, " Europe/Berlin ").key == "Europe/Berlin"
    assert zones.zone() == ZoneInfo("Europe/Berlin")
    [entry] = audit.query(admin, AuditFilter(entity_type="setting"))
    assert (entry.entity_id, entry.action) == ("office_zone", "update")
    assert json.loads(entry.before or "{}") == {"value": "Asia/Shanghai"}
    assert json.loads(entry.after or "{}") == {"value": "Europe/Berlin"}
    assert zones.can_change(admin) and not zones.can_change(VIEWER)


def test_the_table_pages_show_and_take_office_clock_times(demo_database: Database) -> None:
    tickets = build_table_browsers(demo_database).tickets
    form = {"code": "T-TZ", "customer_code": "C0000001", "staff_no": "E00005",
            "opened_at": "2026-09-30 17:21", "resolved_at": "2026-09-30 23:30"}  # fmt: skip
    record_id = tickets.add(HR_ADMIN, form)
    stored = _stored_ticket(demo_database, "T-TZ")
    assert (stored.opened_at, stored.resolved_at) == (
        datetime(2026, 9, 30, 9, 21),
        datetime(2026, 9, 30, 15, 30),
    )
    shown = tickets.form_values(HR_ADMIN, record_id)
    assert shown["opened_at"] == "2026-09-30 17:21:00"
    assert shown["resolved_at"] == "2026-09-30 23:30:00"
    details = {column.key: value for column, value in tickets.details(HR_ADMIN, record_id)}
    assert details["opened_at"] == datetime(2026, 9, 30, 17, 21)


def test_a_rule_error_names_the_clock_time_of_the_file(database: Database, tmp_path: Path) -> None:
    fill_small_crm(database)
    tickets = write_csv(tmp_path / "tickets.csv", [
        TICKET_HEADER, ["T903", "C1", "E1", "2026-09-30 17:21", "", "2026-09-30 08:00"],
    ])  # fmt: skip
    report = ImportService(database).check(HR_ADMIN, tickets, "tickets")
    [error] = report.errors
    assert "value '2026-09-30 08:00:00': before Opened 2026-09-30 17:21:00" in str(error)
