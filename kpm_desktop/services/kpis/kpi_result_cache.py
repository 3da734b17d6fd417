"""KPI tables of whole levels kept in the database against the data version.

`rows(period, level, keys)` answers from `kpi_cache` entries stamped with the current data
version and computes (through `KpiService`, all rows of the level) only the keys that have
none, storing them. The version is read before computing: if a write lands meanwhile, the
new entries carry the old stamp and are never read, so a stale value is never served.
Values are the same as `KpiService.compute` gives for the level without growth (`compare`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from typing import Any

from kpm_desktop.domain.kpi import ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period
from kpm_desktop.services.audit_trail.audit import utc_now
from kpm_desktop.services.kpis.kpi_cache_codec import encode_rows, merge_rows
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.data_version import read_data_version
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_cache import clear_entries, read_entries, write_entries


class KpiResultCache:
    def __init__(
        self,
        database: Database,
        kpis: KpiService,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        """Entries are kept per office zone (the one `kpis` cuts periods in): a change of
        zone reads and writes other entries."""
        self._database = database
        self._kpis = kpis
        self._clock = clock

    def rows(
        self,
        period: Period,
        level: ScopeLevel,
        keys: Sequence[str],
        codes: Collection[str] | None = None,
    ) -> tuple[KpiRow, ...]:
        """Every row of the level (or those with these codes) with the KPIs `keys`."""
        bodies = self._current(period, level, keys)
        missing = [key for key in keys if key not in bodies]
        if missing:
            bodies.update(self._compute(period, level, missing))
        return merge_rows(level, [bodies[key] for key in keys], codes)

    def missing(self, period: Period, level: ScopeLevel, keys: Sequence[str]) -> list[str]:
        """The keys with no current entry (what `rows` would compute)."""
        zone = self._kpis.office_zone().key
        with self._database.engine.connect() as connection:
            version = read_data_version(connection)
            found = read_entries(connection, str(period), level.value, zone, keys, version)
        return [key for key in keys if key not in found]

    def clear(self) -> None:
        with self._database.engine.begin() as connection:
            clear_entries(connection)

    def _current(
        self, period: Period, level: ScopeLevel, keys: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        zone = self._kpis.office_zone().key
        with self._database.engine.connect() as connection:
            version = read_data_version(connection)
            found = read_entries(connection, str(period), level.value, zone, keys, version)
        return {key: json.loads(body) for key, body in found.items()}

    def _compute(
        self, period: Period, level: ScopeLevel, keys: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        with self._database.engine.connect() as connection:
            version = read_data_version(connection)
        zone = self._kpis.office_zone()
        table = self._kpis.compute(period, level=level, keys=keys)
        bodies = {key: encode_rows(table.rows, key) for key in keys}
        with self._database.engine.begin() as connection:
            write_entries(
                connection,
                str(period),
                level.value,
                zone.key,
                {key: json.dumps(body, ensure_ascii=False) for key, body in bodies.items()},
                version,
                self._clock(),
            )
        return bodies
