"""The Templates page: the list, its actions, and the preview as the seed's sheet."""

from pathlib import Path

from PySide6.QtCore import Qt

from kpm_desktop.domain.builtin_templates import (
    SUPERVISOR_TEMPLATE_NAME,
    VENDOR_TEMPLATE_NAME,
    supervisor_template,
    vendor_selection_template,
)
from kpm_desktop.domain.rubric import TemplateStatus
from kpm_desktop.domain.rubric_json import template_to_text
from kpm_desktop.ui.crm_tables.record_table import Column, ColumnKind, RecordTableModel
from kpm_desktop.ui.templates.template_preview import SHEET_COLUMNS, evaluation_sheet_html
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN


def _select(page: TemplatesPage, name: str, version: int = 1) -> None:
    for row, summary in enumerate(page.model.summaries):
        if summary.name == name and summary.version == version:
            page.view.selectRow(row)
            return
    raise AssertionError(f"{name} v{version} is not listed")


def test_the_list_shows_versions_statuses_and_use(
    page: TemplatesPage, service, qtmodeltester
) -> None:
    qtmodeltester.check(page.model)
    service.install_builtins(None)
    page.refresh()
    assert page.model.rowCount() == 4
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Template", "Version", "Department", "Status", "Used by"]
    _select(page, SUPERVISOR_TEMPLATE_NAME)
    row = page.selected_row()
    assert [page.model.data(page.model.index(row, c)) for c in range(5)] == [
        SUPERVISOR_TEMPLATE_NAME,
        "v1",
        "营销管理部",
        "active",
        "—",
    ]
    assert not page.buttons["activate"].isEnabled() and page.buttons["retire"].isEnabled()
    page.buttons["retire"].click()
    assert page.model.data(page.model.index(page.selected_row(), 3)) == "retired"
    assert page.buttons["activate"].isEnabled()
    page.buttons["activate"].click()
    assert service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary.status is TemplateStatus.ACTIVE


def test_duplicate_opens_the_copy_in_the_editor(page: TemplatesPage, service) -> None:
    service.install_builtins(None)
    page.refresh()
    _select(page, VENDOR_TEMPLATE_NAME)
    page.buttons["duplicate"].click()
    editor = page.editor
    assert editor is not None and editor.model.draft.name == f"{VENDOR_TEMPLATE_NAME} copy"
    assert editor.summary is not None and editor.summary.status is TemplateStatus.DRAFT
    copy = service.get(HR_ADMIN, editor.template_id).template
    assert copy.categories == vendor_selection_template().categories


def test_import_and_export_round_trip_a_file(page: TemplatesPage, service, tmp_path: Path) -> None:
    source = tmp_path / "主管.json"
    source.write_text(template_to_text(supervisor_template()), encoding="utf-8")
    imported = page.import_file(source)
    assert imported is not None and imported.status is TemplateStatus.DRAFT
    assert page.selected_summary() == imported
    target = tmp_path / "out.json"
    assert page.export_selected(target)
    assert target.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert page.import_file(broken) is None
    assert "broken.json: line 1" in page.message.text()


def test_the_preview_is_the_seed_sheet_with_categories_spanning_rows() -> None:
    html = evaluation_sheet_html(vendor_selection_template())
    for title in SHEET_COLUMNS:
        assert f">{title}</th>" in html
    assert "rowspan='4'>系统功能" in html and "rowspan='5'>系统解决方案" in html
    assert "评审小组" in html and "7.5%" in html
    supervisor = evaluation_sheet_html(supervisor_template())
    assert "<span class='lv'>优</span> (90–100): 标准格式内容规范完整" in supervisor
    assert "CRM系统标准制定<br/>(CRM各规范文件、流程文件的制定)" in supervisor


def test_the_record_table_model_passes_the_model_tester(qtmodeltester) -> None:
    levels = supervisor_template().categories[0].indicators[0].method.levels
    model = RecordTableModel(
        (
            Column("Level", "name"),
            Column("From", "lo", ColumnKind.DECIMAL),
            Column("Descriptor", "descriptor", ColumnKind.MULTILINE),
        ),
    )
    qtmodeltester.check(model)
    model.set_rows(levels)
    edited = []
    model.rowsEdited.connect(edited.append)
    assert not model.setData(model.index(0, 1), "九十")
    assert model.setData(model.index(0, 1), "91")
    assert edited[0][0].lo == 91 and edited[0][1:] == levels[1:]
    model.set_rows(levels[:2])
    assert model.rowCount() == 2
