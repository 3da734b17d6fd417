"""The template page of the editor and the levels grid: every edit undoable, problems shown."""

from decimal import Decimal

from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME, supervisor_template
from kpm_desktop.domain.rubric import GradeQuota, RaterRole, RaterWeight
from kpm_desktop.ui.templates.template_editor import RED, TemplateEditor
from kpm_desktop.ui.templates.template_preview import evaluation_sheet_html
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN


def _open(page: TemplatesPage, service) -> TemplateEditor:
    service.install_builtins(None)
    page.refresh()
    editor = page.edit_id(service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary.id)
    assert editor is not None
    editor.tree.setCurrentIndex(editor.model.index(0, 0, editor.model.index(0, 0)))
    return editor


def test_raters_quotas_and_scale_are_edited_on_the_template_page(
    page, service, qtmodeltester
) -> None:
    editor = _open(page, service)
    settings = editor.settings
    raters = settings.raters
    qtmodeltester.check(raters.model)
    raters.add_button.click()
    assert editor.model.draft.raters == (
        RaterWeight(RaterRole.SUPERIOR, Decimal(100)),
        RaterWeight(RaterRole.SELF, Decimal(0)),
    )
    assert "rater Self weight 0 must be above 0" in editor.activate_button.toolTip()
    assert raters.model.setData(raters.model.index(0, 1), "70")
    assert raters.model.setData(raters.model.index(1, 1), "20")
    assert settings.rater_total.text() == "rater weights total 90, 10 short of 100"
    assert RED in settings.rater_total.styleSheet()
    assert raters.model.setData(raters.model.index(1, 0), RaterRole.HR)
    assert (
        raters.model.data(raters.model.index(1, 0)) == "HR"
    )  # the rater role, in the UI's language
    assert raters.model.setData(raters.model.index(1, 1), "30")
    assert settings.rater_total.text() == "Rater weights total 100"
    settings.quotas.add_button.click()
    quotas = settings.quotas.model
    assert quotas.setData(quotas.index(0, 0), "优秀")
    assert quotas.setData(quotas.index(0, 1), "20")
    assert editor.model.draft.quotas == (GradeQuota("优秀", Decimal(20)),)
    settings.scale_hi.setText("5")
    assert (
        "grade 优秀 starts at 90, outside the result scale 0-5" in editor.activate_button.toolTip()
    )
    assert editor.activate_button.isEnabled() is False
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.model.draft.to_template() == supervisor_template()
    assert settings.raters.model.rowCount() == 1 and settings.scale_hi.text() == "100"


def test_levels_are_added_removed_and_reordered_in_the_grid(page, service) -> None:
    editor = _open(page, service)
    levels = editor.panel.method.editors[editor.actions_.current().method.kind]
    grid = levels.grid

    def names() -> list[str]:
        return [lv.name for lv in editor.actions_.current().method.levels]

    grid.add_button.click()
    assert names() == ["优", "良", "中", "差", ""]
    assert "level name '' is empty or used 1 times" in editor.panel.method.problems.text()
    assert grid.model.setData(grid.model.index(4, 0), "极差")
    grid.view.setCurrentIndex(grid.model.index(4, 0))
    grid.up_button.click()
    assert names() == ["优", "良", "中", "极差", "差"]
    assert grid.current_row() == 3
    grid.remove_button.click()
    assert names() == ["优", "良", "中", "差"]
    multi_line = "第一行\n第二行"
    assert grid.model.setData(grid.model.index(0, 3), multi_line)
    assert editor.actions_.current().method.levels[0].descriptor == multi_line
    assert "第一行<br/>第二行" in evaluation_sheet_html(editor.model.draft.to_template())
    for _ in range(5):
        editor.undo_stack.undo()
    assert editor.model.draft.to_template() == supervisor_template()
