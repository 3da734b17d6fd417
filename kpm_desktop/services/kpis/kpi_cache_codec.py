"""How a kept KPI table is written in the `kpi_cache` entries (JSON text) and read back:
shared by `KpiResultCache` and start-up's early read of the first page's figures
(services/kpis/first_figures.py), which runs before SQLAlchemy is imported."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from kpm_desktop.domain.kpi import KpiValue, ScopeLevel
from kpm_desktop.domain.kpi_table import KpiRow

_DECIMAL_FIELDS = ("value", "numerator", "denominator", "target", "attainment", "previous",
                   "growth")  # fmt: skip
_TEXT_FIELDS = ("reason", "attainment_reason", "growth_reason")


def encode_rows(rows: Sequence[KpiRow], key: str) -> dict[str, Any]:
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


def decode_value(encoded: dict[str, Any]) -> KpiValue:
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


def merge_rows(
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
            value = decode_value(body[code][3])
            values[value.key] = value
        rows.append(KpiRow(level, code, name, department, values, record_id))
    return tuple(rows)
