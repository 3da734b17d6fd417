"""The services the GUI is given, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from kpm_desktop.services.appraisal_service import AppraisalService
from kpm_desktop.services.audit import AuditTrail
from kpm_desktop.services.auth import AuthService
from kpm_desktop.services.calibration_service import CalibrationService
from kpm_desktop.services.cycle_service import CycleService
from kpm_desktop.services.kpi_service import KpiService
from kpm_desktop.services.template_service import TemplateService
from kpm_desktop.storage.database import Database


@dataclass(frozen=True)
class AppServices:
    database_location: str
    templates: TemplateService
    audit: AuditTrail
    auth: AuthService
    kpis: KpiService
    appraisals: AppraisalService
    cycles: CycleService
    calibration: CalibrationService


def build_services(database: Database) -> AppServices:
    audit = AuditTrail(database)
    kpis = KpiService(database, audit=audit)
    calibration = CalibrationService(database)
    return AppServices(
        database_location=str(database.file_path or database.url),
        templates=TemplateService(database, audit),
        audit=audit,
        auth=AuthService(database, audit),
        kpis=kpis,
        appraisals=AppraisalService(database, audit, kpis),
        cycles=CycleService(database, audit, kpis, calibration),
        calibration=calibration,
    )
