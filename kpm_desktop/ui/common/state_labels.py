"""Workflow states as the UI names them (the stored values are identifiers, not words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.appraisal import AppraisalState, CycleStatus
from kpm_desktop.domain.rubric import TemplateStatus
from kpm_desktop.domain.selection import SelectionState


def appraisal_state_label(state: AppraisalState) -> str:
    return {
        AppraisalState.DRAFT: QCoreApplication.translate("States", "draft"),
        AppraisalState.SUBMITTED: QCoreApplication.translate("States", "submitted"),
        AppraisalState.REVIEWED: QCoreApplication.translate("States", "reviewed"),
        AppraisalState.FINALIZED: QCoreApplication.translate("States", "finalized"),
        AppraisalState.ACKNOWLEDGED: QCoreApplication.translate("States", "acknowledged"),
        AppraisalState.SUPERSEDED: QCoreApplication.translate("States", "superseded"),
    }[state]


def cycle_status_label(status: CycleStatus) -> str:
    return {
        CycleStatus.OPEN: QCoreApplication.translate("States", "open"),
        CycleStatus.CLOSED: QCoreApplication.translate("States", "closed"),
    }[status]


def template_status_label(status: TemplateStatus) -> str:
    return {
        TemplateStatus.DRAFT: QCoreApplication.translate("States", "draft"),
        TemplateStatus.ACTIVE: QCoreApplication.translate("States", "active"),
        TemplateStatus.RETIRED: QCoreApplication.translate("States", "retired"),
    }[status]


def selection_state_label(state: SelectionState) -> str:
    return {
        SelectionState.DRAFT: QCoreApplication.translate("States", "draft"),
        SelectionState.SCORING: QCoreApplication.translate("States", "scoring"),
        SelectionState.CLOSED: QCoreApplication.translate("States", "closed"),
        SelectionState.SIGNED: QCoreApplication.translate("States", "signed"),
    }[state]


def not_scored_label() -> str:
    """What an appraisal without a complete score shows for its total and grade
    (the term `kpm_desktop.domain.appraisal.NOT_SCORED`)."""
    return QCoreApplication.translate("States", "not scored")
