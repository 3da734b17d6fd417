"""Long import and export work off the UI thread, with progress and cancel.

The UI never imports storage or SQLAlchemy, so the services arrive as objects and are
described here only by what the UI calls on them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QColor

from kpm_desktop.domain.access import Actor
from kpm_desktop.domain.errors import KpmUserError
from kpm_desktop.ui.user_messages import user_message

ERROR_BACKGROUND = QColor("#f8d7da")


class ImportServiceLike(Protocol):
    def can_import(self, actor: Actor) -> bool: ...

    def inspect(self, path: Path, kind: str, sheet: str | None = None) -> Any: ...

    def check(
        self,
        actor: Actor,
        path: Path,
        kind: str,
        mapping: Mapping[str, int] | None = None,
        sheet: str | None = None,
        progress: Callable[[float, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
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


class TaskWorker(QThread):
    """Runs `task(progress, cancelled)` in its own thread (and so its own unit of work).

    `succeeded` carries the result; `failed` a user error's message and the error itself
    (an ImportRejected carries its report). Anything else is a bug and reaches the crash
    handler through `crashed`.
    """

    progressed = Signal(int, int)  # per mille of the file, rows so far
    succeeded = Signal(object)
    failed = Signal(str, object)
    crashed = Signal(object)

    def __init__(self, task: Callable[..., Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._task = task
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def progress(fraction: float, rows: int) -> None:
            self.progressed.emit(int(fraction * 1000), rows)

        try:
            result = self._task(progress, self._cancel.is_set)
        except KpmUserError as exc:
            self.failed.emit(user_message(exc), exc)
        except Exception as exc:  # a bug: hand it to the UI thread's crash handler
            self.crashed.emit(exc)
        else:
            self.succeeded.emit(result)


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
