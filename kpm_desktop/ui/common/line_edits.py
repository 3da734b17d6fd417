"""Line edits whose hint is read whole: a placeholder cut in half ("none: sheets are n")
says nothing, so a field with one is never narrower than it (docs/architecture.md,
"Screens fit a laptop")."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

# QLineEdit's own margin on each side of its text (QLineEditPrivate::horizontalMargin).
_TEXT_MARGIN = 2


def with_placeholder(edit: QLineEdit, placeholder: str) -> QLineEdit:
    """Sets `placeholder` and a minimum width that shows it whole in `edit`'s font."""
    edit.setPlaceholderText(placeholder)
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(placeholder)
    contents = QSize(
        text + margins.left() + margins.right() + 2 * _TEXT_MARGIN, edit.sizeHint().height()
    )
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    wanted = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, contents, edit)
    edit.setMinimumWidth(max(edit.minimumWidth(), wanted.width()))
    return edit
