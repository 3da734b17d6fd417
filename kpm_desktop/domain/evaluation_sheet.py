"""The printed evaluation sheet as pure data, and the SHA-256 that identifies its content.

`EvaluationSheet` is everything one printed sheet states, already computed: the renderer
(`kpm_desktop.reports`) only lays it out, and `content_hash` fingerprints it so that a
printed sheet can be checked against the database later (`kpm verify --pdf`).

Canonical form hashed by `content_hash` (format "kpm-sheet/1"):
- the sheet as a JSON object whose keys are the dataclass field names, nested objects for
  nested dataclasses, arrays for tuples, in declaration order of the elements;
- `Decimal` as a plain decimal string without exponent and without trailing zeros
  (`Decimal("30.00")` and `Decimal("30")` both give `"30"`), so the scale a database
  returns does not change the hash; dates as ISO `YYYY-MM-DD`; enums as their value;
  `None` as `null`; strings as they are (Unicode, not escaped);
- the fields `acknowledged_on` and `signatories` are left out: they record signing, which
  happens after the sheet is printed, and must not invalidate the hash of a signed paper;
- serialised with sorted keys, no whitespace (`separators=(",", ":")`), `ensure_ascii=False`,
  wrapped as `{"format": "kpm-sheet/1", "sheet": ...}`, encoded UTF-8, hashed with SHA-256,
  written as 64 lower-case hex digits.
Rendering options (orientation, fonts) are not content and never enter the hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

HASH_FORMAT = "kpm-sheet/1"
_NOT_HASHED = frozenset({"acknowledged_on", "signatories"})


@dataclass(frozen=True)
class DescriptorLevel:
    """One graded descriptor (考评标准) of an indicator, e.g. 优 27-30 points."""

    label: str
    min_points: Decimal
    max_points: Decimal
    text: str


@dataclass(frozen=True)
class KpiFigures:
    """The CRM figures behind a KPI-linked indicator, as the rater saw them."""

    kpi_name: str
    value: Decimal
    unit: str
    formula: str
    numerator: Decimal | None = None
    denominator: Decimal | None = None
    target: Decimal | None = None


@dataclass(frozen=True)
class SheetIndicator:
    """One row group of the table: an indicator with its levels and its score.

    `chosen_level` is the index into `levels` the rater picked (None when not scored or
    scored without levels); `score` is the points given (inside the chosen level's range),
    `earned` the weighted score that adds up to the total.
    """

    name: str
    information_source: str
    rater_role: str
    weight: Decimal
    levels: tuple[DescriptorLevel, ...] = ()
    chosen_level: int | None = None
    score: Decimal | None = None
    earned: Decimal | None = None
    description: str = ""
    not_applicable: bool = False
    not_applicable_reason: str = ""
    kpi: KpiFigures | None = None
    comment: str = ""

    def __post_init__(self) -> None:
        if self.chosen_level is not None and not 0 <= self.chosen_level < len(self.levels):
            raise ValueError(
                f"indicator '{self.name}': chosen level {self.chosen_level} "
                f"is not one of its {len(self.levels)} levels"
            )


@dataclass(frozen=True)
class SheetCategory:
    """An indicator category (指标类别) and its indicators, in printed order."""

    name: str
    indicators: tuple[SheetIndicator, ...]


@dataclass(frozen=True)
class ResultScale:
    """The range the total is expressed on, e.g. 0-100 or 1-3."""

    low: Decimal = Decimal(0)
    high: Decimal = Decimal(100)


@dataclass(frozen=True)
class RaterResult:
    """One rater's total and the weight it carries in the final score."""

    role: str
    name: str
    weight: Decimal
    total: Decimal | None


class SignatoryRole(StrEnum):
    EMPLOYEE = "employee"
    DIRECT_SUPERIOR = "direct_superior"
    DEPARTMENT_HEAD = "department_head"
    HR = "hr"


@dataclass(frozen=True)
class Signatory:
    """A name printed on a signature line; `signed_on` when the signature is recorded."""

    role: SignatoryRole
    name: str
    signed_on: date | None = None


@dataclass(frozen=True)
class EvaluationSheet:
    """Everything one printed evaluation sheet states, already computed."""

    company: str
    department: str
    staff_name: str
    employee_no: str
    position: str
    period: str
    template_name: str
    template_version: int
    categories: tuple[SheetCategory, ...]
    total: Decimal | None
    grade: str
    appraisal_id: int
    revision: int
    finalized: bool
    result_scale: ResultScale = ResultScale()
    raters: tuple[RaterResult, ...] = ()
    overall_comment: str = ""
    improvement_plan: str = ""
    acknowledged_on: date | None = None
    signatories: tuple[Signatory, ...] = ()

    @property
    def indicators(self) -> tuple[SheetIndicator, ...]:
        return tuple(ind for category in self.categories for ind in category.indicators)

    @property
    def earned_sum(self) -> Decimal | None:
        """Sum of the earned scores printed in the table (None when nothing is scored)."""
        earned = [ind.earned for ind in self.indicators if ind.earned is not None]
        return sum(earned, Decimal(0)) if earned else None

    def signatory(self, role: SignatoryRole) -> Signatory | None:
        return next((s for s in self.signatories if s.role is role), None)


def canonical_json(sheet: EvaluationSheet) -> str:
    """The canonical JSON text `content_hash` hashes (see the module docstring)."""
    content = {
        field.name: _canonical(getattr(sheet, field.name))
        for field in dataclasses.fields(sheet)
        if field.name not in _NOT_HASHED
    }
    document = {"format": HASH_FORMAT, "sheet": content}
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(sheet: EvaluationSheet) -> str:
    """SHA-256 (64 lower-case hex digits) of the sheet's canonical JSON."""
    return hashlib.sha256(canonical_json(sheet).encode("utf-8")).hexdigest()


def _canonical(value: object) -> object:
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_canonical(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"{type(value).__name__} has no canonical form in an evaluation sheet")


def _decimal_text(value: Decimal) -> str:
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite number")
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text
