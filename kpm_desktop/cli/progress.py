"""A progress line on stderr, rewritten in place while a long command runs.

Used as a context manager, the line is ended with a newline however the command stops
(done, refused, failed): what comes next, an error message or the shell's prompt, starts
on a line of its own. Nothing is printed when there was no progress to show.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO


class ProgressLine:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._width = 0  # of the longest text shown, to blank a longer one's leftovers

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
        self._width = max(self._width, len(text))
        print(f"\r{text.ljust(self._width)}", end="", file=self._stream, flush=True)

    def end(self) -> None:
        if self._width:
            print(file=self._stream, flush=True)
            self._width = 0
