"""The editor's tree: categories -> indicators, columns name / weight / method / code.

It reads a `TemplateDraft` and is the only thing that changes it: the undo commands call
its mutators, which announce each change to the views (begin/end insert, move, remove) and
then emit `draftChanged`. Drags carry a node's position; a drop pushes a move command.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.services.templates.template_draft import (
    DraftCategory,
    DraftIndicator,
    TemplateDraft,
    field_problems,
)
from kpm_desktop.ui.common.decimal_edit import parse_decimal
from kpm_desktop.ui.common.user_messages import user_message
from kpm_desktop.ui.templates.editor_commands import (
    MoveCategory,
    MoveIndicator,
    RenameCategory,
    SetIndicatorField,
)
from kpm_desktop.ui.templates.method_labels import method_summary

NODE_MIME_TYPE = "application/x-kpm-rubric-node"
NAME, WEIGHT, METHOD, CODE = range(4)
_PROBLEM_COLOUR = QColor("#c62828")

Index = QModelIndex | QPersistentModelIndex


class RubricTreeModel(QAbstractItemModel):
    draftChanged = Signal()

    def __init__(
        self, draft: TemplateDraft, undo_stack: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.draft = draft
        self.undo_stack = undo_stack

    # --- reading -------------------------------------------------------------------------

    def node(self, index: Index) -> DraftCategory | DraftIndicator | None:
        if not index.isValid():
            return None
        owner = index.internalPointer()
        if owner is self.draft:
            return self.draft.categories[index.row()]
        assert isinstance(owner, DraftCategory)
        return owner.indicators[index.row()]

    def category_index(self, category: DraftCategory, column: int = 0) -> QModelIndex:
        return self.createIndex(self.draft.category_row(category), column, self.draft)

    def indicator_index(self, indicator: DraftIndicator, column: int = 0) -> QModelIndex:
        c_row, i_row = self.draft.locate(indicator)
        return self.createIndex(i_row, column, self.draft.categories[c_row])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self.draft)
        category = self.node(parent)
        if isinstance(category, DraftCategory) and parent.column() == 0:
            return self.createIndex(row, column, category)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        owner = index.internalPointer()
        if owner is self.draft:
            return QModelIndex()
        assert isinstance(owner, DraftCategory)
        return self.category_index(owner)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.draft.categories)
        node = self.node(parent)
        if isinstance(node, DraftCategory) and parent.column() == 0:
            return len(node.indicators)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Category / indicator"),
                self.tr("Weight %"),
                self.tr("Method"),
                self.tr("Code"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        problems = self._problems(node)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QBrush(_PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.FontRole and isinstance(node, DraftCategory):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, node: DraftCategory | DraftIndicator, column: int) -> str:
        if isinstance(node, DraftCategory):
            return (node.name, fmt(node.weight_total()), "", "")[column]
        return (node.name, fmt(node.weight), method_summary(node.method), node.code)[column]

    def _problems(self, node: DraftCategory | DraftIndicator) -> list[str]:
        if isinstance(node, DraftCategory):
            problems = [] if node.name.strip() else [self.tr("The category has no name")]
            if not node.indicators:
                problems.append(self.tr("The category has no indicators"))
            return problems
        return [
            user_message(m)
            for messages in field_problems(self.draft, node).values()
            for m in messages
        ]

    # --- editing in place and dragging ---------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        node = self.node(index)
        if isinstance(node, DraftCategory):
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() == NAME:
                flags |= Qt.ItemFlag.ItemIsEditable
        elif index.column() in (NAME, WEIGHT, CODE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if isinstance(node, DraftCategory):
            self.undo_stack.push(RenameCategory(self, node, text))
            return True
        if index.column() == WEIGHT:
            weight = parse_decimal(text)
            if weight is None:
                return False
            self.undo_stack.push(SetIndicatorField(self, node, "weight", weight))
            return True
        field = "name" if index.column() == NAME else "code"
        self.undo_stack.push(SetIndicatorField(self, node, field, text))
        return True

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            index = indexes[0]
            parent = index.parent()
            path = [parent.row(), index.row()] if parent.isValid() else [index.row()]
            mime.setData(NODE_MIME_TYPE, json.dumps(path).encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return self._drop_move(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        move = self._drop_move(data, row, parent)
        if move is None:
            return False
        self.undo_stack.push(move)
        # The move is done; returning False keeps the view from removing the source rows.
        return False

    def _drop_move(
        self, data: QMimeData, row: int, parent: Index
    ) -> MoveCategory | MoveIndicator | None:
        if not data.hasFormat(NODE_MIME_TYPE):
            return None
        path = json.loads(bytes(data.data(NODE_MIME_TYPE).data()).decode())
        target = self.node(parent)
        if len(path) == 1:
            category = self.draft.categories[path[0]]
            if target is not None:
                return None
            end = len(self.draft.categories) if row < 0 else row
            final = end - 1 if end > path[0] else end
            return None if final == path[0] else MoveCategory(self, category, final)
        if not isinstance(target, DraftCategory):
            return None
        indicator = self.draft.categories[path[0]].indicators[path[1]]
        end = len(target.indicators) if row < 0 else row
        same = target is self.draft.categories[path[0]]
        final = end - 1 if same and end > path[1] else end
        if same and final == path[1]:
            return None
        return MoveIndicator(self, indicator, target, final)

    # --- mutators, called only by the undo commands ----------------------------------------

    def insert_category(self, row: int, category: DraftCategory) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.draft.categories.insert(row, category)
        self.endInsertRows()
        self.draftChanged.emit()

    def remove_category(self, category: DraftCategory) -> int:
        row = self.draft.category_row(category)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.draft.categories[row]
        self.endRemoveRows()
        self.draftChanged.emit()
        return row

    def move_category(self, category: DraftCategory, final: int) -> None:
        row = self.draft.category_row(category)
        destination = final + 1 if final > row else final
        if self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination):
            self.draft.categories.insert(final, self.draft.categories.pop(row))
            self.endMoveRows()
        self.draftChanged.emit()

    def insert_indicator(
        self, category: DraftCategory, row: int, indicator: DraftIndicator
    ) -> None:
        self.beginInsertRows(self.category_index(category), row, row)
        category.indicators.insert(row, indicator)
        self.endInsertRows()
        self._category_total_changed(category)
        self.draftChanged.emit()

    def remove_indicator(self, indicator: DraftIndicator) -> tuple[DraftCategory, int]:
        c_row, i_row = self.draft.locate(indicator)
        category = self.draft.categories[c_row]
        self.beginRemoveRows(self.category_index(category), i_row, i_row)
        del category.indicators[i_row]
        self.endRemoveRows()
        self._category_total_changed(category)
        self.draftChanged.emit()
        return category, i_row

    def move_indicator(self, indicator: DraftIndicator, target: DraftCategory, final: int) -> None:
        c_row, i_row = self.draft.locate(indicator)
        source = self.draft.categories[c_row]
        destination = final + 1 if source is target and final > i_row else final
        source_parent, target_parent = self.category_index(source), self.category_index(target)
        if self.beginMoveRows(source_parent, i_row, i_row, target_parent, destination):
            source.indicators.pop(i_row)
            target.indicators.insert(final, indicator)
            self.endMoveRows()
        self._category_total_changed(source)
        self._category_total_changed(target)
        self.draftChanged.emit()

    def set_category_name(self, category: DraftCategory, name: str) -> None:
        category.name = name
        index = self.category_index(category)
        self.dataChanged.emit(index, index)
        self.draftChanged.emit()

    def set_indicator_field(self, indicator: DraftIndicator, field: str, value: Any) -> None:
        setattr(indicator, field, value)
        # A code or weight change can clear or raise problems on siblings (duplicates, totals).
        self._all_indicators_changed()
        self.draftChanged.emit()

    def set_template_field(self, field: str, value: Any) -> None:
        setattr(self.draft, field, value)
        self.draftChanged.emit()

    def _category_total_changed(self, category: DraftCategory) -> None:
        index = self.category_index(category, WEIGHT)
        self.dataChanged.emit(index, index)

    def _all_indicators_changed(self) -> None:
        for category in self.draft.categories:
            self._category_total_changed(category)
            if category.indicators:
                parent = self.category_index(category)
                self.dataChanged.emit(
                    self.index(0, 0, parent), self.index(len(category.indicators) - 1, CODE, parent)
                )
