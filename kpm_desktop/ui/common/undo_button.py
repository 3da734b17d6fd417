"""A toolbar button for an undo or redo action that keeps its width."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton


def undo_button(action: QAction, label: str) -> QToolButton:
    """A button with a fixed label ("Undo") for `action`, whose own text names the step
    ("Undo change A1's weight") and goes to the tooltip: the toolbar no longer shifts
    every time that text changes length."""
    button = QToolButton()
    button.setText(label)
    button.clicked.connect(action.trigger)

    def follow() -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.text())

    action.changed.connect(follow)
    follow()
    return button
