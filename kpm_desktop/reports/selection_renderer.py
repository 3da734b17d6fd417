"""`SelectionSheetRenderer`: a selection's comparison sheet (选型评分对比表) as PDF bytes.

The seed's layout: the indicators down the side with their weight and rule, one column
per bidder, then each panel member's total, the weighted total, the rank and the spread
between members, and a signature box per member. The page furniture (footer with the
content SHA-256, QR code, page numbers, the draft mark) is the evaluation sheet's.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kpm_desktop.domain.decimals import fmt
from kpm_desktop.domain.selection import SelectionState
from kpm_desktop.domain.selection_sheet import SelectionSheet, number, selection_hash
from kpm_desktop.reports import styles as st
from kpm_desktop.reports.fingerprint import SelectionFingerprint
from kpm_desktop.reports.fonts import register_sheet_font
from kpm_desktop.reports.page_decor import PageDecor, decorated_canvas
from kpm_desktop.reports.sheet_blocks import band_style, band_widths, boxed

STATE_TEXTS = {
    SelectionState.DRAFT: "准备中",
    SelectionState.SCORING: "评分中",
    SelectionState.CLOSED: "已结束",
    SelectionState.SIGNED: "已签字",
}
# Bidders that fit across a portrait page; more go landscape.
_PORTRAIT_BIDDERS = 4


class SelectionSheetRenderer:
    """Build one per process and reuse it (the font is parsed once)."""

    def __init__(self) -> None:
        self._font = register_sheet_font()
        self._styles = st.SheetStyles.for_font(self._font)

    def render(self, sheet: SelectionSheet) -> bytes:
        with self._styles.paragraphs.lock:
            self._styles.paragraphs.new_render()
            return self._render(sheet)

    def _render(self, sheet: SelectionSheet) -> bytes:
        landscape = len(sheet.bidders) > _PORTRAIT_BIDDERS
        geometry = st.PageGeometry.for_orientation(landscape_page=landscape)
        buffer = BytesIO()
        document = geometry.document(
            buffer,
            self._font,
            title=f"{sheet.template_name} - {sheet.name}",
            author=sheet.company,
            subject=f"selection {sheet.selection_id}",
        )
        fingerprint = SelectionFingerprint(sheet.selection_id, selection_hash(sheet))
        document.keywords = fingerprint.text()
        decor = PageDecor(
            font=self._font,
            running_title=f"{sheet.name}　{sheet.template_name} 第 {sheet.template_version} 版",
            fingerprint=fingerprint,
            draft=not sheet.final,
            status=STATE_TEXTS[sheet.state],
            chain_anchor=sheet.chain_anchor,
        )
        document.build(
            self._story(sheet, geometry.frame_width), canvasmaker=decorated_canvas(decor)
        )
        return buffer.getvalue()

    def _story(self, sheet: SelectionSheet, width: float) -> list[Flowable]:
        gap = Spacer(1, 3.5 * mm)
        return [
            self._band(sheet, width),
            gap,
            self._details(sheet, width),
            gap,
            self._table(sheet, width),
            gap,
            KeepTogether([self._signatures(sheet, width)]),
        ]

    def _band(self, sheet: SelectionSheet, width: float) -> Table:
        s = self._styles
        row = [
            s.paragraph(st.markup(sheet.company), s.company),
            s.paragraph(st.markup(sheet.template_name), s.title),
            s.paragraph(f"选型评分对比表<br/>{st.markup(sheet.name)}", s.subtitle),
        ]
        table = Table([row], colWidths=band_widths(width))
        table.setStyle(band_style())
        return table

    def _details(self, sheet: SelectionSheet, width: float) -> Table:
        s = self._styles
        panel = "、".join(f"{m.name}（{fmt(m.weight)}%）" for m in sheet.members)
        pairs = (
            ("选型名称", sheet.name),
            ("评分标准", f"{sheet.template_name}（第 {sheet.template_version} 版）"),
            ("截止日期", "" if sheet.deadline is None else sheet.deadline.isoformat()),
            ("结束日期", "" if sheet.closed_on is None else sheet.closed_on.isoformat()),
            ("评分小组", panel),
            ("状态", STATE_TEXTS[sheet.state]),
        )
        cells = [
            [s.paragraph(label, s.label), s.paragraph(st.markup(value), s.value)]
            for label, value in pairs
        ]
        rows = [cells[0] + cells[1], cells[2] + cells[3], cells[4] + cells[5]]
        label_w = 0.12 * width
        value_w = (width - 2 * label_w) / 2
        fills = [("BACKGROUND", (c, 0), (c, -1), st.HEADER_FILL) for c in (0, 2)]
        return boxed(rows, [label_w, value_w, label_w, value_w], fills)

    def _table(self, sheet: SelectionSheet, width: float) -> Table:
        s = self._styles
        fixed = [0.08 * width, 0.15 * width, 0.065 * width]
        rule_w = 0.36 * width if len(sheet.bidders) <= 3 else 0.22 * width
        bidder_w = (width - sum(fixed) - rule_w) / max(len(sheet.bidders), 1)
        widths = [*fixed, rule_w, *[bidder_w] * len(sheet.bidders)]
        head = ["类别", "评分项", "权重", "评分标准", *sheet.bidders]
        rows: list[list[object]] = [[s.paragraph(st.markup(text), s.head) for text in head]]
        for code, figures in sheet.figures:
            rows.append(
                self._summary_row(f"报价（{code}）", [_figure(v) for v in figures], len(fixed) + 1)
            )
        first_indicator = len(rows)
        previous = None
        for row in sheet.rows:
            category = "" if row.category == previous else row.category
            previous = row.category
            rows.append(
                [
                    s.paragraph(st.markup(category), s.cell),
                    s.paragraph(f"{st.markup(row.code)} {st.markup(row.name)}", s.cell),
                    s.paragraph(f"{fmt(row.weight)}%", s.cell_center),
                    s.paragraph(st.markup(row.rule), s.small),
                    *[s.paragraph(number(v), s.cell_center) for v in row.earned],
                ]
            )
        footer_start = len(rows)
        span = len(fixed) + 1
        for member in sheet.members:
            label = f"评委 {member.name}（权重 {fmt(member.weight)}%）得分"
            rows.append(self._summary_row(label, [number(t) for t in member.totals], span))
        rows.append(self._summary_row("加权总分", [number(t) for t in sheet.weighted_totals], span))
        rows.append(
            self._summary_row("排名", ["—" if r is None else str(r) for r in sheet.ranks], span)
        )
        rows.append(self._summary_row("评委间分差", [number(v) for v in sheet.spreads], span))
        extra: list[tuple[object, ...]] = [
            ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
            ("VALIGN", (0, first_indicator), (-1, footer_start - 1), "TOP"),
        ]
        extra += _category_spans(sheet, first_indicator)
        for index in [*range(1, first_indicator), *range(footer_start, len(rows))]:
            extra += [("SPAN", (0, index), (span - 1, index))]
            extra += [("BACKGROUND", (0, index), (span - 1, index), st.CATEGORY_FILL)]
        return boxed(rows, widths, extra, repeat_rows=1)

    def _summary_row(self, label: str, values: list[str], span: int) -> list[object]:
        s = self._styles
        cells: list[object] = [s.paragraph(st.markup(label), s.cell)]
        cells += [""] * (span - 1)
        cells += [s.paragraph(value, s.cell_center) for value in values]
        return cells

    def _signatures(self, sheet: SelectionSheet, width: float) -> Table:
        """A box per panel member: printed name, signature line, date line."""
        s = self._styles
        per_row = 3
        cells = [
            s.paragraph(
                f"<font color='#5A6270'>评委签字</font>　{st.markup(m.name)}<br/><br/>"
                "签字：________________<br/>日期：______ 年 ____ 月 ____ 日",
                s.cell,
            )
            for m in sheet.members
        ]
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)] or [[""]]
        for row in rows:
            row += [""] * (per_row - len(row))
        return boxed(
            rows,
            [width / per_row] * per_row,
            [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)],
        )


def _category_spans(sheet: SelectionSheet, first: int) -> list[tuple[object, ...]]:
    """One cell per category down the first column, as the seed prints it."""
    spans: list[tuple[object, ...]] = []
    start = 0
    for index in range(1, len(sheet.rows) + 1):
        if index == len(sheet.rows) or sheet.rows[index].category != sheet.rows[start].category:
            if index - start > 1:
                spans.append(("SPAN", (0, first + start), (0, first + index - 1)))
                spans.append(("VALIGN", (0, first + start), (0, first + index - 1), "MIDDLE"))
            start = index
    return spans


def _figure(value: object) -> str:
    return "—" if value is None else f"{value:,.2f}"
