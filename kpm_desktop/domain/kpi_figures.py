"""The figures a KPI family's query returns, as a declared, checked set per family.

Each family (sales, customers, service, marketing, and the previous period's revenue)
declares the figure names its formulas read. A query's row becomes `Figures` through
`FigureFamily.figures`, which refuses a row that lacks a declared figure, and reading a
figure the family does not declare is refused too: either is a bug (a renamed SQL label, a
formula reading a figure no query selects), raised as `MissingFigureError` naming the
figure and the family, never read as 0. See docs/kpis.md, "Figures per family".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kpm_desktop.domain.kpi import CSAT_BANDS, Exact, exact_decimal


class MissingFigureError(LookupError):
    """A KPI formula needs a figure its family's query did not give (a bug, not user input)."""

    def __init__(self, family: str, figure: str) -> None:
        super().__init__(f"KPI family '{family}' has no figure '{figure}'")
        self.family = family
        self.figure = figure


@dataclass(frozen=True)
class FigureFamily:
    """A family's name and the figures its formulas read."""

    name: str
    names: tuple[str, ...]

    def figures(self, values: Mapping[str, Exact]) -> Figures:
        """The declared figures out of a query row; a missing one raises."""
        missing = next((name for name in self.names if name not in values), None)
        if missing is not None:
            raise MissingFigureError(self.name, missing)
        return Figures(self, {name: values[name] for name in self.names})

    def only(self, names: Iterable[str]) -> FigureFamily:
        """The family narrowed to `names` (what a computation asked for): reading any other
        figure raises as for an undeclared one."""
        wanted = set(names)
        unknown = next((name for name in wanted if name not in self.names), None)
        if unknown is not None:
            raise MissingFigureError(self.name, unknown)
        return FigureFamily(self.name, tuple(name for name in self.names if name in wanted))

    def zeros(self, **given: Exact) -> Figures:
        """Every figure 0 except those `given` (a group with no records; tests)."""
        unknown = next((name for name in given if name not in self.names), None)
        if unknown is not None:
            raise MissingFigureError(self.name, unknown)
        return self.figures({**dict.fromkeys(self.names, 0), **given})


@dataclass(frozen=True)
class Figures:
    """One group's figures of one family; `values` holds exactly the declared names."""

    family: FigureFamily
    values: Mapping[str, Exact]

    def __getitem__(self, name: str) -> Exact:
        if name not in self.family.names:
            raise MissingFigureError(self.family.name, name)
        try:
            return self.values[name]
        except KeyError:
            raise MissingFigureError(self.family.name, name) from None

    def decimal(self, name: str) -> Decimal:
        """A sum or count as the query gave it (its digits kept, 1300.50 stays 1300.50)."""
        return exact_decimal(self[name])

    def exact(self, name: str) -> Fraction:
        """A figure for a formula that combines ratios: exact, whatever it is held as."""
        return Fraction(self[name])


SALES = FigureFamily(
    "sales",
    (
        "revenue", "won", "lost", "items", "won_customers", "cycle_days", "cycle_deals",
        "new_customers",
    ),
)  # fmt: skip
PREVIOUS_REVENUE = FigureFamily("previous revenue", ("revenue",))
CUSTOMERS = FigureFamily(
    "customers",
    (
        "created", "converted", "start_base", "end_base", "churned", "profile_filled",
        "follow_ups", "covered", "year_revenue", "year_customers", "year_start_base",
        "year_churned",
    ),
)  # fmt: skip
SERVICE = FigureFamily(
    "service",
    (
        "opened", "opened_customers", "complaints", "repeats", "opened_resolved", "responded",
        "response_seconds", "resolved", "first_contact", "resolution_seconds", "rated",
        "satisfaction", *(f"band_{low}" for _name, low, _high in CSAT_BANDS),
    ),
)  # fmt: skip
# Marketing figures come from two queries: the grouped one (per department or the
# company) and the company's spend, which has no owner; a department gets a share of it.
MARKETING_GROUPED = FigureFamily(
    "marketing (grouped)", ("sales_expense", "new_customers", "marketing_revenue")
)
COMPANY_SPEND = FigureFamily("company spend", ("marketing_spend", "leads", "spend_rows"))
MARKETING = FigureFamily("marketing", (*MARKETING_GROUPED.names, *COMPANY_SPEND.names))
