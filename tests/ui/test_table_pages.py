"""Table pages: lazy models, sort, search, dialogs, keyboard and remembered layout."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.common.lazy_table_model import LazyTableModel
from kpm_desktop.ui.crm_tables.crm_pages import crm_table_pages
from kpm_desktop.ui.crm_tables.table_page import TablePage, TablePageTexts
from kpm_desktop.ui.main_window import MainWindow
from tests.access_helpers import HR_ADMIN


@pytest.fixture
def tables(demo_database: Database) -> CrmTableBrowsers:
    return build_table_browsers(demo_database)


def _customers_page(qtbot, tables, settings) -> TablePage:
    texts = TablePageTexts("customers", lambda n: f"{n:,} customers", "customer")
    page = TablePage(tables.customers, HR_ADMIN, texts, settings)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


def _column(page: TablePage, key: str) -> int:
    return [spec.key for spec in page.browser.columns].index(key)


def _save_button(page: TablePage):
    return page.dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


@pytest.mark.parametrize("name", ["staff", "customers", "deals", "tickets"])
def test_every_table_model_passes_the_model_tester(qtmodeltester, tables, name) -> None:
    model = LazyTableModel(getattr(tables, name), HR_ADMIN, page_size=64)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    model.set_search("1")
    qtmodeltester.check(model)


def test_scrolling_to_the_bottom_fetches_the_last_page_only(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    model = page.model
    assert model.rowCount() == 400
    qtbot.waitUntil(lambda: model.cached_page_count() == 1)  # the first paint
    fetched = []
    model.pageFetched.connect(fetched.append)
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: 1 in fetched)
    assert fetched == [1]
    assert model.cached_page_count() == 2
    last_id = tables.customers.page(HR_ADMIN, 399, 1).rows[0][0]
    assert model.record_id(399) == last_id


def test_a_million_rows_are_not_needed_to_jump_far(tables) -> None:
    model = LazyTableModel(tables.customers, HR_ADMIN, page_size=10, cached_pages=3)
    for row in range(0, 400, 10):
        model.index(row, 0).data()
    assert model.cached_page_count() == 3


def test_header_click_sorts_in_sql(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    name = _column(page, "name")
    header = page.view.horizontalHeader()
    position = header.sectionViewportPosition(name) + header.sectionSize(name) // 2
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(position, header.height() // 2),
    )
    assert page.model.sort_key is not None and page.model.sort_key.column == "name"
    names = [page.model.index(row, name).data() for row in range(400)]
    assert names == sorted(names, reverse=page.model.sort_key.descending)
    page.view.sortByColumn(name, Qt.SortOrder.DescendingOrder)
    assert [page.model.index(row, name).data() for row in range(400)] == sorted(names, reverse=True)


def test_search_is_debounced_and_filters_rows(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    statuses = []
    page.statusTextChanged.connect(statuses.append)
    with qtbot.waitSignal(page.model.totalChanged, timeout=2000):
        page.search.setText("c0000012")
    assert page.model.rowCount() == 1
    assert page.model.index(0, _column(page, "code")).data() == "C0000012"
    assert statuses[-1] == "1 customers matching “c0000012”"
    with qtbot.waitSignal(page.model.totalChanged, timeout=2000):
        page.search.clear()
    assert page.model.rowCount() == 400


def test_detail_pane_shows_the_selected_row_with_names(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    page.select_row(3)
    details = page.detail_texts()
    assert details["Customer code"] == page.model.index(3, 0).data()
    assert details["Owner"] == page.model.index(3, _column(page, "owner_no")).data()
    assert "Address" in details  # hidden columns still show in the details


def test_add_through_the_dialog_shows_errors_in_place(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    page.add_button.click()
    dialog = page.dialog
    qtbot.waitExposed(dialog)
    dialog.inputs["code"].setText("C7777777")
    dialog.inputs["created_on"].setText("2026-02-30")
    _save_button(page).click()
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == "Customer name: required value missing"
    dialog.inputs["name"].setText("南京新客户有限公司")
    _save_button(page).click()
    assert "2026-02-30" in dialog.errors["created_on"].text()
    assert not dialog.errors["name"].isVisible()
    dialog.inputs["created_on"].setText("2026-02-28")
    with qtbot.waitSignal(dialog.saved):
        _save_button(page).click()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 401


def test_enter_edits_and_delete_asks_first(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    new_id = tables.customers.add(
        HR_ADMIN, {"code": "C0000000", "name": "待删除客户", "created_on": "2026-01-01"}
    )
    qtbot.keyClick(page, Qt.Key.Key_F5)
    assert page.model.rowCount() == 401
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.select_row(0)
    assert page.current_record_id() == new_id
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.dialog is not None and page.dialog.values()["name"] == "待删除客户"
    page.dialog.inputs["name"].setText("改名客户")
    _save_button(page).click()
    assert page.detail_texts()["Customer name"] == "改名客户"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and "C0000000" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    assert page.model.rowCount() == 401
    page.delete_selected()
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert page.model.rowCount() == 400


def test_refused_delete_shows_a_message_not_a_crash(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    customer = tables.deals.form_values(HR_ADMIN, 1)["customer_code"]
    page.search.setText(customer)
    page.apply_search()
    page.select_row(0)
    page.delete_selected()
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert page.error_box is not None
    assert page.error_box.text().startswith(f"Cannot delete customer {customer}")
    assert page.model.rowCount() == 1


def test_ctrl_f_focuses_the_search_box(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    page.activateWindow()
    page.view.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)


def test_column_layout_and_splitter_are_remembered(qtbot, tables, settings) -> None:
    page = _customers_page(qtbot, tables, settings)
    header = page.view.horizontalHeader()
    industry, phone = _column(page, "industry"), _column(page, "phone")
    assert header.isSectionHidden(_column(page, "address"))
    menu = page.column_chooser.build_menu()
    menu.actions()[industry].setChecked(False)
    menu.actions()[_column(page, "address")].setChecked(True)
    header.resizeSection(phone, 177)
    header.moveSection(header.visualIndex(phone), 0)
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.splitter.setSizes([700, 300])
    sizes = page.splitter.sizes()
    page.save_state()
    again = _customers_page(qtbot, tables, settings)
    header = again.view.horizontalHeader()
    assert header.isSectionHidden(industry)
    assert not header.isSectionHidden(_column(again, "address"))
    assert header.sectionSize(phone) == 177
    assert header.visualIndex(phone) == 0
    assert again.model.sort_key.column == "name" and again.model.sort_key.descending
    assert again.splitter.sizes() == sizes


def test_main_window_pages_and_status_bar(qtbot, tables, settings) -> None:
    window = MainWindow(crm_table_pages(tables, HR_ADMIN, settings), settings, "demo.sqlite3")
    qtbot.addWidget(window)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Staff", "Customers", "Deals", "Service tickets"]
    assert window.statusBar().currentMessage() == "30 staff members"
    window.navigation.setCurrentRow(2)
    assert window.statusBar().currentMessage() == "1,500 deals"
    window.show()
    qtbot.waitExposed(window)
    window.resize(700, 500)
    window.close()
    restored = MainWindow([], settings)
    qtbot.addWidget(restored)
    assert (restored.width(), restored.height()) == (700, 500)
