"""Roles as the UI names them (the stored values are identifiers, not words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.rubric import RaterRole


def role_label(role: Role) -> str:
    return {
        Role.HR_ADMIN: QCoreApplication.translate("Roles", "HR administrator"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.EMPLOYEE: QCoreApplication.translate("Roles", "Employee"),
        Role.VIEWER: QCoreApplication.translate("Roles", "Viewer"),
        Role.PANEL: QCoreApplication.translate("Roles", "Selection panel"),
    }[role]


def rater_role_label(role: RaterRole) -> str:
    """The role of a rater (考评人); the sources are RATER_ROLE_NAMES, messages use them too."""
    return {
        RaterRole.SELF: QCoreApplication.translate("RaterRoles", "Self"),
        RaterRole.SUPERIOR: QCoreApplication.translate("RaterRoles", "Direct superior"),
        RaterRole.DEPARTMENT_HEAD: QCoreApplication.translate("RaterRoles", "Department head"),
        RaterRole.HR: QCoreApplication.translate("RaterRoles", "HR"),
        RaterRole.PEER: QCoreApplication.translate("RaterRoles", "Peer"),
        RaterRole.CUSTOMER: QCoreApplication.translate("RaterRoles", "Customer"),
        RaterRole.PANEL: QCoreApplication.translate("RaterRoles", "Review panel"),
    }[role]
