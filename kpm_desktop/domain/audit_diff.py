"""What an audit entry changed, field by field, for people to read."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from kpm_desktop.domain.audit import canonical_json


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class FieldChange:
    name: str
    kind: ChangeKind
    before: str  # display text; "" when the field is absent on that side
    after: str


def _load(text: str | None) -> dict[str, object]:
    if not text:
        return {}
    value = json.loads(text)
    # A snapshot is normally an object; anything else is shown as one unnamed field.
    return value if isinstance(value, dict) else {"": value}


def _display(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return value
    return canonical_json(value)


def field_changes(before: str | None, after: str | None) -> list[FieldChange]:
    """Every field of either snapshot in name order; unchanged fields are kept for context."""
    old, new = _load(before), _load(after)
    changes = []
    for name in sorted(old.keys() | new.keys()):
        if name not in old:
            kind = ChangeKind.ADDED
        elif name not in new:
            kind = ChangeKind.REMOVED
        elif old[name] != new[name]:
            kind = ChangeKind.CHANGED
        else:
            kind = ChangeKind.UNCHANGED
        changes.append(
            FieldChange(
                name,
                kind,
                _display(old[name]) if name in old else "",
                _display(new[name]) if name in new else "",
            )
        )
    return changes
