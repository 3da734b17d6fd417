"""Migration 0014 keeps the four formerly built-in marketing sources of an existing database."""

from datetime import date
from decimal import Decimal

from kpm_desktop.domain.marketing_sources import SourceRule
from kpm_desktop.storage.database import Database, database_url
from kpm_desktop.storage.marketing_source_repository import read_rules
from kpm_desktop.storage.migrate import downgrade_to, migrate
from kpm_desktop.storage.records import (
    CustomerRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    StaffRecord,
)


def _fill_before_0014(database: Database) -> None:
    with database.unit_of_work() as uow:
        s = uow.session
        s.add(DepartmentRecord(id=1, code="D1", name="市场部"))
        s.flush()
        s.add(StaffRecord(id=1, employee_no="E1", name="张三", department_id=1))
        s.flush()
        for number, source in enumerate(("展会", "网络推广", "官网", "转介绍"), start=1):
            s.add(CustomerRecord(code=f"C{number}", name=f"客户{number}", owner_id=1,
                                 source=source, created_on=date(2026, 1, 5)))  # fmt: skip
        s.add(MarketingSpendRecord(period="2026Q3", starts_on=date(2026, 7, 1),
                                   ends_on=date(2026, 9, 30), kind="marketing", channel="展会",
                                   amount=Decimal(100)))  # fmt: skip
        uow.commit()


def test_upgrade_keeps_the_built_in_names_the_customers_have(new_database_target) -> None:
    database = Database(database_url(new_database_target()))
    migrate(database)
    with database.engine.connect() as connection:
        assert read_rules(connection) == {}  # a new database starts without rules
    downgrade_to(database, "0009")
    _fill_before_0014(database)
    migrate(database)
    with database.engine.connect() as connection:
        assert read_rules(connection) == {
            "展会": SourceRule("展会", True, "展会"),  # paid by the channel of its name
            "网络推广": SourceRule("网络推广", True, ""),  # no such channel: not stated
        }
    database.dispose()
