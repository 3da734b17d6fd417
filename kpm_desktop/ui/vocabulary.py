"""Names the lower layers keep in Chinese (for files and printed sheets), as the UI shows them.

A KPI definition carries its Chinese and English name; the import and export kinds are
named here, in the context "DataKinds".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kpm_desktop.domain.kpi import KpiDefinition


def kpi_name(definition: KpiDefinition) -> str:
    """The KPI's name in the language the UI runs in (install_language sets the locale)."""
    if QLocale().language() == QLocale.Language.Chinese:
        return definition.name_zh
    return definition.name_en


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
