"""The reportlab internals the sheet renderer builds on are still there, in the versions
pyproject.toml allows (docs/architecture.md, "reportlab: internals and the pinned range").

A failure names the module to revisit before widening the range or refreshing
constraints.txt.
"""

from __future__ import annotations

import inspect
from importlib.metadata import requires, version

from packaging.requirements import Requirement
from reportlab.lib import textsplit
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.platypus import Paragraph, paragraph

from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.styles import SheetStyles

REPORTLAB = version("reportlab")


def _revisit(module: str, what: str) -> str:
    return (
        f"reportlab {REPORTLAB}: {what}; revisit kpm_desktop/reports/{module}, which builds "
        "on it, then the pin in pyproject.toml and constraints.txt"
    )


def _parameters(function: object) -> list[str]:
    return list(inspect.signature(function).parameters)  # type: ignore[arg-type]


def test_the_installed_reportlab_is_in_the_range_the_patches_were_written_for() -> None:
    [pin] = [
        Requirement(text)
        for text in requires("kpm-desktop") or []
        if Requirement(text).name == "reportlab"
    ]
    assert pin.specifier.contains(REPORTLAB), (
        f"reportlab {REPORTLAB} is outside {pin.specifier}, the range tested with "
        "kpm_desktop/reports/font_subsets.py, line_breaking.py and paragraphs.py; run "
        "`make` (it installs with constraints.txt)"
    )
    assert "<" in str(pin.specifier), (
        "reportlab must keep an upper bound in pyproject.toml: the renderer patches internals"
    )


def test_font_subset_internals() -> None:
    module = "font_subsets.py"
    assert _parameters(TTFontFace.makeSubset) == ["self", "subset"], _revisit(
        module, "TTFontFace.makeSubset(subset) changed"
    )
    assert _parameters(TTFontFace.addSubsetObjects) == ["self", "doc", "fontname", "subset"], (
        _revisit(module, "TTFontFace.addSubsetObjects(doc, fontname, subset) changed")
    )
    font = pdfmetrics.getFont(register_sheet_font())
    assert isinstance(font, TTFont) and isinstance(font.face, TTFontFace), _revisit(
        module, "a registered TTFont no longer holds a TTFontFace as `face`"
    )
    doc = pdfdoc.PDFDocument()
    font.splitString("考核表", doc)
    assert font.state[doc].nextCode > 0, _revisit(
        module, "a font's per-document state has no `nextCode`"
    )
    font.face.addSubsetObjects(doc, "F1+0", [0x8003, 0x6838])
    stream = doc.idToObject.get(f"fontFile:{font.face.filename}(F1+0)")
    assert stream is not None and hasattr(stream, "filters"), _revisit(
        module, "the subset's font file is not the stream `fontFile:<file>(<name>)`"
    )


def test_line_breaking_internals() -> None:
    for owner in (textsplit, paragraph):
        assert isinstance(getattr(owner, "ALL_CANNOT_START", None), str), _revisit(
            "line_breaking.py", f"{owner.__name__}.ALL_CANNOT_START is gone"
        )


def test_paragraph_wrap_internals() -> None:
    module = "paragraphs.py"
    assert _parameters(Paragraph.wrap) == ["self", "availWidth", "availHeight"], _revisit(
        module, "Paragraph.wrap(availWidth, availHeight) changed"
    )
    styles = SheetStyles.for_font(register_sheet_font())
    wrapped = Paragraph("在CRM系统实施过程中能有效调动各岗位积极性", styles.cell)
    wrapped.wrap(60.0, 1000.0)
    assert hasattr(wrapped, "blPara") and hasattr(wrapped, "_wrapWidths"), _revisit(
        module,
        "a wrapped Paragraph keeps its lines in other attributes than blPara and _wrapWidths",
    )


def test_page_program_internals() -> None:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate, Table

    module = "page_program.py, layout_key.py and template_forms.py"
    assert _parameters(Table._drawCell) == ["self", "cellval", "cellstyle", "pos", "size"], (
        _revisit(module, "Table._drawCell(cellval, cellstyle, pos, size) changed")
    )
    assert _parameters(Table._drawBkgrnd) == ["self"], _revisit(module, "Table._drawBkgrnd")
    assert "renderCB(self,'startCell', rowNo, colNo" in inspect.getsource(Table.draw), _revisit(
        module, "Table.draw no longer tells its renderCB which cell comes next"
    )
    table = Table([["a"]], colWidths=[10])
    for name in ("_cellvalues", "_bkgrndcmds", "_spanCmds", "_cellStyles", "_argW", "_argH"):
        assert hasattr(table, name), _revisit(module, f"a Table has no {name}")
    assert Canvas.STATE_ATTRIBUTES[-1] == "_extgstate", _revisit(
        module, "Canvas.STATE_ATTRIBUTES changed"
    )
    assert hasattr(SimpleDocTemplate, "_makeCanvas"), _revisit(module, "no _makeCanvas")
