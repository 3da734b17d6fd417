"""Start-up's early reads, before SQLAlchemy is imported: the account signing in and what
the first page's figures are read from, from a SQLite file through the standard library's
sqlite3 module, read-only (services/kpis/first_figures.py uses them).

Each `EarlyReads` is one read-only connection in one read transaction: what it reads is one
consistent state of the file. It never writes nor creates (`mode=ro`) and never waits for a
lock (timeout 0). Anything unexpected (no file, another schema revision, a locked or
damaged file) raises `EarlyReadError` and the caller takes the usual path. The figures'
SQL is storage/first_page_sql.py's, which the ORM runs too.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kpm_desktop.domain.access import OrgChart
from kpm_desktop.domain.audit import GENESIS_HASH
from kpm_desktop.storage.first_page_sql import (
    DATA_VERSION,
    DEPARTMENT_ENTRIES,
    ORG_CHART,
    SETTING,
    STAFF_ENTRIES,
    DepartmentEntry,
    StaffEntry,
    kept_kpi_entries,
    kept_kpi_parameters,
    org_chart_of,
)
from kpm_desktop.storage.schema_version import HEAD_REVISION, VERSION_TABLE

log = logging.getLogger(__name__)

_ACCOUNT = (
    "SELECT id, username, display_name, role, staff_id, active, password_hash "
    "FROM users WHERE username = :username"
)
_USERS_WITH_ROLE = "SELECT count(*) FROM users WHERE role = :role"
_THROTTLE_ROWS = "SELECT count(*) FROM sign_in_throttle WHERE username = :username"
_ACTIVE_DEMO_ACCOUNTS = "SELECT count(*) FROM users WHERE is_demo = 1 AND active = 1"
_CHAIN_HEAD = "SELECT last_entry_id, last_hash FROM audit_head WHERE id = 1"
_SEALS_ADOPTED = "SELECT seals_adopted FROM database_identity WHERE id = 1"


class EarlyReadError(Exception):
    """The early read could not be made; the usual path reads through the ORM."""


@dataclass(frozen=True)
class StoredAccount:
    id: int
    username: str
    display_name: str
    role: str
    staff_id: int | None
    active: bool
    password_hash: str
    throttled: bool  # failures are counted for the name (slowed down or locked)


class EarlyReads:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @staticmethod
    @contextmanager
    def of(path: Path) -> Iterator[EarlyReads]:
        """Reads of the SQLite file at `path` holding the current schema, in one read
        transaction; `EarlyReadError` when there is none such to read."""
        if not path.is_file():
            raise EarlyReadError(f"no file {path}")
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0, isolation_level=None
            )
        except sqlite3.Error as exc:
            raise EarlyReadError(str(exc)) from exc
        try:
            connection.execute("BEGIN")
            reads = EarlyReads(connection)
            revisions = reads.rows(f"SELECT version_num FROM {VERSION_TABLE}")
            if revisions != [(HEAD_REVISION,)]:
                raise EarlyReadError(f"schema {revisions}, not {HEAD_REVISION}")
            yield reads
        except sqlite3.Error as exc:
            raise EarlyReadError(str(exc)) from exc
        finally:
            connection.close()  # the read transaction ends with it: nothing was written

    def account(self, username: str) -> StoredAccount | None:
        rows = self.rows(_ACCOUNT, username=username)
        if len(rows) != 1:
            return None
        user_id, name, display_name, role, staff_id, active, password_hash = rows[0]
        throttled = bool(self.rows(_THROTTLE_ROWS, username=name)[0][0])
        return StoredAccount(
            user_id, name, display_name, role, staff_id, bool(active), password_hash, throttled
        )

    def opens_as_is(self) -> bool:
        """Whether opening the file through the ORM would change nothing and warn of
        nothing but the file's mode: in WAL mode (which the ORM's connections set), its
        existing records sealed (`seals.adopt_existing_records`), no demo account able to
        sign in (`demo_accounts_warning`)."""
        journal = self.rows("PRAGMA journal_mode")
        adopted = self.rows(_SEALS_ADOPTED)
        demo = self.rows(_ACTIVE_DEMO_ACCOUNTS)[0][0]
        return journal == [("wal",)] and adopted == [(1,)] and not demo

    def chain_head(self) -> tuple[int, str]:
        """(sequence, hash) of the audit chain's last entry, as a printed footer names it
        (`audit_anchor_queries.current_head`)."""
        rows = self.rows(_CHAIN_HEAD)
        return (rows[0][0], rows[0][1]) if rows else (0, GENESIS_HASH)

    def count_users(self, role: str) -> int:
        return int(self.rows(_USERS_WITH_ROLE, role=role)[0][0])

    def org_chart(self) -> OrgChart:
        return org_chart_of(self.rows(ORG_CHART))

    def staff_entries(self) -> list[StaffEntry]:
        return [StaffEntry(*row) for row in self.rows(STAFF_ENTRIES)]

    def department_entries(self) -> list[DepartmentEntry]:
        return [DepartmentEntry(*row) for row in self.rows(DEPARTMENT_ENTRIES)]

    def data_version(self) -> int:
        rows = self.rows(DATA_VERSION)
        return 0 if not rows or rows[0][0] is None else int(rows[0][0])

    def setting(self, key: str) -> str | None:
        rows = self.rows(SETTING, key=key)
        return None if not rows or rows[0][0] is None else str(rows[0][0])

    def kept_kpi_entries(
        self, period: str, level: str, office_zone: str, keys: Collection[str], version: int
    ) -> dict[str, str]:
        """KPI key -> body of the entries kept at `version` (kpi_cache.read_entries)."""
        if not keys:
            return {}
        parameters = kept_kpi_parameters(period, level, office_zone, keys, version)
        return {key: body for key, body in self.rows(kept_kpi_entries(keys), **parameters)}

    def rows(self, sql: str, **parameters: object) -> list[tuple[Any, ...]]:
        return list(self._connection.execute(sql, parameters))
