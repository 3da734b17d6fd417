"""Every edit of a template draft as an undoable command over the tree model.

Typing in one field merges into one command (`mergeWith`), so Ctrl+Z undoes a word, not a
keystroke. Nodes are held by identity, so a command still finds its indicator after moves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kpm_desktop.services.templates.template_draft import DraftCategory, DraftIndicator

if TYPE_CHECKING:
    from kpm_desktop.ui.templates.template_tree_model import RubricTreeModel

_SET_INDICATOR_FIELD, _SET_TEMPLATE_FIELD, _RENAME_CATEGORY = 1, 2, 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorCommands", text)


def _indicator_field_name(field: str) -> str:
    """What an undo text calls a `DraftIndicator` field (the attribute name is not a word)."""
    names = {
        "code": _tr("code"),
        "name": _tr("name"),
        "weight": _tr("weight"),
        "method": _tr("scoring method"),
        "description": _tr("description"),
        "source": _tr("source of information"),
        "appraiser": _tr("rater"),
    }
    return names[field]


def _template_field_name(field: str) -> str:
    """What an undo text calls a `TemplateDraft` field."""
    names = {
        "name": _tr("name"),
        "department": _tr("department"),
        "description": _tr("description"),
        "scale": _tr("result scale"),
        "raters": _tr("raters"),
        "grade_bands": _tr("grade bands"),
        "quotas": _tr("grade quotas"),
    }
    return names[field]


class SetIndicatorField(QUndoCommand):
    def __init__(
        self,
        model: RubricTreeModel,
        indicator: DraftIndicator,
        field: str,
        value: Any,
        *,
        typing: bool = False,
    ) -> None:
        text = _tr("Change %1 of %2").replace("%1", _indicator_field_name(field))
        super().__init__(text.replace("%2", indicator.code))
        self.model, self.indicator, self.field, self.typing = model, indicator, field, typing
        self.old, self.new = getattr(indicator, field), value

    def redo(self) -> None:
        self.model.set_indicator_field(self.indicator, self.field, self.new)

    def undo(self) -> None:
        self.model.set_indicator_field(self.indicator, self.field, self.old)

    def id(self) -> int:
        return _SET_INDICATOR_FIELD if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetIndicatorField)
            and other.typing
            and other.indicator is self.indicator
            and other.field == self.field
        ):
            return False
        self.new = other.new
        return True


class SetTemplateField(QUndoCommand):
    def __init__(
        self, model: RubricTreeModel, field: str, value: Any, *, typing: bool = False
    ) -> None:
        super().__init__(_tr("Change template %1").replace("%1", _template_field_name(field)))
        self.model, self.field, self.typing = model, field, typing
        self.old, self.new = getattr(model.draft, field), value

    def redo(self) -> None:
        self.model.set_template_field(self.field, self.new)

    def undo(self) -> None:
        self.model.set_template_field(self.field, self.old)

    def id(self) -> int:
        return _SET_TEMPLATE_FIELD if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetTemplateField) and other.typing and other.field == self.field):
            return False
        self.new = other.new
        return True


class RenameCategory(QUndoCommand):
    def __init__(
        self, model: RubricTreeModel, category: DraftCategory, name: str, *, typing: bool = False
    ) -> None:
        super().__init__(_tr("Rename category"))
        self.model, self.category, self.typing = model, category, typing
        self.old, self.new = category.name, name

    def redo(self) -> None:
        self.model.set_category_name(self.category, self.new)

    def undo(self) -> None:
        self.model.set_category_name(self.category, self.old)

    def id(self) -> int:
        return _RENAME_CATEGORY if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, RenameCategory) and other.typing and other.category is self.category
        ):
            return False
        self.new = other.new
        return True


class AddCategory(QUndoCommand):
    def __init__(self, model: RubricTreeModel, row: int, category: DraftCategory) -> None:
        super().__init__(_tr("Add category"))
        self.model, self.row, self.category = model, row, category

    def redo(self) -> None:
        self.model.insert_category(self.row, self.category)

    def undo(self) -> None:
        self.model.remove_category(self.category)


class RemoveCategory(QUndoCommand):
    def __init__(self, model: RubricTreeModel, category: DraftCategory) -> None:
        super().__init__(_tr("Delete category"))
        self.model, self.category = model, category
        self.row = model.draft.category_row(category)

    def redo(self) -> None:
        self.model.remove_category(self.category)

    def undo(self) -> None:
        self.model.insert_category(self.row, self.category)


class MoveCategory(QUndoCommand):
    def __init__(self, model: RubricTreeModel, category: DraftCategory, final: int) -> None:
        super().__init__(_tr("Move category"))
        self.model, self.category, self.final = model, category, final
        self.start = model.draft.category_row(category)

    def redo(self) -> None:
        self.model.move_category(self.category, self.final)

    def undo(self) -> None:
        self.model.move_category(self.category, self.start)


class AddIndicator(QUndoCommand):
    def __init__(
        self, model: RubricTreeModel, category: DraftCategory, row: int, indicator: DraftIndicator
    ) -> None:
        super().__init__(_tr("Add indicator"))
        self.model, self.category, self.row, self.indicator = model, category, row, indicator

    def redo(self) -> None:
        self.model.insert_indicator(self.category, self.row, self.indicator)

    def undo(self) -> None:
        self.model.remove_indicator(self.indicator)


class RemoveIndicator(QUndoCommand):
    def __init__(self, model: RubricTreeModel, indicator: DraftIndicator) -> None:
        super().__init__(_tr("Delete indicator"))
        self.model, self.indicator = model, indicator
        c_row, self.row = model.draft.locate(indicator)
        self.category = model.draft.categories[c_row]

    def redo(self) -> None:
        self.model.remove_indicator(self.indicator)

    def undo(self) -> None:
        self.model.insert_indicator(self.category, self.row, self.indicator)


class MoveIndicator(QUndoCommand):
    def __init__(
        self, model: RubricTreeModel, indicator: DraftIndicator, target: DraftCategory, final: int
    ) -> None:
        super().__init__(_tr("Move indicator"))
        self.model, self.indicator, self.target, self.final = model, indicator, target, final
        c_row, self.start = model.draft.locate(indicator)
        self.source = model.draft.categories[c_row]

    def redo(self) -> None:
        self.model.move_indicator(self.indicator, self.target, self.final)

    def undo(self) -> None:
        self.model.move_indicator(self.indicator, self.source, self.start)
