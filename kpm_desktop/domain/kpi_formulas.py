"""From the figures a grouped KPI query returns (sums and counts) to KPI values.

Each family's query yields, per staff member, department or the company, that family's
`Figures` (`domain/kpi_figures.py`: the declared names, checked; a missing figure is an
error, never 0); the functions here turn one group's figures into `KpiValue`s. Keeping
the divisions here means SQL only adds and counts, and every n/a rule lives in one place.
Figures are held as exact `Fraction`s, so a ratio of ratios (CLV, a department's share of
the spend) is divided once, at the end (docs/kpis.md, "Exact arithmetic").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

from kpm_desktop.domain import kpi_reasons as why
from kpm_desktop.domain.kpi import CSAT_BANDS, Exact, KpiValue, amount, exact_decimal, na, ratio
from kpm_desktop.domain.kpi_figures import (
    COMPANY_SPEND,
    MARKETING,
    Figures,
)

# Each sales and service KPI: the figures its formula reads, and the formula. A
# computation asks the queries for the figures of the KPIs it was asked for only.
Formula = Callable[[Callable[[str], Decimal]], KpiValue]

SALES_FORMULAS: dict[str, tuple[tuple[str, ...], Formula]] = {
    "revenue": (("revenue",), lambda f: amount("revenue", f("revenue"))),
    "won_deals": (("won",), lambda f: amount("won_deals", f("won"))),
    "lost_deals": (("lost",), lambda f: amount("lost_deals", f("lost"))),
    "win_rate": (
        ("won", "lost"),
        lambda f: ratio(
            "win_rate", f("won"), f("won") + f("lost"), why.NO_DEAL_CLOSED, percent=True
        ),
    ),
    "avg_order_value": (
        ("revenue", "won"),
        lambda f: ratio("avg_order_value", f("revenue"), f("won"), why.NO_DEAL_WON),
    ),
    "items_per_order": (
        ("items", "won"),
        lambda f: ratio("items_per_order", f("items"), f("won"), why.NO_DEAL_WON),
    ),
    "purchase_frequency": (
        ("won", "won_customers"),
        lambda f: ratio("purchase_frequency", f("won"), f("won_customers"), why.NO_DEAL_WON),
    ),
    "sales_cycle_days": (
        ("cycle_days", "cycle_deals"),
        lambda f: ratio(
            "sales_cycle_days", f("cycle_days"), f("cycle_deals"), why.NO_FIRST_CONTACT
        ),
    ),
    "new_customers": (("new_customers",), lambda f: amount("new_customers", f("new_customers"))),
}


def figures_for(
    formulas: Mapping[str, tuple[tuple[str, ...], object]], keys: Iterable[str]
) -> tuple[str, ...]:
    """The figures the formulas of `keys` read, in the order of the formulas."""
    wanted = set(keys)
    names = (name for key, (reads, _f) in formulas.items() if key in wanted for name in reads)
    return tuple(dict.fromkeys(names))


def _values(
    formulas: Mapping[str, tuple[tuple[str, ...], Formula]],
    figures: Figures,
    keys: Collection[str] | None,
) -> dict[str, KpiValue]:
    return {
        key: formula(figures.decimal)
        for key, (_reads, formula) in formulas.items()
        if keys is None or key in keys
    }


def sales_values(figures: Figures, keys: Collection[str] | None = None) -> dict[str, KpiValue]:
    """The sales KPIs of `keys` (all when None); `figures` needs only what they read."""
    return _values(SALES_FORMULAS, figures, keys)


def previous_revenue(figures: Figures) -> KpiValue:
    """The previous period's revenue, for the growth against it."""
    return amount("revenue", figures.decimal("revenue"))


def revenue_growth(now: Decimal, before: Decimal) -> KpiValue:
    if before == 0:
        return na("revenue_growth", why.NO_PREVIOUS_REVENUE, now - before, before)
    return ratio("revenue_growth", now - before, before, "", percent=True)


# Each customer KPI: the figures it reads, and its formula of the figures and the number
# of required profile fields.
CustomerFormula = Callable[[Figures, int], KpiValue]
CUSTOMER_FORMULAS: dict[str, tuple[tuple[str, ...], CustomerFormula]] = {
    "lead_conversion": (
        ("converted", "created"),
        lambda figures, _n: ratio(
            "lead_conversion", figures.decimal("converted"), figures.decimal("created"),
            why.NO_CUSTOMER_CREATED, percent=True,
        ),
    ),
    "retention_rate": (
        ("end_base", "created", "start_base"),
        lambda figures, _n: ratio(
            "retention_rate", figures.decimal("end_base") - figures.decimal("created"),
            figures.decimal("start_base"), why.NO_CUSTOMER_AT_START, percent=True,
        ),
    ),
    "churn_rate": (
        ("churned", "start_base"),
        lambda figures, _n: ratio(
            "churn_rate", figures.decimal("churned"), figures.decimal("start_base"),
            why.NO_CUSTOMER_AT_START, percent=True,
        ),
    ),
    "clv": (
        ("year_revenue", "year_customers", "year_start_base", "year_churned"),
        lambda figures, _n: _clv(figures),
    ),
    "profile_completeness": (
        ("profile_filled", "end_base"),
        lambda figures, required_fields: ratio(
            "profile_completeness", figures.decimal("profile_filled"),
            figures.decimal("end_base") * required_fields, why.NO_CUSTOMER_AT_END, percent=True,
        ),
    ),
    "follow_ups": (
        ("follow_ups",),
        lambda figures, _n: amount("follow_ups", figures.decimal("follow_ups")),
    ),
    "follow_up_coverage": (
        ("covered", "end_base"),
        lambda figures, _n: ratio(
            "follow_up_coverage", figures.decimal("covered"), figures.decimal("end_base"),
            why.NO_CUSTOMER_AT_END, percent=True,
        ),
    ),
}  # fmt: skip


def customer_values(
    figures: Figures, required_fields: int, keys: Collection[str] | None = None
) -> dict[str, KpiValue]:
    """The customer KPIs of `keys` (all when None); `figures` needs only what they read."""
    return {
        key: formula(figures, required_fields)
        for key, (_reads, formula) in CUSTOMER_FORMULAS.items()
        if keys is None or key in keys
    }


def _clv(figures: Figures) -> KpiValue:
    """aov x purchases per customer-year x 1/annual churn = revenue / customers / churn."""
    f = figures.exact
    if f("year_customers") == 0:
        return na("clv", why.NO_DEAL_WON_IN_YEAR)
    if f("year_start_base") == 0:
        return na("clv", why.NO_CUSTOMER_AT_YEAR_START)
    if f("year_churned") == 0:
        return na("clv", why.NO_CHURN_IN_YEAR)
    per_customer_year = f("year_revenue") / f("year_customers")
    annual_churn = f("year_churned") / f("year_start_base")
    return KpiValue(
        "clv",
        exact_decimal(per_customer_year / annual_churn),
        numerator=exact_decimal(per_customer_year),
        denominator=exact_decimal(annual_churn),
        details=tuple(
            (name, figures.decimal(figure))
            for name, figure in (
                ("revenue_12m", "year_revenue"),
                ("customers_12m", "year_customers"),
                ("start_base_12m", "year_start_base"),
                ("churned_12m", "year_churned"),
            )
        ),
    )


def _csat(f: Callable[[str], Decimal]) -> KpiValue:
    csat = ratio("csat", f("satisfaction"), f("rated"), why.NO_RATED_TICKET)
    bands = tuple((name, f(f"band_{low}")) for name, low, _high in CSAT_BANDS)
    return KpiValue("csat", csat.value, csat.reason, csat.numerator, csat.denominator, bands)


SERVICE_FORMULAS: dict[str, tuple[tuple[str, ...], Formula]] = {
    "complaint_rate": (
        ("complaints", "opened_customers"),
        lambda f: ratio(
            "complaint_rate", f("complaints"), f("opened_customers"), why.NO_TICKET_OPENED,
            percent=True,
        ),
    ),
    "csat": (
        ("satisfaction", "rated", *(f"band_{low}" for _name, low, _high in CSAT_BANDS)),
        _csat,
    ),
    "first_response_minutes": (
        ("response_seconds", "responded"),
        lambda f: ratio(
            "first_response_minutes", f("response_seconds"), f("responded"),
            why.NO_TICKET_RESPONDED, scale=60,
        ),
    ),
    "resolution_hours": (
        ("resolution_seconds", "resolved"),
        lambda f: ratio(
            "resolution_hours", f("resolution_seconds"), f("resolved"), why.NO_TICKET_RESOLVED,
            scale=3600,
        ),
    ),
    "fcr_rate": (
        ("first_contact", "resolved"),
        lambda f: ratio(
            "fcr_rate", f("first_contact"), f("resolved"), why.NO_TICKET_RESOLVED, percent=True
        ),
    ),
    "resolution_rate": (
        ("opened_resolved", "opened"),
        lambda f: ratio(
            "resolution_rate", f("opened_resolved"), f("opened"), why.NO_TICKET_OPENED,
            percent=True,
        ),
    ),
    "repeat_issue_rate": (
        ("repeats", "opened"),
        lambda f: ratio(
            "repeat_issue_rate", f("repeats"), f("opened"), why.NO_TICKET_OPENED, percent=True
        ),
    ),
}  # fmt: skip


def service_values(figures: Figures, keys: Collection[str] | None = None) -> dict[str, KpiValue]:
    """The service KPIs of `keys` (all when None); `figures` needs only what they read."""
    return _values(SERVICE_FORMULAS, figures, keys)


# The grouped figures each marketing KPI reads besides the company's spend (a department's
# share of the spend is its share of new customers: departments always read those).
MARKETING_READS: dict[str, tuple[str, ...]] = {
    "cac": ("sales_expense", "new_customers"),
    "marketing_roi": ("marketing_revenue",),
    "cost_per_lead": (),
}


def marketing_values(figures: Figures, keys: Collection[str] | None = None) -> dict[str, KpiValue]:
    """Company or department figures; a department's spend and leads are its share. The
    KPIs of `keys` (all when None); `figures` needs only what they read."""
    wanted = [key for key in MARKETING_READS if keys is None or key in keys]
    f = figures.exact
    if f("spend_rows") == 0:
        return {key: na(key, why.NO_SPEND_RECORDED) for key in wanted}
    spend = f("marketing_spend")
    formulas: dict[str, Callable[[], KpiValue]] = {
        "cac": lambda: ratio(
            "cac", spend + f("sales_expense"), f("new_customers"), why.NO_NEW_CUSTOMER
        ),
        "marketing_roi": lambda: ratio(
            "marketing_roi", f("marketing_revenue") - spend, spend,
            why.NO_MARKETING_SPEND, percent=True,
        ),
        "cost_per_lead": lambda: ratio("cost_per_lead", spend, f("leads"), why.NO_LEAD),
    }  # fmt: skip
    return {key: formulas[key]() for key in wanted}


def company_marketing_figures(grouped: Figures, company_spend: Figures) -> Figures:
    """The company's marketing figures: its grouped figures and its spend."""
    names = grouped.family.names
    return MARKETING.only((*names, *COMPANY_SPEND.names)).figures(
        {
            **{name: grouped[name] for name in names},
            **{name: company_spend[name] for name in COMPANY_SPEND.names},
        }
    )


def department_marketing_figures(
    department: Figures, company_spend: Figures, company_new_customers: Exact
) -> Figures:
    """A department's share of the ownerless spend and leads: its share of new customers
    (an exact fraction, so its cost per lead is the company's to the last digit)."""
    share = (
        department.exact("new_customers") / Fraction(company_new_customers)
        if company_new_customers
        else Fraction(0)
    )
    names = department.family.names
    return MARKETING.only((*names, *COMPANY_SPEND.names)).figures(
        {
            **{name: department.decimal(name) for name in names},
            "marketing_spend": company_spend.exact("marketing_spend") * share,
            "leads": company_spend.exact("leads") * share,
            "spend_rows": company_spend.decimal("spend_rows"),
        }
    )


def staff_marketing_values() -> dict[str, KpiValue]:
    reason = why.SPEND_HAS_NO_OWNER
    return {key: na(key, reason) for key in ("cac", "marketing_roi", "cost_per_lead")}


__all__ = [
    "CUSTOMER_FORMULAS",
    "MARKETING_READS",
    "SALES_FORMULAS",
    "SERVICE_FORMULAS",
    "company_marketing_figures",
    "customer_values",
    "department_marketing_figures",
    "figures_for",
    "marketing_values",
    "previous_revenue",
    "revenue_growth",
    "sales_values",
    "service_values",
    "staff_marketing_values",
]
