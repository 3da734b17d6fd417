"""The CRM table definitions (domain/crm_tables/) agree with the SQLAlchemy records:
every field is a column of the table with the same type, length and nullability, every
reference a foreign key to the table it names, and no column of a record is left out."""

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, String, Table, Text

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_tables import CRM_TABLES
from kpm_desktop.domain.import_columns import Column, ValueType
from kpm_desktop.domain.quick_rows import blank_value
from kpm_desktop.storage.records import Base

# Columns a record keeps that no file or form gives: its id, dates derived from the period.
NOT_GIVEN = {"id", "starts_on", "ends_on"}
SQL_TYPES = {
    ValueType.TEXT: (String, Text),
    ValueType.CHOICE: (String,),
    ValueType.PERIOD: (String,),
    ValueType.DATE: (Date,),
    ValueType.DATETIME: (DateTime,),
    ValueType.AMOUNT: (Numeric,),
    ValueType.QUANTITY: (Numeric,),
    ValueType.INTEGER: (Integer,),
    ValueType.BOOLEAN: (Boolean,),
}
DECIMALS = {ValueType.AMOUNT: 2, ValueType.QUANTITY: 4}
REFERENCED_TABLES = {"staff": "staff", "customers": "customers", "departments": "departments"}


def _stored_name(column: Column) -> str:
    return column.reference.stores_as if column.reference else column.field


@pytest.mark.parametrize("definition", CRM_TABLES, ids=lambda d: d.name)
def test_definition_matches_the_record(definition: TableDefinition) -> None:
    table: Table = Base.metadata.tables[definition.table]
    stored = {_stored_name(column) for column in definition.columns}
    assert set(table.columns.keys()) - NOT_GIVEN == stored
    for column in definition.columns:
        sql = table.columns[_stored_name(column)]
        where = (definition.name, column.field)
        if column.reference is not None:
            (foreign_key,) = sql.foreign_keys
            assert foreign_key.column.table.name == REFERENCED_TABLES[column.reference.kind], where
            assert isinstance(sql.type, Integer), where
        else:
            assert isinstance(sql.type, SQL_TYPES[column.type]), where
        if type(sql.type) is String and column.reference is None:  # Text has no length
            assert sql.type.length == column.max_length, where
            assert all(len(value) <= column.max_length for value in column.stored_choices), where
        if column.type in DECIMALS:
            assert sql.type.scale == DECIMALS[column.type], where
        may_be_empty = not column.required and blank_value(column) is None
        assert sql.nullable == may_be_empty, where


def test_every_crm_record_has_a_definition() -> None:
    crm_tables = {"departments", "staff", "customers", "deals", "activities",
                  "service_tickets", "targets", "marketing_spend"}  # fmt: skip
    assert {definition.table for definition in CRM_TABLES} == crm_tables
    assert crm_tables <= set(Base.metadata.tables)
