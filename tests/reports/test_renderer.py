"""The rendered evaluation sheet: content, pages, fonts, watermark and fingerprint."""

import dataclasses
import re
import shutil
import subprocess
from decimal import Decimal
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from kpm_desktop.domain.evaluation_sheet import content_hash
from kpm_desktop.reports.fingerprint import read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from tests.reports.pdf_text import page_texts, squeeze
from tests.reports.sample_sheets import long_sheet, supervisor_sheet

SIGNATURE_LABELS = ("被考核人签字", "直接上级签字", "部门负责人签字", "人力资源部签字")


@pytest.fixture(scope="module")
def renderer() -> EvaluationSheetRenderer:
    return EvaluationSheetRenderer()


@pytest.fixture(scope="module")
def final_pdf(renderer: EvaluationSheetRenderer) -> bytes:
    return renderer.render(supervisor_sheet(finalized=True))


@pytest.fixture(scope="module")
def draft_pdf(renderer: EvaluationSheetRenderer) -> bytes:
    return renderer.render(supervisor_sheet(finalized=False))


def test_sheet_text_holds_every_indicator_level_total_and_signature(final_pdf: bytes) -> None:
    sheet = supervisor_sheet()
    text = "".join(page_texts(final_pdf))
    for header in ("指标类别", "考核指标", "信息来源", "考评人", "权重", "考评标准", "得分"):
        assert header in text
    for value in (
        sheet.company,
        sheet.department,
        sheet.staff_name,
        sheet.employee_no,
        sheet.position,
        sheet.period,
        sheet.template_name,
    ):
        assert squeeze(value) in text
    for indicator in sheet.indicators:
        assert squeeze(indicator.name) in text
        for level in indicator.levels:
            assert squeeze(level.text) in text
        chosen = indicator.levels[indicator.chosen_level]
        # The chosen level carries the filled mark and the 【已选】 tag after its text.
        assert f"●{chosen.label}" in text
        assert squeeze(chosen.text) + "【已选】" in text
        assert f"{indicator.earned}" in text
    assert text.count("【已选】") == len(sheet.indicators)
    assert text.count("●") == len(sheet.indicators)
    assert "KPI客户档案完整率：86.4%（432/500），目标90%" in text
    assert "合计" in text and "100%" in text and "86.00" in text and "良好" in text
    for rater in sheet.raters:
        assert rater.role in text and rater.name in text
    assert "51.60" in text  # 86.00 x 60 %
    assert squeeze(sheet.overall_comment) in text
    assert squeeze(sheet.improvement_plan) in text
    for label in SIGNATURE_LABELS:
        assert label in text


def test_pages_are_numbered_x_of_y(final_pdf: bytes) -> None:
    texts = page_texts(final_pdf)
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{len(texts)}页" in text


def test_long_template_spans_pages_with_repeated_header(renderer: EvaluationSheetRenderer) -> None:
    sheet = long_sheet(40)
    texts = page_texts(renderer.render(sheet))
    assert len(texts) >= 5
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页/共{len(texts)}页" in text
    table_pages = [t for t in texts if "长指标" in t]
    assert len(table_pages) >= 4
    for text in table_pages:
        assert "指标类别考核指标信息来源考评人权重考评标准得分" in text
    joined = "".join(texts)
    for number in range(1, 41):
        assert f"长指标{number:02d}" in joined
    assert joined.count("【已选】") == 40


def test_landscape_page_is_a4_landscape(renderer: EvaluationSheetRenderer) -> None:
    reader = PdfReader(BytesIO(renderer.render(supervisor_sheet(), landscape=True)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)
    portrait = PdfReader(BytesIO(renderer.render(supervisor_sheet()))).pages[0].mediabox
    assert (round(float(portrait.width)), round(float(portrait.height))) == (595, 842)


def _fonts(pdf: bytes) -> list[dict[str, object]]:
    reader = PdfReader(BytesIO(pdf))
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[font["/BaseFont"]] = font
    return list(found.values())


def test_only_the_cjk_font_is_used_and_embedded_as_a_subset(final_pdf: bytes) -> None:
    fonts = _fonts(final_pdf)
    assert fonts
    for font in fonts:
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-0", str(font["/BaseFont"]))
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_embedded(final_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(final_pdf)
    output = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = output.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "TrueType" in row
        assert row.split()[-5:-3] == ["yes", "yes"]  # emb, sub


def test_watermark_only_on_drafts(final_pdf: bytes, draft_pdf: bytes) -> None:
    for text in page_texts(draft_pdf):
        assert "草稿DRAFT" in text
        assert "草稿（未定稿）" in text
    for text in page_texts(final_pdf):
        assert "DRAFT" not in text and "草稿" not in text
        assert "已定稿" in text


def test_footer_hash_round_trip(final_pdf: bytes, renderer: EvaluationSheetRenderer) -> None:
    sheet = supervisor_sheet()
    digest = content_hash(sheet)
    for text in page_texts(final_pdf):
        assert f"SHA-256{digest}" in text
        assert "考评编号1042修订1" in text
    fingerprint = read_fingerprint(final_pdf)
    assert (fingerprint.appraisal_id, fingerprint.revision, fingerprint.sha256) == (1042, 1, digest)
    changed = dataclasses.replace(sheet, overall_comment="另一条评语")
    other = read_fingerprint(renderer.render(changed))
    assert other.sha256 == content_hash(changed) != digest


def test_same_sheet_renders_identical_bytes(renderer: EvaluationSheetRenderer) -> None:
    assert renderer.render(supervisor_sheet()) == renderer.render(supervisor_sheet())


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None,
    reason="poppler-utils or zbar-tools not installed",
)
def test_qr_code_on_every_page_reads_as_the_fingerprint(final_pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(final_pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(PdfReader(BytesIO(final_pdf)).pages)
    expected = read_fingerprint(final_pdf).text()
    for page in pages:
        decoded = subprocess.run(
            ["zbarimg", "--raw", "-q", str(page)], capture_output=True, text=True, check=True
        )
        assert decoded.stdout.strip() == expected


def _font_files(pdf: bytes) -> list[bytes]:
    reader = PdfReader(BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = (fonts[name].get_object()["/FontDescriptor"] for name in sorted(fonts))
    return [d.get_object()["/FontFile2"].get_object().get_data() for d in descriptors]


def test_sheets_of_one_template_share_its_font_subsets_and_keep_their_own_text(
    renderer: EvaluationSheetRenderer,
) -> None:
    sheet = supervisor_sheet()
    first = dataclasses.replace(sheet, staff_name="欧阳明月", overall_comment="稳扎稳打")
    second = dataclasses.replace(sheet, staff_name="诸葛青云", overall_comment="锐意进取")
    first_fonts = _font_files(renderer.render(first))
    second_pdf = renderer.render(second)
    second_fonts = _font_files(second_pdf)
    # The template's glyphs fill the same subsets; the people's own glyphs come last.
    assert len(first_fonts) == len(second_fonts) >= 2
    assert first_fonts[:-1] == second_fonts[:-1]
    assert first_fonts[-1] != second_fonts[-1]
    text = "".join(page_texts(second_pdf))
    assert "诸葛青云" in text and "锐意进取" in text
    assert "欧阳明月" not in text and "稳扎稳打" not in text
    assert second_pdf == EvaluationSheetRenderer().render(second)


def test_a_kpi_scored_indicator_prints_no_raw_fraction(renderer: EvaluationSheetRenderer) -> None:
    """Points that follow from KPI figures (no level chosen) are a fraction with up to 28
    digits; the KPI line already says where they come from, so no 评分 is printed."""
    sheet = supervisor_sheet()
    category = sheet.categories[0]
    kpi_scored = dataclasses.replace(
        category.indicators[1], chosen_level=None, score=Decimal("0.3721997833333333333333")
    )
    assert kpi_scored.points_given is None
    assert category.indicators[0].points_given == category.indicators[0].score
    indicators = (category.indicators[0], kpi_scored, *category.indicators[2:])
    sheet = dataclasses.replace(
        sheet, categories=(dataclasses.replace(category, indicators=indicators),)
    )
    text = squeeze("".join(page_texts(renderer.render(sheet))))
    assert "0.3721997" not in text
    assert squeeze("24.00") in text
