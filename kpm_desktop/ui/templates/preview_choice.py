"""Whether the template editor opens with its preview of the printed sheet shown.

Beside the tree and the indicator fields the preview needs a wide window: below
`WIDE_WINDOW` px (a 1280 or 1366 px laptop) the editor opens with it folded away, wider
windows show it. Once the user has shown or hidden it with the toolbar's Preview button,
that choice is kept (QSettings) and holds at any width.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

PREVIEW_KEY = "templateEditor/previewShown"
WIDE_WINDOW = 1400


class PreviewChoice:
    def __init__(self, settings: QSettings | None) -> None:
        self._settings = settings

    def shown(self, window_width: int) -> bool:
        """The preview's state for an editor opening in a window `window_width` px wide."""
        if self._settings is not None and self._settings.contains(PREVIEW_KEY):
            return bool(self._settings.value(PREVIEW_KEY, type=bool))
        return window_width >= WIDE_WINDOW

    def remember(self, shown: bool) -> None:
        if self._settings is not None:
            self._settings.setValue(PREVIEW_KEY, shown)
