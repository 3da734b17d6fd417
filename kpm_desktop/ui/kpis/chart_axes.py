"""Chart axes that stay readable on a 1280 px laptop: category names that thin out (every
k-th) or are shortened with "…" instead of overlapping, and whole-number ticks for counts
(people, tickets) so no axis reads "0.5 people"."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from kpm_desktop.ui.kpis.chart_view import ValueAxis, cjk_font

_GAP = 8  # pixels between two neighbouring labels on a horizontal axis
_LONGEST_NAME = 110  # pixels a category name may take before it ends in "…"


class CountAxis(ValueAxis):
    """Ticks on whole numbers only, at least one apart (one level: no faint minor grid)."""

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        levels = [
            (spacing, [v for v in values if float(v).is_integer()])
            for spacing, values in super().tickValues(minVal, maxVal, size)
            if spacing >= 1
        ]
        if levels:
            return levels[:1]
        return [(1.0, [float(v) for v in range(math.ceil(minVal), math.floor(maxVal) + 1)])]


class CategoryAxis(ValueAxis):
    """One label per category (at 0, 1, 2 …); long names end in "…", and when the labels
    would still overlap only every k-th is shown."""

    def __init__(self, orientation: str, labels: Sequence[str]) -> None:
        super().__init__(orientation)
        self._metrics = QFontMetrics(cjk_font(8))
        elide = Qt.TextElideMode.ElideRight
        self.labels = [self._metrics.elidedText(t, elide, _LONGEST_NAME) for t in labels]

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        shown = [i for i in range(len(self.labels)) if minVal - 0.5 <= i <= maxVal + 0.5]
        if not shown:
            return []
        step = self.label_step(size / max(maxVal - minVal, 1.0))
        return [(float(step), [float(i) for i in shown if i % step == 0])]

    def label_step(self, pixels_per_category: float) -> int:
        """Show every k-th label: k is the smallest that keeps neighbours apart."""
        if self.orientation in ("left", "right"):
            needed = self._metrics.height()
        else:
            needed = max((self._metrics.horizontalAdvance(t) for t in self.labels), default=0)
        return max(1, math.ceil((needed + _GAP) / max(pixels_per_category, 1.0)))

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        indexes = [round(value) for value in values]
        return [self.labels[i] if 0 <= i < len(self.labels) else "" for i in indexes]
