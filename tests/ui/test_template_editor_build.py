"""Building the seed's 主管业绩考核 template from scratch through the editor's widgets."""

from PySide6.QtCore import Qt

from kpm_desktop.domain.builtin_templates import SUPERVISOR_TEMPLATE_NAME, supervisor_template
from kpm_desktop.domain.rubric import TemplateStatus
from kpm_desktop.domain.rubric_methods import LevelsMethod, ScaleRule
from kpm_desktop.services.templates.template_draft import DraftCategory, DraftIndicator
from kpm_desktop.ui.templates.template_editor import TemplateEditor
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN

DESCRIPTOR = 3


def _fill_indicator(editor: TemplateEditor, seed) -> None:
    panel = editor.panel
    panel.name.setText(seed.name)
    panel.code.setText(seed.code)
    panel.description.setPlainText(seed.description)
    panel.source.setText(seed.source)
    panel.weight.setText(str(seed.weight))
    grid = panel.method.editors[seed.method.kind].grid
    assert isinstance(seed.method, LevelsMethod)
    for row, level in enumerate(seed.method.levels):
        assert grid.model.data(grid.model.index(row, 0)) == level.name
        assert grid.model.setData(grid.model.index(row, DESCRIPTOR), level.descriptor)


def test_the_supervisor_template_is_built_saved_and_activated_through_the_ui(
    page: TemplatesPage, service, qtbot
) -> None:
    seed = supervisor_template()
    editor = page.new_template()
    assert page.stack.currentWidget() is editor
    editor.settings.name.setText(seed.name)
    editor.settings.department.setText(seed.department)
    editor.settings.description.setPlainText(seed.description)
    assert isinstance(editor.actions_.current(), DraftCategory)
    editor.panel.category_name.setText("业绩指标")
    weights_seen = []
    for indicator in seed.categories[0].indicators:
        editor.actions_.add_indicator.trigger()
        assert isinstance(editor.actions_.current(), DraftIndicator)
        # A new indicator takes the rest of 100 %.
        weights_seen.append(editor.panel.weight.text())
        _fill_indicator(editor, indicator)
    assert weights_seen == ["100", "70", "40", "20"]
    assert editor.model.draft.to_template() == seed
    assert editor.weight_total.property("ok")
    assert editor.activate_button.isEnabled()
    assert editor.problem_list.count() == 0
    assert "CRM系统标准制定" in editor.preview.toHtml()

    with qtbot.waitSignal(editor.saved):
        editor.activate_button.click()
    stored = service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME)
    assert stored.template == seed
    assert stored.summary.status is TemplateStatus.ACTIVE
    assert not editor.is_modified()
    with qtbot.waitSignal(editor.closed):
        editor.close_button.click()
    assert page.stack.currentIndex() == 0
    assert [s.name for s in page.model.summaries] == [SUPERVISOR_TEMPLATE_NAME]
    assert page.model.data(page.model.index(0, 3)) == "active"


def test_method_kind_and_kpi_picker_edit_the_indicator(page: TemplatesPage) -> None:
    editor = page.new_template()
    editor.actions_.add_indicator.trigger()
    method = editor.panel.method
    method.kind.setCurrentIndex(method.kind.findData("kpi"))
    method.kind.activated.emit(method.kind.currentIndex())
    indicator = editor.actions_.current()
    assert indicator.method.kind.value == "kpi"
    kpi = method.editors[indicator.method.kind]
    kpi.kpi.setCurrentIndex(kpi.kpi.findData("sales_cycle_days"))
    kpi.kpi.activated.emit(kpi.kpi.currentIndex())
    kpi.target.setText("30")
    assert indicator.method.kpi_key == "sales_cycle_days"
    assert indicator.method.direction.value == "lower_is_better"
    assert str(indicator.method.target) == "30"
    kpi.target.setText("0")
    assert "KPI target is 0" in method.problems.text()
    assert not editor.activate_button.isEnabled()
    editor.undo_stack.undo()
    assert str(indicator.method.target) == "1"
    assert editor.panel.method.editors[indicator.method.kind].target.text() == "1"
    assert Qt.ItemFlag.ItemIsEditable in editor.model.flags(editor.model.indicator_index(indicator))


def test_scale_rule_is_shown_and_chosen_in_the_editor(page: TemplatesPage) -> None:
    editor = page.new_template()
    editor.actions_.add_indicator.trigger()
    method = editor.panel.method
    method.kind.setCurrentIndex(method.kind.findData("scale"))
    method.kind.activated.emit(method.kind.currentIndex())
    indicator = editor.actions_.current()
    scale = method.editors[indicator.method.kind]
    assert indicator.method.rule is ScaleRule.MIN_TO_MAX  # new indicators: lowest earns 0
    assert scale.rule.currentData() == ScaleRule.MIN_TO_MAX.value
    assert "(rating − min) ÷ (max − min)" in editor.preview.toPlainText()
    scale.rule.setCurrentIndex(scale.rule.findData(ScaleRule.SCORE_OVER_MAX.value))
    scale.rule.activated.emit(scale.rule.currentIndex())
    assert editor.actions_.current().method.rule is ScaleRule.SCORE_OVER_MAX
    assert "Rating ÷ maximum" in editor.preview.toPlainText()
    scale.maximum.setText("5")
    assert editor.actions_.current().method.rule is ScaleRule.SCORE_OVER_MAX  # kept on edits
