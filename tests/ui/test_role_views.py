"""What each role is offered: changing actions are hidden from roles the services would
refuse, and the Templates page shows how many appraisals use each version."""

from pathlib import Path

from PySide6.QtWidgets import QMainWindow, QMenu

from kpm_desktop.domain.access import Actor
from kpm_desktop.services.draft_recovery import DraftRecoveryStore
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.export_actions import add_file_menu_actions
from kpm_desktop.ui.kpi_page import KpiPage
from kpm_desktop.ui.templates_page import TemplatesPage
from tests.appraisal_world import PERIOD, World, build_world

CHANGING = ("new", "duplicate", "import", "activate", "retire")


def _world(database: Database) -> World:
    world = build_world(database)
    world.services.cycles.bulk_create(world.admin, PERIOD)
    return world


def _page(world: World, actor: Actor, tmp_path: Path, qtbot) -> TemplatesPage:
    page = TemplatesPage(world.services.templates, DraftRecoveryStore(tmp_path / "r"), actor)
    qtbot.addWidget(page)
    return page


def test_templates_page_for_a_viewer_is_read_only_and_counts_use(
    demo_database: Database, tmp_path: Path, qtbot
) -> None:
    world = _world(demo_database)
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
    demo_database: Database, tmp_path: Path, qtbot
) -> None:
    world = _world(demo_database)
    page = _page(world, world.admin, tmp_path, qtbot)
    assert not any(page.buttons[key].isHidden() for key in CHANGING)
    editor = page.edit_id(world.sales_template_id)
    assert editor is not None and not editor.read_only
    assert not editor.save_button.isHidden()


def test_only_target_managers_see_the_targets_button(demo_database: Database, qtbot) -> None:
    world = _world(demo_database)
    for actor, offered in ((world.admin, True), (world.head, False), (world.viewer, False)):
        page = KpiPage(world.services.kpis, actor)
        qtbot.addWidget(page)
        assert page.targets_button.isHidden() is not offered


def test_file_menu_offers_import_and_export_by_role(demo_database: Database, qtbot) -> None:
    world = _world(demo_database)
    offered = {}
    for actor in (world.admin, world.viewer, world.head, world.employee):
        window = QMainWindow()
        qtbot.addWidget(window)
        menu = QMenu(window)
        add_file_menu_actions(window, menu, world.services.imports, world.services.exports, actor)
        offered[actor.role.value] = [action.text() for action in menu.actions()]
    assert offered == {
        "hr_admin": ["&Import...", "&Export"],
        "viewer": ["&Export"],
        "supervisor": [],
        "employee": [],
    }
