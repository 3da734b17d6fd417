from datetime import date

import pytest
from sqlalchemy import func, select

from kpm_desktop.domain.errors import ConflictError, ValidationError
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import (
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    ServiceTicketRecord,
    StaffRecord,
    TargetRecord,
)

SIZE = DemoSize(staff=25, customers=300, deals=900, tickets=200, seed=11, as_of=date(2026, 9, 30))


def _snapshot(database: Database) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(DealRecord.code, DealRecord.amount, DealRecord.closed_on, StaffRecord.name)
            .join(StaffRecord, StaffRecord.id == DealRecord.owner_id)
            .order_by(DealRecord.id)
        )
        return [tuple(row) for row in rows]


def test_counts_match_the_request(database: Database) -> None:
    summary = generate_demo_data(database, SIZE)
    assert (summary.staff, summary.customers, summary.deals, summary.tickets) == (25, 300, 900, 200)
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CustomerRecord)) == 300
        names = set(uow.session.scalars(select(DepartmentRecord.name)))
        assert {"营销管理部", "销售一部", "客服部"} <= names
        heads = uow.session.scalars(select(DepartmentRecord.head_id)).all()
        assert all(head is not None for head in heads)
        assert uow.session.scalar(select(func.count()).select_from(TargetRecord)) > 0


def test_same_seed_gives_the_same_data(new_database_target) -> None:
    from kpm_desktop.services.admin.database_setup import open_database

    snapshots = []
    for _ in range(2):
        db = open_database(new_database_target()).database
        generate_demo_data(db, SIZE)
        snapshots.append(_snapshot(db))
        db.dispose()
    assert snapshots[0] == snapshots[1]


def test_data_is_chinese_and_dates_lie_in_the_last_eight_quarters(database: Database) -> None:
    generate_demo_data(database, SIZE)
    with database.unit_of_work() as uow:
        name = uow.session.scalar(select(StaffRecord.name).limit(1))
        assert name and all("\u4e00" <= ch <= "\u9fff" for ch in name)
        first, last = uow.session.execute(
            select(func.min(DealRecord.closed_on), func.max(DealRecord.closed_on))
        ).one()
        assert date(2024, 10, 1) <= first and last <= date(2026, 9, 30)
        won = uow.session.scalar(
            select(func.count()).select_from(DealRecord).where(DealRecord.status == "won")
        )
        lost = uow.session.scalar(
            select(func.count()).select_from(DealRecord).where(DealRecord.status == "lost")
        )
        assert won and lost
        rated = uow.session.scalar(
            select(func.count())
            .select_from(ServiceTicketRecord)
            .where(ServiceTicketRecord.satisfaction.is_not(None))
        )
        assert rated


def test_refuses_to_overwrite_unless_asked(database: Database) -> None:
    generate_demo_data(database, SIZE)
    with pytest.raises(ConflictError, match="--replace"):
        generate_demo_data(database, SIZE)
    summary = generate_demo_data(database, SIZE, replace=True)
    assert summary.deals == 900


def test_rejects_too_few_staff(database: Database) -> None:
    with pytest.raises(ValidationError, match="--staff"):
        generate_demo_data(database, DemoSize(staff=2))
