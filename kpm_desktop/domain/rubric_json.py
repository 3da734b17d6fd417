"""The template JSON format (docs/formats.md, resources/schemas/rubric-template.schema.json)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kpm_desktop.domain.json_reading import Reader, dumps, loads
from kpm_desktop.domain.methods.registry import method_from_json
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

TEMPLATE_FORMAT = "kpm-rubric-template"
# Version 2 added the scale `rule` (domain/methods/scale.py reads a version 1 scale).
FORMAT_VERSION = 2


def _indicator_to_json(indicator: Indicator) -> dict[str, Any]:
    return {
        "code": indicator.code,
        "name": indicator.name,
        "description": indicator.description,
        "source": indicator.source,
        "appraiser": indicator.appraiser.value,
        "weight": indicator.weight,
        "method": indicator.method.to_json(),
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


def _text(reader: Reader, key: str, default: str = "") -> str:
    field = reader.optional(key)
    return field.text() if field else default


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
