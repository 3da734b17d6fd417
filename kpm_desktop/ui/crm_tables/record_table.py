"""An editable table over a tuple of frozen records (levels, bands, raters, grades, quotas).

The table never changes its rows itself: an edit emits `rowsEdited` with the new tuple, the
owner pushes an undo command, and the command's effect comes back through `set_rows`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.ui.common.decimal_edit import parse_decimal

Index = QModelIndex | QPersistentModelIndex


class ColumnKind(Enum):
    TEXT = "text"
    MULTILINE = "multiline"
    DECIMAL = "decimal"
    OPTIONAL_DECIMAL = "optional_decimal"
    CHOICE = "choice"


@dataclass(frozen=True)
class Column:
    title: str
    attr: str
    kind: ColumnKind = ColumnKind.TEXT
    choices: tuple[tuple[str, Any], ...] = ()  # (label, value) for CHOICE
    stretch: bool = False


class RecordTableModel(QAbstractTableModel):
    rowsEdited = Signal(object)  # the new tuple of records

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = tuple(rows)
        if len(rows) == len(self.rows):
            self.rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows[index.row()], column.attr)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(column, value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in (
            ColumnKind.DECIMAL,
            ColumnKind.OPTIONAL_DECIMAL,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(column: Column, value: Any) -> str:
        if column.kind is ColumnKind.CHOICE:
            return next((label for label, choice in column.choices if choice == value), str(value))
        if column.kind in (ColumnKind.DECIMAL, ColumnKind.OPTIONAL_DECIMAL):
            return "" if value is None else fmt(value)
        return str(value)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        parsed = self._parse(column, value)
        if parsed is _INVALID:
            return False
        row = self.rows[index.row()]
        if getattr(row, column.attr) == parsed:
            return True
        rows = list(self.rows)
        rows[index.row()] = replace(row, **{column.attr: parsed})
        self.rowsEdited.emit(tuple(rows))
        return True

    @staticmethod
    def _parse(column: Column, value: Any) -> Any:
        if column.kind is ColumnKind.CHOICE:
            return dict(column.choices).get(str(value), value)
        if column.kind in (ColumnKind.DECIMAL, ColumnKind.OPTIONAL_DECIMAL):
            text = str(value).strip()
            if not text and column.kind is ColumnKind.OPTIONAL_DECIMAL:
                return None
            number = parse_decimal(text)
            return _INVALID if number is None else number
        return str(value).strip() if column.kind is ColumnKind.TEXT else str(value)


_INVALID = object()


class RecordDelegate(QStyledItemDelegate):
    """Multi-line text in a plain-text editor (Chinese IME friendly), choices in a combo box."""

    def __init__(self, model: RecordTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._model.columns[index.column()]
        if column.kind is ColumnKind.MULTILINE:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(72)
            return editor
        if column.kind is ColumnKind.CHOICE:
            combo = QComboBox(parent)
            for label, value in column.choices:
                combo.addItem(label, value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class RecordTableEditor(QWidget):
    """The table with Add / Remove / Up / Down; `rowsEdited` carries every change."""

    rowsEdited = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column],
        new_row: Callable[[tuple[Any, ...]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._new_row = new_row
        self.model = RecordTableModel(columns, self)
        self.model.rowsEdited.connect(self.rowsEdited)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(RecordDelegate(self.model, self.view))
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Rows grow with their text, so a descriptor of several lines is read whole.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        for n, column in enumerate(columns):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(n, mode)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_row(self) -> None:
        rows = self.model.rows
        self.rowsEdited.emit((*rows, self._new_row(rows)))
        self.view.setCurrentIndex(self.model.index(len(self.model.rows) - 1, 0))

    def remove_row(self) -> None:
        row = self.current_row()
        if row >= 0:
            rows = self.model.rows
            self.rowsEdited.emit(rows[:row] + rows[row + 1 :])

    def move_row(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < len(self.model.rows):
            return
        rows = list(self.model.rows)
        rows[row], rows[target] = rows[target], rows[row]
        self.rowsEdited.emit(tuple(rows))
        self.view.setCurrentIndex(self.model.index(target, self.view.currentIndex().column()))
