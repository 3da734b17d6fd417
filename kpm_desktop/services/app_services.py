"""The services the GUI is given, built once by the composition root.

Each member is built, and its module imported, when first used: start-up signs in and
shows the dashboard's figures with the core services and the dashboard's, and the other
features' modules (appraisals, sheets, imports, selections…) load when a page or an action
first needs them. `build_services` keeps its signature for the scripts, the tests and
`kpm`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kpm_desktop.config import data_dir
from kpm_desktop.domain.errors import UserText
from kpm_desktop.domain.sign_in import SignInChannel
from kpm_desktop.services.core_services import CoreServices, build_core_services
from kpm_desktop.storage.database import Database

if TYPE_CHECKING:
    from kpm_desktop.domain.kpi import KpiValue
    from kpm_desktop.services.admin.auth import AuthService
    from kpm_desktop.services.admin.backup import BackupService
    from kpm_desktop.services.admin.office_zone import OfficeZoneService
    from kpm_desktop.services.admin.sign_in import SignInService
    from kpm_desktop.services.appraisals.appraisal_service import AppraisalService
    from kpm_desktop.services.appraisals.calibration_service import CalibrationService
    from kpm_desktop.services.appraisals.cycle_service import CycleService
    from kpm_desktop.services.appraisals.rater_service import RaterService
    from kpm_desktop.services.audit_trail.audit import AuditTrail
    from kpm_desktop.services.audit_trail.integrity import IntegrityCheck
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
    from kpm_desktop.services.sheets.sheet_reader import SheetReader
    from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService
    from kpm_desktop.services.templates.template_service import TemplateService


class AppServices:
    """The core services (sign-in, audit, KPIs) built at once; every other member built
    on first use, once, on whichever thread first asks (start-up asks on the UI thread)."""

    def __init__(self, database: Database, core: CoreServices, backups_dir: Path) -> None:
        self._database = database
        self._core = core
        self._backups_dir = backups_dir
        self.database_location = database.location

    @property
    def audit(self) -> AuditTrail:
        return self._core.audit

    @property
    def auth(self) -> AuthService:
        return self._core.auth

    @property
    def sign_ins(self) -> SignInService:
        return self._core.sign_ins

    @property
    def demo_accounts(self) -> DemoAccounts:
        return self._core.demo_accounts

    @property
    def kpis(self) -> KpiService:
        return self._core.kpis

    @cached_property
    def exposure_warning(self) -> UserText | None:
        """The database file is readable by other users of the computer."""
        from kpm_desktop.services.admin.database_setup import exposure_warning

        return exposure_warning(self._database)

    @cached_property
    def dashboard(self) -> DashboardService:
        from kpm_desktop.services.kpis.dashboard_service import DashboardService

        return DashboardService(self._database, self.kpis)

    @cached_property
    def templates(self) -> TemplateService:
        from kpm_desktop.services.templates.template_service import TemplateService

        return TemplateService(self._database, self.audit)

    @cached_property
    def backup(self) -> BackupService:
        from kpm_desktop.services.admin.backup import BackupService

        return BackupService(self._database, self._backups_dir, witness=self._core.witness)

    @cached_property
    def imports(self) -> ImportService:
        from kpm_desktop.domain.kpi import KPI_DEFINITIONS
        from kpm_desktop.services.imports.import_service import ImportService

        return ImportService(self._database, {kpi.key for kpi in KPI_DEFINITIONS}, self.audit)

    @cached_property
    def exports(self) -> ExportService:
        from kpm_desktop.services.imports.export_service import ExportService

        return ExportService(self._database)

    @cached_property
    def tables(self) -> CrmTableBrowsers:
        from kpm_desktop.services.crm_tables.table_browser import build_table_browsers

        return build_table_browsers(self._database)

    @cached_property
    def appraisals(self) -> AppraisalService:
        from kpm_desktop.services.appraisals.appraisal_service import AppraisalService

        return AppraisalService(self._database, self.audit, _KpisOnFirstUse(self._core))

    @cached_property
    def raters(self) -> RaterService:
        from kpm_desktop.services.appraisals.rater_service import RaterService

        return RaterService(self._database, self.audit)

    @cached_property
    def calibration(self) -> CalibrationService:
        from kpm_desktop.services.appraisals.calibration_service import CalibrationService

        return CalibrationService(self._database)

    @cached_property
    def cycles(self) -> CycleService:
        from kpm_desktop.services.appraisals.cycle_service import CycleService

        return CycleService(self._database, self.audit, self.kpis, self.calibration)

    @cached_property
    def packets(self) -> PacketService:
        from kpm_desktop.services.packets.packet_service import PacketService

        return PacketService(self._database, self.audit, self.kpis)

    @cached_property
    def sheets(self) -> EvaluationSheetService:
        from kpm_desktop.services.sheets.sheet_service import EvaluationSheetService

        return EvaluationSheetService(self._database, self.appraisals, self.dashboard)

    @cached_property
    def sheet_reader(self) -> SheetReader:
        """One sheet's reading alone, without the rest of `sheets` (`kpm pdf --appraisal`)."""
        from kpm_desktop.services.sheets.sheet_reader import SheetReader

        return SheetReader(self._database, self.appraisals)

    @cached_property
    def selections(self) -> SelectionService:
        from kpm_desktop.services.selections.selection_service import SelectionService

        return SelectionService(self._database, self.audit)

    @cached_property
    def selection_outputs(self) -> SelectionOutputs:
        from kpm_desktop.services.selections.selection_outputs import SelectionOutputs

        return SelectionOutputs(self._database, self.selections)

    @cached_property
    def selection_setup(self) -> SelectionSetup:
        from kpm_desktop.services.selections.selection_setup import SelectionSetup

        return SelectionSetup(self._database, self.audit)

    @cached_property
    def integrity(self) -> IntegrityCheck:
        from kpm_desktop.services.audit_trail.integrity import IntegrityCheck

        return IntegrityCheck(self._database, self.audit)

    @cached_property
    def office_zone(self) -> OfficeZoneService:
        from kpm_desktop.services.admin.office_zone import OfficeZoneService

        return OfficeZoneService(self._database, self.audit)


class _KpisOnFirstUse:
    """The KPI service as appraisals ask it (`KpiSource`), built on their first question:
    reading an appraisal or its sheet (`kpm pdf --appraisal`) loads no KPI code."""

    def __init__(self, core: CoreServices) -> None:
        self._core = core

    def values_for_staff(
        self, staff_nos: Sequence[str], period: str, keys: Sequence[str]
    ) -> dict[str, dict[str, KpiValue]]:
        return self._core.kpis.values_for_staff(staff_nos, period, keys)


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
    return AppServices(database, core, backups_dir or data_dir() / "backups")
