"""Deterministic, realistic Chinese demo data, written in bulk.

Rows are generated as plain dicts and inserted in chunks through SQLAlchemy Core:
a million customers take seconds, not the minutes ORM objects would.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from kpm_desktop.domain.crm import (
    ACTIVITY_KINDS,
    DEAL_STAGES,
    MARKETING_SOURCES,
    OTHER_SOURCES,
    DealStatus,
    SpendKind,
)
from kpm_desktop.domain.errors import ConflictError, ValidationError
from kpm_desktop.domain.office_time import to_storage
from kpm_desktop.domain.period import Period
from kpm_desktop.services.admin.office_zone import read_office_zone
from kpm_desktop.services.demo import demo_names as words
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.bulk_upsert import bulk_load_cache
from kpm_desktop.storage.crm_bulk_load import (
    clear_crm_data,
    insert_in_chunks,
    insert_rows,
    reset_id_sequences,
    set_department_heads,
)
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    ServiceTicketRecord,
    StaffRecord,
    TargetRecord,
)
from kpm_desktop.storage.sessions import Connection
from kpm_desktop.storage.staff_queries import count_staff

CHUNK = 20_000
# A big page cache keeps index updates of a million-row load in memory (SQLite).
_LOAD_CACHE_KIB = 400_000
_DEMO_RECORDS: tuple[type[Base], ...] = (
    DepartmentRecord,
    StaffRecord,
    CustomerRecord,
    DealRecord,
    ServiceTicketRecord,
    ActivityRecord,
    MarketingSpendRecord,
    TargetRecord,
)
ProgressCallback = Callable[[str, int, int], None]

# (code, name, share of staff, position of its members)
DEPARTMENTS: tuple[tuple[str, str, float, str], ...] = (
    ("D01", "营销管理部", 0.05, "CRM系统主管"),
    ("D02", "销售一部", 0.24, "销售代表"),
    ("D03", "销售二部", 0.23, "销售代表"),
    ("D04", "销售三部", 0.23, "销售代表"),
    ("D05", "客服部", 0.20, "客服专员"),
    ("D06", "市场部", 0.05, "市场专员"),
)
SALES_DEPARTMENTS = ("D02", "D03", "D04")
SERVICE_DEPARTMENT = "D05"


@dataclass(frozen=True)
class DemoSize:
    staff: int = 60
    customers: int = 3_000
    deals: int = 12_000
    tickets: int = 4_000
    activities: int | None = None  # defaults to the number of deals
    seed: int = 7
    as_of: date = field(default_factory=date.today)

    def validate(self) -> None:
        if self.staff < len(DEPARTMENTS):
            raise ValidationError(
                "--staff must be at least {departments} (one head per department)",
                departments=len(DEPARTMENTS),
            )
        for name in ("customers", "deals", "tickets"):
            if getattr(self, name) < 0:
                raise ValidationError("--{name} must not be negative", name=name)
        if (self.deals or self.tickets or self.activity_count) and not self.customers:
            raise ValidationError(
                "--customers must be at least 1 when deals, tickets or activities are wanted"
            )

    @property
    def activity_count(self) -> int:
        return self.deals if self.activities is None else self.activities


@dataclass(frozen=True)
class DemoSummary:
    departments: int
    staff: int
    customers: int
    deals: int
    tickets: int
    activities: int
    spend_rows: int
    targets: int


class _Generator:
    """Moments are made as the office's clock times and stored in UTC (`stored`)."""

    def __init__(self, size: DemoSize, zone: ZoneInfo) -> None:
        self.size = size
        self.zone = zone
        self.rng = random.Random(size.seed)
        first_quarter = Period.quarter_of(size.as_of).shifted(-7)
        self.window_start = first_quarter.start
        self.window_days = (size.as_of - self.window_start).days + 1
        self.quarters = [first_quarter.shifted(i) for i in range(8)]
        self.staff_department: list[str] = []
        self.sales_staff: list[int] = []
        self.service_staff: list[int] = []
        self.customer_owner: list[int] = [0]  # index = customer id
        self.won_revenue: defaultdict[tuple[int, str], Decimal] = defaultdict(Decimal)

    def person_name(self) -> str:
        rng = self.rng
        given = rng.choice(words.GIVEN_CHARS)
        if rng.random() < 0.7:
            given += rng.choice(words.GIVEN_CHARS)
        return rng.choice(words.SURNAMES) + given

    def phone(self) -> str:
        return f"1{self.rng.choice('3456789')}{self.rng.randrange(10**9):09d}"

    def day_in_window(self) -> date:
        return self.window_start + timedelta(days=self.rng.randrange(self.window_days))

    def moment_in_window(self) -> datetime:
        day = self.day_in_window()
        seconds = self.rng.randrange(8 * 3600, 20 * 3600)
        return datetime.combine(day, time()) + timedelta(seconds=seconds)

    def stored(self, moment: datetime | None) -> datetime | None:
        return None if moment is None else to_storage(moment, self.zone)

    def departments(self) -> list[dict[str, Any]]:
        return [
            {
                "id": i,
                "code": code,
                "name": name,
                "parent_id": None if i == 1 else 1,
                "head_id": None,
            }
            for i, (code, name, _share, _position) in enumerate(DEPARTMENTS, start=1)
        ]

    def staff(self) -> list[dict[str, Any]]:
        count = self.size.staff
        codes = [d[0] for d in DEPARTMENTS]
        assignment = list(codes)  # one head each first
        weights = [d[2] for d in DEPARTMENTS]
        assignment += self.rng.choices(codes, weights=weights, k=count - len(codes))
        heads: dict[str, int] = {}
        rows = []
        for staff_id, code in enumerate(assignment, start=1):
            index = codes.index(code)
            is_head = code not in heads
            if is_head:
                heads[code] = staff_id
            supervisor = heads["D01"] if is_head and code != "D01" else None
            if not is_head:
                supervisor = heads[code]
            position = "部门经理" if is_head else DEPARTMENTS[index][3]
            hire = self.size.as_of - timedelta(days=self.rng.randrange(90, 365 * 8))
            rows.append(
                {
                    "id": staff_id,
                    "employee_no": f"E{staff_id:05d}",
                    "name": self.person_name(),
                    "department_id": index + 1,
                    "position": position,
                    "supervisor_id": supervisor,
                    "hire_date": hire,
                    "active": self.rng.random() > 0.03 or is_head,
                    "phone": self.phone(),
                    "email": f"e{staff_id:05d}@kpm-demo.cn",
                }
            )
            self.staff_department.append(code)
            if code in SALES_DEPARTMENTS:
                self.sales_staff.append(staff_id)
            elif code == SERVICE_DEPARTMENT:
                self.service_staff.append(staff_id)
        self.heads = heads
        return rows

    def customers(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        owners = self.sales_staff or list(range(1, self.size.staff + 1))
        earliest = self.window_start - timedelta(days=365)
        span = (self.size.as_of - earliest).days + 1
        for customer_id in range(1, self.size.customers + 1):
            industry = rng.choice(words.INDUSTRIES)
            city = rng.choice(words.CITIES)
            owner = rng.choice(owners)
            self.customer_owner.append(owner)
            created = earliest + timedelta(days=rng.randrange(span))
            churned = None
            if rng.random() < 0.12:
                churned = created + timedelta(days=rng.randrange(30, 700))
                if churned > self.size.as_of:
                    churned = None
            source_pool = MARKETING_SOURCES if rng.random() < 0.55 else OTHER_SOURCES
            incomplete = rng.random() < 0.2
            yield {
                "id": customer_id,
                "code": f"C{customer_id:07d}",
                "name": f"{city}{rng.choice(words.COMPANY_WORDS)}{words.COMPANY_SUFFIX[industry]}",
                "industry": industry,
                "region": words.CITY_REGION[city],
                "owner_id": owner,
                "source": rng.choice(source_pool),
                "created_on": created,
                "churned_on": churned,
                "contact_name": self.person_name(),
                "phone": "" if incomplete and rng.random() < 0.5 else self.phone(),
                "email": "" if incomplete else f"contact{customer_id}@client-demo.cn",
                "address": ""
                if incomplete and rng.random() < 0.6
                else f"{city}市{rng.choice(words.STREETS)}{rng.randrange(1, 999)}号",
            }

    def deals(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        skill = {s: rng.uniform(0.3, 0.7) for s in range(1, self.size.staff + 1)}
        as_of = self.size.as_of
        for deal_id in range(1, self.size.deals + 1):
            customer = rng.randrange(1, self.size.customers + 1)
            owner = self.customer_owner[customer]
            created = self.day_in_window()
            first_contact = created - timedelta(days=rng.randrange(0, 45))
            closed: date | None = created + timedelta(days=rng.randrange(3, 150))
            if closed is not None and (closed > as_of or rng.random() < 0.1):
                closed = None
            if closed is None:
                status, stage = DealStatus.OPEN, rng.choice(DEAL_STAGES[:4])
            elif rng.random() < skill[owner]:
                status, stage = DealStatus.WON, DEAL_STAGES[4]
            else:
                status, stage = DealStatus.LOST, DEAL_STAGES[5]
            raw = min(2_000_000.0, max(500.0, math.exp(rng.gauss(10.2, 0.9))))
            amount = Decimal(int(raw * 100)) / 100
            if status is DealStatus.WON and closed is not None:
                self.won_revenue[(owner, str(Period.quarter_of(closed)))] += amount
            yield {
                "id": deal_id,
                "code": f"D{deal_id:08d}",
                "customer_id": customer,
                "owner_id": owner,
                "stage": stage,
                "status": status.value,
                "amount": amount,
                "items": rng.randrange(1, 30),
                "first_contact_on": first_contact,
                "created_on": created,
                "closed_on": closed,
            }

    def tickets(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        handlers = self.service_staff or list(range(1, self.size.staff + 1))
        limit = datetime.combine(self.size.as_of, time.max)
        for ticket_id in range(1, self.size.tickets + 1):
            opened = self.moment_in_window()
            responded = None
            if rng.random() < 0.97:
                responded = opened + timedelta(minutes=max(1, int(rng.expovariate(1 / 45))))
            resolved = None
            if responded is not None and rng.random() < 0.9:
                resolved = responded + timedelta(minutes=max(5, int(rng.expovariate(1 / 1200))))
                if resolved > limit:
                    resolved = None
            satisfaction = None
            if resolved is not None and rng.random() < 0.75:
                satisfaction = max(0, min(100, int(rng.gauss(82, 13))))
            yield {
                "id": ticket_id,
                "code": f"T{ticket_id:08d}",
                "customer_id": rng.randrange(1, self.size.customers + 1),
                "staff_id": rng.choice(handlers),
                "subject": rng.choice(words.TICKET_SUBJECTS),
                "opened_at": self.stored(opened),
                "first_response_at": self.stored(responded),
                "resolved_at": self.stored(resolved),
                "resolved_first_contact": resolved is not None and rng.random() < 0.62,
                "repeat_issue": rng.random() < 0.08,
                "complaint": rng.random() < 0.05,
                "satisfaction": satisfaction,
                "rating_10": None if satisfaction is None else max(1, round(satisfaction / 10)),
            }

    def activities(self) -> Iterator[dict[str, Any]]:
        rng = self.rng
        for activity_id in range(1, self.size.activity_count + 1):
            customer = rng.randrange(1, self.size.customers + 1)
            yield {
                "id": activity_id,
                "customer_id": customer,
                "staff_id": self.customer_owner[customer],
                "kind": rng.choice(ACTIVITY_KINDS),
                "occurred_at": self.stored(self.moment_in_window()),
                "note": rng.choice(words.ACTIVITY_NOTES),
            }

    def spend(self) -> list[dict[str, Any]]:
        rng = self.rng
        rows = []
        for quarter in self.quarters:
            base = {"period": str(quarter), "starts_on": quarter.start, "ends_on": quarter.end}
            for channel in MARKETING_SOURCES:
                rows.append(
                    {
                        **base,
                        "kind": SpendKind.MARKETING.value,
                        "channel": channel,
                        "staff_id": None,
                        "amount": Decimal(rng.randrange(50_000, 300_000)),
                        "leads": rng.randrange(100, 2_000),
                    }
                )
            for staff_id in self.sales_staff:
                rows.append(
                    {
                        **base,
                        "kind": SpendKind.SALES_EXPENSE.value,
                        "channel": "",
                        "staff_id": staff_id,
                        "amount": Decimal(rng.randrange(3_000, 20_000)),
                        "leads": 0,
                    }
                )
        for row_id, row in enumerate(rows, start=1):
            row["id"] = row_id
        return rows

    def targets(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for staff_id in self.sales_staff:
            for quarter in self.quarters:
                actual = self.won_revenue.get((staff_id, str(quarter)), Decimal(0))
                goal = max(
                    Decimal(50_000), actual * Decimal(str(round(self.rng.uniform(0.8, 1.3), 2)))
                )
                rows.append(
                    {
                        "id": len(rows) + 1,
                        "staff_id": staff_id,
                        "department_id": None,
                        "period": str(quarter),
                        "kpi": "revenue",
                        "value": goal.quantize(Decimal(1000)),
                    }
                )
        return rows


def _insert_chunks(
    connection: Connection,
    record: type[Base],
    rows: Iterator[dict[str, Any]],
    total: int,
    label: str,
    progress: ProgressCallback | None,
) -> int:
    done = insert_in_chunks(
        connection,
        record,
        rows,
        CHUNK,
        None if progress is None else lambda count: progress(label, count, total),
    )
    if progress:
        progress(label, done, total)
    return done


def generate_demo_data(
    database: Database,
    size: DemoSize,
    *,
    replace: bool = False,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty database (or replace its CRM data) with demo data, all in one transaction."""
    size.validate()
    with database.transaction() as connection:
        existing = count_staff(connection)
        if existing and not replace:
            raise ConflictError(
                "The database already holds {existing} staff; use --replace to overwrite its CRM "
                "data",
                existing=existing,
            )
        if existing:
            clear_crm_data(connection)
        generator = _Generator(size, read_office_zone(connection))
        with bulk_load_cache(connection, kib=_LOAD_CACHE_KIB):
            summary = _write(connection, generator, size, progress)
    return summary


def _write(
    connection: Connection,
    generator: _Generator,
    size: DemoSize,
    progress: ProgressCallback | None,
) -> DemoSummary:
    departments = generator.departments()
    insert_rows(connection, DepartmentRecord, departments)
    staff = generator.staff()
    insert_rows(connection, StaffRecord, staff)
    set_department_heads(connection, generator.heads)
    customers = _insert_chunks(
        connection, CustomerRecord, generator.customers(), size.customers, "customers", progress
    )
    deals = _insert_chunks(connection, DealRecord, generator.deals(), size.deals, "deals", progress)
    tickets = _insert_chunks(
        connection, ServiceTicketRecord, generator.tickets(), size.tickets, "tickets", progress
    )
    activities = _insert_chunks(
        connection,
        ActivityRecord,
        generator.activities(),
        size.activity_count,
        "activities",
        progress,
    )
    spend = generator.spend()
    insert_rows(connection, MarketingSpendRecord, spend)
    targets = generator.targets()
    if targets:
        insert_rows(connection, TargetRecord, targets)
    reset_id_sequences(connection, _DEMO_RECORDS)
    return DemoSummary(
        len(departments),
        len(staff),
        customers,
        deals,
        tickets,
        activities,
        len(spend),
        len(targets),
    )
