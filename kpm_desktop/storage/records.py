"""Every record class, imported in one place so the metadata is complete."""

from kpm_desktop.storage.access_records import AuditEntryRecord, AuditHeadRecord, UserRecord
from kpm_desktop.storage.base import Base
from kpm_desktop.storage.crm_records import (
    ActivityRecord,
    CustomerRecord,
    DealRecord,
    DepartmentRecord,
    MarketingSpendRecord,
    ServiceTicketRecord,
    StaffRecord,
    TargetRecord,
)
from kpm_desktop.storage.rubric_records import RubricTemplateRecord

__all__ = [
    "ActivityRecord",
    "AuditEntryRecord",
    "AuditHeadRecord",
    "Base",
    "CustomerRecord",
    "DealRecord",
    "DepartmentRecord",
    "MarketingSpendRecord",
    "RubricTemplateRecord",
    "ServiceTicketRecord",
    "StaffRecord",
    "TargetRecord",
    "UserRecord",
]
