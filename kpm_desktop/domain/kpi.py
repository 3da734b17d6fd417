"""The CRM KPIs (docs/kpis.md): their definitions and the value a computation yields.

A value is either a `Decimal` or "n/a" with a reason; a ratio or an average over nothing
is n/a, never 0. Percentages are held x 100 and rounded only for display.

Exact arithmetic: a value is computed from the exact figures (sums and counts, as
`Fraction`s when a formula combines ratios) and divided once, at the end, to `Decimal`'s
28 significant digits; nothing is rounded before that, so a value that is exactly
2,902,020.425 shows as 2,902,020.43 (ROUND_HALF_UP), never .42.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
    getcontext,
)
from enum import StrEnum
from fractions import Fraction

from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.errors import ValidationError


class KpiFamily(StrEnum):
    """KPIs computed by the same grouped query."""

    SALES = "sales"
    CUSTOMERS = "customers"
    SERVICE = "service"
    MARKETING = "marketing"


class ScopeLevel(StrEnum):
    """Whose records a value is computed over."""

    STAFF = "staff"
    DEPARTMENT = "department"
    COMPANY = "company"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class KpiUnit(StrEnum):
    YUAN = "yuan"
    COUNT = "count"
    PERCENT = "percent"
    DAYS = "days"
    MINUTES = "minutes"
    HOURS = "hours"
    TIMES = "times"
    SCORE = "score"


@dataclass(frozen=True)
class KpiDefinition:
    key: str
    name_zh: str
    name_en: str
    unit: KpiUnit
    direction: Direction
    family: KpiFamily
    formula: str  # English, for English surfaces (CLI, English UI); P is the period
    formula_zh: str  # the same in Chinese, for the printed sheet and the Chinese UI
    # Whether staff targets add up to a department target (sums and counts do, ratios not).
    additive: bool = False
    # Spend has no owner: these KPIs exist for departments and the company only.
    staff_level: bool = True


def _kpi(
    key: str,
    zh: str,
    en: str,
    unit: KpiUnit,
    family: KpiFamily,
    formula: str,
    formula_zh: str,
    *,
    lower: bool = False,
    staff_level: bool = True,
) -> KpiDefinition:
    return KpiDefinition(
        key=key,
        name_zh=zh,
        name_en=en,
        unit=unit,
        direction=Direction.LOWER_IS_BETTER if lower else Direction.HIGHER_IS_BETTER,
        family=family,
        formula=formula,
        formula_zh=formula_zh,
        additive=unit in (KpiUnit.YUAN, KpiUnit.COUNT),
        staff_level=staff_level,
    )


_S, _C, _V, _M = KpiFamily.SALES, KpiFamily.CUSTOMERS, KpiFamily.SERVICE, KpiFamily.MARKETING
_P = KpiUnit.PERCENT

KPI_DEFINITIONS: tuple[KpiDefinition, ...] = (
    _kpi("revenue", "销售额", "Revenue", KpiUnit.YUAN, _S,
         "sum of amount of deals won with closed date in P",
         "考核期内成交（赢单）订单的金额之和，按成交日期计"),
    _kpi("revenue_growth", "销售额增长率", "Revenue growth", _P, _S,
         "(revenue(P) - revenue(previous P)) / revenue(previous P)",
         "（考核期销售额 − 上一考核期销售额）÷ 上一考核期销售额 × 100%"),
    _kpi("target_attainment", "目标达成率", "Revenue target attainment", _P, _S,
         "revenue(P) / revenue target for P",
         "考核期销售额 ÷ 考核期销售目标 × 100%"),
    _kpi("won_deals", "成交单数", "Deals won", KpiUnit.COUNT, _S,
         "deals won with closed date in P",
         "考核期内成交（赢单）的订单数，按成交日期计"),
    _kpi("lost_deals", "丢单数", "Deals lost", KpiUnit.COUNT, _S,
         "deals lost with closed date in P",
         "考核期内丢单（输单）的订单数，按关闭日期计"),
    _kpi("win_rate", "成交率", "Win rate", _P, _S,
         "won_deals / (won_deals + lost_deals)",
         "成交单数 ÷（成交单数 + 丢单数）× 100%"),
    _kpi("avg_order_value", "客单价", "Average order value", KpiUnit.YUAN, _S,
         "revenue / won_deals",
         "销售额 ÷ 成交单数"),
    _kpi("items_per_order", "客单件", "Items per order", KpiUnit.TIMES, _S,
         "sum of items of won deals / won_deals",
         "考核期内成交订单的商品件数之和 ÷ 成交单数"),
    _kpi("purchase_frequency", "购买频次", "Purchase frequency", KpiUnit.TIMES, _S,
         "won_deals / distinct customers of those deals",
         "成交单数 ÷ 这些成交订单涉及的客户数（同一客户只计一次）"),
    _kpi("sales_cycle_days", "销售周期", "Sales cycle", KpiUnit.DAYS, _S,
         "average of (closed date - first contact date) in days over won deals closed in P",
         "考核期内成交的订单从首次接触日期到成交日期的平均天数",
         lower=True),
    _kpi("new_customers", "新客户数", "New customers", KpiUnit.COUNT, _S,
         "customers whose first ever won deal closed in P (credited to that deal's owner)",
         "首笔成交订单的成交日期在考核期内的客户数（计入该订单负责人）"),
    _kpi("lead_conversion", "线索转化率", "Lead conversion", _P, _C,
         "customers created in P with a won deal closed by the end of P / "
         "customers created in P",
         "考核期内新建客户中截至考核期末已有成交订单的客户数 ÷ 考核期内新建客户数 × 100%"),
    _kpi("retention_rate", "客户保留率", "Customer retention", _P, _C,
         "(E - N) / S: S customers existing and not churned at the start of P, "
         "E at the end of P, N created in P",
         "（考核期末客户数 − 考核期内新建客户数）÷ 考核期初客户数 × 100%"
         "（期初、期末客户数均不含已流失客户）"),
    _kpi("churn_rate", "客户流失率", "Customer churn", _P, _C,
         "customers of S churned in P / S",
         "考核期初客户（期初已有且未流失）中在考核期内流失的客户数 ÷ 考核期初客户数 × 100%",
         lower=True),
    _kpi("clv", "客户终身价值", "Customer lifetime value", KpiUnit.YUAN, _C,
         "avg_order_value x purchases per customer per year x (1 / annual churn rate), "
         "over the 4 quarters (12 months) ending with P",
         "客单价 × 每位客户年均购买次数 ×（1 ÷ 年客户流失率），"
         "按截至考核期末的 4 个季度（12 个月）计算"),
    _kpi("profile_completeness", "客户信息完整度", "Profile completeness", _P, _C,
         "average over the customers owned at the end of P of "
         "(required profile fields filled / required fields)",
         "考核期末所负责的各客户（已填必填资料项数 ÷ 必填资料项数）的平均值 × 100%"),
    _kpi("follow_ups", "跟进记录", "Follow-ups", KpiUnit.COUNT, _C,
         "activities logged in P",
         "考核期内登记的跟进记录条数"),
    _kpi("follow_up_coverage", "跟进覆盖率", "Follow-up coverage", _P, _C,
         "customers owned with at least one activity in P / customers owned at the end of P",
         "考核期内至少有一条跟进记录的所负责客户数 ÷ 考核期末所负责客户数 × 100%"),
    _kpi("cac", "获客成本", "Customer acquisition cost", KpiUnit.YUAN, _M,
         "(marketing spend in P + sales expense in P) / new_customers",
         "（考核期营销费用 + 考核期销售费用）÷ 新客户数", lower=True,
         staff_level=False),
    _kpi("marketing_roi", "营销投资回报率", "Marketing ROI", _P, _M,
         "(revenue of customers with a marketing source in P - spend in P) / spend in P",
         "（营销渠道来源客户的考核期销售额 − 考核期营销费用）÷ 考核期营销费用 × 100%",
         staff_level=False),
    _kpi("cost_per_lead", "线索成本", "Cost per lead", KpiUnit.YUAN, _M,
         "marketing spend in P / leads generated in P",
         "考核期营销费用 ÷ 考核期新增线索数", lower=True, staff_level=False),
    _kpi("complaint_rate", "客户投诉率", "Complaint rate", _P, _V,
         "tickets opened in P flagged as complaint / distinct customers with tickets "
         "opened in P",
         "考核期内受理的投诉工单数 ÷ 考核期内有受理工单的客户数（同一客户只计一次）× 100%",
         lower=True),
    _kpi("csat", "客户满意度", "Customer satisfaction", KpiUnit.SCORE, _V,
         "average satisfaction (0-100) of tickets resolved in P that have a rating",
         "考核期内解决且有评分的工单的满意度平均分（百分制）"),
    _kpi("first_response_minutes", "响应时间", "First response time", KpiUnit.MINUTES, _V,
         "average of (first response - opened) over tickets opened in P with a response",
         "考核期内受理且已响应的工单从受理到首次响应的平均分钟数",
         lower=True),
    _kpi("resolution_hours", "解决时间", "Resolution time", KpiUnit.HOURS, _V,
         "average of (resolved - opened) over tickets resolved in P",
         "考核期内解决的工单从受理到解决的平均小时数", lower=True),
    _kpi("fcr_rate", "首次解决率", "First contact resolution", _P, _V,
         "tickets resolved in P on first contact / tickets resolved in P",
         "考核期内首次接触即解决的工单数 ÷ 考核期内解决的工单数 × 100%"),
    _kpi("resolution_rate", "问题解决率", "Resolution rate", _P, _V,
         "tickets opened in P and resolved by the end of P / tickets opened in P",
         "考核期内受理且在考核期末前解决的工单数 ÷ 考核期内受理的工单数 × 100%"),
    _kpi("repeat_issue_rate", "问题重复率", "Repeat issue rate", _P, _V,
         "tickets opened in P flagged as repeat / tickets opened in P",
         "考核期内受理的重复问题工单数 ÷ 考核期内受理的工单数 × 100%", lower=True),
)  # fmt: skip

_BY_KEY = {definition.key: definition for definition in KPI_DEFINITIONS}


def kpi_definition(key: str) -> KpiDefinition:
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValidationError(
            "'{key}' is not a KPI; known KPIs: {known}", key=key, known=", ".join(_BY_KEY)
        ) from None


def parse_kpi_keys(text: str | None) -> tuple[KpiDefinition, ...]:
    """`revenue,win_rate` -> their definitions, in registry order; None or '' -> all."""
    if not text:
        return KPI_DEFINITIONS
    wanted = {kpi_definition(part.strip()).key for part in text.split(",") if part.strip()}
    return tuple(d for d in KPI_DEFINITIONS if d.key in wanted)


CSAT_BANDS: tuple[tuple[str, int, int], ...] = (
    ("非常满意", 90, 100),
    ("满意", 70, 89),
    ("一般", 50, 69),
    ("不满意", 0, 49),
)

_HUNDRED = Decimal(100)
_ONE = Decimal(1)
_ZERO = Decimal(0)
# Products of figures: exact (a figure has at most 28 digits), or an error, never rounded.
_EXACT = Context(prec=80, traps=[Inexact, InvalidOperation, Overflow])
_CENTS = Decimal("0.01")


@dataclass(frozen=True)
class KpiValue:
    """One KPI for one scope and period, with the figures it came from.

    `value` is None exactly when the KPI is n/a; `reason` then says why. `numerator` and
    `denominator` are the source figures an evaluation sheet shows next to the score.
    """

    key: str
    value: Decimal | None
    reason: str = ""
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    details: tuple[tuple[str, Decimal], ...] = ()
    target: Decimal | None = None
    attainment: Decimal | None = None
    attainment_reason: str = why.NO_TARGET
    previous: Decimal | None = None
    growth: Decimal | None = None
    growth_reason: str = ""

    @property
    def is_na(self) -> bool:
        return self.value is None

    def with_target(self, target: Decimal | None, direction: Direction) -> KpiValue:
        attainment, reason = attainment_of(self.value, target, direction)
        return replace(self, target=target, attainment=attainment, attainment_reason=reason)

    def with_previous(self, previous: KpiValue) -> KpiValue:
        growth, reason = growth_of(self.value, previous.value)
        return replace(self, previous=previous.value, growth=growth, growth_reason=reason)


Exact = Decimal | Fraction | int
"""A figure held exactly: a sum or count (Decimal, int) or a combination of them (Fraction)."""


def exact_decimal(number: Exact) -> Decimal:
    """The one rounding of an exact figure: to Decimal's 28 significant digits."""
    if isinstance(number, Decimal):  # first: checking for a Fraction (an ABC) is slow
        return number
    if isinstance(number, Fraction):
        return Decimal(number.numerator) / Decimal(number.denominator)
    return Decimal(number)


def na(key: str, reason: str, numerator: Exact | None = None,
       denominator: Exact | None = None) -> KpiValue:  # fmt: skip
    return KpiValue(key, None, reason, _dec(numerator), _dec(denominator))


def amount(key: str, total: Exact) -> KpiValue:
    """A sum or a count: over nothing it is 0, a value."""
    value = exact_decimal(total)
    return KpiValue(key, value, numerator=value)


def ratio(
    key: str,
    numerator: Exact,
    denominator: Exact,
    empty_reason: str,
    *,
    percent: bool = False,
    scale: Decimal | int = 1,
) -> KpiValue:
    """numerator / denominator (x 100 for percentages, / scale for unit changes), divided
    once from the exact figures."""
    if isinstance(numerator, Decimal | int) and isinstance(denominator, Decimal | int):
        return _decimal_ratio(key, Decimal(numerator), Decimal(denominator), empty_reason,
                              _HUNDRED if percent else _ONE, Decimal(scale))  # fmt: skip
    num, den = Fraction(numerator), Fraction(denominator)
    if den == 0:
        return KpiValue(key, None, empty_reason, exact_decimal(num), exact_decimal(den))
    value = num / den * (100 if percent else 1) / Fraction(scale)
    return KpiValue(
        key, exact_decimal(value), numerator=exact_decimal(num), denominator=exact_decimal(den)
    )


def _decimal_ratio(
    key: str, num: Decimal, den: Decimal, empty_reason: str, times: Decimal, scale: Decimal
) -> KpiValue:
    """`ratio` of sums and counts without Fractions (a sixth of the time): the products are
    exact, the one division rounds as dividing the reduced fraction does, and the figures
    are written as `exact_decimal` writes a Fraction (tests/domain/test_kpi_exact.py)."""
    if den == 0:
        return KpiValue(key, None, empty_reason, _as_quotient(num), _as_quotient(den))
    context = getcontext().copy()
    context.clear_flags()
    value = context.divide(_EXACT.multiply(num, times), _EXACT.multiply(den, scale))
    if not context.flags[Inexact]:
        value = _as_quotient(value)
    return KpiValue(key, value, numerator=_as_quotient(num), denominator=_as_quotient(den))


def _as_quotient(exact: Decimal) -> Decimal:
    """An exact value as Decimal(p) / Decimal(q) gives it for its reduced fraction p/q: no
    exponent when whole, no trailing zeros otherwise, and 0 without a sign."""
    if not exact:
        return _ZERO
    if exact == exact.to_integral_value():
        return exact.quantize(_ONE)
    return exact.normalize()


def attainment_of(
    actual: Decimal | None, target: Decimal | None, direction: Direction
) -> tuple[Decimal | None, str]:
    """actual / target in percent (target / actual when lower is better)."""
    if target is None:
        return None, why.NO_TARGET
    if actual is None:
        return None, why.KPI_IS_NA
    top, bottom = (actual, target)
    if direction is Direction.LOWER_IS_BETTER:
        top, bottom = target, actual
    if bottom == 0:
        return None, why.TARGET_OR_ACTUAL_ZERO
    return top * _HUNDRED / bottom, ""


def growth_of(current: Decimal | None, previous: Decimal | None) -> tuple[Decimal | None, str]:
    """(current - previous) / previous in percent."""
    if previous is None:
        return None, "n/a in the previous period"
    if current is None:
        return None, "n/a in this period"
    if previous == 0:
        return None, "the previous period's value is 0"
    return (current - previous) * _HUNDRED / abs(previous), ""


def format_number(value: Decimal | None, unit: KpiUnit | None = None) -> str:
    """Display form: 2 decimals (ROUND_HALF_UP) except counts; n/a as 'n/a'."""
    return _number_text(value, unit, for_display=True)


def plain_number(value: Decimal | None, unit: KpiUnit | None = None) -> str:
    """File form (CSV): rounded as `format_number` rounds, without thousands separators
    or a % sign; n/a as 'n/a'."""
    return _number_text(value, unit, for_display=False)


def _number_text(value: Decimal | None, unit: KpiUnit | None, for_display: bool) -> str:
    if value is None:
        return "n/a"
    if unit is KpiUnit.COUNT and value == value.to_integral_value():
        return f"{int(value):,}" if for_display else str(int(value))
    try:
        rounded = value.quantize(_CENTS, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return str(value)
    if not for_display:
        return f"{rounded:.2f}"
    text = f"{rounded:,.2f}"
    return f"{text}%" if unit is KpiUnit.PERCENT else text


def _dec(number: Exact | None) -> Decimal | None:
    return None if number is None else exact_decimal(number)
