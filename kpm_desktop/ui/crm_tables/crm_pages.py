"""The Staff, Customers, Deals and Service tickets pages with their translated words, for
the signed-in user: a page whose rows the user can never read is left out."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from kpm_desktop.domain.access import Actor
from kpm_desktop.services.crm_tables.table_spec import CrmTableBrowsers, TableSource

if TYPE_CHECKING:
    from kpm_desktop.ui.crm_tables.table_page import TablePage

CONTEXT = "CrmPages"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _counter(one: str, many: str) -> Callable[[int], str]:
    def count(total: int) -> str:
        return (one if total == 1 else many).format(count=f"{total:,}")

    return count


def crm_table_pages(
    tables: CrmTableBrowsers,
    actor: Actor,
    settings: QSettings,
    export: Callable[[QWidget, str], object] | None = None,
) -> list[tuple[str, QWidget]]:
    """The pages of `crm_table_page_factories`, built now."""
    factories = crm_table_page_factories(tables, actor, settings, export)
    return [(title, build()) for title, build in factories]


def crm_table_page_factories(
    tables: CrmTableBrowsers,
    actor: Actor,
    settings: QSettings,
    export: Callable[[QWidget, str], object] | None = None,
) -> list[tuple[str, Callable[[], TablePage]]]:
    """Each page's title and what builds it (the main window builds a page when first shown).
    `export(parent, kind)` exports a whole table; its kinds are the pages' settings keys."""

    def page(browser: TableSource, key: str, record: str, one: str, many: str) -> TablePage:
        from kpm_desktop.ui.crm_tables.table_page import TablePage, TablePageTexts  # when shown

        counter = _counter(one, many)
        texts = TablePageTexts(settings_key=key, count=counter, record=record)
        return TablePage(browser, actor, texts, settings, export=export)

    # (title, table, settings key, record noun, count of one, count of many)
    tables_and_words = [
        (
            _tr("Staff"),
            tables.staff,
            "staff",
            _tr("staff member"),
            _tr("{count} staff member"),
            _tr("{count} staff members"),
        ),
        (
            _tr("Customers"),
            tables.customers,
            "customers",
            _tr("customer"),
            _tr("{count} customer"),
            _tr("{count} customers"),
        ),
        (
            _tr("Deals"),
            tables.deals,
            "deals",
            _tr("deal"),
            _tr("{count} deal"),
            _tr("{count} deals"),
        ),
        (
            _tr("Service tickets"),
            tables.tickets,
            "tickets",
            _tr("service ticket"),
            _tr("{count} service ticket"),
            _tr("{count} service tickets"),
        ),
    ]
    return [
        (title, partial(page, browser, *words))
        for title, browser, *words in tables_and_words
        if browser.can_view(actor)
    ]
