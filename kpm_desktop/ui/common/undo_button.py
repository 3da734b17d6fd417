"""A toolbar button for undo or redo that keeps its width."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolButton


class UndoButton(QToolButton):
    """Undo (or redo) with a fixed label: the step it would undo ("change A1's weight")
    goes to the tooltip, so the toolbar no longer shifts each time that text changes."""

    def __init__(self, stack: QUndoStack, label: str, *, redo: bool = False) -> None:
        super().__init__()
        self.setText(label)
        self.clicked.connect(stack.redo if redo else stack.undo)
        (stack.canRedoChanged if redo else stack.canUndoChanged).connect(self.setEnabled)
        (stack.redoTextChanged if redo else stack.undoTextChanged).connect(self._show_step)
        self.setEnabled(stack.canRedo() if redo else stack.canUndo())
        self._show_step(stack.redoText() if redo else stack.undoText())

    def _show_step(self, step: str) -> None:
        self.setToolTip(f"{self.text()} {step}".rstrip())
