"""Roles as the UI names them (the stored values are identifiers, not words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpm_desktop.domain.access import Role


def role_label(role: Role) -> str:
    return {
        Role.HR_ADMIN: QCoreApplication.translate("Roles", "HR administrator"),
        Role.SUPERVISOR: QCoreApplication.translate("Roles", "Supervisor"),
        Role.EMPLOYEE: QCoreApplication.translate("Roles", "Employee"),
        Role.VIEWER: QCoreApplication.translate("Roles", "Viewer"),
    }[role]
