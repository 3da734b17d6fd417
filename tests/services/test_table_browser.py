"""Table browsing: pages sorted and filtered in SQL, from either end; CRUD with validation."""

from decimal import Decimal
from itertools import groupby

import pytest

from kpm_desktop.domain.errors import ConflictError, NotFoundError
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import (
    CrmTableBrowsers,
    FieldValidationError,
    SortKey,
)
from kpm_desktop.storage.database import Database
from tests.access_helpers import HR_ADMIN

NEW_CUSTOMER = {
    "code": "C9000001",
    "name": "杭州新客户科技有限公司",
    "owner_no": "E00002",
    "created_on": "2026-09-01",
    "phone": "13800000000",
    "email": "new@client.cn",
}


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    return build_table_browsers(demo_database)


def _all_rows(browser, sort=None, search=""):
    total = browser.count(HR_ADMIN, search)
    return [
        row
        for start in range(0, total, 37)
        for row in browser.page(HR_ADMIN, start, 37, sort, search, total).rows
    ]


def test_counts_match_the_demo_company(tables: CrmTableBrowsers) -> None:
    assert tables.staff.count(HR_ADMIN) == 30
    assert tables.customers.count(HR_ADMIN) == 400
    assert tables.deals.count(HR_ADMIN) == 1500
    assert tables.tickets.count(HR_ADMIN) == 600


@pytest.mark.parametrize("name", ["staff", "customers", "deals", "tickets"])
def test_pages_from_either_end_agree_with_one_big_page(tables, name) -> None:
    browser = getattr(tables, name)
    total = browser.count(HR_ADMIN)
    sort = SortKey(browser.columns[1].key, descending=True)
    whole = browser.page(HR_ADMIN, 0, total + 10, sort).rows
    assert len(whole) == total
    assert _all_rows(browser, sort) == whole
    last = browser.page(HR_ADMIN, total - 5, 50, sort, total=total)
    assert last.rows == whole[-5:]


def test_sorting_by_owner_keeps_each_owners_rows_together_in_both_directions(tables) -> None:
    # The owner column sorts by the owner's key on the row (no join in the sort path).
    column = [c.key for c in tables.customers.columns].index("owner_no") + 1
    total = tables.customers.count(HR_ADMIN)
    rows = tables.customers.page(HR_ADMIN, 0, total, SortKey("owner_no")).rows
    owners = [key for key, _rows in groupby(row[column] for row in rows)]
    assert len(owners) == len(set(owners)) > 1
    descending = tables.customers.page(HR_ADMIN, 0, total, SortKey("owner_no", True)).rows
    assert [key for key, _rows in groupby(row[column] for row in descending)] == owners[::-1]


def test_search_matches_name_code_and_phone_case_insensitively(tables) -> None:
    first = tables.customers.details(HR_ADMIN, 1)
    values = {spec.key: value for spec, value in first}
    by_code = _all_rows(tables.customers, search=values["code"].lower())
    assert [row[0] for row in by_code] == [1]
    by_phone = _all_rows(tables.customers, search=values["phone"])
    assert 1 in [row[0] for row in by_phone]
    fragment = values["name"][:3]
    by_name = _all_rows(tables.customers, search=fragment)
    assert by_name and all(fragment in row[2] for row in by_name)
    assert tables.customers.count(HR_ADMIN, fragment) == len(by_name)


def test_search_takes_wildcards_literally(tables) -> None:
    assert tables.customers.count(HR_ADMIN, "%") == 0
    assert tables.customers.count(HR_ADMIN, "_") == 0


def test_deal_rows_show_names_not_ids(tables) -> None:
    deal = {spec.key: value for spec, value in tables.deals.details(HR_ADMIN, 1)}
    codes = tables.deals.form_values(HR_ADMIN, 1)
    customer_row = _all_rows(tables.customers, search=codes["customer_code"])[0]
    staff_row = _all_rows(tables.staff, search=codes["owner_no"])[0]
    assert deal["customer_code"] == customer_row[2]
    assert deal["owner_no"] == staff_row[2]
    assert isinstance(deal["amount"], Decimal)


def test_add_edit_delete_a_customer(tables) -> None:
    before = tables.customers.count(HR_ADMIN)
    new_id = tables.customers.add(HR_ADMIN, NEW_CUSTOMER)
    assert tables.customers.count(HR_ADMIN) == before + 1
    form = tables.customers.form_values(HR_ADMIN, new_id)
    assert form["owner_no"] == "E00002" and form["created_on"] == "2026-09-01"
    tables.customers.update(HR_ADMIN, new_id, {**form, "name": "杭州改名科技有限公司"})
    details = dict((spec.key, value) for spec, value in tables.customers.details(HR_ADMIN, new_id))
    assert details["name"] == "杭州改名科技有限公司"
    assert details["owner_no"] == tables.staff.details(HR_ADMIN, 2)[1][1]
    tables.customers.delete(HR_ADMIN, new_id)
    assert tables.customers.count(HR_ADMIN) == before
    with pytest.raises(NotFoundError, match="no longer exists"):
        tables.customers.details(HR_ADMIN, new_id)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"name": "  "}, "name", "Customer name: required value missing"),
        ({"created_on": "2026-13-01"}, "created_on", "Created on '2026-13-01': bad date"),
        (
            {"code": "C0000001"},
            "code",
            "Customer code 'C0000001': already used by customer C0000001",
        ),
        ({"owner_no": "E99999"}, "owner_no", "Owner 'E99999': unknown employee no."),
        ({"churned_on": "2026-01-01"}, "churned_on", "before Created on 2026-09-01"),
        ({"email": "nope"}, "email", "Email 'nope': not an e-mail address"),
        ({"code": "C" * 40}, "code", "longer than 32 characters"),
    ],
)
def test_customer_validation_names_the_field(tables, change, field, message) -> None:
    with pytest.raises(FieldValidationError, match=message.replace("(", r"\(")) as caught:
        tables.customers.add(HR_ADMIN, {**NEW_CUSTOMER, **change})
    assert caught.value.field == field


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"amount": "-5"}, "amount", "Amount '-5': negative amount"),
        ({"amount": "12x"}, "amount", "Amount '12x': not an amount"),
        ({"customer_code": "C404"}, "customer_code", "Customer 'C404': unknown customer code"),
        ({"stage": "随便"}, "stage", "Stage '随便': unknown value; allowed"),
        ({"status": "won"}, "closed_on", "Closed on: required when Status is won"),
        ({"items": "-1"}, "items", "Items '-1': negative amount"),
    ],
)
def test_deal_validation(tables, change, field, message) -> None:
    deal = {
        "code": "D9",
        "customer_code": "C0000001",
        "owner_no": "E00002",
        "stage": "线索",
        "status": "open",
        "amount": "1,234.565",
        "items": "2",
        "created_on": "2026-09-01",
    }
    with pytest.raises(FieldValidationError, match=message) as caught:
        tables.deals.add(HR_ADMIN, {**deal, **change})
    assert caught.value.field == field
    new_id = tables.deals.add(HR_ADMIN, deal)
    assert tables.deals.form_values(HR_ADMIN, new_id)["amount"] == "1234.57"


def test_ticket_and_staff_rules(tables) -> None:
    ticket = {
        "code": "T9",
        "customer_code": "C0000001",
        "staff_no": "E00005",
        "opened_at": "2026-09-01 10:00",
        "resolved_at": "2026-09-01 09:00",
    }
    with pytest.raises(
        FieldValidationError,
        match="Resolved '2026-09-01 09:00:00': before Opened 2026-09-01 10:00:00",
    ):
        tables.tickets.add(HR_ADMIN, ticket)
    with pytest.raises(FieldValidationError, match="Satisfaction '101': greater than 100"):
        tables.tickets.add(HR_ADMIN, {**ticket, "resolved_at": "", "satisfaction": "101"})
    staff = {"employee_no": "E90000", "name": "王小明", "department_code": "销售九部"}
    with pytest.raises(FieldValidationError, match="'销售九部': unknown department code"):
        tables.staff.add(HR_ADMIN, staff)
    new_id = tables.staff.add(HR_ADMIN, {**staff, "department_code": "销售一部", "active": "yes"})
    with pytest.raises(FieldValidationError, match="makes a cycle: E90000 -> E90000"):
        tables.staff.update(
            HR_ADMIN, new_id, {**staff, "department_code": "D02", "supervisor_no": "E90000"}
        )


def test_delete_refuses_a_customer_with_deals(tables) -> None:
    customer_with_deal = tables.deals.form_values(HR_ADMIN, 1)["customer_code"]
    row = _all_rows(tables.customers, search=customer_with_deal)[0]
    with pytest.raises(
        ConflictError, match=rf"Cannot delete customer {customer_with_deal} .*deals"
    ):
        tables.customers.delete(HR_ADMIN, row[0])
    assert tables.customers.details(HR_ADMIN, row[0])


def test_delete_refuses_staff_who_own_customers(tables) -> None:
    with pytest.raises(ConflictError, match="customers owned"):
        tables.staff.delete(HR_ADMIN, 2)
