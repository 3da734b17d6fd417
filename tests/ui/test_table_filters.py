"""The filter row of the CRM table pages: values read on opening, combined with search,
clearable, remembered with the search across a rebuilt page; headers that name what they
show in both languages."""

import pytest
from PySide6.QtCore import QSettings, Qt

from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.crm_tables.table_page import TablePage, TablePageTexts
from tests.access_helpers import HR_ADMIN


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    return build_table_browsers(demo_database)


def _page(qtbot, tables: CrmTableBrowsers, settings: QSettings, key: str = "customers"):
    texts = TablePageTexts(key, lambda n: f"{n:,} rows", key)
    page = TablePage(getattr(tables, key), HR_ADMIN, texts, settings)
    qtbot.addWidget(page)
    return page


def _headers(page: TablePage) -> dict[str, str]:
    return {
        spec.key: page.model.headerData(section, Qt.Orientation.Horizontal)
        for section, spec in enumerate(page.browser.columns)
    }


def test_the_filter_row_offers_the_tables_columns(qtbot, tables, settings) -> None:
    page = _page(qtbot, tables, settings)
    assert list(page.filter_row.combos) == ["region", "source", "industry", "owner_no"]
    region = page.filter_row.combos["region"]
    assert region.count() == 1  # only "All" until opened
    region.load()
    values = [region.itemText(i) for i in range(1, region.count())]
    assert values == tables.customers.filter_values(HR_ADMIN, "region")
    assert "华东" in values
    assert not page.filter_row.clear_button.isEnabled()


def test_filters_and_search_narrow_the_rows_together(qtbot, tables, settings) -> None:
    page = _page(qtbot, tables, settings)
    region = page.filter_row.combos["region"]
    region.load()
    region.setCurrentIndex(region.findData("华东"))
    in_region = tables.customers.count(HR_ADMIN, filters={"region": "华东"})
    assert 0 < page.model.total == in_region < 400
    assert page.model.filters == {"region": "华东"}
    assert page.filter_row.clear_button.isEnabled()
    assert "(filtered)" in page.status_text()
    name = page.model.index(0, [s.key for s in page.browser.columns].index("name")).data()
    page.search.setText(name[:2])
    page.apply_search()
    expected = tables.customers.count(HR_ADMIN, name[:2], {"region": "华东"})
    assert 0 < page.model.total == expected <= in_region
    page.filter_row.clear_button.click()
    assert page.model.filters == {}
    assert page.model.total == tables.customers.count(HR_ADMIN, name[:2])


def test_filters_and_search_survive_a_rebuilt_page(qtbot, tables, settings) -> None:
    page = _page(qtbot, tables, settings, "staff")
    page.filter_row.set_values({"department_code": "销售一部"})
    page.search.setText("销售")
    page.apply_search()
    total = page.model.total
    assert total == tables.staff.count(HR_ADMIN, "销售", {"department_code": "销售一部"})
    settings.sync()
    reopened = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    again = _page(qtbot, tables, reopened, "staff")
    assert again.filter_row.values() == {"department_code": "销售一部"}
    assert again.filter_row.combos["department_code"].currentText() == "销售一部"
    assert again.search.text() == "销售"
    assert again.model.total == total
    again.filter_row.clear()
    again.search.clear()
    again.apply_search()
    third = _page(qtbot, tables, settings, "staff")
    assert third.filter_row.values() == {} and third.search.text() == ""
    assert third.model.total == 30


def test_headers_name_what_they_show_in_english(qtbot, tables, settings) -> None:
    customers = _headers(_page(qtbot, tables, settings))
    assert (customers["code"], customers["name"]) == ("Customer code", "Customer name")
    assert _headers(_page(qtbot, tables, settings, "staff"))["name"] == "Name"
    assert _headers(_page(qtbot, tables, settings, "deals"))["code"] == "Deal no."
    assert _headers(_page(qtbot, tables, settings, "tickets"))["code"] == "Ticket no."


def test_headers_name_what_they_show_in_chinese(qtbot, tables, settings, chinese) -> None:
    customers = _headers(_page(qtbot, tables, settings))
    assert (customers["code"], customers["name"]) == ("客户编号", "客户名称")
    staff = _headers(_page(qtbot, tables, settings, "staff"))
    assert (staff["employee_no"], staff["name"], staff["department_code"]) == (
        "工号",
        "姓名",
        "部门",
    )
    assert _headers(_page(qtbot, tables, settings, "deals"))["code"] == "订单编号"
    assert _headers(_page(qtbot, tables, settings, "tickets"))["code"] == "工单编号"
