"""Every KPI formula reads only figures its family's SQL query selects.

The labels come from the query objects themselves (the grouped parts each family runs, and
the company spend statement), the figures a formula reads from running it on a recording
mapping: no hand-copied list on either side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from kpm_desktop.domain.kpi import Exact, KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_figures import (
    COMPANY_SPEND,
    CUSTOMERS,
    MARKETING,
    MARKETING_GROUPED,
    PREVIOUS_REVENUE,
    SALES,
    SERVICE,
    FigureFamily,
    Figures,
    MissingFigureError,
)
from kpm_desktop.domain.kpi_formulas import (
    CUSTOMER_FORMULAS,
    MARKETING_READS,
    SALES_FORMULAS,
    SERVICE_FORMULAS,
    company_marketing_figures,
    customer_values,
    department_marketing_figures,
    figures_for,
    marketing_values,
    previous_revenue,
    sales_values,
    service_values,
)
from kpm_desktop.storage.kpi_queries.customers import customer_parts
from kpm_desktop.storage.kpi_queries.grouping import Grouping, PeriodWindow, figure_labels
from kpm_desktop.storage.kpi_queries.marketing import company_spend_query, marketing_parts
from kpm_desktop.storage.kpi_queries.sales import revenue_part, sales_parts
from kpm_desktop.storage.kpi_queries.service import service_parts

WINDOW = PeriodWindow.between(date(2026, 7, 1), date(2026, 9, 30), ZoneInfo("Asia/Shanghai"))
YEAR = PeriodWindow.between(date(2025, 10, 1), date(2026, 9, 30), ZoneInfo("Asia/Shanghai"))
STAFF = Grouping(ScopeLevel.STAFF)
COMPANY = Grouping(ScopeLevel.COMPANY)
SPEND_LABELS = tuple(column.name for column in company_spend_query(WINDOW).selected_columns)
GROUPED_LABELS = figure_labels(marketing_parts(COMPANY, WINDOW, ["展会"]))

QUERY_LABELS: dict[FigureFamily, tuple[str, ...]] = {
    SALES: figure_labels(sales_parts(STAFF, WINDOW)),
    PREVIOUS_REVENUE: figure_labels([revenue_part(STAFF, WINDOW)]),
    CUSTOMERS: figure_labels(customer_parts(STAFF, WINDOW, YEAR)),
    SERVICE: figure_labels(service_parts(STAFF, WINDOW)),
    MARKETING_GROUPED: GROUPED_LABELS,
    COMPANY_SPEND: SPEND_LABELS,
    MARKETING: GROUPED_LABELS + SPEND_LABELS,
}


class _Recording(Mapping[str, Exact]):
    """Query-row figures (every label the query selects, all `value`) that note each read."""

    def __init__(self, labels: tuple[str, ...], value: int) -> None:
        self._values: dict[str, Exact] = dict.fromkeys(labels, Decimal(value))
        self.read: set[str] = set()

    def __getitem__(self, name: str) -> Exact:
        self.read.add(name)
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _formula_reads(family: FigureFamily, formula: Callable[[Figures], object]) -> set[str]:
    """The figures `formula` reads, over rows of ones (every branch) and of zeros (n/a)."""
    read: set[str] = set()
    for value in (1, 0):
        row = _Recording(QUERY_LABELS[family], value)
        formula(Figures(family, row))
        read |= row.read
    return read


def _department_marketing(grouped: Figures) -> dict[str, KpiValue]:
    spend = COMPANY_SPEND.zeros(marketing_spend=Decimal(100), leads=Decimal(4), spend_rows=1)
    return marketing_values(department_marketing_figures(grouped, spend, Decimal(7)))


FORMULAS: list[tuple[FigureFamily, Callable[[Figures], object]]] = [
    (SALES, sales_values),
    (PREVIOUS_REVENUE, previous_revenue),
    (CUSTOMERS, lambda figures: customer_values(figures, 6)),
    (SERVICE, service_values),
    (MARKETING, marketing_values),
    (MARKETING_GROUPED, _department_marketing),
    (MARKETING_GROUPED, lambda grouped: company_marketing_figures(grouped, COMPANY_SPEND.zeros())),
    (COMPANY_SPEND, lambda spend: company_marketing_figures(MARKETING_GROUPED.zeros(), spend)),
]


@pytest.mark.parametrize(
    ("family", "formula"),
    FORMULAS,
    ids=[f"{family.name}-{n}" for n, (family, _f) in enumerate(FORMULAS)],
)
def test_every_figure_a_formula_reads_is_selected_by_its_query(
    family: FigureFamily, formula: Callable[[Figures], object]
) -> None:
    read = _formula_reads(family, formula)
    assert read, f"{family.name}: the formula reads no figure"
    assert read <= set(QUERY_LABELS[family]), sorted(read - set(QUERY_LABELS[family]))


@pytest.mark.parametrize("family", list(QUERY_LABELS), ids=lambda family: family.name)
def test_each_family_declares_what_its_query_selects(family: FigureFamily) -> None:
    labels = QUERY_LABELS[family]
    assert len(labels) == len(set(labels)), f"{family.name}: a label is selected twice"
    assert set(family.names) == set(labels)


PER_KPI = [
    (SALES, SALES_FORMULAS, lambda figures: sales_parts(STAFF, WINDOW, figures)),
    (SERVICE, SERVICE_FORMULAS, lambda figures: service_parts(STAFF, WINDOW, figures)),
]


@pytest.mark.parametrize(("family", "formulas", "parts"), PER_KPI, ids=["sales", "service"])
def test_each_kpi_declares_what_its_formula_reads_and_its_query_selects_only_that(
    family: FigureFamily, formulas: dict, parts: Callable[[tuple[str, ...]], list]
) -> None:
    for key, (reads, formula) in formulas.items():
        read: set[str] = set()
        for value in (1, 0):
            row = _Recording(QUERY_LABELS[family], value)
            formula(Figures(family, row).decimal)
            read |= row.read
        assert read == set(reads), key
        assert set(figure_labels(parts(figures_for(formulas, [key])))) == set(reads), key
    assert set(figures_for(formulas, formulas)) == set(family.names)


def test_each_customer_kpi_declares_what_it_reads_and_its_query_selects_only_that() -> None:
    for key, (reads, formula) in CUSTOMER_FORMULAS.items():
        row = _Recording(QUERY_LABELS[CUSTOMERS], 1)  # 1 everywhere: clv's longest path
        formula(Figures(CUSTOMERS, row), 6)
        assert row.read == set(reads), key
        parts = customer_parts(STAFF, WINDOW, YEAR, figures_for(CUSTOMER_FORMULAS, [key]))
        assert set(figure_labels(parts)) == set(reads), key
    assert set(figures_for(CUSTOMER_FORMULAS, CUSTOMER_FORMULAS)) == set(CUSTOMERS.names)


@pytest.mark.parametrize("key", list(MARKETING_READS))
def test_each_marketing_kpi_needs_only_its_declared_grouped_figures(key: str) -> None:
    spend = COMPANY_SPEND.zeros(marketing_spend=Decimal(100), leads=Decimal(4), spend_rows=1)
    every = MARKETING_GROUPED.zeros(**dict.fromkeys(MARKETING_GROUPED.names, 3))
    values = marketing_values(company_marketing_figures(every, spend), [key])
    assert set(values) == {key}
    asked = MARKETING_GROUPED.only(MARKETING_READS[key])
    narrowed = company_marketing_figures(asked.zeros(**dict.fromkeys(asked.names, 3)), spend)
    assert marketing_values(narrowed, [key]) == values
    parts = marketing_parts(Grouping(ScopeLevel.COMPANY), WINDOW, ["ad"], MARKETING_READS[key])
    assert set(figure_labels(parts)) == set(MARKETING_READS[key])


def test_a_narrowed_family_refuses_the_figures_left_out() -> None:
    figures = SALES.only(["revenue", "won"]).figures({"revenue": Decimal(5), "won": Decimal(1)})
    assert sales_values(figures, ["avg_order_value"])["avg_order_value"].value == 5
    with pytest.raises(MissingFigureError, match="'sales' has no figure 'items'"):
        sales_values(figures, ["items_per_order"])


def test_a_figure_missing_from_a_query_row_is_an_error_naming_it_and_its_family() -> None:
    row = dict.fromkeys(QUERY_LABELS[SALES], Decimal(1))
    del row["cycle_deals"]
    with pytest.raises(MissingFigureError, match="'sales' has no figure 'cycle_deals'"):
        SALES.figures(row)


def test_reading_an_undeclared_figure_is_an_error_never_zero() -> None:
    figures = SERVICE.zeros()
    with pytest.raises(MissingFigureError, match="'service' has no figure 'revenue'") as raised:
        sales_values(figures)
    assert (raised.value.family, raised.value.figure) == ("service", "revenue")
