"""KPIs per staff member, department or the company for any period (docs/kpis.md).

`KpiService.compute` runs one grouped query per KPI family for all groups of a period at
once, adds growth against the previous period and attainment against targets.

Appraisals: a KPI-linked indicator is filled by `KpiService.values_for_staff(staff_nos,
period, keys)`, which is `compute` at staff level narrowed to those people; each
`KpiValue` carries `numerator` and `denominator` so the sheet can show how it was reached.

`compute` answers for everyone: it serves services that check access themselves. Pages and
commands call `compute_for(actor, ...)`, which shows a user the KPIs of the staff whose CRM
records they reach (VIEW_CRM): an employee their own, a supervisor their team's and their
own, HR and viewers everyone. Department rows are shown for departments whose staff the
user all reaches, company figures only to users who reach everyone.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from zoneinfo import ZoneInfo

from kpm_desktop.domain.access import (
    Actor,
    OrgChart,
    Permission,
    denial,
    is_allowed,
    reaches_anyone,
)
from kpm_desktop.domain.crm import REQUIRED_PROFILE_FIELDS
from kpm_desktop.domain.errors import NotFoundError, UserText
from kpm_desktop.domain.kpi import (
    Direction,
    KpiDefinition,
    KpiFamily,
    KpiValue,
    ScopeLevel,
    attainment_of,
    kpi_definition,
    parse_kpi_keys,
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
    revenue_growth,
    sales_values,
    service_values,
    staff_marketing_values,
)
from kpm_desktop.domain.kpi_table import KpiNote, KpiRow, KpiTable, KpiTarget
from kpm_desktop.domain.marketing_sources import ChannelRoi
from kpm_desktop.domain.period import Period, PeriodKind
from kpm_desktop.services.admin.access_guard import AccessGuard
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.kpis.kpi_targets import TargetBook
from kpm_desktop.services.kpis.marketing_source_book import MarketingSourceBook
from kpm_desktop.storage import user_repository as users
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_queries.grouping import COMPANY_KEY, Grouping, PeriodWindow
from kpm_desktop.storage.kpi_queries.people import DepartmentEntry, StaffEntry
from kpm_desktop.storage.kpi_queries.reader import KpiReader, kpi_reader

_DERIVED_FROM_SALES = ("revenue_growth", "target_attainment")


class KpiService:
    def __init__(
        self,
        database: Database,
        zone: ZoneInfo | None = None,
        audit: AuditTrail | None = None,
    ) -> None:
        """Periods are cut at local midnight in `zone`; None: the office zone stored in the
        database, read at each computation so that a change applies at once."""
        self._database = database
        self._zone = zone
        self.targets = TargetBook(database, audit)
        self.marketing_sources = MarketingSourceBook(database, audit)

    def office_zone(self) -> ZoneInfo:
        """The zone periods are cut in."""
        if self._zone is not None:
            return self._zone
        with kpi_reader(self._database) as reader:
            return read_office_zone(reader.connection)

    def can_view(self, actor: Actor) -> bool:
        """Whether the KPI page belongs in `actor`'s window (no database needed)."""
        return reaches_anyone(actor, Permission.VIEW_CRM)

    # Targets: kept here too so callers have one service for KPIs.
    def can_manage_targets(self, actor: Actor) -> bool:
        """Whether target-changing actions belong in `actor`'s window (no database needed)."""
        return is_allowed(actor, Permission.MANAGE_TARGETS, OrgChart())

    def set_target(self, actor: Actor, target: KpiTarget) -> None:
        self.targets.set_targets(actor, [target])

    def set_targets(self, actor: Actor, targets: Sequence[KpiTarget]) -> int:
        return self.targets.set_targets(actor, targets)

    def targets_for(self, actor: Actor, period: Period | str) -> list[KpiTarget]:
        """The period's targets `actor` may read: those of the staff they reach, and of the
        departments whose staff they all reach (as with the KPIs themselves)."""
        targets = self.targets.targets_for(period)
        reach = self._crm_reach(actor, UserText("KPI targets"))
        if reach is None:
            return targets
        with kpi_reader(self._database) as reader:
            staff = reader.staff()
            departments = reader.departments()
        reached_numbers = {s.employee_no for s in staff if s.id in reach}
        unreached = {s.department_id for s in staff if s.id not in reach}
        whole = {d.code for d in departments if d.id not in unreached}
        return [
            t
            for t in targets
            if (t.staff_no in reached_numbers if t.staff_no else t.department_code in whole)
        ]

    def channel_roi_for(self, actor: Actor, period: Period | str) -> list[ChannelRoi]:
        """Marketing ROI per spend channel for the company, to a user who may see the
        company's KPIs."""
        self._reach(actor, ScopeLevel.COMPANY, None)
        if isinstance(period, str):
            period = Period.parse(period)
        with kpi_reader(self._database) as reader:
            window = PeriodWindow.of(period, self._zone_of(reader))
            return self.marketing_sources.channel_rois(reader.connection, window)

    def departments(self) -> list[tuple[str, str]]:
        """(code, name) of every department, for choosers."""
        with kpi_reader(self._database) as reader:
            return [(d.code, d.name) for d in reader.departments()]

    def departments_for(self, actor: Actor) -> list[tuple[str, str]]:
        """(code, name) of the departments where `actor` reaches someone's KPIs."""
        reach = self._crm_reach(actor, UserText("KPIs"))
        with kpi_reader(self._database) as reader:
            departments = reader.departments()
            if reach is None:
                return [(d.code, d.name) for d in departments]
            reached = {s.department_id for s in reader.staff() if s.id in reach}
        return [(d.code, d.name) for d in departments if d.id in reached]

    def values_for_staff(
        self, staff_nos: Sequence[str], period: Period | str, keys: Sequence[str]
    ) -> dict[str, dict[str, KpiValue]]:
        """employee no. -> KPI key -> value with its figures, for appraisal indicators."""
        table = self.compute(period, staff_nos=staff_nos, keys=keys)
        return {row.code: row.values for row in table.rows}

    def compute(
        self,
        period: Period | str,
        *,
        level: ScopeLevel = ScopeLevel.STAFF,
        department: str | None = None,
        staff_nos: Sequence[str] | None = None,
        keys: Sequence[str] | str | None = None,
        compare: bool = False,
    ) -> KpiTable:
        """One row per staff member (or department, or the company) and the chosen KPIs.

        `department` narrows staff rows to its members (or department rows to it);
        `compare` adds growth against the previous period to every value.
        """
        return self._table(period, level, department, staff_nos, keys, compare, reach=None)

    def compute_for(
        self,
        actor: Actor,
        period: Period | str,
        *,
        level: ScopeLevel = ScopeLevel.STAFF,
        department: str | None = None,
        staff_nos: Sequence[str] | None = None,
        keys: Sequence[str] | str | None = None,
        compare: bool = False,
    ) -> KpiTable:
        """`compute` with the rows `actor` may see; naming a staff member they do not reach,
        or asking for the company without reaching everyone, is refused."""
        reach = self._reach(actor, level, staff_nos)
        return self._table(period, level, department, staff_nos, keys, compare, reach)

    def _crm_reach(self, actor: Actor, what: UserText) -> frozenset[int] | None:
        """The staff whose CRM figures `actor` may read (None: everyone); a role that may read
        none is refused, naming `what`."""
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_CRM, record=what)
            return guard.reachable_staff(actor, Permission.VIEW_CRM)

    def _reach(
        self, actor: Actor, level: ScopeLevel, staff_nos: Sequence[str] | None
    ) -> frozenset[int] | None:
        with self._database.unit_of_work() as uow:
            guard = AccessGuard(uow)
            guard.require(actor, Permission.VIEW_CRM, record=UserText("KPIs"))
            reach = guard.reachable_staff(actor, Permission.VIEW_CRM)
            if reach is None or reach >= guard.org_chart.supervisor_of.keys():
                return None  # HR, viewers, and whoever leads the whole company
            if level is ScopeLevel.COMPANY:
                raise denial(actor, Permission.VIEW_CRM, UserText("the company's KPIs"))
            for staff_no in staff_nos or ():
                staff_id = users.staff_id_by_number(uow.session, staff_no)
                if staff_id is not None:  # an unknown number is reported by the computation
                    guard.require(actor, Permission.VIEW_CRM, staff_id=staff_id)
            return reach

    def _table(
        self,
        period: Period | str,
        level: ScopeLevel,
        department: str | None,
        staff_nos: Sequence[str] | None,
        keys: Sequence[str] | str | None,
        compare: bool,
        reach: frozenset[int] | None,
    ) -> KpiTable:
        if isinstance(period, str):
            period = Period.parse(period)
        definitions = _definitions(keys)
        with kpi_reader(self._database) as reader:
            staff = reader.staff()
            departments = reader.departments()
            grouping = self._grouping(level, department, staff_nos, staff, departments, reach)
            wanted = _computed_keys(definitions)
            current = self._values(reader, grouping, period, wanted)
            if reach is not None and level is ScopeLevel.DEPARTMENT:
                current = _whole_departments(current, staff, reach)
            previous: dict[int, dict[str, KpiValue]] = {}
            if compare:
                previous = self._values(reader, grouping, period.previous(), wanted)
            elif any(d.key == "revenue_growth" for d in definitions):
                previous = self._previous_revenue(reader, grouping, period.previous())
            notes: tuple[KpiNote, ...] = ()
            if any(d.key == "marketing_roi" for d in definitions):
                notes = self.marketing_sources.notes(reader.connection)
        targets = self.targets.effective(period, grouping.level, staff, departments)
        staff_by_id = {s.id: s for s in staff}
        departments_by_id = {d.id: d for d in departments}
        rows = []
        for key, values in current.items():
            finished = self._finish(
                values, previous.get(key), targets.get(key, {}), definitions, compare
            )
            rows.append(_row(grouping.level, key, finished, staff_by_id, departments_by_id))
        rows.sort(key=lambda row: row.code)
        return KpiTable(period, definitions, tuple(rows), notes)

    def _grouping(
        self,
        level: ScopeLevel,
        department: str | None,
        staff_nos: Sequence[str] | None,
        staff: Sequence[StaffEntry],
        departments: Sequence[DepartmentEntry],
        reach: frozenset[int] | None,
    ) -> Grouping:
        department_id = None
        if department is not None:
            matches = [d.id for d in departments if department in (d.code, d.name)]
            if not matches:
                raise NotFoundError(
                    "No department '{department}' (give its code or name)", department=department
                )
            department_id = matches[0]
        staff_ids = None
        if staff_nos is not None:
            by_no = {s.employee_no: s.id for s in staff}
            unknown = [no for no in staff_nos if no not in by_no]
            if unknown:
                raise NotFoundError(
                    "No staff member with employee no. {unknown}", unknown=", ".join(unknown)
                )
            staff_ids = tuple(by_no[no] for no in staff_nos)
        if reach is not None and level is ScopeLevel.STAFF:
            wanted = staff_ids if staff_ids is not None else sorted(reach)
            staff_ids = tuple(staff_id for staff_id in wanted if staff_id in reach)
        return Grouping(level, department_id, staff_ids)

    def _zone_of(self, reader: KpiReader) -> ZoneInfo:
        return self._zone or read_office_zone(reader.connection)

    def _values(
        self,
        reader: KpiReader,
        grouping: Grouping,
        period: Period,
        wanted: dict[KpiFamily, set[str]],
    ) -> dict[int, dict[str, KpiValue]]:
        """The values of the `wanted` KPIs of each family (a family not there: none)."""
        zone = self._zone_of(reader)
        window = PeriodWindow.of(period, zone)
        year_start = Period(period.end.year, PeriodKind.MONTH, period.end.month).shifted(-11)
        year = PeriodWindow.between(year_start.start, period.end, zone)
        results: dict[int, dict[str, KpiValue]] = {}
        if keys := wanted.get(KpiFamily.SALES):
            sales = reader.sales(grouping, window, figures_for(SALES_FORMULAS, keys))
            _merge(results, {key: sales_values(f, keys) for key, f in sales.items()})
        if keys := wanted.get(KpiFamily.CUSTOMERS):
            figures = reader.customers(grouping, window, year, figures_for(CUSTOMER_FORMULAS, keys))
            fields = len(REQUIRED_PROFILE_FIELDS)
            _merge(results, {k: customer_values(f, fields, keys) for k, f in figures.items()})
        if keys := wanted.get(KpiFamily.SERVICE):
            figures = reader.service(grouping, window, figures_for(SERVICE_FORMULAS, keys))
            _merge(results, {key: service_values(f, keys) for key, f in figures.items()})
        if keys := wanted.get(KpiFamily.MARKETING):
            _merge(results, self._marketing(reader, grouping, window, keys))
        return results

    def _previous_revenue(
        self, reader: KpiReader, grouping: Grouping, period: Period
    ) -> dict[int, dict[str, KpiValue]]:
        window = PeriodWindow.of(period, self._zone_of(reader))
        figures = reader.previous_revenue(grouping, window)
        return {key: {"revenue": previous_revenue(f)} for key, f in figures.items()}

    def _marketing(
        self, reader: KpiReader, grouping: Grouping, window: PeriodWindow, keys: set[str]
    ) -> dict[int, dict[str, KpiValue]]:
        if grouping.level is ScopeLevel.STAFF:
            return {key: staff_marketing_values() for key in reader.group_keys(grouping)}
        spend = reader.company_spend(window)
        figures = {name for key in keys for name in MARKETING_READS[key]}
        sources: Sequence[str] = ()
        if "marketing_revenue" in figures:
            sources = self.marketing_sources.source_map(reader.connection).counted_sources()
        if grouping.level is ScopeLevel.COMPANY:
            grouped = reader.marketing(grouping, window, sources, figures)
            return {
                key: marketing_values(company_marketing_figures(f, spend), keys)
                for key, f in grouped.items()
            }
        figures.add("new_customers")  # a department's share of the spend is its share of them
        grouped = reader.marketing(grouping, window, sources, figures)
        company = reader.marketing(Grouping(ScopeLevel.COMPANY), window, [], ["new_customers"])
        company_new = company[COMPANY_KEY]["new_customers"]
        return {
            key: marketing_values(department_marketing_figures(f, spend, company_new), keys)
            for key, f in grouped.items()
        }

    def _finish(
        self,
        values: dict[str, KpiValue],
        previous: dict[str, KpiValue] | None,
        targets: dict[str, Decimal],
        definitions: Iterable[KpiDefinition],
        compare: bool,
    ) -> dict[str, KpiValue]:
        finished: dict[str, KpiValue] = {}
        for definition in definitions:
            key = definition.key
            if key == "revenue_growth":
                value = revenue_growth(_revenue(values), _revenue(previous or {}))
            elif key == "target_attainment":
                value = _target_attainment(values["revenue"], targets.get("revenue"))
            else:
                value = values[key]
            target = targets.get(key)
            # Without a target the value already says "no target set".
            if target is not None and key != "target_attainment":
                value = value.with_target(target, definition.direction)
            if compare and previous is not None and key in previous:
                value = value.with_previous(previous[key])
            finished[key] = value
        return finished


def _definitions(keys: Sequence[str] | str | None) -> tuple[KpiDefinition, ...]:
    if keys is None or isinstance(keys, str):
        return parse_kpi_keys(keys)
    wanted = {kpi_definition(key).key for key in keys}
    return parse_kpi_keys(",".join(wanted)) if wanted else parse_kpi_keys(None)


def _computed_keys(definitions: Iterable[KpiDefinition]) -> dict[KpiFamily, set[str]]:
    """Family -> the KPIs to compute: those asked for, and revenue for the two KPIs
    derived from it. Other families and figures are not read at all."""
    wanted: dict[KpiFamily, set[str]] = {}
    for definition in definitions:
        key = "revenue" if definition.key in _DERIVED_FROM_SALES else definition.key
        wanted.setdefault(definition.family, set()).add(key)
    return wanted


def _whole_departments(
    values: dict[int, dict[str, KpiValue]], staff: Sequence[StaffEntry], reach: frozenset[int]
) -> dict[int, dict[str, KpiValue]]:
    """The departments whose staff are all reached: a department's figures add up its
    people's records, which a user reaching only some of them may not see."""
    unreached = {s.department_id for s in staff if s.id not in reach}
    reached = {s.department_id for s in staff if s.id in reach}
    return {key: v for key, v in values.items() if key in reached - unreached}


def _merge(into: dict[int, dict[str, KpiValue]], more: dict[int, dict[str, KpiValue]]) -> None:
    for key, values in more.items():
        into.setdefault(key, {}).update(values)


def _revenue(values: dict[str, KpiValue]) -> Decimal:
    revenue = values.get("revenue")
    return Decimal(0) if revenue is None or revenue.value is None else revenue.value


def _target_attainment(revenue: KpiValue, target: Decimal | None) -> KpiValue:
    value, reason = attainment_of(revenue.value, target, Direction.HIGHER_IS_BETTER)
    return KpiValue("target_attainment", value, reason, numerator=revenue.value, denominator=target)


def _row(
    level: ScopeLevel,
    key: int,
    values: dict[str, KpiValue],
    staff: dict[int, StaffEntry],
    departments: dict[int, DepartmentEntry],
) -> KpiRow:
    if level is ScopeLevel.COMPANY:
        return KpiRow(level, "", "全公司", "", values, key)
    if level is ScopeLevel.DEPARTMENT:
        department = departments[key]
        return KpiRow(level, department.code, department.name, department.name, values, key)
    person = staff[key]
    return KpiRow(
        level,
        person.employee_no,
        person.name,
        departments[person.department_id].name,
        values,
        key,
    )
