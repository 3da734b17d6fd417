"""What each role is offered: changing actions are hidden from roles the services would
refuse, pages show the rows a role reaches (and are left out when it reaches nobody), and
the Templates page shows how many appraisals use each version."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMenu

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.crm_tables.crm_pages import crm_table_pages
from kpm_desktop.ui.crm_tables.table_page import TablePage
from kpm_desktop.ui.imports.export_actions import add_file_menu_actions
from kpm_desktop.ui.kpis.kpi_page import KpiPage, kpi_pages
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import EMPLOYEE, HR_ADMIN, linked_actor
from tests.appraisal_world import PERIOD, World

CHANGING = ("new", "duplicate", "import", "activate", "retire")


def _page(world: World, actor: Actor, tmp_path: Path, qtbot) -> TemplatesPage:
    page = TemplatesPage(world.services.templates, DraftRecoveryStore(tmp_path / "r"), actor)
    qtbot.addWidget(page)
    return page


def test_templates_page_for_a_viewer_is_read_only_and_counts_use(
    world: World, tmp_path: Path, qtbot
) -> None:
    page = _page(world, world.viewer, tmp_path, qtbot)
    assert all(page.buttons[key].isHidden() for key in CHANGING)
    assert page.buttons["edit"].text() == "View" and not page.buttons["export"].isHidden()
    used_by = {
        s.id: page.model.data(page.model.index(row, 4))
        for row, s in enumerate(page.model.summaries)
    }
    assert used_by[world.sales_template_id] == "7 appraisal(s)"
    assert used_by[world.supervisor_template_id] == "1 appraisal(s)"
    editor = page.edit_id(world.sales_template_id)
    assert editor is not None and editor.read_only
    assert editor.save_button.isHidden() and editor.activate_button.isHidden()
    assert not editor.panel.isEnabled() and not editor.settings.isEnabled()
    assert not any(action.isEnabled() for action in editor.actions_.all)


def test_templates_page_for_an_hr_admin_offers_every_action(
    world: World, tmp_path: Path, qtbot
) -> None:
    page = _page(world, world.admin, tmp_path, qtbot)
    assert not any(page.buttons[key].isHidden() for key in CHANGING)
    editor = page.edit_id(world.sales_template_id)
    assert editor is not None and not editor.read_only
    assert not editor.save_button.isHidden()


def test_only_target_managers_see_the_targets_button(world: World, qtbot) -> None:
    for actor, offered in ((world.admin, True), (world.head, False), (world.viewer, False)):
        page = KpiPage(world.services.kpis, actor)
        qtbot.addWidget(page)
        assert page.targets_button.isHidden() is not offered


def test_file_menu_offers_import_and_export_by_role(world: World, qtbot) -> None:
    offered = {}
    for actor in (world.admin, world.viewer, world.head, world.employee):
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = QMenu(window)
        add_file_menu_actions(window, menu, world.services.imports, world.services.exports, actor)
        offered[actor.role.value] = [action.text() for action in menu.actions()]
    assert offered == {
        "hr_admin": ["&Import...", "Import &profiles...", "&Export"],
        "viewer": ["&Export"],
        "supervisor": [],
        "employee": [],
    }


def _computed_codes(page: KpiPage, qtbot) -> list[str]:
    page.period.setText(PERIOD)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.refresh()
    page.wait_for_workers()
    return [page.model.row_at(row).code for row in range(page.model.rowCount())]


def test_the_kpi_page_shows_each_role_the_staff_it_reaches(demo_database: Database, qtbot) -> None:
    kpis = KpiService(demo_database)
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    boss = linked_actor(demo_database, Role.SUPERVISOR, "E00002")  # heads 销售一部
    shown = {}
    for actor in (clerk, boss, HR_ADMIN):
        [(_title, page)] = kpi_pages(kpis, actor)
        qtbot.addWidget(page)
        assert isinstance(page, KpiPage)
        shown[actor.role.value] = _computed_codes(page, qtbot)
    assert shown["employee"] == ["E00007"]
    assert shown["supervisor"] == ["E00002", "E00007", "E00012", "E00015", "E00016",
                                   "E00022", "E00028"]  # fmt: skip
    assert len(shown["hr_admin"]) == 30
    assert kpi_pages(kpis, EMPLOYEE) == []  # an account linked to no staff member


def test_crm_table_pages_show_an_employee_their_own_rows_read_only(
    demo_database: Database, qtbot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    tables = build_table_browsers(demo_database)
    clerk = linked_actor(demo_database, Role.EMPLOYEE, "E00007")
    pages = crm_table_pages(tables, clerk, settings)
    assert [title for title, _ in pages] == ["Staff", "Customers", "Deals", "Service tickets"]
    counts = {}
    for _title, page in pages:
        qtbot.addWidget(page)
        assert isinstance(page, TablePage)
        counts[page.texts.settings_key] = page.model.rowCount()
        assert all(b.isHidden() for b in (page.add_button, page.edit_button, page.delete_button))
        assert page.context_menu().isEmpty()
        if page.model.rowCount():
            page.select_row(0)
            page.edit_selected()
            assert page.dialog is None and page.error_box is None
    assert counts == {"staff": 1, "customers": 17, "deals": 56, "tickets": 0}
    owners = pages[2][1].model
    owner_column = [spec.key for spec in owners.browser.columns].index("owner_no")
    assert {owners.index(row, owner_column).data() for row in range(56)} == {
        owners.index(0, owner_column).data()
    }
    admin_pages = crm_table_pages(tables, HR_ADMIN, settings)
    for _title, page in admin_pages:
        qtbot.addWidget(page)
        assert isinstance(page, TablePage) and not page.edit_button.isHidden()
    assert crm_table_pages(tables, EMPLOYEE, settings) == []
