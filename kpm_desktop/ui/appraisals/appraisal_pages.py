"""The appraisal pages for the main window, built for the signed-in user.

A page's module is imported by its factory, when the page is first shown: the window's
start does not wait for the appraisal screens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from kpm_desktop.domain.access import Actor, Permission, permissions_of
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.appraisals.appraisal_ports import (
    AppraisalPort,
    CalibrationPort,
    CyclePort,
    Departments,
    RaterPort,
    TemplateChoices,
)

if TYPE_CHECKING:
    from kpm_desktop.ui.appraisals.step_confirmation import StepSettings
    from kpm_desktop.ui.packets.packet_ports import PacketPort
    from kpm_desktop.ui.sheets.sheet_actions import SheetPort
    from kpm_desktop.ui.sheets.sheet_settings import SheetSettings

_log = logging.getLogger(__name__)


def appraisal_page_factories(
    actor: Actor,
    appraisals: AppraisalPort,
    cycles: CyclePort,
    calibration: CalibrationPort,
    templates: TemplateChoices,
    departments: Departments,
    sheets: SheetPort | None = None,
    sheet_settings: SheetSettings | None = None,
    step_settings: StepSettings | None = None,
    settings: QSettings | None = None,
    raters: RaterPort | None = None,
    packets: PacketPort | None = None,
) -> list[tuple[str, Callable[[], QWidget]]]:
    """Each page's title and what builds it (the main window builds a page when first
    shown). Appraisals for everyone who may see them; cycles and calibration for HR and leads.
    With `sheets` and `sheet_settings` the forms print and save evaluation sheets and the
    cycles page exports them; with `settings` the appraisal list remembers its filters;
    with `raters` HR assigns raters on the appraisals page; with `packets` the cycles page
    exports and imports rater packets."""
    granted = permissions_of(actor.role)
    if Permission.VIEW_APPRAISAL not in granted:
        return []

    def appraisals_page() -> QWidget:
        from kpm_desktop.ui.appraisals.appraisals_page import AppraisalsPage

        return AppraisalsPage(
            appraisals,
            cycles,
            actor,
            sheets=sheets,
            sheet_settings=sheet_settings,
            step_settings=step_settings,
            settings=settings,
            raters=raters,
        )

    def cycles_page() -> QWidget:
        from kpm_desktop.ui.appraisals.cycles_page import CyclesPage

        return CyclesPage(
            cycles,
            actor,
            templates,
            departments,
            sheets=sheets,
            sheet_settings=sheet_settings,
            packets=packets,
        )

    def calibration_page() -> QWidget:
        from kpm_desktop.ui.appraisals.calibration_page import CalibrationPage

        return CalibrationPage(calibration, cycles, actor)

    pages: list[tuple[str, Callable[[], QWidget]]] = [
        (_appraisals_title(appraisals, actor), appraisals_page)
    ]
    if Permission.MANAGE_CYCLES in granted:
        pages.append((QCoreApplication.translate("Navigation", "Cycles"), cycles_page))
    if Permission.FINALIZE_APPRAISAL in granted or Permission.VIEW_REPORTS in granted:
        pages.append((QCoreApplication.translate("Navigation", "Calibration"), calibration_page))
    return pages


def appraisals_title(waiting: int) -> str:
    """The page's navigation entry: with the number of appraisals waiting for the user."""
    title = QCoreApplication.translate("Navigation", "Appraisals")
    return f"{title} ({waiting})" if waiting else title


def _appraisals_title(appraisals: AppraisalPort, actor: Actor) -> str:
    """The entry shows what waits for the user before the page is first opened."""
    try:
        return appraisals_title(appraisals.waiting_count(actor))
    except KpmUserError as exc:
        _log.warning("no waiting count (%s): %s", type(exc).__name__, exc.template)
        return appraisals_title(0)
