"""Undo/redo, live validation, versions of used templates, autosave recovery, close prompt."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from kpm_desktop.domain.builtin_templates import (
    SUPERVISOR_TEMPLATE_NAME,
    VENDOR_TEMPLATE_NAME,
    supervisor_template,
)
from kpm_desktop.domain.rubric import TemplateStatus
from kpm_desktop.services.appraisals.draft_recovery import DraftRecoveryStore
from kpm_desktop.ui.templates.template_editor import RED, TemplateEditor
from kpm_desktop.ui.templates.templates_page import TemplatesPage
from tests.access_helpers import HR_ADMIN


def _open_supervisor(page: TemplatesPage, service) -> TemplateEditor:
    service.install_builtins(None)
    page.refresh()
    editor = page.edit_id(service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary.id)
    assert editor is not None
    editor.tree.setCurrentIndex(editor.model.index(0, 0, editor.model.index(0, 0)))
    return editor


def test_typing_merges_into_one_step_and_undo_redo_run_from_the_keyboard(
    page, service, qtbot
) -> None:
    editor = _open_supervisor(page, service)
    panel = editor.panel
    assert panel.name.text() == "CRM系统标准制定"
    panel.name.setText("CRM系统标准")
    panel.name.setText("CRM系统标准修订")
    panel.source.setText("规范文件")
    assert editor.undo_stack.count() == 2
    assert editor.title.text().endswith("*")
    qtbot.keyClick(panel.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.source.text() == "CRM规范文件及流程"
    qtbot.keyClick(panel.name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.name.text() == "CRM系统标准制定"
    assert editor.model.data(editor.tree.currentIndex()) == "CRM系统标准制定"
    assert not editor.is_modified()
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(panel.name, Qt.Key.Key_Z, shift_ctrl)
    assert panel.name.text() == "CRM系统标准修订"
    editor.redo_action.trigger()
    assert panel.source.text() == "规范文件"
    assert not editor.redo_action.isEnabled()


def test_structure_edits_undo_and_move_between_categories_by_keyboard(page, service) -> None:
    editor = _open_supervisor(page, service)
    actions = editor.actions_
    actions.add_category.trigger()
    editor.panel.category_name.setText("能力指标")
    editor.tree.setCurrentIndex(editor.model.index(3, 0, editor.model.index(0, 0)))
    actions.move_down.trigger()  # the last indicator moves into the next category
    draft = editor.model.draft
    assert [[i.code for i in c.indicators] for c in draft.categories] == [
        ["A1", "A2", "A3"],
        ["A4"],
    ]
    assert editor.model.data(editor.model.index(1, 1)) == "20"
    actions.delete.trigger()
    assert draft.categories[1].indicators == []
    for _ in range(4):
        editor.undo_stack.undo()
    assert editor.model.draft.to_template() == supervisor_template()


def test_weight_total_turns_red_with_the_difference_and_back(page, service) -> None:
    editor = _open_supervisor(page, service)
    assert editor.weight_total.text() == "Weight total 100.00 %"
    editor.panel.weight.setText("25.5")
    assert editor.weight_total.text() == "Weight total 95.50 % (4.50 short)"
    assert RED in editor.weight_total.styleSheet() and not editor.weight_total.property("ok")
    editor.panel.weight.setText("31")
    assert editor.weight_total.text() == "Weight total 101.00 % (1.00 over)"
    editor.panel.weight.setText("三十")
    assert editor.panel.weight.property("problems") == ["'三十' is not a number"]
    assert editor.weight_total.text() == "Weight total 101.00 % (1.00 over)"
    editor.undo_stack.undo()
    assert editor.weight_total.text() == "Weight total 100.00 %"
    assert editor.weight_total.property("ok") and RED not in editor.weight_total.styleSheet()
    assert editor.panel.weight.text() == "30"


def test_activate_is_disabled_with_the_reasons_until_the_template_is_valid(page, service) -> None:
    editor = _open_supervisor(page, service)
    assert editor.activate_button.isEnabled()
    editor.panel.weight.setText("20")
    editor.panel.name.setText("")
    assert not editor.activate_button.isEnabled()
    reasons = editor.activate_button.toolTip()
    assert "indicator weights total 90, 10 short of 100" in reasons
    assert "has no name" in reasons
    assert editor.problem_list.count() == 2
    assert editor.problems_heading.text() == "Cannot activate yet, 2 problem(s):"
    assert editor.panel.fields["name"].reason.text() == "has no name"
    assert editor.panel.fields["name"].reason.isVisibleTo(editor.panel)
    editor.panel.name.setText("CRM系统标准制定")
    editor.panel.weight.setText("30")
    assert editor.activate_button.isEnabled() and editor.problem_list.count() == 0
    assert not editor.panel.fields["name"].reason.isVisibleTo(editor.panel)


def test_editing_a_used_template_saves_version_2_and_leaves_version_1(page, service, qtbot) -> None:
    service.install_builtins(None)
    v1 = service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).summary
    service.mark_in_use(HR_ADMIN, v1.id)
    page.refresh()
    editor = _open_supervisor(page, service)
    assert editor.banner.isVisibleTo(editor)
    editor.panel.weight.setText("25")
    editor.tree.setCurrentIndex(editor.model.index(1, 0, editor.model.index(0, 0)))
    editor.panel.weight.setText("35")
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    v2 = saved.args[0]
    assert (v2.version, v2.status) == (2, TemplateStatus.DRAFT) and v2.id != v1.id
    assert "Saved as version 2; version 1 stays" in editor.message.text()
    assert editor.title.text() == f"{SUPERVISOR_TEMPLATE_NAME} · v2 · draft"
    assert service.get(HR_ADMIN, v1.id).template == supervisor_template()
    weights = [i.weight for i in service.get(HR_ADMIN, v2.id).template.indicators()]
    assert [str(w) for w in weights] == ["25", "35", "20", "20"]
    editor.activate_button.click()
    assert service.get(HR_ADMIN, v2.id).summary.status is TemplateStatus.ACTIVE
    old = service.get(HR_ADMIN, v1.id).summary
    assert old.status is TemplateStatus.RETIRED and old.in_use
    labels = [page.model.data(page.model.index(r, 4)) for r in range(page.model.rowCount())]
    versions = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert ("v1", "in use") in set(zip(versions, labels, strict=True))


def test_a_crash_loses_nothing_the_autosave_is_offered_back(
    page, service, store: DraftRecoveryStore, qtbot
) -> None:
    editor = _open_supervisor(page, service)
    template_id = editor.template_id
    editor.panel.name.setText("CRM系统标准制定与修订")
    with qtbot.waitSignal(editor.autosaved, timeout=2000):
        pass
    # The crash: the editor is dropped without saving or asking.
    editor.setParent(None)
    editor.deleteLater()
    reopened = TemplatesPage(service, store, HR_ADMIN)
    qtbot.addWidget(reopened)
    assert reopened.recovery_banner.isVisibleTo(reopened)
    assert SUPERVISOR_TEMPLATE_NAME in reopened.recovery_text.text()
    recovered = reopened.recover_first()
    assert recovered is not None and recovered.is_modified()
    assert recovered.template_id == template_id
    assert recovered.model.draft.categories[0].indicators[0].name == "CRM系统标准制定与修订"
    assert recovered.title.text().endswith("*")
    recovered.save()
    assert store.pending() == []
    assert (
        service.get(HR_ADMIN, template_id).template.categories[0].indicators[0].name
        == "CRM系统标准制定与修订"
    )


def test_opening_a_template_with_an_autosave_reopens_the_autosave(page, service, store) -> None:
    editor = _open_supervisor(page, service)
    editor.panel.source.setText("新来源")
    editor.autosave_now()
    page.close_editor()
    again = page.edit_id(editor.template_id)
    assert again is not None and again.is_modified()
    assert again.model.draft.categories[0].indicators[0].source == "新来源"


def test_closing_with_unsaved_changes_asks_and_discard_drops_the_autosave(
    page, service, store, qtbot
) -> None:
    editor = _open_supervisor(page, service)
    editor.panel.weight.setText("10")
    editor.autosave_now()
    assert store.pending()
    assert not editor.request_close()
    box = editor.close_prompt
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert page.editor is editor
    assert not editor.request_close()
    with qtbot.waitSignal(editor.closed):
        editor.close_prompt.button(QMessageBox.StandardButton.Discard).click()
    assert store.pending() == [] and page.editor is None
    assert service.find(HR_ADMIN, SUPERVISOR_TEMPLATE_NAME).template == supervisor_template()


def test_a_save_refused_by_the_service_is_shown_not_raised(page, service) -> None:
    editor = _open_supervisor(page, service)
    editor.panel.method.editors[editor.actions_.current().method.kind].max_points.setText("50")
    assert editor.save() is None
    assert "outside the indicator maximum 0-50" in editor.message.text()
    assert "outside the indicator maximum 0-50" in editor.panel.method.problems.text()


def test_a_drop_on_the_tree_view_moves_the_indicator_into_that_category(
    page, service, qtbot
) -> None:
    service.install_builtins(None)
    page.refresh()
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    editor = page.edit_id(service.find(HR_ADMIN, VENDOR_TEMPLATE_NAME).summary.id)
    model, tree = editor.model, editor.tree
    mime = model.mimeData([model.index(0, 0, model.index(0, 0))])

    def target_shown() -> bool:
        rect = tree.visualRect(model.index(2, 0))
        return rect.isValid() and tree.viewport().rect().contains(rect.center())

    qtbot.waitUntil(target_shown)
    target = tree.visualRect(model.index(2, 0)).center()
    drop = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop.setDropAction(Qt.DropAction.MoveAction)
    drop.ignore()  # as Qt delivers it: a view takes only a drop nobody accepted yet
    # Straight to the view's handler: the application drops a drop with no drag under way.
    tree.dropEvent(drop)
    codes = [[i.code for i in c.indicators] for c in model.draft.categories]
    assert codes[0] == ["F2", "F3", "F4"] and codes[2] == ["V1", "V2", "F1"]
    assert editor.weight_total.property("ok")
    assert editor.undo_stack.undoText() == "Move indicator"
