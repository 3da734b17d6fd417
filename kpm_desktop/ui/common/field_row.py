"""A form field with its problems shown in place: a red frame and the reasons beneath it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kpm_desktop.ui.common.decimal_edit import mark_problems


class FieldWithProblems(QWidget):
    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #c62828; font-size: 11px;")
        self.reason.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.reason)

    def set_problems(self, problems: list[str]) -> None:
        mark_problems(self.editor, problems)
        self.reason.setText("\n".join(problems))
        self.reason.setVisible(bool(problems))
