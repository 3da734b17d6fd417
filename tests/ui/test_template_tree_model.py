"""The editor's tree model: the model tester, drags between categories, undoable moves."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from kpm_desktop.domain.builtin_templates import supervisor_template, vendor_selection_template
from kpm_desktop.services.templates.template_draft import DraftCategory, TemplateDraft
from kpm_desktop.ui.templates.editor_commands import AddCategory, AddIndicator, RemoveCategory
from kpm_desktop.ui.templates.template_tree_model import CODE, NAME, WEIGHT, RubricTreeModel


def _model(template=None) -> RubricTreeModel:
    draft = TemplateDraft.from_template(template or vendor_selection_template())
    return RubricTreeModel(draft, QUndoStack())


def _codes(model: RubricTreeModel) -> list[list[str]]:
    return [[i.code for i in c.indicators] for c in model.draft.categories]


def test_the_model_passes_the_model_tester_through_edits(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 4
    functions = model.index(0, 0)
    assert model.data(functions) == "系统功能" and model.rowCount(functions) == 4
    assert model.data(model.index(0, WEIGHT)) == "30"
    f1 = model.index(0, NAME, functions)
    assert model.data(f1) == "多层级管理与流程配置"
    assert model.data(model.index(0, CODE, functions)) == "F1"
    assert model.parent(f1) == functions and model.parent(functions) == QModelIndex()
    stack = model.undo_stack
    category = DraftCategory("新类别")
    stack.push(AddCategory(model, 1, category))
    stack.push(AddIndicator(model, category, 0, model.draft.categories[0].indicators[0].copy()))
    stack.push(RemoveCategory(model, model.draft.categories[0]))
    stack.undo()
    stack.undo()
    stack.undo()
    assert _codes(model) == _codes(_model())


def test_dragging_an_indicator_into_another_category_is_one_undoable_move(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    f1 = model.index(0, 0, model.index(0, 0))
    mime = model.mimeData([f1])
    solution = model.index(1, 0)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, solution)
    # The view must not remove the source rows itself: the move is the model's.
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, solution)
    assert _codes(model)[:2] == [["F2", "F3", "F4"], ["F1", "S1", "S2", "S3", "S4", "S5"]]
    assert model.data(model.index(0, WEIGHT)) == "22.5"
    assert model.data(model.index(1, WEIGHT)) == "31.5"
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()
    assert _codes(model) == _codes(_model())
    model.undo_stack.redo()
    assert _codes(model)[1][0] == "F1"


def test_drops_within_a_category_reorder_and_onto_the_end(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    functions = model.index(0, 0)
    mime = model.mimeData([model.index(0, 0, functions)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, functions)
    assert _codes(model)[0] == ["F2", "F3", "F4", "F1"]
    mime = model.mimeData([model.index(3, 0, functions)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 1, 0, functions)
    assert _codes(model)[0] == ["F2", "F1", "F3", "F4"]
    same_place = model.mimeData([model.index(1, 0, functions)])
    assert not model.canDropMimeData(same_place, Qt.DropAction.MoveAction, 1, 0, functions)


def test_categories_move_at_the_top_level_only(qtmodeltester) -> None:
    model = _model()
    qtmodeltester.check(model)
    mime = model.mimeData([model.index(3, 0)])
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, model.index(0, 0))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [c.name for c in model.draft.categories] == [
        "价格因素",
        "系统功能",
        "系统解决方案",
        "售后服务",
    ]
    # Indicators still hang under their own category after the move.
    assert model.data(model.index(0, CODE, model.index(0, 0))) == "P1"
    assert model.data(model.index(0, CODE, model.index(1, 0))) == "F1"
    model.undo_stack.undo()
    assert model.draft.categories[0].name == "系统功能"


def test_in_place_edits_are_undo_commands_and_problems_show_in_red(qtmodeltester) -> None:
    model = _model(supervisor_template())
    qtmodeltester.check(model)
    category = model.index(0, 0)
    a1_weight = model.index(0, WEIGHT, category)
    assert model.flags(a1_weight) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(a1_weight, "三十")
    assert model.setData(a1_weight, "0")
    assert model.data(model.index(0, WEIGHT)) == "70"
    assert "weight 0 must be above 0" in model.data(a1_weight, Qt.ItemDataRole.ToolTipRole)
    assert model.data(a1_weight, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.setData(model.index(1, CODE, category), "A1")
    assert "code A1 is used 2 times" in model.data(
        model.index(0, CODE, category), Qt.ItemDataRole.ToolTipRole
    )
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert model.data(a1_weight, Qt.ItemDataRole.ToolTipRole) is None
