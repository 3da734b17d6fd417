"""Translated column headers and form labels of the CRM tables.

Services give English source text (the labels and hints of the table definitions,
domain/crm_tables/); the list below lets Qt Linguist find it. A test checks that it holds
every label and hint of the definitions, which messages also name (`Column.term`).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kpm_desktop.services.crm_tables.table_spec import ValueKind
from kpm_desktop.ui.common.i18n import format_date, format_datetime, format_decimal

CONTEXT = "CrmTables"

SOURCE_TEXTS = (
    QT_TRANSLATE_NOOP("CrmTables", "Employee no."),
    QT_TRANSLATE_NOOP("CrmTables", "Name"),
    QT_TRANSLATE_NOOP("CrmTables", "Department"),
    QT_TRANSLATE_NOOP("CrmTables", "Position"),
    QT_TRANSLATE_NOOP("CrmTables", "Supervisor"),
    QT_TRANSLATE_NOOP("CrmTables", "Hire date"),
    QT_TRANSLATE_NOOP("CrmTables", "Active"),
    QT_TRANSLATE_NOOP("CrmTables", "Phone"),
    QT_TRANSLATE_NOOP("CrmTables", "Email"),
    QT_TRANSLATE_NOOP("CrmTables", "Customer code"),
    QT_TRANSLATE_NOOP("CrmTables", "Customer name"),
    QT_TRANSLATE_NOOP("CrmTables", "Deal no."),
    QT_TRANSLATE_NOOP("CrmTables", "Ticket no."),
    QT_TRANSLATE_NOOP("CrmTables", "Department code"),
    QT_TRANSLATE_NOOP("CrmTables", "Department name"),
    QT_TRANSLATE_NOOP("CrmTables", "Industry"),
    QT_TRANSLATE_NOOP("CrmTables", "Region"),
    QT_TRANSLATE_NOOP("CrmTables", "Owner"),
    QT_TRANSLATE_NOOP("CrmTables", "Source"),
    QT_TRANSLATE_NOOP("CrmTables", "Created on"),
    QT_TRANSLATE_NOOP("CrmTables", "Contact"),
    QT_TRANSLATE_NOOP("CrmTables", "Address"),
    QT_TRANSLATE_NOOP("CrmTables", "Churned on"),
    QT_TRANSLATE_NOOP("CrmTables", "Customer"),
    QT_TRANSLATE_NOOP("CrmTables", "Stage"),
    QT_TRANSLATE_NOOP("CrmTables", "Status"),
    QT_TRANSLATE_NOOP("CrmTables", "Amount"),
    QT_TRANSLATE_NOOP("CrmTables", "Items"),
    QT_TRANSLATE_NOOP("CrmTables", "Closed on"),
    QT_TRANSLATE_NOOP("CrmTables", "First contact"),
    QT_TRANSLATE_NOOP("CrmTables", "Subject"),
    QT_TRANSLATE_NOOP("CrmTables", "Handled by"),
    QT_TRANSLATE_NOOP("CrmTables", "Opened"),
    QT_TRANSLATE_NOOP("CrmTables", "First response"),
    QT_TRANSLATE_NOOP("CrmTables", "Resolved"),
    QT_TRANSLATE_NOOP("CrmTables", "Satisfaction"),
    QT_TRANSLATE_NOOP("CrmTables", "Complaint"),
    QT_TRANSLATE_NOOP("CrmTables", "First-contact fix"),
    QT_TRANSLATE_NOOP("CrmTables", "Repeat issue"),
    QT_TRANSLATE_NOOP("CrmTables", "Rating (1-10)"),
    QT_TRANSLATE_NOOP("CrmTables", "department code or name"),
    QT_TRANSLATE_NOOP("CrmTables", "employee no."),
    QT_TRANSLATE_NOOP("CrmTables", "customer code"),
    QT_TRANSLATE_NOOP("CrmTables", "0-100"),
    QT_TRANSLATE_NOOP("CrmTables", "1-10"),
    QT_TRANSLATE_NOOP("CrmTables", "Parent department"),
    QT_TRANSLATE_NOOP("CrmTables", "Head"),
    QT_TRANSLATE_NOOP("CrmTables", "Staff member"),
    QT_TRANSLATE_NOOP("CrmTables", "Way of contact"),
    QT_TRANSLATE_NOOP("CrmTables", "Time"),
    QT_TRANSLATE_NOOP("CrmTables", "Note"),
    QT_TRANSLATE_NOOP("CrmTables", "Period"),
    QT_TRANSLATE_NOOP("CrmTables", "KPI"),
    QT_TRANSLATE_NOOP("CrmTables", "Target value"),
    QT_TRANSLATE_NOOP("CrmTables", "Kind"),
    QT_TRANSLATE_NOOP("CrmTables", "Channel"),
    QT_TRANSLATE_NOOP("CrmTables", "Leads"),
    QT_TRANSLATE_NOOP("CrmTables", "department code"),
    QT_TRANSLATE_NOOP("CrmTables", "Yes"),
    QT_TRANSLATE_NOOP("CrmTables", "No"),
)


def translated(source_text: str) -> str:
    return QCoreApplication.translate(CONTEXT, source_text)


def display_text(kind: ValueKind, value: object) -> str:
    """How a cell shows a value: dates and money as the locale writes them, Yes/No."""
    if value is None:
        return ""
    if kind is ValueKind.BOOLEAN:
        return translated("Yes") if value else translated("No")
    if kind is ValueKind.MONEY and isinstance(value, Decimal):
        return format_decimal(value, 2)
    if kind is ValueKind.DATETIME and isinstance(value, datetime):
        return format_datetime(value)
    if kind is ValueKind.DATE and isinstance(value, date):
        return format_date(value)
    return str(value)
