"""Stored templates keep the scale rule they were made with: rating / max

A scale indicator's fraction became (rating - min) / (max - min). Every template version
stored before says so explicitly ("rule": "score_over_max", format version 2), so its
totals, and the appraisals scored on it, never change. The migration works on the JSON
text alone (numbers kept digit for digit), not on the application's template classes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 01:00:00
"""

import json
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OLD_RULE = "score_over_max"
_NUMBER_MARK = "\u0001num:"
_MARKED_NUMBER = re.compile(r'"\\u0001num:(-?[0-9.]+(?:E[-+]?[0-9]+)?)"')
_templates = sa.table("rubric_templates", sa.column("id", sa.Integer), sa.column("body", sa.Text))


def _loads(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def _dumps(data: Any) -> str:
    """As the application writes a template: indented, UTF-8, Decimals with their digits."""

    def mark(value: Any) -> Any:
        if isinstance(value, Decimal):
            return _NUMBER_MARK + str(value)
        if isinstance(value, dict):
            return {key: mark(item) for key, item in value.items()}
        if isinstance(value, list):
            return [mark(item) for item in value]
        return value

    text = json.dumps(mark(data), ensure_ascii=False, indent=2)
    return _MARKED_NUMBER.sub(lambda match: match.group(1), text) + "\n"


def _scale_methods(document: Any) -> list[dict[str, Any]]:
    if not isinstance(document, dict) or not isinstance(document.get("categories"), list):
        return []
    return [
        indicator["method"]
        for category in document["categories"]
        if isinstance(category, dict) and isinstance(category.get("indicators"), list)
        for indicator in category["indicators"]
        if isinstance(indicator, dict)
        and isinstance(indicator.get("method"), dict)
        and indicator["method"].get("kind") == "scale"
    ]


def _mark_old_rule(document: Any) -> bool:
    changed = False
    for method in _scale_methods(document):
        if "rule" not in method:
            method["rule"] = _OLD_RULE
            changed = True
    if changed:
        document["format_version"] = 2
    return changed


def _unmark_old_rule(document: Any) -> bool:
    methods = _scale_methods(document)
    for method in methods:
        method.pop("rule", None)
    if isinstance(document, dict) and document.get("format_version") == 2:
        document["format_version"] = 1
        return True
    return bool(methods)


def _rewrite_bodies(change: Callable[[Any], bool]) -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(_templates.c.id, _templates.c.body)).all()
    for template_id, body in rows:
        document = _loads(body)
        if change(document):
            connection.execute(
                _templates.update()
                .where(_templates.c.id == template_id)
                .values(body=_dumps(document))
            )


def upgrade() -> None:
    _rewrite_bodies(_mark_old_rule)


def downgrade() -> None:
    _rewrite_bodies(_unmark_old_rule)
