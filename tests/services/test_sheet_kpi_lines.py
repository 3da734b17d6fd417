"""The KPI line of a KPI-linked indicator on the printed sheet: the Chinese formula, the
line of a KPI without a value (n/a) with its reason, and the hash of sheets printed before."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from io import BytesIO
from typing import Any

from pypdf import PdfReader, PdfWriter
from sqlalchemy import text

from kpm_desktop.domain.evaluation_sheet import (
    LEGACY_HASH_FORMAT,
    DescriptorLevel,
    EvaluationSheet,
    RaterResult,
    SheetCategory,
    SheetIndicator,
    Signatory,
    SignatoryRole,
    content_hash,
)
from kpm_desktop.reports.fingerprint import SheetFingerprint, read_fingerprint
from kpm_desktop.reports.renderer import EvaluationSheetRenderer
from kpm_desktop.services.appraisals.appraisal_views import KpiFigure
from kpm_desktop.services.sheets.sheet_mapping import kpi_line
from kpm_desktop.services.sheets.sheet_views import VerifyStatus
from tests.appraisal_world import PERIOD, World
from tests.reports.pdf_text import page_texts, squeeze

D = Decimal
COMPANY = "华东新锐科技有限公司"
REVENUE_FORMULA = "考核期内成交（赢单）订单的金额之和，按成交日期计"
CSAT_FORMULA = "考核期内解决且有评分的工单的满意度平均分（百分制）"


def _figure(key: str, value: Decimal | None, num: Any, den: Any, target: Any, reason: str = ""):
    return KpiFigure("S", key, value, num, den, target, reason, datetime(2026, 10, 8, 9, 30))


def _revenue_line():
    return kpi_line(_figure("revenue", D("123456.50"), D("123456.50"), None, D(100000)))


def _csat_line(reason: str = "no rated ticket resolved in the period"):
    return kpi_line(_figure("csat", None, D(0), D(0), None, reason))


def _row(name: str, weight: int, points: str, earned: str, kpi: Any = None, **more: Any):
    return SheetIndicator(
        name=name, information_source="CRM系统", rater_role="直接上级", weight=D(weight),
        score=D(points), earned=D(earned), kpi=kpi, **more,
    )  # fmt: skip


def sales_sheet() -> EvaluationSheet:
    """The sheet of a sales appraisal: a levels indicator, revenue with a value and
    satisfaction without one."""
    levels = (
        DescriptorLevel("优", D(90), D(100), "跟进及时"),
        DescriptorLevel("差", D(0), D(89), "跟进遗漏"),
    )
    indicators = (
        _row("客户跟进质量", 40, "92", "36.80", levels=levels, chosen_level=0),
        _row("销售额", 40, "100", "40.00", _revenue_line()),
        _row("客户满意度", 20, "0", "0.00", _csat_line()),
    )
    return EvaluationSheet(
        company=COMPANY, department="销售一部", staff_name="李娜", employee_no="E00007",
        position="销售代表", period="2026Q3", template_name="销售代表季度考核",
        template_version=2, categories=(SheetCategory("业绩指标", indicators),),
        total=D("76.80"), grade="合格", appraisal_id=77, revision=1, finalized=True,
        raters=(RaterResult("直接上级", "卢波", D(100), D("76.80")),),
        signatories=(
            Signatory(SignatoryRole.EMPLOYEE, "李娜"),
            Signatory(SignatoryRole.DIRECT_SUPERIOR, "卢波"),
            Signatory(SignatoryRole.DEPARTMENT_HEAD, "董敏"),
        ),
    )  # fmt: skip


def test_the_kpi_line_is_in_chinese_and_an_na_kpi_says_why():
    revenue, csat = _revenue_line(), _csat_line()
    assert revenue is not None and csat is not None
    assert (revenue.kpi_name, revenue.unit, revenue.formula) == ("销售额", "元", REVENUE_FORMULA)
    assert revenue.no_value_reason == ""
    assert (csat.kpi_name, csat.value, csat.formula) == ("客户满意度", None, CSAT_FORMULA)
    assert csat.no_value_reason == "考核期内解决的工单均无满意度评分"
    blank = _csat_line(reason="")
    assert blank is not None and blank.no_value_reason == "考核期内无相关记录"


def test_the_printed_sheet_shows_the_formula_and_the_na_line():
    pdf = EvaluationSheetRenderer().render(sales_sheet())
    page = "".join(page_texts(pdf))
    assert "KPI销售额：123456.5元，目标100000元" in page
    assert squeeze(f"公式：{REVENUE_FORMULA}") in page
    assert "KPI客户满意度：无数据原因：考核期内解决的工单均无满意度评分" in page
    assert squeeze(f"公式：{CSAT_FORMULA}") in page
    assert "sum of amount" not in page


def test_a_sheet_printed_in_the_previous_format_keeps_its_hash():
    """The hash KPM Desktop printed for this appraisal before the KPI line was in Chinese
    (format kpm-sheet/1: English formula, no line for an n/a KPI)."""
    sheet = sales_sheet()
    legacy = "0221bef8f632337fe4dca273bff218cf998ca8be16e25b052980b9379e4c6273"
    assert content_hash(sheet, LEGACY_HASH_FORMAT) == legacy
    assert content_hash(sheet) != legacy


def _sales_appraisal(world: World) -> int:
    found = world.services.appraisals.list(world.admin, period=PERIOD)
    return next(a.id for a in found if a.employee_no == "E00007")


def _make_kpi_na(world: World, appraisal_id: int, reason: str) -> None:
    """What the snapshot holds for a KPI without a value."""
    with world.database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE appraisal_kpi_snapshots SET value = NULL, numerator = NULL, "
                "denominator = NULL, reason = :reason WHERE appraisal_id = :id"
            ),
            {"reason": reason, "id": appraisal_id},
        )


def _with_fingerprint(pdf: bytes, fingerprint: SheetFingerprint) -> bytes:
    """The same PDF carrying another fingerprint, as an earlier version wrote it."""
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.add_metadata({"/Keywords": fingerprint.text()})
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_real_sheet_prints_the_chinese_formula_then_the_na_line(world: World):
    sheets = world.services.sheets
    appraisal_id = _sales_appraisal(world)
    text_before = "".join(page_texts(sheets.pdf(world.admin, appraisal_id, company=COMPANY)))
    assert "KPI销售额：" in text_before and squeeze(REVENUE_FORMULA) in text_before
    _make_kpi_na(world, appraisal_id, "no deal won in the period")
    pdf = sheets.pdf(world.admin, appraisal_id, company=COMPANY)
    page = "".join(page_texts(pdf))
    assert "KPI销售额：无数据，目标" in page and "原因：考核期内无赢单订单" in page
    assert "不适用：KPI无数据" in page  # scoring leaves the indicator out, with this reason
    assert sheets.verify_pdf(world.admin, pdf).matches
    _make_kpi_na(world, appraisal_id, "no figures for this person")
    assert sheets.verify_pdf(world.admin, pdf).status is VerifyStatus.DIFFERS


def test_verify_accepts_a_sheet_printed_in_the_previous_format(world: World):
    sheets = world.services.sheets
    appraisal_id = _sales_appraisal(world)
    sheet = sheets.sheet(world.admin, appraisal_id, COMPANY)
    pdf = sheets.pdf(world.admin, appraisal_id, company=COMPANY)
    printed = read_fingerprint(pdf)
    assert printed.sha256 == content_hash(sheet)
    legacy = SheetFingerprint(
        printed.appraisal_id, printed.revision, content_hash(sheet, LEGACY_HASH_FORMAT)
    )
    old_pdf = _with_fingerprint(pdf, legacy)
    result = sheets.verify_pdf(world.admin, old_pdf)
    assert result.matches and result.hash_format == LEGACY_HASH_FORMAT
    assert "(format kpm-sheet/1 of an earlier version)" in result.message()
    assert "format" not in sheets.verify_pdf(world.admin, pdf).message()
    _make_kpi_na(world, appraisal_id, "no deal won in the period")
    assert sheets.verify_pdf(world.admin, old_pdf).status is VerifyStatus.DIFFERS
