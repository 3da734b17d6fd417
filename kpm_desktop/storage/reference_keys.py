"""What a reference column names: the table of the referenced kind and the business key
it names a record by (an employee no., a customer or department code), both taken from
that kind's definition (domain/crm_tables/). Imports, exports and the table forms use it."""

from __future__ import annotations

from sqlalchemy import Column, Table

from kpm_desktop.domain.crm_tables import CRM_TABLES
from kpm_desktop.domain.import_kinds import IMPORT_KINDS
from kpm_desktop.storage.base import Base

# The kinds some column refers to: staff, customers, departments.
REFERENCED_KINDS: tuple[str, ...] = tuple(
    sorted(
        {
            column.reference.kind
            for table in CRM_TABLES
            for column in table.columns
            if column.reference is not None
        }
    )
)


def referenced_table(kind: str) -> Table:
    return Base.metadata.tables[IMPORT_KINDS[kind].table]


def business_key(kind: str) -> str:
    """The column a reference's text is matched against."""
    return IMPORT_KINDS[kind].key[0]


def business_key_column(kind: str) -> Column[object]:
    return referenced_table(kind).c[business_key(kind)]
