"""A sheet page's dictionary written straight from its parts.

reportlab formats a page's dictionary generically (`PDFPage.format`: every possible key
looked up, a dictionary object made for the page and one for its resources, each key's
name escaped and each value formatted as an object), about a fortieth of a replayed
sheet for its two pages. A sheet's pages have one shape: their content stream, media
box, parent, resources (the font dictionary, the procedure sets, the forms placed, the
graphics states of a draft's watermark), no rotation and an empty transition. For a page
of that shape `SheetPage.format` writes the bytes reportlab's formatting gives, and
registers the content stream at the same moment (`PDFDocument.Reference`: the object
numbers stay); any other page is formatted by reportlab.
tests/reports/test_page_dictionary.py compares both.
"""

from __future__ import annotations

from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc

from kpm_desktop.reports.template_forms import FormsDictionary

# The keys a sheet's page has (`PDFPage.__NoDefault__` that are set), and `Type`.
_SET = frozenset({"Contents", "MediaBox", "Parent", "Resources", "Rotate", "Trans"})
_EMPTY_RESOURCES = ("ColorSpace", "Pattern", "Properties", "Shading")


class SheetPage(pdfdoc.PDFPage):  # type: ignore[misc]  # reportlab is untyped
    """A page whose dictionary is written directly when it has a sheet page's shape."""

    def format(self, document: pdfdoc.PDFDocument) -> bytes:
        self.check_format(document)
        if not _plain(self):
            return super().format(document)  # type: ignore[no-any-return]
        contents = document.Reference(self.Contents)  # as `PDFCatalog.format`, first
        entries = [
            b"/Contents " + contents.format(document),
            b"/MediaBox " + _numbers(self.MediaBox.sequence),
            b"/Parent " + self.Parent.format(document),
            b"/Resources " + _resources(self.Resources, document),
            b"/Rotate " + fp_str(self.Rotate).encode("ascii"),
            b"/Trans <<\n\n>>",
            b"\n ",  # `PDFDictionary.format`: a line break every six entries
            b"/Type /Page",
        ]
        return b"<<\n" + b" ".join(entries) + b"\n>>"


def written_directly(page: pdfdoc.PDFPage) -> None:
    """Let `page` (a canvas's, just shown) format itself as a `SheetPage`."""
    if type(page) is pdfdoc.PDFPage:
        page.__class__ = SheetPage


def _plain(page: Any) -> bool:
    """The page has a sheet page's shape and reportlab formats it on few lines without
    comments."""
    if (
        rl_config.pdfMultiLine
        or (rl_config.pdfComments and not rl_config.invariant)
        or page.Override_default_compilation
        or "Type" in page.__dict__
        or pdfdoc.PDFDictionary.multiline == "forced"
        or pdfdoc.PDFArray.multiline == "forced"
    ):
        return False
    keys = {key for key in pdfdoc.PDFPage.__NoDefault__ if getattr(page, key, None) is not None}
    if keys != _SET or type(page.Rotate) is not int:
        return False
    if type(page.Trans) is not pdfdoc.PDFDictionary or page.Trans.dict:
        return False
    if type(page.MediaBox) is not pdfdoc.PDFArray or not _all_numbers(page.MediaBox.sequence):
        return False
    if type(page.Parent) is not pdfdoc.PDFObjectReference or not isinstance(
        page.Contents, pdfdoc.PDFObject
    ):
        return False
    return _plain_resources(page.Resources)


def _plain_resources(resources: Any) -> bool:
    if type(resources) is not pdfdoc.PDFResourceDictionary:
        return False
    if any(getattr(resources, name) != {} for name in _EMPTY_RESOURCES):
        return False
    procedures = resources.ProcSet
    return bool(
        type(resources.Font) is pdfdoc.PDFObjectReference
        and (resources.XObject == {} or type(resources.XObject) is FormsDictionary)
        and (resources.ExtGState == {} or type(resources.ExtGState) is pdfdoc.PDFDictionary)
        and type(procedures) is list
        and 0 < len(procedures) <= 10
        and all(type(name) is str and name.isascii() for name in procedures)
    )


def _resources(resources: Any, document: pdfdoc.PDFDocument) -> bytes:
    """`PDFResourceDictionary.format` of plain resources (`_plain_resources`): its
    entries in the order of their names."""
    entries = []
    if resources.ExtGState != {}:
        entries.append(b"/ExtGState " + pdfdoc.format(resources.ExtGState, document))
    entries.append(b"/Font " + resources.Font.format(document))
    entries.append(b"/ProcSet [ " + " ".join(resources.ProcSet).encode("ascii") + b" ]")
    if resources.XObject != {}:
        entries.append(b"/XObject " + resources.XObject.format(document))
    return b"<<\n" + b" ".join(entries) + b"\n>>"


def _all_numbers(values: list[Any]) -> bool:
    return 0 < len(values) <= 10 and all(type(value) in (int, float) for value in values)


def _numbers(values: list[Any]) -> bytes:
    """`PDFArray(values).format` of up to ten numbers."""
    formatted: str = fp_str(*values)
    return b"[ " + formatted.encode("ascii") + b" ]"
