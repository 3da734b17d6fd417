"""A tiny fixed CRM dataset whose KPIs are worked out by hand in test_kpi_service.py."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    ServiceTicketRecord,
    StaffRecord,
)

FULL = {
    "contact_name": "王伟",
    "phone": "13800000000",
    "email": "a@b.cn",
    "address": "北京市长安街1号",
    "industry": "制造",
    "region": "华北",
}


def _customer(cid: int, owner: int, source: str, created: date, churned: date | None = None,
              **fields: str) -> CustomerRecord:  # fmt: skip
    return CustomerRecord(
        id=cid, code=f"C{cid}", name=f"客户{cid}", owner_id=owner, source=source,
        created_on=created, churned_on=churned, **{**FULL, **fields},
    )  # fmt: skip


def _deal(did: int, customer: int, owner: int, status: str, amount: str, items: int,
          first: date | None, created: date, closed: date | None) -> DealRecord:  # fmt: skip
    return DealRecord(
        id=did, code=f"D{did}", customer_id=customer, owner_id=owner, stage="赢单",
        status=status, amount=Decimal(amount), items=items, first_contact_on=first,
        created_on=created, closed_on=closed,
    )  # fmt: skip


def _ticket(tid: int, customer: int, staff: int, opened: datetime, response: datetime | None,
            resolved: datetime | None, *, fcr: bool = False, satisfaction: int | None = None,
            complaint: bool = False, repeat: bool = False) -> ServiceTicketRecord:  # fmt: skip
    return ServiceTicketRecord(
        id=tid, code=f"T{tid}", customer_id=customer, staff_id=staff, opened_at=opened,
        first_response_at=response, resolved_at=resolved, resolved_first_contact=fcr,
        satisfaction=satisfaction, complaint=complaint, repeat_issue=repeat,
    )  # fmt: skip


def fill_small_crm(database: Database) -> None:
    d = date
    t = datetime
    with database.unit_of_work() as uow:
        s = uow.session
        s.add_all([DepartmentRecord(id=1, code="D1", name="销售部"),
                   DepartmentRecord(id=2, code="D2", name="客服部")])  # fmt: skip
        s.flush()
        s.add_all([
            StaffRecord(id=1, employee_no="E1", name="张三", department_id=1),
            StaffRecord(id=2, employee_no="E2", name="李四", department_id=1),
            StaffRecord(id=3, employee_no="E3", name="王五", department_id=2),
        ])  # fmt: skip
        s.flush()
        s.add_all([
            _customer(1, 1, "展会", d(2026, 1, 10)),
            _customer(2, 1, "转介绍", d(2026, 7, 5), email="", address=""),
            _customer(3, 2, "网络推广", d(2026, 2, 1), d(2026, 8, 15)),
            _customer(4, 2, "老客户", d(2026, 8, 1)),
            _customer(5, 2, "", d(2025, 5, 1), d(2026, 3, 1)),
        ])  # fmt: skip
        s.flush()
        s.add_all([
            _deal(10, 1, 1, "won", "500.00", 1, None, d(2026, 2, 1), d(2026, 3, 1)),
            _deal(1, 1, 1, "won", "1000.00", 2, d(2026, 6, 1), d(2026, 6, 10), d(2026, 7, 11)),
            # spans quarters: created in Q2, closed in Q3
            _deal(2, 2, 1, "won", "300.50", 3, d(2026, 6, 20), d(2026, 6, 25), d(2026, 7, 10)),
            _deal(3, 2, 1, "lost", "800.00", 1, None, d(2026, 7, 6), d(2026, 8, 1)),
            _deal(4, 3, 2, "lost", "200.00", 1, None, d(2026, 7, 1), d(2026, 9, 30)),
            _deal(5, 4, 2, "won", "999.99", 1, d(2026, 8, 1), d(2026, 8, 2), d(2026, 10, 1)),
            _deal(6, 3, 2, "open", "50.00", 1, None, d(2026, 7, 1), None),
            _deal(7, 4, 2, "won", "70.00", 1, None, d(2026, 8, 3), None),
            _deal(8, 5, 2, "won", "2000.00", 4, d(2025, 12, 1), d(2026, 1, 2), d(2026, 1, 15)),
        ])  # fmt: skip
        s.add_all([
            ActivityRecord(customer_id=1, staff_id=1, kind="电话", occurred_at=t(2026, 7, 2, 10)),
            ActivityRecord(customer_id=1, staff_id=1, kind="拜访",
                           occurred_at=t(2026, 9, 30, 23, 30)),
            ActivityRecord(customer_id=4, staff_id=1, kind="邮件",
                           occurred_at=t(2026, 10, 1, 0, 10)),
            ActivityRecord(customer_id=3, staff_id=2, kind="电话", occurred_at=t(2026, 8, 1, 9)),
        ])  # fmt: skip
        s.add_all([
            _ticket(1, 1, 3, t(2026, 7, 1, 9), t(2026, 7, 1, 9, 30), t(2026, 7, 1, 11),
                    fcr=True, satisfaction=95),
            _ticket(2, 1, 3, t(2026, 7, 2, 10), t(2026, 7, 2, 11), t(2026, 7, 4, 10),
                    satisfaction=60, complaint=True, repeat=True),
            _ticket(3, 2, 3, t(2026, 9, 30, 20), None, None, complaint=True),
            _ticket(4, 3, 3, t(2026, 6, 30, 8), t(2026, 6, 30, 8, 10), t(2026, 7, 1, 8),
                    fcr=True),
        ])  # fmt: skip
        q3 = {"period": "2026Q3", "starts_on": d(2026, 7, 1), "ends_on": d(2026, 9, 30)}
        s.add_all([
            MarketingSpendRecord(**q3, kind="marketing", channel="网络推广",
                                 amount=Decimal(10000), leads=100),
            MarketingSpendRecord(**q3, kind="marketing", channel="展会",
                                 amount=Decimal(5000), leads=50),
            MarketingSpendRecord(**q3, kind="sales_expense", staff_id=1, amount=Decimal(1000)),
            MarketingSpendRecord(**q3, kind="sales_expense", staff_id=2, amount=Decimal(500)),
        ])  # fmt: skip
        uow.commit()
