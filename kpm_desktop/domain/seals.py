"""Seals: the hash of a record's canonical content, kept in the audit chain.

When a record whose change matters reaches a state worth keeping (an appraisal finalized,
acknowledged or superseded; a user account created or changed; a template version
activated or retired; a cycle closed), the service appends a `seal` entry to the audit log
in the same transaction. The entry holds the record's canonical content and its SHA-256
(docs/formats.md, "Seals"). `kpm verify` rebuilds the content from the current rows and
compares: a changed field, a missing record or a state set back is found and named.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from kpm_desktop.domain.audit import TIMESTAMP_FORMAT, AuditEntry, canonical_json
from kpm_desktop.domain.errors import UserText

SEAL_FORMAT = "kpm-seal-1"
SEAL_ACTION = "seal"
RELEASE_ACTION = "unseal"


class SealKind(StrEnum):
    APPRAISAL = "appraisal"
    USER = "user"
    TEMPLATE = "template"
    CYCLE = "cycle"
    SELECTION = "selection"


# The fields of a user account that are sealed. Sign-in bookkeeping (last sign-in, failed
# attempts, lock-outs) changes without an HR decision and is deliberately left out.
SEALED_USER_FIELDS = ("username", "role", "active", "password_hash", "staff_id")

# The states of each kind in the only order the workflow moves them; a seal naming a later
# state than the row now holds means the state was set back outside KPM Desktop.
STATE_FIELDS = {
    SealKind.APPRAISAL: "state",
    SealKind.TEMPLATE: "status",
    SealKind.CYCLE: "status",
    SealKind.SELECTION: "state",
}
STATE_ORDER = {
    SealKind.APPRAISAL: (
        "draft",
        "submitted",
        "reviewed",
        "finalized",
        "acknowledged",
        "superseded",
    ),
    SealKind.TEMPLATE: ("draft", "active", "retired"),
    SealKind.CYCLE: ("open", "closed"),
    SealKind.SELECTION: ("draft", "scoring", "closed", "signed"),
}
# Rows in these states must carry a seal; every user account must.
SEALED_STATES = {
    SealKind.APPRAISAL: ("finalized", "acknowledged", "superseded"),
    SealKind.TEMPLATE: ("active", "retired"),
    SealKind.CYCLE: ("closed",),
    SealKind.SELECTION: ("closed", "signed"),
}

Content = dict[str, object]


def plain(value: object) -> object:
    """A value as the seal stores it: Decimal as its normalised exact string ("87.01", "8"),
    so the column's scale (SQLite keeps 87.01, PostgreSQL 87.0100) never matters."""
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    if isinstance(value, datetime):
        return value.strftime(TIMESTAMP_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, float):
        return value
    raise TypeError(f"{type(value).__name__} cannot be sealed")


def user_content(row: Mapping[str, object]) -> Content:
    return {field: plain(row[field]) for field in SEALED_USER_FIELDS}


def template_content(row: Mapping[str, object]) -> Content:
    """The body is sealed as parsed JSON, so a difference is named down to the weight."""
    body = row["body"]
    parsed = json.loads(body, parse_float=Decimal) if isinstance(body, str) else body
    return {
        "name": row["name"],
        "version": row["version"],
        "department": row["department"],
        "status": row["status"],
        "body": plain(parsed),
    }


def appraisal_content(
    appraisal: Mapping[str, object],
    raters: Sequence[Mapping[str, object]],
    ratings: Sequence[Mapping[str, object]],
    results: Sequence[Mapping[str, object]],
    kpis: Sequence[Mapping[str, object]],
) -> Content:
    """An appraisal revision with everything its result rests on: the template version,
    each rater's weight and ratings, the stored result lines, the KPI figures, the total
    and grade. Ratings and results are keyed by rater role and indicator code."""
    content = {key: plain(value) for key, value in appraisal.items()}
    content["raters"] = {str(r["role"]): _without(r, "role") for r in raters}
    content["ratings"] = _by_role_and_code(ratings, "role")
    content["results"] = _by_role_and_code(results, "rater_role")
    content["kpis"] = {str(k["indicator_code"]): _without(k, "indicator_code") for k in kpis}
    return content


def cycle_content(
    cycle: Mapping[str, object],
    choices: Sequence[Mapping[str, object]],
    extras: Sequence[Mapping[str, object]] = (),
) -> Content:
    """A cycle with its template choices, each with the raters it adds. What migrations 0015
    and 0016 added is held only when it differs from what a cycle had before them (duties
    separated, no added raters), so seals made earlier verify unchanged, while a flag turned
    off or on, or an added rater changed, changes the content (docs/formats.md)."""
    content = {
        key: plain(value)
        for key, value in cycle.items()
        if key != "separation_of_duties" or value in (False, 0)
    }
    added: dict[object, list[object]] = {}
    for extra in extras:
        added.setdefault(extra["choice_id"], []).append(_without(extra, "choice_id"))
    templates = []
    for choice in choices:
        template = {k: plain(v) for k, v in choice.items() if k != "id"}
        if choice["id"] in added:
            template["extra_raters"] = sorted(added[choice["id"]], key=canonical_json)
        templates.append(template)
    content["templates"] = sorted(templates, key=canonical_json)
    return content


def selection_content(
    selection: Mapping[str, object],
    bidders: Sequence[Mapping[str, object]],
    figures: Sequence[Mapping[str, object]],
    members: Sequence[Mapping[str, object]],
    ratings: Sequence[Mapping[str, object]],
    sheets: Sequence[Mapping[str, object]],
) -> Content:
    """A selection evaluation with what its results rest on: the template version, each
    bidder and its quoted figures (by bidder name and indicator code), each panel member's
    weight (by user name), every sheet's comment and every rating (by user name, bidder name,
    indicator code)."""
    content = {key: plain(value) for key, value in selection.items()}
    quoted: dict[str, dict[str, object]] = {}
    for figure in figures:
        quoted.setdefault(str(figure["bidder"]), {})[str(figure["indicator_code"])] = plain(
            figure["value"]
        )
    content["bidders"] = {
        str(b["name"]): {
            **_plain_dict(_without(b, "name")),
            "figures": quoted.get(str(b["name"]), {}),
        }
        for b in bidders
    }
    content["panel"] = {str(m["username"]): _without(m, "username") for m in members}
    rated: dict[str, dict[str, dict[str, object]]] = {}
    for row in ratings:
        by_bidder = rated.setdefault(str(row["username"]), {})
        line = _without(row, "username", "bidder", "indicator_code")
        by_bidder.setdefault(str(row["bidder"]), {})[str(row["indicator_code"])] = line
    content["ratings"] = dict(rated)
    comments: dict[str, dict[str, object]] = {}
    for sheet in sheets:
        comments.setdefault(str(sheet["username"]), {})[str(sheet["bidder"])] = sheet["comment"]
    content["sheet_comments"] = dict(comments)
    return content


def _plain_dict(value: object) -> dict[str, object]:
    assert isinstance(value, dict)
    return value


def _without(row: Mapping[str, object], *keys: str) -> object:
    return plain({k: v for k, v in row.items() if k not in keys})


def _by_role_and_code(rows: Sequence[Mapping[str, object]], role_key: str) -> Content:
    grouped: dict[str, dict[str, object]] = {}
    for row in rows:
        line = _without(row, role_key, "indicator_code")
        grouped.setdefault(str(row[role_key]), {})[str(row["indicator_code"])] = line
    return dict(grouped)


def seal_digest(kind: SealKind, record_id: int, content: Content) -> str:
    """SHA-256 (hex) of the canonical JSON of [format, kind, id, content]."""
    text = canonical_json([SEAL_FORMAT, kind.value, record_id, content])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Seal:
    """The latest seal of one record, read back from its audit entry."""

    kind: SealKind
    record_id: int
    label: str
    digest: str
    content: Content | None  # None: released (the record was removed on purpose)
    entry_id: int


def seal_payload(kind: SealKind, record_id: int, label: str, content: Content) -> Content:
    """What the `seal` entry stores in its `after` field."""
    return {
        "format": SEAL_FORMAT,
        "label": label,
        "sha256": seal_digest(kind, record_id, content),
        "content": content,
    }


def seal_of(entry: AuditEntry) -> Seal | None:
    """The seal a `seal` or `unseal` entry records; None for any other entry."""
    if entry.action not in (SEAL_ACTION, RELEASE_ACTION) or entry.after is None:
        return None
    try:
        kind = SealKind(entry.entity_type)
        payload = json.loads(entry.after)
        record_id = int(entry.entity_id)
    except ValueError:
        return None
    content = payload.get("content") if entry.action == SEAL_ACTION else None
    return Seal(
        kind,
        record_id,
        str(payload.get("label", "")),
        str(payload.get("sha256", "")),
        content,
        entry.id,
    )


@dataclass(frozen=True)
class Difference:
    path: str
    sealed: object
    current: object


def differences(sealed: object, current: object, path: str = "") -> list[Difference]:
    """Every leaf where the two contents differ, named by its dotted path."""
    if isinstance(sealed, dict) and isinstance(current, dict):
        found: list[Difference] = []
        for key in sorted(set(sealed) | set(current)):
            where = f"{path}.{key}" if path else key
            found += differences(sealed.get(key, _ABSENT), current.get(key, _ABSENT), where)
        return found
    if isinstance(sealed, list) and isinstance(current, list) and len(sealed) == len(current):
        found = []
        for index, (a, b) in enumerate(zip(sealed, current, strict=True)):
            found += differences(a, b, f"{path}[{index}]")
        return found
    return [] if sealed == current else [Difference(path, sealed, current)]


class _Absent:
    def __repr__(self) -> str:
        return "(absent)"


_ABSENT = _Absent()


def _shown(value: object) -> str:
    if value is _ABSENT:
        return "(absent)"
    text = canonical_json(value)
    return text if len(text) <= 120 else text[:117] + "..."


def seal_problems(seal: Seal, current: Content | None) -> list[UserText]:
    """What is wrong with a record against its seal; nothing when it matches."""
    record = UserText(
        "{kind} {record_id} ({label})",
        kind=seal.kind.value,
        record_id=seal.record_id,
        label=seal.label,
    )
    if seal.content is None:
        if current is None:
            return []
        return [UserText("{record}: released from its seal but still present", record=record)]
    if current is None:
        return [
            UserText(
                "{record}: the sealed record is missing (sealed in audit entry {entry})",
                record=record,
                entry=seal.entry_id,
            )
        ]
    if seal_digest(seal.kind, seal.record_id, current) == seal.digest:
        return []
    problems = _backwards(seal, current, record)
    for found in differences(seal.content, current):
        problems.append(
            UserText(
                "{record}: {field} differs from its seal: sealed {sealed}, now {current}",
                record=record,
                field=found.path,
                sealed=_shown(found.sealed),
                current=_shown(found.current),
            )
        )
    if not problems:
        problems.append(
            UserText("{record}: the seal's hash does not match its content", record=record)
        )
    return problems


def state_went_back(kind: SealKind, sealed_state: object, current_state: object) -> bool:
    order = STATE_ORDER.get(kind)
    if order is None or sealed_state not in order or current_state not in order:
        return False
    return order.index(str(current_state)) < order.index(str(sealed_state))


def _backwards(seal: Seal, current: Content, record: UserText) -> list[UserText]:
    field = STATE_FIELDS.get(seal.kind)
    if field is None or seal.content is None:
        return []
    sealed_state, current_state = seal.content.get(field), current.get(field)
    if not state_went_back(seal.kind, sealed_state, current_state):
        return []
    return [
        UserText(
            "{record}: {field} went backwards: sealed {sealed}, now {current}",
            record=record,
            field=field,
            sealed=sealed_state,
            current=current_state,
        )
    ]


def unsealed_problem(kind: SealKind, record_id: int, label: str, state: str) -> UserText:
    """A row in a sealed state that no seal covers: written outside KPM Desktop."""
    return UserText(
        "{kind} {record_id} ({label}) is {state} but has no seal: it was written outside "
        "KPM Desktop",
        kind=kind.value,
        record_id=record_id,
        label=label,
        state=state,
    )
