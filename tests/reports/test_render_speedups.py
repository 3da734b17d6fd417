"""What makes rendering fast must not change what is rendered: shared paragraphs, wrap
memory, font objects kept between documents, the C accelerator."""

import dataclasses
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from kpm_desktop.reports import font_subsets, page_decor
from kpm_desktop.reports.font_cache import parsed_font
from kpm_desktop.reports.font_subsets import SubsetCachingFont
from kpm_desktop.reports.fonts import register_sheet_font, shipped_font_path
from kpm_desktop.reports.paragraphs import CellParagraph, ParagraphCache
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.reports.styles import SheetStyles
from tests.reports.sample_sheets import long_sheet, supervisor_sheet


def test_paragraphs_shared_with_earlier_sheets_render_the_same_bytes() -> None:
    fresh = EvaluationSheetRenderer().render(supervisor_sheet())
    used = EvaluationSheetRenderer()
    used.render(long_sheet(8))
    used.render(supervisor_sheet(finalized=False), landscape=True)
    used.render(dataclasses.replace(supervisor_sheet(), staff_name="欧阳明月"))
    assert used.render(supervisor_sheet()) == fresh


def test_a_renderer_used_from_two_threads_renders_each_sheet_as_alone() -> None:
    sheets = [
        dataclasses.replace(supervisor_sheet(), appraisal_id=i, staff_name=f"员工{i}")
        for i in range(4)
    ]
    alone = [EvaluationSheetRenderer().render(sheet) for sheet in sheets]
    shared = EvaluationSheetRenderer()
    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(shared.render, sheets)) == alone


def test_wrap_memory_gives_the_lines_of_the_width_asked_for() -> None:
    styles = SheetStyles.for_font(register_sheet_font())
    text = "在CRM系统实施过程中能有效调动各岗位积极性，通过有效合作使CRM系统顺利运转"
    remembered = CellParagraph(text, styles.cell)
    for width in (80.0, 200.0, 80.0):
        fresh = CellParagraph(text, styles.cell)
        assert remembered.wrap(width, 1000) == fresh.wrap(width, 1000)
        assert remembered.blPara.lines == fresh.blPara.lines
    assert len(remembered.blPara.lines) > 1


def test_paragraph_cache_reuses_and_evicts_the_least_recently_used() -> None:
    styles = SheetStyles.for_font(register_sheet_font())
    cache = ParagraphCache(size=2)
    first = cache.get("甲", styles.cell)
    assert cache.get("甲", styles.cell) is first
    assert cache.get("甲", styles.head) is not first
    cache.get("乙", styles.cell)
    assert cache.get("甲", styles.cell) is not first


def test_reportlab_c_accelerator_is_installed() -> None:
    # reportlab[accel]: without it every sheet takes noticeably longer (pure-Python fp_str).
    assert {"fp_str", "instanceStringWidthTTF", "sameFrag"} <= set(rl_accel._c_funcs)


def _one_line_pdf(font_name: str, text: str) -> bytes:
    buffer = BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont(font_name, 10)
    canvas.drawString(40, 40, text)
    canvas.save()
    return buffer.getvalue()


def test_font_objects_kept_between_documents_are_the_bytes_reportlab_formats() -> None:
    # The sheet font keeps its subsets' files, ToUnicode maps and widths arrays; a plain
    # reportlab font of the same file formats each document from scratch.
    cached = register_sheet_font()
    plain = parsed_font("KpmPlainForTest", shipped_font_path(), subfont_index=0)
    assert type(plain) is TTFont and type(pdfmetrics.getFont(cached)) is SubsetCachingFont
    pdfmetrics.registerFont(plain)
    texts = ["考核指标 ABC", "欧阳明月（E00012）", "考核指标 ABC"]
    for text in texts:
        first, again = _one_line_pdf(cached, text), _one_line_pdf(cached, text)
        assert first == again == _one_line_pdf(plain.fontName, text)


def _saved_document(font_name: str, pages: list[str]) -> pdfdoc.PDFDocument:
    canvas = Canvas(BytesIO(), invariant=1)
    for text in pages:
        canvas.setFont(font_name, 10)
        canvas.drawString(40, 40, text)
        canvas.showPage()
    canvas.save()
    return canvas._doc


def test_font_objects_kept_for_their_references_are_the_bytes_reportlab_formats() -> None:
    # A subset's font dictionary and descriptor are formatted once for the numbers of the
    # objects they reference (more pages give the same subsets other numbers), its font
    # file and ToUnicode map once for their bytes.
    cached = register_sheet_font()
    kinds = {
        font_subsets._KnownFont: pdfdoc.PDFTrueTypeFont,
        font_subsets._KnownDescriptor: pdfdoc.PDFDictionary,
        font_subsets._KnownStream: pdfdoc.PDFStream,
    }
    documents = [["考核指标 ABC"], ["考核指标 ABC"] * 2, ["考核指标 ABC", "评语"], ["考核指标 ABC"]]
    for pages in documents * 2:
        document = _saved_document(cached, pages)
        kept = [o for o in document.idToObject.values() if type(o) in kinds]
        assert Counter(map(type, kept)) == Counter(dict.fromkeys(kinds, 1)) + Counter(
            {font_subsets._KnownStream: 1}  # the font file and the ToUnicode map
        )
        for known in kept:
            assert known.format(document) == kinds[type(known)].format(known, document)


def test_page_streams_ascii85_as_bytes_format_as_reportlabs_text() -> None:
    document = pdfdoc.PDFDocument()
    for data in (b"", b"\0\0\0\0kpm", bytes(range(256)) * 7, "考评 q 1 0 0 1 cm".encode()):
        ours = page_decor._BASE85_BYTES.encode(data)
        assert type(ours) is bytes
        assert pdfdoc.format(ours, document) == pdfdoc.format(
            pdfdoc.PDFBase85Encode.encode(data), document
        )


def test_a_sheets_pages_get_their_streams_with_ascii85_as_bytes() -> None:
    renderer = EvaluationSheetRenderer()
    pages = []
    original = page_decor._with_page_stream

    def kept(page: pdfdoc.PDFPage) -> None:
        original(page)
        pages.append(page)

    page_decor._with_page_stream = kept  # type: ignore[assignment]
    try:
        renderer.render(long_sheet(8))
    finally:
        page_decor._with_page_stream = original  # type: ignore[assignment]
    assert len(pages) > 1
    assert all(page.Contents.filters[0] is page_decor._BASE85_BYTES for page in pages)
