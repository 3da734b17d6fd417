"""The templates the app ships with, reconstructed from seed 003 (docs/builtin-templates.md).

The seed gives descriptors but no point ranges: each supervisor indicator is scored out of
100 with contiguous levels 优 90-100 / 良 75-89 / 中 60-74 / 差 0-59. The data-entry
indicator's three better levels and its 信息来源 are ours (the seed has only the worst).
"""

from __future__ import annotations

from decimal import Decimal

from kpm_desktop.domain.builtin_kpi_templates import customer_service_template, sales_template
from kpm_desktop.domain.rubric import (
    Category,
    Indicator,
    RaterRole,
    RaterWeight,
    RubricTemplate,
)
from kpm_desktop.domain.rubric_methods import (
    Level,
    LevelsMethod,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    RankOrder,
)

D = Decimal

SUPERVISOR_TEMPLATE_NAME = "CRM系统主管业绩考核指标表"
VENDOR_TEMPLATE_NAME = "CRM系统选型评分标准"

_LEVEL_SPANS = (("优", 90, 100), ("良", 75, 89), ("中", 60, 74), ("差", 0, 59))


def _four_levels(*descriptors: str) -> LevelsMethod:
    return LevelsMethod(
        D(100),
        tuple(
            Level(name, text, D(lo), D(hi))
            for (name, lo, hi), text in zip(_LEVEL_SPANS, descriptors, strict=True)
        ),
    )


def supervisor_template() -> RubricTemplate:
    """营销管理部 · CRM系统主管: four judgement indicators, 30/30/20/20."""
    indicators = (
        Indicator(
            "A1",
            "CRM系统标准制定",
            D(30),
            _four_levels(
                "标准格式内容规范完整、方法切实可行、文字精炼简洁、易于理解",
                "标准格式内容规范基本完整、方法可操作、有完整的文字解释、不会引起误解",
                "标准格式内容规范与CRM软件有出入、方法不易操作、文字解释不完整、不易理解",
                "标准格式内容规范与CRM软件不符、方法不易操作、文字解释需要重新修订",
            ),
            description="CRM各规范文件、流程文件的制定",
            source="CRM规范文件及流程",
        ),
        Indicator(
            "A2",
            "CRM系统营销数据录入",
            D(30),
            _four_levels(
                "CRM系统营销数据录入工作按时完成、内容符合标准规范、客户档案全部满足要求",
                "CRM系统营销数据录入工作基本按时完成、内容与标准规范基本相符、客户档案大部分满足要求",
                "CRM系统营销数据录入工作偶有推迟、内容与标准规范有出入、客户档案有少部分未满足要求",
                "CRM系统营销数据录入工作无故推迟、内容与标准规范出入较多、客户档案有大部分未满足要求",
            ),
            source="CRM系统营销数据及客户档案",
        ),
        Indicator(
            "A3",
            "对CRM系统使用者培训质量",
            D(20),
            _four_levels(
                "培训计划制定条理清晰、培训内容丰富多彩、培训责任心强、培训方式多样、效果很好",
                "培训计划制定合理、培训内容完全、使用多种培训方式、效果达到预期",
                "培训计划制定存在不合理、培训内容不全面、效果达到与预期有差距",
                "培训计划制定难以实施、培训内容杂乱、效果达到与预期有较大差距",
            ),
            source="培训质量",
        ),
        Indicator(
            "A4",
            "CRM系统实施过程各岗位之间关系协调",
            D(20),
            _four_levels(
                "在CRM系统实施过程中能有效调动各岗位积极性,通过有效合作使CRM系统顺利运转",
                "在CRM系统实施过程中能同相关岗位合作,通过合作使CRM系统按计划实施",
                "在CRM系统实施过程中能与大部分岗位保持良好合作,通过合作使CRM系统实施基本按计划",
                "在CRM系统实施过程中与大部分岗位合作关系不好,无法通过合作使CRM系统按计划实施",
            ),
            source="CRM系统实施过程记录",
        ),
    )
    return RubricTemplate(
        name=SUPERVISOR_TEMPLATE_NAME,
        department="营销管理部",
        description="CRM系统主管季度业绩考核,考评标准分优、良、中、差四级,各指标满分100分。",
        categories=(Category("业绩指标", indicators),),
    )


_MET_RULE = "满足条件即得满分,部分满足得3分,不满足不得分"
_PROVIDED_RULE = "能提供即得满分"
# The seed scores the technical part out of 40 points and price out of 40 "of 100 %":
# a 5-point item weighs 5 x 60 / 40 = 7.5 %, a 2-point item 3 %, price 40 %.
_MET_WEIGHT = D("7.5")
_PROVIDED_WEIGHT = D(3)


def _met(code: str, name: str, requirement: str) -> Indicator:
    return Indicator(
        code,
        name,
        _MET_WEIGHT,
        MetMethod(D(5), D(3)),
        f"{requirement}。{_MET_RULE}",
        "投标文件及演示",
        RaterRole.PANEL,
    )


def _provided(code: str, name: str, requirement: str) -> Indicator:
    return Indicator(
        code,
        name,
        _PROVIDED_WEIGHT,
        ProvidedMethod(D(2)),
        f"{requirement}。{_PROVIDED_RULE}",
        "投标文件",
        RaterRole.PANEL,
    )


def vendor_selection_template() -> RubricTemplate:
    """Scoring CRM vendors' bids: met / provided items 60 %, licence price by rank 40 %."""
    functions = (
        _met(
            "F1",
            "多层级管理与流程配置",
            "支持多层级管理模式,实现多业态、多区域、多产品线管理,要求工作流/审批流可根据"
            "业务需求快速配置响应,无需二次开发",
        ),
        _met("F2", "国际化", "CRM软件是国际化产品,支持多语言、多币种、多时区"),
        _met("F3", "移动应用", "移动应用:支持IOS/安卓/IPAD,微信应用"),
        _met("F4", "即时沟通", "CRM系统在任何环节实现即时沟通并保存在系统内"),
    )
    solution = (
        _met(
            "S1",
            "项目总体认识",
            "对项目总体的认识,表述清晰、完整、严谨、先进合理,整体项目解决方案优秀",
        ),
        _provided(
            "S2",
            "扩展性与标准数据接口",
            "系统具有良好的扩展性,提供符合产业标准的标准化数据接口,能与其他业务系统对接,"
            "尤其是与ERP和OA的对接,使系统一体化",
        ),
        _met(
            "S3",
            "智能分析与报表",
            "现有软件系统具备为多业态/跨地域的大型分销和直营型企业提供的智能分析模块,"
            "并且报表/仪表板无需二次开发成本,平台以快速配置交付",
        ),
        _provided(
            "S4",
            "供应链及经销商预留接口",
            "系统方案具备供应链管理、经销商管理等预留接口及数据字段,为后期应用打好基础",
        ),
        _provided("S5", "实施周期", "本期需求项目实施周期不超过3个月,要求高质快速交付"),
    )
    service = (
        _provided("V1", "免费升级服务", "提供完善的售后服务计划:每年提供免费升级服务"),
        _provided("V2", "SLA规范", "要有具体的SLA规范和审核客服的服务质量"),
    )
    price = (
        Indicator(
            "P1",
            "软件许可费用",
            D(40),
            RankMethod(RankOrder.LOWEST_FIRST, (D(5), D(4)), D(3)),
            "此项考评费用低者得5分,中间者得4分,高者得3分",
            "投标报价",
            RaterRole.PANEL,
        ),
    )
    return RubricTemplate(
        name=VENDOR_TEMPLATE_NAME,
        department="营销管理部",
        description="CRM系统选型:技术及服务部分占60%,价格因素(满分40分)占总分权重40%。",
        categories=(
            Category("系统功能", functions),
            Category("系统解决方案", solution),
            Category("售后服务", service),
            Category("价格因素", price),
        ),
        raters=(RaterWeight(RaterRole.PANEL, D(100)),),
    )


def builtin_templates() -> tuple[RubricTemplate, ...]:
    return (
        supervisor_template(),
        vendor_selection_template(),
        sales_template(),
        customer_service_template(),
    )
