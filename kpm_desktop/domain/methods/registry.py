"""Every scoring method by kind: how to read it from JSON, what a new one starts as and its
part of the template JSON Schema. A plain mapping built here from the method modules;
`method_type` matches the closed `MethodKind` so a kind without an entry fails mypy."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, assert_never

from kpm_desktop.domain.json_reading import Reader
from kpm_desktop.domain.methods import kpi, levels, met, percent, provided, rank, scale
from kpm_desktop.domain.methods.kpi import KpiBandsMethod, KpiLinearMethod
from kpm_desktop.domain.methods.levels import LevelsMethod
from kpm_desktop.domain.methods.met import MetMethod
from kpm_desktop.domain.methods.percent import PercentMethod
from kpm_desktop.domain.methods.protocol import MethodKind
from kpm_desktop.domain.methods.provided import ProvidedMethod
from kpm_desktop.domain.methods.rank import RankMethod, RankOrder
from kpm_desktop.domain.methods.scale import ScaleMethod

AnyMethod = (
    LevelsMethod
    | KpiLinearMethod
    | KpiBandsMethod
    | MetMethod
    | ProvidedMethod
    | ScaleMethod
    | RankMethod
    | PercentMethod
)
"""Every method class: the closed union an indicator holds, matched with assert_never."""


@dataclass(frozen=True)
class MethodType:
    """One kind: `from_json(reader, format_version)`, a `default()` for a new indicator and
    the JSON Schema its method object must match besides `kind`."""

    kind: MethodKind
    from_json: Callable[[Reader, int], AnyMethod]
    default: Callable[[], AnyMethod]
    json_schema: Mapping[str, Any]


def method_type(kind: MethodKind) -> MethodType:
    match kind:
        case MethodKind.LEVELS:
            return MethodType(
                kind, levels.levels_from_json, levels.default_levels, levels.JSON_SCHEMA
            )
        case MethodKind.KPI:
            return MethodType(kind, kpi.kpi_from_json, kpi.default_kpi, kpi.JSON_SCHEMA)
        case MethodKind.MET:
            return MethodType(kind, met.met_from_json, MetMethod, met.JSON_SCHEMA)
        case MethodKind.PROVIDED:
            return MethodType(
                kind, provided.provided_from_json, ProvidedMethod, provided.JSON_SCHEMA
            )
        case MethodKind.SCALE:
            return MethodType(kind, scale.scale_from_json, _default_scale, scale.JSON_SCHEMA)
        case MethodKind.RANK:
            return MethodType(kind, rank.rank_from_json, _default_rank, rank.JSON_SCHEMA)
        case MethodKind.PERCENT:
            return MethodType(kind, percent.percent_from_json, PercentMethod, percent.JSON_SCHEMA)
        case _:
            assert_never(kind)


def _default_scale() -> ScaleMethod:
    return ScaleMethod(Decimal(0), Decimal(10))


def _default_rank() -> RankMethod:
    return RankMethod(RankOrder.LOWEST_FIRST, (Decimal(5), Decimal(4)), Decimal(3))


METHOD_TYPES: Mapping[MethodKind, MethodType] = MappingProxyType(
    {kind: method_type(kind) for kind in MethodKind}
)


def method_from_json(reader: Reader, format_version: int) -> AnyMethod:
    """A method from its JSON object; `format_version` is the document's."""
    kind = reader.field("kind").choice(MethodKind, [k.value for k in MethodKind], "scoring method")
    return METHOD_TYPES[kind].from_json(reader, format_version)


def method_schema() -> dict[str, Any]:
    """The `$defs/method` entry of resources/schemas/rubric-template.schema.json."""
    return {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"enum": [kind.value for kind in MethodKind]}},
        "allOf": [
            {"if": {"properties": {"kind": {"const": kind.value}}}, "then": dict(entry.json_schema)}
            for kind, entry in METHOD_TYPES.items()
        ],
    }
