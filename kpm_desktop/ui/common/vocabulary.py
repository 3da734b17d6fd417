"""Names the lower layers keep in Chinese (for files and printed sheets), as the UI shows them.

A KPI definition carries its Chinese and English name and formula, the KPI engine its n/a
reasons in English with a Chinese text beside (domain/kpi_reasons.py); the import and export
kinds are named here, in the context "DataKinds".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.kpi import KpiDefinition
from kpm_desktop.domain.kpi_reasons import reason_zh
from kpm_desktop.ui.common.i18n import ui_is_chinese


def kpi_name(definition: KpiDefinition) -> str:
    """The KPI's name in the language the UI runs in (install_language sets the locale)."""
    return definition.name_zh if ui_is_chinese() else definition.name_en


def kpi_formula(definition: KpiDefinition) -> str:
    """The KPI's formula in the UI language."""
    return definition.formula_zh if ui_is_chinese() else definition.formula


def kpi_reason(reason: str) -> str:
    """Why a KPI is n/a, in the UI language (the KPI engine gives it in English)."""
    return reason_zh(reason) if ui_is_chinese() else reason


def data_kind_label(kind: str) -> str:
    """A table one imports or exports (`kpm import KIND`), or the kind itself if unnamed."""
    labels = {
        "departments": QCoreApplication.translate("DataKinds", "Departments"),
        "staff": QCoreApplication.translate("DataKinds", "Staff"),
        "customers": QCoreApplication.translate("DataKinds", "Customers"),
        "deals": QCoreApplication.translate("DataKinds", "Deals / orders"),
        "activities": QCoreApplication.translate("DataKinds", "Follow-ups"),
        "tickets": QCoreApplication.translate("DataKinds", "Service tickets"),
        "targets": QCoreApplication.translate("DataKinds", "Targets"),
        "spend": QCoreApplication.translate("DataKinds", "Marketing spend"),
        "appraisals": QCoreApplication.translate("DataKinds", "Appraisal results"),
    }
    return labels.get(kind, kind)
