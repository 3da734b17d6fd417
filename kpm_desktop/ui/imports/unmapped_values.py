"""The check page's list of file values no value map lists (an unknown stage, a source
spelt the company's way), each with a place to say what it becomes before the import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.import_profiles import Unmapped
from kpm_desktop.domain.profile_rows import UnmappedValue

FIELD_COLUMN, VALUE_COLUMN, ROWS_COLUMN, TARGET_COLUMN = range(4)


class UnmappedValuesBox(QWidget):
    """`apply_requested` when the user maps values and wants the file checked again."""

    apply_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Becomes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.apply_button = QPushButton(self.tr("&Map these values and check again"))
        self.apply_button.clicked.connect(self.apply_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(self.apply_button)
        self._values: list[UnmappedValue] = []
        self.setVisible(False)

    def show_values(self, values: list[UnmappedValue], kind: TableDefinition) -> None:
        self._values = values
        self.table.setRowCount(len(values))
        for row, value in enumerate(values):
            column = kind.column(value.field)
            self._set_text(row, FIELD_COLUMN, f"{value.header} → {column.zh} ({column.en})")
            self._set_text(row, VALUE_COLUMN, value.value)
            self._set_text(row, ROWS_COLUMN, self._rows_text(value))
            self.table.setCellWidget(row, TARGET_COLUMN, self._target_editor(column.stored_choices))
        self.title.setText(
            self.tr(
                "{0} value(s) of the file are in no value map. Say what they become, or "
                "leave them: a refused value keeps the file from being imported."
            ).format(len(values))
        )
        self.setVisible(bool(values))

    def _rows_text(self, value: UnmappedValue) -> str:
        outcome = {
            Unmapped.REFUSE: self.tr("refused"),
            Unmapped.KEEP: self.tr("kept as written"),
            Unmapped.DEFAULT: self.tr("default used"),
        }[value.outcome]
        return self.tr("{0} from row {1}, {2}").format(value.rows, value.first_row, outcome)

    def _set_text(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.table.setItem(row, column, item)

    def _target_editor(self, choices: tuple[str, ...]) -> QWidget:
        if not choices:
            editor = QLineEdit()
            editor.setPlaceholderText(self.tr("(leave it)"))
            return editor
        combo = QComboBox()
        combo.addItem(self.tr("(leave it)"), "")
        for choice in choices:
            combo.addItem(choice, choice)
        return combo

    def choose(self, row: int, target: str) -> None:
        """Map the value of `row` to `target` (what the user does in its editor)."""
        editor = self.table.cellWidget(row, TARGET_COLUMN)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(target))
        elif isinstance(editor, QLineEdit):
            editor.setText(target)

    def chosen(self) -> dict[str, dict[str, str]]:
        """field -> {file value: what it becomes}, for the values the user mapped."""
        mapped: dict[str, dict[str, str]] = {}
        for row, value in enumerate(self._values):
            editor = self.table.cellWidget(row, TARGET_COLUMN)
            if isinstance(editor, QComboBox):
                target = str(editor.currentData() or "")
            else:
                target = editor.text().strip() if isinstance(editor, QLineEdit) else ""
            if target:
                mapped.setdefault(value.field, {})[value.value] = target
        return mapped
