"""`EvaluationSheetRenderer`: one `EvaluationSheet` in, PDF bytes out."""

from __future__ import annotations

from functools import partial
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from kpm_desktop.domain.evaluation_sheet import EvaluationSheet, content_hash
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.fingerprint import SheetFingerprint
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.page_decor import STATE_TEXTS, PageDecor, decorated_canvas
from kpm_desktop.reports.page_replay import PagePrograms, taken
from kpm_desktop.reports.sheet_blocks import (
    BLOCK_LABELS,
    SIGNATURE_LABELS,
    acknowledgement_block,
    details_grid,
    header_band,
    result_block,
    signature_blocks,
    text_block,
)
from kpm_desktop.reports.sheet_tables import FORM_TEXTS, HEADER_TEXTS, indicator_table


class EvaluationSheetRenderer:
    """Lays out evaluation sheets as print-ready A4 PDFs with an embedded CJK font subset.

    Build one per process and reuse it: the font is parsed once, at construction, and the
    cell paragraphs of one sheet serve the next (a cycle's sheets share their template
    texts). Safe to call from several threads; they render one after another.
    """

    def __init__(self, *, many_sheets: bool = False) -> None:
        """`many_sheets`: the renderer prints many sheets (a pool's worker), so the first
        sheet of a layout is recorded for the next (`page_replay`), not only the second."""
        self._font = register_sheet_font()
        self._styles = st.SheetStyles.for_font(self._font)
        # sheets laid out like one before are replayed
        self.programs = PagePrograms(record_first=many_sheets)

    def render(
        self, sheet: EvaluationSheet, landscape: bool = False, *, template_forms: bool = True
    ) -> bytes:
        """The sheet's PDF. `template_forms=False` renders it as sheets were printed before
        the template's cells became forms (same pages to the eye, other content streams):
        `kpm verify --pdf` compares such a sheet with that rendering."""
        # Paragraphs are shared between renders: one render at a time per renderer.
        with self._styles.paragraphs.lock:
            self._styles.paragraphs.new_render()
            return self._render(sheet, landscape, template_forms)

    def _render(self, sheet: EvaluationSheet, landscape: bool, template_forms: bool) -> bytes:
        geometry = st.PageGeometry.for_orientation(landscape_page=landscape)
        fingerprint = SheetFingerprint(sheet.appraisal_id, sheet.revision, content_hash(sheet))

        def new_document() -> tuple[SimpleDocTemplate, BytesIO]:
            buffer = BytesIO()
            document = geometry.document(
                buffer,
                self._font,
                title=f"{sheet.template_name} - {sheet.staff_name} - {sheet.period}",
                author=sheet.company,
                subject=f"appraisal {sheet.appraisal_id} revision {sheet.revision}",
            )
            document.keywords = fingerprint.text()
            return document, buffer

        decor = PageDecor(
            font=self._font,
            running_title=running_title(sheet),
            fingerprint=fingerprint,
            draft=not sheet.finalized,
            shared_texts=_template_texts(sheet, template_forms),
            chain_anchor=sheet.chain_anchor,
            status="" if sheet.state is None else STATE_TEXTS[sheet.state],
            template_forms=template_forms,
        )
        story = self._story(sheet, geometry)
        if template_forms:
            page_size = (geometry.width, geometry.height)
            canvasmaker = partial(decorated_canvas, decor)
            return self.programs.render(story, page_size, new_document, canvasmaker)
        document, buffer = new_document()
        document.build(story, canvasmaker=decorated_canvas(decor))
        return taken(buffer)

    def _story(self, sheet: EvaluationSheet, geometry: st.PageGeometry) -> list[Flowable]:
        s, width = self._styles, geometry.frame_width
        gap = Spacer(1, 3.5 * mm)
        return [
            header_band(sheet, s, width),
            Spacer(1, 2.5 * mm),
            details_grid(sheet, s, width),
            gap,
            indicator_table(sheet, s, geometry.column_widths(), geometry.frame_height),
            gap,
            KeepTogether(
                [
                    result_block(sheet, s, width),
                    gap,
                    text_block("综合评语", sheet.overall_comment, s, width),
                    Spacer(1, 2 * mm),
                    text_block("改进计划", sheet.improvement_plan, s, width),
                    *acknowledgement_block(sheet, s, width),
                ]
            ),
            signature_blocks(sheet, s, width),
        ]


def _template_texts(sheet: EvaluationSheet, template_forms: bool) -> tuple[str, ...]:
    """What every sheet of this template prints, whoever it is about."""
    texts = [sheet.company, sheet.template_name, *HEADER_TEXTS]
    for category in sheet.categories:
        texts.append(category.name)
        for ind in category.indicators:
            texts += (ind.name, ind.description, ind.information_source, ind.rater_role)
            for level in ind.levels:
                texts += (level.label, level.text)
    texts += (label for _, label in SIGNATURE_LABELS)
    if template_forms:  # after the others: the template's texts keep their codes
        texts += (*FORM_TEXTS, *BLOCK_LABELS, sheet.period)
    return tuple(texts)


def running_title(sheet: EvaluationSheet) -> str:
    return (
        f"{sheet.staff_name}（{sheet.employee_no}）　{sheet.department}　{sheet.period}　"
        f"{sheet.template_name} 第 {sheet.template_version} 版"
    )
