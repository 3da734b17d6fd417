"""Rule parity: for every rule of the CRM table definitions, a file row and a form that
break it are refused with the same reason, the import naming row, column and value, the
form naming the field and value.

Nothing here writes (imports are checks, refused forms save nothing), so one demo
company serves every case.
"""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kpm_desktop.domain.crm_tables import CRM_TABLES
from kpm_desktop.domain.import_rows import RowError
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.crm_tables.record_form import parse_form
from kpm_desktop.services.crm_tables.table_browser import TableBrowser, build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import FieldValidationError
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN
from tests.database_targets import PostgresTestDatabases
from tests.services.import_helpers import write_csv

DEFINITIONS = {definition.name: definition for definition in CRM_TABLES}
BASE = {
    "deals": {"code": "D9", "customer_code": "C0000001", "owner_no": "E00002", "stage": "线索",
              "status": "open", "amount": "100", "items": "1",
              "first_contact_on": "2026-06-01", "created_on": "2026-07-01", "closed_on": ""},
    "customers": {"code": "N9", "name": "杭州新客户", "owner_no": "E00002",
                  "created_on": "2026-07-01", "churned_on": "", "phone": "13800000000",
                  "email": "a@client.cn"},
    "tickets": {"code": "T9", "customer_code": "C0000001", "staff_no": "E00005",
                "opened_at": "2026-09-01 10:00", "first_response_at": "2026-09-01 10:30",
                "resolved_at": "2026-09-01 12:00", "satisfaction": "90"},
    "staff": {"employee_no": "E90001", "name": "王小明", "department_code": "D02",
              "supervisor_no": "E00002", "phone": "13800000000", "email": "w@kpm.cn"},
    "targets": {"staff_no": "E00002", "department_code": "", "period": "2026Q4",
                "kpi": "revenue", "value": "1000"},
    "spend": {"period": "2026Q4", "kind": "marketing", "channel": "展会", "staff_no": "",
              "amount": "1000", "leads": "3"},
    "activities": {"customer_code": "C0000001", "staff_no": "E00002", "kind": "电话",
                   "occurred_at": "2026-09-01 10:00", "note": ""},
}  # fmt: skip
WON = {"status": "won", "stage": "赢单"}

# (kind, change, the field refused, the reason's English text)
CASES = [
    ("deals", {**WON, "closed_on": "2026-06-20"}, "closed_on", "before Created on 2026-07-01"),
    ("deals", {**WON, "first_contact_on": "2026-08-01", "closed_on": "2026-07-20"},
     "first_contact_on", "after Created on 2026-07-01"),
    ("deals", {"closed_on": "2026-07-05"}, "closed_on", "must be empty when Status is open"),
    ("deals", WON, "closed_on", "required when Status is won"),
    ("deals", {"amount": "1,2,3"}, "amount", "not an amount"),
    ("deals", {"amount": "¥¥1"}, "amount", "not an amount"),
    ("deals", {"amount": "-5"}, "amount", "negative amount"),
    ("deals", {"items": "2.5"}, "items", "not a whole number"),
    ("deals", {"stage": "随便"}, "stage", "unknown value; allowed"),
    ("deals", {"customer_code": "C404"}, "customer_code", "unknown customer code"),
    ("deals", {"created_on": "2026-02-30"}, "created_on", "bad date"),
    ("customers", {"churned_on": "2026-06-30"}, "churned_on", "before Created on 2026-07-01"),
    ("customers", {"email": "not-an-email"}, "email", "not an e-mail address"),
    ("customers", {"phone": "call me"}, "phone", "not a phone number"),
    ("customers", {"owner_no": "E99999"}, "owner_no", "unknown employee no."),
    ("customers", {"name": ""}, "name", "required value missing"),
    ("customers", {"code": "C" * 40}, "code", "longer than 32 characters"),
    ("tickets", {"first_response_at": "2026-09-01 09:00"}, "first_response_at",
     "before Opened 2026-09-01 10:00:00"),
    ("tickets", {"resolved_at": "2026-09-01 10:10"}, "resolved_at",
     "before First response 2026-09-01 10:30:00"),
    ("tickets", {"first_response_at": "", "resolved_at": "2026-09-01 09:00"}, "resolved_at",
     "before Opened 2026-09-01 10:00:00"),
    ("tickets", {"satisfaction": "101"}, "satisfaction", "greater than 100"),
    ("staff", {"email": "w@"}, "email", "not an e-mail address"),
    ("staff", {"department_code": "D99"}, "department_code", "unknown department code"),
    ("targets", {"department_code": "D02"}, "staff_no",
     "give Staff member or Department, exactly one of them"),
    ("targets", {"staff_no": ""}, "staff_no",
     "give Staff member or Department, exactly one of them"),
    ("spend", {"kind": "sales_expense"}, "staff_no", "required when Kind is sales_expense"),
    ("spend", {"staff_no": "E00002"}, "staff_no", "must be empty when Kind is marketing"),
    ("activities", {"occurred_at": ""}, "occurred_at", "required value missing"),
]  # fmt: skip


@pytest.fixture(scope="module")
def demo(
    tmp_path_factory: pytest.TempPathFactory, postgres_databases: PostgresTestDatabases | None
) -> Iterator[Database]:
    target = (
        str(tmp_path_factory.mktemp("parity") / "kpm.sqlite3")
        if postgres_databases is None
        else postgres_databases.create_migrated()
    )
    database = open_database(target).database
    as_of = date(2026, 9, 30)
    size = DemoSize(staff=30, customers=400, deals=1500, tickets=600, seed=3, as_of=as_of)
    generate_demo_data(database, size)
    yield database
    database.dispose()


def _import_errors(database: Database, path: Path, kind: str, raw: dict[str, str]) -> list:
    definition = DEFINITIONS[kind]
    headers = [definition.column(name).zh for name in raw]
    write_csv(path, [headers, list(raw.values())])
    return ImportService(database).check(HR_ADMIN, path, kind).errors


def _browser(database: Database, kind: str) -> TableBrowser | None:
    browsers = build_table_browsers(database)
    return getattr(browsers, kind, None)  # type: ignore[no-any-return]


def _form_error(database: Database, kind: str, raw: dict[str, str]) -> FieldValidationError:
    browser = _browser(database, kind)
    with pytest.raises(FieldValidationError) as caught:
        if browser is None:  # no page of its own: the form's parsing and rules alone
            parse_form(DEFINITIONS[kind], raw)
        else:
            browser.add(HR_ADMIN, raw)
    return caught.value


@pytest.mark.parametrize(("kind", "change", "field", "reason"), CASES)
def test_import_and_form_refuse_alike(demo, tmp_path, kind, change, field, reason) -> None:
    raw = {**BASE[kind], **change}
    header = DEFINITIONS[kind].column(field).zh
    errors = _import_errors(demo, tmp_path / f"{kind}.csv", kind, raw)
    (error,) = [e for e in errors if e.column == header]
    form = _form_error(demo, kind, raw)
    assert form.field == field
    assert str(error.reason).startswith(reason)
    assert form.reason == error.reason
    assert error.row == 2
    shown = f"'{error.value}'" if error.value else "(empty)"
    assert str(error) == f"row 2, column {header}, value {shown}: {error.reason}"
    assert str(form).startswith(DEFINITIONS[kind].column(field).label)


def test_the_valid_bases_pass_both(demo, tmp_path) -> None:
    for kind, raw in BASE.items():
        assert _import_errors(demo, tmp_path / f"{kind}.csv", kind, raw) == [], kind
        parse_form(DEFINITIONS[kind], raw)


def test_a_supervisor_loop_through_the_database(demo, tmp_path) -> None:
    """E00007 reports to E00002: E00002 may not report to E00007, by file or form."""
    staff = build_table_browsers(demo).staff
    record_id = next(row[0] for row in staff.page(HR_ADMIN, 0, 50).rows if row[1] == "E00002")
    raw = {**staff.form_values(HR_ADMIN, record_id), "supervisor_no": "E00007"}
    file_raw = {k: raw[k] for k in ("employee_no", "name", "department_code", "supervisor_no")}
    (error,) = _import_errors(demo, tmp_path / "staff.csv", "staff", file_raw)
    with pytest.raises(FieldValidationError) as caught:
        staff.update(HR_ADMIN, record_id, raw)
    assert str(error) == (
        "row 2, column 直接上级工号, value 'E00007': makes a cycle: E00002 -> E00007 -> E00002"
    )
    assert caught.value.field == "supervisor_no"
    assert caught.value.reason == error.reason
    assert str(caught.value) == ("Supervisor 'E00007': makes a cycle: E00002 -> E00007 -> E00002")


def test_department_parents_may_not_loop(demo, tmp_path) -> None:
    """D02's parent is D01: D01 under D02 closes a loop; so do two rows of one file."""
    rows = [["部门编号", "部门名称", "上级部门编号"], ["D01", "营销管理部", "D02"]]
    (error,) = ImportService(demo).check(HR_ADMIN, write_csv(tmp_path / "d.csv", rows),
                                         "departments").errors  # fmt: skip
    assert str(error.reason) == "makes a cycle: D01 -> D02 -> D01"
    rows = [["部门编号", "部门名称", "上级部门编号"], ["X1", "甲", "X2"], ["X2", "乙", "X1"]]
    errors: list[RowError] = (
        ImportService(demo)
        .check(HR_ADMIN, write_csv(tmp_path / "d2.csv", rows), "departments")
        .errors
    )
    assert [str(e.reason) for e in errors] == [
        "makes a cycle: X1 -> X2 -> X1",
        "makes a cycle: X2 -> X1 -> X2",
    ]
