"""The shape of issue 16's marketing ROI example, small enough to work out by hand.

Q3 2026, one salesperson. Won deals by customer source: 官网 30,000, 广告 20,000,
展会 10,000, 转介绍 5,000, no source 1,000. Marketing spend by channel: 官网 4,000,
广告投放 6,000, 展会 2,000 (12,000 in all).

- Before this feature only the four built-in names counted: 展会 alone,
  (10,000 - 12,000) / 12,000 = -16.67 %.
- Default rule (a source named like a spend channel counts): 官网 + 展会 = 40,000,
  (40,000 - 12,000) / 12,000 = 233.33 %; 广告 and 转介绍 are unmapped and noted.
- 广告 set as marketing paid by 广告投放, 转介绍 excluded: 60,000,
  (60,000 - 12,000) / 12,000 = 400 %. Per channel: 官网 (30,000 - 4,000) / 4,000 = 650 %,
  广告投放 (20,000 - 6,000) / 6,000 = 233.33 %, 展会 (10,000 - 2,000) / 2,000 = 400 %.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    StaffRecord,
)

SOURCES_AND_REVENUE = (("官网", 30000), ("广告", 20000), ("展会", 10000), ("转介绍", 5000),
                       ("", 1000))  # fmt: skip
SPEND = (("官网", 4000), ("广告投放", 6000), ("展会", 2000))


def fill_marketing_example(database: Database) -> None:
    with database.unit_of_work() as uow:
        s = uow.session
        s.add(DepartmentRecord(id=1, code="D1", name="市场部"))
        s.flush()
        s.add(StaffRecord(id=1, employee_no="E1", name="张三", department_id=1))
        s.flush()
        for number, (source, _amount) in enumerate(SOURCES_AND_REVENUE, start=1):
            customer = CustomerRecord(id=number, code=f"C{number}", name=f"客户{number}",
                                      owner_id=1, source=source,
                                      created_on=date(2026, 1, 5))  # fmt: skip
            s.add(customer)
        s.flush()
        for number, (_source, amount) in enumerate(SOURCES_AND_REVENUE, start=1):
            s.add(DealRecord(id=number, code=f"D{number}", customer_id=number, owner_id=1,
                             stage="赢单", status="won", amount=Decimal(amount), items=1,
                             created_on=date(2026, 7, 1), closed_on=date(2026, 8, 1)))  # fmt: skip
        for channel, amount in SPEND:
            spend = MarketingSpendRecord(period="2026Q3", starts_on=date(2026, 7, 1),
                                         ends_on=date(2026, 9, 30), kind="marketing",
                                         channel=channel, amount=Decimal(amount),
                                         leads=10)  # fmt: skip
            s.add(spend)
        uow.commit()
