"""Add / edit form of one CRM record, built from the table's field specs.

Saving goes through a callback that raises on bad input; the message appears under the
field it names and the dialog stays open. `open()` keeps it non-blocking.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.services.crm_tables.table_spec import FieldSpec, FieldValidationError, ValueKind
from kpm_desktop.ui.common.line_edits import with_placeholder
from kpm_desktop.ui.common.table_labels import translated
from kpm_desktop.ui.common.user_messages import user_message

ERROR_STYLE = "color: #c62828;"
SaveCallback = Callable[[dict[str, str]], object]


class RecordDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        save: SaveCallback,
        values: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fields = fields
        self._save = save
        self.inputs: dict[str, QLineEdit | QComboBox | QCheckBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.general_error = _error_label()
        form = QFormLayout()
        for spec in fields:
            editor = self._editor(spec)
            self.inputs[spec.key] = editor
            self.errors[spec.key] = _error_label()
            label = translated(spec.label) + (" *" if spec.required else "")
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(self.errors[spec.key])
            form.addRow(label, column)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.set_values(values or {})

    def _editor(self, spec: FieldSpec) -> QLineEdit | QComboBox | QCheckBox:
        if spec.kind is ValueKind.BOOLEAN:
            return QCheckBox()
        if spec.choices:
            combo = QComboBox()
            if not spec.required:
                combo.addItem("")
            combo.addItems(list(spec.choices))
            return combo
        line = QLineEdit()
        if spec.max_length:
            line.setMaxLength(spec.max_length)
        placeholders = {
            ValueKind.DATE: "2026-09-30",
            ValueKind.DATETIME: "2026-09-30 14:05",
            ValueKind.MONEY: "12345.67",
        }
        with_placeholder(line, placeholders.get(spec.kind) or translated(spec.hint))
        return line

    def set_values(self, values: Mapping[str, str]) -> None:
        for key, editor in self.inputs.items():
            text = values.get(key, "")
            if isinstance(editor, QCheckBox):
                editor.setChecked(text == "yes")
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findText(text)))
            else:
                editor.setText(text)

    def values(self) -> dict[str, str]:
        result = {}
        for key, editor in self.inputs.items():
            if isinstance(editor, QCheckBox):
                result[key] = "yes" if editor.isChecked() else "no"
            elif isinstance(editor, QComboBox):
                result[key] = editor.currentText()
            else:
                result[key] = editor.text()
        return result

    def try_save(self) -> None:
        self._clear_errors()
        try:
            self._save(self.values())
        except FieldValidationError as exc:
            self._show_error(exc.field, user_message(exc))
            return
        except KpmUserError as exc:
            self._show_error(None, user_message(exc))
            return
        self.saved.emit()
        self.accept()

    def _show_error(self, field: str | None, message: str) -> None:
        label = self.errors.get(field or "", self.general_error)
        label.setText(message)
        label.show()
        if field in self.inputs:
            self.inputs[field].setFocus()

    def _clear_errors(self) -> None:
        for label in (self.general_error, *self.errors.values()):
            label.clear()
            label.hide()


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label
