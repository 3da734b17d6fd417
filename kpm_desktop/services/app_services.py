"""The services the GUI is given, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpm_desktop.config import data_dir
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.kpi import KPI_DEFINITIONS
from kpm_desktop.domain.sign_in import SignInChannel
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.backup import BackupService
from kpm_desktop.services.admin.database_setup import exposure_warning
from kpm_desktop.services.admin.office_zone import OfficeZoneService
from kpm_desktop.services.admin.sign_in import SignInService
from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
from kpm_desktop.services.appraisals.calibration_service import CalibrationService
from kpm_desktop.services.appraisals.cycle_service import CycleService
from kpm_desktop.services.appraisals.rater_service import RaterService
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.audit_trail.integrity import IntegrityCheck
from kpm_desktop.services.core_services import CoreServices, build_core_services
from kpm_desktop.services.crm_tables.table_browser import build_table_browsers
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers
from kpm_desktop.services.demo.demo_accounts import DemoAccounts
from kpm_desktop.services.imports.export_service import ExportService
from kpm_desktop.services.imports.import_service import ImportService
from kpm_desktop.services.kpis.dashboard_service import DashboardService
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.services.packets.packet_service import PacketService
from kpm_desktop.services.selections.selection_outputs import SelectionOutputs
from kpm_desktop.services.selections.selection_service import SelectionService
from kpm_desktop.services.selections.selection_setup import SelectionSetup
from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService
from kpm_desktop.services.templates.template_service import TemplateService
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    database_location: str
    exposure_warning: UserText | None  # the database file is readable by others
    templates: TemplateService
    audit: AuditTrail
    auth: AuthService
    sign_ins: SignInService
    demo_accounts: DemoAccounts
    kpis: KpiService
    backup: BackupService
    imports: ImportService
    exports: ExportService
    tables: CrmTableBrowsers
    dashboard: DashboardService
    appraisals: AppraisalService
    raters: RaterService
    cycles: CycleService
    calibration: CalibrationService
    packets: PacketService
    sheets: EvaluationSheetService
    selections: SelectionService
    selection_outputs: SelectionOutputs
    selection_setup: SelectionSetup
    integrity: IntegrityCheck
    office_zone: OfficeZoneService


def build_services(
    database: Database,
    *,
    backups_dir: Path | None = None,
    witnesses_dir: Path | None = None,
    channel: SignInChannel = SignInChannel.GUI,
    core: CoreServices | None = None,
) -> AppServices:
    """The services on `database`; `channel` names where sign-ins come from (GUI or CLI);
    `core`: the sign-in and KPI services already built for it (`kpm` builds them first)."""
    if core is None:
        core = build_core_services(database, witnesses_dir=witnesses_dir, channel=channel)
    witness, audit, kpis = core.witness, core.audit, core.kpis
    calibration = CalibrationService(database)
    appraisals = AppraisalService(database, audit, kpis)
    dashboard = DashboardService(database, kpis)
    selections = SelectionService(database, audit)
    return AppServices(
        database_location=database.location,
        exposure_warning=exposure_warning(database),
        templates=TemplateService(database, audit),
        audit=audit,
        auth=core.auth,
        sign_ins=core.sign_ins,
        demo_accounts=core.demo_accounts,
        kpis=kpis,
        dashboard=dashboard,
        backup=BackupService(database, backups_dir or data_dir() / "backups", witness=witness),
        imports=ImportService(database, {kpi.key for kpi in KPI_DEFINITIONS}, audit),
        exports=ExportService(database),
        tables=build_table_browsers(database),
        appraisals=appraisals,
        raters=RaterService(database, audit),
        cycles=CycleService(database, audit, kpis, calibration),
        calibration=calibration,
        packets=PacketService(database, audit, kpis),
        sheets=EvaluationSheetService(database, appraisals, dashboard),
        selections=selections,
        selection_outputs=SelectionOutputs(database, selections),
        selection_setup=SelectionSetup(database, audit),
        integrity=IntegrityCheck(database, audit),
        office_zone=OfficeZoneService(database, audit),
    )
