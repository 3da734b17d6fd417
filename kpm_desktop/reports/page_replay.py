"""Which sheets are replayed (`page_program`) and which are rendered in full.

A renderer keeps the programs of the layouts it has rendered (`layout_key`), a bounded
number, least recently used out first. The first sheet of a layout is rendered in full
(a process that prints one sheet never pays for recording it), the second is rendered in
full and recorded, and the next ones are replayed. A renderer that knows it prints many
sheets (a pool's worker, `sheet_pool`) records the first sheet of a layout already. A
layout whose rendering could not be recorded, and a sheet that does not fit its layout's
program, are rendered in full (each way counted in `counts`, logged at debug; a replay
that fails for another reason is logged as a warning and the sheet rendered in full).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from io import BytesIO

from reportlab.platypus import Flowable, SimpleDocTemplate, Table

from kpm_desktop.lru import LruCache
from kpm_desktop.reports.layout_key import layout_key
from kpm_desktop.reports.page_program import NotReplayable, PageProgram, PageRecorder

_log = logging.getLogger(__name__)

# A program holds its first sheet's laid-out tables: some 100 KB.
PROGRAMS = 64

NewDocument = Callable[[], tuple[SimpleDocTemplate, BytesIO]]
CanvasMaker = Callable[[PageRecorder | None], Callable[..., object]]


class PagePrograms:
    """The programs of one renderer (used under its lock)."""

    def __init__(self, size: int = PROGRAMS, *, record_first: bool = False) -> None:
        # True: seen once; False: could not be recorded
        self._programs: LruCache[str, PageProgram | bool] = LruCache(size)
        self._record_first = record_first
        self.counts: Counter[str] = Counter()

    def render(
        self,
        story: Sequence[Flowable],
        page_size: tuple[float, float],
        new_document: NewDocument,
        canvasmaker: CanvasMaker,
    ) -> bytes:
        """The story's PDF, replayed when its layout has a program."""
        key, tables = layout_key(story, page_size)
        known = None if key is None else self._programs.get(key)
        if isinstance(known, PageProgram):
            replayed = self._replay(known, tables, new_document, canvasmaker)
            if replayed is not None:
                return replayed
        record = known is True or (known is None and self._record_first)
        recorder = PageRecorder(tables) if key is not None and record else None
        document, buffer = new_document()
        document.build(list(story), canvasmaker=canvasmaker(recorder))
        if key is None:
            self.counts["no layout key"] += 1
        elif recorder is not None:
            self._remember(key, recorder)
        elif known is None:
            self.counts["first of its layout"] += 1
            self._programs.put(key, True)
        elif known is False:
            self.counts["not recordable"] += 1
        return taken(buffer)

    def _replay(
        self,
        program: PageProgram,
        tables: Sequence[Table],
        new_document: NewDocument,
        canvasmaker: CanvasMaker,
    ) -> bytes | None:
        """The replayed PDF; None when the sheet does not fit the program."""
        document, buffer = new_document()
        try:
            # The canvas as `build` makes it (its page templates draw nothing).
            canvas = document._makeCanvas(None, canvasmaker(None))
            program.replay(canvas, tables)
        except NotReplayable as exc:
            _log.debug("sheet rendered in full: %s", exc)
            self.counts["not replayable"] += 1
            return None
        except Exception:  # a fault of the replay: the sheet is still printed, in full
            _log.warning("replaying a sheet failed; rendering it in full", exc_info=True)
            self.counts["replay failed"] += 1
            return None
        canvas.save()
        self.counts["replayed"] += 1
        return taken(buffer)

    def _remember(self, key: str, recorder: PageRecorder) -> None:
        program = recorder.program()
        if program is None:
            _log.debug("layout not recorded: %s", recorder.failure)
            self.counts["not recordable"] += 1
        else:
            self.counts["recorded"] += 1
        self._programs.put(key, program or False)


def taken(buffer: BytesIO) -> bytes:
    """The document's bytes, and its buffer emptied: reportlab's document template is a
    garbage cycle (its namespace names it), freed only by the collector, and would keep
    the buffer until then."""
    pdf = buffer.getvalue()
    buffer.close()
    return pdf
