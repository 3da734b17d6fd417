"""The KPI reads of one connection, for `KpiService` (which holds no SQL of its own)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

from kpm_desktop.domain.kpi_figures import Figures
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_queries import customers, marketing, people, sales, service
from kpm_desktop.storage.kpi_queries.grouping import FamilyFigures, Grouping, PeriodWindow
from kpm_desktop.storage.kpi_queries.people import DepartmentEntry, StaffEntry


class KpiReader:
    """Staff, departments and each family's figures, read on one connection.

    `connection` is handed on to the readers that share it (office zone, marketing
    sources) so that one computation reads one consistent state.
    """

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def staff(self) -> list[StaffEntry]:
        return people.staff_entries(self.connection)

    def departments(self) -> list[DepartmentEntry]:
        return people.department_entries(self.connection)

    def group_keys(self, grouping: Grouping) -> list[int]:
        return grouping.group_keys(self.connection)

    def sales(
        self, grouping: Grouping, window: PeriodWindow, figures: Collection[str]
    ) -> FamilyFigures:
        """The sales `figures` only: the SQL of the others does not run."""
        return sales.sales_figures(self.connection, grouping, window, figures)

    def previous_revenue(self, grouping: Grouping, window: PeriodWindow) -> FamilyFigures:
        return sales.revenue_figures(self.connection, grouping, window)

    def customers(
        self,
        grouping: Grouping,
        window: PeriodWindow,
        year: PeriodWindow,
        figures: Collection[str],
    ) -> FamilyFigures:
        """The customer `figures` only; `year` is the 12 months ending with the period
        (for clv)."""
        return customers.customer_figures(self.connection, grouping, window, year, figures)

    def service(
        self, grouping: Grouping, window: PeriodWindow, figures: Collection[str]
    ) -> FamilyFigures:
        """The service `figures` only: the SQL of the others does not run."""
        return service.service_figures(self.connection, grouping, window, figures)

    def company_spend(self, window: PeriodWindow) -> Figures:
        return marketing.company_spend(self.connection, window)

    def marketing(
        self,
        grouping: Grouping,
        window: PeriodWindow,
        sources: Sequence[str],
        figures: Collection[str],
    ) -> FamilyFigures:
        """The grouped marketing `figures` only."""
        return marketing.marketing_figures(self.connection, grouping, window, sources, figures)


@contextmanager
def kpi_reader(database: Database) -> Iterator[KpiReader]:
    """A reader on a connection of its own, closed when the block ends."""
    with database.engine.connect() as connection:
        yield KpiReader(connection)
