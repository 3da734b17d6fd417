"""What a file can import: one kind per CRM table definition (domain/crm_tables/).

docs/formats.md ("Import files") documents the same columns for users.
"""

from __future__ import annotations

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_tables import CRM_TABLES

IMPORT_KINDS: dict[str, TableDefinition] = {table.name: table for table in CRM_TABLES}
