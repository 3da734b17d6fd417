"""Structure edits from the keyboard and the toolbar: add, delete, move up and down.

Moving an indicator past the first or last row of its category moves it into the
neighbouring category, so everything drag-and-drop does is also reachable by keyboard.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTreeView

from kpm_desktop.domain.rubric_validation import HUNDRED
from kpm_desktop.services.templates.template_draft import (
    DraftCategory,
    DraftIndicator,
    default_levels_method,
)
from kpm_desktop.ui.templates.editor_commands import (
    AddCategory,
    AddIndicator,
    MoveCategory,
    MoveIndicator,
    RemoveCategory,
    RemoveIndicator,
)
from kpm_desktop.ui.templates.template_tree_model import RubricTreeModel


def _action(parent: QObject, text: str, *shortcuts: str) -> QAction:
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return action


class TreeActions(QObject):
    def __init__(self, tree: QTreeView, model: RubricTreeModel) -> None:
        super().__init__(tree)
        self.tree, self.model = tree, model
        self.add_category = _action(self, self.tr("Add category"), "Ctrl+Shift+Ins")
        self.add_indicator = _action(self, self.tr("Add indicator"), "Ins", "Ctrl+Ins")
        self.delete = _action(self, self.tr("Delete"), "Del")
        self.move_up = _action(self, self.tr("Move up"), "Ctrl+Up")
        self.move_down = _action(self, self.tr("Move down"), "Ctrl+Down")
        self.add_category.triggered.connect(self.do_add_category)
        self.add_indicator.triggered.connect(self.do_add_indicator)
        self.delete.triggered.connect(self.do_delete)
        self.move_up.triggered.connect(lambda: self.do_move(-1))
        self.move_down.triggered.connect(lambda: self.do_move(1))
        self.all = (
            self.add_category,
            self.add_indicator,
            self.delete,
            self.move_up,
            self.move_down,
        )
        tree.addActions(list(self.all))

    def current(self) -> DraftCategory | DraftIndicator | None:
        return self.model.node(self.tree.currentIndex())

    def _select(self, node: DraftCategory | DraftIndicator) -> None:
        if isinstance(node, DraftCategory):
            index = self.model.category_index(node)
        else:
            index = self.model.indicator_index(node)
            self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)

    def do_add_category(self) -> DraftCategory:
        node = self.current()
        draft = self.model.draft
        row = len(draft.categories)
        if isinstance(node, DraftCategory):
            row = draft.category_row(node) + 1
        elif isinstance(node, DraftIndicator):
            row = draft.locate(node)[0] + 1
        category = DraftCategory(self.tr("New category"))
        self.model.undo_stack.push(AddCategory(self.model, row, category))
        self._select(category)
        return category

    def do_add_indicator(self) -> DraftIndicator:
        node = self.current()
        draft = self.model.draft
        if isinstance(node, DraftIndicator):
            c_row, i_row = draft.locate(node)
            category, row = draft.categories[c_row], i_row + 1
        elif isinstance(node, DraftCategory):
            category, row = node, len(node.indicators)
        elif draft.categories:
            category = draft.categories[-1]
            row = len(category.indicators)
        else:
            category, row = self.do_add_category(), 0
        prefix = category.indicators[0].code[:1] if category.indicators else "A"
        indicator = DraftIndicator(
            code=draft.next_code(prefix if prefix.isalpha() else "A"),
            name=self.tr("New indicator"),
            # The rest of 100 %: adding the last indicator of a sheet needs no arithmetic.
            weight=max(HUNDRED - draft.weight_total(), Decimal(0)),
            method=default_levels_method(),
        )
        self.model.undo_stack.push(AddIndicator(self.model, category, row, indicator))
        self._select(indicator)
        return indicator

    def do_delete(self) -> None:
        node = self.current()
        if isinstance(node, DraftIndicator):
            self.model.undo_stack.push(RemoveIndicator(self.model, node))
        elif isinstance(node, DraftCategory):
            self.model.undo_stack.push(RemoveCategory(self.model, node))

    def do_move(self, step: int) -> None:
        node = self.current()
        draft = self.model.draft
        if isinstance(node, DraftCategory):
            target = draft.category_row(node) + step
            if 0 <= target < len(draft.categories):
                self.model.undo_stack.push(MoveCategory(self.model, node, target))
                self._select(node)
            return
        if not isinstance(node, DraftIndicator):
            return
        c_row, i_row = draft.locate(node)
        category = draft.categories[c_row]
        if 0 <= i_row + step < len(category.indicators):
            self.model.undo_stack.push(MoveIndicator(self.model, node, category, i_row + step))
        elif 0 <= c_row + step < len(draft.categories):
            neighbour = draft.categories[c_row + step]
            final = len(neighbour.indicators) if step < 0 else 0
            self.model.undo_stack.push(MoveIndicator(self.model, node, neighbour, final))
        else:
            return
        self._select(node)
