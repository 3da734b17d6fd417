"""Declarative base shared by every record class."""

from decimal import Decimal
from typing import ClassVar

from sqlalchemy import MetaData, Numeric, Table
from sqlalchemy.orm import DeclarativeBase

# Named constraints keep Alembic's batch mode on SQLite able to find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Money = Numeric(14, 2, asdecimal=True)
Quantity = Numeric(18, 4, asdecimal=True)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[type, Numeric[Decimal]]] = {Decimal: Money}


def table_of(record: type[Base]) -> Table:
    """The Core table behind a record class, for bulk statements."""
    table = record.__table__
    assert isinstance(table, Table)
    return table
