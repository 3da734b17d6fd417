"""A table's context menu exports that table through the export callback."""

from PySide6.QtCore import QSettings

from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.crm_tables.crm_pages import crm_table_pages
from tests.access_helpers import HR_ADMIN


def test_context_menu_offers_export_of_its_own_table(
    qtbot, demo_database: Database, tmp_path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    exported: list[str] = []
    pages = crm_table_pages(
        build_table_browsers(demo_database),
        HR_ADMIN,
        settings,
        lambda _parent, kind: exported.append(kind),
    )
    for _title, page in pages:
        qtbot.addWidget(page)
        menu = page.context_menu()
        actions = [action.text() for action in menu.actions() if action.text()]
        assert actions[-1] == "Export table…"
        menu.actions()[-1].trigger()
    assert exported == ["staff", "customers", "deals", "tickets"]
