"""The definitions of the CRM tables (domain/crm_definition.py), in import order."""

from kpm_desktop.domain.crm_definition import TableDefinition
from kpm_desktop.domain.crm_tables.customers import ACTIVITIES, CUSTOMERS
from kpm_desktop.domain.crm_tables.deals import DEALS
from kpm_desktop.domain.crm_tables.organisation import DEPARTMENTS, STAFF
from kpm_desktop.domain.crm_tables.plans import SPEND, TARGETS
from kpm_desktop.domain.crm_tables.tickets import TICKETS

CRM_TABLES: tuple[TableDefinition, ...] = (
    DEPARTMENTS, STAFF, CUSTOMERS, DEALS, ACTIVITIES, TICKETS, TARGETS, SPEND,
)  # fmt: skip

__all__ = [
    "ACTIVITIES", "CRM_TABLES", "CUSTOMERS", "DEALS", "DEPARTMENTS", "SPEND", "STAFF",
    "TARGETS", "TICKETS",
]  # fmt: skip
