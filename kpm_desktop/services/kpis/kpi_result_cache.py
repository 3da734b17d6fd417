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
from decimal import Decimal
from typing import Any

from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow
from kpm_desktop.domain.period import Period
from kpm_desktop.services.audit_trail.audit import utc_now
from kpm_desktop.services.kpis.kpi_service import KpiService
from kpm_desktop.storage.data_version import read_data_version
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.kpi_cache import clear_entries, read_entries, write_entries

_DECIMAL_FIELDS = ("value", "numerator", "denominator", "target", "attainment", "previous",
                   "growth")  # fmt: skip
_TEXT_FIELDS = ("reason", "attainment_reason", "growth_reason")


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
        return _merge_rows(level, [bodies[key] for key in keys], codes)

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
        bodies = {key: _encode_rows(table.rows, key) for key in keys}
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


def _encode_rows(rows: Sequence[KpiRow], key: str) -> dict[str, Any]:
    return {
        row.code: [row.name, row.department, row.record_id, _encode_value(row.values[key])]
        for row in rows
    }


def _encode_value(value: KpiValue) -> dict[str, Any]:
    encoded: dict[str, Any] = {"key": value.key}
    for name in _DECIMAL_FIELDS:
        number = getattr(value, name)
        if number is not None:
            encoded[name] = str(number)
    for name in _TEXT_FIELDS:
        encoded[name] = getattr(value, name)
    if value.details:
        encoded["details"] = [[label, str(count)] for label, count in value.details]
    return encoded


def _decode_value(encoded: dict[str, Any]) -> KpiValue:
    def number(name: str) -> Decimal | None:
        text = encoded.get(name)
        return None if text is None else Decimal(text)

    return KpiValue(
        key=encoded["key"],
        value=number("value"),
        reason=encoded["reason"],
        numerator=number("numerator"),
        denominator=number("denominator"),
        details=tuple((label, Decimal(count)) for label, count in encoded.get("details", ())),
        target=number("target"),
        attainment=number("attainment"),
        attainment_reason=encoded["attainment_reason"],
        previous=number("previous"),
        growth=number("growth"),
        growth_reason=encoded["growth_reason"],
    )


def _merge_rows(
    level: ScopeLevel, bodies: Sequence[dict[str, Any]], codes: Collection[str] | None
) -> tuple[KpiRow, ...]:
    if not bodies:
        return ()
    wanted = sorted(bodies[0] if codes is None else set(codes) & set(bodies[0]))
    rows = []
    for code in wanted:
        name, department, record_id, _ = bodies[0][code]
        values = {}
        for body in bodies:
            value = _decode_value(body[code][3])
            values[value.key] = value
        rows.append(KpiRow(level, code, name, department, values, record_id))
    return tuple(rows)
