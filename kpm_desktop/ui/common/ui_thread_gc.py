"""Python's cyclic garbage is collected on the UI thread only.

Python runs its collector in whichever thread allocates when a generation's threshold is
crossed. When that is a pool thread running a background job, the Qt objects in the
garbage (a closed dialog held in a reference cycle) are destroyed on that thread, and Qt
crashes, then or later on the UI thread: the UI tests segfaulted about once in ten runs.
So the GUI turns automatic collection off and collects on a timer of the UI thread,
generation by generation as the thresholds say (docs/architecture.md, "Background work").
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_due_generation() -> int:
    """Collect the oldest generation whose threshold is crossed, as Python's automatic
    collection would have; the number of objects found unreachable."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


class UiThreadGarbageCollector(QObject):
    """Turns automatic collection off for the rest of the process; a timer on this
    object's (the UI) thread collects instead, for as long as it lives."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due_generation)
        self._timer.start(interval_ms)
        gc.disable()
