"""What the import wizard and the export actions need: the services, described only by
what the UI calls on them (the UI never imports storage or SQLAlchemy, so they arrive as
objects), and the table model of rows the wizard shows. Their work runs as background
`Job`s (ui/common/background_job.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.import_profiles import ImportProfile

ERROR_BACKGROUND = QColor("#f8d7da")


class ProfileServiceLike(Protocol):
    def profiles(self, kind: str | None = None) -> list[ImportProfile]: ...

    def get(self, name: str) -> ImportProfile: ...

    def match(self, kind: str, headers: Sequence[str]) -> ImportProfile | None: ...

    def save(self, actor: Actor, profile: ImportProfile, replace: bool = False) -> bool: ...

    def copy(self, actor: Actor, name: str, new_name: str) -> ImportProfile: ...

    def remove(self, actor: Actor, name: str) -> None: ...

    def export_text(self, name: str) -> str: ...

    def import_text(
        self, actor: Actor, text: str, source: str, replace: bool = False
    ) -> ImportProfile: ...


class ImportServiceLike(Protocol):
    @property
    def profiles(self) -> ProfileServiceLike: ...

    def can_import(self, actor: Actor) -> bool: ...

    def inspect(
        self,
        path: Path,
        kind: str,
        sheet: str | None = None,
        profile: ImportProfile | None = None,
        match: bool = True,
    ) -> Any: ...

    def check(
        self,
        actor: Actor,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: Callable[[float, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        strict: bool = False,
        profile: ImportProfile | None = None,
    ) -> Any: ...

    def import_file(
        self,
        actor: Actor,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: Callable[[float, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        strict: bool = False,
        profile: ImportProfile | None = None,
    ) -> Any: ...


class ExportServiceLike(Protocol):
    def can_export(self, actor: Actor) -> bool: ...

    @property
    def kinds(self) -> list[str]: ...

    def title(self, kind: str) -> str: ...

    def export(
        self,
        actor: Actor,
        kind: str,
        path: Path,
        progress: Callable[[int], None] | None = None,
    ) -> int: ...


class RowsTableModel(QAbstractTableModel):
    """Read-only rows of text; the rows in `highlighted` get the error colour."""

    def __init__(
        self,
        headers: list[str],
        rows: list[list[str]],
        highlighted: set[int] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows = rows
        self._highlighted = highlighted or set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self._highlighted:
            return ERROR_BACKGROUND
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return str(section + 1)

    def is_highlighted(self, row: int) -> bool:
        return row in self._highlighted


def rows_view() -> QTableView:
    """A table of a file's first rows: each column as wide as the file's heading and its
    values, up to a limit (a long remark scrolls sideways instead of pushing the rest away)."""
    view = QTableView()
    view.horizontalHeader().setMaximumSectionSize(360)
    return view
