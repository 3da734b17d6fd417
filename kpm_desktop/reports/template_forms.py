"""A template's cells drawn once as PDF forms and placed by every sheet of the template.

Every sheet of a cycle prints its template's texts again: the table header, category and
indicator names, sources, every descriptor level with its point range, the signature
labels. Each such cell (a `CellParagraph` marked `template_text`) is drawn into a form
XObject (`Canvas.beginForm`) that the page places with `doForm`; the form's operators are
kept per process, so the next document of the template gets the form by copying them,
without laying out or drawing the paragraph again. Only what differs between sheets (names,
chosen levels, scores, comments, rules whose rows grew) is drawn per sheet.

Copied operators are exactly what drawing would give when the text codes are the same:
each document assigns the template's characters first, in one order (`font_subsets`), so
a cell is drawn as a form only when all its characters are among those, and the cache key
holds their order and the font's internal name. A page draws the same operators whether a
form was drawn or copied, so a rendering is byte for byte deterministic.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from kpm_desktop.lru import LruCache
from kpm_desktop.reports.cell_drawing import draw_paragraph_cell
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.table_shapes import FILL_COMMANDS, TableShape, table_shape

# A template has a few hundred cells (a descriptor chosen or not is two); a cell's
# operators and its formatted form object take a few KB.
CACHE_SIZE = 4096


class _FormEntry:
    """A cell's form: its operators, and the form object as each document formats it
    (the same bytes for every document whose font dictionary is the same object)."""

    def __init__(self, operators: str) -> None:
        self.operators = operators
        self.formatted: dict[tuple[int, int], bytes] = {}


_cache: LruCache[tuple[str, ...], _FormEntry] = LruCache(CACHE_SIZE)
_form_names: LruCache[tuple[str, ...], str] = LruCache(CACHE_SIZE)  # the same in every document
_cache_lock = threading.Lock()


class _CachedForm(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A form XObject whose stream and dictionary are formatted once per process."""

    def __init__(self, entry: _FormEntry, bbox: tuple[float, float], compression: int) -> None:
        self._entry, self._bbox, self._compression = entry, bbox, compression

    def for_another_document(self) -> _CachedForm:
        """The same form, not registered in any document yet."""
        return _CachedForm(self._entry, self._bbox, self._compression)

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        # The font dictionary's object number, as its reference would be formatted.
        fonts = document.idToObjectNumberAndVersion[pdfdoc.BasicFonts]
        with _cache_lock:
            known = self._entry.formatted.get(fonts)
        if known is None:
            form = pdfdoc.PDFFormXObject(0, 0, *self._bbox)
            form.compression = self._compression
            form.setStreamList(self._entry.operators)
            known = form.format(document)
            with _cache_lock:
                self._entry.formatted[fonts] = known
        return known


class FormsDictionary(pdfdoc.PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A page's dictionary of the forms it places (`PDFDocument.xobjDict`), written
    straight from the forms' names and object numbers: a sheet's pages place some 70
    forms, and formatting their names and references as objects took a tenth of writing
    the PDF. The bytes are `PDFDictionary.format`'s (names sorted, a line break every six
    entries); a name that `PDFName` would escape is formatted by reportlab."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self._names = names

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        internal = sorted(dict.fromkeys(xObjectName(name) for name in self._names))
        if _multiline() or not all(map(_plain_name, internal)):
            formatted: bytes = document.xobjDict(self._names).format(document)
            return formatted
        numbers = document.idToObjectNumberAndVersion
        entries = [b"/%s %d %d R" % (name.encode(), *numbers[name]) for name in internal]
        for index in reversed(range(6, len(entries), 6)):
            entries.insert(index, b"\n ")
        return b"<<\n" + b" ".join(entries) + b"\n>>"


def _multiline() -> bool:
    """Whether `PDFDictionary.format` writes an entry a line (reportlab's settings)."""
    multiline = pdfdoc.PDFDictionary.multiline
    return bool((multiline and rl_config.pdfMultiLine) or multiline == "forced")


@lru_cache(maxsize=4096)  # a template's form names, on every page of every sheet
def _plain_name(name: str) -> bool:
    """A name `PDFName` writes as it is (printable ASCII, no delimiter)."""
    return (
        name.isascii()
        and name.isprintable()
        and " " not in name
        and not (set(name) & _NAME_DELIMITERS)
    )


_NAME_DELIMITERS = frozenset("%()<>{}[]#")


@dataclass(frozen=True)
class TemplateForms:
    """What a document's canvas knows to draw template cells as forms."""

    font: TTFont
    shared_chars: frozenset[str]  # the characters assigned first, in every document alike
    shared_digest: str  # their order

    @classmethod
    def for_characters(cls, font: TTFont, characters: str) -> TemplateForms:
        digest = hashlib.sha1(characters.encode(), usedforsecurity=False).hexdigest()
        return cls(font, frozenset(characters), digest)

    def template_cell(self, cellval: object) -> CellParagraph | None:
        """The cell's paragraph when it is a template text this document can draw as a form
        (a table holds a cell's flowable in a list of one)."""
        if isinstance(cellval, (list, tuple)) and len(cellval) == 1:
            cellval = cellval[0]
        if (
            isinstance(cellval, CellParagraph)
            and cellval.template_text
            and cellval.drawn_characters() <= self.shared_chars
        ):
            return cellval
        return None

    def place(
        self, table: SheetTable, cellval: Any, paragraph: CellParagraph, cellstyle: Any,
        pos: tuple[float, float], size: tuple[float, float],
    ) -> None:  # fmt: skip
        canv: Canvas = table.canv
        key = _cell_key(paragraph, cellstyle, size)
        with _cache_lock:
            name = _form_names.get_or_make(key, lambda: _form_name(key))
        if not canv.hasForm(name):
            prefix = self.font.getSubsetInternalName(0, canv._doc)
            cache_key = (self.shared_digest, prefix, repr(canv._pagesize), *key)
            with _cache_lock:
                entry = _cache.get(cache_key)
            if entry is None:
                entry = _FormEntry(_drawn_operators(table, cellval, cellstyle, size))
                with _cache_lock:
                    _cache.put(cache_key, entry)
            form = _CachedForm(entry, canv._pagesize, canv._pageCompression)
            canv._doc.addForm(name, form)
        # What saveState, translate, doForm and restoreState write, without their
        # bookkeeping (drawing the form changes nothing the canvas tracks).
        x, y = pos
        canv._code.append(f"q 1 0 0 1 {fp_str(x, y)} cm /{xObjectName(name)} Do Q")
        canv._formsinuse.append(name)
        table._curcellstyle = None  # the page's fill colour and font are as before the form


def _form_name(key: tuple[str, ...]) -> str:
    return "kpmcell" + hashlib.sha1(repr(key).encode(), usedforsecurity=False).hexdigest()[:24]


def _drawn_operators(table: SheetTable, cellval: Any, cellstyle: Any, size: Any) -> str:
    """What drawing the cell at (0, 0) on a fresh graphics state writes (as `beginForm`
    would collect it), the canvas left as it was."""
    canv: Canvas = table.canv
    canv.beginForm("kpm-cell-drawing")
    table._curcellstyle = None
    Table._drawCell(table, cellval, cellstyle, (0, 0), size)
    operators = "\n".join([canv._preamble, *canv._code])
    canv._restartAccumulators()
    canv.pop_state_stack()
    return operators


def _cell_key(cell: CellParagraph, cellstyle: Any, size: Any) -> tuple[str, ...]:
    style = cell.style
    return (
        cell.markup_text,
        style.name,
        f"{size[0]:.4f} {size[1]:.4f}",
        repr(
            (
                cellstyle.alignment,
                cellstyle.valign,
                cellstyle.leftPadding,
                cellstyle.rightPadding,
                cellstyle.topPadding,
                cellstyle.bottomPadding,
                cellstyle.fontname,
                cellstyle.fontsize,
                cellstyle.leading,
                str(cellstyle.color),
            )
        ),
    )


class SheetTable(Table):  # type: ignore[misc]  # reportlab is untyped
    """A table that draws its template cells as forms when its canvas can
    (`DecoratedCanvas.template_forms`), and like any table otherwise; it keeps its style
    commands (`style_commands`) and lets a canvas's `page_recorder` see each of its cells
    and its background drawn (`page_program`)."""

    style_commands: tuple[tuple[Any, ...], ...] = ()
    _shape: TableShape | None = None  # its shape with `style_commands`, when known

    @classmethod
    def styled(
        cls, rows: list[list[object]], widths: list[float], commands: Sequence[tuple[Any, ...]],
        *, repeat_rows: int = 0, split_by_row: bool = True,
    ) -> SheetTable:  # fmt: skip
        """A table styled with `commands`, as `setStyle` would style it, from the kept
        work of a table of the same shape (`table_shapes`). Its cells are flowables or
        strings (never None: reportlab's normalising is skipped)."""
        shape = table_shape(
            commands, rows=len(rows), cols=max(map(len, rows)), widths=tuple(widths),
            heights=(None,) * len(rows), repeat_rows=repeat_rows, split_by_row=split_by_row,
            split_in_row=0,
        )  # fmt: skip
        if not shape.shareable:
            table = cls(rows, colWidths=widths, repeatRows=repeat_rows, splitByRow=split_by_row)
            table.setStyle(TableStyle(list(commands)))
            return table
        table = cls(
            rows, colWidths=widths, repeatRows=repeat_rows, splitByRow=split_by_row,
            normalizedData=1, cellStyles=shape.cell_styles,
        )  # fmt: skip
        table.style_commands = tuple(commands)
        table._bkgrndcmds = [c for c in commands if c[0] in FILL_COMMANDS]
        table._linecmds = list(shape.line_commands)
        table._spanCmds = list(shape.span_commands)
        table._nosplitCmds = list(shape.nosplit_commands)
        table._shape = shape
        return table

    def setStyle(self, tblstyle: Any) -> None:
        self.style_commands = (*self.style_commands, *map(tuple, tblstyle.getCommands()))
        self._shape = None
        super().setStyle(tblstyle)

    def draw(self) -> None:
        recorder = getattr(self.canv, "page_recorder", None)
        if recorder is None:
            super().draw()
            return
        self._renderCB = recorder.table_event  # reportlab's hook: which cell comes next
        try:
            super().draw()
        finally:
            self._renderCB = None

    def _drawBkgrnd(self) -> None:
        recorder = getattr(self.canv, "page_recorder", None)
        if recorder is None:
            super()._drawBkgrnd()
        else:
            recorder.background(self, super()._drawBkgrnd)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        recorder = getattr(self.canv, "page_recorder", None)
        if recorder is None:
            self.draw_cell(cellval, cellstyle, pos, size)
        else:
            recorder.cell(self, cellval, cellstyle, pos, size)

    def draw_cell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        """Draws one cell: a template text as a form, anything else as reportlab does."""
        forms: TemplateForms | None = getattr(self.canv, "template_forms", None)
        paragraph = None if forms is None else forms.template_cell(cellval)
        if forms is None or paragraph is None:
            if not draw_paragraph_cell(self, cellval, cellstyle, pos, size):
                super()._drawCell(cellval, cellstyle, pos, size)
            return
        forms.place(self, cellval, paragraph, cellstyle, pos, size)
