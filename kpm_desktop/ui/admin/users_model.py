"""The accounts as a table for HR admins: name, role, linked staff, active, demo, last
sign-in and the sign-in lock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kpm_desktop.domain.access import Role
from kpm_desktop.domain.sign_in import LockedName
from kpm_desktop.ui.common.i18n import format_datetime
from kpm_desktop.ui.common.role_labels import role_label

AnyIndex = QModelIndex | QPersistentModelIndex


class UserEntry(Protocol):
    """Implemented by `services.admin.auth.UserSummary`."""

    @property
    def username(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def staff_label(self) -> str | None: ...
    @property
    def active(self) -> bool: ...
    @property
    def demo(self) -> bool: ...
    @property
    def last_login_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class UserRow:
    user: UserEntry
    lock: LockedName | None  # failed sign-ins in a row, if any


def local_time(moment: datetime) -> str:
    """A stored naive-UTC time as this computer's clock shows it."""
    return format_datetime(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


class UsersModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[UserRow] = []
        self._headers = [
            self.tr("User name"),
            self.tr("Role"),
            self.tr("Linked staff"),
            self.tr("Active"),
            self.tr("Demo"),
            self.tr("Last sign-in"),
            self.tr("Sign-in lock"),
        ]

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return self._cell(row, index.column())

    def _cell(self, row: UserRow, column: int) -> str:
        user = row.user
        if column == 0:
            return user.username
        if column == 1:
            return role_label(user.role)
        if column == 2:
            return user.staff_label or ""
        if column == 3:
            return self.tr("Yes") if user.active else self.tr("Deactivated")
        if column == 4:
            return self.tr("Demo") if user.demo else ""
        if column == 5:
            return local_time(user.last_login_at) if user.last_login_at else self.tr("Never")
        return self._lock_text(row.lock)

    def _lock_text(self, lock: LockedName | None) -> str:
        if lock is None:
            return ""
        if lock.locked_until is not None:
            return self.tr("Locked until %1").replace("%1", local_time(lock.locked_until))
        return self.tr("%n failed sign-in(s)", "", lock.failures)
