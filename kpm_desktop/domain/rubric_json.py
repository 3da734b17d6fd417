"""The template JSON format (docs/formats.md, resources/schemas/rubric-template.schema.json)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kpm_desktop.domain.json_reading import Reader, dumps, loads
from kpm_desktop.domain.rubric import (
    Category,
    GradeBand,
    GradeQuota,
    Indicator,
    RaterRole,
    RaterWeight,
    ResultScale,
    RubricTemplate,
    default_grade_bands,
)
from kpm_desktop.domain.rubric_methods import (
    KpiBand,
    KpiBandsMethod,
    KpiDirection,
    KpiLinearMethod,
    Level,
    LevelsMethod,
    MethodKind,
    MetMethod,
    ProvidedMethod,
    RankMethod,
    RankOrder,
    ScaleBand,
    ScaleMethod,
    ScaleRule,
    ScoringMethod,
)

TEMPLATE_FORMAT = "kpm-rubric-template"
# Version 2 added the scale `rule`; a version 1 document without one meant rating / max.
FORMAT_VERSION = 2
_RULE_BEFORE_VERSION_2 = ScaleRule.SCORE_OVER_MAX


def _method_to_json(method: ScoringMethod) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": method.kind.value}
    if isinstance(method, LevelsMethod):
        data["max_points"] = method.max_points
        data["levels"] = [
            {"name": lv.name, "descriptor": lv.descriptor, "lo": lv.lo, "hi": lv.hi}
            for lv in method.levels
        ]
    elif isinstance(method, KpiLinearMethod):
        data |= {"kpi": method.kpi_key, "mode": "linear", "target": method.target}
        data |= {"direction": method.direction.value, "cap": method.cap}
    elif isinstance(method, KpiBandsMethod):
        data |= {"kpi": method.kpi_key, "mode": "bands", "max_points": method.max_points}
        data["bands"] = [
            {"name": b.name, "lo": b.lo, "hi": b.hi, "points": b.points} for b in method.bands
        ]
    elif isinstance(method, MetMethod):
        data |= {"max_points": method.max_points, "partial_points": method.partial_points}
    elif isinstance(method, ProvidedMethod):
        data["max_points"] = method.max_points
    elif isinstance(method, ScaleMethod):
        data |= {"min": method.min_value, "max": method.max_value, "rule": method.rule.value}
        data["bands"] = [{"name": b.name, "lo": b.lo, "hi": b.hi} for b in method.bands]
    else:
        data |= {"order": method.order.value, "position_points": list(method.position_points)}
        data["last_points"] = method.last_points
    return data


def _indicator_to_json(indicator: Indicator) -> dict[str, Any]:
    return {
        "code": indicator.code,
        "name": indicator.name,
        "description": indicator.description,
        "source": indicator.source,
        "appraiser": indicator.appraiser.value,
        "weight": indicator.weight,
        "method": _method_to_json(indicator.method),
    }


def template_to_json(template: RubricTemplate) -> dict[str, Any]:
    """The template as a JSON-ready dict (numbers are Decimal; write it with `dumps`)."""
    return {
        "format": TEMPLATE_FORMAT,
        "format_version": FORMAT_VERSION,
        "name": template.name,
        "version": template.version,
        "department": template.department,
        "description": template.description,
        "scale": {"lo": template.scale.lo, "hi": template.scale.hi},
        "grades": [{"grade": b.grade, "min": b.min_total} for b in template.grade_bands],
        "quotas": [{"grade": q.grade, "max_percent": q.max_percent} for q in template.quotas],
        "raters": [{"role": r.role.value, "weight": r.weight} for r in template.raters],
        "categories": [
            {"name": c.name, "indicators": [_indicator_to_json(i) for i in c.indicators]}
            for c in template.categories
        ],
    }


def template_to_text(template: RubricTemplate) -> str:
    return dumps(template_to_json(template)) + "\n"


def _optional_number(reader: Reader, key: str) -> Decimal | None:
    field = reader.optional(key)
    return field.number() if field else None


def _text(reader: Reader, key: str, default: str = "") -> str:
    field = reader.optional(key)
    return field.text() if field else default


def _levels(reader: Reader) -> LevelsMethod:
    levels = tuple(
        Level(
            item.field("name").text(),
            _text(item, "descriptor"),
            item.field("lo").number(),
            item.field("hi").number(),
        )
        for item in reader.field("levels").items()
    )
    return LevelsMethod(reader.field("max_points").number(), levels)


def _kpi(reader: Reader) -> KpiLinearMethod | KpiBandsMethod:
    key = reader.field("kpi").text()
    mode = reader.field("mode").text() if reader.has("mode") else "linear"
    if mode == "linear":
        direction = KpiDirection.HIGHER_IS_BETTER
        if reader.has("direction"):
            direction = reader.field("direction").choice(
                KpiDirection, [d.value for d in KpiDirection], "direction"
            )
        cap = _optional_number(reader, "cap")
        return KpiLinearMethod(
            key, reader.field("target").number(), direction, Decimal(1) if cap is None else cap
        )
    if mode != "bands":
        raise reader.field("mode").error(
            "unknown KPI mode '{mode}'; expected linear or bands", mode=mode
        )
    bands = tuple(
        KpiBand(
            item.field("name").text(),
            _optional_number(item, "lo"),
            _optional_number(item, "hi"),
            item.field("points").number(),
        )
        for item in reader.field("bands").items()
    )
    return KpiBandsMethod(key, reader.field("max_points").number(), bands)


def _scale(reader: Reader, format_version: int) -> ScaleMethod:
    bands_reader = reader.optional("bands")
    bands = tuple(
        ScaleBand(item.field("name").text(), item.field("lo").number(), item.field("hi").number())
        for item in (bands_reader.items() if bands_reader else [])
    )
    rule_reader = reader.optional("rule")
    if rule_reader:
        rule = rule_reader.choice(ScaleRule, [r.value for r in ScaleRule], "scale rule")
    else:
        rule = _RULE_BEFORE_VERSION_2 if format_version < 2 else ScaleRule.MIN_TO_MAX
    return ScaleMethod(reader.field("min").number(), reader.field("max").number(), bands, rule)


def _rank(reader: Reader) -> RankMethod:
    order = reader.field("order").choice(RankOrder, [o.value for o in RankOrder], "rank order")
    points = tuple(item.number() for item in reader.field("position_points").items())
    return RankMethod(order, points, _optional_number(reader, "last_points"))


def method_from_json(reader: Reader, format_version: int = FORMAT_VERSION) -> ScoringMethod:
    """A scoring method; `format_version` is the document's, for what an absent field meant."""
    kind = reader.field("kind").choice(MethodKind, [k.value for k in MethodKind], "scoring method")
    if kind is MethodKind.LEVELS:
        return _levels(reader)
    if kind is MethodKind.KPI:
        return _kpi(reader)
    if kind is MethodKind.MET:
        partial = _optional_number(reader, "partial_points")
        return MetMethod(
            reader.field("max_points").number(), Decimal(3) if partial is None else partial
        )
    if kind is MethodKind.PROVIDED:
        return ProvidedMethod(reader.field("max_points").number())
    if kind is MethodKind.SCALE:
        return _scale(reader, format_version)
    return _rank(reader)


def _role(reader: Reader) -> RaterRole:
    return reader.choice(RaterRole, [r.value for r in RaterRole], "rater role")


def _indicator(reader: Reader, format_version: int) -> Indicator:
    appraiser = reader.optional("appraiser")
    return Indicator(
        code=reader.field("code").text(),
        name=reader.field("name").text(),
        weight=reader.field("weight").number(),
        method=method_from_json(reader.field("method"), format_version),
        description=_text(reader, "description"),
        source=_text(reader, "source"),
        appraiser=_role(appraiser) if appraiser else RaterRole.SUPERIOR,
    )


def _format_version(reader: Reader) -> int:
    """The document's format version; a document without one is read as the current."""
    field = reader.optional("format_version")
    if field is None:
        return FORMAT_VERSION
    version = field.integer()
    if not 1 <= version <= FORMAT_VERSION:
        raise field.error(
            "format version {version} is not one this KPM Desktop reads (1-{latest})",
            version=version,
            latest=FORMAT_VERSION,
        )
    return version


def template_from_json(data: Any, source: str) -> RubricTemplate:
    """A template from parsed JSON; an error names the file and the path inside it."""
    reader = Reader(data, source)
    reader.obj()
    if reader.has("format") and reader.field("format").text() != TEMPLATE_FORMAT:
        raise reader.field("format").error("expected '{format}'", format=TEMPLATE_FORMAT)
    format_version = _format_version(reader)
    scale_reader = reader.optional("scale")
    scale = (
        ResultScale(scale_reader.field("lo").number(), scale_reader.field("hi").number())
        if scale_reader
        else ResultScale()
    )
    grades_reader = reader.optional("grades")
    grades = (
        tuple(
            GradeBand(g.field("grade").text(), g.field("min").number())
            for g in grades_reader.items()
        )
        if grades_reader
        else default_grade_bands(scale)
    )
    quotas_reader = reader.optional("quotas")
    quotas = tuple(
        GradeQuota(q.field("grade").text(), q.field("max_percent").number())
        for q in (quotas_reader.items() if quotas_reader else [])
    )
    raters_reader = reader.optional("raters")
    raters = (
        tuple(
            RaterWeight(_role(r.field("role")), r.field("weight").number())
            for r in raters_reader.items()
        )
        if raters_reader
        else (RaterWeight(RaterRole.SUPERIOR, Decimal(100)),)
    )
    categories = tuple(
        Category(
            c.field("name").text(),
            tuple(_indicator(i, format_version) for i in c.field("indicators").items()),
        )
        for c in reader.field("categories").items()
    )
    version_reader = reader.optional("version")
    return RubricTemplate(
        name=reader.field("name").text(),
        categories=categories,
        version=version_reader.integer() if version_reader else 1,
        department=_text(reader, "department"),
        description=_text(reader, "description"),
        scale=scale,
        grade_bands=grades,
        quotas=quotas,
        raters=raters,
    )


def template_from_text(text: str, source: str) -> RubricTemplate:
    return template_from_json(loads(text, source), source)
