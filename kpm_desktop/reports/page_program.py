"""A sheet's pages recorded as a program, and the program replayed for the next sheet of
the same layout.

Most sheets of a cycle share their template's whole layout: the same rows of the same
heights, split over the same pages. Laying out and drawing a sheet with reportlab's
tables costs about half of its rendering, yet for such sheets only the cells' contents and the
chosen levels' fills differ. So a sheet of a layout seen before (`layout_key`,
`page_replay`) is rendered in full while a `PageRecorder` cuts each page's operators into

- static chunks: everything drawn outside cells and backgrounds (rules, table frames,
  the graphics state saved and restored around them); they hold no text and place no
  form or image (checked: a page that does is not recorded);
- cell items: each table cell drawn (`SheetTable.draw_cell`), with the table, row and
  column it belongs to, its position and size, its style, and the canvas state it was
  drawn in;
- background items: each table's fills, with the rows of the page's part of the table.

A later sheet of the same layout is replayed: static chunks are copied, each cell item
draws that sheet's own cell through the same call in the recorded canvas state (a
template text's form placed, or a paragraph cell's operators written, without setting
that state: neither reads more of it than its fill alpha), and each background is drawn
by reportlab from the recorded geometry with that sheet's chosen fills moved to their
rows. So every operator, every text code (assigned in the order a
full rendering draws: static chunks draw no text), every form and its object number come
out as a full rendering gives them, byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfdoc import xObjectName
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from kpm_desktop.reports.cell_drawing import write_paragraph_cell
from kpm_desktop.reports.layout_key import chosen_rows
from kpm_desktop.reports.paragraphs import CellParagraph
from kpm_desktop.reports.table_shapes import is_chosen_fill
from kpm_desktop.reports.template_forms import SheetTable, TemplateForms

# Text shown, a form or an image placed: never in a static chunk (their bytes depend on
# the document: text codes, object names).
_DOCUMENT_OPERATORS = re.compile(r"\bT[jJ]\b|\bDo\b|\bBI\b|['\"]\s*$")


class NotRecordable(Exception):
    """The page drew something a program cannot replay exactly."""


class NotReplayable(Exception):
    """This sheet's cells do not fit the recorded program."""


@dataclass(frozen=True)
class _CanvasState:
    """The canvas's graphics state as reportlab tracks it (what `saveState` saves, and the
    saved states under it)."""

    values: tuple[Any, ...]
    stack: tuple[dict[str, Any], ...]

    @property
    def fill_alpha_one(self) -> bool:
        return bool(self.values[-1].getValue("ca") == 1)

    @classmethod
    def of(cls, canvas: Canvas) -> _CanvasState:
        values = [getattr(canvas, name) for name in Canvas.STATE_ATTRIBUTES]
        values[-1] = canvas._extgstate.pushCopy()
        return cls(tuple(values), tuple(canvas.state_stack))

    def restore(self, canvas: Canvas, named: dict[Any, str]) -> None:
        """Sets the state on `canvas`; `named` are the canvas's own named ExtGStates (a
        recorded state's belong to the recorded document)."""
        # As `Canvas.pop_state_stack` sets them (plain attributes, no descriptors).
        canvas.__dict__.update(zip(Canvas.STATE_ATTRIBUTES, self.values, strict=True))
        canvas._extgstate = _bound(self.values[-1], named)
        canvas.state_stack = [
            {**state, "_extgstate": _bound(state["_extgstate"], named)} for state in self.stack
        ]


@dataclass(frozen=True)
class _PlacedForm:
    """A template cell drawn as a form (`template_forms`): what placing it wrote."""

    paragraph: CellParagraph
    shared_digest: str
    font_prefix: str  # the font's name in the document, which the form's operators use
    name: str
    form: Any  # the document's form object: formatted alike in every document
    operators: str

    def place(self, canvas: Canvas, cellval: Any) -> bool:
        """Places the form again when `cellval` is the same template text; False if not."""
        if isinstance(cellval, (list, tuple)) and len(cellval) == 1:
            cellval = cellval[0]
        forms: TemplateForms | None = canvas.template_forms
        if (
            cellval is not self.paragraph
            or not cellval.template_text
            or forms is None
            or forms.shared_digest != self.shared_digest
            or forms.font.getSubsetInternalName(0, canvas._doc) != self.font_prefix
        ):
            return False
        if not canvas.hasForm(self.name):
            canvas._doc.addForm(self.name, self.form.for_another_document())
        canvas._code.append(self.operators)
        canvas._formsinuse.append(self.name)
        return True


@dataclass(frozen=True)
class _CellItem:
    table: int  # in the order `layout_key` gives them
    row: int  # in that table, before it was split over pages
    col: int
    piece: SheetTable  # the recorded table (or its part on the page): the geometry
    entry_style: Any  # the cell style the table had set before this cell
    cellstyle: Any
    pos: tuple[float, float]
    size: tuple[float, float]
    state: _CanvasState
    form: _PlacedForm | None  # when the recorded cell was a template text's form

    def replay(self, canvas: Canvas, tables: Sequence[Table], named: dict[Any, str]) -> None:
        cellval = tables[self.table]._cellvalues[self.row][self.col]
        if self.form is not None and self.form.place(canvas, cellval):
            return  # placing a form reads no graphics state, and leaves it as it was
        if self._written(canvas, cellval):
            return
        self.state.restore(canvas, named)
        piece = self.piece
        piece.canv, piece._curcellstyle = canvas, self.entry_style
        try:
            piece.draw_cell(cellval, self.cellstyle, self.pos, self.size)
        finally:
            del piece.canv

    def _written(self, canvas: Canvas, cellval: Any) -> bool:
        """Draws the cell without setting the recorded canvas state where its drawing
        reads none: a template text placed as a form (`TemplateForms.place` draws a new
        form on a fresh graphics state), or a paragraph cell's operators written without
        the canvas calls that write them (`cell_drawing.write_paragraph_cell`, which reads
        the fill alpha only: the recorded state's is 1). False, having drawn nothing, for
        any other cell."""
        forms: TemplateForms | None = canvas.template_forms
        paragraph = None if forms is None else forms.template_cell(cellval)
        if forms is not None and paragraph is not None:
            piece = self.piece
            piece.canv = canvas
            try:
                forms.place(piece, cellval, paragraph, self.cellstyle, self.pos, self.size)
            finally:
                del piece.canv
            return True
        return self.state.fill_alpha_one and write_paragraph_cell(
            canvas, self.entry_style, cellval, self.cellstyle, self.pos, self.size
        )


@dataclass(frozen=True)
class _BackgroundItem:
    table: int
    piece: SheetTable
    rows: tuple[int, ...]  # the table's rows on this page, in the piece's order
    commands: tuple[Any, ...]  # the piece's fill commands as recorded
    moved: tuple[tuple[int, int], ...]  # (command index, which chosen fill of the table)
    state: _CanvasState
    # The operators drawn and the PDF version they need, by the rows of the moved fills
    # (plain fills only: `_plain_fills`).
    drawn: dict[tuple[int, ...], tuple[tuple[str, ...], Any]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def commands_for(self, tables: Sequence[Table]) -> list[Any]:
        """The piece's fill commands with the chosen fills of `tables`' sheet."""
        commands = list(self.commands)
        chosen = chosen_rows(tables[self.table])
        for index, which in self.moved:
            if which >= len(chosen) or chosen[which] not in self.rows:
                raise NotReplayable("a chosen level lies outside its recorded page part")
            row = self.rows.index(chosen[which])
            name, (sc, _), (ec, _), colour = commands[index]
            commands[index] = (name, (sc, row), (ec, row), colour)
        return commands

    def replay(self, canvas: Canvas, commands: list[Any], named: dict[Any, str]) -> None:
        """Draws the fills; fills of plain colours drawn before with the same rows chosen
        are their operators again (what drawing them leaves in the canvas's state is
        never read: each later step sets the state it reads), the document's PDF version
        raised as drawing them raises it."""
        key = tuple(commands[index][1][1] for index, _ in self.moved)
        doc = canvas._doc
        known = self.drawn.get(key)
        if known is not None:
            operators, version = known
            canvas._code += operators
            doc._pdfVersion = max(doc._pdfVersion, version)
            return
        start, version = len(canvas._code), doc._pdfVersion
        doc._pdfVersion = (0, 0)  # to see the version the fills need
        try:
            self._draw(canvas, commands, named)
        finally:
            needed, doc._pdfVersion = doc._pdfVersion, max(version, doc._pdfVersion)
        operators = tuple(canvas._code[start:])
        if _plain_fills(commands) and not any(line.endswith(" gs") for line in operators):
            self.drawn[key] = (operators, needed)

    def _draw(self, canvas: Canvas, commands: list[Any], named: dict[Any, str]) -> None:
        self.state.restore(canvas, named)
        piece = self.piece
        recorded = piece._bkgrndcmds
        piece.canv, piece._bkgrndcmds = canvas, commands
        try:
            Table._drawBkgrnd(piece)
        finally:
            piece._bkgrndcmds = recorded
            del piece.canv


def _plain_fills(commands: Sequence[Any]) -> bool:
    """Fills of one RGB colour each, drawn as rectangles with no other document object
    (no gradient, shading or callback)."""
    return all(
        len(command) == 4 and command[0] == "BACKGROUND" and type(command[3]) is Color
        for command in commands
    )


_Step = tuple[str, ...] | _CellItem | _BackgroundItem


@dataclass(frozen=True)
class _Page:
    steps: tuple[_Step, ...]
    end_state: _CanvasState


@dataclass(frozen=True)
class PageProgram:
    pages: tuple[_Page, ...]

    def replay(self, canvas: Canvas, tables: Sequence[Table]) -> None:
        """Draws the pages of the sheet whose story holds `tables` on `canvas` (fresh, its
        document begun) and shows each; raises `NotReplayable` before drawing anything
        when the sheet does not fit."""
        fills = {
            id(step): step.commands_for(tables)
            for page in self.pages
            for step in page.steps
            if isinstance(step, _BackgroundItem)
        }
        named = canvas._extgstate._c
        for page in self.pages:
            canvas._code = []
            for step in page.steps:
                if isinstance(step, tuple):
                    canvas._code.extend(step)
                elif isinstance(step, _CellItem):
                    step.replay(canvas, tables, named)
                else:
                    step.replay(canvas, fills[id(step)], named)
            page.end_state.restore(canvas, named)
            canvas.showPage()


@dataclass
class PageRecorder:
    """Watches a full rendering (as the canvas's `page_recorder`) and makes its program.

    `tables` are the story's tables (as `layout_key` gives them); `failure` says why the
    rendering cannot be a program, if it cannot.
    """

    tables: Sequence[Table]
    failure: str | None = None
    _rows: dict[int, tuple[int, int]] = field(default_factory=dict)
    _pages: list[_Page] = field(default_factory=list)
    _steps: list[_Step] = field(default_factory=list)
    _mark: int = 0
    _next_cell: dict[int, tuple[int, int]] = field(default_factory=dict)
    _drawing: bool = False

    def __post_init__(self) -> None:
        for number, table in enumerate(self.tables):
            for row_number, row in enumerate(table._cellvalues):
                self._rows[id(row)] = (number, row_number)

    def program(self) -> PageProgram | None:
        return None if self.failure is not None else PageProgram(tuple(self._pages))

    def table_event(self, table: Table, event: str, *args: Any) -> None:
        if event == "startCell":
            self._next_cell[id(table)] = (args[0], args[1])

    def cell(self, table: SheetTable, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if _holds_table(cellval) or self.failure is not None:
            table.draw_cell(cellval, cellstyle, pos, size)  # the inner table's cells are items
            return
        try:
            row, col = self._next_cell.pop(id(table))
            number, original_row = self._rows[id(table._cellvalues[row])]
        except KeyError:
            self.failure = "a cell of a table not in the story"
        entry_style = table._curcellstyle
        canvas: Canvas = table.canv
        forms: TemplateForms | None = canvas.template_forms
        paragraph = None if forms is None else forms.template_cell(cellval)

        def placed() -> _PlacedForm | None:
            if forms is None or paragraph is None:
                return None
            name = canvas._formsinuse[-1]
            form = canvas._doc.idToObject[xObjectName(name)]
            prefix = forms.font.getSubsetInternalName(0, canvas._doc)
            operators = canvas._code[-1]
            return _PlacedForm(paragraph, forms.shared_digest, prefix, name, form, operators)

        self._draw(
            canvas,
            lambda: table.draw_cell(cellval, cellstyle, pos, size),
            lambda state: _CellItem(
                number, original_row, col, table, entry_style, cellstyle,
                tuple(pos), tuple(size), state, placed(),
            ),
        )  # fmt: skip

    def background(self, table: SheetTable, draw: Callable[[], None]) -> None:
        try:
            rows = tuple(self._rows[id(row)] for row in table._cellvalues)
        except KeyError:
            self.failure = "a background of a table not in the story"
        if self.failure is not None or len({number for number, _ in rows}) != 1:
            self.failure = self.failure or "a table part of several tables"
            draw()
            return
        number = rows[0][0]
        original_rows = tuple(row for _, row in rows)
        commands = tuple(table._bkgrndcmds)
        moved = self._moved(commands, original_rows, chosen_rows(self.tables[number]))
        self._draw(
            table.canv,
            draw,
            lambda state: _BackgroundItem(
                number, table, original_rows, commands, moved, state
            ),
        )  # fmt: skip

    def _moved(
        self, commands: Sequence[Any], rows: tuple[int, ...], chosen: list[int]
    ) -> tuple[tuple[int, int], ...]:
        moved = []
        for index, command in enumerate(commands):
            if not is_chosen_fill(command):
                continue
            _, (_, first), (_, last), _ = command
            if first != last or not 0 <= first < len(rows) or rows[first] not in chosen:
                self.failure = "a chosen fill over several rows"
                continue
            moved.append((index, chosen.index(rows[first])))
        return tuple(moved)

    def _draw(
        self, canvas: Canvas, draw: Callable[[], None], item: Callable[[_CanvasState], _Step]
    ) -> None:
        if self._drawing:
            self.failure = self.failure or "an item drawn inside another"
        if self.failure is not None:
            draw()
            return
        self._static(canvas)
        state = _CanvasState.of(canvas)
        self._drawing = True
        try:
            draw()
        finally:
            self._drawing = False
        self._steps.append(item(state))
        self._mark = len(canvas._code)

    def end_page(self, canvas: Canvas) -> None:
        """Called before the page is shown (`DecoratedCanvas.showPage`)."""
        if self.failure is None:
            self._static(canvas)
            self._pages.append(_Page(tuple(self._steps), _CanvasState.of(canvas)))
        self._steps, self._mark = [], 0

    def _static(self, canvas: Canvas) -> None:
        chunk = tuple(canvas._code[self._mark :])
        if any(_DOCUMENT_OPERATORS.search(line) for line in chunk):
            self.failure = "text, a form or an image outside the cells"
        elif chunk:
            self._steps.append(chunk)
        self._mark = len(canvas._code)


def _bound(state: Any, named: dict[Any, str]) -> Any:
    """A copy of an ExtGState's values naming its states in `named`."""
    copy = state.pushCopy()
    copy._c = named
    return copy


def _holds_table(cellval: Any) -> bool:
    values = cellval if isinstance(cellval, (list, tuple)) else (cellval,)
    return any(isinstance(value, Table) for value in values if isinstance(value, Flowable))
