"""The Marketing sources dialog and the KPI page's note, on the issue's example."""

from decimal import Decimal

import pytest

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.database import Database
from kpm_desktop.ui.kpis.kpi_page import KpiPage
from kpm_desktop.ui.kpis.marketing_sources_dialog import (
    EXCLUDED,
    MARKETING,
    NOW_COLUMN,
    MarketingSourcesDialog,
)
from tests.access_helpers import HR_ADMIN, SUPERVISOR, VIEWER
from tests.services.marketing_fixture import fill_marketing_example


@pytest.fixture
def service(database: Database) -> KpiService:
    fill_marketing_example(database)
    return KpiService(database)


def company_roi(service: KpiService) -> Decimal | None:
    table = service.compute("2026Q3", level=ScopeLevel.COMPANY, keys="marketing_roi")
    return table.rows[0].values["marketing_roi"].value


def choose(box, data: str) -> None:
    box.setCurrentIndex(box.findData(data))


def test_marking_sources_saves_them_and_updates_the_roi(service: KpiService, qtbot) -> None:
    dialog = MarketingSourcesDialog(service, HR_ADMIN, "2026Q3")
    qtbot.addWidget(dialog)
    dialog.open()
    ad = dialog.row_of("广告")
    assert dialog.table.item(ad, NOW_COLUMN).text() == "not counted: neither marketing nor excluded"
    assert dialog.table.item(dialog.row_of("官网"), NOW_COLUMN).text() == (
        "counted: a spend channel has this name"
    )
    assert not dialog.channel_box(ad).isEnabled()
    choose(dialog.choice_box(ad), MARKETING)
    assert dialog.channel_box(ad).isEnabled()
    choose(dialog.channel_box(ad), "广告投放")
    choose(dialog.choice_box(dialog.row_of("转介绍")), EXCLUDED)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
    assert saved.args == [2]
    assert company_roi(service) == Decimal(400)
    now = dialog.table.item(dialog.row_of("广告"), NOW_COLUMN).text()
    assert now == "counted, paid by 广告投放"
    last = dialog.roi_table.rowCount() - 1
    assert dialog.roi_table.item(last, 0).text() == "All channels"
    assert dialog.roi_table.item(last, 4).text() == "400.00%"
    assert "Saved: 2" in dialog.message.text()


def test_back_to_the_default_rule_removes_the_rule(service: KpiService, qtbot) -> None:
    dialog = MarketingSourcesDialog(service, HR_ADMIN, "2026Q3")
    qtbot.addWidget(dialog)
    choose(dialog.choice_box(dialog.row_of("官网")), EXCLUDED)
    dialog.save()
    # 展会 alone: (10,000 - 12,000) / 12,000
    assert company_roi(service).quantize(Decimal("0.01")) == Decimal("-16.67")
    choose(dialog.choice_box(dialog.row_of("官网")), "default")
    dialog.save()
    assert company_roi(service).quantize(Decimal("0.01")) == Decimal("233.33")


def test_readers_see_the_list_without_editing(service: KpiService, qtbot) -> None:
    viewer = MarketingSourcesDialog(service, VIEWER, "2026Q3")
    qtbot.addWidget(viewer)
    assert viewer.save_button.isHidden() and not viewer.choice_box(0).isEnabled()
    assert not viewer.roi_table.isHidden()
    supervisor = MarketingSourcesDialog(service, SUPERVISOR, "2026Q3")
    qtbot.addWidget(supervisor)
    assert supervisor.roi_table.isHidden()  # company figures
    assert supervisor.table.rowCount() == 0 and "marketing sources" in supervisor.message.text()


def test_kpi_page_notes_unmapped_sources_and_opens_the_dialog(service: KpiService, qtbot) -> None:
    page = KpiPage(service, HR_ADMIN)
    qtbot.addWidget(page)
    page.period.setText("2026Q3")
    with qtbot.waitSignal(page.computed, timeout=10_000):
        page.refresh()
    assert not page.notes.isHidden() and "广告, 转介绍" in page.notes.text()
    assert not page.sources_button.isHidden()
    page.open_marketing_sources()
    dialog = page._sources_dialog
    assert dialog is not None and dialog.isVisible()
    choose(dialog.choice_box(dialog.row_of("广告")), MARKETING)
    choose(dialog.choice_box(dialog.row_of("转介绍")), EXCLUDED)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        dialog.save()
    assert page.notes.isHidden()
    page.wait_for_workers()
    viewer_page = KpiPage(service, VIEWER)
    qtbot.addWidget(viewer_page)
    assert viewer_page.sources_button.isHidden()
