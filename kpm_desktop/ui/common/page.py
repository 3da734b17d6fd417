"""What the main window expects of a page beyond being a widget: a status line and state."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A main-window page. Plain QWidgets work too; this adds the status bar text."""

    statusTextChanged = Signal(str)
    navigationTitleChanged = Signal(str)

    def status_text(self) -> str:
        return ""

    def navigation_title(self) -> str:
        """The page's navigation entry when it shows more than its name ("Appraisals (3)");
        "" keeps the name the page was added with."""
        return ""

    def save_state(self) -> None:
        """Write what the user arranged (columns, splitters) to the settings."""

    def wait_for_workers(self) -> None:
        """Pages with background work stop it and wait here, before the database closes."""
