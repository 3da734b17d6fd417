"""A progress line on stderr, rewritten in place while a long command runs.

Used as a context manager, the line is ended with a newline however the command stops
(done, refused, failed): what comes next, an error message or the shell's prompt, starts
on a line of its own. Nothing is printed when there was no progress to show.

A line made with `every` seconds is rewritten at most that often, and with the last text
shown when it ends: `kpm pdf --cycle` (`SHOWN_EVERY`) counts a thousand sheets in a few
seconds, and a write each, which the terminal then draws, took CPU from the processes
rendering them. Without it every text is written (an import's line every 10,000 rows).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

SHOWN_EVERY = 0.1


class ProgressLine:
    def __init__(
        self,
        stream: TextIO | None = None,
        every: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._every = every
        self._clock = clock
        self._width = 0  # of the longest text shown, to blank a longer one's leftovers
        self._shown_at: float | None = None
        self._unshown: str | None = None  # the latest text, when not written yet

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.end()

    def show(self, text: str) -> None:
        now = self._clock()
        if self._shown_at is not None and now - self._shown_at < self._every:
            self._unshown = text
            return
        self._write(text)
        self._shown_at = now

    def end(self) -> None:
        if self._unshown is not None:
            self._write(self._unshown)
        if self._width:
            print(file=self._stream, flush=True)
            self._width = 0
        self._shown_at = None

    def _write(self, text: str) -> None:
        self._width = max(self._width, len(text))
        self._unshown = None
        print(f"\r{text.ljust(self._width)}", end="", file=self._stream, flush=True)
