"""Hand-built evaluation sheets: the seed supervisor template (seed 003) and a long one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from kpm_desktop.domain.evaluation_sheet import (
    DescriptorLevel,
    EvaluationSheet,
    KpiFigures,
    RaterResult,
    SheetCategory,
    SheetIndicator,
    Signatory,
    SignatoryRole,
)
from kpm_desktop.domain.kpi import kpi_definition
from kpm_desktop.domain.kpi_reasons import NO_CUSTOMER_AT_START, reason_zh

D = Decimal


def _levels(weight: int, texts: tuple[str, str, str, str]) -> tuple[DescriptorLevel, ...]:
    """Four levels 优/良/中/差 over the indicator's points, as the seed grades them."""
    top = D(weight)
    bounds = (
        (top * D("0.9"), top),
        (top * D("0.7"), top * D("0.9") - 1),
        (top * D("0.5"), top * D("0.7") - 1),
        (D(0), top * D("0.5") - 1),
    )
    labels = ("优", "良", "中", "差")
    return tuple(
        DescriptorLevel(label, lo.quantize(D(1)), hi.quantize(D(1)), text)
        for label, (lo, hi), text in zip(labels, bounds, texts, strict=True)
    )


STANDARDS = SheetIndicator(
    name="CRM系统标准制定",
    description="（CRM各规范文件、流程文件的制定）",
    information_source="CRM规范文件及流程",
    rater_role="直接上级",
    weight=D(30),
    levels=_levels(
        30,
        (
            "标准格式内容规范完整、方法切实可行、文字精炼简洁、易于理解",
            "标准格式内容规范基本完整、方法可操作、有完整的文字解释、不会引起误解",
            "标准格式内容规范与CRM软件有出入、方法不易操作、文字解释不完整、不易理解",
            "标准格式内容规范与CRM软件不符、方法不易操作、文字解释需要重新修订",
        ),
    ),
    chosen_level=0,
    score=D(28),
    earned=D("28.00"),
    comment="规范文件齐全，流程图清晰。",
)

DATA_ENTRY = SheetIndicator(
    name="CRM系统营销数据录入",
    description="（营销数据、客户档案的录入与维护）",
    information_source="CRM系统数据",
    rater_role="直接上级",
    weight=D(30),
    levels=_levels(
        30,
        (
            "CRM系统营销数据录入及时、内容完全符合标准规范、客户档案全部满足要求",
            "CRM系统营销数据录入基本及时、内容与标准规范基本一致、客户档案大部分满足要求",
            "CRM系统营销数据录入偶有推迟、内容与标准规范有出入、客户档案部分未满足要求",
            "CRM系统营销数据录入工作无故推迟、内容与标准规范出入较多、客户档案有大部分未满足要求",
        ),
    ),
    chosen_level=1,
    score=D(24),
    earned=D("24.00"),
    kpi=KpiFigures(
        key="profile_completeness",
        kpi_name="客户档案完整率",
        value=D("86.40"),
        unit="%",
        formula="完整档案数 ÷ 客户总数 × 100%",
        numerator=D(432),
        denominator=D(500),
        target=D(90),
    ),
)

TRAINING = SheetIndicator(
    name="对CRM系统使用者培训质量",
    information_source="培训质量",
    rater_role="直接上级",
    weight=D(20),
    levels=_levels(
        20,
        (
            "培训计划制定条理清晰、培训内容丰富多彩、培训责任心强、培训方式多样、效果很好",
            "培训计划制定合理、培训内容完全、使用多种培训方式、效果达到预期",
            "培训计划制定存在不合理、培训内容不全面、效果达到与预期有差距",
            "培训计划制定难以实施、培训内容杂乱、效果达到与预期有较大差距",
        ),
    ),
    chosen_level=1,
    score=D(16),
    earned=D("16.00"),
)

COORDINATION = SheetIndicator(
    name="CRM系统实施过程各岗位之间关系协调",
    information_source="相关岗位反馈",
    rater_role="直接上级",
    weight=D(20),
    levels=_levels(
        20,
        (
            "在CRM系统实施过程中能有效调动各岗位积极性，通过有效合作使CRM系统顺利运转",
            "在CRM系统实施过程中能同相关岗位合作，通过合作使CRM系统按计划实施",
            "在CRM系统实施过程中能与大部分岗位保持良好合作，通过合作使CRM系统实施基本按计划",
            "在CRM系统实施过程中与大部分岗位合作关系不好，无法通过合作使CRM系统按计划实施",
        ),
    ),
    chosen_level=0,
    score=D(18),
    earned=D("18.00"),
)


def supervisor_sheet(*, finalized: bool = True) -> EvaluationSheet:
    """The seed's CRM系统主管业绩考核指标表 for one supervisor, 2026Q3 (total 86.00)."""
    return EvaluationSheet(
        company="华东新锐科技有限公司",
        department="营销管理部",
        staff_name="张三",
        employee_no="E00012",
        position="CRM系统主管",
        period="2026Q3",
        template_name="CRM系统主管业绩考核指标表",
        template_version=1,
        categories=(SheetCategory("业绩指标", (STANDARDS, DATA_ENTRY, TRAINING, COORDINATION)),),
        total=D("86.00"),
        grade="良好",
        appraisal_id=1042,
        revision=1,
        finalized=finalized,
        raters=(
            RaterResult("自评", "张三", D(10), D("90.00")),
            RaterResult("直接上级", "李四", D(60), D("86.00")),
            RaterResult("部门负责人", "王五", D(30), D("84.67")),
        ),
        overall_comment=(
            "本季度CRM系统推广工作扎实，规范文件完整，各岗位协调顺畅；"
            "数据录入的及时性仍有提升空间。"
        ),
        improvement_plan=(
            "1. 10月底前完成客户档案补录，完整率达到90%以上；\n2. 每月组织一次CRM使用答疑会。"
        ),
        signatories=(
            Signatory(SignatoryRole.EMPLOYEE, "张三"),
            Signatory(SignatoryRole.DIRECT_SUPERIOR, "李四"),
            Signatory(SignatoryRole.DEPARTMENT_HEAD, "王五"),
            Signatory(SignatoryRole.HR, "赵六"),
        ),
    )


def kpi_lines_sheet() -> EvaluationSheet:
    """The supervisor sheet with KPI lines as the registry prints them: data entry with
    客户信息完整度 (a value), coordination with 客户保留率 (the longest formula) without one."""
    completeness = kpi_definition("profile_completeness")
    retention = kpi_definition("retention_rate")
    with_value = KpiFigures(
        key=completeness.key,
        kpi_name=completeness.name_zh,
        value=D("86.40"),
        unit="%",
        formula=completeness.formula_zh,
        numerator=D(2592),
        denominator=D(3000),
        target=D(90),
    )
    without_value = KpiFigures(
        key=retention.key,
        kpi_name=retention.name_zh,
        value=None,
        unit="%",
        formula=retention.formula_zh,
        target=D(85),
        no_value_reason=reason_zh(NO_CUSTOMER_AT_START),
    )
    indicators = (
        STANDARDS,
        replace(DATA_ENTRY, kpi=with_value),
        TRAINING,
        replace(COORDINATION, kpi=without_value),
    )
    return replace(supervisor_sheet(), categories=(SheetCategory("业绩指标", indicators),))


LONG_TEXT = (
    "能够按照公司年度营销计划的要求主动分解目标、制定月度行动方案，"
    "在CRM系统中完整记录每一次拜访与沟通的内容，并推动相关部门按期落实改进建议。"
)


def long_sheet(indicator_count: int = 40, *, finalized: bool = False) -> EvaluationSheet:
    """A sheet with many indicators and long descriptors, spread over four categories."""
    weight = D(100) / indicator_count
    categories = []
    per_category = indicator_count // 4
    for c in range(4):
        indicators = tuple(
            SheetIndicator(
                name=f"长指标{c * per_category + i + 1:02d}：客户跟进与过程管理质量",
                information_source="CRM系统记录",
                rater_role="直接上级",
                weight=weight,
                levels=tuple(
                    DescriptorLevel(label, D(lo), D(hi), f"{label}级：{LONG_TEXT}")
                    for label, lo, hi in (("优", 9, 10), ("良", 7, 8), ("中", 5, 6), ("差", 0, 4))
                ),
                chosen_level=(c + i) % 4,
                score=D(8),
                earned=(weight * D("0.8")).quantize(D("0.01")),
            )
            for i in range(per_category)
        )
        categories.append(SheetCategory(f"类别{c + 1}", indicators))
    return EvaluationSheet(
        company="华东新锐科技有限公司",
        department="销售一部",
        staff_name="欧阳明月",
        employee_no="E00999",
        position="销售经理",
        period="2026Q3",
        template_name="销售经理综合考核表",
        template_version=3,
        categories=tuple(categories),
        total=D("80.00"),
        grade="良好",
        appraisal_id=77,
        revision=2,
        finalized=finalized,
        acknowledged_on=date(2026, 10, 12),
    )
