"""Every record class, imported in one place so the metadata is complete."""

from kpm_desktop.storage.access_records import (
    AuditEntryRecord,
    AuditHeadRecord,
    DatabaseIdentityRecord,
    UserRecord,
)
from kpm_desktop.storage.appraisal_records import (
    AppraisalRecord,
    CycleRecord,
    CycleTemplateRecord,
    KpiSnapshotRecord,
    RaterAssignmentRecord,
    RatingRecord,
    ResultLineRecord,
)
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
from kpm_desktop.storage.import_profile_records import ImportProfileRecord
from kpm_desktop.storage.kpi_cache_records import DataVersionRecord, KpiCacheRecord
from kpm_desktop.storage.marketing_source_records import MarketingSourceRecord
from kpm_desktop.storage.packet_records import PacketRecord
from kpm_desktop.storage.rubric_records import RubricTemplateRecord
from kpm_desktop.storage.selection_records import (
    SelectionBidderRecord,
    SelectionFigureRecord,
    SelectionMemberRecord,
    SelectionRatingRecord,
    SelectionRecord,
    SelectionSheetRecord,
)
from kpm_desktop.storage.settings_records import AppSettingRecord
from kpm_desktop.storage.sign_in_records import SignInRecord, SignInThrottleRecord

__all__ = [
    "ActivityRecord",
    "AppSettingRecord",
    "AppraisalRecord",
    "AuditEntryRecord",
    "AuditHeadRecord",
    "Base",
    "CustomerRecord",
    "CycleRecord",
    "CycleTemplateRecord",
    "DataVersionRecord",
    "DatabaseIdentityRecord",
    "DealRecord",
    "DepartmentRecord",
    "ImportProfileRecord",
    "KpiCacheRecord",
    "KpiSnapshotRecord",
    "MarketingSourceRecord",
    "MarketingSpendRecord",
    "PacketRecord",
    "RaterAssignmentRecord",
    "RatingRecord",
    "ResultLineRecord",
    "RubricTemplateRecord",
    "SelectionBidderRecord",
    "SelectionFigureRecord",
    "SelectionMemberRecord",
    "SelectionRatingRecord",
    "SelectionRecord",
    "SelectionSheetRecord",
    "ServiceTicketRecord",
    "SignInRecord",
    "SignInThrottleRecord",
    "StaffRecord",
    "TargetRecord",
    "UserRecord",
]
