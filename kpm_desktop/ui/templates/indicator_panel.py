"""The details panel: the selected category's name, or every field of the selected indicator.

Every edit goes through an undo command; typing in one field merges into one step. When the
draft changes (an edit, undo, redo) the panel shows the draft again and marks problems.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.rubric import RaterRole
from kpm_desktop.services.templates.template_draft import (
    DraftCategory,
    DraftIndicator,
    field_problems,
)
from kpm_desktop.ui.common.decimal_edit import DecimalEdit
from kpm_desktop.ui.common.field_row import FieldWithProblems
from kpm_desktop.ui.common.role_labels import rater_role_label
from kpm_desktop.ui.common.user_messages import user_messages
from kpm_desktop.ui.templates.editor_commands import RenameCategory, SetIndicatorField
from kpm_desktop.ui.templates.method_editors import MethodEditor
from kpm_desktop.ui.templates.template_tree_model import RubricTreeModel


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)


class IndicatorPanel(QWidget):
    def __init__(self, model: RubricTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.node: DraftCategory | DraftIndicator | None = None
        self._showing = False
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select a category or an indicator in the tree."))
        self.empty.setStyleSheet("color: #666;")
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self._category_page())
        self.stack.addWidget(self._indicator_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _category_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.category_name = QLineEdit()
        self.category_name.textChanged.connect(self._category_name_edited)
        self.category_name_field = FieldWithProblems(self.category_name)
        self.category_total = QLabel()
        form.addRow(self.tr("Category (指标类别)"), self.category_name_field)
        form.addRow(self.tr("Weight of its indicators"), self.category_total)
        return page

    def _indicator_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.source = QLineEdit()
        self.weight = DecimalEdit()
        self.weight.setMaximumWidth(120)
        self.appraiser = QComboBox()
        for role in RaterRole:
            self.appraiser.addItem(rater_role_label(role), role)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.method = MethodEditor()
        self.fields = {
            "code": FieldWithProblems(self.code),
            "name": FieldWithProblems(self.name),
            "weight": FieldWithProblems(self.weight),
        }
        self.code.setMaximumWidth(120)
        form.addRow(self.tr("Indicator (考核指标)"), self.fields["name"])
        form.addRow(self.tr("Code"), self.fields["code"])
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Source (信息来源)"), self.source)
        form.addRow(self.tr("Appraiser (考评人)"), self.appraiser)
        form.addRow(self.tr("Weight %"), self.fields["weight"])
        form.addRow(self.method)
        self.code.textChanged.connect(lambda text: self._edit("code", text.strip()))
        self.name.textChanged.connect(lambda text: self._edit("name", text))
        self.source.textChanged.connect(lambda text: self._edit("source", text))
        self.weight.valueEdited.connect(lambda value: self._edit("weight", value))
        self.appraiser.activated.connect(
            lambda: self._edit("appraiser", self.appraiser.currentData(), typing=False)
        )
        self.description.textChanged.connect(
            lambda: self._edit("description", self.description.toPlainText())
        )
        self.method.methodEdited.connect(
            lambda method, typing: self._edit("method", method, typing)
        )
        return page

    def _edit(self, field: str, value: Any, typing: bool = True) -> None:
        node = self.node
        if self._showing or not isinstance(node, DraftIndicator) or getattr(node, field) == value:
            return
        self.model.undo_stack.push(SetIndicatorField(self.model, node, field, value, typing=typing))

    def _category_name_edited(self, text: str) -> None:
        if isinstance(self.node, DraftCategory) and not self._showing and self.node.name != text:
            self.model.undo_stack.push(RenameCategory(self.model, self.node, text, typing=True))

    def show_node(self, node: DraftCategory | DraftIndicator | None) -> None:
        self.node = node
        self.refresh()

    def refresh(self) -> None:
        """Show the draft's current state of the node (after an edit, undo or redo)."""
        node = self.node
        if node is not None and not self._in_draft(node):
            node = self.node = None
        self._showing = True
        try:
            if isinstance(node, DraftCategory):
                self.stack.setCurrentIndex(1)
                _set_line(self.category_name, node.name)
                name_problems = [] if node.name.strip() else [self.tr("The category needs a name")]
                self.category_name_field.set_problems(name_problems)
                self.category_total.setText(f"{fmt(node.weight_total())} %")
            elif isinstance(node, DraftIndicator):
                self.stack.setCurrentIndex(2)
                self._show_indicator(node)
            else:
                self.stack.setCurrentIndex(0)
        finally:
            self._showing = False

    def _in_draft(self, node: DraftCategory | DraftIndicator) -> bool:
        draft = self.model.draft
        if isinstance(node, DraftCategory):
            return any(category is node for category in draft.categories)
        try:
            draft.locate(node)
        except LookupError:
            return False
        return True

    def _show_indicator(self, node: DraftIndicator) -> None:
        _set_line(self.code, node.code)
        _set_line(self.name, node.name)
        _set_line(self.source, node.source)
        self.weight.set_value(node.weight)
        self.appraiser.setCurrentIndex(self.appraiser.findData(node.appraiser))
        if self.description.toPlainText() != node.description:
            self.description.setPlainText(node.description)
        problems = field_problems(self.model.draft, node)
        for field, row in self.fields.items():
            row.set_problems(user_messages(problems[field]))
        self.method.set_method(node.method, user_messages(problems["method"]))
