"""Every label and hint of the CRM table definitions is among the texts the UI translates
(forms, table headers and messages naming a field show them)."""

from kpm_desktop.domain.crm_tables import CRM_TABLES
from kpm_desktop.services.crm_tables.record_form import field_spec
from kpm_desktop.ui.common.table_labels import SOURCE_TEXTS


def test_definition_labels_and_hints_are_translated() -> None:
    shown = {
        text
        for definition in CRM_TABLES
        for column in definition.columns
        for text in (column.label, field_spec(column).hint)
        if text
    }
    assert shown - set(SOURCE_TEXTS) == set()
    assert all(column.label for definition in CRM_TABLES for column in definition.columns)
