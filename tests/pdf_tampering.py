"""Edits an auditor would try on a printed sheet: text changed in a page's content stream,
text overlaid, a byte flipped, a page removed, a signed file re-saved or extended.

Sheets print text through subsets of an embedded font, so a character is a one-byte code
of the subset that holds it: `swap_text` encodes both texts with a subset's ToUnicode map,
as reportlab writes them (PDF literal strings), and replaces the first occurrence, in the
page's content stream or else in a form it draws (a template's cells are forms).
"""

from __future__ import annotations

import re
from io import BytesIO

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ContentStream, StreamObject
from reportlab.pdfgen.canvas import Canvas

_BFCHAR = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]{4})>")
_DO = re.compile(rb"(/[^\s/\[\]()<>]+)\s+Do")
_TF = re.compile(rb"(/[^\s/\[\]()<>]+)\s+[\d.]+\s+Tf")


def swap_text(pdf: bytes, old: str, new: str, page_index: int | None = None) -> bytes:
    """`pdf` re-saved by pypdf with the first drawn `old` (on the page given, else on any)
    replaced by `new`; every character of both must be in one font subset."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    pages = writer.pages if page_index is None else [writer.pages[page_index]]
    for page in pages:
        maps = _subset_maps(page)
        data = page.get_contents().get_data()
        changed = _replace(data, old, new, maps)
        if changed is not None:
            _set_contents(writer, page, changed)
            return _written(writer)
        for form in _forms(page):  # a template's cells are drawn in forms
            changed = _replace(form.get_data(), old, new, maps)
            if changed is not None:
                _set_form_data(form, changed)
                return _written(writer)
    raise AssertionError(f"{old!r} is not drawn with one font subset holding {new!r}")


def _replace(data: bytes, old: str, new: str, maps: dict[str, dict[str, int]]) -> bytes | None:
    for name, codes in maps.items():
        if set(old + new) <= codes.keys():
            changed = _replace_in_font(data, name, _literal(old, codes), _literal(new, codes))
            if changed is not None:
                return changed
    return None


def _forms(page: PageObject) -> list[StreamObject]:
    """The forms the page draws, in the order it draws them."""
    xobjects = page["/Resources"].get("/XObject")
    if xobjects is None:
        return []
    drawn = [name.decode() for name in _DO.findall(page.get_contents().get_data())]
    found = xobjects.get_object()
    forms = [found[name].get_object() for name in dict.fromkeys(drawn) if name in found]
    return [form for form in forms if form.get("/Subtype") == "/Form"]


def _replace_in_font(data: bytes, font: str, before: bytes, after: bytes) -> bytes | None:
    """`data` with the first `before` shown while `font` is selected replaced (the same
    code means another character in another subset)."""
    selections = list(_TF.finditer(data))
    for number, selection in enumerate(selections):
        if selection.group(1).decode() != font:
            continue
        end = selections[number + 1].start() if number + 1 < len(selections) else len(data)
        segment = data[selection.end() : end]
        for old, new in ((b"(" + before + b")", b"(" + after + b")"), (before, after)):
            if old in segment:
                return data[: selection.end()] + segment.replace(old, new, 1) + data[end:]
    return None


def overlay_text(pdf: bytes, text: str, page_index: int = 0) -> bytes:
    """Text stamped on a page in Helvetica (added content, the original left in place)."""
    stamp = BytesIO()
    canvas = Canvas(stamp)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(380, 300, text)
    canvas.save()
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.pages[page_index].merge_page(PdfReader(stamp).pages[0])
    return _written(writer)


def flip_content_byte(pdf: bytes, page_index: int = 0) -> bytes:
    """One bit flipped in the middle of a page's stored (compressed) content stream."""
    reader = PdfReader(BytesIO(pdf))
    reference = reader.pages[page_index].raw_get("/Contents")
    start = pdf.index(f"\n{reference.idnum} {reference.generation} obj".encode())
    data_start = pdf.index(b"stream", start) + len(b"stream\n")
    data_end = pdf.index(b"endstream", data_start)
    flipped = bytearray(pdf)
    flipped[(data_start + data_end) // 2] ^= 0x10
    return bytes(flipped)


def remove_page(pdf: bytes, page_index: int) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.remove_page(page_index)
    return _written(writer)


def resave(pdf: bytes) -> bytes:
    """The file read and written again by pypdf, nothing changed on purpose."""
    return _written(PdfWriter(clone_from=PdfReader(BytesIO(pdf))))


def append_incremental_overlay(pdf: bytes, text: str) -> bytes:
    """An incremental update (a new revision after the old bytes) stamping `text`."""
    stamp = BytesIO()
    canvas = Canvas(stamp)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(380, 300, text)
    canvas.save()
    writer = PdfWriter(BytesIO(pdf), incremental=True)
    writer.pages[0].merge_page(PdfReader(stamp).pages[0])
    return _written(writer)


def flip_byte_at(pdf: bytes, marker: bytes, offset: int = 2) -> bytes:
    flipped = bytearray(pdf)
    flipped[pdf.index(marker) + offset] ^= 0x01
    return bytes(flipped)


def _subset_maps(page: PageObject) -> dict[str, dict[str, int]]:
    """Each font resource's character -> code map, from its ToUnicode CMap."""
    maps = {}
    for name, font in page["/Resources"]["/Font"].items():
        cmap = font.get_object().get("/ToUnicode")
        if cmap is not None:
            pairs = _BFCHAR.findall(cmap.get_object().get_data())
            maps[str(name)] = {chr(int(uni, 16)): int(code, 16) for code, uni in pairs}
    return maps


def _literal(text: str, codes: dict[str, int]) -> bytes:
    """The bytes reportlab writes for `text` inside a PDF literal string."""
    out = bytearray()
    for code in (codes[char] for char in text):
        if code < 32 or code > 126:
            out += b"\\%03o" % code
        elif chr(code) in "()\\":
            out += b"\\" + bytes([code])
        else:
            out.append(code)
    return bytes(out)


def _set_form_data(form: StreamObject, data: bytes) -> None:
    """The form's stream replaced by `data`, stored unfiltered (pypdf re-encodes only
    Flate, reportlab writes forms in ASCII85 over Flate)."""
    for key in ("/Filter", "/DecodeParms"):
        form.pop(key, None)
    form._data = data
    form.decoded_self = None


def _set_contents(writer: PdfWriter, page: PageObject, data: bytes) -> None:
    stream = ContentStream(None, writer)
    stream.set_data(data)
    page.replace_contents(stream)


def _written(writer: PdfWriter) -> bytes:
    output = BytesIO()
    writer.write(output)
    return output.getvalue()
