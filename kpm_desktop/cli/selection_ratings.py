"""How `kpm selection score` reads a rating typed as CODE=VALUE, by the indicator's method.

met: full | partial | none; provided: yes | no; levels: a level's name, optionally
NAME:SCORE; a number for the others; any indicator: na:REASON (not applicable).
"""

from __future__ import annotations

from collections.abc import Sequence

from kpm_desktop.domain.decimals import typed_decimal
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.methods.protocol import MethodKind, NumberEntry, RatingField
from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.domain.rubric import Indicator, RubricTemplate

_YES = ("yes", "y", "true", "1", "能提供")
_NO = ("no", "n", "false", "0", "不能提供")


def parse_pair(spec: str, option: str) -> tuple[str, str]:
    key, sep, value = spec.partition("=")
    if not sep or not key.strip():
        raise ValidationError("{option} {spec}: write it as CODE=VALUE", option=option, spec=spec)
    return key.strip(), value.strip()


def parse_ratings(
    template: RubricTemplate, specs: Sequence[str], notes: Sequence[str]
) -> dict[str, IndicatorRating]:
    indicators = {i.code: i for i in template.indicators()}
    comments = dict(parse_pair(spec, "--note") for spec in notes)
    ratings: dict[str, IndicatorRating] = {}
    for spec in specs:
        code, value = parse_pair(spec, "--rate")
        if code in ratings:
            raise ValidationError("{code} is rated twice", code=code)
        indicator = indicators.get(code)
        if indicator is None:
            raise ValidationError(
                "Template {template} has no indicators {codes}",
                template=template.label(),
                codes=code,
            )
        ratings[code] = _rating(indicator, value, comments.get(code, ""))
    return ratings


def _rating(indicator: Indicator, value: str, comment: str) -> IndicatorRating:
    if value.lower().startswith("na:") or value.lower() == "na":
        reason = value[3:].strip() or comment
        return IndicatorRating(not_applicable=True, comment=reason)
    kind = indicator.method.kind
    where = f"{indicator.code} ({indicator.name})"
    if kind is MethodKind.MET:
        levels = {
            "full": MetLevel.FULL,
            "满足": MetLevel.FULL,
            "partial": MetLevel.PARTIAL,
            "部分满足": MetLevel.PARTIAL,
            "none": MetLevel.NONE,
            "不满足": MetLevel.NONE,
        }
        if value.lower() not in levels:
            raise ValidationError(
                "{where}: '{value}' is not full, partial or none", where=where, value=value
            )
        return IndicatorRating(met=levels[value.lower()], comment=comment)
    if kind is MethodKind.PROVIDED:
        if value.lower() not in _YES + _NO:
            raise ValidationError("{where}: '{value}' is not yes or no", where=where, value=value)
        return IndicatorRating(provided=value.lower() in _YES, comment=comment)
    if kind is MethodKind.LEVELS:
        level, _, score = value.partition(":")
        points = typed_decimal(score, where) if score else None
        return IndicatorRating(level=level.strip(), score=points, comment=comment)
    number = typed_decimal(value, where)
    entry = indicator.method.rating_input()
    if isinstance(entry, NumberEntry) and entry.field is RatingField.VALUE:
        return IndicatorRating(value=number, comment=comment)
    return IndicatorRating(score=number, comment=comment)
